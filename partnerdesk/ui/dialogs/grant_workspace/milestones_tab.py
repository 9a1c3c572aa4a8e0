"""The application workspace's *Milestones* tab: deadlines with due and done dates.

Open milestones past their due date are red, those due within the reminder window (30 days,
as on the dashboard) are highlighted. Milestones can be generated from the funder profile
(application deadline, proof of use, keep receipts until); the service says when it cannot.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import MilestoneForm
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import milestones
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.grant_workspace.grant_tab import GrantTab
from partnerdesk.ui.dialogs.grant_workspace.milestone_editor import MilestoneEditor
from partnerdesk.ui.dialogs.workspace_tab import button_row
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.widgets.row_selection import select_matching, selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [170, 280, 95, 95, 200]
OVERDUE_COLOUR = QColor("#b3261e")
SOON_COLOUR = QColor("#fff4ce")
NOTICE_STYLE = "color: #5a6470;"
REFUSED_STYLE = "color: #b3261e;"


class MilestonesTab(GrantTab):
    """Kind, title, due, done and notes of each milestone, by due date (`sig_written`: a
    milestone was saved, deleted or generated)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.items: list[MilestoneForm] = []
        self.add = QPushButton(objectName="addMilestone")
        self.edit = QPushButton(objectName="editMilestone")
        self.mark_done = QPushButton(objectName="markDone")
        self.delete = QPushButton(objectName="deleteMilestone")
        self.generate = QPushButton(objectName="generateMilestones")
        for button in (self.add, self.edit, self.mark_done, self.delete, self.generate):
            button.setAutoDefault(False)
        self.notice = QLabel(objectName="notice", wordWrap=True)
        self.legend = QLabel(objectName="legend", wordWrap=True)
        self.legend.setStyleSheet(NOTICE_STYLE)
        self.table = QTableWidget(0, len(WIDTHS), self, objectName="milestoneTable")
        configure_table(self.table, WIDTHS)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row((self.add, self.edit, self.mark_done, self.delete),
                                    end=(self.generate,)))
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.add.clicked.connect(self.add_milestone)
        self.edit.clicked.connect(self.edit_milestone)
        self.mark_done.clicked.connect(self.mark_milestone_done)
        self.delete.clicked.connect(self.delete_milestone)
        self.generate.clicked.connect(self.generate_milestones)
        self.table.activated.connect(lambda _index: self.edit_milestone())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self._show_notice("")
        self.retranslate_ui()

    def set_grant(self, grant_id: int | None, currency: str = "EUR") -> None:
        """Show the milestones of `grant_id` (None: a new, unsaved application)."""
        if grant_id != self.grant_id:
            self._show_notice("")
        super().set_grant(grant_id, currency)

    def refresh(self) -> None:
        """Reload the milestones and mark the overdue and the soon due ones."""
        self.items = (milestones.list_milestones(self.workspace.db, self.grant_id)
                      if self._ready() else [])
        today = self.workspace.today()
        self.table.setRowCount(len(self.items))
        for number, item in enumerate(self.items):
            texts = [labels.label(labels.MILESTONE_KIND, item.kind), item.title,
                     format_date(item.due_on), format_date(item.done_on), item.notes]
            tip = ""
            open_ = item.done_on is None and item.due_on is not None
            days = (item.due_on - today).days if open_ else None
            if days is not None and days < 0:
                tip = self.tr("Overdue by %n day(s)", "", -days)
            elif days is not None and days <= milestones.REMINDER_DAYS:
                tip = self.tr("Due in %n day(s)", "", days)
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if days is not None and days < 0:
                    cell.setForeground(QBrush(OVERDUE_COLOUR))
                elif tip:
                    cell.setBackground(QBrush(SOON_COLOUR))
                cell.setToolTip(tip or text)
                self.table.setItem(number, column, cell)
        if self.grant_id is None:
            self.legend.setText(self.tr("Save the new application first; then add its "
                                        "milestones here or generate them from the funder "
                                        "profile."))
        elif not self.items:
            self.legend.setText(self.tr("No milestones yet. Add them one by one, or generate "
                                        "them from the funder profile and the dates of the "
                                        "linked exchanges."))
        else:
            self.legend.setText(self.tr("Red: overdue. Yellow: due within %n days.", "",
                                        milestones.REMINDER_DAYS))
        self._update_enabled()

    def current_item(self) -> MilestoneForm | None:
        """The selected milestone."""
        return selected_item(self.table, self.items)

    def select(self, milestone_id: int | None) -> None:
        """Select the milestone `milestone_id` when it is listed."""
        select_matching(self.table, self.items, milestone_id)

    def _update_enabled(self) -> None:
        ready = self._ready()
        current = self.current_item()
        self.add.setEnabled(ready)
        self.generate.setEnabled(ready)
        self.edit.setEnabled(ready and current is not None)
        self.delete.setEnabled(ready and current is not None)
        self.mark_done.setEnabled(ready and current is not None and current.done_on is None)

    def _show_notice(self, text: str, refused: bool = False) -> None:
        self.notice.setStyleSheet(REFUSED_STYLE if refused else NOTICE_STYLE)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------

    def add_milestone(self) -> None:
        """Open the editor for a new milestone."""
        if self.grant_id is not None:
            self._edit(MilestoneForm(self.grant_id))

    def edit_milestone(self) -> None:
        """Open the editor of the selected milestone."""
        current = self.current_item()
        if current is not None:
            self._edit(current)

    def _edit(self, form: MilestoneForm) -> None:
        self._open_editor(MilestoneEditor(form, self),
                          lambda changed: milestones.save_milestone(self.workspace.db, changed),
                          lambda saved: self.select(saved[0]))

    def mark_milestone_done(self) -> None:
        """Mark the selected open milestone as done today."""
        current = self.current_item()
        if current is None or current.done_on is not None:
            return
        try:
            milestones.save_milestone(
                self.workspace.db, dataclasses.replace(current, done_on=self.workspace.today()))
        except UserError as exc:
            show_error(self, exc)
        self._written()
        self.select(current.id)

    def delete_milestone(self) -> None:
        """Delete the selected milestone after asking."""
        current = self.current_item()
        if current is None or current.id is None:
            return
        ask_then_write(
            self, self.tr("Delete milestone"),
            self.tr("Delete the milestone “{title}”?").format(
                title=current.title or labels.label(labels.MILESTONE_KIND, current.kind)),
            lambda: milestones.delete_milestone(self.workspace.db, current.id, current.version),
            self._written,
        )

    def generate_milestones(self) -> None:
        """Add the milestones the funder profile defines; say how many, or why none."""
        if self.grant_id is None:
            return
        try:
            added = milestones.generate_milestones(self.workspace.db, self.grant_id)
        except UserError as exc:
            self._show_notice(translate_message(exc), refused=True)
            return
        if added:
            self._show_notice(self.tr("%n milestone(s) added from the funder profile.", "",
                                      added))
            self._written()
        else:
            self._show_notice(self.tr("The application already has every milestone the "
                                      "funder profile defines."))

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add.setText(self.tr("&Add…"))
        self.edit.setText(self.tr("&Change…"))
        self.mark_done.setText(self.tr("Mark &done"))
        self.mark_done.setToolTip(self.tr("Mark the selected milestone as done today"))
        self.delete.setText(self.tr("&Delete…"))
        self.generate.setText(self.tr("&Generate from funder profile"))
        self.generate.setToolTip(self.tr(
            "Add the application deadline, proof of use and keep-receipts dates from the "
            "funder profile and the linked exchanges' dates; milestones already there stay"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Title"), self.tr("Due"), self.tr("Done"),
            self.tr("Notes")])
        fit_header_texts(self.table)
        self.refresh()
