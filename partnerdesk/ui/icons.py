"""The app's icons (simple SVGs in resources/icons)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from partnerdesk import paths


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon when missing)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
