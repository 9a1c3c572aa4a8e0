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
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import count

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk import domain
from partnerdesk.domain.search_text import contact_search_text, contact_sort_name
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import demo_data as data
from partnerdesk.services.demo_data import years_before
from partnerdesk.storage.database import Database

CHUNK = 2000
CENT = Decimal("0.01")
GERMAN_HOST_BEDS = [2, 2, 1, 2, 3, 2, 1, 2]    # the third host gets two guests: over capacity
GERMAN_HOST_GUESTS = [2, 2, 2, 1, 2, 1, 1, 1]  # the 12 Russian minors of the upcoming exchange
RUSSIAN_HOST_GUESTS = [2, 2, 2, 2, 1, 1]       # the 10 German minors of the past exchange
UPCOMING_VISAS = ["issued", "issued", "issued", "applied", "issued", "applied", "issued",
                  "issued", "applied", "needed", "refused", "not_needed"]
Who = int | str                                 # a cast position or a named cast key
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
    def rows(table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
        query = sa.select(sa.func.count()).select_from(table).where(*where)
        return session.execute(query).scalar_one()

    tables = domain.Base.metadata.tables
    counts = {field: rows(tables[name]) for field, name in SUMMARY_TABLES.items()}
    counts["persons"] = rows(tables["contact"], domain.Contact.kind == "person")
    counts["organisations"] = counts["contacts"] - counts["persons"]
    return DemoSummary(**counts)


def _money(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _hm(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


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


class _Builder:
    """Builds the demo association in one session, table by table."""

    def __init__(self, session: Session, rng: random.Random, today: date,
                 progress: Callable[[int, int], None] | None) -> None:
        self.session, self.rng, self.today, self.progress = session, rng, today, progress
        self.w = _Writer(session, rng, datetime.combine(today, time(9, 0), tzinfo=UTC))
        self.make = data.People(rng, today)
        self.past = (self.day(-170), self.day(-161))   # the youth exchange that is done
        self.next = (self.day(40), self.day(48))       # the one that is coming
        self.people: list[dict] = []                    # the cast; ids once inserted
        self.ids: list[int] = []
        self.key: dict[str, int] = {}                   # named cast → position
        self.exchange: dict[str, int] = {}              # exchange key → id
        self.roles: list[tuple[int, str]] = []
        self.numbers = count(1)
        self.done, self.total = 0, 1

    def day(self, offset: int, anchor: date | None = None) -> date:
        return (anchor or self.today) + timedelta(days=offset)

    def tick(self, amount: int) -> None:
        self.done += amount
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def add(self, row: dict, roles: str = "", key: str | None = None) -> int:
        self.people.append(row)
        position = len(self.people) - 1
        self.roles += [(position, role) for role in roles.split()]
        if key:
            self.key[key] = position
        return position

    def id(self, who: Who) -> int:
        return self.ids[self.key[who] if isinstance(who, str) else who]

    def row(self, who: Who) -> dict:
        return self.people[self.key[who] if isinstance(who, str) else who]

    def name(self, who: Who) -> str:
        return f"{self.row(who)['given_name']} {self.row(who)['family_name']}"

    def membership(self, contact_id: int, joined: date, left: date | None = None) -> dict:
        return {"contact_id": contact_id, "number": f"{next(self.numbers):05d}",
                "joined_on": joined, "left_on": left}

    def consent(self, who: Who, purpose: str, given: date, guardian: Who | None = None,
                exchange: str | None = None, **fields: object) -> dict:
        return {"contact_id": self.id(who), "purpose": purpose, "given_on": given,
                "given_by": "self" if guardian is None else "guardian",
                "guardian_id": None if guardian is None else self.id(guardian),
                "guardian_name": "" if guardian is None else self.name(guardian),
                "exchange_id": self.exchange[exchange] if exchange else None,
                "channel": "paper" if exchange else "form",
                "text_version": "Einwilligung 2024-01 (de/ru)", **fields}

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
        self.tick(100)

    def association_and_towns(self) -> None:
        profile = self.session.execute(sa.select(domain.AssociationProfile.id)).scalar()
        if profile is None:
            profile = self.w.insert(domain.AssociationProfile, [data.ASSOCIATION])[0]
        else:  # a profile saved before the demo was made: the demo takes it over
            table = domain.AssociationProfile.__table__
            self.session.execute(sa.update(table).where(table.c.id == profile).values(
                **data.ASSOCIATION, updated_at=self.w.stamp, version=table.c.version + 1))
            self.session.execute(sa.delete(domain.BoardMember.__table__).where(
                domain.BoardMember.__table__.c.profile_id == profile))
        self.w.insert(domain.BoardMember, [
            {"profile_id": profile, "name": name, "function": function, "signs": signs,
             "sort_order": i} for i, (name, function, signs) in enumerate(data.BOARD)],
            ids=False)
        ids = self.w.insert(domain.PartnerTown, [
            {"name": t[1], "name_native": t[2], "country": t[3], "region": t[4],
             "relation": t[5], "partnership_since": date.fromisoformat(t[6]), "language": t[7],
             "time_zone": t[8], "passport_margin_months": t[9], "status": t[10][-1][0],
             "notes": t[11]} for t in data.PARTNER_TOWNS])
        self.towns = {t[0]: town_id for t, town_id in zip(data.PARTNER_TOWNS, ids, strict=True)}
        self.make.partner_town_id = self.towns["nowo"]
        self.w.insert(domain.PartnerTownStatusChange, [
            {"partner_town_id": self.towns[t[0]], "status": status,
             "since": date.fromisoformat(since), "note": note}
            for t in data.PARTNER_TOWNS for status, since, note in t[10]], ids=False)

    def organisations(self) -> None:
        rows = []
        for _, name, kind, side, town, street, code, city, country, phone, mail, _ in \
                data.ORGANISATIONS:
            row = {"kind": "organisation", "organisation_name": name, "organisation_kind": kind,
                   "side": side, "partner_town_id": self.towns.get(town), "street": street,
                   "postal_code": code, "city": city, "country": country, "phone": phone,
                   "email": mail, "website": "https://" + mail.split("@")[1]}
            row["search_text"], row["sort_name"] = contact_search_text(row), contact_sort_name(row)
            rows.append(row)
        ids = self.w.insert(domain.Contact, rows)
        self.orgs = {o[0]: org_id for o, org_id in zip(data.ORGANISATIONS, ids, strict=True)}
        self.org_rows = {o[0]: row for o, row in zip(data.ORGANISATIONS, rows, strict=True)}
        self.w.insert(domain.ContactRoleAssignment, [
            {"contact_id": self.orgs[o[0]], "role": role}
            for o in data.ORGANISATIONS for role in o[11].split()], ids=False)

    def cast(self) -> None:
        """The named people, then German and Russian families with minors and host families."""
        rng, make, home = self.rng, self.make, data.CITIES_DE[0]
        towns = {t[0]: t for t in data.PARTNER_TOWNS}
        for (key, gender, title, given, family, given_ru, family_ru, pass_given, pass_family,
             year, side, town, roles, org, _, languages) in data.NAMED_PEOPLE:
            fields = {"title": title, "languages": languages, "given_name_native": given_ru,
                      "family_name_native": family_ru, "passport_given_name": pass_given or given,
                      "passport_family_name": pass_family or family}
            born = date(year, rng.randint(1, 12), rng.randint(1, 28))
            if org and side != "home":    # reached at work
                fields.update({k: self.org_rows[org][k] for k in ("street", "postal_code", "city",
                                                                   "country", "phone")})
            if town:
                country = towns[town][3]
                streets = data.STREETS_ABROAD.get(country, data.STREETS_RU)
                fields = {"city": towns[town][2], "country": country, "nationality": country,
                          "street": f"{rng.choice(streets)} {rng.randint(1, 40)}",
                          "postal_code": f"{data.POSTAL_PREFIX[town]}{rng.randint(10, 99)}",
                          "partner_town_id": self.towns[town], **fields}
                self.add(make.person(gender, given, family, born, side, **fields), roles, key)
            else:
                self.add(make.german(gender, family, born, given, home, side=side, **fields),
                         roles, key)
        self.de_minors, self.de_parents, self.de_hosts = [], [], []
        for i, family in enumerate(rng.sample(data.FAMILY_DE, 12)):
            mother = make.german("female", family, make.born(38, 52), place=home)
            shared = {k: mother[k] for k in ("street", "phone")}
            parents = [self.add(mother, "member" if i % 2 else "")]
            if rng.random() < 0.7:
                parents.append(self.add(make.german("male", family, make.born(40, 55),
                                                    place=home, **shared), "volunteer"))
            if i < len(GERMAN_HOST_BEDS):
                self.roles.append((parents[0], "host_family"))
                self.de_hosts.append(parents[0])
            for _ in range(2 if i < 2 else 1):
                gender = rng.choice(["female", "male"])
                given = rng.choice(data.FEMALE_GIVEN_YOUNG_DE if gender == "female"
                                   else data.MALE_GIVEN_YOUNG_DE)
                born = make.exact_age(self.next[0], 13, 17)
                self.de_minors.append(self.add(make.german(
                    gender, family, born, given, home, passport_given_name=given,
                    passport_family_name=family, **shared)))
                self.de_parents.append(parents)
        self.ru_minors, self.ru_parents, self.ru_hosts = [], [], []
        for i, family in enumerate(rng.sample(data.FAMILY_RU, 12)):
            mother = make.russian("female", family, make.born(35, 50))
            parents = [self.add(mother)]
            if rng.random() < 0.4:
                parents.append(self.add(make.russian("male", family, make.born(37, 55),
                                                     street=mother["street"])))
            if i < len(RUSSIAN_HOST_GUESTS):
                self.roles.append((parents[0], "host_family"))
                self.ru_hosts.append(parents[0])
            born = make.exact_age(self.next[0], 13, 17)
            self.ru_minors.append(self.add(make.russian(
                rng.choice(["female", "male"]), family, born, passport=True,
                street=mother["street"])))
            self.ru_parents.append(parents)

    def cast_details(self) -> None:
        """The cast's roles, memberships, host profiles, links, guardians, passports, consents."""
        rng = self.rng
        self.ids = self.w.insert(domain.Contact, self.people)
        self.w.insert(domain.ContactRoleAssignment, [
            {"contact_id": self.ids[p], "role": role} for p, role in self.roles], ids=False)
        members = sorted({p for p, role in self.roles if role == "member"})
        joined = {p: self.day(-rng.randint(200, 9000)) for p in members}
        self.w.insert(domain.Membership, [self.membership(self.ids[p], joined[p]) for p in members],
                      ids=False)
        hosts = list(zip(self.de_hosts, GERMAN_HOST_BEDS, strict=True)) + [
            (p, rng.choice([2, 2, 3])) for p in self.ru_hosts]
        self.w.insert(domain.HostProfile, [
            {"contact_id": self.ids[p], "beds": beds, "pets": rng.choice(data.PETS),
             "smoking": rng.random() < 0.15, "languages": self.row(p)["languages"] + ", en",
             "notes": rng.choice(data.HOST_NOTES)} for p, beds in hosts], ids=False)
        self.w.insert(domain.OrganisationLink, [
            {"person_id": self.id(p[0]), "organisation_id": self.orgs[p[13]], "function": p[14]}
            for p in data.NAMED_PEOPLE if p[13]] + [
            {"person_id": self.ids[p], "organisation_id": self.orgs[org], "function": function}
            for minors, org, function in ((self.de_minors, "gym", "Schüler/in"),
                                          (self.ru_minors, "school", "ученик / Schüler/in"))
            for p in minors], ids=False)
        self.guardians = dict(zip(self.de_minors + self.ru_minors,
                                  self.de_parents + self.ru_parents, strict=True))
        self.w.insert(domain.Guardianship, [
            {"ward_id": self.ids[minor], "guardian_id": self.ids[parent],
             "relation": "Mutter" if self.row(parent)["gender"] == "female" else "Vater"}
            for minor, parents in self.guardians.items() for parent in parents], ids=False)
        passports = []
        for who in self.de_minors[:10] + ["leader1", "leader2", "interpreter"]:
            expires = self.day(20 if who == self.de_minors[0] else rng.randint(200, 2000))
            number = rng.choice("CFGHJK") + "".join(rng.choices("CFGHJKLMNPRTVWXYZ0123456789",
                                                                k=8))
            passports.append((who, "DE", expires, 6 if isinstance(who, int) else 10, number))
        for i, who in enumerate(self.ru_minors + ["ruleader1", "ruleader2", "ruinterpreter"]):
            expires = {9: self.day(-20), 1: self.day(30, self.next[1]),    # expired; too short
                       7: self.day(75, self.next[1])}.get(i, self.day(rng.randint(400, 1800),
                                                                      self.next[1]))
            passports.append((who, "RU", expires, 5 if i < 12 else 10,
                              f"{rng.randint(70, 79)} {rng.randint(1000000, 9999999)}"))
        self.w.insert(domain.PassportRecord, [
            {"contact_id": self.id(who), "number": number, "issuing_country": country,
             "expires_on": expires, "issued_on": years_before(expires, years)}
            for who, country, expires, years, number in passports], ids=False)
        consents = [self.consent(p, "data_processing", joined[p]) for p in members]
        consents += [self.consent(p, "newsletter", joined[p], channel="email")
                     for p in members if rng.random() < 0.4]
        for minor, parents in self.guardians.items():
            given = self.day(-rng.randint(60, 400))
            consents.append(self.consent(minor, "data_processing", given, parents[0]))
            consents.append(self.consent(minor, "photos", given, parents[0], withdrawn_on=(
                self.day(-30) if minor == self.de_minors[0] else None)))
        self.w.insert(domain.Consent, consents, ids=False)

    def fillers(self, number: int) -> None:
        """Generated members and supporters (80 % German, 20 % Russian), chunk by chunk."""
        rng, make = self.rng, self.make
        for start in range(0, number, CHUNK):
            rows, draws = [], []
            for _ in range(min(CHUNK, number - start)):
                gender = "female" if rng.random() < 0.52 else "male"
                if rng.random() < 0.8:
                    rows.append(make.german(gender, rng.choice(data.FAMILY_DE), make.born(18, 88)))
                    draws.append(rng.random())
                else:
                    rows.append(make.russian(gender, rng.choice(data.FAMILY_RU), make.born(18, 80)))
                    draws.append(2 + rng.random())
            roles, memberships, consents = [], [], []
            for contact_id, draw in zip(self.w.insert(domain.Contact, rows), draws, strict=True):
                if draw < 0.6:                                 # a member, some of them former
                    joined = self.day(-rng.randint(30, 12000))
                    left = self.day(rng.randint(10, 4000), joined) if draw < 0.04 else None
                    left = left if left and left < self.today else None
                    memberships.append(self.membership(contact_id, joined, left))
                    if left is None:
                        roles.append({"contact_id": contact_id, "role": "member"})
                    consents.append({"contact_id": contact_id, "purpose": "data_processing",
                                     "given_on": joined, "text_version": "Beitrittserklärung"})
                elif draw < 0.68 or draw >= 2.75:
                    roles.append({"contact_id": contact_id,
                                  "role": "volunteer" if draw < 1 else "partner_contact"})
            self.w.insert(domain.ContactRoleAssignment, roles, ids=False)
            self.w.insert(domain.Membership, memberships, ids=False)
            self.w.insert(domain.Consent, consents, ids=False)
            self.tick(len(rows))

    def exchanges(self) -> None:
        """Two youth exchanges, a delegation, a conference, a cancelled trip and an idea."""
        d, (p, p_end), (n, n_end) = self.day, self.past, self.next
        specs = [  # key, title, kind, direction, start, end, place, status, organiser,
                   # capacity, fee, partner town
            ("past", f"Jugendbegegnung „Wasser verbindet“ in Nowoberjosowsk {p.year}",
             "youth_exchange", "outgoing", p, p_end, "Nowoberjosowsk", "done", "leader1", 16,
             "250.00", "nowo"),
            ("next", f"Rückbegegnung „Unsere Flüsse“ in Mühlenstedt {n.year}", "youth_exchange",
             "incoming", n, n_end, "Mühlenstedt", "confirmed", "secretary", 30, "120.00",
             "nowo"),
            ("deleg", "Delegation aus Zielonów zum Stadtfest", "delegation", "incoming", d(-75),
             d(-73), "Mühlenstedt", "done", "chair", 6, None, "ziel"),
            ("conf", "Deutsch-Russische Städtepartnerkonferenz (hybrid)", "conference",
             "outgoing", d(95), d(96), "Erfurt und online", "planning", "chair", 4, "85.00",
             "nowo"),
            ("cancel", "Bürgerreise nach Krasnoklinsk", "citizen_trip", "outgoing",
             date(2022, 5, 14), date(2022, 5, 21), "Krasnoklinsk", "cancelled", "assessor1", 20,
             "690.00", "kras"),
            ("idea", "Online-Sprachcafé mit Zielonów", "online", "third_place", d(200), d(200),
             "online", "idea", "leader2", 25, None, "ziel")]
        ids = self.w.insert(domain.Exchange, [
            {"title": s[1], "kind": s[2], "direction": s[3], "start_date": s[4], "end_date": s[5],
             "place": s[6], "status": s[7], "organiser_id": self.id(s[8]), "capacity": s[9],
             "participant_fee": _money(s[10]), "topics": data.EXCHANGE_TOPICS[s[0]][0],
             "goals": data.EXCHANGE_TOPICS[s[0]][1], "notes": data.EXCHANGE_TOPICS[s[0]][2]}
            for s in specs])
        self.exchange = {s[0]: exchange_id for s, exchange_id in zip(specs, ids, strict=True)}
        self.w.insert(domain.exchange_partner_town, [
            {"exchange_id": self.exchange[s[0]], "partner_town_id": self.towns[s[11]]}
            for s in specs], ids=False)
        participation = self.participations()
        self.trip_details(participation)

    def participations(self) -> dict[tuple[str, Who], int]:
        """Who takes part in which exchange; returns (exchange key, who) → participation id."""
        rng, d, p = self.rng, self.day, self.past[0]
        rows: list[dict] = []
        index: dict[tuple[str, Who], int] = {}

        def take(key: str, who: Who, role: str = "participant", side: str = "home",
                 status: str = "confirmed", visa: str = "not_needed", **fields: object) -> None:
            applied = {"issued": -rng.randint(25, 50), "applied": -rng.randint(5, 20),
                       "refused": -rng.randint(20, 40)}.get(visa)
            anchor = p if key == "past" else None
            index[key, who] = len(rows)
            rows.append({"exchange_id": self.exchange[key], "contact_id": self.id(who),
                         "role": role, "side": side, "status": status, "visa_status": visa,
                         "visa_applied_on": None if applied is None else d(applied, anchor),
                         "visa_issued_on": d(applied + 14, anchor) if visa == "issued" else None,
                         **fields})

        def minor(key: str, who: int, side: str, **fields: object) -> None:
            guardian = self.guardians[who][0]
            take(key, who, side=side, emergency_contact_id=self.id(guardian),
                 emergency_contact_name=self.name(guardian),
                 emergency_contact_phone=self.row(guardian).get("phone")
                 or self.row(guardian)["mobile"], **fields)

        paid = [Decimal("250.00")] * 10
        paid[3] = Decimal("150.00")                                 # still owes 100 €
        self.past_fees = sum(paid)
        for i, who in enumerate(self.de_minors[:10]):
            minor("past", who, "home", visa="issued", fee_due=Decimal("250.00"), fee_paid=paid[i],
                  signature_collected=True, insurance=data.INSURERS[0])
        for who, role in (("leader1", "leader"), ("leader2", "leader"),
                          ("interpreter", "interpreter")):
            take("past", who, role, visa="issued", signature_collected=True,
                 insurance=data.INSURERS[0])
        take("past", "ruleader1", "leader", "partner", signature_collected=True)
        for who in self.ru_hosts:
            take("past", who, "host", "partner")
        for i, who in enumerate(self.ru_minors):
            minor("next", who, "partner", visa=UPCOMING_VISAS[i], insurance=data.INSURERS[3],
                  status="registered" if i == 11 else "confirmed",
                  notes={10: "Visum abgelehnt, Remonstration eingelegt",
                         11: "Schengen-Visum (Mehrfach) noch gültig"}.get(i, ""))
        for who, role, visa in (("ruleader1", "leader", "issued"),
                                ("ruleader2", "leader", "issued"),
                                ("ruinterpreter", "interpreter", "applied")):
            take("next", who, role, "partner", visa=visa, insurance=data.INSURERS[3])
        fees = ["120.00"] * 6 + ["60.00", "60.00", "0.00", "0.00"]  # two paid half, two not
        for i, who in enumerate(self.de_minors[4:14]):
            minor("next", who, "home", fee_due=Decimal("120.00"), fee_paid=Decimal(fees[i]),
                  insurance=data.INSURERS[1 + i % 2],
                  status="waiting_list" if i == 9 else "confirmed")
        for who, role in (("leader1", "leader"), ("secretary", "leader"),
                          ("interpreter", "interpreter"), ("chair", "organiser")):
            take("next", who, role)
        for who in self.de_hosts:
            take("next", who, "host")
        for who in ("plofficer", "plmayor", "plguest1", "plguest2"):
            take("deleg", who, "guest", "partner", signature_collected=True)
        for who, role in (("chair", "organiser"), ("mayor", "host"), ("assessor1", "driver")):
            take("deleg", who, role)
        for who, fee_paid in (("chair", "85.00"), ("secretary", None), ("interpreter", None)):
            take("conf", who, status="registered", fee_due=Decimal("85.00"),
                 fee_paid=_money(fee_paid))
        for who in ("assessor1", "assessor2", "treasurer"):
            take("cancel", who, status="cancelled")
        return dict(zip(index, self.w.insert(domain.Participation, rows), strict=True))

    def trip_details(self, participation: dict[tuple[str, Who], int]) -> None:
        """Health data, host placements, programmes and the consents the trips need."""
        d, p, n = self.day, self.past[0], self.next[0]
        sick = [("past", self.de_minors[1]), ("past", self.de_minors[5]),
                ("next", self.ru_minors[0]), ("next", self.ru_minors[3]),
                ("next", self.ru_minors[6]), ("next", self.ru_minors[10]),
                ("next", self.de_minors[4]), ("next", "ruleader2")]
        self.w.insert(domain.ParticipationHealth, [
            {"participation_id": participation[key], "allergies": allergies,
             "medication": medication, "diet": diet}
            for key, (allergies, medication, diet) in zip(sick, data.HEALTH * 2, strict=False)],
            ids=False)
        placements = []
        for key, guests, hosts, per_host, (start, end) in (
                ("past", self.de_minors[:10], self.ru_hosts, RUSSIAN_HOST_GUESTS, self.past),
                ("next", self.ru_minors, self.de_hosts, GERMAN_HOST_GUESTS, self.next),
                ("deleg", ["plguest1", "plguest2"], self.de_hosts[:2], [1, 1], (d(-75), d(-73)))):
            queue = iter(guests)
            placements += [{"participation_id": participation[key, next(queue)],
                            "host_id": self.id(host), "from_date": start, "to_date": end}
                           for host, guests_here in zip(hosts, per_host, strict=True)
                           for _ in range(guests_here)]
        self.w.insert(domain.HostPlacement, placements, ids=False)
        self.w.insert(domain.ProgrammeItem, [
            {"exchange_id": self.exchange[key], "day": d(offset, start), "title": item[2],
             "start_time": _hm(item[0]), "end_time": _hm(item[1]), "title_native": item[3],
             "place": item[4], "responsible_id": self.id(who), "responsible_name": self.name(who)}
            for key, start, days, who in (("past", p, data.PROGRAMME_OUTGOING, "ruleader1"),
                                          ("next", n, data.PROGRAMME_INCOMING, "leader1"),
                                          ("deleg", d(-75), data.PROGRAMME_DELEGATION, "chair"),
                                          ("conf", d(95), data.PROGRAMME_CONFERENCE, "chair"))
            for offset, items in enumerate(days) for item in items], ids=False)
        consents = [self.consent(who, "minor_travel", d(-40, p), self.guardians[who][0], "past")
                    for who in self.de_minors[:10]]
        for i, who in enumerate(self.ru_minors):
            purposes = ["medical_treatment"] + (["minor_travel"] if i != 11 else [])  # one lacks
            consents += [self.consent(who, purpose, d(-30), self.guardians[who][0], "next")
                         for purpose in purposes]
        consents += [self.consent(who, "health_data", d(-45, p if key == "past" else None),
                                  self.guardians[who][0] if who in self.guardians else None, key)
                     for key, who in sick]
        self.w.insert(domain.Consent, consents, ids=False)
        self.tick(50)

    def grants(self) -> None:
        """Funder profiles; one application with funds received, one submitted."""
        rng, d, (p, p_end), (n, n_end) = self.rng, self.day, self.past, self.next
        profiles = self.w.insert(domain.FunderProfile, [
            {"funder_id": self.orgs[f[0]], "programme": f[1], "is_example": True, "min_age": f[2],
             "max_age": f[3], "min_programme_days": f[4], "max_participants_per_side": f[5],
             "max_leaders_per_side": f[6], "participants_per_leader": f[7],
             "daily_rate": Decimal(f[8]), "required_documents": f[9],
             "application_weeks_before": f[10], "proof_of_use_months_after": f[11],
             "retention_years": f[12], "notes": data.FUNDER_NOTE} for f in data.FUNDER_PROFILES])
        past, upcoming = self.w.insert(domain.GrantApplication, [
            {"title": f"Jugendbegegnung Nowoberjosowsk {p.year}", "funder_id": self.orgs["drja"],
             "funder_profile_id": profiles[0], "programme": data.FUNDER_PROFILES[0][1],
             "file_reference": f"DRJA-{p.year}-0457", "status": "funds_received",
             "amount_requested": Decimal("6200.00"), "amount_approved": Decimal("5400.00"),
             "submitted_on": d(-120, p), "decided_on": d(-75, p)},
            {"title": f"Rückbegegnung Mühlenstedt {n.year}", "funder_id": self.orgs["land"],
             "funder_profile_id": profiles[1], "programme": data.FUNDER_PROFILES[1][1],
             "file_reference": f"LSJP-{n.year}-112", "status": "submitted",
             "amount_requested": Decimal("4800.00"), "submitted_on": d(-35)}])
        self.w.insert(domain.grant_exchange, [
            {"grant_id": past, "exchange_id": self.exchange["past"]},
            {"grant_id": upcoming, "exchange_id": self.exchange["next"]}], ids=False)
        self.w.insert(domain.GrantStatusChange, [
            {"grant_id": grant, "status": status, "changed_on": day}
            for grant, status, day in (
                (past, "draft", d(-150, p)), (past, "submitted", d(-120, p)),
                (past, "approved", d(-75, p)), (past, "funds_requested", d(-30, p)),
                (past, "funds_received", d(30, p_end)),
                (upcoming, "draft", d(-60)), (upcoming, "submitted", d(-35)))], ids=False)
        self.w.insert(domain.Milestone, [
            {"grant_id": grant, "kind": kind, "title": title, "due_on": due, "done_on": done}
            for grant, kind, title, due, done in (
                (past, "application_deadline", "Antragsfrist", d(-119, p), d(-120, p)),
                (past, "fund_request", "Mittelabruf 1. Rate", d(-28, p), d(-30, p)),
                (past, "interim_report", "Sachbericht an den Vorstand", d(-8), None),
                (past, "proof_of_use", "Verwendungsnachweis (Frist verlängert)", d(12), None),
                (past, "retain_receipts", "Belege aufbewahren bis", d(5 * 365, p_end), None),
                (upcoming, "application_deadline", "Antragsfrist", d(-34), d(-35)),
                (upcoming, "change_notice", "Geänderte Teilnehmerzahl melden", d(-3), None),
                (upcoming, "other", "Programm zweisprachig nachreichen", d(5), None),
                (upcoming, "fund_request", "Mittelabruf", d(-14, n), None),
                (upcoming, "proof_of_use", "Verwendungsnachweis", d(90, n_end), None))],
            ids=False)
        lines = self.w.insert(domain.BudgetLine, [
            {"grant_id": grant, "side": side, "category": category, "description": text,
             "planned": Decimal(planned), "approved": _money(approved), "sort_order": i}
            for grant, plan in ((past, data.BUDGET_PAST), (upcoming, data.BUDGET_UPCOMING))
            for i, (side, category, text, planned, approved) in enumerate(plan)])
        line = {plan[1]: line_id for plan, line_id in zip(data.BUDGET_PAST, lines,
                                                          strict=False)}
        receipts = []
        for days, counterparty, purpose, category, amount in data.RECEIPTS_PAST:
            issued = d(days, p)
            row = {"budget_line_id": line[category], "issued_on": issued,
                   "counterparty": counterparty, "purpose": purpose,
                   "paid_on": issued if days > 0 else d(rng.randint(1, 10), issued)}
            if isinstance(amount, tuple):               # paid in roubles on the spot
                original, rate = Decimal(amount[0]), Decimal(amount[2])
                row.update(amount=(original / rate).quantize(CENT, ROUND_HALF_UP),
                           original_amount=original, original_currency=amount[1],
                           exchange_rate=rate, rate_date=issued)
            else:
                row["amount"] = Decimal(amount)
            receipts.append(row)
        payments = [(d(-21, p), Decimal("3000.00")), (d(30, p_end), Decimal("2400.00"))]
        town = Decimal("500.00")
        own = (sum(r["amount"] for r in receipts) - self.past_fees - town  # books balance
               - sum(amount for _, amount in payments))
        for category, counterparty, purpose, day, amount in (
                ("participant_fees", "Teilnehmende", "Teilnehmerbeiträge lt. Liste", d(-5, p),
                 self.past_fees),
                ("town_grant", "Stadtverwaltung Mühlenstedt", "Zuschuss Städtepartnerschaft",
                 d(14, p_end), town),
                ("own_share", data.ASSOCIATION["name"], "Eigenanteil aus Mitgliedsbeiträgen",
                 d(40, p_end), own)):
            receipts.append({"budget_line_id": line[category], "issued_on": day, "paid_on": day,
                             "counterparty": counterparty, "purpose": purpose, "amount": amount})
        receipts.sort(key=lambda r: (r["issued_on"], r["purpose"]))
        self.w.insert(domain.Receipt, [{**r, "grant_id": past, "number": i}
                                for i, r in enumerate(receipts, 1)], ids=False)
        self.w.insert(domain.Payment, [{"grant_id": past, "received_on": day, "amount": amount,
                                 "note": f"{i}. Rate"}
                                for i, (day, amount) in enumerate(payments, 1)], ids=False)
        self.tick(50)
