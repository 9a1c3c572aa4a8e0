"""The cost and financing plan: lines, exact totals, the grant's share, the balance check, the
result (surplus, repayment, outstanding), deleting lines with receipts, the day-rate calculator."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from partnerdesk.domain import (
    BudgetLine,
    Contact,
    FunderProfile,
    GrantApplication,
    Participation,
    Payment,
    Receipt,
)
from partnerdesk.domain.enums import GrantStatus, ParticipationRole, ParticipationStatus, Side
from partnerdesk.dto.grants import BudgetLineForm, DayRateInput, PaymentForm, ReceiptForm
from partnerdesk.messages import UserError
from partnerdesk.services.budget import (
    budget_plan,
    delete_budget_line,
    grant_result,
    save_budget_line,
)
from partnerdesk.services.day_rate import apply_day_rate, day_rate_amount, suggest_day_rate
from partnerdesk.services.demo import build_demo
from partnerdesk.services.receipts import delete_receipt, save_payment, save_receipt
from partnerdesk.storage.database import Database, create_database

D = Decimal
TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Database:
    """The demo association (fixed `today`), shared read-only by the demo tests."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERDESK_DATA_DIR", str(folder / "data"))
        database = create_database(folder / "demo.sqlite")
        build_demo(database, today=TODAY)
    yield database
    database.close()


@pytest.fixture
def grant(db, sample) -> int:
    """A new application of the sample funder, in euros, without lines, receipts or payments."""
    with db.unit() as session:
        application = GrantApplication(title="Testantrag", funder_id=sample["funder"],
                                       amount_requested=D("3000.00"))
        session.add(application)
        session.commit()
        return application.id


def _line(db, grant_id, side, category, planned, approved=None, description=""):
    return save_budget_line(db, BudgetLineForm(
        grant_id=grant_id, side=side, category=category, description=description,
        planned=D(planned), approved=None if approved is None else D(approved)))[0]


def _receipt(db, grant_id, line_id, amount, day=date(2025, 7, 2)):
    return save_receipt(db, ReceiptForm(grant_id=grant_id, budget_line_id=line_id,
                                        issued_on=day, amount=D(amount)))


def _pay(db, grant_id, amount, day=date(2025, 6, 1)):
    return save_payment(db, PaymentForm(grant_id=grant_id, received_on=day, amount=D(amount)))


def _set_grant(db, grant_id, **fields):
    with db.unit() as session:
        application = session.get(GrantApplication, grant_id)
        for name, value in fields.items():
            setattr(application, name, value)
        session.commit()


def test_lines_per_side_in_order_with_actuals(db, grant):
    travel = _line(db, grant, "cost", "travel", "1000.00", description="Bus")
    own = _line(db, grant, "income", "own_share", "400.00")
    funding = _line(db, grant, "income", "this_grant", "600.00")
    second = _line(db, grant, "income", "this_grant", "0.00", description="Nachbewilligung")
    board = _line(db, grant, "cost", "board", "0.00")
    _receipt(db, grant, travel, "250.10")
    _receipt(db, grant, travel, "49.90")
    _receipt(db, grant, own, "400.00")
    _pay(db, grant, "300.00")
    _pay(db, grant, "150.00", date(2025, 7, 20))
    plan = budget_plan(db, grant)
    assert plan.currency == "EUR"
    assert [row.id for row in plan.cost_lines] == [travel, board]
    assert [row.id for row in plan.income_lines] == [own, funding, second]
    rows = {row.id: row for row in plan.cost_lines + plan.income_lines}
    assert (rows[travel].actual, rows[travel].receipts, rows[travel].description) == (
        D("300.00"), 2, "Bus")
    assert rows[board].actual == D("0.00") and rows[board].receipts == 0
    assert rows[funding].actual == D("450.00")  # the payments received, on the first line
    assert rows[second].actual == D("0.00")
    assert plan.income.actual == D("850.00") and plan.unplanned_payments == D("0.00")


def test_payments_count_even_without_a_grant_line(db, grant):
    _line(db, grant, "cost", "travel", "500.00")
    _line(db, grant, "income", "own_share", "500.00")
    _pay(db, grant, "200.00")
    plan = budget_plan(db, grant)
    assert plan.unplanned_payments == D("200.00")
    assert plan.income.actual == D("200.00") == sum(r.actual for r in plan.income_lines) + D(200)
    assert plan.grant_share_planned == D("0.00")


def test_totals_are_exact_to_the_cent(db, grant):
    line = _line(db, grant, "cost", "material", "0.00")
    for _ in range(10):
        _line(db, grant, "cost", "other_costs", "0.10", "0.10")
    for _ in range(30):
        _receipt(db, grant, line, "0.10")
    _receipt(db, grant, line, "0.20")
    plan = budget_plan(db, grant)
    assert plan.costs.planned == D("1.00") and plan.costs.approved == D("1.00")
    assert plan.costs.actual == D("3.20")
    assert sum([0.1] * 10) != 1.0 and sum([0.1] * 30) + 0.2 != 3.2  # what float would give
    for total in (plan.costs.planned, plan.costs.actual, plan.income.actual):
        assert isinstance(total, Decimal) and total.as_tuple().exponent == -2


def test_approved_total_takes_the_plan_where_nothing_was_approved(db, grant):
    _line(db, grant, "cost", "travel", "1000.00", "800.00")
    _line(db, grant, "cost", "board", "300.00")
    _line(db, grant, "income", "this_grant", "1300.00", "800.00")
    plan = budget_plan(db, grant)
    assert plan.costs.planned == D("1300.00") and plan.costs.approved == D("1100.00")
    assert plan.income.approved == D("800.00")
    assert plan.approved_difference == D("-300.00")


def test_grant_share_in_percent_half_up(db, grant):
    assert budget_plan(db, grant).grant_share_planned is None  # no costs: no share
    _line(db, grant, "cost", "travel", "800.00", "3000.00")
    _line(db, grant, "income", "this_grant", "1.00", "2000.00")
    _line(db, grant, "income", "own_share", "799.00", "1000.00")
    plan = budget_plan(db, grant)
    assert plan.grant_share_planned == D("0.13")  # 0.125 % rounds up (half-even: 0.12)
    assert plan.grant_share_approved == D("66.67")  # 66.666… %
    assert plan.grant_share_actual is None  # no actual costs yet


def test_balance_check(db, grant):
    travel = _line(db, grant, "cost", "travel", "1000.00")
    own = _line(db, grant, "income", "own_share", "400.00")
    _line(db, grant, "income", "this_grant", "600.00")
    plan = budget_plan(db, grant)
    assert plan.planned_balanced and plan.planned_difference == D("0.00")
    _receipt(db, grant, travel, "990.00")
    _receipt(db, grant, own, "390.00")
    _pay(db, grant, "600.00")
    plan = budget_plan(db, grant)
    assert plan.actual_balanced and plan.actual_difference == D("0.00")
    assert plan.grant_share_actual == D("60.61")  # 600 / 990
    _receipt(db, grant, travel, "10.01")
    plan = budget_plan(db, grant)
    assert not plan.actual_balanced and plan.actual_difference == D("-10.01")
    _line(db, grant, "income", "participant_fees", "0.01")
    plan = budget_plan(db, grant)
    assert not plan.planned_balanced and plan.planned_difference == D("0.01")


def test_the_demos_past_application_balances(demo):
    with demo.unit() as session:
        past = session.execute(sa.select(GrantApplication.id)
                               .where(GrantApplication.status == "funds_received")).scalar_one()
        receipts = session.execute(sa.select(Receipt.amount, BudgetLine.side).join(BudgetLine)
                                   .where(Receipt.grant_id == past)).all()
        received = sum(session.execute(sa.select(Payment.amount)
                                       .where(Payment.grant_id == past)).scalars())
    costs = sum(amount for amount, side in receipts if side == "cost")
    income = sum(amount for amount, side in receipts if side == "income") + received
    plan = budget_plan(demo, past)
    assert plan.costs.actual == costs == plan.income.actual == income
    assert plan.actual_balanced and plan.planned_balanced
    assert plan.costs.planned == D("11500.00") and plan.costs.approved == D("10800.00")
    assert plan.grant_share_approved == D("50.00")  # 5,400 of 10,800
    result = grant_result(demo, past)
    assert (result.received, result.entitled) == (D("5400.00"), D("5400.00"))
    assert result.repayment == result.outstanding == D("0.00")


@pytest.mark.parametrize("change, expected", [
    ({"side": "cost", "category": "this_grant"}, "does not belong"),
    ({"side": "income", "category": "travel"}, "does not belong"),
    ({"category": "bogus"}, "does not belong"),
    ({"side": "both"}, "Unknown side"),
    ({"planned": D("-0.01")}, "planned amount"),
    ({"planned": D("1.005")}, "planned amount"),
    ({"planned": D("10000000000.00")}, "planned amount"),
    ({"planned": 0.1}, "planned amount"),
    ({"approved": D("-1.00")}, "approved amount"),
    ({"description": "x" * 301}, "too long"),
    ({"grant_id": 999}, "no longer exists"),
])
def test_save_line_refused(db, grant, change, expected):
    form = replace(BudgetLineForm(grant_id=grant, planned=D("1.00")), **change)
    with pytest.raises(UserError, match=expected):
        save_budget_line(db, form)
    assert budget_plan(db, grant).cost_lines == ()


def test_save_line_with_locking_and_moves(db, grant, sample):
    first = _line(db, grant, "cost", "travel", "10.00")
    line_id = _line(db, grant, "income", "own_share", "20.00")
    row = budget_plan(db, grant).income_lines[0]
    form = BudgetLineForm(grant_id=grant, id=line_id, side="cost", category="board",
                          description=" Essen ", planned=D("25.00"), version=row.version)
    _, version = save_budget_line(db, form)
    plan = budget_plan(db, grant)
    assert [r.id for r in plan.cost_lines] == [first, line_id]  # moved to the end of costs
    assert plan.cost_lines[1].description == "Essen" and version == row.version + 1
    with pytest.raises(UserError, match="changed elsewhere"):
        save_budget_line(db, replace(form, planned=D("1.00")))
    with pytest.raises(UserError, match="no longer exists"):  # a line of another application
        save_budget_line(db, replace(form, grant_id=sample["grant"], version=version))


def test_a_line_with_receipts_cannot_become_the_grant_line(db, grant):
    line_id = _line(db, grant, "income", "own_share", "20.00")
    _receipt(db, grant, line_id, "20.00")
    row = budget_plan(db, grant).income_lines[0]
    with pytest.raises(UserError, match=r"\(1\)"):
        save_budget_line(db, BudgetLineForm(grant_id=grant, id=line_id, side="income",
                                            category="this_grant", planned=D("20.00"),
                                            version=row.version))


def test_deleting_a_line_with_receipts_is_refused_with_a_reason(db, grant):
    line_id = _line(db, grant, "cost", "travel", "100.00")
    first, _, _ = _receipt(db, grant, line_id, "10.00")
    second, _, _ = _receipt(db, grant, line_id, "20.00")
    with pytest.raises(UserError) as refused:
        delete_budget_line(db, line_id)
    assert refused.value.params == {"count": 2}
    assert "receipts are booked to it (2)" in refused.value.english()
    assert budget_plan(db, grant).cost_lines[0].receipts == 2  # nothing deleted
    delete_receipt(db, first)
    delete_receipt(db, second)
    version = budget_plan(db, grant).cost_lines[0].version
    with pytest.raises(UserError, match="changed elsewhere"):
        delete_budget_line(db, line_id, expected_version=version + 1)
    delete_budget_line(db, line_id, expected_version=version)
    assert budget_plan(db, grant).cost_lines == ()
    with pytest.raises(UserError, match="no longer exists"):
        delete_budget_line(db, line_id)


def test_the_database_refuses_too(db, sample):
    """The second guard: ON DELETE NO ACTION keeps a line whose receipts point at it."""
    with db.engine.connect() as connection, pytest.raises(IntegrityError):
        connection.execute(sa.delete(BudgetLine).where(BudgetLine.id == sample["budget_line"]))


def test_result_outstanding_then_surplus(db, grant):
    _set_grant(db, grant, amount_approved=D("1000.00"))
    travel = _line(db, grant, "cost", "travel", "1500.00")
    own = _line(db, grant, "income", "own_share", "500.00")
    _line(db, grant, "income", "this_grant", "1000.00")
    _receipt(db, grant, travel, "1500.00")
    _receipt(db, grant, own, "500.00")
    _pay(db, grant, "600.00")
    result = grant_result(db, grant)
    assert (result.approved, result.received, result.actual_costs, result.other_income) == (
        D("1000.00"), D("600.00"), D("1500.00"), D("500.00"))
    assert (result.entitled, result.outstanding, result.repayment) == (
        D("1000.00"), D("400.00"), D("0.00"))
    _pay(db, grant, "400.00")
    _receipt(db, grant, travel, "-200.00")  # a returned deposit: costs were lower
    result = grant_result(db, grant)
    assert (result.entitled, result.repayment, result.outstanding) == (
        D("800.00"), D("200.00"), D("0.00"))


def test_result_without_approval_and_when_rejected(db, grant):
    travel = _line(db, grant, "cost", "travel", "5000.00")
    _receipt(db, grant, travel, "4000.00")
    result = grant_result(db, grant)
    assert result.approved is None and result.entitled == D("3000.00")  # the requested
    assert result.outstanding == D("3000.00")
    _pay(db, grant, "500.00")
    _set_grant(db, grant, status=GrantStatus.REJECTED)
    result = grant_result(db, grant)
    assert (result.entitled, result.repayment, result.outstanding) == (
        D("0.00"), D("500.00"), D("0.00"))


def test_day_rate_amount():
    assert day_rate_amount(12, 6, D("30.00")) == D("2160.00")
    assert day_rate_amount(0, 6, D("30.00")) == D("0.00")
    assert day_rate_amount(1, 1, D("0.125")) == D("0.13")  # half-up
    assert day_rate_amount(3, 7, D("0.10")).as_tuple().exponent == -2


def _join(db, exchange_id, name, role, status=ParticipationStatus.REGISTERED):
    with db.unit() as session:
        contact = Contact(given_name=name, family_name="Test")
        session.add(contact)
        session.flush()
        session.add(Participation(exchange_id=exchange_id, contact_id=contact.id, side=Side.HOME,
                                  role=role, status=status))
        session.commit()


def test_suggest_counts_participants_and_leaders_not_cancelled(db, sample):
    exchange = sample["exchange"]  # 1–10 July: 9 programme days; two participants
    _join(db, exchange, "Lea", ParticipationRole.LEADER)
    _join(db, exchange, "Ivo", ParticipationRole.INTERPRETER)
    _join(db, exchange, "Ute", ParticipationRole.PARTICIPANT, ParticipationStatus.CANCELLED)
    _join(db, exchange, "Kim", ParticipationRole.PARTICIPANT, ParticipationStatus.WAITING_LIST)
    figures = suggest_day_rate(db, sample["grant"])
    assert figures == DayRateInput(participants=4, programme_days=9, rate=D("25.00"),
                                   currency="EUR", amount=D("900.00"))


def test_suggest_refused_without_a_rate(db, sample, grant):
    with pytest.raises(UserError, match="no funder profile"):
        suggest_day_rate(db, grant)
    for rate in (None, D("0.00")):
        with db.unit() as session:
            session.get(FunderProfile, sample["funder_profile"]).daily_rate = rate
            session.commit()
        with pytest.raises(UserError, match="has no daily rate"):
            suggest_day_rate(db, sample["grant"])
    _set_grant(db, sample["grant"], currency="PLN")
    with db.unit() as session:
        session.get(FunderProfile, sample["funder_profile"]).daily_rate = D("25.00")
        session.commit()
    with pytest.raises(UserError, match="in EUR, the application in PLN"):
        suggest_day_rate(db, sample["grant"])


def test_apply_day_rate_to_a_new_line(db, grant):
    _line(db, grant, "income", "own_share", "100.00")
    figures = DayRateInput(participants=12, programme_days=6, rate=D("30.00"), currency="EUR",
                           amount=D("1.00"))  # a stale amount is not trusted
    line_id, version = apply_day_rate(db, grant, None, figures)
    row = budget_plan(db, grant).income_lines[-1]
    assert (row.id, row.version, row.category, row.planned) == (
        line_id, version, "this_grant", D("2160.00"))
    assert row.description == "12 × 6 × 30.00 EUR"


def test_apply_day_rate_to_a_line_keeps_its_text(db, grant):
    line_id = _line(db, grant, "income", "this_grant", "1.00", description="Zuwendung")
    figures = DayRateInput(12, 6, D("30.00"), "EUR", D("2160.00"))
    apply_day_rate(db, grant, line_id, figures)
    apply_day_rate(db, grant, line_id, replace(figures, participants=10))
    row = budget_plan(db, grant).income_lines[0]
    assert (row.description, row.planned) == ("Zuwendung (10 × 6 × 30.00 EUR)", D("1800.00"))
    apply_day_rate(db, grant, line_id, figures, description=" Tagessatz: 12 × 6 × 30,00 € ",
                   expected_version=row.version)
    row = budget_plan(db, grant).income_lines[0]
    assert row.description == "Tagessatz: 12 × 6 × 30,00 €"
    with pytest.raises(UserError, match="changed elsewhere"):
        apply_day_rate(db, grant, line_id, figures, expected_version=row.version - 1)


@pytest.mark.parametrize("change, expected", [
    ({"participants": -1}, "whole numbers"),
    ({"programme_days": 2.5}, "whole numbers"),
    ({"rate": D("-30.00")}, "whole numbers"),
    ({"rate": 30.0}, "whole numbers"),
    ({"participants": 10 ** 9}, "too large"),
    ({"currency": "RUB"}, "in RUB, the application in EUR"),
])
def test_apply_day_rate_refused(db, grant, change, expected):
    figures = replace(DayRateInput(12, 6, D("30.00"), "EUR", D("2160.00")), **change)
    with pytest.raises(UserError, match=expected):
        apply_day_rate(db, grant, None, figures)
    assert budget_plan(db, grant).income_lines == ()
