"""The demo association's people: its profile, partner towns, organisations and cast.

`CastBuilder` holds what every part of the demo builder shares (the session, the seeded
random generator, `today`, the bulk writer, progress, the cast and the ids written so far)
with the helpers the parts use, and writes the association profile, board, partner towns,
organisations, the named cast with German and Russian families, their roles, memberships,
host profiles, links, guardians, passports and consents, and the generated members and
supporters. The exchanges (`demo_trips`) and grants (`demo_grants`) build on it.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import count
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk import domain
from partnerdesk.domain.match_key import key_rows
from partnerdesk.domain.search_text import contact_search_text, contact_sort_name
from partnerdesk.dto.duplicates import REFERENCE_LABELS
from partnerdesk.services import demo_data as data
from partnerdesk.services import demo_names as names
from partnerdesk.services.checks.rules import shift_years

CHUNK = 2000                                    # rows per bulk insert and per filler batch
GERMAN_HOST_BEDS = [2, 2, 1, 2, 3, 2, 1, 2]    # the third host gets two guests: over capacity
GERMAN_HOST_GUESTS = [2, 2, 2, 1, 2, 1, 1, 1]  # the 12 Russian minors of the upcoming exchange
RUSSIAN_HOST_GUESTS = [2, 2, 2, 2, 1, 1]       # the 10 German minors of the past exchange
Who = int | str                                 # a cast position or a named cast key


def money(text: str | None) -> Decimal | None:
    """An amount given as a string (or None) as a `Decimal`."""
    return None if text is None else Decimal(text)


class RowWriter(Protocol):
    """The bulk writer the builder writes through (`demo._Writer`)."""

    stamp: datetime

    def insert(self, entity, rows: list[dict], ids: bool = True) -> list[int]:
        """Insert `rows` into the table of `entity`; return their new ids in order if `ids`."""
        ...


class CastBuilder:
    """The builder's shared state and helpers, and the people of the demo association."""

    towns: dict[str, int]                       # partner town key → id
    orgs: dict[str, int]                        # organisation key → contact id
    org_rows: dict[str, dict]                   # organisation key → contact row
    de_minors: list[int]                        # cast positions, as the lists below
    de_parents: list[list[int]]
    de_hosts: list[int]
    ru_minors: list[int]
    ru_parents: list[list[int]]
    ru_hosts: list[int]
    guardians: dict[int, list[int]]             # minor → parents

    def __init__(self, session: Session, rng: random.Random, today: date,
                 progress: Callable[[int, int], None] | None, writer: RowWriter) -> None:
        self.session, self.rng, self.today, self.progress = session, rng, today, progress
        self.w = writer
        self.make = names.People(rng, today)
        self.past = (self.day(-170), self.day(-161))   # the youth exchange that is done
        self.next = (self.day(40), self.day(48))       # the one that is coming
        self.school = (self.day(61), self.day(64))     # a short school exchange after it
        self.people: list[dict] = []                    # the cast; ids once inserted
        self.ids: list[int] = []
        self.key: dict[str, int] = {}                   # named cast → position
        self.exchange: dict[str, int] = {}              # exchange key → id
        self.roles: list[tuple[int, str]] = []
        self.numbers = count(1)
        self.done, self.total = 0, 1

    def day(self, offset: int, anchor: date | None = None) -> date:
        """The day `offset` days after `anchor` (default: today)."""
        return (anchor or self.today) + timedelta(days=offset)

    def tick(self, amount: int) -> None:
        """Count `amount` steps as done and report progress."""
        self.done += amount
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def add(self, row: dict, roles: str = "", key: str | None = None) -> int:
        """Add a person to the cast with space-separated `roles`; return the position."""
        self.people.append(row)
        position = len(self.people) - 1
        self.roles += [(position, role) for role in roles.split()]
        if key:
            self.key[key] = position
        return position

    def id(self, who: Who) -> int:
        """The contact id of a cast member, once the cast is written."""
        return self.ids[self.key[who] if isinstance(who, str) else who]

    def row(self, who: Who) -> dict:
        """The contact row of a cast member."""
        return self.people[self.key[who] if isinstance(who, str) else who]

    def name(self, who: Who) -> str:
        """Given and family name of a cast member."""
        return f"{self.row(who)['given_name']} {self.row(who)['family_name']}"

    def membership(self, contact_id: int, joined: date, left: date | None = None) -> dict:
        """A membership row with the next membership number."""
        return {"contact_id": contact_id, "number": f"{next(self.numbers):05d}",
                "joined_on": joined, "left_on": left}

    def consent(self, who: Who, purpose: str, given: date, guardian: Who | None = None,
                exchange: str | None = None, **fields: object) -> dict:
        """A consent row, given by the person or by `guardian`, for an exchange or not."""
        return {"contact_id": self.id(who), "purpose": purpose, "given_on": given,
                "given_by": "self" if guardian is None else "guardian",
                "guardian_id": None if guardian is None else self.id(guardian),
                "guardian_name": "" if guardian is None else self.name(guardian),
                "exchange_id": self.exchange[exchange] if exchange else None,
                "channel": "paper" if exchange else "form",
                "text_version": "Einwilligung 2024-01 (de/ru)", **fields}

    def match_keys(self, ids: list[int], rows: list[dict]) -> None:
        """The duplicate detector's keys of contacts written in bulk (no ORM event fires)."""
        self.w.insert(domain.contact_match_key, [
            key for contact_id, row in zip(ids, rows, strict=True)
            for key in key_rows(contact_id, row)], ids=False)

    def association_and_towns(self) -> None:
        """The association profile (taking over one saved before), board, partner towns."""
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
        """Schools, clubs, funders, companies, media and partner town administrations."""
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
        self.match_keys(ids, rows)
        self.orgs = {o[0]: org_id for o, org_id in zip(data.ORGANISATIONS, ids, strict=True)}
        self.org_rows = {o[0]: row for o, row in zip(data.ORGANISATIONS, rows, strict=True)}
        self.w.insert(domain.ContactRoleAssignment, [
            {"contact_id": self.orgs[o[0]], "role": role}
            for o in data.ORGANISATIONS for role in o[11].split()], ids=False)

    def cast(self) -> None:
        """The named people, then German and Russian families with minors and host families."""
        rng, make, home = self.rng, self.make, names.CITIES_DE[0]
        for person in data.NAMED_PEOPLE[:-2]:
            self.named(person)
        self.de_minors, self.de_parents, self.de_hosts = [], [], []
        for i, family in enumerate(rng.sample(names.FAMILY_DE, 12)):
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
                given = rng.choice(names.FEMALE_GIVEN_YOUNG_DE if gender == "female"
                                   else names.MALE_GIVEN_YOUNG_DE)
                born = make.exact_age(self.next[0], 13, 17)
                self.de_minors.append(self.add(make.german(
                    gender, family, born, given, home, passport_given_name=given,
                    passport_family_name=family, **shared)))
                self.de_parents.append(parents)
        self.ru_minors, self.ru_parents, self.ru_hosts = [], [], []
        for i, family in enumerate(rng.sample(names.FAMILY_RU, 12)):
            mother = make.russian("female", family, make.born(35, 50))
            parents = [self.add(mother)]
            if rng.random() < 0.4:
                parents.append(self.add(make.russian("male", family, make.born(37, 55),
                                                     street=mother["street"])))
            if i < len(RUSSIAN_HOST_GUESTS):
                self.roles.append((parents[0], "host_family"))
                self.ru_hosts.append(parents[0])
            born = make.exact_age(self.next[0], 13, 17)
            self.ru_minors.append(self.add(make.russian(   # one passport name not typed in yet
                rng.choice(["female", "male"]), family, born, passport=i != 4,
                street=mother["street"])))
            self.ru_parents.append(parents)
        for person in data.NAMED_PEOPLE[-2:]:  # the Polish teachers came later
            self.named(person)
        self.late_people(home)

    def named(self, person: tuple) -> None:
        """One person of `data.NAMED_PEOPLE` added to the cast."""
        rng, make, home = self.rng, self.make, names.CITIES_DE[0]
        towns = {t[0]: t for t in data.PARTNER_TOWNS}
        (key, gender, title, given, family, given_ru, family_ru, pass_given, pass_family,
         year, side, town, roles, org, _, languages) = person
        fields = {"title": title, "languages": languages, "given_name_native": given_ru,
                  "family_name_native": family_ru, "passport_given_name": pass_given or given,
                  "passport_family_name": pass_family or family}
        born = date(year, rng.randint(1, 12), rng.randint(1, 28))
        if org and side != "home":    # reached at work
            fields.update({k: self.org_rows[org][k] for k in ("street", "postal_code", "city",
                                                               "country", "phone")})
        if town:
            country = towns[town][3]
            streets = names.STREETS_ABROAD.get(country, names.STREETS_RU)
            fields = {"city": towns[town][2], "country": country, "nationality": country,
                      "street": f"{rng.choice(streets)} {rng.randint(1, 40)}",
                      "postal_code": f"{names.POSTAL_PREFIX[town]}{rng.randint(10, 99)}",
                      "partner_town_id": self.towns[town], **fields}
            self.add(make.person(gender, given, family, born, side, **fields), roles, key)
        else:
            self.add(make.german(gender, family, born, given, home, side=side, **fields),
                     roles, key)

    def late_people(self, home: tuple) -> None:
        """Late registrations: a Russian youth worker of 27, two German pupils (incomplete)."""
        rng, make = self.rng, self.make
        family = rng.choice(names.FAMILY_RU)
        self.add(make.russian("female", family, make.exact_age(self.next[0], 27, 27),
                              passport=True), key="ruteamer")
        late = make.german("male", rng.choice(names.FAMILY_DE), make.born(14, 15), place=home)
        late["birth_date"] = None                        # the form came without it
        late["search_text"], late["sort_name"] = contact_search_text(late), \
            contact_sort_name(late)
        self.add(late, key="latepupil")
        self.add(make.german("female", rng.choice(names.FAMILY_DE),
                             make.exact_age(self.school[0], 14, 15), place=home),
                 key="newpupil")                        # no guardian, no passport yet

    def cast_details(self) -> None:
        """The cast's roles, memberships, host profiles, links, guardians, passports, consents."""
        rng = self.rng
        self.ids = self.w.insert(domain.Contact, self.people)
        self.match_keys(self.ids, self.people)
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
        for i, who in enumerate(self.ru_minors + ["ruleader1", "ruleader2", "ruinterpreter",
                                                  "ruteamer"]):
            expires = {9: self.day(-20), 1: self.day(30, self.next[1]),    # expired; too short
                       7: self.day(75, self.next[1])}.get(i, self.day(rng.randint(400, 1800),
                                                                      self.next[1]))
            passports.append((who, "RU", expires, 5 if i < 12 else 10,
                              f"{rng.randint(70, 79)} {rng.randint(1000000, 9999999)}"))
        self.w.insert(domain.PassportRecord, [
            {"contact_id": self.id(who), "number": number, "issuing_country": country,
             "expires_on": expires, "issued_on": shift_years(expires, -years)}
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
                    rows.append(make.german(gender, rng.choice(names.FAMILY_DE), make.born(18, 88)))
                    draws.append(rng.random())
                else:
                    rows.append(make.russian(gender, rng.choice(names.FAMILY_RU),
                                             make.born(18, 80)))
                    draws.append(2 + rng.random())
            roles, memberships, consents = [], [], []
            ids = self.w.insert(domain.Contact, rows)
            self.match_keys(ids, rows)
            for contact_id, draw in zip(ids, draws, strict=True):
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

    def merge_history(self) -> None:
        """One merge in the log: the interpreter, once typed in again from a conference list."""
        who, survivor = self.row("interpreter"), self.id("interpreter")
        contact = domain.Contact.__table__.c
        survivor_uuid = self.session.execute(
            sa.select(contact.uuid).where(contact.id == survivor)).scalar_one()
        last_id = self.session.execute(sa.select(sa.func.max(contact.id))).scalar_one()
        snapshot = {"kind": "person", "given_name": "Tatiana", "family_name": "Vais",
                    "given_name_native": who["given_name_native"],
                    "family_name_native": who["family_name_native"], "email": who["email"],
                    "city": who["city"], "country": "DE", "notes": "Teilnehmerliste Konferenz"}
        self.w.insert(domain.MergeLog, [{
            "merged_at": self.w.stamp - timedelta(days=45), "survivor_id": survivor,
            "survivor_uuid": survivor_uuid, "merged_id": last_id + 1,
            "merged_uuid": uuid.UUID(int=self.rng.getrandbits(128), version=4),
            "merged_name": "Vais, Tatiana", "snapshot": snapshot,
            "choices": {"given_name": "survivor", "family_name": "survivor"},
            "moved": dict.fromkeys(REFERENCE_LABELS, 0) | {"consents": 1, "correspondence": 1},
            "folded": {}}], ids=False)
