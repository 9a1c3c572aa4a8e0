"""An application's status workflow with a dated history.

draft → submitted → approved / partly approved / rejected / withdrawn → funds requested →
funds received → proof submitted → closed. Further tranches go funds received → funds
requested again. Rejected, withdrawn and closed are final. Every other step is refused with
a reason that names the steps that are possible.

The refusal names the statuses by their English labels (`vocabulary.GRANT_STATUS`) wrapped
in `messages.Label`, so `i18n.translate_message` shows them in the user's language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa

from partnerdesk.domain import GrantApplication, GrantStatusChange
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import GrantStatus
from partnerdesk.dto.grants import StatusStep
from partnerdesk.messages import QT_TRANSLATE_NOOP, Label, UserError
from partnerdesk.services.grant_editing import (
    BAD_AMOUNT,
    CONTEXT,
    NOT_FOUND,
    amount_ok,
    check_version,
    commit,
    get_or_fail,
)
from partnerdesk.storage.database import Database
from partnerdesk.vocabulary import GRANT_STATUS

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("submitted", "withdrawn"),
    "submitted": ("approved", "partly_approved", "rejected", "withdrawn"),
    "approved": ("funds_requested", "withdrawn"),
    "partly_approved": ("funds_requested", "withdrawn"),
    "funds_requested": ("funds_received",),
    "funds_received": ("funds_requested", "proof_submitted"),
    "proof_submitted": ("closed",),
    "rejected": (),
    "withdrawn": (),
    "closed": (),
}
"""status → the statuses it may go to next (all stored enum values)."""

REFUSED = QT_TRANSLATE_NOOP(
    "Grants",
    "An application that is “{current}” cannot become “{target}”. Possible next: {allowed}.")
FINAL = QT_TRANSLATE_NOOP(
    "Grants", "An application that is “{current}” is final: its status cannot change any more.")
BAD_STATUS = QT_TRANSLATE_NOOP("Grants", "Unknown application status {value}.")
NO_DATE = QT_TRANSLATE_NOOP("Grants", "The status change needs a date.")
IN_FUTURE = QT_TRANSLATE_NOOP("Grants", "A status change cannot be dated in the future.")
BEFORE_LAST = QT_TRANSLATE_NOOP(
    "Grants", "A status change cannot be dated before the last one ({last}).")
NEED_PARTIAL = QT_TRANSLATE_NOOP("Grants", "A partial approval needs the approved amount.")
NOT_PARTIAL = QT_TRANSLATE_NOOP(
    "Grants", "The amount of a partial approval must be below the requested amount.")

_DECISIONS = (GrantStatus.APPROVED, GrantStatus.PARTLY_APPROVED, GrantStatus.REJECTED)


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses an application in `status` may go to."""
    return TRANSITIONS.get(status, ())


def _label(*statuses: str) -> Label:
    return Label("GrantStatus", *(GRANT_STATUS[status] for status in statuses))


def _check_step(current: str, target: str) -> None:
    if target not in TRANSITIONS:
        raise UserError(BAD_STATUS, CONTEXT, value=target)
    allowed = allowed_next(current)
    if not allowed:
        raise UserError(FINAL, CONTEXT, current=_label(current))
    if target not in allowed:
        raise UserError(REFUSED, CONTEXT, current=_label(current), target=_label(target),
                        allowed=_label(*allowed))


def _approved_amount(grant: GrantApplication, status: GrantStatus,
                     amount: Decimal | None) -> Decimal | None:
    """The approved amount after the step to `status` (unchanged unless it is an approval)."""
    if not amount_ok(amount):
        raise UserError(BAD_AMOUNT, CONTEXT)
    if status == GrantStatus.APPROVED:
        if amount is not None:
            return amount
        stored = grant.amount_approved  # typed in before the decision was entered
        return stored if stored is not None else grant.amount_requested
    if status == GrantStatus.PARTLY_APPROVED:
        amount = amount if amount is not None else grant.amount_approved
        if amount is None:
            raise UserError(NEED_PARTIAL, CONTEXT)
        if grant.amount_requested is not None and amount >= grant.amount_requested:
            raise UserError(NOT_PARTIAL, CONTEXT)
        return amount
    return grant.amount_approved


def change_status(db: Database, grant_id: int, status: str, on: date, note: str = "",
                  expected_version: int | None = None,
                  amount_approved: Decimal | None = None) -> int:
    """Move the application to `status` on `on`, add a history step; returns the new
    version. `submitted` sets submitted_on, approved / partly approved / rejected set
    decided_on; approved without an amount takes the requested one; partly approved needs
    `amount_approved` (or a stored one) below the requested amount. Refused (UserError) for
    an impossible step, a date before the last step or in the future, or a stale version.
    `amount_approved` is used by the two approvals only.

    An application entered after the fact has only its draft step, dated the day it was
    entered; an earlier first step moves that draft step back to its own date."""
    if on is None:
        raise UserError(NO_DATE, CONTEXT)
    if on > date.today():
        raise UserError(IN_FUTURE, CONTEXT)
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        check_version(grant, expected_version)
        _check_step(grant.status.value, status)
        target = GrantStatus(status)
        steps = grant.status_history
        if len(steps) == 1 and steps[0].status == GrantStatus.DRAFT and on < steps[0].changed_on:
            steps[0].changed_on = on  # entered after the fact: it was a draft by then
        last = max((step.changed_on for step in steps), default=None)
        if last is not None and on < last:
            raise UserError(BEFORE_LAST, CONTEXT, last=f"{last:%d.%m.%Y}")
        grant.amount_approved = _approved_amount(grant, target, amount_approved)
        if target == GrantStatus.SUBMITTED:
            grant.submitted_on = on
        elif target in _DECISIONS:
            grant.decided_on = on
        grant.status = target
        grant.status_history.append(
            GrantStatusChange(status=target, changed_on=on, note=note.strip()))
        grant.updated_at = utcnow()
        commit(session)
        return grant.version


def history(db: Database, grant_id: int) -> list[StatusStep]:
    """The dated steps, oldest first."""
    with db.unit() as session:
        steps = session.execute(
            sa.select(GrantStatusChange).where(GrantStatusChange.grant_id == grant_id)
            .order_by(GrantStatusChange.changed_on, GrantStatusChange.id)
        ).scalars()
        return [StatusStep(step.id, step.status.value, step.changed_on, step.note)
                for step in steps]
