"""Loading what the checks of one exchange need, in a fixed handful of queries (no N+1).

The exchange with its partner towns, its participations (cancelled left out) with their
contacts, the contacts' passports, guardians and the consents that count for the exchange,
the funder profiles of the grant applications linked to it, and its programme.
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
from partnerdesk.services.checks.consents import GIVEN, consent_state, counts_for
from partnerdesk.services.checks.rules import is_minor

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
    """One (not cancelled) participation with what the checks need about its contact.

    `consents` are those that count for the exchange (`checks.consents`), withdrawn ones
    included; `guardians` pair each guardian's contact with the relation ("Mutter").
    """

    participation: Participation
    contact: Contact
    passports: list[PassportRecord] = field(default_factory=list)
    guardians: list[tuple[Contact, str]] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    has_travel_consent: bool = False

    @property
    def has_guardian(self) -> bool:
        """True when at least one guardian is recorded."""
        return bool(self.guardians)

    @property
    def has_passport_name(self) -> bool:
        """True when the name as in the passport (family and given) is recorded."""
        contact = self.contact
        return bool(contact.passport_family_name.strip() and contact.passport_given_name.strip())

    @property
    def passport_expires_on(self) -> date | None:
        """The latest expiry date among the recorded passports (None: none with a date)."""
        expiries = [p.expires_on for p in self.passports if p.expires_on is not None]
        return max(expiries) if expiries else None

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

    def needs_travel_consent(self, person: Person) -> bool:
        """True for a minor (at the start) who travels: a guardian's consent is needed."""
        birth = person.contact.birth_date
        return (birth is not None and is_minor(birth, self.exchange.start_date)
                and self.travels(person))


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
        guardians = session.execute(
            sa.select(Guardianship.ward_id, Guardianship.relation, Contact)
            .join(Contact, Contact.id == Guardianship.guardian_id)
            .where(Guardianship.ward_id.in_(ids))
            .order_by(Guardianship.ward_id, Guardianship.id)
        ).all()
        for ward_id, relation, guardian in guardians:
            by_contact[ward_id].guardians.append((guardian, relation))
        consents = session.execute(
            sa.select(Consent)
            .where(Consent.contact_id.in_(ids), counts_for(exchange_id))
            .order_by(Consent.contact_id, Consent.given_on, Consent.id)
        ).scalars()
        for consent in consents:
            by_contact[consent.contact_id].consents.append(consent)
        for person in people:
            state, _consent = consent_state(person.consents, ConsentPurpose.MINOR_TRAVEL, today)
            person.has_travel_consent = state == GIVEN
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
