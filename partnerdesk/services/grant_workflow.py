"""An application's status workflow with a dated history.

draft → submitted → approved / partly approved / rejected / withdrawn → funds requested →
funds received → proof submitted → closed. Further tranches go funds received → funds
requested again. Rejected, withdrawn and closed are final. Every other step is refused with
a reason that names the steps that are possible.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from partnerdesk.dto.grants import StatusStep
from partnerdesk.storage.database import Database

TRANSITIONS: dict[str, tuple[str, ...]] = {}
"""status → the statuses it may go to next (all stored enum values)."""


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses an application in `status` may go to."""
    raise NotImplementedError


def change_status(db: Database, grant_id: int, status: str, on: date, note: str = "",
                  expected_version: int | None = None,
                  amount_approved: Decimal | None = None) -> int:
    """Move the application to `status` on `on`, add a history step; returns the new
    version. `submitted` sets submitted_on, approved / partly approved / rejected set
    decided_on; approved without an amount takes the requested one; partly approved needs
    `amount_approved` (or a stored one) below the requested amount. Refused (UserError) for
    an impossible step, a date before the last step or in the future, or a stale version."""
    raise NotImplementedError


def history(db: Database, grant_id: int) -> list[StatusStep]:
    """The dated steps, oldest first."""
    raise NotImplementedError
