"""Money typed and shown in the UI, Decimal end to end (never float).

`parse_amount` reads what volunteers type (150 · 150,50 · 1.234,50 · 1234.50);
`amount_text` gives an amount back as typed in German; `MoneyEdit` is a line edit for an
amount that keeps its text when unreadable, so the service can refuse it with its message.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

UNREADABLE = Decimal(-1)
"""What `parse_amount` returns for text that is no amount (services refuse negatives)."""


def parse_amount(text: str) -> Decimal | None:
    """An amount typed as 150, 150,50, 1.234,50 or 1234.50 (None when empty;
    `UNREADABLE` when it cannot be read)."""
    text = text.strip().replace(" ", "").replace("\u00a0", "").replace("€", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1 or (text.count(".") == 1 and len(text.split(".")[1]) == 3):
        text = text.replace(".", "")  # 1.234 or 1.234.567: German thousands
    try:
        value = Decimal(text)
    except InvalidOperation:
        return UNREADABLE
    return value if value.is_finite() else UNREADABLE


def amount_text(value: Decimal | None) -> str:
    """An amount as it is typed in German (1234,50), or empty."""
    return "" if value is None else f"{value:.2f}".replace(".", ",")


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
