"""Grant application use cases: the list with amounts, totals and the next milestone, its
filters (search, status, year, funder) and the years to filter by.

An application's year is the year of its earliest linked exchange's start, else of its
submission, else of its creation (`_year`, the one rule for the list and the filter).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import sqlalchemy as sa

from partnerdesk.domain import (
    BudgetLine,
    Contact,
    Exchange,
    GrantApplication,
    Milestone,
    Payment,
    Receipt,
)
from partnerdesk.domain.enums import BudgetSide, GrantStatus
from partnerdesk.domain.grants import grant_exchange
from partnerdesk.dto import GrantRow, MilestoneRef
from partnerdesk.messages import UserError
from partnerdesk.services.grant_editing import CONTEXT
from partnerdesk.services.grant_workflow import BAD_STATUS
from partnerdesk.storage.database import Database

ZERO = Decimal("0.00")


def _sums(session, query) -> dict[int, Decimal]:
    return {grant_id: total or ZERO for grant_id, total in session.execute(query)}


def _year() -> sa.ColumnElement[int]:
    """The application's year, as an SQL expression over `GrantApplication`."""
    first_start = (
        sa.select(sa.func.min(Exchange.start_date))
        .join(grant_exchange, grant_exchange.c.exchange_id == Exchange.id)
        .where(grant_exchange.c.grant_id == GrantApplication.id)
        .correlate(GrantApplication)
        .scalar_subquery()
    )
    return sa.extract("year", sa.func.coalesce(
        first_start, GrantApplication.submitted_on, GrantApplication.created_at))


def grant_years(db: Database) -> list[int]:
    """The years of the applications (see the module's rule), newest first."""
    with db.unit() as session:
        years = session.execute(sa.select(_year()).distinct()).scalars()
        return sorted({int(year) for year in years if year is not None}, reverse=True)


def _line_sums(session, side: BudgetSide) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """Planned and booked (receipts) amounts of one side of the plans, per application."""
    planned = _sums(
        session,
        sa.select(BudgetLine.grant_id, sa.func.sum(BudgetLine.planned))
        .where(BudgetLine.side == side)
        .group_by(BudgetLine.grant_id),
    )
    booked = _sums(
        session,
        sa.select(Receipt.grant_id, sa.func.sum(Receipt.amount))
        .join(BudgetLine, BudgetLine.id == Receipt.budget_line_id)
        .where(BudgetLine.side == side)
        .group_by(Receipt.grant_id),
    )
    return planned, booked


def _filtered(search: str, status: str | None, year: int | None,
              funder_id: int | None) -> sa.Select:
    query = (
        sa.select(GrantApplication, Contact.organisation_name)
        .join(Contact, Contact.id == GrantApplication.funder_id)
        .order_by(GrantApplication.id.desc())
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            sa.or_(
                GrantApplication.title.ilike(pattern),
                GrantApplication.file_reference.ilike(pattern),
                Contact.organisation_name.ilike(pattern),
            )
        )
    if status is not None:
        try:
            query = query.where(GrantApplication.status == GrantStatus(status))
        except ValueError:
            raise UserError(BAD_STATUS, CONTEXT, value=status) from None
    if year is not None:
        query = query.where(_year() == year)
    if funder_id is not None:
        query = query.where(GrantApplication.funder_id == funder_id)
    return query


def list_grants(db: Database, search: str = "", status: str | None = None,
                year: int | None = None, funder_id: int | None = None) -> list[GrantRow]:
    """Grant applications, newest first, with received money, planned and actual costs and
    income, linked exchanges and the next open milestone; filtered by `search` (title, file
    reference, funder), `status` (a stored value), `year` and `funder_id` when given."""
    with db.unit() as session:
        grants = session.execute(_filtered(search, status, year, funder_id)).all()
        received = _sums(
            session,
            sa.select(Payment.grant_id, sa.func.sum(Payment.amount)).group_by(Payment.grant_id),
        )
        planned, actual = _line_sums(session, BudgetSide.COST)
        planned_income, booked_income = _line_sums(session, BudgetSide.INCOME)
        titles: dict[int, list[str]] = defaultdict(list)
        for grant_id, title in session.execute(
            sa.select(grant_exchange.c.grant_id, Exchange.title)
            .join(Exchange, Exchange.id == grant_exchange.c.exchange_id)
            .order_by(Exchange.start_date, Exchange.id)
        ):
            titles[grant_id].append(title)
        next_milestones: dict[int, MilestoneRef] = {}
        open_milestones = session.execute(
            sa.select(Milestone).where(Milestone.done_on.is_(None))
            .order_by(Milestone.due_on, Milestone.id)
        ).scalars()
        for milestone in open_milestones:
            next_milestones.setdefault(
                milestone.grant_id,
                MilestoneRef(milestone.kind.value, milestone.title, milestone.due_on),
            )
        return [
            GrantRow(
                id=grant.id,
                title=grant.title,
                funder=funder,
                programme=grant.programme,
                file_reference=grant.file_reference,
                status=grant.status.value,
                currency=grant.currency,
                amount_requested=grant.amount_requested,
                amount_approved=grant.amount_approved,
                amount_received=received.get(grant.id, ZERO),
                planned_costs=planned.get(grant.id, ZERO),
                actual_costs=actual.get(grant.id, ZERO),
                next_milestone=next_milestones.get(grant.id),
                exchanges=tuple(titles.get(grant.id, ())),
                planned_income=planned_income.get(grant.id, ZERO),
                actual_income=booked_income.get(grant.id, ZERO) + received.get(grant.id, ZERO),
            )
            for grant, funder in grants
        ]
