"""Opening and creating databases from the UI, with clear messages and recovery.

A database that does not open gets a translated message. A damaged one was copied to
quarantine by the storage layer (never deleted); the message says where, and the newest
backup is offered for restore (through `services.maintenance`).

The services are imported inside the functions: the main window imports this module, and
the window must show before SQLAlchemy is loaded (the start-up path stays light).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_datetime
from partnerdesk.ui.tasks import Cancelled, run_with_progress
from partnerdesk.ui.workspace import Workspace

if TYPE_CHECKING:
    from partnerdesk.dto import BackupInfo

log = logging.getLogger(__name__)
DEMO_CONTACTS = 150


def open_with_recovery(
    parent: QWidget | None, workspace: Workspace, path: Path | str
) -> bool:
    """Open `path`; on failure explain, and for a damaged file offer the newest backup."""
    try:
        workspace.open_path(path)
        return True
    except UserError as exc:
        return recover(parent, workspace, path, exc)


def recover(parent: QWidget | None, workspace: Workspace, path: Path | str, exc: UserError) -> bool:
    """`path` did not open (`exc`): explain; for a damaged file offer the newest backup.

    True when the database is open after all (restored from its backup).
    """
    log.warning("cannot open %s: %s", path, exc)
    quarantined = getattr(exc, "quarantined", None)
    if quarantined is None:
        show_error(parent, exc)
        return False
    from partnerdesk.services import maintenance

    backups = maintenance.list_backups_for(Path(path))
    if not backups:
        show_error(parent, exc)
        return False
    if not ask_restore_damaged(parent, translate_message(exc), backups[0]):
        return False
    return restore_and_open(parent, workspace, Path(path), backups[0])


def ask_restore_damaged(parent: QWidget | None, message: str, newest: BackupInfo) -> bool:
    """Offer the newest backup for a damaged database; True to restore."""
    question = QCoreApplication.translate(
        "OpenFlow",
        "The newest backup was taken on {date}. Restore it now? Changes made after that "
        "date are not in it; the damaged file is kept in quarantine.",
    ).format(date=format_datetime(newest.taken_at))
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("OpenFlow", "Damaged database"),
        f"{message}\n\n{question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_and_open(
    parent: QWidget | None, workspace: Workspace, path: Path, backup: BackupInfo
) -> bool:
    """Close the database at `path` if open, restore `backup` over it, open it again."""
    from partnerdesk.services import maintenance

    if workspace.db is not None and getattr(workspace.db, "path", None) == Path(path):
        workspace.set_database(None)  # backs up pending changes, closes every connection
    try:
        run_with_progress(
            workspace.runner,
            parent,
            QCoreApplication.translate("OpenFlow", "Restoring the backup…"),
            lambda _progress: maintenance.restore(path, backup.path), cancellable=False,
        )
    except UserError as exc:  # the file was left as it was: open it again if it opens
        show_error(parent, exc)
        try:
            workspace.open_path(path)
        except UserError:
            pass
        return False
    try:
        workspace.open_path(path)
    except UserError as exc:
        show_error(parent, exc)
        return False
    return True


def create_database(
    parent: QWidget | None, workspace: Workspace, path: Path, demo: bool
) -> bool:
    """Create an empty database or the demo association at `path` and open it."""
    if Path(path).exists():
        QMessageBox.warning(
            parent, QCoreApplication.translate("OpenFlow", "New database"),
            QCoreApplication.translate(
                "OpenFlow", "The file {path} already exists. Choose another name, or open it."
            ).format(path=path),
        )
        return False
    try:
        db = workspace.opener.create(Path(path))
    except UserError as exc:
        show_error(parent, exc)
        return False
    if demo:
        try:
            run_with_progress(
                workspace.runner,
                parent,
                QCoreApplication.translate("OpenFlow", "Creating the demo association…"),
                lambda progress: _build_demo(db, progress),
            )
        except Cancelled:
            db.close()
            _remove_new_file(Path(path))
            return False
        except Exception as exc:  # noqa: BLE001 - shown, logged; the new file is dropped
            db.close()
            _remove_new_file(Path(path))
            show_error(parent, exc)
            return False
    workspace.set_database(db)
    if demo:
        workspace.note_write()
    return True


def _build_demo(db: Any, progress: Any) -> Any:
    from partnerdesk.services import demo  # imported late: only the demo needs it

    return demo.build_demo(db, contacts=DEMO_CONTACTS, progress=progress)


def _remove_new_file(path: Path) -> None:
    """Remove a database this action created and that was never used (cancelled demo)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
