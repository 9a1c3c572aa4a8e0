"""A calm, centred text that says why a page is empty and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class EmptyState(QLabel):
    """Centred, wrapped, slightly muted text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(24)
        self.setStyleSheet("QLabel#emptyState { color: #5a6470; font-size: 11pt; }")
