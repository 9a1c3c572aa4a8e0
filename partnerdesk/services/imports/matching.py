"""Which contacts an imported row duplicates: one swap point, `matcher()`.

A matcher gives each row a set of `(kind, value)` keys, finds stored contacts for a whole
chunk of rows in one query, and judges whether two contacts that share keys are duplicates
(returning the reason, or None). Two matchers exist:

- `DuplicatesMatcher` — the rules of `services.duplicates` (name skeletons across scripts
  and spellings, e-mail, phone without prefixes, organisation; scored, and only a *strong*
  candidate counts), on its `contact_match_key` table, a chunk at a time
  (`find_duplicates_for_many`: one query per row would dominate an import). The one used.
- `LocalMatcher` — a minimal one: same e-mail, same phone digits, or same folded name and
  birth date.

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
from partnerdesk.domain.match_key import (
    contact_keys,
    contact_match_key,
    key_rows,
    refresh_match_keys,
)
from partnerdesk.domain.search_text import contact_sort_name
from partnerdesk.services.duplicates import STRONG_SCORE, find_duplicates_for_many, score

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

    def keys(self, values: dict) -> set[Key]:
        """The match keys `services.duplicates` looks contacts up by."""
        return set(contact_keys(dict(values, kind=_kind(values))))

    def judge(self, shared: set[str], birth_a: object, birth_b: object) -> str | None:
        """The reasons ("name+birth_date", "email" …) when the score is strong, else None."""
        points, reasons = score(shared, _as_date(birth_a), _as_date(birth_b))
        return "+".join(reasons) if points >= STRONG_SCORE else None

    def find(self, session: Session, rows: list[dict],
             keys: list[set[Key]]) -> list[list[Candidate]]:
        """For each row, the stored contacts that are strong duplicates, best first.

        `keys` are this matcher's keys of `rows`; `find_duplicates_for_many` takes them again.
        """
        return [[(c.contact_id, "+".join(c.reasons)) for c in found if c.score >= STRONG_SCORE]
                for found in find_duplicates_for_many(session, rows)]


def _as_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def matcher() -> LocalMatcher | DuplicatesMatcher:
    """The matcher an import uses: the rules of `services.duplicates`."""
    return DuplicatesMatcher()


def write_match_keys(session: Session,
                     contacts: Iterable[tuple[int, dict, set[Key] | None]]) -> None:
    """Store the duplicate-detection keys of contacts inserted with Core statements.

    The ORM writes them after a flush (`domain.match_key`); bulk inserts must do it
    themselves. `contacts`: (id, values, the keys if already computed by
    `DuplicatesMatcher.keys`, else None).
    """
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
    refresh_match_keys(session.connection(), [contact_id])
