"""A small dialog that creates a person inline and adds them to the exchange.

For people who are not among the contacts yet (issue 4: "add from contacts … or create
inline"). It only collects the input; the *Participants* tab creates the person through
`services.participants.create_and_add` and keeps the dialog open (with the service's
message) when that fails.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.dto.exchanges import NewPerson
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField, vocabulary_choices
from partnerdesk.ui.dialogs.editor_base import EditorDialog


class NewPersonEditor(EditorDialog):
    """Names (Latin and native script), birth date, gender, side, role and status."""

    sig_submitted = Signal(object, str, str)
    """The user asks to create and add this person: (`NewPerson`, role, status)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonEditor")
        self.given_name = QLineEdit(objectName="givenName")
        self.family_name = QLineEdit(objectName="familyName")
        self.given_name_native = QLineEdit(objectName="givenNameNative")
        self.family_name_native = QLineEdit(objectName="familyNameNative")
        self.birth_date = DateField()
        self.gender = ChoiceCombo(objectName="gender")
        self.side = ChoiceCombo(objectName="side")
        self.role = ChoiceCombo(objectName="role")
        self.status = ChoiceCombo(objectName="status")
        self.lay_out(self.caption_rows(
            (self.given_name, self.family_name, self.given_name_native,
             self.family_name_native, self.birth_date, self.gender, self.side, self.role,
             self.status)))
        self.retranslate_ui()
        self.side.set_value("home")
        self.role.set_value("participant")
        self.status.set_value("registered")

    def person(self) -> NewPerson:
        """The person as the fields show it (the service trims and checks it)."""
        return NewPerson(
            given_name=self.given_name.text(), family_name=self.family_name.text(),
            given_name_native=self.given_name_native.text(),
            family_name_native=self.family_name_native.text(),
            birth_date=self.birth_date.value(), gender=str(self.gender.value()),
            side=str(self.side.value()))

    def submit(self) -> None:
        """Ask for the person to be created and added."""
        self.sig_submitted.emit(self.person(), str(self.role.value()),
                                str(self.status.value()))

    def retranslate_ui(self) -> None:
        """Set every text in the current language (keeping the chosen values)."""
        self.setWindowTitle(self.tr("New person"))
        self.set_captions((self.tr("&Given name"), self.tr("&Family name"),
                           self.tr("Given name (&native)"), self.tr("Family name (n&ative)"),
                           self.tr("&Birth date"), self.tr("G&ender"), self.tr("&Side"),
                           self.tr("&Role"), self.tr("S&tatus")))
        for combo, choices in (
            (self.gender, [(self.tr("Not stated"), "unknown"), (self.tr("Female"), "female"),
                           (self.tr("Male"), "male"), (self.tr("Diverse"), "diverse")]),
            (self.side, vocabulary_choices(labels.SIDE)),
            (self.role, vocabulary_choices(labels.PARTICIPATION_ROLE)),
            (self.status, vocabulary_choices(labels.PARTICIPATION_STATUS)),
        ):
            combo.set_choices(choices)  # keeps the chosen value
        for field in (self.given_name, self.family_name):
            field.setPlaceholderText(self.tr("in Latin letters"))
        for field in (self.given_name_native, self.family_name_native):
            field.setPlaceholderText(self.tr("optional, e.g. in Cyrillic"))
        self.birth_date.setToolTip(self.tr("Optional; leave it empty when unknown"))
