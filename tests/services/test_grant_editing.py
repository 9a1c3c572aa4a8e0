"""Editing grant applications: new (also from an exchange), load, save, delete, choices."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from partnerdesk.domain import (
    AssociationProfile,
    BudgetLine,
    Contact,
    Exchange,
    FunderProfile,
    GrantApplication,
    Milestone,
    Receipt,
)
from partnerdesk.domain.enums import (
    ContactKind,
    ExchangeDirection,
    ExchangeKind,
    OrganisationKind,
)
from partnerdesk.dto.grants import Choice, GrantForm
from partnerdesk.messages import UserError
from partnerdesk.services.grant_editing import (
    delete_grant,
    exchange_choices,
    funder_choices,
    load_grant,
    new_grant,
    profile_choices,
    save_grant,
)
from partnerdesk.services.grant_workflow import change_status, history
from partnerdesk.services.grants import grant_years, list_grants


def _add(db, *records) -> list[int]:
    with db.unit() as session:
        session.add_all(records)
        session.commit()
        return [record.id for record in records]


def _exchange(title: str, start: date, end: date) -> Exchange:
    return Exchange(title=title, kind=ExchangeKind.DELEGATION,
                    direction=ExchangeDirection.INCOMING, start_date=start, end_date=end)


def _form(sample, **changes) -> GrantForm:
    return replace(GrantForm(title="Antrag Kulturtage", funder_id=sample["funder"],
                             amount_requested=Decimal("5400.00")), **changes)


def test_new_grant_without_exchange_takes_the_association_currency(db, sample):
    assert new_grant(db) == GrantForm(currency="EUR")
    with db.unit() as session:
        session.get(AssociationProfile, sample["profile"]).default_currency = "CHF"
        session.commit()
    assert new_grant(db).currency == "CHF"


def test_new_grant_from_an_exchange_takes_the_funder_of_its_other_application(db, sample):
    form = new_grant(db, sample["exchange"])
    assert form.title == "Jugendaustausch 2025"
    assert form.exchange_ids == (sample["exchange"],)
    assert (form.funder_id, form.funder_profile_id, form.programme) == (
        sample["funder"], sample["funder_profile"], "")
    assert form.id is None and form.status == "draft" and form.version == 0
    grant_id, _ = save_grant(db, form)
    saved = load_grant(db, grant_id)
    assert saved.exchange_ids == (sample["exchange"],)
    assert saved.programme == "Jugendbegegnungen"  # empty: the profile's programme


def test_new_grant_from_an_exchange_without_applications(db, sample):
    (lonely,) = _add(db, _exchange("Bürgerreise 2026", date(2026, 5, 1), date(2026, 5, 5)))
    form = new_grant(db, lonely)
    assert (form.title, form.funder_id, form.funder_profile_id) == ("Bürgerreise 2026", None,
                                                                    None)
    with pytest.raises(UserError, match="exchange no longer exists"):
        new_grant(db, 999)


def test_save_new_starts_as_draft_and_ignores_status_fields(db, sample):
    form = _form(sample, status="approved", submitted_on=date(2025, 1, 1), file_reference=" A-1 ",
                 exchange_ids=(sample["exchange"], sample["exchange"]))
    grant_id, version = save_grant(db, form)
    saved = load_grant(db, grant_id)
    assert (saved.status, saved.submitted_on, saved.version) == ("draft", None, version)
    assert saved.file_reference == "A-1" and saved.exchange_ids == (sample["exchange"],)
    assert saved.amount_requested == Decimal("5400.00")
    assert [(s.status, s.changed_on) for s in history(db, grant_id)] == [("draft", date.today())]


def test_save_edit_links_and_unlinks_with_locking(db, sample):
    grant_id, version = save_grant(db, _form(sample))
    (other,) = _add(db, _exchange("Delegation", date(2025, 9, 1), date(2025, 9, 3)))
    form = load_grant(db, grant_id)
    _, version2 = save_grant(db, replace(form, exchange_ids=(other, sample["exchange"]),
                                         amount_approved=Decimal("0.00")))
    assert version2 == version + 1
    saved = load_grant(db, grant_id)
    assert saved.exchange_ids == tuple(sorted((other, sample["exchange"])))
    assert saved.amount_approved == Decimal("0.00")
    _, version3 = save_grant(db, replace(saved, exchange_ids=()))
    assert load_grant(db, grant_id).exchange_ids == () and version3 == version2 + 1
    with pytest.raises(UserError, match="changed elsewhere"):
        save_grant(db, replace(form, title="Stale"))
    assert load_grant(db, grant_id).title == "Antrag Kulturtage"


def test_status_is_not_saved_by_the_editor(db, sample):
    change_status(db, sample["grant"], "submitted", date(2025, 2, 1))
    form = load_grant(db, sample["grant"])
    save_grant(db, replace(form, status="draft", submitted_on=None, title="Neu"))
    saved = load_grant(db, sample["grant"])
    assert (saved.status, saved.submitted_on, saved.title) == ("submitted", date(2025, 2, 1),
                                                               "Neu")


@pytest.mark.parametrize(("change", "expected"), [
    ({"title": "  "}, "needs a title"),
    ({"funder_id": None}, "Choose the funder"),
    ({"amount_requested": Decimal("-1.00")}, "0 or more"),
    ({"amount_approved": Decimal("1.005")}, "to the cent"),
    ({"amount_requested": Decimal("NaN")}, "0 or more"),
    ({"amount_requested": 12.5}, "0 or more"),
    ({"currency": "eur"}, "three-letter"),
    ({"funder_id": 999}, "funder no longer exists"),
    ({"funder_profile_id": 999}, "profile no longer exists"),
    ({"exchange_ids": (999,)}, "exchange no longer exists"),
])
def test_save_refused(db, sample, change, expected):
    with pytest.raises(UserError, match=expected):
        save_grant(db, _form(sample, **change))
    with db.unit() as session:
        assert session.execute(sa.select(sa.func.count(GrantApplication.id))).scalar() == 1


def test_save_refuses_a_person_as_funder_and_another_funders_profile(db, sample):
    with pytest.raises(UserError, match="organisation, not a person"):
        save_grant(db, _form(sample, funder_id=sample["anna"]))
    other, = _add(db, Contact(kind=ContactKind.ORGANISATION, organisation_name="Stadt"))
    with pytest.raises(UserError, match="another funder"):
        save_grant(db, _form(sample, funder_id=other, funder_profile_id=sample["funder_profile"]))


def test_load_and_delete_unknown(db, sample):
    with pytest.raises(UserError, match="no longer exists"):
        load_grant(db, 999)
    with pytest.raises(UserError, match="no longer exists"):
        delete_grant(db, 999)


def test_delete_takes_milestones_and_budget_along(db, sample):
    grant_id, version = save_grant(db, _form(sample, exchange_ids=(sample["exchange"],)))
    with db.unit() as session:
        grant = session.get(GrantApplication, grant_id)
        grant.milestones.append(Milestone(kind="other", due_on=date(2025, 3, 1)))
        grant.budget_lines.append(BudgetLine(side="cost", category="travel",
                                             planned=Decimal("10.00")))
        session.commit()
        version = grant.version
    with pytest.raises(UserError, match="changed elsewhere"):
        delete_grant(db, grant_id, version - 1)
    delete_grant(db, grant_id, version)
    with db.unit() as session:
        assert session.get(GrantApplication, grant_id) is None
        assert session.execute(sa.select(sa.func.count(Milestone.id))
                               .where(Milestone.grant_id == grant_id)).scalar() == 0
        assert session.get(Exchange, sample["exchange"]) is not None


def test_delete_refused_once_money_came_or_receipts_exist(db, sample):
    with pytest.raises(UserError, match="money was received"):  # the sample has a payment
        delete_grant(db, sample["grant"])
    grant_id, _ = save_grant(db, _form(sample))
    with db.unit() as session:
        line = BudgetLine(grant_id=grant_id, side="cost", category="travel")
        session.add(line)
        session.flush()
        session.add_all([Receipt(grant_id=grant_id, budget_line_id=line.id, number=n,
                                 issued_on=date(2025, 7, 1), amount=Decimal("1.00"))
                         for n in (1, 2)])
        session.commit()
    with pytest.raises(UserError, match=r"has receipts \(2\)"):
        delete_grant(db, grant_id)
    received, _ = save_grant(db, _form(sample))
    with db.unit() as session:
        session.get(GrantApplication, received).status = "funds_received"
        session.commit()
    with pytest.raises(UserError, match="money was received"):
        delete_grant(db, received)


def test_choices(db, sample):
    sponsor, person_funded = _add(
        db,
        Contact(kind=ContactKind.ORGANISATION, organisation_name="Autohaus",
                organisation_kind=OrganisationKind.COMPANY),
        Contact(kind=ContactKind.ORGANISATION, organisation_name="Bürgerstiftung",
                organisation_kind=OrganisationKind.FUNDER))
    _add(db, FunderProfile(funder_id=sample["funder"], programme="Austausch"))
    assert funder_choices(db) == [Choice(person_funded, "Bürgerstiftung"),
                                  Choice(sample["funder"], "Stiftung Brücken")]
    save_grant(db, _form(sample, funder_id=sponsor))  # now it funds: it is offered as well
    assert [c.id for c in funder_choices(db)] == [sponsor, person_funded, sample["funder"]]
    assert [c.text for c in profile_choices(db, sample["funder"])] == [
        "Austausch", "Jugendbegegnungen"]
    assert profile_choices(db, sponsor) == []
    (newer,) = _add(db, _exchange("Herbst", date(2026, 10, 1), date(2026, 10, 9)))
    assert exchange_choices(db) == [
        Choice(newer, "Herbst (01.10.2026 – 09.10.2026)"),
        Choice(sample["exchange"], "Jugendaustausch 2025 (01.07.2025 – 10.07.2025)")]


# --- the list: filters, years, linked exchanges, income --------------------------------------

def test_list_filters_by_status_year_funder_and_search(db, sample):
    spring, autumn = _add(db, _exchange("Frühjahr", date(2024, 4, 1), date(2024, 4, 5)),
                          _exchange("Herbst", date(2024, 10, 1), date(2024, 10, 5)))
    (city,) = _add(db, Contact(kind=ContactKind.ORGANISATION, organisation_name="Stadtkasse"))
    linked, _ = save_grant(db, _form(sample, title="Zwei Begegnungen",
                                     exchange_ids=(autumn, spring)))
    submitted, _ = save_grant(db, _form(sample, title="Eingereicht", funder_id=city,
                                        file_reference="SK-7"))
    change_status(db, submitted, "submitted", date(2023, 12, 1))
    created, _ = save_grant(db, _form(sample, title="Nur angelegt"))
    this_year = date.today().year

    assert [r.id for r in list_grants(db)] == [created, submitted, linked, sample["grant"]]
    assert grant_years(db) == sorted({this_year, 2025, 2024, 2023}, reverse=True)
    assert [r.id for r in list_grants(db, year=2024)] == [linked]      # earliest exchange
    assert [r.id for r in list_grants(db, year=2023)] == [submitted]   # submitted on
    assert created in [r.id for r in list_grants(db, year=this_year)]  # created
    assert [r.id for r in list_grants(db, year=2025)] == [sample["grant"]]
    assert [r.id for r in list_grants(db, status="submitted")] == [submitted]
    assert [r.id for r in list_grants(db, funder_id=city)] == [submitted]
    assert [r.id for r in list_grants(db, "sk-7")] == [submitted]
    assert [r.id for r in list_grants(db, "stadtkasse", status="draft")] == []
    assert list_grants(db, status="draft", year=2024, funder_id=sample["funder"])[0].id == linked
    with pytest.raises(UserError, match="Unknown application status"):
        list_grants(db, status="granted")
    row = next(r for r in list_grants(db) if r.id == linked)
    assert row.exchanges == ("Frühjahr", "Herbst")                   # by start date


def test_list_totals_income_with_payments(db, sample):
    with db.unit() as session:
        grant = session.get(GrantApplication, sample["grant"])
        fees = BudgetLine(side="income", category="participant_fees", planned=Decimal("300.10"))
        grant.budget_lines.extend([fees, BudgetLine(side="income", category="this_grant",
                                                    planned=Decimal("1200.00"))])
        session.flush()
        session.add(Receipt(grant_id=grant.id, budget_line_id=fees.id, number=2,
                            issued_on=date(2025, 7, 2), amount=Decimal("150.05")))
        session.commit()
    (row,) = list_grants(db)
    assert (row.planned_costs, row.actual_costs) == (Decimal("1500.00"), Decimal("123.45"))
    assert row.planned_income == Decimal("1500.10")
    assert row.actual_income == Decimal("1150.05")     # fees booked + the payment received
    assert row.amount_received == Decimal("1000.00")
    assert row.exchanges == ("Jugendaustausch 2025",)


def test_an_amount_too_large_for_the_column_is_a_user_error():
    from partnerdesk.services.grant_editing import amount_ok

    assert amount_ok(Decimal("9999999999.99"))
    assert not amount_ok(Decimal("10000000000.00"))
