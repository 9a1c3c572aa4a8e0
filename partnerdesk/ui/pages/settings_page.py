"""Settings of this computer: language, automatic backups, where the files are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import logs, paths
from partnerdesk import settings as cfg
from partnerdesk.ui.labels import LANGUAGE_NAMES


def _path_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """Per-machine preferences; a language change applies at once."""

    sig_language_requested = Signal(str)
    """The user chose another UI language (de, ru or en)."""

    def __init__(self, workspace: Any, current_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.title = QLabel(objectName="pageTitle")
        self.language = QComboBox(objectName="languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language)))
        self.idle = QSpinBox(objectName="backupIdleMinutes")
        self.idle.setRange(1, 240)
        self.idle.setValue(workspace.settings.get(cfg.BACKUP_IDLE_MINUTES))
        self.database = _path_label()
        self.backups = _path_label()
        self.data_dir = _path_label()
        self.log_file = _path_label()
        self.open_data = QPushButton()
        self.open_data.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
        )

        self.general = QGroupBox()
        self.general_form = QFormLayout(self.general)
        self.general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.general_form.addRow(QLabel(), self.language)
        self.general_form.addRow(QLabel(), self.idle)
        self.files = QGroupBox()
        self.files_form = QFormLayout(self.files)
        for widget in (self.database, self.backups, self.data_dir, self.log_file):
            self.files_form.addRow(QLabel(), widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_data)
        buttons.addStretch(1)
        self.files_form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.general)
        layout.addWidget(self.files)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_requested.emit(self.language.currentData())
        )
        self.idle.valueChanged.connect(
            lambda value: workspace.settings.set(cfg.BACKUP_IDLE_MINUTES, value)
        )
        self.retranslate_ui()

    def refresh(self) -> None:
        """Show where the open database, its backups, the data and the log are."""
        db = self.workspace.db
        self.database.setText(db.label if db is not None else self.tr("No database is open"))
        path: Path | None = getattr(db, "path", None)
        self.backups.setText(
            str(paths.backup_dir_for(path)) if path is not None
            else self.tr("Backups of a database server are made on the server.")
        )
        self.data_dir.setText(str(paths.data_dir()))
        self.log_file.setText(str(logs.log_file()))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.files.setTitle(self.tr("Files"))
        rows = (
            (self.general_form, 0, self.tr("&Language:")),
            (self.general_form, 1, self.tr("Automatic &backup after:")),
            (self.files_form, 0, self.tr("Open database:")),
            (self.files_form, 1, self.tr("Backup folder:")),
            (self.files_form, 2, self.tr("Data folder:")),
            (self.files_form, 3, self.tr("Log file:")),
        )
        for form, row, text in rows:
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            label.setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.language.setToolTip(self.tr("The language of menus and dialogs; applies at once."))
        self.idle.setSuffix(self.tr(" min without changes"))
        self.idle.setToolTip(
            self.tr(
                "After changes, PartnerDesk makes a verified backup once you paused this "
                "long, and again on exit. It keeps 7 daily, 4 weekly and 12 monthly copies."
            )
        )
        self.open_data.setText(self.tr("Open data folder"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
