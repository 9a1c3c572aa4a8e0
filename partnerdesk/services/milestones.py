"""Milestones of grant applications: list, edit, generate from the funder profile, and the
reminders the dashboard shows (due within a window or overdue)."""

from __future__ import annotations

from datetime import date

from partnerdesk.dto.grants import MilestoneDue, MilestoneForm
from partnerdesk.storage.database import Database

REMINDER_DAYS = 30


def list_milestones(db: Database, grant_id: int) -> list[MilestoneForm]:
    """The application's milestones by due date."""
    raise NotImplementedError


def save_milestone(db: Database, form: MilestoneForm) -> tuple[int, int]:
    """Validate (due date needed, done not in the future) and save; returns (id, version)."""
    raise NotImplementedError


def delete_milestone(db: Database, milestone_id: int,
                     expected_version: int | None = None) -> None:
    """Delete a milestone."""
    raise NotImplementedError


def generate_milestones(db: Database, grant_id: int) -> int:
    """Add the milestones the funder profile defines, from the linked exchanges' dates:
    application deadline (weeks before the first start), proof of use due (months after the
    last end), keep receipts until (years after the proof of use is due, to the end of that
    year). Kinds the application already has are left alone (user edits survive). Returns
    how many were added; UserError when there is no profile or no linked exchange."""
    raise NotImplementedError


def due_milestones(db: Database, today: date, days: int = REMINDER_DAYS) -> list[MilestoneDue]:
    """Open milestones due within `days` from `today` or overdue, most urgent first, of
    applications that are not rejected, withdrawn or closed."""
    raise NotImplementedError
