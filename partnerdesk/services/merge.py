"""Merging two contacts into one: preview, field-by-field choice, every reference moved, a log.

`merge_preview` shows both contacts side by side for the review dialog; `merge_contacts`
keeps the *survivor*, takes the chosen value of each field, moves every reference of the
*other* contact to the survivor (`merge_references`), deletes the other one and writes a
`MergeLog` row, all in one unit of work. Nothing is lost: rows that duplicate one of the
survivor's are folded into it and recorded in the log, with a snapshot of the other
contact's own fields (no passport numbers and no health data: they live in other tables).

Field defaults: the survivor's value unless it is empty (then the other's); notes are
joined when both have some ("both"; a choice of "survivor" or "other" keeps one).
Both contacts must still have the versions the user saw, else the merge is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Contact, MergeLog, PartnerTown
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import Gender
from partnerdesk.dto.duplicates import (
    BOTH,
    OTHER,
    SURVIVOR,
    MergeField,
    MergePreview,
    MergeResult,
)
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.merge_references import (
    ReferenceMover,
    count_references,
    join_texts,
    jsonable,
)
from partnerdesk.storage.database import Database

HIDDEN = {"id", "uuid", "created_at", "updated_at", "version", "kind", "search_text",
          "sort_name"}
# every column a user sees and edits (new columns are included without a change here)
MERGE_FIELDS = tuple(c.key for c in Contact.__table__.columns if c.key not in HIDDEN)
JOINABLE = frozenset({"notes"})
SNAPSHOT_LEFT_OUT = frozenset({"search_text", "sort_name"})

SAME = QT_TRANSLATE_NOOP("Duplicates", "A contact cannot be merged with itself.")
MISSING = QT_TRANSLATE_NOOP(
    "Duplicates", "One of the two contacts no longer exists. Refresh the list and look again.")
KINDS = QT_TRANSLATE_NOOP("Duplicates", "A person and an organisation cannot be merged.")
CHANGED = QT_TRANSLATE_NOOP(
    "Duplicates",
    "One of the two contacts was changed elsewhere meanwhile. Review both again before merging.")


def _empty(value: object) -> bool:
    return value is None or value == "" or value == Gender.UNKNOWN


def _decide(name: str, mine: object, theirs: object, choice: str | None) -> tuple[object, str]:
    """The value the survivor keeps for field `name`, and which side it came from."""
    if choice == OTHER:
        return theirs, OTHER
    if choice == SURVIVOR:
        return mine, SURVIVOR
    if name in JOINABLE and (choice == BOTH or not (_empty(mine) or _empty(theirs))):
        joined = join_texts(str(mine or ""), str(theirs or ""))
        return joined, (BOTH if joined != mine else SURVIVOR)
    if _empty(mine) and not _empty(theirs):
        return theirs, OTHER
    return mine, SURVIVOR


def _check_choices(choices: Mapping[str, str]) -> None:
    for name, choice in choices.items():
        allowed = (SURVIVOR, OTHER, BOTH) if name in JOINABLE else (SURVIVOR, OTHER)
        if name not in MERGE_FIELDS or choice not in allowed:
            raise ValueError(f"cannot choose {choice!r} for {name!r}")


def _load_pair(session: Session, survivor_id: int, other_id: int) -> tuple[Contact, Contact]:
    if survivor_id == other_id:
        raise UserError(SAME, "Duplicates")
    keep, gone = session.get(Contact, survivor_id), session.get(Contact, other_id)
    if keep is None or gone is None:
        raise UserError(MISSING, "Duplicates")
    if keep.kind != gone.kind:
        raise UserError(KINDS, "Duplicates")
    return keep, gone


def merge_contacts(
    db: Database,
    survivor_id: int,
    other_id: int,
    choices: Mapping[str, str],
    expected_versions: tuple[int, int],
) -> MergeResult:
    """Merge contact `other_id` into `survivor_id`; refused if either changed since the preview.

    `choices` maps fields (`MERGE_FIELDS`) to "survivor" or "other" ("both" for notes);
    fields not named take the default (see the module docstring). `expected_versions` are
    the survivor's and the other's versions as the user saw them (`MergePreview`).
    """
    _check_choices(choices)
    with db.unit() as session:
        keep, gone = _load_pair(session, survivor_id, other_id)
        if (keep.version, gone.version) != tuple(expected_versions):
            raise UserError(CHANGED, "Duplicates")
        snapshot = {c.key: jsonable(getattr(gone, c.key)) for c in Contact.__table__.columns
                    if c.key not in SNAPSHOT_LEFT_OUT}
        taken = {}
        for name in MERGE_FIELDS:
            mine, theirs = getattr(keep, name), getattr(gone, name)
            value, side = _decide(name, mine, theirs, choices.get(name))
            if mine != theirs:
                taken[name] = side
            if value != mine:
                setattr(keep, name, value)
        keep.updated_at = utcnow()  # its references change: a merge always counts as an edit
        merged = {"id": gone.id, "uuid": gone.uuid, "name": gone.display_name}
        try:
            session.flush()
            mover = ReferenceMover(session, keep.id, gone.id)
            mover.run()
            session.delete(gone)
            session.flush()
        except StaleDataError as error:
            raise UserError(CHANGED, "Duplicates") from error
        log = MergeLog(
            survivor_id=keep.id, survivor_uuid=keep.uuid, merged_id=merged["id"],
            merged_uuid=merged["uuid"], merged_name=merged["name"][:250], snapshot=snapshot,
            choices=taken, moved=mover.moved, folded=mover.folded, merged_at=utcnow(),
        )
        session.add(log)
        session.commit()
        return MergeResult(
            survivor_id=keep.id, survivor_version=keep.version, merged_uuid=str(merged["uuid"]),
            log_id=log.id, moved=dict(mover.moved),
            folded={kind: len(rows) for kind, rows in mover.folded.items()},
        )


def merge_preview(db: Database, a_id: int, b_id: int) -> MergePreview:
    """Contacts `a_id` (the proposed survivor) and `b_id` side by side, with their references.

    Values are text for display: dates as dd.mm.yyyy, the partner town by name, enum fields
    (gender, side, organisation kind) as their stored value for the UI's vocabulary labels.
    """
    with db.unit() as session:
        keep, gone = _load_pair(session, a_id, b_id)
        towns = {town_id: name for town_id, name in
                 session.execute(sa.select(PartnerTown.id, PartnerTown.name))}
        fields = []
        for name in MERGE_FIELDS:
            mine, theirs = getattr(keep, name), getattr(gone, name)
            fields.append(MergeField(
                name=name, survivor_value=_display(name, mine, towns),
                other_value=_display(name, theirs, towns), differs=mine != theirs,
                default=_decide(name, mine, theirs, None)[1] if mine != theirs else SURVIVOR,
            ))
        return MergePreview(
            survivor_id=keep.id, other_id=gone.id, survivor_name=keep.display_name,
            other_name=gone.display_name, survivor_version=keep.version,
            other_version=gone.version, fields=tuple(fields),
            survivor_references=count_references(session, keep.id),
            other_references=count_references(session, gone.id),
        )


def _display(name: str, value: object, towns: Mapping[int, str]) -> str:
    if value is None:
        return ""
    if name == "partner_town_id":
        return towns.get(value, str(value))
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)
