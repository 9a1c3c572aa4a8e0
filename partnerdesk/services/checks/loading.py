"""Loading what the checks of one exchange need, in a fixed handful of queries (no N+1).

The exchange with its partner towns, its participations (cancelled left out) with their
contacts, the contacts' passports, guardianships and travel consents, the funder profiles of
the grant applications linked to it, and its programme.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from partnerdesk.domain import (
    Consent,
    Contact,
    Exchange,
    FunderProfile,
    GrantApplication,
    Guardianship,
    Participation,
    PassportRecord,
    ProgrammeItem,
    grant_exchange,
)
from partnerdesk.domain.enums import (
    ConsentPurpose,
    ExchangeDirection,
    ExchangeKind,
    GrantStatus,
    ParticipationRole,
    ParticipationStatus,
    Side,
)

DEFAULT_PASSPORT_MARGIN_MONTHS = 6
DEAD_GRANTS = (GrantStatus.REJECTED, GrantStatus.WITHDRAWN)
# who travels abroad, by the exchange's direction (hosts never travel)
TRAVELLING_SIDES = {
    ExchangeDirection.OUTGOING: {Side.HOME},
    ExchangeDirection.INCOMING: {Side.PARTNER},
    ExchangeDirection.THIRD_PLACE: {Side.HOME, Side.PARTNER, Side.OTHER},
}
# statuses of people who are actually coming (counted for group sizes and ratios)
COMING = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)


@dataclass
class Person:
    """One (not cancelled) participation with what the checks need about its contact."""

    participation: Participation
    contact: Contact
    passports: list[PassportRecord] = field(default_factory=list)
    has_guardian: bool = False
    has_travel_consent: bool = False

    @property
    def name(self) -> str:
        """The contact's display name."""
        return self.contact.display_name

    @property
    def coming(self) -> bool:
        """True for registered and confirmed participations."""
        return self.participation.status in COMING


@dataclass
class ExchangeData:
    """Everything one exchange's checks look at (ORM objects of one open session)."""

    exchange: Exchange
    margin_months: int
    funder_profiles: list[FunderProfile]
    people: list[Person]
    programme: list[ProgrammeItem]

    def travels(self, person: Person) -> bool:
        """True when the person crosses a border for this exchange (online: nobody)."""
        if self.exchange.kind == ExchangeKind.ONLINE:
            return False
        if person.participation.role == ParticipationRole.HOST:
            return False
        sides = TRAVELLING_SIDES.get(self.exchange.direction, set())
        return person.participation.side in sides


def load_exchange(session: Session, exchange_id: int, today: date) -> ExchangeData | None:
    """The check data of exchange `exchange_id` (None if there is no such exchange)."""
    exchange = session.get(Exchange, exchange_id, options=[selectinload(Exchange.partner_towns)])
    if exchange is None:
        return None
    margins = [town.passport_margin_months for town in exchange.partner_towns]
    margin = max(margins) if margins else DEFAULT_PASSPORT_MARGIN_MONTHS
    rows = session.execute(
        sa.select(Participation, Contact)
        .join(Contact, Contact.id == Participation.contact_id)
        .where(
            Participation.exchange_id == exchange_id,
            Participation.status != ParticipationStatus.CANCELLED,
        )
        .order_by(Contact.sort_name, Participation.id)
    ).all()
    people = [Person(participation, contact) for participation, contact in rows]
    by_contact = {person.contact.id: person for person in people}
    ids = list(by_contact)
    if ids:
        passports = session.execute(
            sa.select(PassportRecord)
            .where(PassportRecord.contact_id.in_(ids))
            .order_by(PassportRecord.contact_id, PassportRecord.id)
        ).scalars()
        for passport in passports:
            by_contact[passport.contact_id].passports.append(passport)
        wards = session.execute(
            sa.select(Guardianship.ward_id).where(Guardianship.ward_id.in_(ids)).distinct()
        ).scalars()
        for ward_id in wards:
            by_contact[ward_id].has_guardian = True
        consenting = session.execute(
            sa.select(Consent.contact_id)
            .where(
                Consent.contact_id.in_(ids),
                Consent.purpose == ConsentPurpose.MINOR_TRAVEL,
                sa.or_(Consent.exchange_id == exchange_id, Consent.exchange_id.is_(None)),
                sa.or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
            )
            .distinct()
        ).scalars()
        for contact_id in consenting:
            by_contact[contact_id].has_travel_consent = True
    profiles = session.execute(
        sa.select(FunderProfile)
        .join(GrantApplication, GrantApplication.funder_profile_id == FunderProfile.id)
        .join(grant_exchange, grant_exchange.c.grant_id == GrantApplication.id)
        .where(
            grant_exchange.c.exchange_id == exchange_id,
            GrantApplication.status.not_in(DEAD_GRANTS),
        )
        .distinct()
        .order_by(FunderProfile.id)
    ).scalars().all()
    programme = session.execute(
        sa.select(ProgrammeItem)
        .where(ProgrammeItem.exchange_id == exchange_id)
        .order_by(ProgrammeItem.day, ProgrammeItem.start_time, ProgrammeItem.id)
    ).scalars().all()
    return ExchangeData(exchange, margin, list(profiles), people, list(programme))
