"""A search field that waits until the user paused typing (250 ms) before searching."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchField(QLineEdit):
    """A line edit with a clear button whose `sig_search` fires after a typing pause."""

    sig_search = Signal(str)
    """The text to search for, 250 ms after the last keystroke (at once on Return)."""

    def __init__(self, parent: QWidget | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._fire)
        self.textChanged.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self._fire)

    def _fire(self) -> None:
        self.timer.stop()
        self.sig_search.emit(self.text())
