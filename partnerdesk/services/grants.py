"""Grant application use cases: the list with amounts, totals and the next milestone."""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa

from partnerdesk.domain import BudgetLine, Contact, GrantApplication, Milestone, Payment, Receipt
from partnerdesk.domain.enums import BudgetSide
from partnerdesk.dto import GrantRow, MilestoneRef
from partnerdesk.storage.database import Database

ZERO = Decimal("0.00")


def _sums(session, query) -> dict[int, Decimal]:
    return {grant_id: total or ZERO for grant_id, total in session.execute(query)}


def list_grants(db: Database, search: str = "") -> list[GrantRow]:
    """Grant applications, newest first, with received money, planned and actual costs."""
    with db.unit() as session:
        query = (
            sa.select(GrantApplication, Contact.organisation_name)
            .join(Contact, Contact.id == GrantApplication.funder_id)
            .order_by(GrantApplication.id.desc())
        )
        if search:
            pattern = f"%{search.strip()}%"
            query = query.where(
                sa.or_(
                    GrantApplication.title.ilike(pattern),
                    GrantApplication.file_reference.ilike(pattern),
                    Contact.organisation_name.ilike(pattern),
                )
            )
        grants = session.execute(query).all()
        received = _sums(
            session,
            sa.select(Payment.grant_id, sa.func.sum(Payment.amount)).group_by(Payment.grant_id),
        )
        planned = _sums(
            session,
            sa.select(BudgetLine.grant_id, sa.func.sum(BudgetLine.planned))
            .where(BudgetLine.side == BudgetSide.COST)
            .group_by(BudgetLine.grant_id),
        )
        actual = _sums(
            session,
            sa.select(Receipt.grant_id, sa.func.sum(Receipt.amount))
            .join(BudgetLine, BudgetLine.id == Receipt.budget_line_id)
            .where(BudgetLine.side == BudgetSide.COST)
            .group_by(Receipt.grant_id),
        )
        next_milestones: dict[int, MilestoneRef] = {}
        open_milestones = session.execute(
            sa.select(Milestone).where(Milestone.done_on.is_(None)).order_by(Milestone.due_on)
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
            )
            for grant, funder in grants
        ]
