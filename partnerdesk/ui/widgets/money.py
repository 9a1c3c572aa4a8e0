"""Money and exchange rates typed and shown in the UI, Decimal end to end (never float).

`parse_amount` reads what volunteers type (150 · 150,50 · 1.234,50 · 1234.50);
`amount_text` gives an amount back as typed in German; `MoneyEdit` is a line edit for an
amount that keeps its text when unreadable, so the service can refuse it with its message.
`parse_rate`, `rate_text` and `RateEdit` do the same for exchange rates (up to six
decimals); `format_rate` and `format_percent` show a rate or a share in the UI locale.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

UNREADABLE = Decimal(-1)
"""What `parse_amount` returns for text that is no amount (services refuse negatives)."""

RATE_PLACES = 6
"""Decimals an exchange rate keeps (the `Rate()` column)."""


def _clean(text: str) -> str:
    return text.strip().replace(" ", "").replace("\u00a0", "").replace("€", "")


def _to_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return UNREADABLE
    return value if value.is_finite() else UNREADABLE


def parse_amount(text: str) -> Decimal | None:
    """An amount typed as 150, 150,50, 1.234,50 or 1234.50 (None when empty;
    `UNREADABLE` when it cannot be read)."""
    text = _clean(text)
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1 or (text.count(".") == 1 and len(text.split(".")[1]) == 3):
        text = text.replace(".", "")  # 1.234 or 1.234.567: German thousands
    return _to_decimal(text)


def amount_text(value: Decimal | None) -> str:
    """An amount as it is typed in German (1234,50), or empty."""
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def parse_rate(text: str) -> Decimal | None:
    """An exchange rate typed as 98,45, 98.45, 1.234,567 or 0,0102 (None when empty;
    `UNREADABLE` when it cannot be read or has more than six decimals).

    Unlike an amount, one point is a decimal point (1.085 dollars per euro), never a
    thousands separator."""
    text = _clean(text)
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    value = _to_decimal(text)
    if value is UNREADABLE or int(value.normalize().as_tuple().exponent) < -RATE_PLACES:
        return UNREADABLE
    return value


def _trimmed(value: Decimal) -> str:
    """`value` with at least two and at most six decimals, trailing zeros dropped."""
    text = f"{value.quantize(Decimal(1).scaleb(-RATE_PLACES), ROUND_HALF_UP):f}"
    whole, _, decimals = text.partition(".")
    decimals = decimals.rstrip("0").ljust(2, "0")
    return f"{whole}.{decimals}"


def rate_text(value: Decimal | None) -> str:
    """A rate as it is typed in German (96,8345), or empty."""
    return "" if value is None else _trimmed(value).replace(".", ",")


def format_rate(value: Decimal | None) -> str:
    """A rate in the UI locale, without grouping (96,8345 in German), or empty."""
    return "" if value is None else _trimmed(value).replace(".", QLocale().decimalPoint())


def format_percent(value: Decimal | None) -> str:
    """A percentage with two decimals in the UI locale (62,50 % in German), or empty."""
    if value is None:
        return ""
    number = f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):f}"
    locale = QLocale()
    number = number.replace(".", locale.decimalPoint())
    if locale.language() == QLocale.Language.English:
        return f"{number}%"
    return f"{number}\u00a0%"


class MoneyEdit(QLineEdit):
    """A right-aligned line edit for an amount; `value()` is a Decimal or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00")

    def value(self) -> Decimal | None:
        """The amount typed (None when empty, `UNREADABLE` when unreadable)."""
        return parse_amount(self.text())

    def set_value(self, value: Decimal | None) -> None:
        """Show `value` as typed in German."""
        self.setText(amount_text(value))


class RateEdit(MoneyEdit):
    """A right-aligned line edit for an exchange rate with up to six decimals."""

    def value(self) -> Decimal | None:
        """The rate typed (None when empty, `UNREADABLE` when unreadable)."""
        return parse_rate(self.text())

    def set_value(self, value: Decimal | None) -> None:
        """Show `value` as typed in German."""
        self.setText(rate_text(value))
