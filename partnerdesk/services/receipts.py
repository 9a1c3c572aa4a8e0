"""Receipts (numbered per application, in the grant's currency or converted from another
one) and payments received (tranches)."""

from __future__ import annotations

from decimal import Decimal

from partnerdesk.dto.grants import PaymentForm, ReceiptForm, ReceiptRow
from partnerdesk.storage.database import Database


def convert(original_amount: Decimal, exchange_rate: Decimal) -> Decimal:
    """An amount in a foreign currency in the grant's currency: original ÷ rate (foreign
    units per one unit of the grant's currency), half-up to the cent."""
    raise NotImplementedError


def list_receipts(db: Database, grant_id: int) -> list[ReceiptRow]:
    """The application's receipts by number."""
    raise NotImplementedError


def save_receipt(db: Database, form: ReceiptForm) -> tuple[int, int, int]:
    """Validate and save; a new receipt gets the next number. A foreign-currency receipt
    needs amount, currency, rate and rate date and gets its converted amount. Receipts are
    not booked to `this_grant` lines (that money is recorded as payments). Returns
    (id, number, version)."""
    raise NotImplementedError


def delete_receipt(db: Database, receipt_id: int, expected_version: int | None = None) -> None:
    """Delete a receipt (its number is not reused)."""
    raise NotImplementedError


def list_payments(db: Database, grant_id: int) -> list[PaymentForm]:
    """Payments received, oldest first."""
    raise NotImplementedError


def save_payment(db: Database, form: PaymentForm) -> tuple[int, int]:
    """Validate (date, amount > 0) and save; returns (id, version)."""
    raise NotImplementedError


def delete_payment(db: Database, payment_id: int, expected_version: int | None = None) -> None:
    """Delete a payment."""
    raise NotImplementedError
