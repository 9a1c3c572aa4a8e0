"""What the tabs of the exchange and grant workspaces share: the workspace they work in, the
small dialog opened last, the row of buttons over the list, what follows a write, and
re-translating on a language switch. The texts stay in the tabs (their own `self.tr`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from partnerdesk.ui.dialogs.exchange_workspace.actions import open_tracked, save_from


def button_row(buttons: Iterable[QWidget], end: Iterable[QWidget] = ()) -> QHBoxLayout:
    """`buttons` from the left, `end` at the right."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    for widget in end:
        row.addWidget(widget)
    return row


class WorkspaceTab(QWidget):
    """A tab of a workspace: it lists rows of one kind and writes through the services.

    Subclasses load their rows in `refresh` and set their texts in `retranslate_ui`.
    """

    sig_written = Signal()
    """Something on this tab was saved or deleted."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: Any = None
        """The small dialog opened last, while it is open (tests look at it)."""

    def refresh(self) -> None:
        """Reload from the open database (subclasses)."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every text in the current language (subclasses)."""
        raise NotImplementedError

    def _open(self, dialog: Any) -> None:
        """Open `dialog` non-modally; `dialog` points at it while it exists."""
        open_tracked(self, dialog)

    def _open_editor(self, editor: Any, write: Callable[..., Any],
                     then: Callable[[Any], object] | None = None) -> None:
        """Open the small dialog `editor`; what it submits goes to `write` (a refused write
        shows its message in the editor, the input kept). Once written the editor closes,
        the tab reloads, and `then` gets what `write` returned (e.g. to select that row)."""
        editor.sig_submitted.connect(lambda *submitted: save_from(
            editor, lambda: write(*submitted), self._written, then))
        self._open(editor)

    def _written(self) -> None:
        """After a write: tell the workspace (its other tabs and checks refresh), reload,
        and say so."""
        self.workspace.note_write()
        self.refresh()
        self.sig_written.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
