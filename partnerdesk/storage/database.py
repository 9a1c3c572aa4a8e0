"""Opening, creating, checking and upgrading a PartnerDesk database.

A file is inspected read-only before anything writes to it. A file that is not a
PartnerDesk database, is damaged, or has a newer schema is refused with a clear message and
left byte-for-byte untouched; a damaged file is copied to quarantine, never deleted. An
older schema is upgraded only after a verified backup.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from partnerdesk import paths
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage import backup, schema, search_index
from partnerdesk.storage.engine import create_engine_for, create_sqlite_engine, sqlite_path
from partnerdesk.storage.uow import UnitOfWork

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(UserError):
    """The database cannot be opened as it is."""

    def __init__(self, message: str, *, quarantined: Path | None = None, **params) -> None:
        super().__init__(message, **params)
        self.quarantined = quarantined


@dataclass
class Database:
    """An open PartnerDesk database: its engine and where it lives."""

    target: str
    engine: Engine
    path: Path | None = None
    upgraded_from: str | None = None

    def unit(self) -> UnitOfWork:
        """A new unit of work (one per user action)."""
        return UnitOfWork(self.engine)

    @property
    def label(self) -> str:
        """What the status bar shows: the file path or the URL without password."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close every connection (SQLite then folds the WAL back into the file)."""
        self.engine.dispose()


def inspect_file(path: Path) -> str:
    """Read-only checks of a SQLite file; returns its schema revision or raises DatabaseError."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."), path=str(path)
        )
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."),
            path=str(path),
        )
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        if not header:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {path} is empty, not a PartnerDesk database."
                ),
                path=str(path),
            )
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a PartnerDesk database."),
            path=str(path),
        )
    try:
        connection = backup.connect_readonly(path)  # creates no -wal/-shm beside the file
        try:
            integrity = connection.execute("PRAGMA quick_check").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        integrity, revision, tables = str(exc), None, set()
    if integrity != "ok":
        copy = backup.quarantine_copy(path, paths.quarantine_dir())
        log.error("database %s failed quick_check (%s); copy kept at %s", path, integrity, copy)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is damaged. It was left as it is and a copy was kept "
                "in {copy}. Restore the newest good backup.",
            ),
            quarantined=copy,
            path=str(path),
            copy=str(copy),
        )
    if revision is None or "contact" not in tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a PartnerDesk database."),
            path=str(path),
        )
    if revision != schema.head_revision() and revision not in schema.known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of PartnerDesk. "
                "Install the newer version to open it.",
            ),
            path=str(path),
        )
    return revision


def create_database(path: Path) -> Database:
    """Create a new, empty PartnerDesk database file at `path` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} already exists."), path=str(path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path)
    try:
        schema.upgrade(engine)
    except BaseException:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    log.info("created database %s", path)
    return Database(str(path), engine, path)


def open_database(target: str | Path, *, create: bool = False) -> Database:
    """Open a database file (or URL); upgrade an older schema after a verified backup."""
    target = str(target)
    path = sqlite_path(target)
    if path is None:
        return _open_server(target)
    if create and not path.exists():
        return create_database(path)
    revision = inspect_file(path)
    head = schema.head_revision()
    upgraded_from = None
    if revision != head:
        folder = paths.backup_dir_for(path)
        copy = folder / f"pre-migration-{revision}-{backup.timestamp()}.sqlite"
        backup.make_verified_backup(path, copy)
        log.info("backup before migration from %s: %s", revision, copy)
        upgraded_from = revision
    engine = create_sqlite_engine(path)
    if upgraded_from is not None:
        try:
            schema.upgrade(engine)
        except Exception:
            engine.dispose()
            log.exception("migration of %s failed", path)
            raise
    # build the contact search index now (once per file: seconds for 100,000 contacts)
    # rather than on the first keystroke
    search_index.ensure_search_index(engine)
    return Database(str(path), engine, path, upgraded_from=upgraded_from)


def _open_server(url: str) -> Database:
    engine = create_engine_for(url)
    with engine.connect() as connection:
        revision = schema.current_revision(connection)
    if revision not in (None, schema.head_revision()) and revision not in schema.known_revisions():
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of PartnerDesk. "
                "Install the newer version to open it.",
            ),
            path=engine.url.render_as_string(hide_password=True),
        )
    if revision != schema.head_revision():
        schema.upgrade(engine)
    return Database(url, engine, None, upgraded_from=revision)
