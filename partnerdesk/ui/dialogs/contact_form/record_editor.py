"""A list of records with an editor for the selected one (memberships, consents, letters …).

The table on the left shows the rows (frozen DTOs); the fields on the right edit the
selected row. Leaf classes declare the detail fields by DTO attribute name with
`add_detail`, the columns (`headers`, `cells`) and new rows (`new_row`); the rows are
written back with `dataclasses.replace`, so a row keeps its id (and with it its uuid).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.contact_form.tab_base import (
    connect_changed,
    read_widget,
    write_widget,
)

PROBLEM_COLOUR = QColor("#b3261e")


class RecordEditor(QWidget):
    """Rows in a table, the selected one in editable fields; add and remove buttons."""

    sig_changed = Signal()
    """A row was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.problems: dict[int, str] = {}
        self._loading = False
        self.table = QTableWidget(0, len(self.headers()), self)
        self.table.setObjectName("table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.add = QPushButton(objectName="add")
        self.remove = QPushButton(objectName="remove")
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.add)
        self.button_row.addWidget(self.remove)
        self.button_row.addStretch(1)
        self.detail = QWidget(self)
        self.detail_form = QFormLayout(self.detail)
        self.detail_form.setContentsMargins(0, 0, 0, 0)
        self.detail_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detail_widgets: dict[str, QWidget] = {}
        self.detail_labels: dict[str, QLabel] = {}
        self.problem = error_label("rowProblem")
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(self.button_row)
        right = QVBoxLayout()
        right.addWidget(self.detail)
        right.addWidget(self.problem)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._show_current)
        self._show_current()

    # -- what leaf classes provide ---------------------------------------------------------

    def headers(self) -> list[str]:
        """The column headers, translated."""
        return []

    def cells(self, row: Any) -> list[str]:
        """The texts of one row's cells."""
        return []

    def new_row(self) -> Any:
        """A new row with sensible defaults."""
        raise NotImplementedError

    def can_remove(self, row: Any) -> bool:
        """Whether `row` may be removed (default: always)."""
        return True

    def can_edit(self, key: str, row: Any) -> bool:
        """Whether field `key` of `row` may be edited (default: always)."""
        return True

    def row_edited(self, row: Any) -> None:
        """Called after the selected row was edited (e.g. to update buttons)."""

    def add_detail(self, key: str, widget: QWidget, shown: QWidget | None = None) -> QWidget:
        """Add the editor of DTO attribute `key` (labelled by the leaf's retranslate_ui);
        `shown` is what the form row holds when it is more than the editor (a button)."""
        label = QLabel()
        label.setBuddy(widget)
        widget.setObjectName(key)
        self.detail_labels[key] = label
        self.detail_widgets[key] = widget
        self.detail_form.addRow(label, shown or widget)
        connect_changed(widget, self._detail_edited)
        return widget

    def show_row(self, row: Any) -> None:
        """Show `row` in the detail fields."""
        for key, widget in self.detail_widgets.items():
            write_widget(widget, getattr(row, key))
            widget.setEnabled(self.can_edit(key, row))

    def read_row(self, row: Any) -> Any:
        """`row` with the values of the detail fields."""
        return dataclasses.replace(row, **{key: read_widget(widget)
                                           for key, widget in self.detail_widgets.items()})

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: tuple | list) -> None:
        """Show `rows` (the first one selected)."""
        self.rows = list(rows)
        self.problems = {}
        self._refresh()
        self.select_row(0 if self.rows else -1)

    def current_index(self) -> int:
        """The index of the selected row, -1 when none is selected."""
        selected = self.table.selectionModel().selectedRows()
        return selected[0].row() if selected else -1

    def select_row(self, index: int) -> None:
        """Select row `index` (-1: none)."""
        if index < 0:
            self.table.clearSelection()
        else:
            self.table.selectRow(index)
        self._show_current()

    def add_row(self) -> None:
        """Add a new row, select it and put the focus into its first field."""
        self.rows.append(self.new_row())
        self._refresh()
        self.select_row(len(self.rows) - 1)
        first = next((w for w in self.detail_widgets.values() if w.isEnabled()), None)
        if first is not None:
            first.setFocus()
        self.sig_changed.emit()

    def remove_current(self) -> None:
        """Remove the selected row (when it may be removed)."""
        index = self.current_index()
        if index < 0 or not self.can_remove(self.rows[index]):
            return
        del self.rows[index]
        self._refresh()
        self.select_row(min(index, len(self.rows) - 1))
        self.sig_changed.emit()

    def replace_current(self, row: Any) -> None:
        """Put `row` in place of the selected row and show it."""
        index = self.current_index()
        if index >= 0:
            self.rows[index] = row
            self._refresh_row(index)
            self._show_current()
            self.sig_changed.emit()

    def show_problems(self, problems: dict[int, str]) -> None:
        """Mark the rows with problems (row index → translated message)."""
        self.problems = problems
        for index in range(len(self.rows)):
            self._refresh_row(index)
        self._show_problem()

    def _refresh(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for index in range(len(self.rows)):
            self._refresh_row(index)
        self.table.blockSignals(False)

    def _refresh_row(self, index: int) -> None:
        for column, text in enumerate(self.cells(self.rows[index])):
            item = self.table.item(index, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(index, column, item)
            item.setText(text)
            if index in self.problems:
                item.setForeground(PROBLEM_COLOUR)
                item.setToolTip(self.problems[index])
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                item.setToolTip("")

    def _show_current(self) -> None:
        index = self.current_index()
        self.detail.setEnabled(index >= 0)
        self.remove.setEnabled(index >= 0 and self.can_remove(self.rows[index]))
        if index >= 0:
            self._loading = True
            for widget in self.detail_widgets.values():
                widget.blockSignals(True)
            self.show_row(self.rows[index])
            for widget in self.detail_widgets.values():
                widget.blockSignals(False)
            self._loading = False
        self._show_problem()

    def _show_problem(self) -> None:
        index = self.current_index()
        text = self.problems.get(index, "")
        if not text and self.problems:
            first = min(self.problems)
            text = QCoreApplication.translate("RecordEditor", "Row {row}: {message}").format(
                row=first + 1, message=self.problems[first])
        show_message(self.problem, text)

    def _detail_edited(self, *_args: object) -> None:
        index = self.current_index()
        if self._loading or index < 0:
            return
        self.rows[index] = self.read_row(self.rows[index])
        self._refresh_row(index)
        for key, widget in self.detail_widgets.items():
            widget.setEnabled(self.can_edit(key, self.rows[index]))
        self.row_edited(self.rows[index])
        self.sig_changed.emit()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (leaf classes add theirs)."""
        self.table.setHorizontalHeaderLabels(self.headers())
        for index in range(len(self.rows)):
            self._refresh_row(index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
