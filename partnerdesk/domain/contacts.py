"""Contacts (persons and organisations) and what hangs on them.

Sensitive data (passport numbers) lives in its own table so it can be purged and is never
loaded with an ordinary list.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partnerdesk.domain.base import Base, Record, enum_column
from partnerdesk.domain.enums import (
    ConsentChannel,
    ConsentGivenBy,
    ConsentPurpose,
    ContactKind,
    ContactRole,
    Direction,
    Gender,
    OrganisationKind,
    Side,
)


class Contact(Record, Base):
    """A person or an organisation in the association's address book."""

    __tablename__ = "contact"

    kind: Mapped[ContactKind] = mapped_column(
        enum_column(ContactKind, "contact_kind"), default=ContactKind.PERSON
    )
    # person
    salutation: Mapped[str] = mapped_column(sa.String(30), default="")
    title: Mapped[str] = mapped_column(sa.String(50), default="")
    given_name: Mapped[str] = mapped_column(sa.String(100), default="")
    family_name: Mapped[str] = mapped_column(sa.String(100), default="")
    given_name_native: Mapped[str] = mapped_column(sa.String(100), default="")
    family_name_native: Mapped[str] = mapped_column(sa.String(100), default="")
    passport_given_name: Mapped[str] = mapped_column(sa.String(100), default="")
    passport_family_name: Mapped[str] = mapped_column(sa.String(100), default="")
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"), default=Gender.UNKNOWN)
    birth_date: Mapped[date | None] = mapped_column(sa.Date)
    birth_place: Mapped[str] = mapped_column(sa.String(100), default="")
    nationality: Mapped[str] = mapped_column(sa.String(2), default="")
    languages: Mapped[str] = mapped_column(sa.String(100), default="")
    # organisation
    organisation_name: Mapped[str] = mapped_column(sa.String(200), default="")
    organisation_kind: Mapped[OrganisationKind | None] = mapped_column(
        enum_column(OrganisationKind, "organisation_kind")
    )
    # both
    side: Mapped[Side] = mapped_column(enum_column(Side, "side"), default=Side.HOME)
    partner_town_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("partner_town.id", ondelete="SET NULL"), index=True
    )
    street: Mapped[str] = mapped_column(sa.String(200), default="")
    address_extra: Mapped[str] = mapped_column(sa.String(200), default="")
    postal_code: Mapped[str] = mapped_column(sa.String(20), default="")
    city: Mapped[str] = mapped_column(sa.String(100), default="")
    country: Mapped[str] = mapped_column(sa.String(2), default="DE")
    phone: Mapped[str] = mapped_column(sa.String(50), default="")
    mobile: Mapped[str] = mapped_column(sa.String(50), default="")
    email: Mapped[str] = mapped_column(sa.String(200), default="")
    website: Mapped[str] = mapped_column(sa.String(200), default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    # lower-cased names, e-mail, town and phone digits, kept up to date on every write
    search_text: Mapped[str] = mapped_column(sa.Text, default="")
    sort_name: Mapped[str] = mapped_column(sa.String(250), default="", index=True)

    roles: Mapped[list[ContactRoleAssignment]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    host_profile: Mapped[HostProfile | None] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        foreign_keys="Consent.contact_id",
    )

    __table_args__ = (
        sa.CheckConstraint(
            "(kind = 'person' AND (length(given_name) > 0 OR length(family_name) > 0"
            " OR length(family_name_native) > 0))"
            " OR (kind = 'organisation' AND length(organisation_name) > 0)",
            name="has_name",
        ),
        sa.CheckConstraint("country = '' OR length(country) = 2", name="country_code"),
    )

    @property
    def display_name(self) -> str:
        """Family name, given name (or the organisation's name)."""
        return display_name_of(self.kind, self.organisation_name, self.family_name,
                               self.given_name, self.family_name_native, self.given_name_native)


def display_name_of(kind: ContactKind, organisation_name: str, family_name: str,
                    given_name: str, family_name_native: str, given_name_native: str) -> str:
    """`Contact.display_name` from the column values (for lists that read columns only)."""
    if kind == ContactKind.ORGANISATION:
        return organisation_name
    family = family_name or family_name_native
    given = given_name or given_name_native
    return ", ".join(part for part in (family, given) if part)


class ContactRoleAssignment(Record, Base):
    """A role or tag carried by a contact (member, host family, interpreter …)."""

    __tablename__ = "contact_role"

    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ContactRole] = mapped_column(enum_column(ContactRole, "contact_role_value"))

    contact: Mapped[Contact] = relationship(back_populates="roles")

    __table_args__ = (sa.UniqueConstraint("contact_id", "role"), sa.Index(None, "role"))


class Membership(Record, Base):
    """A period of membership in the association, with its member number."""

    __tablename__ = "membership"

    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(sa.String(30))
    joined_on: Mapped[date] = mapped_column(sa.Date)
    left_on: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    contact: Mapped[Contact] = relationship(back_populates="memberships")

    __table_args__ = (
        sa.UniqueConstraint("number"),
        sa.CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="dates_in_order"),
    )


class OrganisationLink(Record, Base):
    """A person's function in an organisation (head of school, mayor, contact person …)."""

    __tablename__ = "organisation_link"

    person_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    function: Mapped[str] = mapped_column(sa.String(100), default="")

    __table_args__ = (
        sa.UniqueConstraint("person_id", "organisation_id", "function"),
        sa.CheckConstraint("person_id <> organisation_id", name="not_self"),
    )


class Guardianship(Record, Base):
    """A guardian (parent) of a minor; both are contacts."""

    __tablename__ = "guardianship"

    ward_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    guardian_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(sa.String(50), default="")

    __table_args__ = (
        sa.UniqueConstraint("ward_id", "guardian_id"),
        sa.CheckConstraint("ward_id <> guardian_id", name="not_self"),
    )


class HostProfile(Record, Base):
    """What a host family offers: beds, pets, smoking, languages."""

    __tablename__ = "host_profile"

    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), unique=True
    )
    beds: Mapped[int] = mapped_column(sa.Integer, default=1)
    pets: Mapped[str] = mapped_column(sa.String(200), default="")
    smoking: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    languages: Mapped[str] = mapped_column(sa.String(100), default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    contact: Mapped[Contact] = relationship(back_populates="host_profile")

    __table_args__ = (sa.CheckConstraint("beds >= 0 AND beds <= 50", name="beds_range"),)


class PassportRecord(Record, Base):
    """Passport data of a person. Sensitive: shown only on demand, never logged, purgeable."""

    __tablename__ = "passport"

    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(sa.String(30))
    issued_on: Mapped[date | None] = mapped_column(sa.Date)
    expires_on: Mapped[date | None] = mapped_column(sa.Date)
    issuing_country: Mapped[str] = mapped_column(sa.String(2), default="")

    __table_args__ = (
        sa.CheckConstraint(
            "expires_on IS NULL OR issued_on IS NULL OR expires_on > issued_on",
            name="dates_in_order",
        ),
    )


class Consent(Record, Base):
    """A consent given for a purpose, by the person or a guardian; withdrawn when dated."""

    __tablename__ = "consent"

    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[ConsentPurpose] = mapped_column(
        enum_column(ConsentPurpose, "consent_purpose")
    )
    exchange_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    given_by: Mapped[ConsentGivenBy] = mapped_column(
        enum_column(ConsentGivenBy, "consent_given_by"), default=ConsentGivenBy.SELF
    )
    guardian_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="SET NULL")
    )
    guardian_name: Mapped[str] = mapped_column(sa.String(200), default="")
    given_on: Mapped[date] = mapped_column(sa.Date)
    channel: Mapped[ConsentChannel] = mapped_column(
        enum_column(ConsentChannel, "consent_channel"), default=ConsentChannel.PAPER
    )
    text_version: Mapped[str] = mapped_column(sa.String(50), default="")
    withdrawn_on: Mapped[date | None] = mapped_column(sa.Date)

    contact: Mapped[Contact] = relationship(back_populates="consents", foreign_keys=[contact_id])

    __table_args__ = (
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="dates_in_order"
        ),
        sa.CheckConstraint(
            "given_by = 'self' OR guardian_id IS NOT NULL OR length(guardian_name) > 0",
            name="guardian_named",
        ),
    )


class Correspondence(Record, Base):
    """A letter or e-mail in or out, with a contact and/or a partner town."""

    __tablename__ = "correspondence"

    contact_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    partner_town_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("partner_town.id", ondelete="CASCADE"), index=True
    )
    dated: Mapped[date] = mapped_column(sa.Date)
    direction: Mapped[Direction] = mapped_column(enum_column(Direction, "direction"))
    subject: Mapped[str] = mapped_column(sa.String(300))
    summary: Mapped[str] = mapped_column(sa.Text, default="")
    attachment_path: Mapped[str] = mapped_column(sa.String(500), default="")

    __table_args__ = (
        sa.CheckConstraint(
            "contact_id IS NOT NULL OR partner_town_id IS NOT NULL", name="has_counterpart"
        ),
    )
