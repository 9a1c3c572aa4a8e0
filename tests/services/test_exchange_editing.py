"""Editing exchanges: load, validate, save with optimistic locking, cancel, duplicate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Exchange, Participation, ProgrammeItem
from partnerdesk.domain.enums import ExchangeStatus
from partnerdesk.messages import UserError
from partnerdesk.services.exchange_editing import (
    cancel_exchange,
    duplicate_exchange,
    load_exchange,
    new_exchange,
    save_exchange,
    shift_years,
    validate_exchange,
)
from partnerdesk.services.exchanges import list_exchanges


def _valid():
    return replace(new_exchange(), title="Jugendbegegnung 2026", start_date=date(2026, 7, 1),
                   end_date=date(2026, 7, 10), participant_fee=Decimal("120.50"), capacity=20)


def test_load_gives_all_fields_towns_and_grants(db, sample):
    form = load_exchange(db, sample["exchange"])
    assert form.title == "Jugendaustausch 2025"
    assert form.kind == "youth_exchange" and form.direction == "incoming"
    assert form.participant_fee == Decimal("150.00")
    assert form.partner_town_ids == (sample["town"],)
    assert form.grant_ids == (sample["grant"],)
    assert form.organiser_id == sample["anna"]
    assert form.version >= 1


def test_load_missing_is_a_user_error(db):
    with pytest.raises(UserError):
        load_exchange(db, 999)


@pytest.mark.parametrize("change, expected", [
    ({"title": "  "}, "title"),
    ({"start_date": None}, "start and an end"),
    ({"end_date": date(2026, 6, 30)}, "end before"),
    ({"capacity": -1}, "capacity"),
    ({"participant_fee": Decimal("-1")}, "fee"),
    ({"participant_fee": 12.5}, "fee"),
    ({"currency": "eu"}, "currency"),
    ({"kind": "holiday"}, "holiday"),
])
def test_validation(change, expected):
    problems = validate_exchange(replace(_valid(), **change))
    assert len(problems) == 1
    assert expected in problems[0].english()


def test_valid_form_has_no_problems_and_zero_is_fine():
    assert validate_exchange(replace(_valid(), capacity=0, participant_fee=Decimal(0))) == []


def test_save_new_then_edit_with_locking(db, sample):
    new_id, version = save_exchange(db, replace(_valid(), partner_town_ids=(sample["town"],)))
    form = load_exchange(db, new_id)
    assert form.partner_town_ids == (sample["town"],) and form.version == version
    _, version2 = save_exchange(db, replace(form, title="Neu", partner_town_ids=()))
    assert version2 == version + 1
    assert load_exchange(db, new_id).partner_town_ids == ()
    with pytest.raises(UserError, match="changed elsewhere"):
        save_exchange(db, replace(form, title="Stale"))
    assert load_exchange(db, new_id).title == "Neu"


def test_save_invalid_writes_nothing(db):
    with pytest.raises(UserError):
        save_exchange(db, replace(_valid(), title=""))
    assert list_exchanges(db) == []


def test_save_unknown_town_refused(db):
    with pytest.raises(UserError, match="partner town"):
        save_exchange(db, replace(_valid(), partner_town_ids=(42,)))
    assert list_exchanges(db) == []


def test_cancel_keeps_participations(db, sample):
    form = load_exchange(db, sample["exchange"])
    with pytest.raises(UserError):
        cancel_exchange(db, sample["exchange"], form.version + 5)
    version = cancel_exchange(db, sample["exchange"], form.version)
    assert version > form.version
    assert load_exchange(db, sample["exchange"]).status == "cancelled"
    with db.unit() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Participation)) == 2


def test_shift_years_leap_day():
    assert shift_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert shift_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert shift_years(date(2025, 7, 1), 1) == date(2026, 7, 1)


def test_duplicate_next_year(db, sample):
    with db.unit() as session:
        exchange = session.get(Exchange, sample["exchange"])
        exchange.status = ExchangeStatus.DONE
        exchange.capacity = 12
        exchange.topics = "Umwelt"
        session.commit()
    new_id = duplicate_exchange(db, sample["exchange"])
    form = load_exchange(db, new_id)
    assert form.title == "Jugendaustausch 2026"
    assert (form.start_date, form.end_date) == (date(2026, 7, 1), date(2026, 7, 10))
    assert form.status == "idea" and form.capacity == 12 and form.topics == "Umwelt"
    assert form.participant_fee == Decimal("150.00")
    assert form.partner_town_ids == (sample["town"],) and form.grant_ids == ()
    with db.unit() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Participation)
                              .where(Participation.exchange_id == new_id)) == 0
        items = session.scalars(sa.select(ProgrammeItem)
                                .where(ProgrammeItem.exchange_id == new_id)).all()
        assert [(i.day, i.start_time, i.title_native) for i in items] == [
            (date(2026, 7, 2), time(10), "Приём в ратуше")]


def test_duplicate_leap_day_and_other_years_kept(db):
    new_id, _ = save_exchange(db, replace(
        _valid(), title="Winterreise 2027/2028 (seit 1990)", start_date=date(2027, 12, 30),
        end_date=date(2028, 2, 29)))
    with db.unit() as session:
        session.add(ProgrammeItem(exchange_id=new_id, day=date(2028, 2, 29), title="Schalttag"))
        session.commit()
    copy = load_exchange(db, duplicate_exchange(db, new_id))
    assert copy.title == "Winterreise 2028/2029 (seit 1990)"
    assert (copy.start_date, copy.end_date) == (date(2028, 12, 30), date(2029, 2, 28))
    with db.unit() as session:
        day = session.scalar(sa.select(ProgrammeItem.day)
                             .where(ProgrammeItem.exchange_id == copy.id))
    assert day == date(2029, 2, 28)
    later = load_exchange(db, duplicate_exchange(db, copy.id, years=2))
    assert later.title == "Winterreise 2030/2031 (seit 1990)"


def test_duplicate_title_without_year(db):
    new_id, _ = save_exchange(db, replace(_valid(), title="Chorreise"))
    assert load_exchange(db, duplicate_exchange(db, new_id)).title == "Chorreise"


def test_duplicate_missing(db):
    with pytest.raises(UserError):
        duplicate_exchange(db, 5)


def test_list_filters(db, sample):
    other, _ = save_exchange(db, replace(_valid(), kind="delegation", direction="outgoing",
                                         start_date=date(2026, 12, 30),
                                         end_date=date(2027, 1, 3)))
    assert [r.id for r in list_exchanges(db)] == [other, sample["exchange"]]
    assert [r.id for r in list_exchanges(db, kind="delegation")] == [other]
    assert [r.id for r in list_exchanges(db, direction="incoming")] == [sample["exchange"]]
    assert [r.id for r in list_exchanges(db, year=2027)] == [other]
    assert [r.id for r in list_exchanges(db, year=2026)] == [other]
    assert [r.id for r in list_exchanges(db, year=2025)] == [sample["exchange"]]
    assert [r.id for r in list_exchanges(db, status="idea")] == [other, sample["exchange"]]
    assert [r.id for r in list_exchanges(db, partner_town_id=sample["town"])] == [
        sample["exchange"]]
    assert list_exchanges(db, status="cancelled") == []
