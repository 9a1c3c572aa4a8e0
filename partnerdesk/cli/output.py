"""How `partnerdesk ls` prints: a plain table for people, stable JSON for scripts.

The JSON shape is documented in docs/CLI.md; change it only by adding keys.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict
from datetime import date
from decimal import Decimal

from partnerdesk.i18n import translate
from partnerdesk.messages import QT_TRANSLATE_NOOP

COLUMNS = {
    "contacts": (
        ("id", QT_TRANSLATE_NOOP("Cli", "ID")),
        ("display_name", QT_TRANSLATE_NOOP("Cli", "Name")),
        ("native_name", QT_TRANSLATE_NOOP("Cli", "Native script")),
        ("city", QT_TRANSLATE_NOOP("Cli", "Town")),
        ("email", QT_TRANSLATE_NOOP("Cli", "E-mail")),
    ),
    "exchanges": (
        ("id", QT_TRANSLATE_NOOP("Cli", "ID")),
        ("start_date", QT_TRANSLATE_NOOP("Cli", "From")),
        ("end_date", QT_TRANSLATE_NOOP("Cli", "To")),
        ("title", QT_TRANSLATE_NOOP("Cli", "Title")),
        ("status", QT_TRANSLATE_NOOP("Cli", "Status")),
        ("participants_total", QT_TRANSLATE_NOOP("Cli", "Participants")),
    ),
    "grants": (
        ("id", QT_TRANSLATE_NOOP("Cli", "ID")),
        ("title", QT_TRANSLATE_NOOP("Cli", "Title")),
        ("funder", QT_TRANSLATE_NOOP("Cli", "Funder")),
        ("status", QT_TRANSLATE_NOOP("Cli", "Status")),
        ("amount_requested", QT_TRANSLATE_NOOP("Cli", "Requested")),
        ("amount_approved", QT_TRANSLATE_NOOP("Cli", "Approved")),
    ),
}


def _plain(value: object) -> object:
    """JSON-safe values: dates as ISO strings, money as decimal strings, tuples as lists."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def as_json(kind: str, rows: list) -> list[dict]:
    """The rows as JSON-ready dicts."""
    result = []
    for row in rows:
        data = {key: _plain(value) for key, value in asdict(row).items()}
        if kind == "contacts":
            data.pop("sort_key", None)
            data["name"] = data.pop("display_name")
        if kind == "exchanges":
            data["participants"] = {
                "by_side": data.pop("participants_by_side"),
                "by_status": data.pop("participants_by_status"),
                "total": data.pop("participants_total"),
            }
        result.append(data)
    return result


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def print_table(kind: str, rows: list) -> None:
    """Print the rows as a plain text table, cut to the terminal's width."""
    columns = COLUMNS[kind]
    headers = [translate("Cli", label) for _, label in columns]
    cells = [[_cell(getattr(row, key)) for key, _ in columns] for row in rows]
    widths = [min(40, max([len(h)] + [len(r[i]) for r in cells])) for i, h in enumerate(headers)]
    width = shutil.get_terminal_size((120, 20)).columns
    for line in [headers] + cells:
        text = "  ".join(value[:w].ljust(w) for value, w in zip(line, widths, strict=True))
        print(text.rstrip()[:width])
    if not rows:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "(nothing found)")))
