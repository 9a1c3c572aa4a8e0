"""Saved import mappings: named `{header: field}` dicts kept in the per-machine settings.

Stored as one JSON object, name → the service's saved form (`imports.to_json`); an entry
that no longer reads (an unknown field after an update) is skipped, never fatal.
"""

from __future__ import annotations

import json
import logging

from partnerdesk import settings as cfg
from partnerdesk.messages import UserError
from partnerdesk.services import imports
from partnerdesk.settings import Settings

log = logging.getLogger(__name__)


def saved_mappings(settings: Settings) -> dict[str, dict[str, str]]:
    """The saved mappings by name, sorted by name."""
    text = settings.get(cfg.IMPORT_MAPPINGS)
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        log.warning("the saved import mappings cannot be read; they are ignored")
        return {}
    found: dict[str, dict[str, str]] = {}
    for name, value in (data.items() if isinstance(data, dict) else ()):
        try:
            found[str(name)] = imports.from_json(json.dumps(value))
        except UserError:
            log.warning("saved import mapping %r skipped: it names unknown fields", name)
    return dict(sorted(found.items(), key=lambda item: item[0].casefold()))


def _store(settings: Settings, mappings: dict[str, dict[str, str]]) -> None:
    data = {name: json.loads(imports.to_json(mapping)) for name, mapping in mappings.items()}
    settings.set(cfg.IMPORT_MAPPINGS, json.dumps(data, ensure_ascii=False))
    settings.sync()


def save_mapping(settings: Settings, name: str, mapping: dict[str, str]) -> None:
    """Save `mapping` under `name` (replacing one of that name)."""
    mappings = saved_mappings(settings)
    mappings[name] = dict(mapping)
    _store(settings, mappings)


def delete_mapping(settings: Settings, name: str) -> None:
    """Forget the saved mapping `name`."""
    mappings = saved_mappings(settings)
    if mappings.pop(name, None) is not None:
        _store(settings, mappings)
