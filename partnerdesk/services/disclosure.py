"""Everything stored about one person (GDPR Art. 15: the right of access), for the
personal data disclosure.

The walk follows the schema, not a hand-made list of queries: every foreign key to
`contact.id` (`merge_references.contact_foreign_keys`, the same list merging relies on) must
be covered by `SECTIONS`, and every foreign key to `participation.id` (health data, stays
as a guest) by `VIA_PARTICIPATION`; `disclose` refuses to run when the model gained one
that is not (and a test fails), so a new table cannot be forgotten. Besides the rows that
refer to the person: the merge log rows of contacts merged into them (by UUID, along
chains of merges) and the board entries carrying their name.

Rows that belong to someone else (a participation the person is the emergency contact
for, an exchange they organise) show only the columns about the person (Art. 15(4)).
Foreign keys are shown as the name of what they point at; derived data (search keys) is
not listed but named in the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import Base, Contact
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.merge_references import contact_foreign_keys, jsonable
from partnerdesk.storage.database import Database

NOT_FOUND = QT_TRANSLATE_NOOP("Reports", "There is no contact with the id {id}.")
T = Base.metadata.tables
NOISE = frozenset({"id", "uuid", "version", "created_at", "updated_at", "search_text",
                   "sort_name"})

# (table, column referring to the person) → (section, the columns shown: None = all), or
# None for data derived from the contact's own fields (not listed)
SECTIONS: dict[tuple[str, str], tuple[str, tuple[str, ...] | None] | None] = {
    ("contact_role", "contact_id"): ("roles", None),
    ("membership", "contact_id"): ("memberships", None),
    ("organisation_link", "person_id"): ("organisations", None),
    ("organisation_link", "organisation_id"): ("people_of_organisation", None),
    ("guardianship", "ward_id"): ("guardians", None),
    ("guardianship", "guardian_id"): ("wards", None),
    ("host_profile", "contact_id"): ("host_profile", None),
    ("passport", "contact_id"): ("passports", None),
    ("consent", "contact_id"): ("consents", None),
    ("consent", "guardian_id"): ("consents_as_guardian", None),
    ("correspondence", "contact_id"): ("correspondence", None),
    ("participation", "contact_id"): ("participations", None),
    ("participation", "emergency_contact_id"): (
        "emergency_contact_for",
        ("exchange_id", "contact_id", "emergency_contact_name", "emergency_contact_phone")),
    ("host_placement", "host_id"): ("guests_hosted", None),
    ("programme_item", "responsible_id"): (
        "programme_items", ("exchange_id", "day", "title", "responsible_name")),
    ("exchange", "organiser_id"): (
        "exchanges_organised", ("title", "start_date", "end_date", "place")),
    ("funder_profile", "funder_id"): ("funder_profiles", ("programme",)),
    ("grant_application", "funder_id"): (
        "grant_applications", ("title", "programme", "file_reference", "status")),
    ("contact_match_key", "contact_id"): None,
}
# rows hanging on the person's own participations: (table, column) → section
VIA_PARTICIPATION = {
    ("participation_health", "participation_id"): "health",
    ("host_placement", "participation_id"): "stays",
}
MERGE_COLUMNS = ("merged_at", "merged_name", "snapshot", "folded")
BOARD_COLUMNS = ("name", "function", "signs")
# what a foreign key shows: the table it points at → the column naming a row
_NAMED_BY = {"exchange": "title", "partner_town": "name", "grant_application": "title",
             "funder_profile": "programme"}


@dataclass(frozen=True)
class DisclosureSection:
    """The person's rows of one kind: each row as (column, value) pairs. Values are text,
    dates, numbers, yes/no or None; enums as their stored values, foreign keys as names."""

    key: str
    table: str
    rows: tuple[tuple[tuple[str, object], ...], ...]


@dataclass(frozen=True)
class Disclosure:
    """Everything stored about one contact, section by section (empty ones left out)."""

    contact_id: int
    kind: str
    display_name: str  # family name, given name (or the organisation's name)
    native_name: str  # the same in the native script
    sections: tuple[DisclosureSection, ...]


def references_to(table: str) -> set[tuple[str, str]]:
    """Every (table, column) of the model that refers to `table`.id."""
    return {(fk.parent.table.name, fk.parent.name) for t in T.values() for fk in t.foreign_keys
            if fk.column.table.name == table and fk.column.name == "id"}


def uncovered() -> set[tuple[str, str]]:
    """Foreign keys to a contact or its participations the disclosure does not cover."""
    return ((contact_foreign_keys() - set(SECTIONS))
            | (references_to("participation") - set(VIA_PARTICIPATION)))


def disclose(db: Database, contact_id: int) -> Disclosure:
    """Everything stored about contact `contact_id` (UserError when there is none)."""
    missing = uncovered()
    if missing:
        raise RuntimeError(f"the disclosure does not know these references: {sorted(missing)}")
    with db.unit() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise UserError(NOT_FOUND, "Reports", id=contact_id)
        own = T["contact"]
        person = session.execute(sa.select(own).where(own.c.id == contact_id)).mappings().one()
        shown = [c for c in own.c.keys() if c not in NOISE or c in ("created_at", "updated_at")]
        sections = [DisclosureSection("contact", "contact", (_pairs(session, "contact", person,
                                                                    shown),))]
        for (table, column), section in SECTIONS.items():
            if section is None:
                continue
            key, columns = section
            rows = _rows(session, table, T[table].c[column] == contact_id)
            sections.append(_section(session, key, table, rows, columns, column))
            if (table, column) == ("participation", "contact_id"):
                participations = [row["id"] for row in rows]
                for (child, link), child_key in VIA_PARTICIPATION.items():
                    children = _rows(session, child, T[child].c[link].in_(participations))
                    sections.append(_section(session, child_key, child, children, None, None))
        sections.append(_section(session, "merges", "merge_log",
                                 _merges(session, contact.uuid), MERGE_COLUMNS, None))
        sections.append(_section(session, "board", "board_member",
                                 _board(session, contact), BOARD_COLUMNS, None))
        native = ", ".join(filter(None, (contact.family_name_native, contact.given_name_native)))
        return Disclosure(contact_id, contact.kind.value, contact.display_name, native,
                          tuple(s for s in sections if s.rows))


def _rows(session: Session, table: str, *where: sa.ColumnElement[bool]) -> list[Mapping]:
    t = T[table]
    return list(session.execute(sa.select(t).where(*where).order_by(t.c.id)).mappings())


def _section(session: Session, key: str, table: str, rows: list[Mapping],
             columns: tuple[str, ...] | None, own_column: str | None) -> DisclosureSection:
    shown = list(columns) if columns is not None else [
        c for c in T[table].c.keys() if c not in NOISE and c != own_column]
    return DisclosureSection(key, table, tuple(_pairs(session, table, row, shown)
                                               for row in rows))


def _pairs(session: Session, table: str, row: Mapping,
           columns: list[str]) -> tuple[tuple[str, object], ...]:
    pairs = []
    for name in columns:
        value = row[name]
        targets = [fk.column.table.name for fk in T[table].c[name].foreign_keys]
        if targets and value is not None:
            value = _name_of(session, targets[0], value)
        elif isinstance(value, Enum):
            value = value.value
        elif isinstance(value, dict):
            value = _flatten(value)
        elif isinstance(value, datetime):
            value = value.date()
        pairs.append((name, value))
    return tuple(pairs)


def _name_of(session: Session, table: str, row_id: int) -> str:
    """What a foreign key points at, by name (a contact's display name, an exchange's title)."""
    if table == "contact":
        other = session.get(Contact, row_id)
        return other.display_name if other is not None else f"#{row_id}"
    if table == "participation":
        participation = T["participation"]
        row_id = session.execute(sa.select(participation.c.exchange_id).where(
            participation.c.id == row_id)).scalar()
        table = "exchange"
    column = _NAMED_BY.get(table)
    if column is None:
        return f"#{row_id}"
    t = T[table]
    return session.execute(sa.select(t.c[column]).where(t.c.id == row_id)).scalar() or ""


def _flatten(value: object) -> str:
    """A JSON value of the merge log as readable lines (`field: value`)."""
    if isinstance(value, dict):
        return "\n".join(f"{key}: {_flatten(item)}" for key, item in value.items()
                         if key not in NOISE and item not in (None, "", [], {}))
    if isinstance(value, list):
        return "; ".join(_flatten(item).replace("\n", ", ") for item in value)
    return str(jsonable(value))


def _merges(session: Session, uuid) -> list[Mapping]:
    """Merge log rows of contacts merged into this one, following chains of merges."""
    log = T["merge_log"]
    found: list[Mapping] = []
    seen, todo = set(), [uuid]
    while todo:
        survivor = todo.pop()
        seen.add(survivor)
        for row in _rows(session, "merge_log", log.c.survivor_uuid == survivor):
            found.append(row)
            if row["merged_uuid"] not in seen:
                todo.append(row["merged_uuid"])
    return sorted(found, key=lambda row: row["id"])


def _board(session: Session, contact: Contact) -> list[Mapping]:
    """Board entries of the association profile carrying the person's name (with or
    without the title)."""
    names = {" ".join(filter(None, parts)).casefold() for parts in (
        (contact.given_name, contact.family_name),
        (contact.title, contact.given_name, contact.family_name),
        (contact.given_name_native, contact.family_name_native))} - {""}
    if contact.kind.value != "person" or not names:
        return []
    return [row for row in _rows(session, "board_member")
            if " ".join(row["name"].split()).casefold() in names]
