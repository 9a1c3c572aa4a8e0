"""Parts of the dashboard: plain read-only lists, titled sections, and the grant deadlines.

`DeadlinesView` lists the open milestones of grant applications that are due soon or
overdue, most urgent first (as the service sorts them); overdue ones are red, those due
within `SOON_DAYS` days bold. Double-clicking one (or Enter) emits `sig_deadline_activated`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import MilestoneDue
from partnerdesk.services.milestones import REMINDER_DAYS
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import OVERDUE_COLOUR, SOON_COLOUR
from partnerdesk.ui.formatting import format_date

SOON_DAYS = 7
"""Deadlines this close are bold (overdue ones are red)."""


def plain_tree(columns: int) -> QTreeWidget:
    """A read-only list of a handful of rows, columns fitted to their contents."""
    tree = QTreeWidget()
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tree.setAlternatingRowColors(True)
    # a handful of rows: fitting the columns to their contents is cheap here
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def section(title: QLabel, *widgets: QWidget) -> QWidget:
    """A block for a splitter: `title` above `widgets` (the last one takes the height)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(title)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return box


class DeadlinesView(QTreeWidget):
    """Grant deadlines due soon or overdue, with the application each belongs to."""

    sig_deadline_activated = Signal(object)
    """A deadline was double-clicked (or Enter pressed on it): the `MilestoneDue`."""

    COL_DUE, COL_WHEN, COL_DEADLINE, COL_APPLICATION = range(4)

    def __init__(self, parent: QWidget | None = None, days: int = REMINDER_DAYS) -> None:
        super().__init__(parent)
        self.days = days
        self.deadlines: list[MilestoneDue] = []
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((90, 170, 330)):
            self.setColumnWidth(column, width)
        self.itemActivated.connect(self._activated)
        self.retranslate_ui()

    def set_deadlines(self, deadlines: list[MilestoneDue] | tuple[MilestoneDue, ...]) -> None:
        """Show `deadlines` in the order given (most urgent first)."""
        self.deadlines = list(deadlines)
        self._fill()

    def deadline_at(self, row: int) -> MilestoneDue | None:
        """The deadline shown in `row` (None for the empty-state row)."""
        item = self.topLevelItem(row)
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def when_text(self, deadline: MilestoneDue) -> str:
        """"overdue by 3 days", "due today" or "in 5 days"."""
        if deadline.days_left < 0:
            return self.tr("overdue by %n day(s)", "", -deadline.days_left)
        if deadline.days_left == 0:
            return self.tr("due today")
        return self.tr("in %n day(s)", "", deadline.days_left)

    def _fill(self) -> None:
        self.clear()
        for deadline in self.deadlines:
            kind = labels.label(labels.MILESTONE_KIND, deadline.kind)
            texts = [format_date(deadline.due_on), self.when_text(deadline),
                     deadline.title or kind, deadline.grant_title]
            item = QTreeWidgetItem(texts)
            item.setData(0, Qt.ItemDataRole.UserRole, deadline)
            item.setToolTip(self.COL_DEADLINE, kind)
            item.setToolTip(self.COL_APPLICATION, deadline.grant_title)
            if deadline.overdue:
                for column in range(len(texts)):
                    item.setForeground(column, QBrush(OVERDUE_COLOUR))
            elif deadline.days_left <= SOON_DAYS:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(self.COL_WHEN, font)
                item.setForeground(self.COL_WHEN, QBrush(SOON_COLOUR))
            self.addTopLevelItem(item)
        if not self.deadlines:
            item = QTreeWidgetItem([self.tr(
                "No grant deadlines in the next %n day(s), and none overdue.", "", self.days)])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # only once in the tree

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        deadline = item.data(0, Qt.ItemDataRole.UserRole)
        if deadline is not None:
            self.sig_deadline_activated.emit(deadline)

    def retranslate_ui(self) -> None:
        """Set the headers, the tooltip and the rows in the current language."""
        self.setHeaderLabels([self.tr("Due"), self.tr("When"), self.tr("Deadline"),
                              self.tr("Grant application")])
        self.setToolTip(self.tr(
            "Double-click a deadline (or press Enter) to open its grant application on the "
            "Milestones tab."))
        self._fill()
