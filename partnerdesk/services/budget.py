"""The cost and financing plan: budget lines, totals, the grant's share, the balance check,
the result (surplus or repayment) and the day-rate calculator. Decimal end to end."""

from __future__ import annotations

from decimal import Decimal

from partnerdesk.dto.grants import BudgetLineForm, BudgetPlan, DayRateInput, GrantResult
from partnerdesk.storage.database import Database


def budget_plan(db: Database, grant_id: int) -> BudgetPlan:
    """Lines per side in their order with actual amounts (receipts; a `this_grant` line's
    actual is the payments received), totals, shares and balance."""
    raise NotImplementedError


def save_budget_line(db: Database, form: BudgetLineForm) -> tuple[int, int]:
    """Validate (category fits the side, amounts ≥ 0) and save; returns (id, version)."""
    raise NotImplementedError


def delete_budget_line(db: Database, line_id: int, expected_version: int | None = None) -> None:
    """Delete a line; refused (UserError naming how many) while receipts are booked to it."""
    raise NotImplementedError


def grant_result(db: Database, grant_id: int) -> GrantResult:
    """Received, entitled, surplus to repay or amount still outstanding."""
    raise NotImplementedError


def day_rate_amount(participants: int, programme_days: int, rate: Decimal) -> Decimal:
    """participants × programme days × rate, to the cent (half-up)."""
    raise NotImplementedError


def suggest_day_rate(db: Database, grant_id: int) -> DayRateInput:
    """The calculator's defaults: participants (not cancelled) and programme days (arrival
    and departure as one) of the linked exchanges, the profile's daily rate."""
    raise NotImplementedError


def apply_day_rate(db: Database, grant_id: int, line_id: int | None,
                   figures: DayRateInput) -> tuple[int, int]:
    """Put the calculator's amount into the planned amount of `line_id`, or of a new
    `this_grant` income line when None; the description tells how it was computed.
    Returns (line id, version)."""
    raise NotImplementedError
