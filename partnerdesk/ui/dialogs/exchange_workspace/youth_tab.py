"""The workspace's *Youth* tab (youth and school exchanges): ages, minors, guardians and
their consents, emergency contact, insurance, health.

Age at the start and the minor flag come from `services.participants`; guardians, the
consent for travel, photos, medical treatment and health data (given, withdrawn, missing —
and whether the checks need it) and the emergency contact from `checks.participant_papers`,
the same data and rules as the findings; a participant with a youth finding is marked red.
Consents are recorded here for this exchange (`participants.record_consent`); withdrawing
one and editing guardians happen on the contact's form (*Open contact…*). Health data
(allergies, medication, diet) is sensitive: loaded only after *Show health data*.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.exchanges import HealthData, ParticipantPapers, ParticipantRow
from partnerdesk.dto.findings import Finding
from partnerdesk.messages import UserError
from partnerdesk.services import checks, contact_editing, participants
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import finding_text
from partnerdesk.ui.dialogs.exchange_workspace.youth_cells import (
    PROBLEM_COLOUR,
    consent_item,
    make_bold,
)
from partnerdesk.ui.dialogs.exchange_workspace.youth_editors import (
    ConsentRecorder,
    EmergencyEditor,
    HealthEditor,
)
from partnerdesk.ui.dialogs.workspace_tab import WorkspaceTab, button_row
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.widgets.row_selection import select_matching, selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [190, 50, 60, 200, 100, 100, 110, 100, 210, 150, 150, 150, 150]
COL_NAME, COL_GUARDIANS = 0, 3
CONSENT_COLUMNS = {4: "minor_travel", 5: "photos", 6: "medical_treatment", 7: "health_data"}
COL_EMERGENCY, COL_INSURANCE = 8, 9
HEALTH_COLUMNS = (10, 11, 12)
YOUTH_KINDS = ("youth_exchange", "school_exchange")


class YouthTab(WorkspaceTab):
    """Participants with age, minor flag, guardians, consents, emergency contact, health
    (`sig_written`: a consent, the emergency contact, the insurance or health data was
    saved)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.exchange_id: int | None = None
        self.rows: list[ParticipantRow] = []
        self.papers: dict[int, ParticipantPapers] = {}
        self.findings: list[Finding] = []
        self.health: dict[int, HealthData] = {}
        self.health_shown = False
        self.hint = QLabel(wordWrap=True)
        self.record = QPushButton(objectName="recordConsent")
        self.emergency = QPushButton(objectName="editEmergency")
        self.open_contact = QPushButton(objectName="openContact")
        self.show_health = QPushButton(objectName="showHealth", checkable=True)
        self.edit_health = QPushButton(objectName="editHealth")
        self.table = QTableWidget(0, len(WIDTHS), self, objectName="youthTable")
        configure_table(self.table, WIDTHS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(button_row((self.record, self.emergency, self.open_contact),
                                    end=(self.show_health, self.edit_health)))
        layout.addWidget(self.table, 1)
        self.record.clicked.connect(lambda: self.record_consent())
        self.emergency.clicked.connect(self.edit_emergency)
        self.open_contact.clicked.connect(self.open_contact_form)
        self.show_health.toggled.connect(self.set_health_shown)
        self.edit_health.clicked.connect(self.edit_health_data)
        self.table.activated.connect(lambda index: self.activate_column(index.column()))
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    # -- loading -------------------------------------------------------------------------

    def load(self, exchange_id: int | None) -> None:
        """Show the participants of `exchange_id`; health data hidden again."""
        self.exchange_id = exchange_id
        self.show_health.setChecked(False)
        self.refresh()

    def set_findings(self, findings: list[Finding]) -> None:
        """Take the exchange's findings (those of area "youth" mark a participant)."""
        self.findings = [f for f in findings if f.area == "youth"]
        self._fill()

    def refresh(self) -> None:
        """Reload participants and their papers (and the health data when shown)."""
        db = self.workspace.db
        self.rows, self.papers, self.health = [], {}, {}
        if db is not None and self.exchange_id is not None:
            try:
                self.papers = checks.participant_papers(db, self.exchange_id,
                                                        self.workspace.today())
                self.rows = [row for row in participants.list_participants(db, self.exchange_id)
                             if row.id in self.papers]
            except UserError:  # deleted elsewhere meanwhile: nothing to show
                self.rows, self.papers = [], {}
        if self.health_shown and db is not None:
            self.health = {row.id: participants.load_health(db, row.id) for row in self.rows}
        self._fill()

    def set_health_shown(self, shown: bool) -> None:
        """Load and show (or hide and forget) the health data."""
        self.health_shown = shown
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def problems(self, row: ParticipantRow) -> list[str]:
        """What the checks find off with a participant here (translated)."""
        return [finding_text(f) for f in self.findings if f.participation_id == row.id]

    def guardians_text(self, row: ParticipantRow) -> str:
        """The guardians' names (and relation), or why there are none."""
        papers = self.papers.get(row.id)
        names = [f"{g.name} ({g.relation})" if g.relation else g.name
                 for g in (papers.guardians if papers else ())]
        if names:
            return "; ".join(names)
        return self.tr("none recorded") if row.minor else "–"

    def _fill(self) -> None:
        keep = self.current_row()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            papers = self.papers.get(row.id, ParticipantPapers(row.id, False))
            health = self.health.get(row.id, HealthData(row.id))
            texts = [row.name, "" if row.age_at_start is None else str(row.age_at_start),
                     self.tr("yes") if row.minor else "", self.guardians_text(row)]
            items = [QTableWidgetItem(text) for text in texts]
            items += [consent_item(status) for status in papers.consents]
            items += [QTableWidgetItem(text) for text in (
                papers.emergency_contact, row.insurance, health.allergies, health.medication,
                health.diet)]
            if row.minor:
                make_bold(items[1])
                make_bold(items[2])
                if not papers.guardians:
                    items[COL_GUARDIANS].setForeground(QBrush(PROBLEM_COLOUR))
            problems = self.problems(row)
            if problems:
                items[COL_NAME].setForeground(QBrush(PROBLEM_COLOUR))
                items[COL_NAME].setToolTip("\n".join(problems))
            for column, item in enumerate(items):
                self.table.setItem(number, column, item)
            if keep is not None and row.id == keep.id:
                self.table.selectRow(number)
        for column in HEALTH_COLUMNS:
            self.table.setColumnHidden(column, not self.health_shown)
        self._update_enabled()

    # -- selection -----------------------------------------------------------------------

    def current_row(self) -> ParticipantRow | None:
        """The selected participant."""
        return selected_item(self.table, self.rows)

    def select_participation(self, participation_id: int) -> None:
        """Select the row of `participation_id`."""
        select_matching(self.table, self.rows, participation_id)

    def _update_enabled(self) -> None:
        chosen = self.workspace.db is not None and self.current_row() is not None
        for button in (self.record, self.emergency, self.open_contact, self.edit_health):
            button.setEnabled(chosen)

    def activate_column(self, column: int) -> None:
        """Enter or double-click: the editor of what the column shows."""
        if column in CONSENT_COLUMNS:
            self.record_consent(CONSENT_COLUMNS[column])
        elif column in (COL_EMERGENCY, COL_INSURANCE):
            self.edit_emergency()
        elif column in HEALTH_COLUMNS:
            self.edit_health_data()
        else:
            self.open_contact_form()

    # -- actions -------------------------------------------------------------------------

    def record_consent(self, purpose: str | None = None) -> None:
        """Record a consent of the selected participant for this exchange."""
        row = self.current_row()
        if row is None:
            return
        papers = self.papers.get(row.id, ParticipantPapers(row.id, False))
        if purpose is None:  # the first one the checks need, else the first missing one
            open_ = [c for c in papers.consents if c.state != "given"]
            first = next((c for c in open_ if c.needed), open_[0] if open_ else None)
            purpose = first.purpose if first else "minor_travel"
        by_guardian = bool(row.minor or papers.guardians)
        recorder = ConsentRecorder(row.name, papers, purpose, self.workspace.today(),
                                   by_guardian, self)
        self._open_editor(recorder, lambda consent: participants.record_consent(
            self.workspace.db, row.id, consent))

    def edit_emergency(self) -> None:
        """Edit the emergency contact and the insurance of the selected participant."""
        row = self.current_row()
        if row is None:
            return
        db = self.workspace.db
        editor = EmergencyEditor(row, self.papers.get(row.id, ParticipantPapers(row.id, False)),
                                 lambda text: contact_editing.search_people(db, text), self)
        self._open_editor(editor, lambda changes: participants.update_participation(
            db, row.id, changes, row.version))

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
        self._open_editor(editor, lambda health: participants.save_health(
            self.workspace.db, health))

    def open_contact_form(self) -> None:
        """Open the participant's contact on its consents tab (guardians, withdrawals)."""
        from partnerdesk.ui.dialogs.contact_form import ContactFormDialog

        row = self.current_row()
        if row is None:
            return
        try:
            form = ContactFormDialog(self.workspace, row.contact_id, "person", self)
        except UserError as exc:  # deleted elsewhere meanwhile
            show_error(self, exc)
            return
        if "consents" in form.pages:
            form.tabs.setCurrentWidget(form.pages["consents"])
        self._open(form)

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.hint.setText(self.tr(
            "Age at the start of the exchange; minors in bold, participants with a problem "
            "in red (hover for details). Double-click a consent to record it. Health data is "
            "sensitive and only shown on request."))
        self.record.setText(self.tr("Record &consent…"))
        self.record.setToolTip(self.tr(
            "Record a consent for this exchange, given by a guardian or the person"))
        self.emergency.setText(self.tr("&Emergency contact and insurance…"))
        self.open_contact.setText(self.tr("Open con&tact…"))
        self.open_contact.setToolTip(self.tr(
            "Open the participant's contact on its consents: guardians, withdrawals, history"))
        self.show_health.setText(self.tr("&Show health data"))
        self.edit_health.setText(self.tr("Ed&it health data…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Age"), self.tr("Minor"), self.tr("Guardians"),
            self.tr("Travel"), self.tr("Photos"), self.tr("Medical treatment"),
            self.tr("Health data"), self.tr("Emergency contact"), self.tr("Insurance"),
            self.tr("Allergies"), self.tr("Medication"), self.tr("Diet")])
        for column, text in zip(CONSENT_COLUMNS, (
                self.tr("Consent to the travel of a minor"),
                self.tr("Consent to photos and their publication"),
                self.tr("Consent to medical treatment"),
                self.tr("Consent to processing health data for the trip")), strict=True):
            self.table.horizontalHeaderItem(column).setToolTip(text)
        fit_header_texts(self.table)
        self._fill()
