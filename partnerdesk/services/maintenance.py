"""Keeping the data safe: check, back up, rotate, restore."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from partnerdesk import paths
from partnerdesk.dto import BackupInfo, CheckReport
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage import backup
from partnerdesk.storage.database import Database, inspect_file
from partnerdesk.storage.engine import sqlite_path

log = logging.getLogger(__name__)


def _file_of(db: Database) -> Path:
    if db.path is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Backups of a database server are made on the server, not here."
            )
        )
    return db.path


def check(target: str | Path) -> CheckReport:
    """Check a database file read-only; raises a UserError saying what is wrong."""
    path = sqlite_path(str(target))
    if path is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Only database files can be checked here."))
    revision = inspect_file(path)
    counts = backup.verify_copy(path)
    counts.pop("alembic_version", None)
    return CheckReport(str(path), revision, counts)


def backup_now(db: Database, destination: Path | None = None) -> Path:
    """A verified backup of the open database, to `destination` or the backup folder."""
    source = _file_of(db)
    if destination is None:
        destination = paths.backup_dir_for(source) / f"manual-{backup.timestamp()}.sqlite"
    backup.make_verified_backup(source, Path(destination))
    log.info("backup written to %s", destination)
    return Path(destination)


def automatic_backup(db: Database, today: date) -> Path:
    """Today's rotating backup (7 daily, 4 weekly, 12 monthly), verified."""
    source = _file_of(db)
    return backup.rotate_backups(source, paths.backup_dir_for(source), today)


def list_backups(db: Database) -> list[BackupInfo]:
    """The backups of the open database, newest first."""
    return list_backups_for(_file_of(db))


def list_backups_for(path: Path) -> list[BackupInfo]:
    """The backups kept for a database file that may not open (e.g. a damaged one)."""
    folder = paths.backup_dir_for(Path(path))
    return [BackupInfo(e.path, e.kind, e.taken_at, e.size) for e in backup.list_backups(folder)]


def restore(db_path: Path, backup_file: Path) -> Path | None:
    """Replace the (closed) database at `db_path` by a verified backup.

    The current file is first saved as a verified 'before-restore' backup, whose path is
    returned.
    """
    safety = backup.restore_backup(Path(backup_file), Path(db_path), paths.backup_dir_for(db_path))
    log.info("restored %s from %s", db_path, backup_file)
    return safety
