"""Field mappings: plain dicts `{source header: field}` that the UI stores as JSON.

`to_json`/`from_json` give the saved form `{"version": 1, "columns": {…}}`; `compile_mapping`
turns a mapping and the headers of one file into the column plan staging reads rows by.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.imports.fields import FIELDS, IGNORE
from partnerdesk.services.imports.presets import normalise_header, suggest_mapping

MAPPING_VERSION = 1
_TYPED_VALUE = re.compile(r"^(.*\d+) - value$")  # Google: "Phone 1 - Value" beside "… - Type"


def to_json(mapping: dict[str, str]) -> str:
    """The mapping as JSON text (UTF-8 safe, stable key order)."""
    columns = {str(k): str(v) for k, v in mapping.items()}
    return json.dumps({"version": MAPPING_VERSION, "columns": columns}, ensure_ascii=False,
                      indent=2)


def from_json(text: str) -> dict[str, str]:
    """A mapping from JSON text (the saved form or a bare `{header: field}` object)."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        data = None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "The mapping is not a saved PartnerDesk mapping."),
            context="Import",
        )
    return validate_mapping(data)


def validate_mapping(mapping: dict[str, str]) -> dict[str, str]:
    """The mapping itself, or UserError naming a field PartnerDesk does not know."""
    for header, target in mapping.items():
        if target != IGNORE and target not in FIELDS:
            raise UserError(
                QT_TRANSLATE_NOOP("Import", "The mapping names an unknown field: {field}."),
                context="Import",
                field=f"{header} → {target}",
            )
    return dict(mapping)


@dataclass(frozen=True)
class Column:
    """One mapped source column: its position, header and target field."""

    index: int
    header: str
    field: str
    type_index: int | None = None  # Google's "Phone 1 - Type" column, for mobile numbers


@dataclass(frozen=True)
class Plan:
    """How to read the rows of one file: the mapped columns in source order."""

    columns: tuple[Column, ...]
    headers: tuple[str, ...]
    fields: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.columns)


def compile_mapping(headers: tuple[str, ...], mapping: dict[str, str] | None) -> Plan:
    """The plan for `headers` under `mapping` (None: the suggested mapping).

    Headers are matched exactly first, then by their normalised form, so a mapping saved
    from one export also fits the next export of the same program.
    """
    if mapping is None:
        mapping = suggest_mapping(headers)[1]
    mapping = validate_mapping(mapping)
    by_norm = {normalise_header(h): f for h, f in mapping.items()}
    norms = [normalise_header(h) for h in headers]
    type_columns = {}
    for index, norm in enumerate(norms):
        if norm.endswith((" - type", " - label")):
            type_columns[norm.rsplit(" - ", 1)[0]] = index
    columns = []
    for index, header in enumerate(headers):
        target = mapping.get(header, by_norm.get(norms[index], IGNORE))
        if target == IGNORE:
            continue
        type_index = None
        if match := _TYPED_VALUE.match(norms[index]):
            type_index = type_columns.get(match.group(1))
        columns.append(Column(index, header, target, type_index))
    return Plan(tuple(columns), tuple(headers), frozenset(c.field for c in columns))
