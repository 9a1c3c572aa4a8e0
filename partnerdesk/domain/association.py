"""The association itself, its board members who sign, and its partner towns."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.domain.base import Base, Record, enum_column
from partnerdesk.domain.enums import PartnerTownRelation, PartnerTownStatus


class AssociationProfile(Record, Base):
    """The association's profile; one row. It lives in the database so it travels with it."""

    __tablename__ = "association_profile"

    name: Mapped[str] = mapped_column(sa.String(200), default="")
    street: Mapped[str] = mapped_column(sa.String(200), default="")
    postal_code: Mapped[str] = mapped_column(sa.String(20), default="")
    city: Mapped[str] = mapped_column(sa.String(100), default="")
    country: Mapped[str] = mapped_column(sa.String(2), default="DE")
    register_number: Mapped[str] = mapped_column(sa.String(100), default="")
    home_town: Mapped[str] = mapped_column(sa.String(100), default="")
    email: Mapped[str] = mapped_column(sa.String(200), default="")
    phone: Mapped[str] = mapped_column(sa.String(50), default="")
    website: Mapped[str] = mapped_column(sa.String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    logo_mime: Mapped[str] = mapped_column(sa.String(50), default="")
    default_currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    default_report_language: Mapped[str] = mapped_column(sa.String(5), default="de")

    board_members: Mapped[list[BoardMember]] = relationship(
        back_populates="profile",
        cascade="all, delete-orphan",
        order_by="BoardMember.sort_order",
    )

    __table_args__ = (
        sa.CheckConstraint("length(default_currency) = 3", name="currency_code"),
        sa.CheckConstraint(
            "default_report_language IN ('de', 'ru', 'en', 'de+ru')", name="report_language"
        ),
    )


class BoardMember(Record, Base):
    """A board member, in the order they sign documents."""

    __tablename__ = "board_member"

    profile_id: Mapped[int] = mapped_column(
        sa.ForeignKey("association_profile.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    function: Mapped[str] = mapped_column(sa.String(100), default="")
    signs: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(sa.Integer, default=0)

    profile: Mapped[AssociationProfile] = relationship(back_populates="board_members")

    __table_args__ = (sa.CheckConstraint("length(name) > 0", name="name_not_empty"),)


class PartnerTown(Record, Base):
    """A town the association is twinned or friends with."""

    __tablename__ = "partner_town"

    name: Mapped[str] = mapped_column(sa.String(150))
    name_native: Mapped[str] = mapped_column(sa.String(150), default="")
    country: Mapped[str] = mapped_column(sa.String(2))
    region: Mapped[str] = mapped_column(sa.String(150), default="")
    relation: Mapped[PartnerTownRelation] = mapped_column(
        enum_column(PartnerTownRelation, "partner_town_relation"),
        default=PartnerTownRelation.PARTNERSHIP,
    )
    partnership_since: Mapped[date | None] = mapped_column(sa.Date)
    status: Mapped[PartnerTownStatus] = mapped_column(
        enum_column(PartnerTownStatus, "partner_town_status"), default=PartnerTownStatus.ACTIVE
    )
    language: Mapped[str] = mapped_column(sa.String(5), default="ru")
    time_zone: Mapped[str] = mapped_column(sa.String(64), default="Europe/Berlin")
    passport_margin_months: Mapped[int] = mapped_column(sa.Integer, default=6)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    status_history: Mapped[list[PartnerTownStatusChange]] = relationship(
        back_populates="partner_town",
        cascade="all, delete-orphan",
        order_by="PartnerTownStatusChange.since",
    )

    __table_args__ = (
        sa.UniqueConstraint("name", "country"),
        sa.CheckConstraint("length(name) > 0", name="name_not_empty"),
        sa.CheckConstraint("length(country) = 2", name="country_code"),
        sa.CheckConstraint("passport_margin_months BETWEEN 0 AND 24", name="passport_margin"),
    )


class PartnerTownStatusChange(Record, Base):
    """One entry of a partner town's status history (e.g. resting since 2022-03-01)."""

    __tablename__ = "partner_town_status_change"

    partner_town_id: Mapped[int] = mapped_column(
        sa.ForeignKey("partner_town.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[PartnerTownStatus] = mapped_column(
        enum_column(PartnerTownStatus, "partner_town_status_change_status")
    )
    since: Mapped[date] = mapped_column(sa.Date)
    note: Mapped[str] = mapped_column(sa.Text, default="")

    partner_town: Mapped[PartnerTown] = relationship(back_populates="status_history")
