"""Verified backups of SQLite databases, their rotation, restore and quarantine.

A backup is taken with SQLite's online backup API, written beside its final name and moved
there only after it passed `PRAGMA quick_check` and its row counts equal the source's.
Rotation keeps 7 daily, 4 weekly and 12 monthly copies; a backup is never overwritten by
one that failed verification.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage.fileio import atomic_path

KEEP = {"daily": 7, "weekly": 4, "monthly": 12}
_NAME = re.compile(r"^(?P<kind>daily|weekly|monthly|manual|pre-migration|before-restore)-"
                   r"(?P<stamp>[0-9A-Za-z_-]+)\.sqlite$")


class BackupError(UserError):
    """A backup could not be made or did not pass verification."""


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open a SQLite file for reading without writing anything, beside it or in it.

    A read-only connection to a WAL-mode file would create `-wal` and `-shm` files next to
    it and leave them behind. When neither a WAL nor a rollback journal exists, the file
    alone holds the whole database, so it is opened `immutable` and nothing is created.
    """
    path = Path(path)
    pending = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    options = "mode=ro" if pending else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Row counts of every user table."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
            for name in names}


def verify_copy(path: Path, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Check a copy with `quick_check` and, when given, against the source's row counts."""
    try:
        connection = connect_readonly(path)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            counts = table_counts(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} cannot be read: {reason}"),
            path=str(path), reason=str(exc),
        ) from exc
    if result != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged: {reason}"),
            path=str(path), reason=result,
        )
    if "alembic_version" not in counts:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a PartnerDesk backup."),
            path=str(path),
        )
    if expected is not None and counts != expected:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} does not hold every row of the database."
            ),
            path=str(path),
        )
    return counts


def make_verified_backup(source: Path, destination: Path) -> dict[str, int]:
    """Copy the database `source` to `destination`, verified, atomically. Returns row counts."""
    source = Path(source)
    try:
        # mode=rw: a missing source is an error, not a new empty file
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup of {path} failed: {reason}"),
            path=str(source), reason=str(exc),
        ) from exc
    try:
        src.execute("PRAGMA busy_timeout=10000")
        src.execute("BEGIN")  # one read snapshot for the counts and the copy
        expected = table_counts(src)
        with atomic_path(Path(destination)) as tmp:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            verify_copy(tmp, expected)
        src.rollback()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup of {path} failed: {reason}"),
            path=str(source), reason=str(exc),
        ) from exc
    finally:
        src.close()
    return expected


@dataclass(frozen=True)
class BackupEntry:
    """One backup file in a backup folder."""

    path: Path
    kind: str
    taken_at: datetime
    size: int


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in `folder`, newest first."""
    entries = []
    for path in Path(folder).glob("*.sqlite"):
        match = _NAME.match(path.name)
        if not match:
            continue
        stat = path.stat()
        entries.append(
            BackupEntry(path, match["kind"], datetime.fromtimestamp(stat.st_mtime), stat.st_size)
        )
    return sorted(entries, key=lambda e: e.taken_at, reverse=True)


def newest_good_backup(folder: Path) -> BackupEntry | None:
    """The newest backup in `folder` that passes verification, or None."""
    for entry in list_backups(folder):
        try:
            verify_copy(entry.path)
        except BackupError:
            continue
        return entry
    return None


def rotate_backups(source: Path, folder: Path, today: date) -> Path:
    """Take today's daily backup; keep it as this week's and month's if they have none; prune.

    Returns the path of the daily backup.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    daily = folder / f"daily-{today.isoformat()}.sqlite"
    make_verified_backup(source, daily)
    iso = today.isocalendar()
    for kind, stamp in (("weekly", f"{iso.year}-W{iso.week:02d}"),
                        ("monthly", f"{today.year}-{today.month:02d}")):
        target = folder / f"{kind}-{stamp}.sqlite"
        if not target.exists():
            with atomic_path(target) as tmp:
                shutil.copyfile(daily, tmp)
    _prune(folder)
    return daily


def _prune(folder: Path) -> None:
    for kind, keep in KEEP.items():
        names = sorted((p.name for p in folder.glob(f"{kind}-*.sqlite")), reverse=True)
        for name in names[keep:]:
            (folder / name).unlink(missing_ok=True)


def timestamp(now: datetime | None = None) -> str:
    """A file-name-safe timestamp."""
    return (now or datetime.now()).strftime("%Y-%m-%d_%H-%M-%S")


def _unused_path(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem+suffix`, or with `-2`, `-3` … added: a kept copy is never overwritten."""
    candidate, number = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _copy_with_wal(path: Path, target: Path) -> None:
    """Copy a database file byte for byte, with its WAL if it has one."""
    shutil.copy2(path, target)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{target}-wal"))


def quarantine_copy(path: Path, folder: Path) -> Path:
    """Copy a damaged database (and its WAL) into `folder`; the original stays untouched."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = _unused_path(folder, f"{Path(path).stem}-{timestamp()}",
                          Path(path).suffix or ".sqlite")
    _copy_with_wal(Path(path), target)
    return target


def restore_backup(backup: Path, target: Path, safety_folder: Path) -> Path | None:
    """Replace the database `target` by a verified `backup`.

    The current database is first backed up (verified) into `safety_folder`; a current file
    that is damaged (often the reason for the restore) cannot pass verification, so its
    bytes are kept there as `damaged-before-restore-….sqlite` instead. Returns the path of
    that copy (None when there was no current database). All connections to `target` must
    be closed.
    """
    expected = verify_copy(backup)
    target = Path(target)
    safety_folder = Path(safety_folder)
    safety = None
    if target.exists():
        stamp = timestamp()
        try:
            verify_copy(target)  # read-only, so a damaged file is copied as it is
        except BackupError:
            safety_folder.mkdir(parents=True, exist_ok=True)
            safety = _unused_path(safety_folder, f"damaged-before-restore-{stamp}", ".sqlite")
            _copy_with_wal(target, safety)
        else:
            safety = _unused_path(safety_folder, f"before-restore-{stamp}", ".sqlite")
            make_verified_backup(target, safety)
    with atomic_path(target) as tmp:
        shutil.copyfile(backup, tmp)
        verify_copy(tmp, expected)  # the copy landed whole before it replaces anything
        for suffix in ("-wal", "-shm"):
            stale = Path(f"{target}{suffix}")
            if stale.exists():
                os.remove(stale)
    return safety
