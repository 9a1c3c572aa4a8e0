"""Health data purge: who is due, what goes, what the log says (and does not)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from partnerdesk.domain import (
    Contact,
    Exchange,
    Participation,
    ParticipationHealth,
)
from partnerdesk.domain.enums import ExchangeDirection, ExchangeKind, Side
from partnerdesk.messages import UserError
from partnerdesk.services.demo import build_demo
from partnerdesk.services.privacy import PurgeCandidate, purge_candidates, purge_health_data
from partnerdesk.storage.database import Database

TODAY = date(2026, 11, 21)
SECRETS = ("Erdnüsse", "Adrenalin", "laktosefrei", "Asthmaspray", "vegan")


def _trip(session, title: str, end: date, health: list[tuple[str, str, str]]) -> int:
    """An exchange ending on `end` whose participants have the given health rows."""
    exchange = Exchange(title=title, kind=ExchangeKind.YOUTH_EXCHANGE,
                        direction=ExchangeDirection.OUTGOING,
                        start_date=end - timedelta(days=7), end_date=end)
    session.add(exchange)
    for n, (allergies, medication, diet) in enumerate(health):
        contact = Contact(given_name=f"Kind{n}", family_name=title[:20])
        session.add(contact)
        session.flush()
        participation = Participation(exchange=exchange, contact_id=contact.id, side=Side.HOME)
        session.add(participation)
        participation.health = ParticipationHealth(
            allergies=allergies, medication=medication, diet=diet)
    session.flush()
    return exchange.id


@pytest.fixture
def trips(db: Database) -> dict[str, int]:
    """Exchanges ending around the 30-day threshold before TODAY."""
    with db.unit() as session:
        ids = {
            "old": _trip(session, "Alt", TODAY - timedelta(days=60), [
                ("Erdnüsse", "Adrenalin", ""), ("", "", "laktosefrei"), ("", "", "")]),
            "day31": _trip(session, "Einunddreißig", TODAY - timedelta(days=31),
                           [("", "Asthmaspray", "")]),
            "day30": _trip(session, "Dreißig", TODAY - timedelta(days=30),
                           [("", "", "vegan")]),
            "recent": _trip(session, "Neu", TODAY - timedelta(days=5), [("Pollen", "", "")]),
            "empty": _trip(session, "Leer", TODAY - timedelta(days=90), [("", "  ", "")]),
            "running": _trip(session, "Läuft", TODAY + timedelta(days=2), [("Nüsse", "", "")]),
        }
        session.commit()
    return ids


def _health_rows(db: Database, exchange_id: int) -> int:
    with db.unit() as session:
        return session.execute(
            sa.select(sa.func.count(ParticipationHealth.id))
            .join(Participation)
            .where(Participation.exchange_id == exchange_id)
        ).scalar_one()


def test_candidates_by_date_and_boundary(db, trips):
    found = purge_candidates(db, TODAY, days_after=30)
    assert [c.exchange_id for c in found] == [trips["old"], trips["day31"]]
    assert found[0] == PurgeCandidate(trips["old"], "Alt", TODAY - timedelta(days=60), 2)
    assert found[1].records == 1
    # the boundary day: ended exactly 30 days ago is due one day later
    later = purge_candidates(db, TODAY + timedelta(days=1), days_after=30)
    assert trips["day30"] in [c.exchange_id for c in later]
    assert trips["recent"] not in [c.exchange_id for c in later]
    assert [c.exchange_id for c in purge_candidates(db, TODAY, days_after=0)] == [
        trips["old"], trips["day31"], trips["day30"], trips["recent"]]


def test_purge_deletes_only_that_exchange_and_sets_the_date(db, trips):
    before_other = _health_rows(db, trips["day31"])
    assert purge_health_data(db, trips["old"], today=TODAY) == 3  # the empty row goes too
    assert _health_rows(db, trips["old"]) == 0
    assert _health_rows(db, trips["day31"]) == before_other
    with db.unit() as session:
        assert session.get(Exchange, trips["old"]).health_data_purged_on == TODAY
        assert session.get(Exchange, trips["day31"]).health_data_purged_on is None
        assert session.execute(sa.select(sa.func.count(Participation.id)).where(
            Participation.exchange_id == trips["old"])).scalar_one() == 3
    assert trips["old"] not in [c.exchange_id for c in purge_candidates(db, TODAY)]
    assert purge_health_data(db, trips["old"], today=TODAY) == 0


def test_log_line_names_exchange_and_count_never_content(db, trips, caplog):
    caplog.set_level(logging.DEBUG)
    purge_health_data(db, trips["old"], today=TODAY)
    purge_health_data(db, trips["day31"], today=TODAY)
    lines = [r for r in caplog.records if r.name == "partnerdesk.services.privacy"]
    assert len(lines) == 2
    assert all(r.levelno == logging.INFO for r in lines)
    assert str(trips["old"]) in lines[0].getMessage() and "3" in lines[0].getMessage()
    for secret in SECRETS:
        assert secret not in caplog.text


@pytest.mark.parametrize("key", ["running", "recent_today"])
def test_refused_for_an_exchange_not_yet_ended(db, trips, key):
    if key == "running":
        exchange_id, today = trips["running"], TODAY
    else:  # the last day of an exchange is not after it
        exchange_id, today = trips["recent"], TODAY - timedelta(days=5)
    with pytest.raises(UserError) as raised:
        purge_health_data(db, exchange_id, today=today)
    assert raised.value.context == "Privacy"
    assert _health_rows(db, exchange_id) == 1
    with db.unit() as session:
        assert session.get(Exchange, exchange_id).health_data_purged_on is None


def test_refused_for_unknown_exchange(db):
    with pytest.raises(UserError):
        purge_health_data(db, 4711, today=TODAY)


def test_demo_has_a_past_exchange_to_purge(db):
    build_demo(db, contacts=150, today=TODAY)
    found = purge_candidates(db, TODAY, days_after=30)
    assert len(found) == 1 and found[0].records > 0
    assert found[0].end_date < TODAY - timedelta(days=30)
    assert purge_health_data(db, found[0].exchange_id, today=TODAY) >= found[0].records
    assert purge_candidates(db, TODAY, days_after=30) == []
