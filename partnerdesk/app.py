"""The composition root: QApplication, logging, language, settings, database, main window.

This is the only module that opens databases (through the storage layer) and hands them to
the UI. `partnerdesk` without a sub-command lands in `run_gui`.

Start-up is progressive: the window shell shows first, with nothing but PySide6 and the
light modules loaded; then the database opens on the worker thread (`ui.startup`), which
is where the storage layer, SQLAlchemy and the domain are imported, and the overview fills
in. Nothing imported at module level here may import `storage`, `services` or SQLAlchemy
(tests/ui/test_startup_imports.py).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from partnerdesk import APP_NAME, ORG_NAME, __version__, i18n
from partnerdesk import settings as cfg
from partnerdesk.logs import setup_logging
from partnerdesk.ui.errors import install_excepthook
from partnerdesk.ui.icons import icon
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.startup import InitialOpen
from partnerdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from partnerdesk.storage.database import Database

log = logging.getLogger(__name__)
QUIT_WHEN_IDLE = "PARTNERDESK_QUIT_WHEN_IDLE"
"""Set to 1 (the start-up benchmark): print "ready" once the window shell is shown and the
event loop idle, "data-ready" once the overview shows the database, then quit."""


class StorageOpener:
    """Opens and creates databases for the UI (which must not import storage).

    The storage layer is imported on first use, normally on the worker thread.
    """

    def open(self, target: Path | str) -> Database:
        """Open an existing database file or URL; upgrades an old schema after a backup."""
        from partnerdesk.storage.database import open_database

        return open_database(target)

    def create(self, path: Path) -> Database:
        """Create a new, empty database file."""
        from partnerdesk.storage.database import create_database

        return create_database(Path(path))

    def warm_up(self) -> None:
        """Import what the overview needs and configure the ORM mappers (on the worker), so
        that the GUI thread only runs the overview's queries."""
        from sqlalchemy.orm import configure_mappers

        import partnerdesk.services.overview  # noqa: F401 - imported for its side effect
        import partnerdesk.storage.database  # noqa: F401

        configure_mappers()


def make_application() -> QApplication:
    """The QApplication, with the names QSettings and the window manager use."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("partnerdesk"))
    return app  # type: ignore[return-value]


def run_gui(db_target: str | None, language: str | None) -> int:
    """Show the main window, then open `db_target` (or the last database, or ask) in the
    background; the exit status."""
    app = make_application()
    log_path = setup_logging()
    settings = cfg.open_settings()
    chosen = i18n.choose_language(language or settings.get(cfg.LANGUAGE))
    i18n.install(app, chosen)
    install_excepthook(log_path)
    log.info("PartnerDesk %s starting (language %s)", __version__, chosen)
    workspace = Workspace(StorageOpener(), settings)
    window = MainWindow(workspace, chosen)
    flow = InitialOpen(workspace, window, db_target, parent=window)
    flow.sig_busy.connect(window.set_opening)
    benchmark = os.environ.get(QUIT_WHEN_IDLE) == "1"
    flow.sig_finished.connect(lambda status: _started(app, window, status, benchmark))
    window.set_opening(True)
    window.show()
    window.raise_()
    window.activateWindow()
    _close_on_signals(window)
    # the worker starts only once the shell has painted (imports hold the GIL)
    QTimer.singleShot(0, lambda: _shell_shown(app, flow, benchmark))
    try:
        return app.exec()
    finally:
        flow.cancel()
        workspace.shutdown()


def _shell_shown(app: QApplication, flow: InitialOpen, benchmark: bool) -> None:
    """The event loop runs: paint the shell, then open the database in the background."""
    app.processEvents()
    if benchmark:
        print("ready", flush=True)
    flow.start()


def _started(app: QApplication, window: MainWindow, status: int | None,
             benchmark: bool) -> None:
    """The first database is open (None), or quit with `status`."""
    if status is not None:
        app.exit(status)
    elif benchmark:
        page = window.pages["overview"]
        if page.loading:  # the dashboard loads on the worker: wait for its figures
            page.sig_loaded.connect(
                lambda: QTimer.singleShot(0, lambda: _data_shown_and_quit(app)))
        else:
            QTimer.singleShot(0, lambda: _data_shown_and_quit(app))


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


def _data_shown_and_quit(app: QApplication) -> None:
    """For the start-up benchmark: the overview has painted the database's data."""
    app.processEvents()
    print("data-ready", flush=True)
    app.quit()


def main() -> int:
    """The gui-script entry point (desktop shortcuts): same arguments as `partnerdesk`."""
    from partnerdesk.cli import main as cli_main

    return cli_main()
