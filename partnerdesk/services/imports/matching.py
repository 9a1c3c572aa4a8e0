"""Which contacts an imported row duplicates: one swap point, `matcher()`.

A matcher gives each row a set of `(kind, value)` keys, finds stored contacts for a whole
chunk of rows in one query, and judges whether two contacts that share keys are duplicates
(returning the reason, or None). Two matchers exist:

- `DuplicatesMatcher` — the rules of `services.duplicates` (name skeletons across scripts
  and spellings, e-mail, phone without prefixes, organisation; scored, and only a *strong*
  candidate counts), on its `contact_match_key` table. It mirrors `find_duplicates_for`
  for a chunk at a time, because one query per row would dominate an import; a
  `find_duplicates_for_many` there, once written, should replace `find`.
- `LocalMatcher` — the minimal fallback: same e-mail, same phone digits, or same folded
  name and birth date; used when `services.duplicates` is not there.

The session sees the rows this import inserted before (same transaction), so duplicates in
the file are found too; rows of the current chunk are compared by `judge` in memory.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain.contacts import Contact
from partnerdesk.domain.search_text import contact_sort_name

Key = tuple[str, str]
Candidate = tuple[int, str]
"""(contact id, reason)."""
_NON_DIGITS = re.compile(r"\D+")
_IN_CHUNK = 400  # bind parameters per IN list (far below every database's limit)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _kind(values: dict) -> str:
    kind = values.get("kind") or "person"
    return str(getattr(kind, "value", kind))


class LocalMatcher:
    """Same e-mail, same phone digits (≥ 6), or same folded name with the same birth date."""

    reasons = ("email", "phone", "name_birth_date")
    stores_keys = False  # its keys are not those of the contact_match_key table

    def keys(self, values: dict) -> set[Key]:
        """The match keys of one contact's column values."""
        keys = set()
        email = str(values.get("email") or "").strip().lower()
        if email:
            keys.add(("email", email))
        for name in ("phone", "mobile"):
            digits = _NON_DIGITS.sub("", str(values.get(name) or ""))
            if len(digits) >= 6:
                keys.add(("phone", digits))
        birth = values.get("birth_date")
        if birth and _kind(values) != "organisation":
            sort_name = contact_sort_name(dict(values, kind=_kind(values)))
            if sort_name:
                keys.add(("name_birth_date", f"{sort_name}|{birth}"))
        return keys

    def judge(self, shared: set[str], birth_a: object, birth_b: object) -> str | None:
        """The strongest shared kind (every kind of key is strong here)."""
        return next((reason for reason in self.reasons if reason in shared), None)

    def find(self, session: Session, rows: list[dict],
             keys: list[set[Key]]) -> list[list[Candidate]]:
        """For each row (values and keys), the stored contacts it duplicates."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for row_keys in keys:
            for kind, value in row_keys:
                wanted[kind].add(value.split("|", 1)[0] if kind == "name_birth_date" else value)
        conditions = [sa.func.lower(Contact.email).in_(b) for b in _chunks(wanted["email"])]
        for batch in _chunks(wanted["phone"]):
            conditions += [_digits_sql(Contact.phone).in_(batch),
                           _digits_sql(Contact.mobile).in_(batch)]
        conditions += [sa.and_(Contact.sort_name.in_(b), Contact.birth_date.is_not(None))
                       for b in _chunks(wanted["name_birth_date"])]
        index: dict[Key, int] = {}
        if conditions:
            columns = [Contact.__table__.c[n] for n in (
                "id", "kind", "email", "phone", "mobile", "family_name", "given_name",
                "family_name_native", "given_name_native", "organisation_name", "birth_date")]
            query = sa.select(*columns).where(sa.or_(*conditions)).order_by(Contact.id)
            for row in session.execute(query).mappings():
                for key in self.keys(dict(row)):
                    index.setdefault(key, row["id"])
        found = []
        for row_keys in keys:
            hits: dict[int, set[str]] = defaultdict(set)
            for key in row_keys:
                if key in index:
                    hits[index[key]].add(key[0])
            found.append([(cid, self.judge(kinds, None, None) or "") for cid, kinds in
                          sorted(hits.items())])
        return found


def _digits_sql(column: sa.ColumnElement) -> sa.ColumnElement:
    """The digits of a phone column in portable SQL (nested REPLACE)."""
    for char in (" ", "-", "/", "(", ")", "+", ".", "\u00a0"):
        column = sa.func.replace(column, char, "")
    return column


class DuplicatesMatcher:
    """The rules of `services.duplicates`, for a chunk of rows at a time (module docstring)."""

    stores_keys = True  # its keys are exactly those of the contact_match_key table

    def __init__(self, duplicates, match_key) -> None:
        self._score = duplicates.score
        self._strong = duplicates.STRONG_SCORE
        self._contact_keys = match_key.contact_keys
        self._table = match_key.contact_match_key

    def keys(self, values: dict) -> set[Key]:
        """The match keys `services.duplicates` looks contacts up by."""
        return set(self._contact_keys(dict(values, kind=_kind(values))))

    def judge(self, shared: set[str], birth_a: object, birth_b: object) -> str | None:
        """The reasons ("name+birth_date", "email" …) when the score is strong, else None."""
        points, reasons = self._score(shared, _as_date(birth_a), _as_date(birth_b))
        return "+".join(reasons) if points >= self._strong else None

    def find(self, session: Session, rows: list[dict],
             keys: list[set[Key]]) -> list[list[Candidate]]:
        """For each row (values and keys), the stored contacts that are strong duplicates."""
        key, contact = self._table.c, Contact.__table__.c
        hits: dict[Key, list[tuple[int, str, date | None]]] = defaultdict(list)
        wanted: dict[str, set[str]] = defaultdict(set)
        for row_keys in keys:
            for kind, value in row_keys:
                wanted[kind].add(value)
        for kind, values in sorted(wanted.items()):
            for batch in _chunks(values):  # (kind, value) leads the table's primary key
                query = (sa.select(key.value, key.contact_id, contact.kind, contact.birth_date)
                         .join(Contact.__table__, contact.id == key.contact_id)
                         .where(key.kind == kind, key.value.in_(batch)))
                for value, contact_id, contact_kind, born in session.execute(query):
                    hits[(kind, value)].append((contact_id, str(contact_kind), born))
        found = []
        for values, row_keys in zip(rows, keys, strict=True):
            shared: dict[int, set[str]] = defaultdict(set)
            births: dict[int, date | None] = {}
            for row_key in row_keys:
                for contact_id, contact_kind, born in hits.get(row_key, ()):
                    if contact_kind == _kind(values):
                        shared[contact_id].add(row_key[0])
                        births[contact_id] = born
            scored = []
            for contact_id, kinds in shared.items():
                points, reasons = self._score(kinds, _as_date(values.get("birth_date")),
                                              births[contact_id])
                if points >= self._strong:
                    scored.append((-points, contact_id, "+".join(reasons)))
            found.append([(contact_id, reason) for _, contact_id, reason in sorted(scored)])
        return found


def _as_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def matcher() -> LocalMatcher | DuplicatesMatcher:
    """The duplicates engineer's rules when they are installed, else the local matcher."""
    try:
        from partnerdesk.domain import match_key
        from partnerdesk.services import duplicates
    except ImportError:
        return LocalMatcher()
    needed = ("score", "STRONG_SCORE")
    if all(hasattr(duplicates, n) for n in needed) and hasattr(match_key, "contact_keys"):
        return DuplicatesMatcher(duplicates, match_key)
    return LocalMatcher()


def write_match_keys(session: Session,
                     contacts: Iterable[tuple[int, dict, set[Key] | None]]) -> None:
    """Store the duplicate-detection keys of contacts inserted with Core statements.

    The ORM writes them after a flush (`domain.match_key`); bulk inserts must do it
    themselves. `contacts`: (id, values, the keys if already computed by
    `DuplicatesMatcher.keys`, else None). Nothing to do where that table does not exist.
    """
    try:
        from partnerdesk.domain.match_key import contact_match_key, key_rows
    except ImportError:
        return
    rows = []
    for contact_id, values, keys in contacts:
        if keys is None:
            rows += key_rows(contact_id, values)
        else:
            rows += [{"kind": kind, "value": value, "contact_id": contact_id}
                     for kind, value in sorted(keys)]
    for start in range(0, len(rows), 5000):
        session.execute(sa.insert(contact_match_key), rows[start : start + 5000])


def refresh_keys(session: Session, contact_id: int) -> None:
    """Recompute the keys of one contact updated with a Core statement (a merge)."""
    try:
        from partnerdesk.domain.match_key import refresh_match_keys
    except ImportError:
        return
    refresh_match_keys(session.connection(), [contact_id])
