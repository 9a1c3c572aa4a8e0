"""The workspace's *Travel documents* tab: passport name and validity, visa status and dates.

Only the passport's expiry is shown (never its number). Whether it is valid long enough
(return date plus the partner town's margin) and what else is off come from the exchange's
findings of area "documents"; the visa fields are edited in a small dialog and saved with
`participants.update_participation`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.dto.findings import Finding
from partnerdesk.i18n import translate, translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import contact_editing, participants
from partnerdesk.services.contact_editing_passports import load_passports
from partnerdesk.ui.dialogs.contact_form.fields import (
    ChoiceCombo,
    DateField,
    error_label,
    show_message,
)
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.widgets.tables import configure_table

WIDTHS = [190, 110, 120, 110, 100, 100]
PROBLEM_COLOUR = QColor("#b3261e")
VISA_STATUSES = ("not_needed", "needed", "applied", "issued", "refused")


class VisaEditor(QDialog):
    """Visa status, applied on and issued on of one participant."""

    sig_submitted = Signal(object)
    """The user asks to save these changes (a dict for `update_participation`)."""

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
        self.message = error_label("message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Visa &status"), self.status)
        form.addRow(self.tr("&Applied on"), self.applied)
        form.addRow(self.tr("&Issued on"), self.issued)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Visa – {name}").format(name=row.name))

    def changes(self) -> dict[str, object]:
        """The visa fields that differ from the row."""
        values = {"visa_status": self.status.value(), "visa_applied_on": self.applied.value(),
                  "visa_issued_on": self.issued.value()}
        return {name: value for name, value in values.items()
                if value != getattr(self.row, name)}

    def submit(self) -> None:
        """Ask for the changes to be saved (or just close when there are none)."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.sig_submitted.emit(changes)

    def show_problem(self, text: str) -> None:
        """Show why saving failed; the input stays."""
        show_message(self.message, text)


class DocumentsTab(QWidget):
    """Travellers' passport name and validity, visa status with its dates."""

    sig_written = Signal()
    """A visa was changed."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.exchange_id: int | None = None
        self.rows: list[ParticipantRow] = []
        self.passport_names: dict[int, bool] = {}
        self.expiries: dict[int, Any] = {}
        self.findings: list[Finding] = []
        self.dialog: Any = None
        """The visa editor opened last (tests look at it)."""
        self.hint = QLabel(wordWrap=True)
        self.edit = QPushButton(objectName="editVisa")
        self.table = QTableWidget(0, 7, self, objectName="documentsTable")
        configure_table(self.table, WIDTHS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.edit.clicked.connect(self.edit_visa)
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
        """Reload participants, passport names and expiry dates."""
        db = self.workspace.db
        self.rows = [] if db is None or self.exchange_id is None else [
            row for row in participants.list_participants(db, self.exchange_id)
            if row.status != "cancelled"]
        self.passport_names, self.expiries = {}, {}
        for row in self.rows:
            form = contact_editing.load_contact(db, row.contact_id)
            self.passport_names[row.id] = bool(form.passport_family_name.strip()
                                               and form.passport_given_name.strip())
            days = [p.expires_on for p in load_passports(db, row.contact_id) if p.expires_on]
            self.expiries[row.id] = max(days) if days else None
        self._fill()

    def problems(self, row: ParticipantRow) -> list[str]:
        """What the checks find off with a participant's papers (translated)."""
        return [f.render(translate) for f in self.findings if f.participation_id == row.id]

    def _visa_labels(self) -> dict[str, str]:
        return {"not_needed": self.tr("Not needed"), "needed": self.tr("Needed"),
                "applied": self.tr("Applied"), "issued": self.tr("Issued"),
                "refused": self.tr("Refused")}

    def _fill(self) -> None:
        keep = self.current_row()
        visa = self._visa_labels()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            problems = self.problems(row)
            expiry = self.expiries.get(row.id)
            texts = [row.name,
                     self.tr("present") if self.passport_names.get(row.id) else self.tr("missing"),
                     format_date(expiry) if expiry else self.tr("none recorded"),
                     visa.get(row.visa_status, row.visa_status),
                     format_date(row.visa_applied_on), format_date(row.visa_issued_on),
                     " ".join(problems) or self.tr("OK")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if problems:
                    item.setForeground(QBrush(PROBLEM_COLOUR))
                    item.setToolTip("\n".join(problems))
                self.table.setItem(number, column, item)
            if keep is not None and row.id == keep.id:
                self.table.selectRow(number)
        self._update_enabled()

    def current_row(self) -> ParticipantRow | None:
        """The selected participant."""
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    def select_participation(self, participation_id: int) -> None:
        """Select the row of `participation_id`."""
        for number, row in enumerate(self.rows):
            if row.id == participation_id:
                self.table.selectRow(number)

    def _update_enabled(self) -> None:
        self.edit.setEnabled(self.workspace.db is not None and self.current_row() is not None)

    def edit_visa(self) -> None:
        """Open the visa fields of the selected participant."""
        row = self.current_row()
        if row is None:
            return
        editor = VisaEditor(row, self._visa_labels(), self)
        editor.sig_submitted.connect(lambda changes: self._save(editor, changes))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = editor
        editor.open()

    def _save(self, editor: VisaEditor, changes: dict[str, object]) -> None:
        try:
            participants.update_participation(self.workspace.db, editor.row.id, changes,
                                              editor.row.version)
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
            "Passports must be valid until the return plus the margin the partner town "
            "requires (6 months unless set otherwise). Only the expiry date is shown."))
        self.edit.setText(self.tr("Change &visa…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Name as in passport"), self.tr("Passport valid until"),
            self.tr("Visa"), self.tr("Applied on"), self.tr("Issued on"),
            self.tr("Problems")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
