"""The workspace's *Youth* tab (youth and school exchanges): ages, minors, consents, health.

Age at the start and the minor flag come from `services.participants`; the guardians'
consent status from the exchange's findings (`consent_missing`, `guardian_missing`).
Health data (allergies, medication, diet) is sensitive: it is loaded only after *Show
health data* and edited in a small dialog through `load_health`/`save_health`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.exchanges import HealthData, ParticipantRow
from partnerdesk.dto.findings import Finding
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import participants
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.widgets.tables import configure_table

WIDTHS = [190, 50, 110, 290, 230, 150, 150, 150]
HEALTH_COLUMNS = (6, 7, 8)
YOUTH_KINDS = ("youth_exchange", "school_exchange")


class HealthEditor(QDialog):
    """Allergies, medication and diet of one participant (saved by the *Youth* tab)."""

    sig_submitted = Signal(object)
    """The user asks to save this `HealthData`."""

    def __init__(self, name: str, data: HealthData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthEditor")
        self.data = data
        self.allergies = QLineEdit(data.allergies, objectName="allergies")
        self.medication = QLineEdit(data.medication, objectName="medication")
        self.diet = QLineEdit(data.diet, objectName="diet")
        self.message = error_label("message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Allergies"), self.allergies)
        form.addRow(self.tr("&Medication"), self.medication)
        form.addRow(self.tr("&Diet"), self.diet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Health data – {name}").format(name=name))

    def submit(self) -> None:
        """Ask for the health data to be saved."""
        self.sig_submitted.emit(HealthData(
            self.data.participation_id, self.allergies.text(), self.medication.text(),
            self.diet.text(), self.data.version))

    def show_problem(self, text: str) -> None:
        """Show why saving failed; the input stays."""
        show_message(self.message, text)


class YouthTab(QWidget):
    """Participants with age, minor flag, consents, emergency contact, insurance, health."""

    sig_written = Signal()
    """Health data was saved."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.exchange_id: int | None = None
        self.rows: list[ParticipantRow] = []
        self.findings: list[Finding] = []
        self.health: dict[int, HealthData] = {}
        self.health_shown = False
        self.dialog: Any = None
        """The health editor opened last (tests look at it)."""
        self.hint = QLabel(wordWrap=True)
        self.show_health = QPushButton(objectName="showHealth", checkable=True)
        self.edit_health = QPushButton(objectName="editHealth")
        self.table = QTableWidget(0, 9, self, objectName="youthTable")
        configure_table(self.table, WIDTHS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_health)
        buttons.addWidget(self.edit_health)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.show_health.toggled.connect(self.set_health_shown)
        self.edit_health.clicked.connect(self.edit_health_data)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    def load(self, exchange_id: int | None) -> None:
        """Show the participants of `exchange_id`; health data hidden again."""
        self.exchange_id = exchange_id
        self.show_health.setChecked(False)
        self.refresh()

    def set_findings(self, findings: list[Finding]) -> None:
        """Take the exchange's findings (for the consent column)."""
        self.findings = [f for f in findings if f.area == "youth"]
        self._fill()

    def refresh(self) -> None:
        """Reload the participants (and the health data when shown)."""
        db = self.workspace.db
        self.rows = [] if db is None or self.exchange_id is None else [
            row for row in participants.list_participants(db, self.exchange_id)
            if row.status != "cancelled"]
        self.health = {}
        if self.health_shown and db is not None:
            self.health = {row.id: participants.load_health(db, row.id) for row in self.rows}
        self._fill()

    def set_health_shown(self, shown: bool) -> None:
        """Load and show (or hide and forget) the health data."""
        self.health_shown = shown
        self.refresh()

    def consent_text(self, row: ParticipantRow) -> str:
        """The guardians' consent status of a participant."""
        kinds = {f.kind for f in self.findings if f.participation_id == row.id}
        if "guardian_missing" in kinds:
            return self.tr("No guardian recorded")
        if "consent_missing" in kinds:
            return self.tr("Travel consent missing")
        if row.minor:
            return self.tr("OK")
        return "–" if row.minor is not None else self.tr("Birth date unknown")

    def _fill(self) -> None:
        keep = self.current_row()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            health = self.health.get(row.id, HealthData(row.id))
            emergency = " ".join(x for x in (row.emergency_contact_name,
                                             row.emergency_contact_phone) if x)
            texts = [row.name, "" if row.age_at_start is None else str(row.age_at_start),
                     self.tr("yes") if row.minor else "", self.consent_text(row), emergency,
                     row.insurance, health.allergies, health.medication, health.diet]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if row.minor and column in (1, 2):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)
            if keep is not None and row.id == keep.id:
                self.table.selectRow(number)
        for column in HEALTH_COLUMNS:
            self.table.setColumnHidden(column, not self.health_shown)
        self._update_enabled()

    def current_row(self) -> ParticipantRow | None:
        """The selected participant."""
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    def _update_enabled(self) -> None:
        self.edit_health.setEnabled(self.workspace.db is not None
                                    and self.current_row() is not None)

    def edit_health_data(self) -> None:
        """Open the health data of the selected participant in a small dialog."""
        row = self.current_row()
        if row is None:
            return
        try:
            data = participants.load_health(self.workspace.db, row.id)
        except UserError as exc:
            show_error(self, exc)
            return
        editor = HealthEditor(row.name, data, self)
        editor.sig_submitted.connect(lambda health: self._save(editor, health))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = editor
        editor.open()

    def _save(self, editor: HealthEditor, health: HealthData) -> None:
        try:
            participants.save_health(self.workspace.db, health)
        except UserError as exc:
            editor.show_problem(translate_message(exc))
            return
        editor.accept()
        self.workspace.note_write()
        self.refresh()
        self.sig_written.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.hint.setText(self.tr(
            "Age at the start of the exchange; minors in bold. Health data is sensitive and "
            "only shown on request."))
        self.show_health.setText(self.tr("&Show health data"))
        self.edit_health.setText(self.tr("&Edit health data…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Age"), self.tr("Minor"), self.tr("Guardians' consent"),
            self.tr("Emergency contact"), self.tr("Insurance"), self.tr("Allergies"),
            self.tr("Medication"), self.tr("Diet")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
