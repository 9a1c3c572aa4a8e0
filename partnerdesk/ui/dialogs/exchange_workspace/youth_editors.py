"""The small dialogs of the *Youth* tab: health data, emergency contact and insurance, and
recording a consent for the exchange.

Each only collects its input and emits it; the tab saves it through the service and keeps
the dialog open (with the service's message) when saving fails. The consent vocabularies
are the contact form's (context "ConsentEditor"), so they read the same everywhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from partnerdesk.dto import ContactRow
from partnerdesk.dto.contact_form import ConsentData
from partnerdesk.dto.exchanges import HealthData, ParticipantPapers, ParticipantRow
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField
from partnerdesk.ui.dialogs.contact_form.picker import ContactPickerDialog, Search
from partnerdesk.ui.dialogs.editor_base import ChangesEditor, EditorDialog


def consent_purposes() -> dict[str, str]:
    """The purposes the *Youth* tab records, translated as on the contact form."""
    return {
        "minor_travel": QCoreApplication.translate("ConsentEditor", "Travel of a minor"),
        "photos": QCoreApplication.translate("ConsentEditor", "Photos and publication"),
        "medical_treatment": QCoreApplication.translate("ConsentEditor", "Medical treatment"),
        "health_data": QCoreApplication.translate("ConsentEditor", "Health data for a trip"),
    }


def consent_channels() -> dict[str, str]:
    """How a consent was given, translated as on the contact form."""
    return {"paper": QCoreApplication.translate("ConsentEditor", "On paper"),
            "email": QCoreApplication.translate("ConsentEditor", "By e-mail"),
            "form": QCoreApplication.translate("ConsentEditor", "Online form"),
            "oral": QCoreApplication.translate("ConsentEditor", "Orally")}


class HealthEditor(EditorDialog):
    """Allergies, medication and diet of one participant (saved by the *Youth* tab)."""

    def __init__(self, name: str, data: HealthData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthEditor")
        self.data = data
        self.allergies = QLineEdit(data.allergies, objectName="allergies")
        self.medication = QLineEdit(data.medication, objectName="medication")
        self.diet = QLineEdit(data.diet, objectName="diet")
        form = QFormLayout()
        form.addRow(self.tr("&Allergies"), self.allergies)
        form.addRow(self.tr("&Medication"), self.medication)
        form.addRow(self.tr("&Diet"), self.diet)
        self.lay_out(form)
        self.setWindowTitle(self.tr("Health data – {name}").format(name=name))

    def submit(self) -> None:
        """Ask for the health data to be saved."""
        self.sig_submitted.emit(HealthData(
            self.data.participation_id, self.allergies.text(), self.medication.text(),
            self.diet.text(), self.data.version))


class EmergencyEditor(ChangesEditor):
    """The emergency contact (a guardian, another contact, or a typed name and phone) and
    the insurance of one participant; emits the changes for `update_participation`."""

    def __init__(self, row: ParticipantRow, papers: ParticipantPapers, search: Search,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyEditor")
        self.row = row
        self.search = search
        self.picker: ContactPickerDialog | None = None
        self.contact = ChoiceCombo(objectName="emergencyContact")
        choices: list[tuple[str, object]] = [(self.tr("(none)"), "")]
        choices += [(f"{g.name} ({g.relation})" if g.relation else g.name, g.contact_id)
                    for g in papers.guardians]
        if row.emergency_contact_id and row.emergency_contact_id not in {
                g.contact_id for g in papers.guardians}:
            choices.append((papers.emergency_contact_linked or "?", row.emergency_contact_id))
        self.contact.set_choices(choices)
        self.contact.set_value(row.emergency_contact_id)
        self.choose = QPushButton(self.tr("&Search…"), objectName="chooseEmergency")
        self.choose.setToolTip(self.tr("Choose another person among the contacts"))
        self.name = QLineEdit(row.emergency_contact_name, objectName="emergencyName")
        self.phone = QLineEdit(row.emergency_contact_phone, objectName="emergencyPhone")
        for field in (self.name, self.phone):
            field.setPlaceholderText(self.tr("from the contact chosen above"))
        self.insurance = QLineEdit(row.insurance, objectName="insurance")
        self.insurance.setPlaceholderText(self.tr("e.g. health insurer and policy number"))
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact, 1)
        contact_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("&Contact"), contact_row)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Insurance"), self.insurance)
        self.lay_out(form)
        self.choose.clicked.connect(self.open_picker)
        self.setWindowTitle(
            self.tr("Emergency contact and insurance – {name}").format(name=row.name))

    def open_picker(self) -> None:
        """Search a person among the contacts; the one chosen becomes the emergency contact."""
        self.picker = ContactPickerDialog(self.search, False, {self.row.contact_id}, self)
        self.picker.sig_chosen.connect(self.take_contact)
        self.picker.open()

    def take_contact(self, contact: ContactRow) -> None:
        """Make `contact` the emergency contact (added to the choices if new)."""
        if self.contact.findData(contact.id) < 0:
            self.contact.addItem(contact.display_name, contact.id)
        self.contact.set_value(contact.id)

    def values(self) -> dict[str, object]:
        """The emergency contact and the insurance as entered."""
        return {"emergency_contact_id": self.contact.value(),
                "emergency_contact_name": self.name.text().strip(),
                "emergency_contact_phone": self.phone.text().strip(),
                "insurance": self.insurance.text().strip()}


class ConsentRecorder(EditorDialog):
    """A consent for this exchange: purpose, given by (a guardian, named, or the person),
    date, channel and text version; emits a `ConsentData` for `record_consent`."""

    def __init__(self, name: str, papers: ParticipantPapers, purpose: str, today: date,
                 by_guardian: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentRecorder")
        self.papers = papers
        self.purpose = ChoiceCombo(objectName="purpose")
        self.purpose.set_choices([(text, key) for key, text in consent_purposes().items()])
        self.purpose.set_value(purpose)
        self.given_by = ChoiceCombo(objectName="givenBy")
        self.given_by.set_choices([
            (QCoreApplication.translate("ConsentEditor", "A guardian"), "guardian"),
            (QCoreApplication.translate("ConsentEditor", "The person"), "self")])
        self.given_by.set_value("guardian" if by_guardian else "self")
        self.guardian = QComboBox(objectName="guardian", editable=True)
        for guardian in papers.guardians:
            self.guardian.addItem(guardian.name, guardian.contact_id)
        self.guardian.setToolTip(self.tr(
            "Choose one of the guardians or type the name of the one who signed."))
        self.given_on = DateField(optional=False)
        self.given_on.set_value(today)
        self.channel = ChoiceCombo(objectName="channel")
        self.channel.set_choices([(text, key) for key, text in consent_channels().items()])
        self.text_version = QLineEdit(objectName="textVersion")
        self.text_version.setPlaceholderText(self.tr("e.g. form 2024-01"))
        form = QFormLayout()
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("Given &by"), self.given_by)
        form.addRow(self.tr("&Guardian"), self.guardian)
        form.addRow(self.tr("Given &on"), self.given_on)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Text version"), self.text_version)
        self.lay_out(form)
        self.given_by.currentIndexChanged.connect(self._update_guardian)
        self._update_guardian()
        self.setWindowTitle(self.tr("Record a consent – {name}").format(name=name))

    def _update_guardian(self, *_args: object) -> None:
        self.guardian.setEnabled(self.given_by.value() == "guardian")

    def consent(self) -> ConsentData:
        """The consent as entered; a guardian picked from the list is linked by id."""
        by_guardian = self.given_by.value() == "guardian"
        name = self.guardian.currentText().strip() if by_guardian else ""
        match = next((g.contact_id for g in self.papers.guardians if g.name == name), None)
        return ConsentData(
            purpose=str(self.purpose.value()), given_by=str(self.given_by.value()),
            guardian_id=match, guardian_name=name, given_on=self.given_on.value(),
            channel=str(self.channel.value()), text_version=self.text_version.text())

    def submit(self) -> None:
        """Ask for the consent to be recorded."""
        self.sig_submitted.emit(self.consent())

