"""The workspace's *Travel documents* tab: passport name and validity, visa status and dates.

By default only the people who travel abroad are listed (the checks' rule, from
`checks.participant_papers`: outgoing the home side, incoming the partner side, third
place both; hosts and online exchanges nobody); *Show everyone* lists the others too,
greyed. Only the passport's expiry is shown (never its number). Whether it is valid long
enough (return date plus the partner town's margin) and what else is off come from the
exchange's findings of area "documents"; the visa fields are edited in a small dialog and
saved with `participants.update_participation`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.exchanges import ParticipantPapers, ParticipantRow
from partnerdesk.dto.findings import Finding
from partnerdesk.messages import UserError
from partnerdesk.services import checks, participants
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField
from partnerdesk.ui.dialogs.editor_base import ChangesEditor
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import finding_text
from partnerdesk.ui.dialogs.workspace_tab import WorkspaceTab, button_row
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.widgets.row_selection import select_matching, selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [190, 60, 110, 120, 110, 100, 100]
PROBLEM_COLOUR = QColor("#b3261e")
STAYS_COLOUR = QColor("#808080")
VISA_STATUSES = ("not_needed", "needed", "applied", "issued", "refused")


class VisaEditor(ChangesEditor):
    """Visa status, applied on and issued on of one participant; `sig_submitted` hands the
    changes on (a dict for `update_participation`)."""

    def __init__(self, row: ParticipantRow, status_labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visaEditor")
        self.row = row
        self.status = ChoiceCombo(objectName="visaStatus")
        self.status.set_choices([(status_labels[key], key) for key in VISA_STATUSES])
        self.status.set_value(row.visa_status)
        self.applied = DateField()
        self.applied.set_value(row.visa_applied_on)
        self.issued = DateField()
        self.issued.set_value(row.visa_issued_on)
        form = QFormLayout()
        form.addRow(self.tr("Visa &status"), self.status)
        form.addRow(self.tr("&Applied on"), self.applied)
        form.addRow(self.tr("&Issued on"), self.issued)
        self.lay_out(form)
        self.setWindowTitle(self.tr("Visa – {name}").format(name=row.name))

    def values(self) -> dict[str, object]:
        """The visa fields as entered."""
        return {"visa_status": self.status.value(), "visa_applied_on": self.applied.value(),
                "visa_issued_on": self.issued.value()}


class DocumentsTab(WorkspaceTab):
    """Travellers' passport name and validity, visa status with its dates (`sig_written`:
    a visa was changed)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.exchange_id: int | None = None
        self.everyone: list[ParticipantRow] = []
        self.rows: list[ParticipantRow] = []
        """The rows shown: the travellers, or everyone with *Show everyone*."""
        self.papers: dict[int, ParticipantPapers] = {}
        self.findings: list[Finding] = []
        self.hint = QLabel(wordWrap=True)
        self.edit = QPushButton(objectName="editVisa")
        self.show_all = QCheckBox(objectName="showEveryone")
        self.empty = QLabel(wordWrap=True, objectName="documentsEmpty")
        self.table = QTableWidget(0, 8, self, objectName="documentsTable")
        configure_table(self.table, WIDTHS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(button_row((self.edit,), end=(self.show_all,)))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.edit.clicked.connect(self.edit_visa)
        self.show_all.toggled.connect(lambda _on: self._fill())
        self.table.activated.connect(lambda _index: self.edit_visa())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    def load(self, exchange_id: int | None) -> None:
        """Show the travellers of `exchange_id`."""
        self.exchange_id = exchange_id
        self.refresh()

    def set_findings(self, findings: list[Finding]) -> None:
        """Take the exchange's findings (those of area "documents" mark problems)."""
        self.findings = [f for f in findings if f.area == "documents"]
        self._fill()

    def refresh(self) -> None:
        """Reload the participants with who travels, passport names and expiry dates."""
        db = self.workspace.db
        self.everyone, self.papers = [], {}
        if db is not None and self.exchange_id is not None:
            try:
                self.papers = checks.participant_papers(db, self.exchange_id,
                                                        self.workspace.today())
                self.everyone = [
                    row for row in participants.list_participants(db, self.exchange_id)
                    if row.id in self.papers]
            except UserError:  # deleted elsewhere meanwhile: nothing to show
                self.everyone, self.papers = [], {}
        self._fill()

    def travels(self, row: ParticipantRow) -> bool:
        """True when the participant crosses a border for this exchange."""
        papers = self.papers.get(row.id)
        return papers is not None and papers.travels

    def problems(self, row: ParticipantRow) -> list[str]:
        """What the checks find off with a participant's papers (translated)."""
        return [finding_text(f) for f in self.findings if f.participation_id == row.id]

    def _visa_labels(self) -> dict[str, str]:
        return {"not_needed": self.tr("Not needed"), "needed": self.tr("Needed"),
                "applied": self.tr("Applied"), "issued": self.tr("Issued"),
                "refused": self.tr("Refused")}

    def _fill(self) -> None:
        keep = self.current_row()
        visa = self._visa_labels()
        self.rows = [row for row in self.everyone
                     if self.show_all.isChecked() or self.travels(row)]
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            problems = self.problems(row)
            papers = self.papers.get(row.id, ParticipantPapers(row.id, False))
            expiry = papers.passport_expires_on
            texts = [row.name, self.tr("yes") if papers.travels else self.tr("no"),
                     self.tr("present") if papers.passport_name else self.tr("missing"),
                     format_date(expiry) if expiry else self.tr("none recorded"),
                     visa.get(row.visa_status, row.visa_status),
                     format_date(row.visa_applied_on), format_date(row.visa_issued_on),
                     " ".join(problems) or self.tr("OK")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if problems:
                    item.setForeground(QBrush(PROBLEM_COLOUR))
                    item.setToolTip("\n".join(problems))
                elif not papers.travels:
                    item.setForeground(QBrush(STAYS_COLOUR))
                    item.setToolTip(self.tr("Does not travel abroad for this exchange"))
                self.table.setItem(number, column, item)
            if keep is not None and row.id == keep.id:
                self.table.selectRow(number)
        self._show_empty_state()
        self._update_enabled()

    def _show_empty_state(self) -> None:
        hidden = len(self.everyone) - len(self.rows)
        if self.rows:
            self.empty.hide()
            return
        if not self.everyone:
            self.empty.setText(self.tr(
                "No participants yet. Add them on the Participants tab; their passports and "
                "visas are checked here."))
            self.empty.show()
            return
        self.empty.setText(self.tr(
            "Nobody travels abroad for this exchange, so no travel documents are needed. "
            "Tick “Show everyone” to see the %n participant(s) anyway.", "", hidden))
        self.empty.show()

    def current_row(self) -> ParticipantRow | None:
        """The selected participant."""
        return selected_item(self.table, self.rows)

    def select_participation(self, participation_id: int) -> None:
        """Select the row of `participation_id` (showing everyone if it stays at home)."""
        if (not any(row.id == participation_id for row in self.rows)
                and any(row.id == participation_id for row in self.everyone)):
            self.show_all.setChecked(True)
        select_matching(self.table, self.rows, participation_id)

    def _update_enabled(self) -> None:
        self.edit.setEnabled(self.workspace.db is not None and self.current_row() is not None)

    def edit_visa(self) -> None:
        """Open the visa fields of the selected participant."""
        row = self.current_row()
        if row is None:
            return
        editor = VisaEditor(row, self._visa_labels(), self)
        self._open_editor(editor, lambda changes: participants.update_participation(
            self.workspace.db, row.id, changes, row.version))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.hint.setText(self.tr(
            "Passports must be valid until the return plus the margin the partner town "
            "requires (6 months unless set otherwise). Only the expiry date is shown."))
        self.edit.setText(self.tr("Change &visa…"))
        self.show_all.setText(self.tr("Show &everyone"))
        self.show_all.setToolTip(self.tr(
            "Also list the participants who do not travel abroad: for an outgoing trip the "
            "home side travels, for an incoming one the partner side, for a third place both"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Travels"), self.tr("Name as in passport"),
            self.tr("Passport valid until"), self.tr("Visa"), self.tr("Applied on"),
            self.tr("Issued on"), self.tr("Problems")])
        fit_header_texts(self.table)
        self._fill()
