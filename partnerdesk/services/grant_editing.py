"""Create, load, save and delete a grant application (its fields and linked exchanges).

The status is not saved here: it changes only through `grant_workflow.change_status`.
"""

from __future__ import annotations

from partnerdesk.dto.grants import Choice, GrantForm
from partnerdesk.storage.database import Database


def new_grant(db: Database, exchange_id: int | None = None) -> GrantForm:
    """A new application's form; from an exchange: linked to it, titled after it, with the
    funder and profile of the exchange's other applications if any, currency from the
    association profile."""
    raise NotImplementedError


def load_grant(db: Database, grant_id: int) -> GrantForm:
    """The application's form (UserError when it no longer exists)."""
    raise NotImplementedError


def save_grant(db: Database, form: GrantForm) -> tuple[int, int]:
    """Validate and save in one unit of work; returns (id, new version). A new application
    starts as draft with a first history step dated today. UserError on bad input
    (no title, no funder, a profile of another funder, negative amounts, bad currency) or
    when it was changed elsewhere since `form.version`."""
    raise NotImplementedError


def delete_grant(db: Database, grant_id: int, expected_version: int | None = None) -> None:
    """Delete an application with its milestones, budget, receipts and payments. Refused
    (UserError) once funds were received or it has receipts — withdraw or close it instead."""
    raise NotImplementedError


def funder_choices(db: Database) -> list[Choice]:
    """Organisations that can be funders (kind funder, or already funding/with a profile),
    by name."""
    raise NotImplementedError


def profile_choices(db: Database, funder_id: int) -> list[Choice]:
    """The funder's profiles (programme names; examples marked by the caller)."""
    raise NotImplementedError


def exchange_choices(db: Database) -> list[Choice]:
    """Exchanges to link, newest first: "Title (dd.mm.yyyy – dd.mm.yyyy)"."""
    raise NotImplementedError
