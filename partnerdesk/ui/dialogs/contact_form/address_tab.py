"""The Address & contact tab: postal address (DIN 5008), phones, e-mail, website, notes.

Postal codes and phone numbers are text: leading zeros and spaces stay as typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.dialogs.contact_form.fields import CountryCombo
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab


class AddressTab(FormTab):
    """Postal address, phones and e-mail, website and notes of a person or organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address_box, self.reach_box = QGroupBox(), QGroupBox()
        address, reach = self.new_form_layout(), self.new_form_layout()
        self.address_box.setLayout(address)
        self.reach_box.setLayout(reach)
        for key in ("street", "address_extra", "postal_code", "city"):
            self.add_field(address, key, QLineEdit())
        self.add_field(address, "country", CountryCombo(allow_empty=True))
        for key in ("phone", "mobile", "email", "website"):
            self.add_field(reach, key, QLineEdit())
        notes = self.new_form_layout()
        self.add_field(notes, "notes", QPlainTextEdit())
        self.widgets["notes"].setTabChangesFocus(True)
        self.widgets["notes"].setMinimumHeight(70)
        columns = QHBoxLayout()
        columns.addWidget(self.address_box, 1)
        columns.addWidget(self.reach_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(notes, 1)

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.address_box.setTitle(self.tr("Postal address"))
        self.reach_box.setTitle(self.tr("Phone and e-mail"))
        texts = {
            "street": self.tr("&Street:"), "address_extra": self.tr("&Address extra:"),
            "postal_code": self.tr("&Postal code:"), "city": self.tr("&Town:"),
            "country": self.tr("C&ountry:"), "phone": self.tr("P&hone:"),
            "mobile": self.tr("&Mobile:"), "email": self.tr("&E-mail:"),
            "website": self.tr("&Website:"), "notes": self.tr("N&otes:"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.widgets["address_extra"].setPlaceholderText(self.tr("c/o, building, flat"))
        self.widgets["postal_code"].setToolTip(
            self.tr("Kept as typed, leading zeros included (01067)."))
        self.widgets["phone"].setPlaceholderText(self.tr("e.g. +49 341 123456"))
        self.widgets["email"].setPlaceholderText(self.tr("name@example.org"))
        self.widgets["email"].setToolTip(
            self.tr("Several addresses may be separated by commas."))
        self.widgets["website"].setPlaceholderText(self.tr("www.example.org"))
        self.widgets["country"].fill()
