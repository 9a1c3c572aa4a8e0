"""Duplicate detection: contacts that may be one person or organisation entered twice.

Detection looks contacts up by their match keys (`domain.match_key`: name skeletons across
scripts and spellings, case-folded e-mail, phone digits without prefixes, organisation
name), one indexed table, so it costs a few index look-ups per contact saved or imported
and a few `GROUP BY` queries for the whole database, never a Python loop over all contacts.

Scoring (0–100; a candidate is reported from `MIN_SCORE`, likely from `STRONG_SCORE`):

=====================================  ======
same name (family + first given name)   +35  (a weak candidate on its own)
same birth date, with the same name     +45  (name + birth date: strong)
same birth date, without the same name  +15
different birth dates, same name        −50  (namesakes: father and son, two Anna Müllers)
different birth dates, no same name     −20
same e-mail address                     +60  (strong on its own)
same phone or mobile number             +25  (same phone + same name: strong)
same organisation name                  +50
=====================================  ======

Only contacts of the same kind match (a person is never a duplicate of an organisation).
A key shared by more than `GROUP_LIMIT` contacts (an office phone, info@…) identifies nobody
and is ignored by the whole-database search; large groups of namesakes are searched by
name *and* birth date only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import combinations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import Contact
from partnerdesk.domain.enums import ContactKind
from partnerdesk.domain.match_key import (
    EMAIL,
    NAME,
    ORGANISATION,
    PHONE,
    contact_keys,
    contact_match_key,
)
from partnerdesk.dto.duplicates import DuplicateCandidate, DuplicatePair
from partnerdesk.storage.database import Database

BIRTH_DATE = "birth_date"
REASONS = (NAME, BIRTH_DATE, EMAIL, PHONE, ORGANISATION)   # the order reasons are given in
WEIGHTS = {NAME: 35, EMAIL: 60, PHONE: 25, ORGANISATION: 50}
SAME_BIRTH_WITH_NAME, SAME_BIRTH = 45, 15
OTHER_BIRTH_WITH_NAME, OTHER_BIRTH = -50, -20
MIN_SCORE = 30
STRONG_SCORE = 60
GROUP_LIMIT = 25
_CHUNK = 500

_key = contact_match_key.c
_contact = Contact.__table__.c


def score(shared: Iterable[str], birth_a: date | None, birth_b: date | None
          ) -> tuple[int, tuple[str, ...]]:
    """The score and reasons of two contacts sharing keys of the kinds `shared`."""
    shared = set(shared)
    total = sum(WEIGHTS[kind] for kind in shared)
    reasons = set(shared)
    if birth_a is not None and birth_b is not None:
        if birth_a == birth_b:
            total += SAME_BIRTH_WITH_NAME if NAME in shared else SAME_BIRTH
            reasons.add(BIRTH_DATE)
        else:
            total += OTHER_BIRTH_WITH_NAME if NAME in shared else OTHER_BIRTH
    return max(0, min(100, total)), tuple(r for r in REASONS if r in reasons)


def _birth_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _kind(values: Mapping[str, object]) -> ContactKind:
    return ContactKind(str(values.get("kind") or ContactKind.PERSON))


def find_duplicates_for(
    session: Session,
    values: Mapping[str, object],
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Stored contacts that may be the one described by `values` (Contact column values).

    For a contact being saved (pass its own id as `exclude_id`) or imported; runs in the
    caller's session, so contacts it added and flushed count too. Best candidates first.
    """
    return find_duplicates_for_many(session, [values], [exclude_id], limit)[0]


def find_duplicates_for_many(
    session: Session,
    rows: Sequence[Mapping[str, object]],
    exclude_ids: Sequence[int | None] | None = None,
    limit: int = 10,
) -> list[list[DuplicateCandidate]]:
    """`find_duplicates_for` for many contacts at once (an import chunk): one indexed query
    per kind of key and few hundred values, instead of one query per row."""
    keys = [contact_keys(values) for values in rows]
    wanted: dict[str, set[str]] = defaultdict(set)
    for row_keys in keys:
        for kind, value in row_keys:
            wanted[kind].add(value)
    hits: dict[tuple[str, str], list[tuple[int, str, date | None]]] = defaultdict(list)
    for kind, values in sorted(wanted.items()):
        ordered = sorted(values)
        for start in range(0, len(ordered), _CHUNK):
            query = (  # (kind, value) leads the primary key of contact_match_key
                sa.select(_key.value, _key.contact_id, _contact.kind, _contact.birth_date)
                .join(Contact.__table__, _contact.id == _key.contact_id)
                .where(_key.kind == kind, _key.value.in_(ordered[start:start + _CHUNK])))
            for value, contact_id, contact_kind, born in session.execute(query):
                hits[(kind, value)].append((contact_id, str(contact_kind), born))
    results = []
    for number, (values, row_keys) in enumerate(zip(rows, keys, strict=True)):
        exclude = exclude_ids[number] if exclude_ids else None
        kind = str(_kind(values))
        shared: dict[int, set[str]] = defaultdict(set)
        births: dict[int, date | None] = {}
        for row_key in row_keys:
            for contact_id, contact_kind, born in hits.get(row_key, ()):
                if contact_kind == kind and contact_id != exclude:
                    shared[contact_id].add(row_key[0])
                    births[contact_id] = born
        birth = _birth_date(values.get("birth_date"))
        found = []
        for contact_id, kinds in shared.items():
            points, reasons = score(kinds, birth, births[contact_id])
            if points >= MIN_SCORE:
                found.append(DuplicateCandidate(contact_id, points, reasons))
        found.sort(key=lambda c: (-c.score, c.contact_id))
        results.append(found[:limit])
    return results


def find_duplicate_pairs(
    db: Database, limit: int = 500, min_score: int = MIN_SCORE
) -> list[DuplicatePair]:
    """Pairs of stored contacts that may be duplicates, best first (at most `limit`)."""
    with db.unit() as session:
        shared, facts = _shared_keys(session)
        unnamed = sorted({i for pair, kinds in shared.items() if NAME not in kinds for i in pair})
        names = _name_keys(session, unnamed)
    found = []
    for (a, b), kinds in shared.items():
        (kind_a, born_a), (kind_b, born_b) = facts[a], facts[b]
        if kind_a != kind_b:
            continue
        if NAME not in kinds and names.get(a, set()) & names.get(b, set()):
            kinds.add(NAME)  # namesakes in a group too large to pair up by name alone
        points, reasons = score(kinds, born_a, born_b)
        if points >= min_score:
            found.append(DuplicatePair(a, b, points, reasons))
    found.sort(key=lambda p: (-p.score, p.a_id, p.b_id))
    return found[:limit]


Facts = dict[int, tuple[str, date | None]]


def _shared_keys(session: Session) -> tuple[dict[tuple[int, int], set[str]], Facts]:
    """Candidate pairs with the kinds of keys they share, and each contact's kind and birth.

    Pairs share an e-mail, phone or organisation key of a small group, a name and a birth
    date, or a name where one of the two has no birth date. Namesakes whose birth dates
    differ are not paired by the name (it cannot make them duplicates); they come in through
    a shared e-mail or phone if they have one.
    """
    contact = Contact.__table__
    small = (
        sa.select(_key.kind, _key.value)
        .where(_key.kind != NAME)
        .group_by(_key.kind, _key.value)
        .having(sa.func.count().between(2, GROUP_LIMIT))
        .subquery()
    )
    members = sa.select(_key.kind, _key.value, _key.contact_id, _contact.kind,
                        _contact.birth_date).join(contact, _contact.id == _key.contact_id)
    twins = (
        sa.select(_key.value, _contact.birth_date)
        .join(contact, _contact.id == _key.contact_id)
        .where(_key.kind == NAME, _contact.birth_date.is_not(None))
        .group_by(_key.value, _contact.birth_date)
        .having(sa.func.count().between(2, GROUP_LIMIT))
    )
    undated = sa.select(_key.value).distinct().where(  # the few undated first, then keys
        _key.kind == NAME,
        _key.contact_id.in_(sa.select(_contact.id).where(_contact.birth_date.is_(None))))
    twin_births = {tuple(row) for row in session.execute(twins)}
    names = sorted({value for value, _ in twin_births}
                   | set(session.execute(undated).scalars()))
    rows = list(session.execute(members.join(small, sa.and_(
        small.c.kind == _key.kind, small.c.value == _key.value))))
    for start in range(0, len(names), _CHUNK):
        rows += session.execute(members.where(
            _key.kind == NAME, _key.value.in_(names[start:start + _CHUNK])))

    facts: Facts = {}
    groups: dict[tuple, list[int]] = defaultdict(list)
    for kind, value, contact_id, contact_kind, born in rows:
        facts[contact_id] = (str(contact_kind), born)
        if kind != NAME:
            groups[(kind, value)].append(contact_id)
        else:
            groups[(NAME, value)].append(contact_id)
            if (value, born) in twin_births:
                groups[(NAME, value, born)].append(contact_id)
    shared: dict[tuple[int, int], set[str]] = defaultdict(set)
    for group, ids in groups.items():
        if len(group) == 2 and group[0] == NAME:  # all namesakes: pair the undated only
            if len(ids) > GROUP_LIMIT:
                continue
            pairs = [(a, b) for a, b in combinations(sorted(ids), 2)
                     if facts[a][1] is None or facts[b][1] is None]
        else:
            pairs = list(combinations(sorted(ids), 2))
        for pair in pairs:
            shared[pair].add(group[0])
    return shared, facts


def _name_keys(session: Session, ids: list[int]) -> dict[int, set[str]]:
    """The name keys of the contacts `ids`.

    Looked up by contact id in chunks; for many ids one scan of all name keys is cheaper
    (with `kind = 'name'` in the condition SQLite would scan the name keys for every chunk).
    """
    names: dict[int, set[str]] = defaultdict(set)
    wanted = set(ids)
    if len(ids) > 10 * _CHUNK:
        query = sa.select(_key.contact_id, _key.value).where(_key.kind == NAME)
        for contact_id, value in session.execute(query):
            if contact_id in wanted:
                names[contact_id].add(value)
        return names
    for start in range(0, len(ids), _CHUNK):
        query = sa.select(_key.contact_id, _key.kind, _key.value).where(
            _key.contact_id.in_(ids[start:start + _CHUNK]))
        for contact_id, kind, value in session.execute(query):
            if kind == NAME:
                names[contact_id].add(value)
    return names
