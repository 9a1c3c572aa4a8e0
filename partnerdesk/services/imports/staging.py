"""Loading validated rows in one transaction: all accepted rows or none (DESIGN.md §3.10).

Rows are validated and inserted in chunks with bulk Core inserts on the session's
connection; nothing is committed until the whole file has been read. A cancel, an error or a
dry run rolls everything back. Duplicates are flagged and, by `on_duplicate`, skipped,
merged (empty fields of the existing contact filled, nothing overwritten) or created anyway.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain.contacts import Contact, ContactRoleAssignment, Membership
from partnerdesk.domain.enums import Gender
from partnerdesk.domain.search_text import contact_search_text, contact_sort_name
from partnerdesk.dto.imports import DuplicateRow, RejectedRow
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.imports.dates import RowProblem
from partnerdesk.services.imports.mapping import Plan
from partnerdesk.services.imports.matching import (
    Candidate,
    DuplicatesMatcher,
    Key,
    LocalMatcher,
    matcher,
    refresh_keys,
    write_match_keys,
)
from partnerdesk.services.imports.rows import BadRow, RawRow
from partnerdesk.services.imports.validation import StagedRow, stage_row

ON_DUPLICATE = ("skip", "merge", "create")
MAX_LISTED = 100_000
"""Rejected rows and duplicates listed one by one (beyond: counted only, so that a huge file
of bad rows cannot fill the memory with reasons)."""
CONTACTS = Contact.__table__
ROLES = ContactRoleAssignment.__table__
MEMBERSHIPS = Membership.__table__
_NOT_MERGED = {"kind", "side", "country", "gender", "notes"}


def _record_columns(now: datetime, given: uuid.UUID | None = None) -> dict[str, object]:
    return {"uuid": given or uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}


def _with_search(values: dict[str, object]) -> dict[str, object]:
    values["search_text"] = contact_search_text(values)
    values["sort_name"] = contact_sort_name(values)
    return values


@dataclass
class Loader:
    """Loads chunks of rows into the session's transaction and keeps the tally."""

    plan: Plan
    on_duplicate: str = "skip"
    dry_run: bool = False
    today: date = field(default_factory=date.today)
    matcher: LocalMatcher | DuplicatesMatcher = field(default_factory=lambda: matcher())
    imported: int = 0
    merged: int = 0
    rows_read: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    rejected_count: int = 0
    duplicate_count: int = 0
    first_new_id: int = 0

    def start(self, session: Session) -> None:
        """Remember where this import's contacts begin (to tell in-file duplicates apart)."""
        last = session.execute(sa.select(sa.func.max(CONTACTS.c.id))).scalar()
        self.first_new_id = (last or 0) + 1

    def _reject(self, line: int, message: str, params: dict | None = None) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_LISTED:
            self.rejected.append(RejectedRow(line, message, dict(params or {})))

    def _duplicate(self, row: DuplicateRow) -> None:
        self.duplicate_count += 1
        if len(self.duplicates) < MAX_LISTED:
            self.duplicates.append(row)

    def _stage(self, records: Iterable[RawRow | BadRow]) -> list[StagedRow]:
        staged = []
        for record in records:
            self.rows_read += 1
            if isinstance(record, BadRow):
                self._reject(record.line, record.message, record.params)
                continue
            try:
                staged.append(stage_row(record, self.plan, today=self.today))
            except RowProblem as problem:
                self._reject(record.line, problem.message, problem.params)
        return staged

    def _taken_numbers(self, session: Session, staged: list[StagedRow]) -> dict[str, int]:
        """Member numbers of the chunk already stored: number → contact id."""
        numbers = {s.membership[0] for s in staged if s.membership}
        if not numbers:
            return {}
        query = sa.select(MEMBERSHIPS.c.number, MEMBERSHIPS.c.contact_id).where(
            MEMBERSHIPS.c.number.in_(sorted(numbers))
        )
        return {number: contact_id for number, contact_id in session.execute(query)}

    def _number_free(self, row: StagedRow, taken: dict[str, int], owner: int = 0) -> bool:
        """Claim the row's member number for `owner` (0: a new contact); False if taken."""
        if not row.membership:
            return True
        number = row.membership[0]
        holder = taken.get(number)
        if holder is None:
            taken[number] = owner
            return True
        if owner and holder == owner:
            row.membership = None  # the contact merged into has this membership already
            return True
        self._reject(
            row.line,
            QT_TRANSLATE_NOOP("Import", "The member number {value} is already taken."),
            {"value": number},
        )
        return False

    def load(self, session: Session, records: Iterable[RawRow | BadRow]) -> None:
        """Validate, match and insert one chunk of rows."""
        staged = self._stage(records)
        keys = []
        for row in staged:
            row.keys = self.matcher.keys(row.values)
            keys.append(row.keys)
        found = self._find(session, staged, keys)
        pending_uuids: dict[uuid.UUID, int] = {}
        taken = self._taken_numbers(session, staged)
        action = {"skip": "skipped", "merge": "merged", "create": "created"}[self.on_duplicate]
        pending: list[StagedRow] = []
        pending_keys: dict[Key, list[int]] = defaultdict(list)
        in_chunk: list[tuple[int, int, str]] = []  # line, pending index, reason
        for row, row_keys, candidates in zip(staged, keys, found, strict=True):
            if candidates and self.on_duplicate != "create":
                contact_id = candidates[0][0]
                if self.on_duplicate == "skip" or self._number_free(row, taken, contact_id):
                    self._existing_duplicate(session, row, candidates, action)
                continue
            earlier = None
            if not candidates:
                if row.uuid is not None and row.uuid in pending_uuids:
                    earlier = (pending_uuids[row.uuid], "uuid")
                else:
                    earlier = self._earlier(row, row_keys, pending, pending_keys)
            if earlier is not None and self.on_duplicate != "create":
                in_chunk.append((row.line, *earlier))
                if self.on_duplicate == "merge":
                    _fill_pending(pending[earlier[0]], row, taken)
                continue
            if not self._number_free(row, taken):
                continue
            if candidates:
                self._existing_duplicate(session, row, candidates, action)
            elif earlier is not None:
                in_chunk.append((row.line, *earlier))
            if row.uuid is not None:
                if candidates or row.uuid in pending_uuids:
                    row.uuid = None  # a copy created anyway gets an ID of its own
                else:
                    pending_uuids[row.uuid] = len(pending)
            for key in row_keys:
                pending_keys[key].append(len(pending))
            pending.append(row)
        ids = self._insert(session, pending)
        for line, index, reason in in_chunk:
            contact_id = None if self.dry_run else ids[index]
            self._duplicate(DuplicateRow(line, contact_id, reason, action, True))

    def _find(self, session: Session, staged: list[StagedRow],
              keys: list[set[Key]]) -> list[list[Candidate]]:
        """Stored duplicates per row: the contact with the row's PartnerDesk ID first."""
        if not staged:
            return []
        found = self.matcher.find(session, [s.values for s in staged], keys)
        uuids = [row.uuid for row in staged if row.uuid is not None]
        if uuids:
            query = sa.select(CONTACTS.c.uuid, CONTACTS.c.id).where(CONTACTS.c.uuid.in_(uuids))
            by_uuid = {given: contact_id for given, contact_id in session.execute(query)}
            for row, candidates in zip(staged, found, strict=True):
                if row.uuid in by_uuid:
                    same = by_uuid[row.uuid]
                    candidates[:] = [(same, "uuid")] + [c for c in candidates if c[0] != same]
        return found

    def _earlier(self, row: StagedRow, row_keys: set[Key], pending: list[StagedRow],
                 pending_keys: dict[Key, list[int]]) -> tuple[int, str] | None:
        """An earlier row of this chunk that `row` duplicates: (its index, the reason)."""
        shared: dict[int, set[str]] = defaultdict(set)
        for key in row_keys:
            for index in pending_keys.get(key, ()):
                shared[index].add(key[0])
        for index in sorted(shared):
            reason = self.matcher.judge(shared[index], row.values.get("birth_date"),
                                        pending[index].values.get("birth_date"))
            if reason:
                return index, reason
        return None

    def _existing_duplicate(self, session: Session, row: StagedRow,
                            candidates: list[Candidate], action: str) -> None:
        contact_id, reason = candidates[0]
        within = contact_id >= self.first_new_id
        shown_id = None if within and self.dry_run else contact_id
        self._duplicate(DuplicateRow(row.line, shown_id, reason, action, within))
        if self.on_duplicate == "merge":
            merge_into(session, contact_id, row)
            self.merged += 1

    def _insert(self, session: Session, rows: list[StagedRow]) -> list[int]:
        """Bulk-insert new contacts; their ids, looked up by the UUIDs given them here."""
        if not rows:
            return []
        now = datetime.now(UTC)
        values = [_with_search({**row.values, **_record_columns(now, row.uuid)}) for row in rows]
        session.execute(sa.insert(CONTACTS), values)
        uuids = [v["uuid"] for v in values]
        query = sa.select(CONTACTS.c.uuid, CONTACTS.c.id).where(CONTACTS.c.uuid.in_(uuids))
        ids_by_uuid = {uuid_: id_ for uuid_, id_ in session.execute(query)}
        ids = [ids_by_uuid[u] for u in uuids]
        stored = self.matcher.stores_keys
        write_match_keys(session, [(i, v, r.keys if stored else None)
                                   for i, v, r in zip(ids, values, rows, strict=True)])
        _insert_extras(session, zip(ids, rows, strict=True), now)
        self.imported += len(rows)
        return ids


def _fill_pending(target: StagedRow, row: StagedRow, taken: dict[str, int]) -> None:
    """Merge a later row of the same chunk into an earlier one not stored yet."""
    for key, value in row.values.items():
        if key not in _NOT_MERGED and value not in ("", None) and target.values.get(key) in (
            "", None,
        ):
            target.values[key] = value
    target.keys = None
    target.roles.extend(r for r in row.roles if r not in target.roles)
    if target.membership is None and row.membership and row.membership[0] not in taken:
        target.membership = row.membership
        taken[row.membership[0]] = 0


def _insert_extras(session: Session, rows: Iterable[tuple[int, StagedRow]],
                   now: datetime) -> None:
    roles, memberships = [], []
    for contact_id, row in rows:
        roles.extend({"contact_id": contact_id, "role": role, **_record_columns(now)}
                     for role in row.roles)
        if row.membership:
            number, joined, left = row.membership
            memberships.append({"contact_id": contact_id, "number": number, "joined_on": joined,
                                "left_on": left, "notes": "", **_record_columns(now)})
    if roles:
        session.execute(sa.insert(ROLES), roles)
    if memberships:
        session.execute(sa.insert(MEMBERSHIPS), memberships)


def merge_into(session: Session, contact_id: int, row: StagedRow) -> None:
    """Fill the EMPTY fields of a stored contact from `row`; never overwrite a value."""
    stored = session.execute(sa.select(CONTACTS).where(CONTACTS.c.id == contact_id)).mappings()
    current = dict(stored.one())
    updates = {
        key: value
        for key, value in row.values.items()
        if key not in _NOT_MERGED and value not in ("", None) and current.get(key) in ("", None)
    }
    if current.get("gender") == Gender.UNKNOWN and row.values.get("gender") != Gender.UNKNOWN:
        updates["gender"] = row.values["gender"]
    if not current.get("notes") and row.values.get("notes"):
        updates["notes"] = row.values["notes"]
    now = datetime.now(UTC)
    if updates:
        merged = _with_search({**current, **updates})
        updates.update(search_text=merged["search_text"], sort_name=merged["sort_name"],
                       version=current["version"] + 1, updated_at=now)
        session.execute(
            sa.update(CONTACTS)
            .where(CONTACTS.c.id == contact_id, CONTACTS.c.version == current["version"])
            .values(**updates)
        )
        refresh_keys(session, contact_id)
    have = set(session.execute(sa.select(ROLES.c.role).where(ROLES.c.contact_id == contact_id))
               .scalars())
    extra = StagedRow(row.line, {}, [r for r in row.roles if r not in have], row.membership)
    _insert_extras(session, [(contact_id, extra)], now)
