"""What the main window shows before its first database is open: a busy indicator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class OpeningState(QWidget):
    """The words "Opening database…" over an indeterminate progress bar, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingState")
        self.label = QLabel(objectName="openingLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(maximum=0, textVisible=False, maximumWidth=240)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate_ui()

    def set_active(self, active: bool) -> None:
        """Show the indicator while a database opens; hide it while the user is asked."""
        self.label.setVisible(active)
        self.progress.setVisible(active)

    def is_active(self) -> bool:
        """True while the indicator shows."""
        return not self.progress.isHidden()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.label.setText(self.tr("Opening database…"))
        self.progress.setAccessibleName(self.tr("Opening database…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
