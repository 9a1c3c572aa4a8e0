"""Engines for SQLite files and PostgreSQL URLs, with the connection pragmas of DESIGN.md §3.

This is the one place (with `backup.py` and the search index) that knows which database it
talks to.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError

BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs"}


def is_url(target: str) -> bool:
    """True when `target` is a database URL rather than a file path."""
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file of a SQLite path or `sqlite:///` URL; None for a database server's URL."""
    if not is_url(target):
        return Path(target)
    return Path(target.split("///", 1)[1]) if target.startswith("sqlite") else None


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{Path(path).resolve()}"


def _linux_mount_type(path: Path) -> str:
    """The file-system type of the mount that holds `path` (Linux), or ''."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, fs_type = "", ""
    target = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fs_type = mount_point, fields[2]
    return fs_type


def is_network_path(path: Path) -> bool:
    """True when `path` lies on a network share, where SQLite's locking is unreliable."""
    path = Path(path)
    if sys.platform == "win32":
        text = str(path.resolve())
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    folder = path if path.is_dir() else path.parent
    return _linux_mount_type(folder) in NETWORK_FILESYSTEMS


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on a SQLite file with foreign keys, WAL, busy timeout and NORMAL sync."""
    path = Path(path)
    if is_network_path(path):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} lies on a network share, where it could be damaged. "
                "Keep it on this computer, or let several computers share a PostgreSQL server.",
            ),
            path=str(path),
        )
    engine = sa.create_engine(sqlite_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def create_engine_for(target: str | Path) -> Engine:
    """An engine for a SQLite path or any SQLAlchemy URL (e.g. `postgresql+psycopg://…`)."""
    target = str(target)
    if is_url(target):
        if target.startswith("sqlite"):
            url = sa.engine.make_url(target)
            return create_sqlite_engine(Path(url.database or ""))
        return sa.create_engine(target, pool_pre_ping=True)
    return create_sqlite_engine(Path(target))
