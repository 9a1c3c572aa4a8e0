"""Where PartnerDesk keeps its files: data, backups, quarantine, logs, and its own resources.

`PARTNERDESK_DATA_DIR` overrides the user data folder (tests, portable installs).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import platformdirs

from partnerdesk import APP_NAME

REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The user data folder (created on demand)."""
    override = os.environ.get("PARTNERDESK_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    """`partnerdesk.sqlite` in the user data folder."""
    return data_dir() / "partnerdesk.sqlite"


def log_dir() -> Path:
    """The folder of the rotating log file."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def quarantine_dir() -> Path:
    """Where copies of damaged databases are kept (they are never deleted)."""
    folder = data_dir() / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_dir_for(database: Path) -> Path:
    """The backup folder of one database file: its name plus a short hash of its full path."""
    resolved = str(Path(database).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    folder = data_dir() / "backups" / f"{Path(database).stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _resource_root(name: str) -> Path:
    """A top-level resource folder: in the source tree, else installed under share/partnerdesk."""
    in_tree = REPO_ROOT / name
    if in_tree.is_dir():
        return in_tree
    return Path(sys.prefix) / "share" / "partnerdesk" / name


def translations_dir() -> Path:
    """The folder of the compiled `partnerdesk_xx.qm` catalogues."""
    return _resource_root("translations")


def resources_dir() -> Path:
    """The folder of icons, fonts and images."""
    return _resource_root("resources")
