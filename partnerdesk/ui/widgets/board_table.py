"""The small table of board members who sign: name, function, signs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import BoardMemberData


class BoardTable(QWidget):
    """Edit the board members in signing order; add and remove rows."""

    sig_changed = Signal()
    """A member was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self, objectName="boardTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.add = QPushButton(objectName="addBoardMember")
        self.remove = QPushButton(objectName="removeBoardMember")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_member)
        self.remove.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self.sig_changed.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self._update_buttons()

    def set_members(self, members: tuple[BoardMemberData, ...]) -> None:
        """Show `members`."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for member in members:
            self._append(member)
        self.table.blockSignals(False)
        self._update_buttons()

    def members(self) -> tuple[BoardMemberData, ...]:
        """The members as edited, in order."""
        result = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text().strip()
            function = self.table.item(row, 1).text().strip()
            signs = self.table.item(row, 2).checkState() == Qt.CheckState.Checked
            result.append(BoardMemberData(name, function, signs))
        return tuple(result)

    def add_member(self) -> None:
        """Append an empty member and start editing its name."""
        self._append(BoardMemberData(""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.sig_changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected member."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.sig_changed.emit()
        self._update_buttons()

    def _append(self, member: BoardMemberData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(member.name))
        self.table.setItem(row, 1, QTableWidgetItem(member.function))
        signs = QTableWidgetItem()
        signs.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                       | Qt.ItemFlag.ItemIsSelectable)
        signs.setCheckState(Qt.CheckState.Checked if member.signs else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, signs)

    def _update_buttons(self) -> None:
        self.remove.setEnabled(self.table.currentRow() >= 0)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Function"), self.tr("Signs")]
        )
        self.add.setText(self.tr("Add member"))
        self.remove.setText(self.tr("Remove member"))
        self.table.setToolTip(
            self.tr("Board members in the order they sign documents such as proofs of use.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
