"""Host placements and host warnings (each warning both present and absent)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.domain import (
    Contact,
    Exchange,
    HostPlacement,
    HostProfile,
    Participation,
    ParticipationHealth,
)
from partnerdesk.domain.enums import (
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    ParticipationRole,
    ParticipationStatus,
    Side,
)
from partnerdesk.messages import UserError
from partnerdesk.services.hosting import assign_guest, host_warnings, list_placements, unassign

START, END = date(2026, 5, 1), date(2026, 5, 8)


@pytest.fixture
def trip(db):
    """An incoming exchange, one host (2 beds, a cat, German only) and three guests."""
    with db.unit() as session:
        host = Contact(given_name="Hanna", family_name="Wirt", languages="de",
                       host_profile=HostProfile(beds=2, pets="Katze", languages="de"))
        guests = [Contact(given_name_native=n, family_name_native="Гость", side=Side.PARTNER,
                          languages="ru") for n in ("Аня", "Борис", "Вера")]
        exchange = Exchange(title="Besuch 2026", kind=ExchangeKind.DELEGATION,
                            direction=ExchangeDirection.INCOMING, start_date=START,
                            end_date=END)
        session.add_all([host, *guests, exchange])
        session.flush()
        parts = [Participation(exchange_id=exchange.id, contact_id=g.id, side=Side.PARTNER)
                 for g in guests]
        session.add_all(parts)
        session.commit()
        return {"host": host.id, "exchange": exchange.id, "guests": [p.id for p in parts],
                "guest_contacts": [g.id for g in guests]}


def _kinds(db, trip):
    return sorted(w.kind for w in host_warnings(db, trip["exchange"]))


def test_assign_list_unassign(db, trip):
    pid = trip["guests"][0]
    placement_id = assign_guest(db, pid, trip["host"], START, END)
    rows = list_placements(db, trip["exchange"])
    assert [(r.id, r.host_name, r.guest_name, r.from_date) for r in rows] == [
        (placement_id, "Wirt, Hanna", "Гость, Аня", START)]
    with pytest.raises(UserError):
        unassign(db, placement_id, rows[0].version + 1)
    unassign(db, placement_id, rows[0].version)
    assert list_placements(db, trip["exchange"]) == []
    with pytest.raises(UserError):
        unassign(db, placement_id)


@pytest.mark.parametrize("days", [
    (date(2026, 4, 30), END), (START, date(2026, 5, 9)), (date(2026, 5, 5), date(2026, 5, 4)),
])
def test_assign_outside_the_exchange_refused(db, trip, days):
    with pytest.raises(UserError, match="within the exchange"):
        assign_guest(db, trip["guests"][0], trip["host"], *days)


def test_assign_refusals(db, trip):
    pid = trip["guests"][0]
    assign_guest(db, pid, trip["host"], START, date(2026, 5, 4))
    with pytest.raises(UserError, match="already stays"):
        assign_guest(db, pid, trip["host"], date(2026, 5, 3), END)
    assign_guest(db, pid, trip["host"], date(2026, 5, 4), END)  # next night: fine
    with pytest.raises(UserError, match="own host"):
        assign_guest(db, trip["guests"][1], trip["guest_contacts"][1], START, END)
    with pytest.raises(UserError):
        assign_guest(db, 999, trip["host"], START, END)
    with pytest.raises(UserError):
        assign_guest(db, pid, 999, START, END)
    with db.unit() as session:
        session.get(Participation, trip["guests"][2]).status = ParticipationStatus.CANCELLED
        session.commit()
    with pytest.raises(UserError, match="cancelled"):
        assign_guest(db, trip["guests"][2], trip["host"], START, END)


def test_over_capacity(db, trip):
    g1, g2, g3 = trip["guests"]
    assign_guest(db, g1, trip["host"], START, END)
    assign_guest(db, g2, trip["host"], START, date(2026, 5, 3))
    assign_guest(db, g3, trip["host"], date(2026, 5, 3), END)  # two guests each night
    assert "over_capacity" not in _kinds(db, trip)
    assign_guest(db, g2, trip["host"], date(2026, 5, 6), END)
    warnings = [w for w in host_warnings(db, trip["exchange"]) if w.kind == "over_capacity"]
    assert len(warnings) == 1
    assert warnings[0].params["day"] == date(2026, 5, 6) and warnings[0].params["guests"] == 3
    assert warnings[0].participation_id is None and warnings[0].host_id == trip["host"]
    assert warnings[0].message.format(**warnings[0].params)


@pytest.mark.parametrize("allergies, pets, warned", [
    ("Katzenhaare, Pollen", "Katze", True),
    ("allergic to dogs", "Katze", True),
    ("аллергия на кошек", "Katze", True),
    ("аллергия на кошку", "Katze", True),
    ("шерсть животных", "Hund", True),
    ("Papageienfedern", "Papagei", True),  # a word of the host's pets
    ("Nüsse", "Katze", False),
    ("Katzenhaare", "", False),
    ("", "Katze", False),
])
def test_pets_and_allergies(db, trip, allergies, pets, warned):
    pid = trip["guests"][0]
    with db.unit() as session:
        session.get(Contact, trip["host"]).host_profile.pets = pets
        if allergies:
            session.add(ParticipationHealth(participation_id=pid, allergies=allergies))
        session.commit()
    assign_guest(db, pid, trip["host"], START, END)
    warnings = [w for w in host_warnings(db, trip["exchange"]) if w.kind == "pets_allergies"]
    assert bool(warnings) is warned
    if warned:
        assert warnings[0].participation_id == pid
        assert allergies not in str(warnings[0].params)  # health data stays out


@pytest.mark.parametrize("host_langs, guest_langs, warned", [
    ("de", "ru", True), ("de, ru", "ru", False), ("DE,en", "en", False),
    ("", "ru", False), ("de", "", False),
])
def test_no_common_language(db, trip, host_langs, guest_langs, warned):
    pid = trip["guests"][0]
    with db.unit() as session:
        host = session.get(Contact, trip["host"])
        host.host_profile.languages = host_langs
        host.languages = ""
        session.get(Contact, trip["guest_contacts"][0]).languages = guest_langs
        session.commit()
    assign_guest(db, pid, trip["host"], START, END)
    assert ("no_common_language" in _kinds(db, trip)) is warned


def test_host_languages_fall_back_to_the_contact(db, trip):
    with db.unit() as session:
        host = session.get(Contact, trip["host"])
        host.host_profile.languages = ""
        host.languages = "ru"
        session.commit()
    assign_guest(db, trip["guests"][0], trip["host"], START, END)
    assert "no_common_language" not in _kinds(db, trip)


def _other_trip(db, trip, start, end, status=ParticipationStatus.CONFIRMED,
                exchange_status=ExchangeStatus.PLANNING):
    with db.unit() as session:
        other = Exchange(title="Fahrt nach Pskow", kind=ExchangeKind.CITIZEN_TRIP,
                         direction=ExchangeDirection.OUTGOING, start_date=start, end_date=end,
                         status=exchange_status)
        session.add(other)
        session.flush()
        session.add(Participation(exchange_id=other.id, contact_id=trip["host"],
                                  side=Side.HOME, status=status))
        session.commit()


@pytest.mark.parametrize("start, end, status, exchange_status, warned", [
    (date(2026, 5, 7), date(2026, 5, 12), ParticipationStatus.CONFIRMED,
     ExchangeStatus.PLANNING, True),
    (date(2026, 5, 9), date(2026, 5, 12), ParticipationStatus.CONFIRMED,
     ExchangeStatus.PLANNING, False),
    (date(2026, 5, 2), date(2026, 5, 4), ParticipationStatus.CANCELLED,
     ExchangeStatus.PLANNING, False),
    (date(2026, 5, 2), date(2026, 5, 4), ParticipationStatus.CONFIRMED,
     ExchangeStatus.CANCELLED, False),
])
def test_host_travelling_elsewhere(db, trip, start, end, status, exchange_status, warned):
    _other_trip(db, trip, start, end, status, exchange_status)
    assign_guest(db, trip["guests"][0], trip["host"], START, END)
    warnings = [w for w in host_warnings(db, trip["exchange"]) if w.kind == "host_travelling"]
    assert bool(warnings) is warned
    if warned:
        assert warnings[0].params["exchange"] == "Fahrt nach Pskow"


@pytest.mark.parametrize("direction, side, role, warned", [
    (ExchangeDirection.OUTGOING, Side.HOME, ParticipationRole.PARTICIPANT, True),
    (ExchangeDirection.INCOMING, Side.HOME, ParticipationRole.LEADER, False),
    (ExchangeDirection.OUTGOING, Side.HOME, ParticipationRole.HOST, False),
    (ExchangeDirection.THIRD_PLACE, Side.PARTNER, ParticipationRole.PARTICIPANT, True),
])
def test_host_travelling_in_this_exchange(db, trip, direction, side, role, warned):
    with db.unit() as session:
        session.get(Exchange, trip["exchange"]).direction = direction
        session.add(Participation(exchange_id=trip["exchange"], contact_id=trip["host"],
                                  side=side, role=role))
        session.commit()
    assign_guest(db, trip["guests"][0], trip["host"], START, END)
    assert ("host_travelling" in _kinds(db, trip)) is warned


def test_no_warnings_for_a_good_placement_or_unknown_exchange(db, trip):
    with db.unit() as session:
        session.get(Contact, trip["host"]).host_profile.languages = "de, ru"
        session.commit()
    assign_guest(db, trip["guests"][0], trip["host"], START, END)
    assert host_warnings(db, trip["exchange"]) == []
    assert host_warnings(db, 999) == []


def test_cancelled_guests_do_not_count(db, trip):
    with db.unit() as session:
        for pid in trip["guests"]:
            session.add(HostPlacement(participation_id=pid, host_id=trip["host"],
                                      from_date=START, to_date=END))
        session.get(Participation, trip["guests"][2]).status = ParticipationStatus.CANCELLED
        session.commit()
    assert "over_capacity" not in _kinds(db, trip)
