"""The demo association: a deterministic, fictional but realistic PartnerDesk database.

`build_demo` fills an empty database with a German partnership association, its Russian,
Polish, resting Russian and ended French partner towns, people and organisations, a past
and an upcoming youth exchange with minors, a delegation visit, a conference trip, a
cancelled trip and an idea, two grant applications with budgets, receipts and payments,
consents, passports and correspondence. It holds problems later checks should find: an
expired passport, a missing travel consent, unpaid fees, an over-full host family, overdue
milestones, a refused visa, health data of a past trip not yet purged.

* Deterministic: every choice and every UUID comes from one `random.Random(seed)`, dates
  are relative to `today`, every timestamp is `today` 09:00 UTC.
* `contacts` is the total number of contact rows, organisations and the fixed cast
  included; a smaller number still gives the whole cast. The people beyond it are members
  and supporters, written with Core bulk inserts in chunks (the ORM events that fill
  `search_text` do not fire there, so the rows carry it already).
* A receipt in foreign currency has `exchange_rate` in units of that currency per euro (as
  banks quote it) and `amount` = original amount / rate, rounded half-up to the cent.

The builder is split by concern: `demo_cast` (shared state, the association, its towns,
organisations and people), `demo_trips` (exchanges and everything hanging on them) and
`demo_grants` (funder profiles, applications and their bookkeeping); the words come from
`demo_data` and `demo_names`. This module puts them together and writes in bulk.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk import domain
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import demo_data as data
from partnerdesk.services.demo_cast import CHUNK
from partnerdesk.services.demo_grants import GrantBuilder
from partnerdesk.services.demo_trips import TripBuilder
from partnerdesk.storage.database import Database

SUMMARY_TABLES = {  # DemoSummary field → table (persons and organisations are counted apart)
    "contacts": "contact", "partner_towns": "partner_town", "memberships": "membership",
    "role_assignments": "contact_role", "organisation_links": "organisation_link",
    "guardianships": "guardianship", "host_profiles": "host_profile", "passports": "passport",
    "consents": "consent", "correspondence": "correspondence", "exchanges": "exchange",
    "participations": "participation", "health_records": "participation_health",
    "host_placements": "host_placement", "programme_items": "programme_item",
    "funder_profiles": "funder_profile", "grants": "grant_application",
    "milestones": "milestone", "budget_lines": "budget_line", "receipts": "receipt",
    "payments": "payment",
}


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo association has."""

    contacts: int
    persons: int
    organisations: int
    partner_towns: int
    memberships: int
    role_assignments: int
    organisation_links: int
    guardianships: int
    host_profiles: int
    passports: int
    consents: int
    correspondence: int
    exchanges: int
    participations: int
    health_records: int
    host_placements: int
    programme_items: int
    funder_profiles: int
    grants: int
    milestones: int
    budget_lines: int
    receipts: int
    payments: int


def build_demo(
    db: Database,
    contacts: int = 150,
    seed: int = 20261121,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill the empty database `db` with the demo association; refuse one that has contacts."""
    today = today or date.today()
    with db.unit() as session:
        if session.execute(sa.select(domain.Contact.id).limit(1)).first() is not None:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The database already holds contacts. The demo association is "
                "created only in an empty database."))
        _Builder(session, random.Random(seed), today, progress).build(contacts)
        summary = _summary(session)
        session.commit()
    return summary


def _summary(session: Session) -> DemoSummary:
    """Count the rows of each kind the demo wrote."""
    def rows(table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
        query = sa.select(sa.func.count()).select_from(table).where(*where)
        return session.execute(query).scalar_one()

    tables = domain.Base.metadata.tables
    counts = {field: rows(tables[name]) for field, name in SUMMARY_TABLES.items()}
    counts["persons"] = rows(tables["contact"], domain.Contact.kind == "person")
    counts["organisations"] = counts["contacts"] - counts["persons"]
    return DemoSummary(**counts)


class _Writer:
    """Core inserts in chunks, filling seeded UUIDs, timestamps, version and column defaults."""

    def __init__(self, session: Session, rng: random.Random, stamp: datetime) -> None:
        self.session, self.rng, self.stamp = session, rng, stamp
        self._defaults: dict[str, dict] = {}

    def _complete(self, table: sa.Table, rows: list[dict]) -> list[dict]:
        defaults = self._defaults.get(table.name)
        if defaults is None:
            defaults = self._defaults[table.name] = {
                c.key: c.default.arg if c.default is not None and c.default.is_scalar else None
                for c in table.columns if c.key != "id"}
        if "uuid" not in table.c:
            return rows
        bits, stamp = self.rng.getrandbits, self.stamp
        return [{**defaults, **row, "uuid": uuid.UUID(int=bits(128), version=4),
                 "created_at": stamp, "updated_at": stamp} for row in rows]

    def insert(self, entity, rows: list[dict], ids: bool = True) -> list[int]:
        """Insert `rows` (dicts by column key); return their new ids in order if `ids`.

        Plain executemany (SQLite's RETURNING would go row by row here); the new ids are
        read back as those above the previous maximum, which is the insertion order.
        """
        table = getattr(entity, "__table__", entity)
        rows, result = self._complete(table, rows), []
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            before = self.session.execute(sa.select(sa.func.max(table.c.id))).scalar() \
                if ids else None
            self.session.execute(sa.insert(table), chunk)
            if ids:
                query = sa.select(table.c.id).where(table.c.id > (before or 0))
                new = self.session.execute(query.order_by(table.c.id)).scalars().all()
                if len(new) != len(chunk):
                    raise RuntimeError(f"another writer inserted into {table.name}")
                result += new
        return result


class _Builder(GrantBuilder, TripBuilder):
    """Builds the demo association in one session, table by table."""

    def __init__(self, session: Session, rng: random.Random, today: date,
                 progress: Callable[[int, int], None] | None) -> None:
        stamp = datetime.combine(today, time(9, 0), tzinfo=UTC)
        super().__init__(session, rng, today, progress, _Writer(session, rng, stamp))

    def build(self, contacts: int) -> None:
        """Everything, in the order the foreign keys need."""
        self.association_and_towns()
        self.organisations()
        self.cast()
        fillers = max(0, contacts - len(self.orgs) - len(self.people))
        self.total = len(self.orgs) + len(self.people) + fillers + 200
        self.cast_details()
        self.tick(len(self.orgs) + len(self.people))
        self.fillers(fillers)
        self.exchanges()
        self.grants()
        self.w.insert(domain.Correspondence, [
            {"dated": self.day(days), "direction": direction, "subject": subject,
             "contact_id": self.id(who) if who else None, "summary": summary,
             "partner_town_id": self.towns[town] if town else None, "attachment_path": path}
            for days, direction, who, town, subject, summary, path in data.CORRESPONDENCE],
            ids=False)
        self.merge_history()
        self.tick(100)

