"""The association profile: name, address, register number, logo, board members who sign.

Read and saved through `services.association`; problems are shown inline, next to the field,
and a Cancel with unsaved changes asks first.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import AssociationProfileData
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import association
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.guard import GuardedDialog
from partnerdesk.ui.widgets.board_table import BoardTable
from partnerdesk.ui.widgets.logo_picker import LogoPicker

CURRENCIES = ("EUR", "RUB", "UAH", "PLN", "CHF", "USD", "GBP")
TEXT_FIELDS = ("name", "street", "postal_code", "city", "register_number", "home_town",
               "email", "phone", "website")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$")


class ProfileDialog(GuardedDialog):
    """Edit the association profile; `saved` holds the saved profile after Save."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.original: AssociationProfileData = association.get_profile(workspace.db)
        self.saved: AssociationProfileData | None = None
        self.edits = {name: QLineEdit(objectName=name) for name in TEXT_FIELDS}
        self.country = QComboBox(objectName="country")
        self.currency = QComboBox(objectName="currency", editable=True)
        self.currency.addItems(CURRENCIES)
        self.currency.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,3}", self))
        self.report_language = QComboBox(objectName="reportLanguage")
        self.logo = LogoPicker(self)
        self.board = BoardTable(self)
        self.errors = {name: error_label() for name in ("name", "email", "website",
                                                        "postal_code", "currency", "board",
                                                        "logo")}
        self.banner = error_label("banner")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._build_layout()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.logo.sig_error.connect(self._show_logo_error)
        self.retranslate_ui()
        self.set_data(self.original)
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        self.resize(640, min(700, int(screen * 0.85)))

    def _build_layout(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (name, self.edits[name]) for name in ("name", "street", "postal_code", "city")
        ]
        rows += [("country", self.country)]
        rows += [(name, self.edits[name]) for name in ("register_number", "home_town", "email",
                                                       "phone", "website")]
        rows += [("logo", self.logo), ("currency", self.currency),
                 ("report_language", self.report_language)]
        self.row_labels: dict[str, QLabel] = {}
        for key, widget in rows:
            label = QLabel()
            if key != "logo":
                label.setBuddy(widget)
            self.row_labels[key] = label
            self.form.addRow(label, widget)
            if key in self.errors:
                self.form.addRow("", self.errors[key])
        self.board_box = QGroupBox()
        board_layout = QVBoxLayout(self.board_box)
        board_layout.addWidget(self.board)
        board_layout.addWidget(self.errors["board"])
        chain = [widget for _key, widget in rows if widget is not self.logo]
        chain[chain.index(self.currency):chain.index(self.currency)] = [
            self.logo.choose, self.logo.remove
        ]
        chain += [self.board.table, self.board.add, self.board.remove]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # top to bottom, as the form reads
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.board_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    # -- data ----------------------------------------------------------------------------

    def set_data(self, data: AssociationProfileData) -> None:
        """Show `data` in the form."""
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self._fill_countries(data.country)
        self.currency.setCurrentText(data.default_currency)
        index = self.report_language.findData(data.default_report_language)
        self.report_language.setCurrentIndex(max(index, 0))
        self.logo.set_logo(data.logo, data.logo_mime)
        self.board.set_members(data.board)

    def data(self) -> AssociationProfileData:
        """The profile as currently edited."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return AssociationProfileData(
            **values,
            country=self.country.currentData() or "",
            logo=self.logo.data,
            logo_mime=self.logo.mime,
            default_currency=self.currency.currentText().strip().upper(),
            default_report_language=self.report_language.currentData(),
            board=self.board.members(),
            version=self.original.version,
        )

    def has_changes(self) -> bool:
        """True when the form differs from what was loaded."""
        return self.data() != self.original

    def validate(self) -> bool:
        """Show a message next to every field that is wrong; True when all are right."""
        data = self.data()
        problems: dict[str, str] = {}
        if not data.name:
            problems["name"] = self.tr("Please enter the association's name.")
        if data.email and not _EMAIL.match(data.email):
            problems["email"] = self.tr("This is not an e-mail address (name@example.org).")
        if data.website and not _WEBSITE.match(data.website):
            problems["website"] = self.tr("This is not a web address (www.example.org).")
        if data.country == "DE" and data.postal_code and not re.fullmatch(r"\d{5}",
                                                                           data.postal_code):
            problems["postal_code"] = self.tr("A German postal code has five digits.")
        if not re.fullmatch(r"[A-Z]{3}", data.default_currency):
            problems["currency"] = self.tr("Use a three-letter currency code such as EUR.")
        if any(not member.name for member in data.board):
            problems["board"] = self.tr("Every board member needs a name.")
        for key, label in self.errors.items():
            if key == "logo":
                continue
            show_message(label, problems.get(key, ""))
        if problems:
            first = next(iter(problems))
            widget = self.edits.get(first) or {"currency": self.currency}.get(first, self.board)
            widget.setFocus()
        return not problems

    def save(self) -> None:
        """Validate, save through the service, close."""
        show_message(self.banner, "")
        if not self.validate():
            return
        try:
            self.saved = association.save_profile(self.workspace.db, self.data())
        except UserError as exc:
            show_message(self.banner, translate_message(exc))
            return
        self.original = self.saved
        self.workspace.note_write()
        self.accept()

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question asked before unsaved changes are dropped."""
        return (self.tr("Unsaved changes"),
                self.tr("The profile has unsaved changes. Discard them?"))

    def _show_logo_error(self, text: str) -> None:
        show_message(self.errors["logo"], text)

    def _fill_countries(self, current: str) -> None:
        self.country.clear()
        for code in labels.COUNTRY:
            self.country.addItem(f"{labels.label(labels.COUNTRY, code)} ({code})", code)
        if current and self.country.findData(current) < 0:
            self.country.addItem(current, current)
        self.country.setCurrentIndex(max(self.country.findData(current), 0))

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Association profile"))
        texts = {
            "name": self.tr("&Name:"), "street": self.tr("&Street:"),
            "postal_code": self.tr("&Postal code:"), "city": self.tr("&Town:"),
            "country": self.tr("C&ountry:"), "register_number": self.tr("&Register number:"),
            "home_town": self.tr("&Home town:"), "email": self.tr("&E-mail:"),
            "phone": self.tr("P&hone:"), "website": self.tr("&Website:"),
            "logo": self.tr("Logo:"), "currency": self.tr("&Currency:"),
            "report_language": self.tr("Report &language:"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.board_box.setTitle(self.tr("Board members who sign"))
        self.edits["register_number"].setPlaceholderText(self.tr("e.g. VR 1234, Amtsgericht"))
        self.edits["home_town"].setToolTip(
            self.tr("The German town whose partnerships the association keeps alive.")
        )
        current = self.report_language.currentData()
        self.report_language.clear()
        for code in labels.REPORT_LANGUAGE:
            self.report_language.addItem(labels.label(labels.REPORT_LANGUAGE, code), code)
        self.report_language.setCurrentIndex(max(self.report_language.findData(current), 0))
        self._fill_countries(self.country.currentData() or "DE")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the profile (Ctrl+S)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut("Ctrl+S")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Return in a line edit does not save by accident; Ctrl+S or the button saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
