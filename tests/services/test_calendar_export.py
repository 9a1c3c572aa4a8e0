"""The calendar export: a standard parser reads the right events, times and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from partnerdesk.domain import Exchange, PartnerTown, ProgrammeItem
from partnerdesk.domain.enums import ExchangeDirection, ExchangeKind, ExchangeStatus
from partnerdesk.services import calendar_export
from partnerdesk.services.calendar_export import export_calendar
from partnerdesk.services.demo import build_demo
from partnerdesk.storage.database import Database


@pytest.fixture
def trips(db: Database) -> dict[str, object]:
    """An outgoing trip to a Moscow-time town, an incoming visit and a cancelled trip."""
    with db.unit() as session:
        luki = PartnerTown(name="Welikije Luki", country="RU", time_zone="Europe/Moscow")
        ziel = PartnerTown(name="Zielonów", country="PL", time_zone="Europe/Warsaw")
        out = Exchange(
            title="Bürgerreise nach Welikije Luki", kind=ExchangeKind.CITIZEN_TRIP,
            direction=ExchangeDirection.OUTGOING, start_date=date(2026, 6, 1),
            end_date=date(2026, 6, 7), place="Welikije Luki",
            status=ExchangeStatus.CONFIRMED, partner_towns=[luki, ziel],
        )
        out.programme_items.extend([
            ProgrammeItem(day=date(2026, 6, 2), start_time=time(10), end_time=time(12),
                          title="Empfang im Rathaus", title_native="Приём в ратуше",
                          place="Rathaus"),
            ProgrammeItem(day=date(2026, 6, 3), title="Freier Tag"),
        ])
        visit = Exchange(
            title="Delegation aus Welikije Luki", kind=ExchangeKind.DELEGATION,
            direction=ExchangeDirection.INCOMING, start_date=date(2026, 9, 10),
            end_date=date(2026, 9, 12), status=ExchangeStatus.PLANNING, partner_towns=[luki],
        )
        visit.programme_items.append(ProgrammeItem(
            day=date(2026, 9, 11), start_time=time(10), end_time=time(11, 30),
            title="Stadtführung"))
        cancelled = Exchange(
            title="Abgesagte Reise", kind=ExchangeKind.CITIZEN_TRIP,
            direction=ExchangeDirection.OUTGOING, start_date=date(2025, 5, 1),
            end_date=date(2025, 5, 3), status=ExchangeStatus.CANCELLED, partner_towns=[luki],
        )
        cancelled.programme_items.append(ProgrammeItem(
            day=date(2025, 5, 2), start_time=time(9), title="Fällt aus"))
        session.add_all([out, visit, cancelled])
        session.commit()
        return {
            "out": out.id, "visit": visit.id, "cancelled": cancelled.id,
            "out_uid": f"{out.uuid}@partnerdesk", "cancelled_uid": f"{cancelled.uuid}@partnerdesk",
            "visit_uid": f"{visit.uuid}@partnerdesk",
            "reception_uid": f"{out.programme_items[0].uuid}@partnerdesk",
            "free_uid": f"{out.programme_items[1].uuid}@partnerdesk",
            "tour_uid": f"{visit.programme_items[0].uuid}@partnerdesk",
        }


def _read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_exchanges_are_all_day_with_exclusive_end(db, trips, tmp_path):
    target = tmp_path / "cal.ics"
    count = export_calendar(db, target)
    events = _events(_read(target))
    assert count == len(events) == 3 + 3  # three exchanges, three items of live exchanges
    trip = events[trips["out_uid"]]
    assert trip.decoded("dtstart") == date(2026, 6, 1)
    assert not isinstance(trip.decoded("dtstart"), datetime)
    assert trip.decoded("dtend") == date(2026, 6, 8)
    assert str(trip["summary"]) == "Bürgerreise nach Welikije Luki"
    assert str(trip["location"]) == "Welikije Luki"
    assert str(trip["status"]) == "CONFIRMED"
    description = str(trip["description"])
    for text in ("Citizen trip", "Outgoing", "Confirmed", "Welikije Luki", "Zielonów"):
        assert text in description
    assert str(events[trips["visit_uid"]]["status"]) == "TENTATIVE"
    assert str(events[trips["cancelled_uid"]]["status"]) == "CANCELLED"


def test_programme_items_in_the_zone_where_they_happen(db, trips, tmp_path):
    target = tmp_path / "cal.ics"
    export_calendar(db, target)
    calendar = _read(target)
    events = _events(calendar)
    reception = events[trips["reception_uid"]]
    assert reception["dtstart"].params["TZID"] == "Europe/Moscow"
    start = reception.decoded("dtstart")
    assert start.astimezone(UTC) == datetime(2026, 6, 2, 7, 0, tzinfo=UTC)
    assert reception.decoded("dtend").astimezone(UTC) == datetime(2026, 6, 2, 9, 0, tzinfo=UTC)
    assert str(reception["summary"]) == "Empfang im Rathaus / Приём в ратуше"
    tour = events[trips["tour_uid"]]
    assert tour["dtstart"].params["TZID"] == "Europe/Berlin"
    assert tour.decoded("dtstart").astimezone(UTC) == datetime(2026, 9, 11, 8, 0, tzinfo=UTC)
    assert str(tour["summary"]) == "Stadtführung"
    free = events[trips["free_uid"]]
    assert free.decoded("dtstart") == date(2026, 6, 3)
    assert free.decoded("dtend") == date(2026, 6, 4)
    assert "Fällt aus" not in target.read_text(encoding="utf-8")
    zones = {str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/Moscow", "Europe/Berlin"}
    assert calendar.get_missing_tzids() == set()


def test_the_file_reads_back_from_raw_text(db, trips, tmp_path):
    """The file itself (not only our parser's objects) names the zones and the exclusive end."""
    target = tmp_path / "cal.ics"
    export_calendar(db, target)
    text = target.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Moscow:20260602T100000" in text
    assert "DTSTART;VALUE=DATE:20260601" in text
    assert "DTEND;VALUE=DATE:20260608" in text
    assert "BEGIN:VTIMEZONE" in text


def test_uids_are_stable_across_exports(db, trips, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_calendar(db, first)
    export_calendar(db, second)
    assert set(_events(_read(first))) == set(_events(_read(second)))
    assert trips["out_uid"] in _events(_read(first))


def test_filters_by_id_and_since(db, trips, tmp_path):
    target = tmp_path / "cal.ics"
    assert export_calendar(db, target, exchange_ids=[trips["visit"]]) == 2
    assert set(_events(_read(target))) == {trips["visit_uid"], trips["tour_uid"]}
    assert export_calendar(db, target, since=date(2026, 6, 7)) == 2 + 3
    assert trips["cancelled_uid"] not in _events(_read(target))
    assert export_calendar(db, target, since=date(2026, 6, 8)) == 2


def test_translate_is_used_for_labels(db, trips, tmp_path):
    target = tmp_path / "cal.ics"
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return text.upper() if context == "ExchangeKind" else text

    export_calendar(db, target, exchange_ids=[trips["out"]], translate=translate)
    assert "CITIZEN TRIP" in str(_events(_read(target))[trips["out_uid"]]["description"])
    assert "Calendar" in seen


def test_failed_write_keeps_the_older_file(db, trips, tmp_path, monkeypatch):
    target = tmp_path / "cal.ics"
    target.write_bytes(b"older calendar")

    real_write = Path.write_bytes

    def broken(self: Path, data: bytes) -> int:
        real_write(self, data[:10])  # half written, then the disk is full
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_bytes", broken)
    with pytest.raises(OSError):
        export_calendar(db, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"older calendar"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_zone_falls_back_to_home(db, tmp_path):
    with db.unit() as session:
        town = PartnerTown(name="Nirgendwo", country="XX", time_zone="Mars/Olympus")
        trip = Exchange(title="Reise", kind=ExchangeKind.CITIZEN_TRIP,
                        direction=ExchangeDirection.OUTGOING, start_date=date(2026, 1, 1),
                        end_date=date(2026, 1, 2), partner_towns=[town])
        trip.programme_items.append(ProgrammeItem(day=date(2026, 1, 1), start_time=time(9),
                                                  title="Start"))
        session.add(trip)
        session.commit()
    target = tmp_path / "cal.ics"
    export_calendar(db, target)
    zones = {str(tz["tzid"]) for tz in _read(target).walk("VTIMEZONE")}
    assert zones == {calendar_export.HOME_TIME_ZONE}


def test_demo_exports_items_in_both_zones(db, tmp_path):
    build_demo(db, contacts=150, today=date(2026, 11, 21))
    target = tmp_path / "demo.ics"
    count = export_calendar(db, target)
    calendar = _read(target)
    events = list(calendar.walk("VEVENT"))
    assert count == len(events) > 6
    tzids = {
        event["dtstart"].params.get("TZID")
        for event in events
        if isinstance(event.decoded("dtstart"), datetime)
    }
    assert {"Europe/Berlin", "Europe/Moscow"} <= tzids
    assert {"Europe/Berlin", "Europe/Moscow"} <= {
        str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")
    }
    assert calendar.get_missing_tzids() == set()
    for event in events:
        start, end = event.decoded("dtstart"), event.get("dtend")
        if end is not None:
            assert event.decoded("dtend") - start >= timedelta(0)
