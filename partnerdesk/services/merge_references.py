"""Moving every reference from a merged contact to the survivor (used by `services.merge`).

`HANDLED` names every foreign key to `contact.id` and the reference kind it counts as; a
test fails when the model gains one that is not listed, and `merge_contacts` refuses to run
(rather than let `ON DELETE CASCADE` drop rows silently). Rows move with Core statements
that also advance their `version` and `updated_at`, so an open editor of a moved row
notices. Where a moved row would duplicate one of the survivor's, it is *folded* into it:

* roles: union; a role both have is kept once;
* links to organisations (both ends) and guardianships (both ends): a link that already
  exists, or would now link the survivor to itself, is dropped;
* host profile: the survivor's is kept, else the other's moves;
* participations in the same exchange: the survivor's row stays and takes the stronger
  status (confirmed > registered > waiting list > interested > cancelled), a collected
  signature, every field it lacks (arrival and departure as a pair, fees, emergency
  contact, insurance, visa status and dates) and both notes; the other's health record
  moves to it or is joined into its own, and its host placements move to it (one starting
  on the same day as one of the survivor's is dropped);
* funder profiles for the same programme: the survivor's stays, applications that used the
  other's now use it.

Folded rows are returned (without health data) for the merge log.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import Base
from partnerdesk.domain.base import utcnow
from partnerdesk.dto.duplicates import REFERENCE_LABELS

HANDLED: dict[tuple[str, str], str | None] = {
    ("contact_role", "contact_id"): "roles",
    ("membership", "contact_id"): "memberships",
    ("organisation_link", "person_id"): "organisation_links",
    ("organisation_link", "organisation_id"): "organisation_links",
    ("guardianship", "ward_id"): "guardianships",
    ("guardianship", "guardian_id"): "guardianships",
    ("host_profile", "contact_id"): "host_profile",
    ("passport", "contact_id"): "passports",
    ("consent", "contact_id"): "consents",
    ("consent", "guardian_id"): "consents_as_guardian",
    ("correspondence", "contact_id"): "correspondence",
    ("participation", "contact_id"): "participations",
    ("participation", "emergency_contact_id"): "emergency_contact_for",
    ("host_placement", "host_id"): "host_placements",
    ("programme_item", "responsible_id"): "programme_items",
    ("exchange", "organiser_id"): "exchanges_organised",
    ("funder_profile", "funder_id"): "funder_profiles",
    ("grant_application", "funder_id"): "grant_applications",
    ("contact_match_key", "contact_id"): None,  # derived from the contact's own fields
}
# plain re-pointing: nothing unique involves these columns
SIMPLE = ("membership", "passport", "consent", "correspondence", "host_placement",
          "programme_item", "exchange", "grant_application")
STATUS_STRENGTH = {"confirmed": 4, "registered": 3, "waiting_list": 2, "interested": 1,
                   "cancelled": 0}
FILLED_FROM_OTHER = ("fee_due", "fee_paid", "emergency_contact_id", "emergency_contact_name",
                     "emergency_contact_phone", "insurance", "visa_applied_on",
                     "visa_issued_on")
HEALTH_FIELDS = ("allergies", "medication", "diet")
_ROW_NOISE = {"created_at", "updated_at", "version"}
T = Base.metadata.tables


def contact_foreign_keys() -> set[tuple[str, str]]:
    """Every (table, column) of the model that refers to `contact.id`."""
    return {(fk.parent.table.name, fk.parent.name)
            for table in Base.metadata.tables.values() for fk in table.foreign_keys
            if fk.column.table.name == "contact" and fk.column.name == "id"}


def jsonable(value: object) -> object:
    """A column value as JSON can hold it (ISO dates, enum values, decimal text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    return value


def _row(row: Mapping) -> dict:
    return {key: jsonable(value) for key, value in row.items() if key not in _ROW_NOISE}


def join_texts(first: str, second: str, separator: str = "\n\n") -> str:
    """Both texts, once each (the first alone when they are equal or the second is empty)."""
    first, second = first or "", second or ""
    if not second.strip() or second.strip() == first.strip():
        return first
    return f"{first}{separator}{second}" if first.strip() else second


def count_references(session: Session, contact_id: int) -> dict[str, int]:
    """How many rows of each reference kind point at `contact_id`."""
    counts = dict.fromkeys(REFERENCE_LABELS, 0)
    for (table, column), kind in HANDLED.items():
        if kind is not None:
            t = T[table]
            query = sa.select(sa.func.count()).select_from(t).where(t.c[column] == contact_id)
            counts[kind] += session.execute(query).scalar_one()
    return counts


class ReferenceMover:
    """Moves (or folds) every reference of contact `gone` to contact `keep` in `session`."""

    def __init__(self, session: Session, keep: int, gone: int) -> None:
        self.session, self.keep, self.gone = session, keep, gone
        self.now = utcnow()
        self.moved: dict[str, int] = dict.fromkeys(REFERENCE_LABELS, 0)
        self.folded: dict[str, list[dict]] = {}

    def run(self) -> None:
        """Move everything; raise RuntimeError if a reference to `gone` is left over."""
        unhandled = contact_foreign_keys() - set(HANDLED)
        if unhandled:
            raise RuntimeError(f"merge does not know these references: {sorted(unhandled)}")
        self._roles()
        for table in SIMPLE:
            for (name, column), kind in HANDLED.items():
                if name == table and kind is not None:
                    self.moved[kind] += self._update(table, T[table].c[column] == self.gone,
                                                     **{column: self.keep})
        self.moved["emergency_contact_for"] = self._update(
            "participation", T["participation"].c.emergency_contact_id == self.gone,
            emergency_contact_id=self.keep)
        self._pairs("organisation_link", "person_id", "organisation_id", ("function",))
        self._pairs("guardianship", "ward_id", "guardian_id", ())
        self._host_profile()
        self._participations()
        self._funder_profiles()
        key = T["contact_match_key"]
        self.session.execute(sa.delete(key).where(key.c.contact_id == self.gone))
        left = {kind for kind, count in count_references(self.session, self.gone).items()
                if count}
        if left:
            raise RuntimeError(f"merge left references behind: {sorted(left)}")

    # -- helpers -----------------------------------------------------------------------------

    def _update(self, table: str, where: sa.ColumnElement[bool], **values: object) -> int:
        t = T[table]
        if "version" in t.c:
            values |= {"version": t.c.version + 1, "updated_at": self.now}
        return self.session.execute(sa.update(t).where(where).values(**values)).rowcount

    def _rows(self, table: str, *where: sa.ColumnElement[bool]) -> list[Mapping]:
        t = T[table]
        return list(self.session.execute(sa.select(t).where(*where).order_by(t.c.id)).mappings())

    def _fold(self, kind: str, table: str, row: Mapping) -> None:
        self.folded.setdefault(kind, []).append(_row(row))
        t = T[table]
        self.session.execute(sa.delete(t).where(t.c.id == row["id"]))

    # -- the references ----------------------------------------------------------------------

    def _roles(self) -> None:
        t = T["contact_role"]
        have = set(self.session.execute(
            sa.select(t.c.role).where(t.c.contact_id == self.keep)).scalars())
        for row in self._rows("contact_role", t.c.contact_id == self.gone):
            if row["role"] in have:
                self._fold("roles", "contact_role", row)
            else:
                self.moved["roles"] += self._update("contact_role", t.c.id == row["id"],
                                                    contact_id=self.keep)

    def _pairs(self, table: str, first: str, second: str, also: tuple[str, ...]) -> None:
        """Links with the merged contact at either end; unique on (first, second, *also)."""
        t = T[table]
        kind = HANDLED[(table, first)]
        for row in self._rows(table, sa.or_(t.c[first] == self.gone, t.c[second] == self.gone)):
            one = self.keep if row[first] == self.gone else row[first]
            two = self.keep if row[second] == self.gone else row[second]
            twin = sa.select(t.c.id).where(t.c[first] == one, t.c[second] == two,
                                           t.c.id != row["id"], *(t.c[c] == row[c] for c in also))
            if one == two or self.session.execute(twin).first() is not None:
                self._fold(kind, table, row)
            else:
                self.moved[kind] += self._update(table, t.c.id == row["id"],
                                                 **{first: one, second: two})

    def _host_profile(self) -> None:
        t = T["host_profile"]
        theirs = self._rows("host_profile", t.c.contact_id == self.gone)
        if not theirs:
            return
        if self._rows("host_profile", t.c.contact_id == self.keep):
            self._fold("host_profile", "host_profile", theirs[0])
        else:
            self.moved["host_profile"] += self._update("host_profile", t.c.id == theirs[0]["id"],
                                                       contact_id=self.keep)

    def _participations(self) -> None:
        t = T["participation"]
        mine = {row["exchange_id"]: row
                for row in self._rows("participation", t.c.contact_id == self.keep)}
        for row in self._rows("participation", t.c.contact_id == self.gone):
            own = mine.get(row["exchange_id"])
            if own is None:
                self.moved["participations"] += self._update(
                    "participation", t.c.id == row["id"], contact_id=self.keep)
                continue
            self._update("participation", t.c.id == own["id"], **_combined(own, row))
            self._move_health(row["id"], own["id"])
            self._move_placements(row["id"], own["id"])
            self._fold("participations", "participation", row)

    def _move_health(self, source: int, target: int) -> None:
        t = T["participation_health"]
        theirs = self._rows("participation_health", t.c.participation_id == source)
        if not theirs:
            return
        own = self._rows("participation_health", t.c.participation_id == target)
        if not own:
            self._update("participation_health", t.c.id == theirs[0]["id"],
                         participation_id=target)
            return
        joined = {f: join_texts(own[0][f], theirs[0][f], "; ") for f in HEALTH_FIELDS}
        self._update("participation_health", t.c.id == own[0]["id"], **joined)
        self.session.execute(sa.delete(t).where(t.c.id == theirs[0]["id"]))

    def _move_placements(self, source: int, target: int) -> None:
        t = T["host_placement"]
        taken = set(self.session.execute(
            sa.select(t.c.from_date).where(t.c.participation_id == target)).scalars())
        for row in self._rows("host_placement", t.c.participation_id == source):
            if row["from_date"] in taken:
                self._fold("host_placements", "host_placement", row)
            else:
                self._update("host_placement", t.c.id == row["id"], participation_id=target)

    def _funder_profiles(self) -> None:
        t, grant = T["funder_profile"], T["grant_application"]
        for row in self._rows("funder_profile", t.c.funder_id == self.gone):
            same = self.session.execute(sa.select(t.c.id).where(
                t.c.funder_id == self.keep, t.c.programme == row["programme"])).scalar()
            if same is None:
                self.moved["funder_profiles"] += self._update(
                    "funder_profile", t.c.id == row["id"], funder_id=self.keep)
            else:
                self._update("grant_application", grant.c.funder_profile_id == row["id"],
                             funder_profile_id=same)
                self._fold("funder_profiles", "funder_profile", row)


def _combined(own: Mapping, other: Mapping) -> dict[str, object]:
    """What the survivor's participation takes over from the other one in the same exchange."""
    values: dict[str, object] = {}
    if STATUS_STRENGTH[_value(other["status"])] > STATUS_STRENGTH[_value(own["status"])]:
        values["status"] = other["status"]
    if other["signature_collected"] and not own["signature_collected"]:
        values["signature_collected"] = True
    if own["arrives_on"] is None and own["departs_on"] is None:
        values |= {"arrives_on": other["arrives_on"], "departs_on": other["departs_on"]}
    for name in FILLED_FROM_OTHER:
        if own[name] in (None, "") and other[name] not in (None, ""):
            values[name] = other[name]
    if _value(own["visa_status"]) == "not_needed":
        values["visa_status"] = other["visa_status"]
    values["notes"] = join_texts(own["notes"], other["notes"])
    return values


def _value(value: object) -> str:
    return value.value if isinstance(value, Enum) else str(value)
