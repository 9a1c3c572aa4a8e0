"""The open database as the UI sees it, and the automatic rotating backups.

The workspace holds the one open database handle, the task runner, and the idle timer of
the automatic backup. It never opens a database itself: the composition root (`app.py`)
hands it an opener, so the UI stays above the storage layer. Every write the UI makes calls
`note_write()`, which restarts the idle timer; the backup runs when the timer fires, before
another database is opened, and on exit.

Nothing here imports the services at module level: the window is built on the workspace
before the database (and SQLAlchemy) is loaded in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from partnerdesk import settings as cfg
from partnerdesk.settings import Settings
from partnerdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class DatabaseOpener(Protocol):
    """Opens and creates databases; provided by the composition root."""

    def open(self, target: Path | str) -> Any:
        """Open an existing database file or URL (raises UserError)."""

    def create(self, path: Path) -> Any:
        """Create a new, empty database (raises UserError)."""

    def warm_up(self) -> None:
        """Import and prepare what the first page needs (called on the worker thread)."""


def _automatic_backup(db: Any, today: date) -> Path:
    """The rotating backup of `db` (the services are imported on first use)."""
    from partnerdesk.services import maintenance

    return maintenance.automatic_backup(db, today)


class Workspace(QObject):
    """The open database, the worker thread and the automatic backups."""

    sig_database_changed = Signal()
    """Another database was opened (or the database was closed)."""
    sig_data_changed = Signal()
    """The UI wrote to the database; lists should refresh."""
    sig_backup_finished = Signal(object)
    """An automatic backup was written (its path) or failed (the exception)."""

    def __init__(
        self,
        opener: DatabaseOpener,
        settings: Settings,
        runner: TaskRunner | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.opener = opener
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.today = today
        self.db: Any = None
        self.dirty = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.backup_in_background)

    # -- the database ------------------------------------------------------------------

    def set_database(self, db: Any) -> None:
        """Make `db` the open database (backing up and closing the previous one)."""
        if db is self.db:
            return
        self.close_database()
        self.db = db
        if db is not None:
            self.settings.remember_database(str(db.path) if db.path else db.label)
        self.sig_database_changed.emit()

    def close_database(self) -> None:
        """Back up pending changes, then close the open database."""
        if self.db is None:
            return
        self.idle_timer.stop()
        self.runner.wait()
        if self.dirty:
            self.backup_now_blocking()
        self.db.close()
        log.info("closed database %s", self.db.label)
        self.db = None
        self.dirty = False

    def open_path(self, target: Path | str) -> None:
        """Open the database file (or URL) and make it the open one (raises UserError)."""
        self.set_database(self.opener.open(target))

    # -- automatic backups ---------------------------------------------------------------

    def note_write(self) -> None:
        """Call after every write the UI makes: restarts the idle timer of the backup."""
        self.dirty = True
        minutes = max(1, self.settings.get(cfg.BACKUP_IDLE_MINUTES))
        self.idle_timer.start(minutes * 60_000)
        self.sig_data_changed.emit()

    def can_back_up(self) -> bool:
        """True when the open database is a file (server databases are backed up there)."""
        return self.db is not None and getattr(self.db, "path", None) is not None

    def backup_in_background(self) -> None:
        """The automatic rotating backup, on the worker thread."""
        if not self.can_back_up() or not self.dirty:
            return
        db, today = self.db, self.today()
        self.dirty = False

        def failed(exc: BaseException) -> None:
            self.dirty = True
            self.sig_backup_finished.emit(exc)

        self.runner.submit(
            lambda _progress: _automatic_backup(db, today),
            self.sig_backup_finished.emit,
            failed,
        )

    def backup_now_blocking(self) -> Path | None:
        """The automatic backup, waited for (before closing a database and on exit)."""
        if not self.can_back_up():
            return None
        try:
            path = _automatic_backup(self.db, self.today())
        except Exception as exc:  # noqa: BLE001 - closing must go on; the log has it
            log.error("automatic backup of %s failed", self.db.label, exc_info=exc)
            return None
        self.dirty = False
        log.info("automatic backup written to %s", path)
        return path

    def shutdown(self) -> None:
        """On exit: finish running tasks, back up pending changes, close the database."""
        self.close_database()
        self.settings.sync()
