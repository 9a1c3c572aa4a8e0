"""The workspace's *Programme* tab: items per day, overlapping ones highlighted."""

from __future__ import annotations

from datetime import date
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

from partnerdesk.dto.exchanges import ProgrammeItemForm
from partnerdesk.services import programme
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.exchange_workspace.programme_item_editor import ProgrammeItemEditor
from partnerdesk.ui.dialogs.workspace_tab import WorkspaceTab, button_row
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.widgets.row_selection import selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [95, 100, 220, 200, 150, 140]
OVERLAP_COLOUR = QColor("#ffe0b2")


class ProgrammeTab(WorkspaceTab):
    """The programme: day, time, titles (German and native), place, responsible
    (`sig_written`: an item was saved or deleted)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.exchange_id: int | None = None
        self.first_day: date | None = None
        self.items: list[ProgrammeItemForm] = []
        self.overlapping: set[int] = set()
        self.hint = QLabel(objectName="overlapHint")
        self.hint.setStyleSheet("color: #8a5300;")
        self.add = QPushButton(objectName="addItem")
        self.edit = QPushButton(objectName="editItem")
        self.delete = QPushButton(objectName="deleteItem")
        self.table = QTableWidget(0, 6, self, objectName="programmeTable")
        configure_table(self.table, WIDTHS)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row((self.add, self.edit, self.delete), end=(self.hint,)))
        layout.addWidget(self.table, 1)
        self.add.clicked.connect(self.add_item)
        self.edit.clicked.connect(self.edit_item)
        self.delete.clicked.connect(self.delete_item)
        self.table.activated.connect(lambda _index: self.edit_item())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    def load(self, exchange_id: int | None, first_day: date | None) -> None:
        """Show the programme of `exchange_id`; new items start on `first_day`."""
        self.exchange_id, self.first_day = exchange_id, first_day
        self.refresh()

    def refresh(self) -> None:
        """Reload the items and their overlaps."""
        db = self.workspace.db
        if db is None or self.exchange_id is None:
            self.items, pairs = [], []
        else:
            self.items = programme.list_items(db, self.exchange_id)
            pairs = programme.overlapping(self.items)
        self.overlapping = {item_id for pair in pairs for item_id in pair}
        self.table.setRowCount(len(self.items))
        for number, item in enumerate(self.items):
            texts = [format_date(item.day), self._times(item), item.title, item.title_native,
                     item.place, item.responsible_name]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if item.id in self.overlapping:
                    cell.setBackground(QBrush(OVERLAP_COLOUR))
                    cell.setToolTip(self.tr("Overlaps another item on the same day"))
                self.table.setItem(number, column, cell)
        self.hint.setText(self.tr("%n item(s) overlap another one", "", len(self.overlapping))
                          if self.overlapping else "")
        self._update_enabled()

    @staticmethod
    def _times(item: ProgrammeItemForm) -> str:
        if item.start_time is None:
            return ""
        start = item.start_time.strftime("%H:%M")
        return f"{start}–{item.end_time.strftime('%H:%M')}" if item.end_time else start

    def current_item(self) -> ProgrammeItemForm | None:
        """The selected item."""
        return selected_item(self.table, self.items)

    def _update_enabled(self) -> None:
        ready = self.workspace.db is not None and self.exchange_id is not None
        self.add.setEnabled(ready)
        self.edit.setEnabled(ready and self.current_item() is not None)
        self.delete.setEnabled(ready and self.current_item() is not None)

    # -- actions -------------------------------------------------------------------------

    def add_item(self) -> None:
        """Open the editor for a new item (on the selected item's day, or the first day)."""
        if self.exchange_id is None:
            return
        current = self.current_item()
        self._edit(ProgrammeItemForm(self.exchange_id,
                                     day=current.day if current else self.first_day))

    def edit_item(self) -> None:
        """Open the editor of the selected item."""
        current = self.current_item()
        if current is not None:
            self._edit(current)

    def _edit(self, form: ProgrammeItemForm) -> None:
        self._open_editor(ProgrammeItemEditor(form, self),
                          lambda changed: programme.save_item(self.workspace.db, changed))

    def delete_item(self) -> None:
        """Delete the selected item after asking."""
        current = self.current_item()
        if current is None or current.id is None:
            return
        ask_then_write(
            self, self.tr("Delete programme item"),
            self.tr("Delete “{title}” from the programme?").format(title=current.title),
            lambda: programme.delete_item(self.workspace.db, current.id, current.version),
            self._written,
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add.setText(self.tr("&Add item…"))
        self.edit.setText(self.tr("&Change…"))
        self.delete.setText(self.tr("&Delete…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Time"), self.tr("Title"), self.tr("Native title"),
            self.tr("Place"), self.tr("Responsible")])
        fit_header_texts(self.table)
        self.refresh()
