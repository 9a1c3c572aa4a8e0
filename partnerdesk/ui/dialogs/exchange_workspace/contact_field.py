"""A field holding one contact chosen by searching (as participants are added), clearable.

Shows the contact's name read-only, with *Choose…* (the contact picker, searching persons
and organisations in the database) and *Clear*. Used for the exchange's organiser.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from partnerdesk.messages import UserError
from partnerdesk.services import contact_editing, contacts
from partnerdesk.ui.dialogs.contact_form.picker import ContactPickerDialog
from partnerdesk.ui.dialogs.exchange_workspace.actions import open_tracked

SEARCH_LIMIT = 20


class ContactField(QWidget):
    """One contact (or none): its id in `contact_id`, chosen with the picker."""

    sig_changed = Signal()
    """The user chose another contact or cleared the field."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.contact_id: int | None = None
        self.picker: ContactPickerDialog | None = None
        """The picker opened last (tests look at it)."""
        self.name = QLineEdit(objectName="contactName", readOnly=True)
        self.choose = QPushButton(objectName="chooseContact")
        self.clear = QPushButton(objectName="clearContact")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)
        self.choose.clicked.connect(self.pick)
        self.clear.clicked.connect(lambda: self.choose_contact(None, ""))
        self.setFocusProxy(self.choose)
        self.retranslate_ui()

    def set_value(self, contact_id: int | None) -> None:
        """Show the contact `contact_id` (its name read from the database), without a signal."""
        db = self.workspace.db
        name = ""
        if contact_id is not None and db is not None:
            try:
                name = contact_editing.load_contact(db, contact_id).display_name
            except UserError:  # deleted meanwhile: the database clears the link
                name = ""
        self._show(contact_id, name)

    def _show(self, contact_id: int | None, name: str) -> None:
        self.contact_id = contact_id
        self.name.setText(name)
        self.clear.setEnabled(contact_id is not None)

    def choose_contact(self, contact_id: int | None, name: str) -> None:
        """Make `contact_id` (None: nobody) the chosen contact; signals a change."""
        changed = contact_id != self.contact_id
        self._show(contact_id, name)
        if changed:
            self.sig_changed.emit()

    def pick(self) -> None:
        """Search a person or an organisation among the contacts."""
        db = self.workspace.db
        if db is None:
            return
        picker = ContactPickerDialog(
            lambda text: contacts.list_contacts(db, text, limit=SEARCH_LIMIT), False, set(),
            self)
        picker.setWindowTitle(self.tr("Choose a person or an organisation"))
        picker.sig_chosen.connect(lambda row: self.choose_contact(row.id, row.display_name))
        open_tracked(self, picker, "picker")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.name.setPlaceholderText(self.tr("not set"))
        self.choose.setText(self.tr("&Choose…"))
        self.choose.setToolTip(self.tr("Search the contacts (persons and organisations)"))
        self.clear.setText(self.tr("C&lear"))
        self.clear.setToolTip(self.tr("Nobody"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
