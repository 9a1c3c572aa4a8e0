"""Per-machine preferences, each declared once with its type and default (after Picard).

Association data (name, address, logo, board) lives in the database so it travels with it;
what lives here belongs to this computer: the language, the last databases, the window's
geometry, the backup delay. Backed by `QSettings` (QtCore only). Tests and portable installs
point `PARTNERDESK_SETTINGS_FILE` at an INI file so the user's real settings stay untouched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from partnerdesk import APP_NAME, ORG_NAME

T = TypeVar("T")

SETTINGS_VERSION = 1
"""Bump when a setting is renamed or changes meaning; `Settings.migrate` upgrades old files."""

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the store, its Python type and its default."""

    name: str
    type: type
    default: T
    doc: str = ""


VERSION = Setting("meta/version", int, 0, "the version of this settings file")
LANGUAGE = Setting("ui/language", str, "", "de, ru or en; empty: the system's language")
LAST_DATABASE = Setting("database/last", str, "", "the database opened last")
RECENT_DATABASES = Setting("database/recent", list, [], "recently opened databases, newest first")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "main window geometry")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "main window toolbars/docks")
BACKUP_IDLE_MINUTES = Setting(
    "backup/idle_minutes", int, 5, "minutes without changes before the automatic backup"
)
HEALTH_PURGE_DAYS = Setting(
    "privacy/health_purge_days", int, 30, "days after a trip before health data is purged"
)
CONTACTS_HIDDEN_COLUMNS = Setting(  # a str, not a list: an empty list does not survive INI files
    "contacts/hidden_columns", str, "birth_date",
    "comma-separated keys of the contact list's hidden columns (ContactsModel.COLUMN_KEYS)",
)
IMPORT_MAPPINGS = Setting(
    "import/mappings", str, "",
    "saved import mappings: a JSON object, name → {header: field} (services.imports)",
)
IMPORT_EXPORT_FOLDER = Setting(
    "import/last_folder", str, "", "the folder a contact file was last imported from or exported to"
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    VERSION, LANGUAGE, LAST_DATABASE, RECENT_DATABASES, WINDOW_GEOMETRY, WINDOW_STATE,
    BACKUP_IDLE_MINUTES, HEALTH_PURGE_DAYS, CONTACTS_HIDDEN_COLUMNS, IMPORT_MAPPINGS,
    IMPORT_EXPORT_FOLDER,
)


def _convert(setting: Setting[T], raw: object) -> T:
    """Turn what QSettings returns (often a str from an INI file) into the declared type."""
    if raw is None:
        return setting.default
    try:
        if setting.type is int:
            return int(raw)  # type: ignore[return-value]
        if setting.type is str:
            return str(raw)  # type: ignore[return-value]
        if setting.type is list:
            if isinstance(raw, str):
                return [raw] if raw else []  # type: ignore[return-value]
            return [str(item) for item in raw]  # type: ignore[return-value,attr-defined]
        if setting.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)  # type: ignore
    except (TypeError, ValueError):
        return setting.default
    return raw  # type: ignore[return-value]


class Settings:
    """Typed access to the per-machine settings."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        """The value of `setting`, or its default when unset or unreadable."""
        if not self.store.contains(setting.name):
            return setting.default
        return _convert(setting, self.store.value(setting.name))

    def set(self, setting: Setting[T], value: T) -> None:
        """Store `value` for `setting`."""
        self.store.setValue(setting.name, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()

    def migrate(self) -> None:
        """Bring an older settings file up to SETTINGS_VERSION (nothing to do yet)."""
        if self.get(VERSION) < SETTINGS_VERSION:
            self.set(VERSION, SETTINGS_VERSION)

    def remember_database(self, path: str) -> None:
        """Make `path` the last database and put it first among the recent ones."""
        self.set(LAST_DATABASE, path)
        recent = [p for p in self.get(RECENT_DATABASES) if p != path]
        self.set(RECENT_DATABASES, [path, *recent][:MAX_RECENT])


def open_settings(path: Path | None = None) -> Settings:
    """The settings: an INI file at `path` or `$PARTNERDESK_SETTINGS_FILE`, else QSettings'."""
    target = path or os.environ.get("PARTNERDESK_SETTINGS_FILE")
    if target:
        store = QSettings(str(target), QSettings.Format.IniFormat)
    else:
        store = QSettings(ORG_NAME, APP_NAME)
    settings = Settings(store)
    settings.migrate()
    return settings
