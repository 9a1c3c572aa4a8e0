"""Exchanges (visits, trips, youth exchanges), who takes part, where guests sleep, the programme.

Deleting a contact who takes part in an exchange is refused by the database
(`ON DELETE RESTRICT`), never a silent cascade. Health data lives in its own table so it can
be purged after the trip.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.domain.base import Base, Record, enum_column
from partnerdesk.domain.enums import (
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    ParticipationRole,
    ParticipationStatus,
    Side,
    VisaStatus,
)
from partnerdesk.domain.types import Money

exchange_partner_town = sa.Table(
    "exchange_partner_town",
    Base.metadata,
    sa.Column(
        "exchange_id", sa.ForeignKey("exchange.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "partner_town_id",
        sa.ForeignKey("partner_town.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)


class Exchange(Record, Base):
    """A delegation, citizen trip, youth exchange, conference … with its dates and status."""

    __tablename__ = "exchange"

    title: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[ExchangeKind] = mapped_column(enum_column(ExchangeKind, "exchange_kind"))
    direction: Mapped[ExchangeDirection] = mapped_column(
        enum_column(ExchangeDirection, "exchange_direction")
    )
    start_date: Mapped[date] = mapped_column(sa.Date, index=True)
    end_date: Mapped[date] = mapped_column(sa.Date)
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    status: Mapped[ExchangeStatus] = mapped_column(
        enum_column(ExchangeStatus, "exchange_status"), default=ExchangeStatus.IDEA
    )
    topics: Mapped[str] = mapped_column(sa.Text, default="")
    goals: Mapped[str] = mapped_column(sa.Text, default="")
    organiser_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="SET NULL")
    )
    capacity: Mapped[int | None] = mapped_column(sa.Integer)
    participant_fee: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    health_data_purged_on: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    partner_towns = relationship("PartnerTown", secondary=exchange_partner_town)
    participations: Mapped[list[Participation]] = relationship(
        back_populates="exchange", cascade="all, delete-orphan", passive_deletes=True
    )
    programme_items: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="exchange",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(ProgrammeItem.day, ProgrammeItem.start_time)",
    )

    __table_args__ = (
        sa.CheckConstraint("end_date >= start_date", name="dates_in_order"),
        sa.CheckConstraint("length(title) > 0", name="title_not_empty"),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
        sa.CheckConstraint(
            "participant_fee IS NULL OR participant_fee >= 0", name="fee_positive"
        ),
        sa.CheckConstraint("length(currency) = 3", name="currency_code"),
    )


class Participation(Record, Base):
    """A contact taking part in an exchange, with role, side, status, fee, visa."""

    __tablename__ = "participation"

    exchange_id: Mapped[int] = mapped_column(
        sa.ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[ParticipationRole] = mapped_column(
        enum_column(ParticipationRole, "participation_role"),
        default=ParticipationRole.PARTICIPANT,
    )
    side: Mapped[Side] = mapped_column(enum_column(Side, "participation_side"))
    status: Mapped[ParticipationStatus] = mapped_column(
        enum_column(ParticipationStatus, "participation_status"),
        default=ParticipationStatus.REGISTERED,
    )
    arrives_on: Mapped[date | None] = mapped_column(sa.Date)
    departs_on: Mapped[date | None] = mapped_column(sa.Date)
    fee_due: Mapped[Decimal | None] = mapped_column(Money())
    fee_paid: Mapped[Decimal | None] = mapped_column(Money())
    signature_collected: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    emergency_contact_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="SET NULL")
    )
    emergency_contact_name: Mapped[str] = mapped_column(sa.String(200), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(sa.String(50), default="")
    insurance: Mapped[str] = mapped_column(sa.String(200), default="")
    visa_status: Mapped[VisaStatus] = mapped_column(
        enum_column(VisaStatus, "visa_status"), default=VisaStatus.NOT_NEEDED
    )
    visa_applied_on: Mapped[date | None] = mapped_column(sa.Date)
    visa_issued_on: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    exchange: Mapped[Exchange] = relationship(back_populates="participations")
    contact = relationship("Contact", foreign_keys=[contact_id])
    health: Mapped[ParticipationHealth | None] = relationship(
        back_populates="participation", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        sa.UniqueConstraint("exchange_id", "contact_id"),
        sa.CheckConstraint(
            "departs_on IS NULL OR arrives_on IS NULL OR departs_on >= arrives_on",
            name="dates_in_order",
        ),
        sa.CheckConstraint("fee_due IS NULL OR fee_due >= 0", name="fee_due_positive"),
        sa.CheckConstraint("fee_paid IS NULL OR fee_paid >= 0", name="fee_paid_positive"),
    )


class ParticipationHealth(Record, Base):
    """Allergies, medication and diet for one trip. Sensitive (GDPR Art. 9): purgeable."""

    __tablename__ = "participation_health"

    participation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participation.id", ondelete="CASCADE"), unique=True
    )
    allergies: Mapped[str] = mapped_column(sa.Text, default="")
    medication: Mapped[str] = mapped_column(sa.Text, default="")
    diet: Mapped[str] = mapped_column(sa.Text, default="")

    participation: Mapped[Participation] = relationship(back_populates="health")


class HostPlacement(Record, Base):
    """A guest (a participation) staying with a host contact for some nights."""

    __tablename__ = "host_placement"

    participation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    host_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="RESTRICT"), index=True
    )
    from_date: Mapped[date] = mapped_column(sa.Date)
    to_date: Mapped[date] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    __table_args__ = (
        sa.CheckConstraint("to_date >= from_date", name="dates_in_order"),
        sa.UniqueConstraint("participation_id", "from_date"),
    )


class ProgrammeItem(Record, Base):
    """One item of an exchange's programme, titled in German and in the partner's language."""

    __tablename__ = "programme_item"

    exchange_id: Mapped[int] = mapped_column(
        sa.ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(sa.Date)
    start_time: Mapped[time | None] = mapped_column(sa.Time)
    end_time: Mapped[time | None] = mapped_column(sa.Time)
    title: Mapped[str] = mapped_column(sa.String(200))
    title_native: Mapped[str] = mapped_column(sa.String(200), default="")
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    responsible_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="SET NULL")
    )
    responsible_name: Mapped[str] = mapped_column(sa.String(200), default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    exchange: Mapped[Exchange] = relationship(back_populates="programme_items")

    __table_args__ = (
        sa.CheckConstraint(
            "end_time IS NULL OR start_time IS NULL OR end_time >= start_time",
            name="times_in_order",
        ),
        sa.CheckConstraint("length(title) > 0", name="title_not_empty"),
    )
