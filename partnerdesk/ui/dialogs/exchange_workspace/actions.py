"""The steps the workspace tabs share: open a small dialog, save from it, and a destructive
write (ask, write, explain, refresh)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.ui.errors import show_error


def open_tracked(owner: QWidget, dialog: Any, attribute: str = "dialog") -> None:
    """Open `dialog` non-modally (deleted when closed); `owner.<attribute>` points at it
    while it exists (tests look at it)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: setattr(owner, attribute, None))
    setattr(owner, attribute, dialog)
    dialog.open()


def save_from(editor: Any, write: Callable[[], Any], written: Callable[[], None],
              then: Callable[[Any], object] | None = None) -> bool:
    """Run `write` for `editor`: a refused write shows its message in the editor (the input
    stays, `editor.show_problem`); otherwise the editor closes, `written` runs (note the
    write, refresh the tab), then `then` with what `write` returned (e.g. to select the row
    saved). True when written."""
    try:
        result = write()
    except UserError as exc:
        editor.show_problem(translate_message(exc))
        return False
    editor.accept()
    written()
    if then is not None:
        then(result)
    return True


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
