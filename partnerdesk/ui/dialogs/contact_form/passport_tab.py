"""The Passport tab: passport data is sensitive, so it is loaded only when asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from partnerdesk.dto.contact_form import ContactForm, PassportData
from partnerdesk.ui.dialogs.contact_form.fields import CountryCombo, DateField
from partnerdesk.ui.dialogs.contact_form.record_editor import RecordEditor
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab
from partnerdesk.ui.formatting import format_date

Loader = Callable[[], tuple[PassportData, ...]]


class PassportEditor(RecordEditor):
    """Passports: number, issued, expires, issuing country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_detail("number", QLineEdit())
        self.add_detail("issued_on", DateField())
        self.add_detail("expires_on", DateField())
        self.add_detail("issuing_country", CountryCombo())
        self.retranslate_ui()

    def headers(self) -> list[str]:
        """The column headers."""
        return [self.tr("Number"), self.tr("Issued"), self.tr("Expires"), self.tr("Country")]

    def cells(self, row: PassportData) -> list[str]:
        """Number, dates, country."""
        return [row.number, format_date(row.issued_on), format_date(row.expires_on),
                row.issuing_country]

    def new_row(self) -> PassportData:
        """An empty passport."""
        return PassportData()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        super().retranslate_ui()
        for key, text in {"number": self.tr("&Number:"), "issued_on": self.tr("&Issued on:"),
                          "expires_on": self.tr("&Expires on:"),
                          "issuing_country": self.tr("Issuing &country:")}.items():
            self.detail_labels[key].setText(text)
        self.detail_widgets["issuing_country"].fill()
        self.add.setText(self.tr("&Add passport"))
        self.remove.setText(self.tr("&Remove"))


class PassportTab(FormTab):
    """Passport data behind a "Show passport data" button; saved on its own."""

    def __init__(self, load: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.loaded: tuple[PassportData, ...] | None = None
        self.intro = QLabel(wordWrap=True)
        self.reveal = QPushButton(objectName="showPassports")
        self.reveal.setAutoDefault(False)
        self.passports = PassportEditor()
        self.passports.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal)
        reveal_row.addStretch(1)
        layout.addLayout(reveal_row)
        layout.addWidget(self.passports, 1)
        layout.addStretch(0)
        self.reveal.clicked.connect(self.toggle)
        self.passports.sig_changed.connect(self.sig_changed.emit)
        self.retranslate_ui()

    def toggle(self) -> None:
        """Show the passport data (loading it the first time), or hide it again."""
        if self.loaded is None:
            self.loaded = self.load()
            self.passports.set_rows(self.loaded)
        self.passports.setVisible(self.passports.isHidden())
        self.retranslate_ui()

    def set_form(self, form: ContactForm) -> None:
        """Passports are not part of the form (nothing to show until asked)."""

    def values(self) -> dict[str, Any]:
        """Passports are saved on their own (see `edited`)."""
        return {}

    def edited(self) -> tuple[PassportData, ...] | None:
        """The passports as edited, or None when they were never shown or not changed."""
        if self.loaded is None or tuple(self.passports.rows) == self.loaded:
            return None
        return tuple(self.passports.rows)

    def set_loaded(self, passports: tuple[PassportData, ...]) -> None:
        """The passports as they are stored now (after a save)."""
        self.loaded = passports
        self.passports.set_rows(passports)

    def show_problems(self, messages: dict[str, str], rows: dict[str, dict[int, str]]) -> bool:
        """Mark the passports with problems."""
        self.passports.show_problems(rows.get("passports", {}))
        return bool(rows.get("passports"))

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Show the passport with a problem."""
        if key != "passports":
            return False
        self.passports.show()
        self.passports.select_row(row or 0)
        self.passports.table.setFocus()
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.intro.setText(self.tr(
            "Passport data is sensitive personal data. It is shown only when you ask for it, "
            "and only what a trip needs should be kept (visa, insurance, border lists)."))
        self.reveal.setText(self.tr("Hide passport data") if not self.passports.isHidden()
                            else self.tr("&Show passport data"))
