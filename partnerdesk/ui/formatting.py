"""Dates, money and sizes as the user reads them (DESIGN.md §4).

Dates are `dd.MM.yyyy` (the German short format has a two-digit year); money follows the
UI locale set by `i18n.install` — German shows `1.234,50 €`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale

CURRENCY_SYMBOLS = {"EUR": "€", "RUB": "₽", "USD": "$", "GBP": "£", "UAH": "₴", "PLN": "zł"}


def format_date(value: date | None) -> str:
    """`dd.MM.yyyy`, or an empty string."""
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString("dd.MM.yyyy")


def format_datetime(value: datetime | None) -> str:
    """`dd.MM.yyyy HH:mm`, or an empty string."""
    if value is None:
        return ""
    return QDateTime(value).toString("dd.MM.yyyy HH:mm")


def format_period(start: date | None, end: date | None) -> str:
    """`01.07.2025 – 10.07.2025`, or one date when both are the same."""
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def format_money(amount: Decimal | None, currency: str = "EUR") -> str:
    """An amount in the UI locale with its currency symbol, e.g. `1.234,50 €` (Decimal
    formatted digit by digit: no float on the way)."""
    if amount is None:
        return ""
    locale = QLocale()
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    groups.insert(0, whole)
    number = locale.groupSeparator().join(groups) + locale.decimalPoint() + cents
    if locale.language() == QLocale.Language.English:
        return f"{sign}{symbol}{number}"
    return f"{sign}{number}\u00a0{symbol}"


def format_size(size: int) -> str:
    """A file size such as `1,2 MB` in the UI locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
