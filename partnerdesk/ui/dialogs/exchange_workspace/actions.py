"""The step the workspace tabs share for a destructive write: ask, write, explain, refresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from partnerdesk.messages import UserError
from partnerdesk.ui.errors import show_error


def ask_then_write(
    parent: QWidget, title: str, question: str, write: Callable[[], object],
    written: Callable[[], None],
) -> None:
    """Ask `question` (No is the default); on Yes run `write`, show why a refused write
    was refused, and call `written` (note the write, refresh the tab)."""
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        write()
    except UserError as exc:
        show_error(parent, exc)
    written()
