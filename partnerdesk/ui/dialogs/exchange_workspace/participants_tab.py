"""The workspace's *Participants* tab: counts per side and role, the list, add/edit/cancel.

Every write goes through `services.participants` (one unit of work) and is followed by
`workspace.note_write()`, which also makes the workspace refresh its checks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import ContactRow
from partnerdesk.dto.exchanges import ParticipantCounts, ParticipantRow
from partnerdesk.messages import UserError
from partnerdesk.services import contact_editing, participants
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.picker import ContactPickerDialog
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.exchange_workspace.new_person_editor import NewPersonEditor
from partnerdesk.ui.dialogs.exchange_workspace.participant_editor import ParticipantEditor
from partnerdesk.ui.dialogs.workspace_tab import WorkspaceTab, button_row
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date, format_money
from partnerdesk.ui.widgets.row_selection import select_matching, selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [190, 160, 95, 100, 100, 45, 170, 85]
CANCELLED_COLOUR = QColor("#808080")


class ParticipantsTab(WorkspaceTab):
    """Who takes part, how many per side and role, and the actions on them (`sig_written`:
    a participant was added or changed)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.exchange_id: int | None = None
        self.currency = "EUR"
        self.rows: list[ParticipantRow] = []
        self.counts = QLabel(objectName="participantCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.add = QPushButton(objectName="addParticipant")
        self.new_person = QPushButton(objectName="newPerson")
        self.edit = QPushButton(objectName="editParticipant")
        self.cancel = QPushButton(objectName="cancelParticipant")
        self.table = QTableWidget(0, 9, self, objectName="participantTable")
        configure_table(self.table, WIDTHS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()  # the name takes the spare width, not a fee
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(button_row((self.add, self.new_person, self.edit, self.cancel)))
        layout.addWidget(self.table, 1)
        self.add.clicked.connect(self.add_from_contacts)
        self.new_person.clicked.connect(self.create_person)
        self.edit.clicked.connect(self.edit_participant)
        self.cancel.clicked.connect(self.cancel_participant)
        # activated: double-click or Enter on the list
        self.table.activated.connect(lambda _index: self.edit_participant())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    # -- loading -------------------------------------------------------------------------

    def load(self, exchange_id: int | None, currency: str = "EUR") -> None:
        """Show the participants of `exchange_id` (nothing for a new exchange)."""
        self.exchange_id, self.currency = exchange_id, currency
        self.refresh()

    def refresh(self) -> None:
        """Reload list and counts, keeping the selected participant."""
        db = self.workspace.db
        keep = self.current_row()
        if db is None or self.exchange_id is None:
            self.rows, counts = [], ParticipantCounts()
        else:
            self.rows = participants.list_participants(db, self.exchange_id)
            counts = participants.counts(db, self.exchange_id)
        self._show_counts(counts)
        self._fill(keep.id if keep else None)

    def _fill(self, keep: int | None) -> None:
        self.table.setRowCount(len(self.rows))
        for row_number, row in enumerate(self.rows):
            age = "" if row.age_at_start is None else str(row.age_at_start)
            texts = [
                row.name, row.native_name, labels.label(labels.PARTICIPATION_ROLE, row.role),
                labels.label(labels.SIDE, row.side),
                labels.label(labels.PARTICIPATION_STATUS, row.status), age,
                self._attendance(row), format_money(row.fee_due, self.currency),
                format_money(row.fee_paid, self.currency),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (5, 7, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if row.status == "cancelled":
                    item.setForeground(QBrush(CANCELLED_COLOUR))
                elif column == 5 and row.minor:
                    item.setToolTip(self.tr("Minor at the start of the exchange"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row_number, column, item)
            if row.id == keep:
                self.table.selectRow(row_number)
        self._update_enabled()

    def _attendance(self, row: ParticipantRow) -> str:
        if row.arrives_on is None and row.departs_on is None:
            return self.tr("whole exchange")
        return f"{format_date(row.arrives_on) or '…'} – {format_date(row.departs_on) or '…'}"

    def _show_counts(self, counts: ParticipantCounts) -> None:
        sides = ", ".join(f"{labels.label(labels.SIDE, side)} {counts.by_side.get(side, 0)}"
                          for side in labels.SIDE if counts.by_side.get(side) or side != "other")
        roles = ", ".join(f"{labels.label(labels.PARTICIPATION_ROLE, role)} {number}"
                          for role, number in counts.by_role.items()) or "–"
        self.counts.setText(self.tr(
            "<b>{total}</b> taking part — by side: {sides} — by role: {roles}").format(
                total=counts.total, sides=sides, roles=roles))

    # -- selection -----------------------------------------------------------------------

    def current_row(self) -> ParticipantRow | None:
        """The selected participant."""
        return selected_item(self.table, self.rows)

    def select_contact(self, contact_id: int) -> None:
        """Select the participant who is the contact `contact_id`."""
        select_matching(self.table, self.rows, contact_id, key="contact_id")

    def select_participation(self, participation_id: int) -> None:
        """Select the participant `participation_id` (a finding about them was opened)."""
        select_matching(self.table, self.rows, participation_id)

    def _update_enabled(self) -> None:
        ready = self.workspace.db is not None and self.exchange_id is not None
        row = self.current_row()
        self.add.setEnabled(ready)
        self.new_person.setEnabled(ready)
        self.edit.setEnabled(ready and row is not None)
        self.cancel.setEnabled(ready and row is not None and row.status != "cancelled")

    # -- actions -------------------------------------------------------------------------

    def add_from_contacts(self) -> None:
        """Search a person among the contacts and add them (side: the contact's own)."""
        db = self.workspace.db
        if db is None or self.exchange_id is None:
            return
        picker = ContactPickerDialog(lambda text: contact_editing.search_people(db, text),
                                     False, {row.contact_id for row in self.rows}, self)
        picker.sig_chosen.connect(self.add_contact)
        self._open(picker)

    def add_contact(self, contact: ContactRow | int) -> None:
        """Add the contact (a `ContactRow` or its id) as a registered participant."""
        contact_id = contact if isinstance(contact, int) else contact.id
        try:
            participants.add_participant(self.workspace.db, self.exchange_id, contact_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._written()
        self.select_contact(contact_id)

    def create_person(self) -> None:
        """Open the small dialog that creates a person not among the contacts and adds them."""
        if self.workspace.db is None or self.exchange_id is None:
            return
        self._open_editor(
            NewPersonEditor(self),
            lambda person, role, status: participants.create_and_add(
                self.workspace.db, self.exchange_id, person, role=role, status=status),
            lambda ids: self.select_contact(ids[0]))

    def edit_participant(self) -> None:
        """Open the small editor of the selected participant."""
        row = self.current_row()
        if row is None:
            return
        self._open_editor(ParticipantEditor(row, self), lambda changes: (
            participants.update_participation(self.workspace.db, row.id, changes, row.version)))

    def cancel_participant(self) -> None:
        """Cancel the selected participant after asking (host placements go with it)."""
        row = self.current_row()
        if row is None or row.status == "cancelled":
            return
        ask_then_write(
            self, self.tr("Cancel participant"),
            self.tr("Cancel the participation of {name}? They stay in the list as cancelled; "
                    "their host placements are removed.").format(name=row.name),
            lambda: participants.cancel_participant(self.workspace.db, row.id, row.version),
            self._written,
        )

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add.setText(self.tr("&Add from contacts…"))
        self.add.setToolTip(self.tr("Search a person among the contacts and add them"))
        self.new_person.setText(self.tr("&New person…"))
        self.new_person.setToolTip(self.tr(
            "Create a person who is not among the contacts yet and add them"))
        self.edit.setText(self.tr("&Change…"))
        self.edit.setToolTip(self.tr("Change role, side, status, attendance or fees "
                                     "(Enter or double-click)"))
        self.cancel.setText(self.tr("Cancel &participant…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Native name"), self.tr("Role"), self.tr("Side"),
            self.tr("Status"), self.tr("Age"), self.tr("Attendance"), self.tr("Fee due"),
            self.tr("Fee paid")])
        fit_header_texts(self.table)
        self.refresh()
