"""Funders and their rules, grant applications, their milestones, budget, receipts and payments.

Money is `Decimal` in `Money()` columns. A budget line with receipts cannot be deleted
(`ON DELETE NO ACTION`): the receipts would lose their place in the proof of use. It is
NO ACTION, not RESTRICT, because deleting an application cascades to both its budget lines
and its receipts: RESTRICT is checked row by row, so that delete would fail or succeed
depending on the order the tables were (re)created in; NO ACTION is checked at the end of
the statement.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.domain.base import Base, Record, enum_column
from partnerdesk.domain.enums import BudgetCategory, BudgetSide, GrantStatus, MilestoneKind
from partnerdesk.domain.types import Money, Rate


class FunderProfile(Record, Base):
    """A funder's programme and its rules, as data the user edits (not code)."""

    __tablename__ = "funder_profile"

    funder_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    programme: Mapped[str] = mapped_column(sa.String(200))
    is_example: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    min_age: Mapped[int | None] = mapped_column(sa.Integer)
    max_age: Mapped[int | None] = mapped_column(sa.Integer)
    min_programme_days: Mapped[int | None] = mapped_column(sa.Integer)
    max_participants_per_side: Mapped[int | None] = mapped_column(sa.Integer)
    max_leaders_per_side: Mapped[int | None] = mapped_column(sa.Integer)
    participants_per_leader: Mapped[int | None] = mapped_column(sa.Integer)
    daily_rate: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    required_documents: Mapped[str] = mapped_column(sa.Text, default="")
    application_weeks_before: Mapped[int | None] = mapped_column(sa.Integer)
    proof_of_use_months_after: Mapped[int | None] = mapped_column(sa.Integer)
    retention_years: Mapped[int | None] = mapped_column(sa.Integer)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    funder = relationship("Contact", foreign_keys=[funder_id])

    __table_args__ = (
        sa.UniqueConstraint("funder_id", "programme"),
        sa.CheckConstraint(
            "min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name="age_range"
        ),
        sa.CheckConstraint("daily_rate IS NULL OR daily_rate >= 0", name="rate_positive"),
        sa.CheckConstraint("length(currency) = 3", name="currency_code"),
    )


grant_exchange = sa.Table(
    "grant_exchange",
    Base.metadata,
    sa.Column(
        "grant_id",
        sa.ForeignKey("grant_application.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "exchange_id",
        sa.ForeignKey("exchange.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)


class GrantApplication(Record, Base):
    """An application to a funder, from draft to closed."""

    __tablename__ = "grant_application"

    title: Mapped[str] = mapped_column(sa.String(200))
    funder_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    funder_profile_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("funder_profile.id", ondelete="SET NULL")
    )
    programme: Mapped[str] = mapped_column(sa.String(200), default="")
    file_reference: Mapped[str] = mapped_column(sa.String(100), default="")
    status: Mapped[GrantStatus] = mapped_column(
        enum_column(GrantStatus, "grant_status"), default=GrantStatus.DRAFT
    )
    amount_requested: Mapped[Decimal | None] = mapped_column(Money())
    amount_approved: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    submitted_on: Mapped[date | None] = mapped_column(sa.Date)
    decided_on: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    funder = relationship("Contact", foreign_keys=[funder_id])
    exchanges = relationship("Exchange", secondary=grant_exchange)
    status_history: Mapped[list[GrantStatusChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="GrantStatusChange.id"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Milestone.due_on"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="BudgetLine.sort_order"
    )
    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Payment.received_on"
    )
    # Not passive: deleting an application loads and deletes its receipts first, so that the
    # ORM never deletes a budget line (loaded in budget_lines) while receipts still point at it.
    receipts: Mapped[list[Receipt]] = relationship(
        cascade="all, delete-orphan", order_by="Receipt.number"
    )

    __table_args__ = (
        sa.CheckConstraint("length(title) > 0", name="title_not_empty"),
        sa.CheckConstraint(
            "amount_requested IS NULL OR amount_requested >= 0", name="requested_positive"
        ),
        sa.CheckConstraint(
            "amount_approved IS NULL OR amount_approved >= 0", name="approved_positive"
        ),
        sa.CheckConstraint("length(currency) = 3", name="currency_code"),
    )


class GrantStatusChange(Record, Base):
    """A dated step in an application's status history."""

    __tablename__ = "grant_status_change"

    grant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grant_application.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[GrantStatus] = mapped_column(enum_column(GrantStatus, "grant_status_step"))
    changed_on: Mapped[date] = mapped_column(sa.Date)
    note: Mapped[str] = mapped_column(sa.Text, default="")


class Milestone(Record, Base):
    """A deadline of an application (fund request, proof of use due …), done when dated."""

    __tablename__ = "milestone"

    grant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grant_application.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MilestoneKind] = mapped_column(enum_column(MilestoneKind, "milestone_kind"))
    title: Mapped[str] = mapped_column(sa.String(200), default="")
    due_on: Mapped[date] = mapped_column(sa.Date, index=True)
    done_on: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")


class BudgetLine(Record, Base):
    """A line of the cost and financing plan; actual amounts come from its receipts."""

    __tablename__ = "budget_line"

    grant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grant_application.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[BudgetSide] = mapped_column(enum_column(BudgetSide, "budget_side"))
    category: Mapped[BudgetCategory] = mapped_column(
        enum_column(BudgetCategory, "budget_category")
    )
    description: Mapped[str] = mapped_column(sa.String(300), default="")
    planned: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    approved: Mapped[Decimal | None] = mapped_column(Money())
    sort_order: Mapped[int] = mapped_column(sa.Integer, default=0)

    receipts: Mapped[list[Receipt]] = relationship(
        back_populates="budget_line", passive_deletes="all"
    )

    __table_args__ = (
        sa.CheckConstraint("planned >= 0", name="planned_positive"),
        sa.CheckConstraint("approved IS NULL OR approved >= 0", name="approved_positive"),
    )


class Receipt(Record, Base):
    """A receipt (Beleg), numbered per application; foreign currency carries its rate."""

    __tablename__ = "receipt"

    grant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grant_application.id", ondelete="CASCADE"), index=True
    )
    budget_line_id: Mapped[int] = mapped_column(
        sa.ForeignKey("budget_line.id", ondelete="NO ACTION"), index=True
    )
    number: Mapped[int] = mapped_column(sa.Integer)
    issued_on: Mapped[date] = mapped_column(sa.Date)
    counterparty: Mapped[str] = mapped_column(sa.String(200), default="")
    purpose: Mapped[str] = mapped_column(sa.String(300), default="")
    amount: Mapped[Decimal] = mapped_column(Money())
    original_amount: Mapped[Decimal | None] = mapped_column(Money())
    original_currency: Mapped[str] = mapped_column(sa.String(3), default="")
    exchange_rate: Mapped[Decimal | None] = mapped_column(Rate())
    rate_date: Mapped[date | None] = mapped_column(sa.Date)
    paid_on: Mapped[date | None] = mapped_column(sa.Date)

    budget_line: Mapped[BudgetLine] = relationship(back_populates="receipts")

    __table_args__ = (
        sa.UniqueConstraint("grant_id", "number"),
        sa.CheckConstraint("number > 0", name="number_positive"),
        sa.CheckConstraint(
            "original_currency = '' OR (original_amount IS NOT NULL"
            " AND exchange_rate IS NOT NULL AND rate_date IS NOT NULL)",
            name="foreign_currency_complete",
        ),
        sa.CheckConstraint("exchange_rate IS NULL OR exchange_rate > 0", name="rate_positive"),
        sa.CheckConstraint(
            "original_currency = '' OR length(original_currency) = 3", name="currency_code"
        ),
    )


class Payment(Record, Base):
    """A tranche of grant money received."""

    __tablename__ = "payment"

    grant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grant_application.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[date] = mapped_column(sa.Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    note: Mapped[str] = mapped_column(sa.Text, default="")

    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount_positive"),)
