"""Restore from backup: pick one of the open database's backups."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import BackupInfo
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_datetime, format_size


class RestoreDialog(QDialog):
    """Lists the backups, newest first; `selected()` is the chosen one."""

    def __init__(
        self, database_label: str, backups: list[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database_label = database_label
        self.backups = backups
        self.intro = QLabel(wordWrap=True)
        self.tree = QTreeWidget(objectName="backupList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemSelectionChanged.connect(self._update_ok)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.resize(640, 420)
        self.retranslate_ui()
        if backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_ok()

    def _fill(self) -> None:
        self.tree.clear()
        for backup in self.backups:
            item = QTreeWidgetItem([
                format_datetime(backup.taken_at),
                labels.label(labels.BACKUP_KIND, backup.kind),
                format_size(backup.size),
                backup.path.name,
            ])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(3, str(backup.path))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        """The chosen backup, if any."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.backups[self.tree.indexOfTopLevelItem(item)]

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Restore from backup"))
        if self.backups:
            self.intro.setText(
                self.tr(
                    "Choose the backup that should replace the database {name}. You will be "
                    "asked once more before anything is replaced."
                ).format(name=self.database_label)
            )
        else:
            self.intro.setText(
                self.tr(
                    "There are no backups of the database {name} yet. Make one with "
                    "File → Back up now."
                ).format(name=self.database_label)
            )
        self.ok.setText(self.tr("Restore…"))
        self.tree.setHeaderLabels(
            [self.tr("Taken on"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else -1
        self._fill()
        if row >= 0:
            self.tree.setCurrentItem(self.tree.topLevelItem(row))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
