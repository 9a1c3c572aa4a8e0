"""Milestones of grant applications: list, edit, generate from the funder profile, and the
reminders the dashboard shows (due within a window or overdue).

Generated milestones have no title (the UI shows the kind's label then) and no notes: the
stored texts are the user's, in the user's language.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from partnerdesk.domain import Exchange, FunderProfile, GrantApplication, Milestone
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import GrantStatus, MilestoneKind
from partnerdesk.domain.grants import grant_exchange
from partnerdesk.dto.grants import MilestoneDue, MilestoneForm
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.rules import add_months
from partnerdesk.services.grant_editing import (
    CONTEXT,
    NOT_FOUND,
    check_version,
    commit,
    get_or_fail,
)
from partnerdesk.storage.database import Database

REMINDER_DAYS = 30

GONE = QT_TRANSLATE_NOOP("Grants", "This milestone no longer exists.")
CHANGED = QT_TRANSLATE_NOOP(
    "Grants", "This milestone was changed elsewhere meanwhile. Nothing was saved.")
NO_DUE = QT_TRANSLATE_NOOP("Grants", "The milestone needs a due date.")
DONE_IN_FUTURE = QT_TRANSLATE_NOOP("Grants", "A milestone cannot be done on a future day.")
BAD_KIND = QT_TRANSLATE_NOOP("Grants", "Unknown kind of milestone {value}.")
NO_PROFILE = QT_TRANSLATE_NOOP(
    "Grants",
    "The application has no funder profile, so there is nothing to take the deadlines from. "
    "Choose a profile first.")
NO_EXCHANGE = QT_TRANSLATE_NOOP(
    "Grants",
    "The application is not linked to an exchange, so there are no dates to count the "
    "deadlines from. Link an exchange first.")

_FIELDS = ("title", "due_on", "done_on", "notes")
_FINISHED = (GrantStatus.REJECTED, GrantStatus.WITHDRAWN, GrantStatus.CLOSED)


def _form(milestone: Milestone) -> MilestoneForm:
    return MilestoneForm(grant_id=milestone.grant_id, id=milestone.id,
                         kind=milestone.kind.value, version=milestone.version,
                         **{name: getattr(milestone, name) for name in _FIELDS})


def list_milestones(db: Database, grant_id: int) -> list[MilestoneForm]:
    """The application's milestones by due date."""
    with db.unit() as session:
        milestones = session.execute(
            sa.select(Milestone).where(Milestone.grant_id == grant_id)
            .order_by(Milestone.due_on, Milestone.id)
        ).scalars()
        return [_form(milestone) for milestone in milestones]


def validate_milestone(form: MilestoneForm, today: date) -> list[UserError]:
    """What is wrong with `form` (empty when all is well)."""
    problems = []
    if form.kind not in {kind.value for kind in MilestoneKind}:
        problems.append(UserError(BAD_KIND, CONTEXT, value=form.kind))
    if form.due_on is None:
        problems.append(UserError(NO_DUE, CONTEXT))
    if form.done_on is not None and form.done_on > today:
        problems.append(UserError(DONE_IN_FUTURE, CONTEXT))
    return problems


def save_milestone(db: Database, form: MilestoneForm) -> tuple[int, int]:
    """Validate (due date needed, done not in the future) and save; returns (id, version)."""
    problems = validate_milestone(form, date.today())
    if problems:
        raise problems[0]
    with db.unit() as session:
        if form.id is None:
            get_or_fail(session, GrantApplication, form.grant_id, NOT_FOUND)
            milestone = Milestone(grant_id=form.grant_id)
            session.add(milestone)
        else:
            milestone = get_or_fail(session, Milestone, form.id, GONE)
            check_version(milestone, form.version, CHANGED)
        milestone.kind = MilestoneKind(form.kind)
        for name in _FIELDS:
            value = getattr(form, name)
            setattr(milestone, name, value.strip() if isinstance(value, str) else value)
        milestone.updated_at = utcnow()
        commit(session, CHANGED)
        return milestone.id, milestone.version


def delete_milestone(db: Database, milestone_id: int,
                     expected_version: int | None = None) -> None:
    """Delete a milestone."""
    with db.unit() as session:
        milestone = get_or_fail(session, Milestone, milestone_id, GONE)
        check_version(milestone, expected_version, CHANGED)
        session.delete(milestone)
        commit(session, CHANGED)


def _planned(grant: GrantApplication, profile: FunderProfile, first_start: date,
             last_end: date) -> dict[MilestoneKind, date]:
    """The due dates the profile defines, counted from the exchanges' dates.

    Receipts are kept `retention_years` after the proof of use is due (the application's
    own proof-of-use milestone when it has one), to the end of that year; without any proof
    date, after the last end.
    """
    due: dict[MilestoneKind, date] = {}
    if profile.application_weeks_before is not None:
        due[MilestoneKind.APPLICATION_DEADLINE] = first_start - timedelta(
            weeks=profile.application_weeks_before)
    if profile.proof_of_use_months_after is not None:
        due[MilestoneKind.PROOF_OF_USE] = add_months(last_end,
                                                     profile.proof_of_use_months_after)
    if profile.retention_years is not None:
        own = [m.due_on for m in grant.milestones if m.kind == MilestoneKind.PROOF_OF_USE]
        proof = own[0] if own else due.get(MilestoneKind.PROOF_OF_USE, last_end)
        due[MilestoneKind.RETAIN_RECEIPTS] = date(proof.year + profile.retention_years, 12, 31)
    return due


def generate_milestones(db: Database, grant_id: int) -> int:
    """Add the milestones the funder profile defines, from the linked exchanges' dates:
    application deadline (weeks before the first start), proof of use due (months after the
    last end), keep receipts until (years after the proof of use is due, to the end of that
    year). Kinds the application already has are left alone (user edits survive). Returns
    how many were added; UserError when there is no profile or no linked exchange.

    The application deadline of an application already submitted is added as done on the
    day it was submitted."""
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        profile = get_or_fail(session, FunderProfile, grant.funder_profile_id, NO_PROFILE)
        first_start, last_end = session.execute(
            sa.select(sa.func.min(Exchange.start_date), sa.func.max(Exchange.end_date))
            .join(grant_exchange, grant_exchange.c.exchange_id == Exchange.id)
            .where(grant_exchange.c.grant_id == grant_id)).one()
        if first_start is None:
            raise UserError(NO_EXCHANGE, CONTEXT)
        present = {milestone.kind for milestone in grant.milestones}
        added = 0
        for kind, due_on in _planned(grant, profile, first_start, last_end).items():
            if kind in present:
                continue
            done_on = grant.submitted_on if kind == MilestoneKind.APPLICATION_DEADLINE else None
            session.add(Milestone(grant_id=grant_id, kind=kind, due_on=due_on, done_on=done_on))
            added += 1
        session.commit()
        return added


def due_milestones(db: Database, today: date, days: int = REMINDER_DAYS) -> list[MilestoneDue]:
    """Open milestones due within `days` from `today` or overdue, most urgent first, of
    applications that are not rejected, withdrawn or closed."""
    with db.unit() as session:
        rows = session.execute(
            sa.select(Milestone, GrantApplication.title)
            .join(GrantApplication, GrantApplication.id == Milestone.grant_id)
            .where(Milestone.done_on.is_(None),
                   Milestone.due_on <= today + timedelta(days=days),
                   GrantApplication.status.not_in(_FINISHED))
            .order_by(Milestone.due_on, Milestone.id)
        ).all()
        return [
            MilestoneDue(milestone_id=m.id, grant_id=m.grant_id, grant_title=title,
                         kind=m.kind.value, title=m.title, due_on=m.due_on,
                         overdue=m.due_on < today, days_left=(m.due_on - today).days)
            for m, title in rows
        ]
