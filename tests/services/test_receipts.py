"""Receipts and payments: numbering, currency conversion (half-up to the cent, per receipt),
multi-currency plans, what cannot be booked, payments received."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerdesk.domain import GrantApplication
from partnerdesk.dto.grants import BudgetLineForm, PaymentForm, ReceiptForm
from partnerdesk.messages import UserError
from partnerdesk.services.budget import budget_plan, save_budget_line
from partnerdesk.services.receipts import (
    convert,
    delete_payment,
    delete_receipt,
    list_payments,
    list_receipts,
    save_payment,
    save_receipt,
)

D = Decimal
DAY = date(2025, 7, 3)


def _form(sample, amount="10.00", **fields) -> ReceiptForm:
    return ReceiptForm(grant_id=sample["grant"], budget_line_id=sample["budget_line"],
                       issued_on=DAY, counterparty="Kiosk", purpose="Wasser",
                       amount=None if amount is None else D(amount), **fields)


def _roubles(sample, original="1000.00", rate="98.45", **fields) -> ReceiptForm:
    return _form(sample, amount=None, original_amount=D(original), original_currency="RUB",
                 exchange_rate=D(rate), rate_date=DAY, **fields)


def _line(db, sample, side="income", category="own_share") -> int:
    return save_budget_line(db, BudgetLineForm(grant_id=sample["grant"], side=side,
                                               category=category, planned=D("0.00")))[0]


@pytest.mark.parametrize("original, rate, expected", [
    ("1000.00", "98.45", "10.16"),      # 10.1574…
    ("10.05", "2", "5.03"),             # exactly 5.025: half-up (half-even would give 5.02)
    ("0.01", "2", "0.01"),              # exactly 0.005
    ("0.01", "2.000001", "0.00"),       # just below the half cent
    ("0.01", "2.000000000000000000000000000001", "0.00"),  # a hair below: 28 digits won't do
    ("-10.05", "2", "-5.03"),           # a refund rounds like the payment, away from zero
    ("18450.00", "96.834500", "190.53"),
    ("500.00", "0.010000", "50000.00"),  # a rate below 1
])
def test_convert_half_up_to_the_cent(original, rate, expected):
    converted = convert(D(original), D(rate))
    assert converted == D(expected) and converted.as_tuple().exponent == -2


def test_rounding_is_per_receipt():
    amounts = [D("10.05")] * 3
    per_receipt = sum(convert(amount, D("2")) for amount in amounts)
    assert per_receipt == D("15.09")
    assert convert(sum(amounts), D("2")) == D("15.08")  # 15.075 converted once


@given(st.decimals(min_value=D("-9999999999.99"), max_value=D("9999999999.99"), places=2,
                   allow_nan=False, allow_infinity=False),
       st.decimals(min_value=D("0.000001"), max_value=D("999999999999.999999"), places=6,
                   allow_nan=False, allow_infinity=False))
def test_convert_is_the_exact_quotient_rounded_half_up(original, rate):
    exact = Fraction(original) / Fraction(rate) * 100
    cents = int(abs(exact) + Fraction(1, 2))  # half-up, away from zero
    assert convert(original, rate) == D(cents if exact >= 0 else -cents).scaleb(-2)


def test_new_receipts_get_the_next_number(db, sample):
    receipt_id, number, version = save_receipt(db, _form(sample, number=99))
    assert (number, version) == (2, 1)  # the sample has receipt 1; a number typed is ignored
    rows = list_receipts(db, sample["grant"])
    assert [row.number for row in rows] == [1, 2]
    row = rows[1]
    assert (row.id, row.counterparty, row.purpose, row.amount) == (
        receipt_id, "Kiosk", "Wasser", D("10.00"))
    assert (row.budget_line_id, row.budget_side, row.budget_category) == (
        sample["budget_line"], "cost", "travel")
    assert (row.original_currency, row.original_amount, row.exchange_rate) == ("", None, None)


def test_gaps_after_delete_are_not_reused(db, sample):
    numbers = [save_receipt(db, _form(sample))[1] for _ in range(3)]
    assert numbers == [2, 3, 4]
    middle = next(r for r in list_receipts(db, sample["grant"]) if r.number == 3)
    delete_receipt(db, middle.id, expected_version=middle.version)
    assert save_receipt(db, _form(sample))[1] == 5
    assert [r.number for r in list_receipts(db, sample["grant"])] == [1, 2, 4, 5]
    with pytest.raises(UserError, match="no longer exists"):
        delete_receipt(db, middle.id)


def test_edit_keeps_the_number_with_locking(db, sample):
    receipt_id, number, version = save_receipt(db, _roubles(sample))
    form = replace(_form(sample, "12.00"), id=receipt_id, version=version, number=1)
    _, kept, version2 = save_receipt(db, form)
    assert (kept, version2) == (number, version + 1)
    row = next(r for r in list_receipts(db, sample["grant"]) if r.id == receipt_id)
    assert row.amount == D("12.00")
    assert (row.original_amount, row.original_currency, row.exchange_rate, row.rate_date) == (
        None, "", None, None)  # back in euros: the foreign figures are gone
    with pytest.raises(UserError, match="changed elsewhere"):
        save_receipt(db, form)
    with pytest.raises(UserError, match="changed elsewhere"):
        delete_receipt(db, receipt_id, expected_version=version)


def test_foreign_currency_amount_is_computed_never_taken(db, sample):
    form = replace(_roubles(sample), amount=D("999.99"), original_currency=" rub ")
    receipt_id, _, _ = save_receipt(db, form)
    row = next(r for r in list_receipts(db, sample["grant"]) if r.id == receipt_id)
    assert row.amount == D("10.16")
    assert (row.original_amount, row.original_currency, row.exchange_rate, row.rate_date) == (
        D("1000.00"), "RUB", D("98.450000"), DAY)


def test_multi_currency_receipts_in_the_plan(db, sample):
    line = sample["budget_line"]
    before = budget_plan(db, sample["grant"]).cost_lines[0].actual  # the sample's 123.45
    save_receipt(db, _roubles(sample, "32000.00", "97.121000"))   # 329.49
    save_receipt(db, _roubles(sample, "41300.00", "97.553200"))   # 423.36
    save_receipt(db, replace(_form(sample, None), original_amount=D("215.00"),
                             original_currency="PLN", exchange_rate=D("4.2684"),
                             rate_date=DAY))                      # 50.37
    save_receipt(db, _form(sample, "80.00"))
    rows = [r for r in list_receipts(db, sample["grant"]) if r.number > 1]
    assert [(r.original_currency, r.amount) for r in rows] == [
        ("RUB", D("329.49")), ("RUB", D("423.36")), ("PLN", D("50.37")), ("", D("80.00"))]
    plan = budget_plan(db, sample["grant"])
    assert plan.cost_lines[0].id == line
    assert plan.cost_lines[0].actual == before + D("883.22") == plan.costs.actual


@pytest.mark.parametrize("change, expected", [
    ({"exchange_rate": None}, "needs the amount in that currency, the exchange rate"),
    ({"rate_date": None}, "needs the amount in that currency, the exchange rate"),
    ({"original_amount": None}, "needs the amount in that currency, the exchange rate"),
    ({"original_currency": "RUBL"}, "three-letter code"),
    ({"original_currency": "R1B"}, "three-letter code"),
    ({"original_currency": "eur"}, "EUR is the application's own currency"),
    ({"exchange_rate": D("0")}, "more than 0"),
    ({"exchange_rate": D("-98.45")}, "more than 0"),
    ({"exchange_rate": D("98.4500001")}, "six decimal places"),
    ({"exchange_rate": 98.45}, "more than 0"),
    ({"original_amount": D("0.00")}, "RUB must not be 0"),
    ({"original_amount": D("10.005")}, "RUB must not be 0"),
    ({"original_amount": D("0.40")}, "less than one cent"),
    ({"original_amount": D("9999999999.99"), "exchange_rate": D("0.5")}, "too large"),
])
def test_foreign_currency_receipt_refused(db, sample, change, expected):
    with pytest.raises(UserError, match=expected):
        save_receipt(db, replace(_roubles(sample), **change))
    assert len(list_receipts(db, sample["grant"])) == 1


def test_refunds_are_negative_receipts(db, sample):
    save_receipt(db, replace(_form(sample, "-23.50"), purpose="Kaution zurück"))
    assert budget_plan(db, sample["grant"]).costs.actual == D("123.45") - D("23.50")


@pytest.mark.parametrize("change, expected", [
    ({"amount": D("0.00")}, "must not be 0"),
    ({"amount": None}, "must not be 0"),
    ({"amount": D("1.234")}, "two decimal places"),
    ({"amount": 1.5}, "must not be 0"),
    ({"issued_on": None}, "needs a date"),
    ({"budget_line_id": None}, "Choose the budget line"),
    ({"budget_line_id": 999}, "budget line no longer exists"),
    ({"counterparty": "x" * 201}, "payee or payer is too long"),
    ({"purpose": "x" * 301}, "purpose is too long"),
    ({"grant_id": 999}, "application no longer exists"),
])
def test_receipt_refused(db, sample, change, expected):
    with pytest.raises(UserError, match=expected):
        save_receipt(db, replace(_form(sample), **change))
    assert len(list_receipts(db, sample["grant"])) == 1


def test_receipts_stay_on_lines_of_their_application(db, sample):
    own = _line(db, sample)
    grant_line = _line(db, sample, category="this_grant")
    with pytest.raises(UserError, match="line of this grant"):
        save_receipt(db, replace(_form(sample), budget_line_id=grant_line))
    save_receipt(db, replace(_form(sample), budget_line_id=own))  # income: e.g. fees paid
    assert budget_plan(db, sample["grant"]).income.actual == D("1010.00")  # with the payment
    with pytest.raises(UserError, match="budget line no longer exists"):
        save_receipt(db, replace(_form(sample), grant_id=_grant_without_lines(db, sample)))


def _grant_without_lines(db, sample) -> int:
    with db.unit() as session:
        application = GrantApplication(title="Anderer Antrag", funder_id=sample["funder"])
        session.add(application)
        session.commit()
        return application.id


def test_numbers_are_per_application(db, sample):
    grant = _grant_without_lines(db, sample)
    line = save_budget_line(db, BudgetLineForm(grant_id=grant, planned=D("1.00")))[0]
    form = replace(_form(sample), grant_id=grant, budget_line_id=line)
    assert [save_receipt(db, form)[1] for _ in range(2)] == [1, 2]
    first = list_receipts(db, sample["grant"])[0]
    with pytest.raises(UserError, match="receipt no longer exists"):  # not of this application
        save_receipt(db, replace(form, id=first.id, version=first.version))


def test_payments_oldest_first_edit_and_delete(db, sample):
    later, _ = save_payment(db, PaymentForm(grant_id=sample["grant"], received_on=date(2025, 9, 1),
                                            amount=D("250.00"), note=" 2. Rate "))
    earlier, _ = save_payment(db, PaymentForm(grant_id=sample["grant"],
                                              received_on=date(2025, 3, 1), amount=D("0.01")))
    payments = list_payments(db, sample["grant"])
    assert [p.id for p in payments][0] == earlier and payments[-1].id == later
    assert [p.received_on for p in payments] == sorted(p.received_on for p in payments)
    assert payments[-1].note == "2. Rate" and payments[-1].amount == D("250.00")
    form = replace(payments[-1], amount=D("300.00"))
    _, version = save_payment(db, form)
    assert version == form.version + 1
    with pytest.raises(UserError, match="changed elsewhere"):
        save_payment(db, form)
    with pytest.raises(UserError, match="changed elsewhere"):
        delete_payment(db, later, expected_version=form.version)
    delete_payment(db, later, expected_version=version)
    assert later not in [p.id for p in list_payments(db, sample["grant"])]
    assert budget_plan(db, sample["grant"]).unplanned_payments == D("1000.01")


@pytest.mark.parametrize("change, expected", [
    ({"received_on": None}, "needs the date"),
    ({"amount": None}, "more than 0"),
    ({"amount": D("0.00")}, "more than 0"),
    ({"amount": D("-5.00")}, "more than 0"),
    ({"amount": D("5.001")}, "two decimal places"),
    ({"amount": 5.0}, "more than 0"),
    ({"grant_id": 999}, "no longer exists"),
])
def test_payment_refused(db, sample, change, expected):
    form = PaymentForm(grant_id=sample["grant"], received_on=DAY, amount=D("5.00"))
    with pytest.raises(UserError, match=expected):
        save_payment(db, replace(form, **change))
    assert len(list_payments(db, sample["grant"])) == 1
