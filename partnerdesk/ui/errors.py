"""Showing errors: translated user errors, and a safety net for unexpected exceptions.

No traceback ever reaches the user; the log file gets it, and the message says where that
file is. Saved work is never at risk: each action commits its own unit of work, so an
exception can only lose the action that failed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError

log = logging.getLogger(__name__)


def message_for(exc: BaseException, log_path: Path | None = None) -> str:
    """What to tell the user about `exc`, in the UI language."""
    if isinstance(exc, UserError):
        return translate_message(exc)
    if isinstance(exc, OSError) and exc.filename:
        text = QCoreApplication.translate(
            "ErrorDialog", "The file {path} could not be read or written: {reason}"
        )
        return text.format(path=exc.filename, reason=exc.strerror or str(exc))
    text = QCoreApplication.translate(
        "ErrorDialog",
        "Something unexpected went wrong. Everything saved before is safe; only the last "
        "action may not have been completed.",
    )
    if log_path is not None:
        details = QCoreApplication.translate(
            "ErrorDialog", "The details were written to the log file:\n{path}"
        )
        text += "\n\n" + details.format(path=log_path)
    return text


def show_error(parent: QWidget | None, exc: BaseException, log_path: Path | None = None) -> None:
    """Show `exc` in a translated message box (a warning for user errors)."""
    if isinstance(exc, UserError):
        title = QCoreApplication.translate("ErrorDialog", "PartnerDesk")
        QMessageBox.warning(parent, title, message_for(exc, log_path))
    else:
        title = QCoreApplication.translate("ErrorDialog", "PartnerDesk – error")
        QMessageBox.critical(parent, title, message_for(exc, log_path))


class ExceptionHook:
    """`sys.excepthook` for the GUI: log the traceback, show a translated message."""

    def __init__(self, log_path: Path, show: Callable[[BaseException], None] | None = None):
        self.log_path = log_path
        self.show = show or self._show
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Handle one uncaught exception."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):
            log.warning("user error reached the top level: %s", exc)
        else:
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing:  # an error while the message is up: log only, no cascade of boxes
            return
        self._showing = True
        try:
            self.show(exc)
        finally:
            self._showing = False

    def _show(self, exc: BaseException) -> None:
        parent = QApplication.activeWindow()
        show_error(parent, exc, self.log_path)


def install_excepthook(log_path: Path) -> ExceptionHook:
    """Install the GUI's exception hook; returns it."""
    hook = ExceptionHook(log_path)
    sys.excepthook = hook
    return hook
