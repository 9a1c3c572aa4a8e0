"""What the grant workspace edits and shows: the application, its status history, milestones,
cost and financing plan, receipts, payments, funder profiles and the day-rate calculator.

Frozen dataclasses, no ORM objects. Enum fields hold the stored values (strings), money is
`Decimal` (never float), `version` is the optimistic-lock counter the row had when it was
read (0 for a record not saved yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class GrantForm:
    """Every editable field of a grant application and its linked exchanges.

    `status`, `submitted_on` and `decided_on` are shown only: they change through
    `grant_workflow.change_status`, never through `grant_editing.save_grant`.
    """

    id: int | None = None
    title: str = ""
    funder_id: int | None = None
    funder_profile_id: int | None = None
    programme: str = ""
    file_reference: str = ""
    currency: str = "EUR"
    amount_requested: Decimal | None = None
    amount_approved: Decimal | None = None
    notes: str = ""
    exchange_ids: tuple[int, ...] = ()
    status: str = "draft"
    submitted_on: date | None = None
    decided_on: date | None = None
    version: int = 0


@dataclass(frozen=True)
class Choice:
    """An id with the text to show for it (funders, profiles, exchanges in combo boxes)."""

    id: int
    text: str


@dataclass(frozen=True)
class StatusStep:
    """One dated step of an application's status history."""

    id: int
    status: str
    changed_on: date
    note: str


@dataclass(frozen=True)
class MilestoneForm:
    """A deadline of an application; done when `done_on` is set."""

    grant_id: int
    id: int | None = None
    kind: str = "other"
    title: str = ""
    due_on: date | None = None
    done_on: date | None = None
    notes: str = ""
    version: int = 0


@dataclass(frozen=True)
class MilestoneDue:
    """An open milestone for the dashboard: due within the window or overdue."""

    milestone_id: int
    grant_id: int
    grant_title: str
    kind: str
    title: str
    due_on: date
    overdue: bool
    days_left: int  # negative when overdue


@dataclass(frozen=True)
class BudgetLineForm:
    """A line of the cost and financing plan as the editor edits it."""

    grant_id: int
    id: int | None = None
    side: str = "cost"
    category: str = "travel"
    description: str = ""
    planned: Decimal = Decimal("0.00")
    approved: Decimal | None = None
    version: int = 0


@dataclass(frozen=True)
class BudgetLineRow:
    """A budget line with its actual amount (receipts; for `this_grant`: payments received)."""

    id: int
    side: str
    category: str
    description: str
    planned: Decimal
    approved: Decimal | None
    actual: Decimal
    receipts: int  # how many receipts are booked to it
    version: int


@dataclass(frozen=True)
class BudgetTotals:
    """Sums of one side of the plan."""

    planned: Decimal
    approved: Decimal
    actual: Decimal


@dataclass(frozen=True)
class BudgetPlan:
    """The cost and financing plan with totals, the grant's share and the balance check.

    `grant_share_*` are percentages of the costs (two decimals, half-up), None when the
    costs are zero. `*_difference` is income minus costs; the plan balances when it is zero.
    A side's approved total takes a line's planned amount where none was approved. Payments
    received count as the actual of the first `this_grant` line; without such a line they
    are `unplanned_payments`, counted in `income.actual` and the grant's actual share.
    """

    currency: str
    cost_lines: tuple[BudgetLineRow, ...]
    income_lines: tuple[BudgetLineRow, ...]
    costs: BudgetTotals
    income: BudgetTotals
    grant_share_planned: Decimal | None
    grant_share_approved: Decimal | None
    grant_share_actual: Decimal | None
    planned_difference: Decimal
    approved_difference: Decimal
    actual_difference: Decimal
    planned_balanced: bool
    actual_balanced: bool
    unplanned_payments: Decimal = Decimal("0.00")  # received, but the plan has no this_grant line


@dataclass(frozen=True)
class ReceiptForm:
    """A receipt (Beleg). `number` is given on first save; in a foreign currency the
    `amount` is computed from `original_amount` and `exchange_rate` (foreign units per one
    unit of the grant's currency), rounded half-up to the cent."""

    grant_id: int
    budget_line_id: int | None = None
    id: int | None = None
    number: int | None = None
    issued_on: date | None = None
    counterparty: str = ""
    purpose: str = ""
    amount: Decimal | None = None
    original_amount: Decimal | None = None
    original_currency: str = ""
    exchange_rate: Decimal | None = None
    rate_date: date | None = None
    paid_on: date | None = None
    version: int = 0


@dataclass(frozen=True)
class ReceiptRow:
    """A receipt in the list, with the budget line it is booked to."""

    id: int
    number: int
    issued_on: date
    counterparty: str
    purpose: str
    budget_line_id: int
    budget_side: str
    budget_category: str
    budget_description: str
    amount: Decimal
    original_amount: Decimal | None
    original_currency: str
    exchange_rate: Decimal | None
    rate_date: date | None
    paid_on: date | None
    version: int


@dataclass(frozen=True)
class PaymentForm:
    """A tranche of grant money received."""

    grant_id: int
    id: int | None = None
    received_on: date | None = None
    amount: Decimal | None = None
    note: str = ""
    version: int = 0


@dataclass(frozen=True)
class GrantResult:
    """What the money says at the end: is grant money left over or still to come?

    `entitled` = the smaller of the approved grant (the requested one while not approved)
    and what the actual costs leave uncovered by the other actual income. `repayment` is
    received − entitled when positive (surplus to pay back), `outstanding` is entitled −
    received when positive (still to request).
    """

    currency: str
    approved: Decimal | None
    received: Decimal
    actual_costs: Decimal
    other_income: Decimal
    entitled: Decimal
    repayment: Decimal
    outstanding: Decimal


@dataclass(frozen=True)
class FunderProfileForm:
    """A funder's programme and its rules, as the user edits them."""

    funder_id: int | None = None
    id: int | None = None
    programme: str = ""
    is_example: bool = False
    min_age: int | None = None
    max_age: int | None = None
    min_programme_days: int | None = None
    max_participants_per_side: int | None = None
    max_leaders_per_side: int | None = None
    participants_per_leader: int | None = None
    daily_rate: Decimal | None = None
    currency: str = "EUR"
    required_documents: str = ""
    application_weeks_before: int | None = None
    proof_of_use_months_after: int | None = None
    retention_years: int | None = None
    notes: str = ""
    version: int = 0


@dataclass(frozen=True)
class FunderProfileRow:
    """A funder profile in the list."""

    id: int
    funder_id: int
    funder: str
    programme: str
    is_example: bool
    applications: int  # how many applications use it


@dataclass(frozen=True)
class DayRateInput:
    """The day-rate calculator's figures: participants × programme days × rate = amount."""

    participants: int
    programme_days: int
    rate: Decimal
    currency: str
    amount: Decimal
