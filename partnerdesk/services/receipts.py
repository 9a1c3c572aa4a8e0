"""Receipts (numbered per application, in the grant's currency or converted from another
one) and payments received (tranches).

- Numbers: a new receipt gets the application's highest number + 1. The gap a deleted
  receipt leaves is never filled; only the number of the highest receipt, once that one is
  deleted, is given again (the database keeps no counter of its own).
- Amounts: a receipt's amount may be negative (a refund, a returned deposit; the schema
  allows it), never zero. Payments are always more than zero.
- Another currency: the rate is quoted as the ECB quotes its reference rates, in units of
  the foreign currency per one unit of the grant's currency (1 EUR = 98.45 RUB). The amount
  in the grant's currency is `convert(original, rate)`, rounded half-up to the cent per
  receipt — so the sum of converted receipts may differ by cents from converting their sum.
  It is always recomputed here, never taken from the form.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partnerdesk.domain import BudgetLine, GrantApplication, Payment, Receipt
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import BudgetCategory
from partnerdesk.dto.grants import PaymentForm, ReceiptForm, ReceiptRow
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.budget import LINE_GONE, TOO_LARGE, is_amount
from partnerdesk.services.grant_editing import (
    CENT,
    CONTEXT,
    NOT_FOUND,
    check_version,
    commit,
    currency_ok,
    get_or_fail,
)
from partnerdesk.storage.database import Database

RECEIPT_GONE = QT_TRANSLATE_NOOP("Grants", "This receipt no longer exists.")
RECEIPT_CHANGED = QT_TRANSLATE_NOOP(
    "Grants", "This receipt was changed elsewhere meanwhile. Nothing was saved.")
CONFLICT = QT_TRANSLATE_NOOP(
    "Grants", "Another receipt or its budget line was changed at the same time. Nothing was "
    "saved; please save again.")
NO_DATE = QT_TRANSLATE_NOOP("Grants", "The receipt needs a date.")
NO_LINE = QT_TRANSLATE_NOOP("Grants", "Choose the budget line the receipt is booked to.")
GRANT_LINE = QT_TRANSLATE_NOOP(
    "Grants", "Receipts cannot be booked to the line of this grant: record the grant money "
    "received as a payment.")
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "Grants", "The amount must not be 0 and may have at most two decimal places (a refund is "
    "negative).")
BAD_ORIGINAL = QT_TRANSLATE_NOOP(
    "Grants", "The amount in {currency} must not be 0 and may have at most two decimal "
    "places.")
FOREIGN_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Grants", "A receipt in another currency needs the amount in that currency, the exchange "
    "rate and the date of the rate.")
BAD_CURRENCY = QT_TRANSLATE_NOOP(
    "Grants", "The currency must be a three-letter code such as RUB.")
SAME_CURRENCY = QT_TRANSLATE_NOOP(
    "Grants", "{currency} is the application's own currency: enter the amount directly.")
BAD_RATE = QT_TRANSLATE_NOOP(
    "Grants", "The exchange rate must be more than 0 with at most six decimal places: units "
    "of {original_currency} for 1 {currency}.")
BELOW_A_CENT = QT_TRANSLATE_NOOP(
    "Grants", "{original} {original_currency} is less than one cent in {currency}.")
LONG_COUNTERPARTY = QT_TRANSLATE_NOOP(
    "Grants", "The payee or payer is too long (at most 200 characters).")
LONG_PURPOSE = QT_TRANSLATE_NOOP("Grants", "The purpose is too long (at most 300 characters).")
PAYMENT_GONE = QT_TRANSLATE_NOOP("Grants", "This payment no longer exists.")
PAYMENT_CHANGED = QT_TRANSLATE_NOOP(
    "Grants", "This payment was changed elsewhere meanwhile. Nothing was saved.")
NO_PAYMENT_DATE = QT_TRANSLATE_NOOP("Grants", "The payment needs the date it was received.")
BAD_PAYMENT = QT_TRANSLATE_NOOP(
    "Grants", "The payment must be an amount of more than 0 with at most two decimal places.")

RATE_PLACES = Decimal("0.000001")
MAX_RATE = Decimal("999999999999.999999")  # what a Rate() column (18, 6) holds


def convert(original_amount: Decimal, exchange_rate: Decimal) -> Decimal:
    """An amount in a foreign currency in the grant's currency: original ÷ rate (foreign
    units per one unit of the grant's currency), half-up to the cent."""
    with localcontext() as exact:
        exact.prec = 60  # the quotient is exact far beyond the cent before rounding it
        return (original_amount / exchange_rate).quantize(CENT, ROUND_HALF_UP)


def _row(receipt: Receipt, line: BudgetLine) -> ReceiptRow:
    return ReceiptRow(
        id=receipt.id, number=receipt.number, issued_on=receipt.issued_on,
        counterparty=receipt.counterparty, purpose=receipt.purpose,
        budget_line_id=line.id, budget_side=line.side.value,
        budget_category=line.category.value, budget_description=line.description,
        amount=receipt.amount, original_amount=receipt.original_amount,
        original_currency=receipt.original_currency, exchange_rate=receipt.exchange_rate,
        rate_date=receipt.rate_date, paid_on=receipt.paid_on, version=receipt.version)


def list_receipts(db: Database, grant_id: int) -> list[ReceiptRow]:
    """The application's receipts by number."""
    with db.unit() as session:
        get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        rows = session.execute(
            sa.select(Receipt, BudgetLine).join(BudgetLine, BudgetLine.id == Receipt.budget_line_id)
            .where(Receipt.grant_id == grant_id).order_by(Receipt.number))
        return [_row(receipt, line) for receipt, line in rows]


def _is_rate(value: object) -> bool:
    return (isinstance(value, Decimal) and value.is_finite() and 0 < value <= MAX_RATE
            and value == value.quantize(RATE_PLACES))


def _amount(form: ReceiptForm, currency: str) -> tuple[Decimal, str]:
    """The receipt's amount in `currency` and its other currency ("" when none), or a
    UserError saying what is wrong."""
    other = form.original_currency.strip().upper()
    if not other:
        if not is_amount(form.amount, None) or form.amount == 0:
            raise UserError(BAD_AMOUNT, CONTEXT)
        return form.amount, ""  # type: ignore[return-value]
    if not currency_ok(other):
        raise UserError(BAD_CURRENCY, CONTEXT)
    if other == currency:
        raise UserError(SAME_CURRENCY, CONTEXT, currency=currency)
    if form.original_amount is None or form.exchange_rate is None or form.rate_date is None:
        raise UserError(FOREIGN_INCOMPLETE, CONTEXT)
    if not is_amount(form.original_amount, None) or form.original_amount == 0:
        raise UserError(BAD_ORIGINAL, CONTEXT, currency=other)
    if not _is_rate(form.exchange_rate):
        raise UserError(BAD_RATE, CONTEXT, original_currency=other, currency=currency)
    amount = convert(form.original_amount, form.exchange_rate)
    if amount == 0:
        raise UserError(BELOW_A_CENT, CONTEXT, original=form.original_amount,
                        original_currency=other, currency=currency)
    if not is_amount(amount, None):
        raise UserError(TOO_LARGE, CONTEXT, amount=amount)
    return amount, other


def _booking_line(session: Session, form: ReceiptForm) -> BudgetLine:
    if form.budget_line_id is None:
        raise UserError(NO_LINE, CONTEXT)
    line = get_or_fail(session, BudgetLine, form.budget_line_id, LINE_GONE)
    if line.grant_id != form.grant_id:
        raise UserError(LINE_GONE, CONTEXT)
    if line.category == BudgetCategory.THIS_GRANT:
        raise UserError(GRANT_LINE, CONTEXT)
    return line


def save_receipt(db: Database, form: ReceiptForm) -> tuple[int, int, int]:
    """Validate and save; a new receipt gets the next number. A foreign-currency receipt
    needs amount, currency, rate and rate date and gets its converted amount. Receipts are
    not booked to `this_grant` lines (that money is recorded as payments). Returns
    (id, number, version).

    `form.number` and, in another currency, `form.amount` are not used: the number is
    given here once and kept, the amount computed. UserError on bad input or when the
    receipt changed since `form.version`."""
    if form.issued_on is None:
        raise UserError(NO_DATE, CONTEXT)
    if len(form.counterparty.strip()) > 200:
        raise UserError(LONG_COUNTERPARTY, CONTEXT)
    if len(form.purpose.strip()) > 300:
        raise UserError(LONG_PURPOSE, CONTEXT)
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, form.grant_id, NOT_FOUND)
        line = _booking_line(session, form)
        amount, other = _amount(form, grant.currency)
        if form.id is None:
            last = session.execute(sa.select(sa.func.max(Receipt.number))
                                   .where(Receipt.grant_id == grant.id)).scalar_one()
            receipt = Receipt(grant_id=grant.id, number=(last or 0) + 1)
            session.add(receipt)
        else:
            receipt = get_or_fail(session, Receipt, form.id, RECEIPT_GONE)
            if receipt.grant_id != grant.id:
                raise UserError(RECEIPT_GONE, CONTEXT)
            check_version(receipt, form.version, RECEIPT_CHANGED)
        receipt.budget_line_id, receipt.issued_on, receipt.paid_on = (
            line.id, form.issued_on, form.paid_on)
        receipt.counterparty, receipt.purpose = form.counterparty.strip(), form.purpose.strip()
        receipt.amount, receipt.original_currency = amount, other
        receipt.original_amount = form.original_amount if other else None
        receipt.exchange_rate = form.exchange_rate if other else None
        receipt.rate_date = form.rate_date if other else None
        receipt.updated_at = utcnow()
        try:
            commit(session, RECEIPT_CHANGED)
        except IntegrityError as exc:  # the number or the line, taken or gone meanwhile
            raise UserError(CONFLICT, CONTEXT) from exc
        return receipt.id, receipt.number, receipt.version


def delete_receipt(db: Database, receipt_id: int, expected_version: int | None = None) -> None:
    """Delete a receipt (its number is not reused)."""
    with db.unit() as session:
        receipt = get_or_fail(session, Receipt, receipt_id, RECEIPT_GONE)
        check_version(receipt, expected_version, RECEIPT_CHANGED)
        session.delete(receipt)
        commit(session, RECEIPT_CHANGED)


def _payment(payment: Payment) -> PaymentForm:
    return PaymentForm(grant_id=payment.grant_id, id=payment.id, received_on=payment.received_on,
                       amount=payment.amount, note=payment.note, version=payment.version)


def list_payments(db: Database, grant_id: int) -> list[PaymentForm]:
    """Payments received, oldest first."""
    with db.unit() as session:
        get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        payments = session.execute(
            sa.select(Payment).where(Payment.grant_id == grant_id)
            .order_by(Payment.received_on, Payment.id)).scalars()
        return [_payment(payment) for payment in payments]


def save_payment(db: Database, form: PaymentForm) -> tuple[int, int]:
    """Validate (date, amount > 0) and save; returns (id, version)."""
    if form.received_on is None:
        raise UserError(NO_PAYMENT_DATE, CONTEXT)
    if not is_amount(form.amount, CENT):
        raise UserError(BAD_PAYMENT, CONTEXT)
    with db.unit() as session:
        get_or_fail(session, GrantApplication, form.grant_id, NOT_FOUND)
        if form.id is None:
            payment = Payment(grant_id=form.grant_id)
            session.add(payment)
        else:
            payment = get_or_fail(session, Payment, form.id, PAYMENT_GONE)
            if payment.grant_id != form.grant_id:
                raise UserError(PAYMENT_GONE, CONTEXT)
            check_version(payment, form.version, PAYMENT_CHANGED)
        payment.received_on, payment.amount = form.received_on, form.amount
        payment.note = form.note.strip()
        payment.updated_at = utcnow()
        commit(session, PAYMENT_CHANGED)
        return payment.id, payment.version


def delete_payment(db: Database, payment_id: int, expected_version: int | None = None) -> None:
    """Delete a payment."""
    with db.unit() as session:
        payment = get_or_fail(session, Payment, payment_id, PAYMENT_GONE)
        check_version(payment, expected_version, PAYMENT_CHANGED)
        session.delete(payment)
        commit(session, PAYMENT_CHANGED)
