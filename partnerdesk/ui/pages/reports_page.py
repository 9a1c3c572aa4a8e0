"""Reports: an honest placeholder until the report issue lands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from partnerdesk.ui.widgets.empty_state import EmptyState


class ReportsPage(QWidget):
    """Says plainly that reports are not there yet."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = QLabel(objectName="pageTitle")
        self.empty = EmptyState(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Nothing to load yet."""

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Reports"))
        self.empty.setText(
            self.tr(
                "Reports arrive in a later version: participant lists with signature column, "
                "emergency sheets, programmes, financial statements, lists of receipts and "
                "annual reports, in German, Russian and English."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
