"""Closing a dialog that holds unsaved input: Close, Esc and the window's close button drop
the changes only after asking (Cancel is the default).

The texts of the question stay in the dialogs themselves (their own `self.tr`), so each keeps
its translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def ask_discard(parent: QWidget, title: str, question: str) -> bool:
    """Ask `question` with Discard and Cancel (Cancel is the default); True for Discard."""
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class GuardedDialog(QDialog):
    """A dialog that asks before closing drops unsaved changes.

    Subclasses say whether there are changes (`has_changes`) and how the question reads
    (`discard_texts`, translated in their own context).
    """

    def has_changes(self) -> bool:
        """True when the dialog holds input that is not saved (subclasses)."""
        raise NotImplementedError

    def discard_texts(self) -> tuple[str, str]:
        """The title and the question of the confirmation, translated (subclasses)."""
        raise NotImplementedError

    def confirm_discard(self) -> bool:
        """Ask whether to drop the unsaved changes."""
        return ask_discard(self, *self.discard_texts())

    _discard_confirmed = False

    def reject(self) -> None:
        """Close; unsaved changes are only dropped after asking (once)."""
        if not self._discard_confirmed and self.has_changes() and not self.confirm_discard():
            return
        self._discard_confirmed = False
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """The window's close button asks like Close does (QDialog then calls `reject`,
        which must not ask a second time)."""
        if self.has_changes() and not self.confirm_discard():
            event.ignore()
            return
        self._discard_confirmed = True
        super().closeEvent(event)
        self._discard_confirmed = False
