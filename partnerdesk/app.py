"""The composition root: QApplication, logging, language, settings, database, main window.

This is the only module that opens databases (through the storage layer) and hands them to
the UI. `partnerdesk` without a sub-command lands in `run_gui`.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from partnerdesk import APP_NAME, ORG_NAME, __version__, i18n, paths
from partnerdesk import settings as cfg
from partnerdesk.logs import setup_logging
from partnerdesk.storage.database import Database, create_database, open_database
from partnerdesk.storage.engine import is_url
from partnerdesk.ui.dialogs.first_start import CHOICE_DEMO, CHOICE_OPEN, FirstStartDialog
from partnerdesk.ui.errors import install_excepthook
from partnerdesk.ui.file_actions import unused_path
from partnerdesk.ui.icons import icon
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.open_flow import create_database as create_in_ui
from partnerdesk.ui.open_flow import open_with_recovery
from partnerdesk.ui.workspace import Workspace

log = logging.getLogger(__name__)


class StorageOpener:
    """Opens and creates databases for the UI (which must not import storage)."""

    def open(self, target: Path | str) -> Database:
        """Open an existing database file or URL; upgrades an old schema after a backup."""
        return open_database(target)

    def create(self, path: Path) -> Database:
        """Create a new, empty database file."""
        return create_database(Path(path))


def make_application() -> QApplication:
    """The QApplication, with the names QSettings and the window manager use."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("partnerdesk"))
    return app  # type: ignore[return-value]


def first_start(workspace: Workspace, location: Path) -> bool:
    """Ask until a database is open or the user cancels; True when one is open."""
    while True:
        dialog = FirstStartDialog(location, offer_open=True)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return False
        if dialog.choice == CHOICE_OPEN:
            if open_with_recovery(None, workspace, dialog.path):
                return True
        elif create_in_ui(None, workspace, dialog.path, dialog.choice == CHOICE_DEMO):
            return True
        location = dialog.path if not dialog.path.exists() else location


def initial_database(workspace: Workspace, db_target: str | None) -> int | None:
    """Open the database to start with; None when one is open, else the exit status."""
    if db_target:
        if is_url(db_target) or Path(db_target).exists():
            return None if open_with_recovery(None, workspace, db_target) else 1
        return None if first_start(workspace, Path(db_target)) else 0
    last = workspace.settings.get(cfg.LAST_DATABASE)
    if last and (is_url(last) or Path(last).exists()):
        if open_with_recovery(None, workspace, last):
            return None
    default = paths.default_database()
    if default.exists() and str(default) != last:
        if open_with_recovery(None, workspace, default):
            return None
    location = default if not default.exists() else unused_path(default.parent)
    return None if first_start(workspace, location) else 0


def run_gui(db_target: str | None, language: str | None) -> int:
    """Open the main window on `db_target` (or the last database, or ask); the exit status."""
    app = make_application()
    log_path = setup_logging()
    settings = cfg.open_settings()
    chosen = i18n.choose_language(language or settings.get(cfg.LANGUAGE))
    i18n.install(app, chosen)
    install_excepthook(log_path)
    log.info("PartnerDesk %s starting (language %s)", __version__, chosen)
    workspace = Workspace(StorageOpener(), settings)
    status = initial_database(workspace, db_target)
    if status is not None:
        workspace.shutdown()
        return status
    window = MainWindow(workspace, chosen)
    window.show()
    window.raise_()
    window.activateWindow()
    _close_on_signals(window)
    if os.environ.get("PARTNERDESK_QUIT_WHEN_IDLE") == "1":
        QTimer.singleShot(0, lambda: _ready_and_quit(app))
    try:
        return app.exec()
    finally:
        workspace.shutdown()


def _close_on_signals(window: MainWindow) -> None:
    """SIGINT/SIGTERM (Ctrl+C, logout) close the window properly: backup, settings, database."""
    def close(*_args: object) -> None:
        QTimer.singleShot(0, window.close)

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    # Python runs signal handlers only between bytecodes; a light timer gives it the chance.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)


def _ready_and_quit(app: QApplication) -> None:
    """For the start-up benchmark: the window is shown and the event loop idle."""
    app.processEvents()
    print("ready", flush=True)
    app.quit()


def main() -> int:
    """The gui-script entry point (desktop shortcuts): same arguments as `partnerdesk`."""
    from partnerdesk.cli import main as cli_main

    return cli_main()
