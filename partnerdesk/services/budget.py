"""The cost and financing plan: budget lines, totals, the grant's share, the balance check,
the result (surplus or repayment). Decimal end to end.

What the figures mean:

- A line's actual amount is the sum of the receipts booked to it. Grant money is not booked
  as receipts but recorded as payments: the first `this_grant` line (in plan order) carries
  the payments received as its actual amount; further `this_grant` lines only their receipts
  (normally none). A plan without a `this_grant` line still counts the payments in the
  income side's actual total and names them in `BudgetPlan.unplanned_payments`.
- The approved total of a side sums each line's approved amount, or its planned amount where
  none was approved (a line the funder left alone keeps its plan).
- The day-rate calculator lives in `day_rate`.

The grant services' shared helpers come from `grant_editing`; `is_amount` (any sign, fits
the column) is shared with `receipts`. Messages are in the "Grants" translation context.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from partnerdesk.domain import (
    BudgetLine,
    GrantApplication,
    Payment,
    Receipt,
)
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import COST_CATEGORIES, BudgetCategory, BudgetSide
from partnerdesk.dto.grants import (
    BudgetLineForm,
    BudgetLineRow,
    BudgetPlan,
    BudgetTotals,
    GrantResult,
)
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.loading import DEAD_GRANTS
from partnerdesk.services.grant_editing import (
    CENT,
    CONTEXT,
    NOT_FOUND,
    amount_ok,
    check_version,
    commit,
    get_or_fail,
)
from partnerdesk.storage.database import Database

ZERO = Decimal("0.00")
LINE_GONE = QT_TRANSLATE_NOOP("Grants", "This budget line no longer exists.")
LINE_CHANGED = QT_TRANSLATE_NOOP(
    "Grants", "This budget line was changed elsewhere meanwhile. Nothing was saved.")
BAD_SIDE = QT_TRANSLATE_NOOP("Grants", "Unknown side {side} of the plan.")
BAD_CATEGORY = QT_TRANSLATE_NOOP(
    "Grants", "The category {category} does not belong on this side of the plan.")
BAD_PLANNED = QT_TRANSLATE_NOOP(
    "Grants", "The planned amount must be 0 or more, with at most two decimal places.")
BAD_APPROVED = QT_TRANSLATE_NOOP(
    "Grants", "The approved amount must be empty or 0 or more, with at most two decimal "
    "places.")
LONG_TEXT = QT_TRANSLATE_NOOP("Grants", "The description is too long (at most 300 characters).")
HAS_RECEIPTS = QT_TRANSLATE_NOOP(
    "Grants", "This budget line cannot be deleted while receipts are booked to it ({count}). "
    "Book them to another line or delete them first.")
LINE_IN_USE = QT_TRANSLATE_NOOP(
    "Grants", "This budget line cannot be deleted: receipts are booked to it. Nothing was "
    "deleted.")
GRANT_LINE_RECEIPTS = QT_TRANSLATE_NOOP(
    "Grants", "Receipts are booked to this line ({count}); it cannot become the line of this "
    "grant, whose money is recorded as payments received.")
TOO_LARGE = QT_TRANSLATE_NOOP("Grants", "The amount {amount} is too large.")

DESCRIPTION_LENGTH = 300


def is_amount(value: object, minimum: Decimal | None = ZERO) -> bool:
    """True for a Decimal to the cent (never a float) that fits a money column and is at
    least `minimum` (None: any sign, e.g. a refund)."""
    return (isinstance(value, Decimal) and amount_ok(abs(value), optional=False)
            and (minimum is None or value >= minimum))


def _total(amounts: Iterable[Decimal]) -> Decimal:
    return sum(amounts, ZERO)


def _share(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(CENT, ROUND_HALF_UP)


def _lines(session: Session, grant_id: int) -> list[BudgetLine]:
    return list(session.execute(
        sa.select(BudgetLine).where(BudgetLine.grant_id == grant_id)
        .order_by(BudgetLine.sort_order, BudgetLine.id)).scalars())


def _booked(session: Session, grant_id: int) -> dict[int, tuple[int, Decimal]]:
    """Budget line id → (number of receipts, their sum), for the lines of `grant_id`."""
    rows = session.execute(
        sa.select(Receipt.budget_line_id, sa.func.count(Receipt.id), sa.func.sum(Receipt.amount))
        .join(BudgetLine, BudgetLine.id == Receipt.budget_line_id)
        .where(BudgetLine.grant_id == grant_id).group_by(Receipt.budget_line_id))
    return {line_id: (count, total) for line_id, count, total in rows}


def _received(session: Session, grant_id: int) -> Decimal:
    total = session.execute(sa.select(sa.func.sum(Payment.amount))
                            .where(Payment.grant_id == grant_id)).scalar_one()
    return total if total is not None else ZERO


def _totals(rows: list[BudgetLineRow], extra: Decimal = ZERO) -> BudgetTotals:
    return BudgetTotals(
        planned=_total(r.planned for r in rows),
        approved=_total(r.planned if r.approved is None else r.approved for r in rows),
        actual=_total(r.actual for r in rows) + extra)


def budget_plan(db: Database, grant_id: int) -> BudgetPlan:
    """Lines per side in their order with actual amounts (receipts; a `this_grant` line's
    actual is the payments received), totals, shares and balance."""
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        booked, received = _booked(session, grant_id), _received(session, grant_id)
        rows: list[BudgetLineRow] = []
        unplanned = received
        for line in _lines(session, grant_id):
            count, actual = booked.get(line.id, (0, ZERO))
            if line.category == BudgetCategory.THIS_GRANT:
                actual, unplanned = actual + unplanned, ZERO
            rows.append(BudgetLineRow(
                id=line.id, side=line.side.value, category=line.category.value,
                description=line.description, planned=line.planned, approved=line.approved,
                actual=actual, receipts=count, version=line.version))
        cost_rows = [r for r in rows if r.side == BudgetSide.COST]
        income_rows = [r for r in rows if r.side == BudgetSide.INCOME]
        costs, income = _totals(cost_rows), _totals(income_rows, unplanned)
        grant_rows = [r for r in income_rows if r.category == BudgetCategory.THIS_GRANT]
        this_grant = _totals(grant_rows, unplanned)
        return BudgetPlan(
            currency=grant.currency, cost_lines=tuple(cost_rows), income_lines=tuple(income_rows),
            costs=costs, income=income,
            grant_share_planned=_share(this_grant.planned, costs.planned),
            grant_share_approved=_share(this_grant.approved, costs.approved),
            grant_share_actual=_share(this_grant.actual, costs.actual),
            planned_difference=income.planned - costs.planned,
            approved_difference=income.approved - costs.approved,
            actual_difference=income.actual - costs.actual,
            planned_balanced=income.planned == costs.planned,
            actual_balanced=income.actual == costs.actual,
            unplanned_payments=unplanned)


def _validate_line(form: BudgetLineForm) -> None:
    if form.side not in {side.value for side in BudgetSide}:
        raise UserError(BAD_SIDE, CONTEXT, side=form.side)
    categories = {c.value for c in BudgetCategory}
    if form.category not in categories or (
            (form.category in COST_CATEGORIES) != (form.side == BudgetSide.COST)):
        raise UserError(BAD_CATEGORY, CONTEXT, category=form.category)
    if not is_amount(form.planned):
        raise UserError(BAD_PLANNED, CONTEXT)
    if form.approved is not None and not is_amount(form.approved):
        raise UserError(BAD_APPROVED, CONTEXT)
    if len(form.description.strip()) > DESCRIPTION_LENGTH:
        raise UserError(LONG_TEXT, CONTEXT)


def end_of(session: Session, grant_id: int, side: BudgetSide) -> int:
    """The sort position after the last line of `side`."""
    last = session.execute(sa.select(sa.func.max(BudgetLine.sort_order)).where(
        BudgetLine.grant_id == grant_id, BudgetLine.side == side)).scalar_one()
    return 0 if last is None else last + 1


def line_of(session: Session, grant_id: int, line_id: int,
             expected_version: int | None) -> BudgetLine:
    """The line `line_id` of the application (UserError when gone, foreign or changed)."""
    line = get_or_fail(session, BudgetLine, line_id, LINE_GONE)
    if line.grant_id != grant_id:
        raise UserError(LINE_GONE, CONTEXT)
    check_version(line, expected_version, LINE_CHANGED)
    return line


def save_budget_line(db: Database, form: BudgetLineForm) -> tuple[int, int]:
    """Validate (category fits the side, amounts ≥ 0) and save; returns (id, version).

    A new line, or one moved to the other side, goes to the end of its side's order. A line
    with receipts cannot become a `this_grant` line. UserError when the line changed since
    `form.version`."""
    _validate_line(form)
    side, category = BudgetSide(form.side), BudgetCategory(form.category)
    with db.unit() as session:
        get_or_fail(session, GrantApplication, form.grant_id, NOT_FOUND)
        if form.id is None:
            line = BudgetLine(grant_id=form.grant_id, side=side,
                              sort_order=end_of(session, form.grant_id, side))
            session.add(line)
        else:
            line = line_of(session, form.grant_id, form.id, form.version)
            count = _booked(session, form.grant_id).get(line.id, (0, ZERO))[0]
            if category == BudgetCategory.THIS_GRANT and count:
                raise UserError(GRANT_LINE_RECEIPTS, CONTEXT, count=count)
            if line.side != side:
                line.side, line.sort_order = side, end_of(session, form.grant_id, side)
        line.category, line.description = category, form.description.strip()
        line.planned, line.approved = form.planned, form.approved
        line.updated_at = utcnow()
        commit(session, LINE_CHANGED)
        return line.id, line.version


def delete_budget_line(db: Database, line_id: int, expected_version: int | None = None) -> None:
    """Delete a line; refused (UserError naming how many) while receipts are booked to it."""
    with db.unit() as session:
        line = get_or_fail(session, BudgetLine, line_id, LINE_GONE)
        check_version(line, expected_version, LINE_CHANGED)
        count = session.execute(sa.select(sa.func.count(Receipt.id))
                                .where(Receipt.budget_line_id == line_id)).scalar_one()
        if count:
            raise UserError(HAS_RECEIPTS, CONTEXT, count=count)
        session.delete(line)
        try:
            commit(session, LINE_CHANGED)
        except IntegrityError as exc:  # a receipt booked meanwhile: ON DELETE NO ACTION
            raise UserError(LINE_IN_USE, CONTEXT) from exc


def grant_result(db: Database, grant_id: int) -> GrantResult:
    """Received, entitled, surplus to repay or amount still outstanding.

    Actual costs are the receipts on cost lines, other income the receipts on income lines.
    A rejected or withdrawn application is entitled to nothing; one without any amount to
    nothing either."""
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        booked, received = _booked(session, grant_id), _received(session, grant_id)
        sides = {line.id: line.side for line in _lines(session, grant_id)}
        costs = _total(t for i, (_, t) in booked.items() if sides[i] == BudgetSide.COST)
        other = _total(t for i, (_, t) in booked.items() if sides[i] == BudgetSide.INCOME)
        ceiling = grant.amount_approved
        if ceiling is None:
            ceiling = grant.amount_requested if grant.amount_requested is not None else ZERO
        if grant.status in DEAD_GRANTS:
            ceiling = ZERO
        entitled = max(ZERO, min(ceiling, costs - other))
        return GrantResult(
            currency=grant.currency, approved=grant.amount_approved, received=received,
            actual_costs=costs, other_income=other, entitled=entitled,
            repayment=max(ZERO, received - entitled), outstanding=max(ZERO, entitled - received))
