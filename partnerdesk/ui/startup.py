"""Opening the database PartnerDesk starts with, while the window already shows.

The choice: the `--db` argument; else the last database; else the default file in the user
data folder; else the first-start dialog (create an empty database, the demo association,
or open a file). Opening — which imports the storage layer and SQLAlchemy, a good part of
a second on a slow PC — runs on the workspace's worker thread (DESIGN.md §3.4); the result
is handed to the workspace on the GUI thread. A database that does not open is explained
over the main window, and a damaged one offered its newest backup (`open_flow`), exactly as
when the user opens a file from the File menu.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk import paths
from partnerdesk import settings as cfg
from partnerdesk.messages import UserError
from partnerdesk.ui import open_flow
from partnerdesk.ui.dialogs.first_start import CHOICE_DEMO, CHOICE_OPEN, FirstStartDialog
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.file_actions import unused_path
from partnerdesk.ui.workspace import Workspace

log = logging.getLogger(__name__)


def is_url(target: str) -> bool:
    """True when `target` is a database URL rather than a file path (as in storage)."""
    return "://" in target


def _exists(target: str) -> bool:
    return is_url(target) or Path(target).exists()


class InitialOpen(QObject):
    """Chooses and opens the first database; `sig_finished` tells how it ended."""

    sig_busy = Signal(bool)
    """A database is being opened in the background (True), or not any more (False)."""
    sig_finished = Signal(object)
    """None: a database is open. An int: quit with this status (1: `--db` did not open,
    0: the user cancelled the first-start dialog)."""

    def __init__(
        self,
        workspace: Workspace,
        parent_widget: QWidget | None,
        db_target: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.parent_widget = parent_widget
        self.db_target = db_target
        self.status: int | None = None
        """How it ended (see `sig_finished`); None also while it runs."""
        self.done = False
        self._cancelled = False
        self._unclaimed: Any = None  # opened on the worker, not handed over yet

    # -- the choice, as before: --db, last, default, ask ---------------------------------

    def start(self) -> None:
        """Begin (on the event loop, after the window has painted)."""
        target = self.db_target
        if target:
            if _exists(target):
                self._open(target, lambda: self._finish(1))
            else:
                self._first_start(Path(target))
            return
        last = self.workspace.settings.get(cfg.LAST_DATABASE)
        if last and _exists(last):
            self._open(last, lambda: self._open_default(last))
        else:
            self._open_default(last)

    def _open_default(self, last: str | None) -> None:
        default = paths.default_database()
        if default.exists() and str(default) != last:
            self._open(str(default), self._ask)
        else:
            self._ask()

    def _ask(self) -> None:
        default = paths.default_database()
        self._first_start(default if not default.exists() else unused_path(default.parent))

    # -- opening on the worker -----------------------------------------------------------

    def _open(self, target: str, on_failure: Callable[[], None]) -> None:
        """Open `target` on the worker; on failure explain, recover or go on."""
        opener = self.workspace.opener

        def work(_progress: Any) -> Any:
            db = opener.open(target)
            self._unclaimed = db
            _warm_up(opener)
            return db

        def failed(exc: BaseException) -> None:
            self.sig_busy.emit(False)
            if self._cancelled:
                return
            if isinstance(exc, UserError):
                recovered = open_flow.recover(self.parent_widget, self.workspace, target, exc)
            else:
                show_error(self.parent_widget, exc)
                recovered = False
            if recovered:
                self._finish(None)
            else:
                on_failure()

        log.info("opening %s in the background", target)
        self.sig_busy.emit(True)
        self.workspace.runner.submit(work, self._opened, failed)

    def _opened(self, db: Any) -> None:
        """The worker opened `db`: hand it to the workspace (which builds the pages)."""
        self._unclaimed = None
        if self._cancelled:
            db.close()
            return
        self.workspace.set_database(db)
        self.sig_busy.emit(False)
        self._finish(None)

    # -- no database yet: ask ------------------------------------------------------------

    def _first_start(self, location: Path) -> None:
        """Ask until a database is open or the user cancels (then quit with status 0)."""
        self.sig_busy.emit(False)
        opener = self.workspace.opener
        # while the user reads, load the storage layer so that creating is quick
        self.workspace.runner.submit(lambda _progress: _warm_up(opener))
        parent, workspace = self.parent_widget, self.workspace
        while not self._cancelled:
            dialog = FirstStartDialog(location, offer_open=True, parent=parent)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.path is not None
            choice, path = dialog.choice, dialog.path
            dialog.deleteLater()
            if not accepted or path is None:
                break
            if choice == CHOICE_OPEN:
                if open_flow.open_with_recovery(parent, workspace, path):
                    self._finish(None)
                    return
            elif open_flow.create_database(parent, workspace, path, choice == CHOICE_DEMO):
                self._finish(None)
                return
            location = path if not path.exists() else location
        self._finish(0)

    # -- the end -------------------------------------------------------------------------

    def _finish(self, status: int | None) -> None:
        if self.done or self._cancelled:
            return
        self.done = True
        self.status = status
        self.sig_finished.emit(status)

    def cancel(self) -> None:
        """The application quits: close a database the worker opened but did not hand over."""
        self._cancelled = True
        self.workspace.runner.wait()
        if self._unclaimed is not None:
            self._unclaimed.close()
            self._unclaimed = None


def _warm_up(opener: Any) -> None:
    """Let the opener import and prepare what the first page needs (on the worker)."""
    warm_up = getattr(opener, "warm_up", None)
    if warm_up is None:
        return
    try:
        warm_up()
    except Exception:  # noqa: BLE001 - only a head start; the real work will say what fails
        log.exception("warming up the storage layer failed")
