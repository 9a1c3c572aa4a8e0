"""What the papers of an exchange need beyond the other services: the head funders want
above a list (with the file numbers of the linked grant applications) and the details of
people (gender, address, phones, birth place, nationality, passport spelling).

Participants come from `participants.list_participants`, who travels from
`checks.participant_papers`, health data from `participants.load_health`, passports from
`contact_editing_passports.load_passports`, placements from `hosting.list_placements`: the
reports compose these. Nothing personal is logged here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import (
    AssociationProfile,
    Contact,
    Exchange,
    GrantApplication,
    PartnerTown,
    exchange_partner_town,
    grant_exchange,
)
from partnerdesk.dto.contact_form import PassportData
from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.dto.reports import ExchangePaperHeader, FundingRef, PersonDetails
from partnerdesk.services.checks.loading import COMING, DEAD_GRANTS
from partnerdesk.services.checks.rules import programme_days
from partnerdesk.storage.database import Database

CHUNK = 500  # ids per IN (…) list: far below every database's limit of bound parameters
_COMING = frozenset(status.value for status in COMING)


def paper_header(db: Database, exchange_id: int) -> ExchangePaperHeader | None:
    """The head of the exchange's papers (None when there is no such exchange).

    The funding lists the live applications linked to the exchange (neither rejected nor
    withdrawn), oldest first, with their funder and file number.
    """
    with db.unit() as session:
        exchange = session.get(Exchange, exchange_id)
        if exchange is None:
            return None
        profile = session.execute(sa.select(AssociationProfile).limit(1)).scalar_one_or_none()
        towns = session.execute(
            sa.select(PartnerTown.name)
            .join(exchange_partner_town,
                  exchange_partner_town.c.partner_town_id == PartnerTown.id)
            .where(exchange_partner_town.c.exchange_id == exchange_id)
            .order_by(PartnerTown.name)
        ).scalars().all()
        funding = session.execute(
            sa.select(Contact.organisation_name, Contact.family_name,
                      GrantApplication.file_reference)
            .join(grant_exchange, grant_exchange.c.grant_id == GrantApplication.id)
            .join(Contact, Contact.id == GrantApplication.funder_id)
            .where(grant_exchange.c.exchange_id == exchange_id,
                   GrantApplication.status.not_in(DEAD_GRANTS))
            .order_by(GrantApplication.id)
        ).all()
        return ExchangePaperHeader(
            exchange_id=exchange.id, title=exchange.title, kind=exchange.kind.value,
            direction=exchange.direction.value, place=exchange.place,
            start_date=exchange.start_date, end_date=exchange.end_date,
            programme_days=programme_days(exchange.start_date, exchange.end_date),
            association=profile.name if profile else "",
            home_town=profile.home_town if profile else "",
            partner_towns=tuple(towns),
            funding=tuple(FundingRef(organisation or person, reference.strip())
                          for organisation, person, reference in funding),
        )


def _details(contact: Contact) -> PersonDetails:
    return PersonDetails(
        contact_id=contact.id, family_name=contact.family_name,
        given_name=contact.given_name, family_name_native=contact.family_name_native,
        given_name_native=contact.given_name_native,
        passport_family_name=contact.passport_family_name,
        passport_given_name=contact.passport_given_name, gender=contact.gender.value,
        birth_date=contact.birth_date, birth_place=contact.birth_place,
        nationality=contact.nationality, street=contact.street,
        address_extra=contact.address_extra, postal_code=contact.postal_code,
        city=contact.city, country=contact.country, phone=contact.phone,
        mobile=contact.mobile)


def person_details(db: Database, contact_ids: Iterable[int]) -> dict[int, PersonDetails]:
    """The details of the contacts `contact_ids`, by contact id (gone ones left out)."""
    wanted = sorted(set(contact_ids))
    found: dict[int, PersonDetails] = {}
    with db.unit() as session:
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            for contact in session.execute(
                    sa.select(Contact).where(Contact.id.in_(chunk))).scalars():
                found[contact.id] = _details(contact)
    return found


def attending(rows: Iterable[ParticipantRow]) -> list[ParticipantRow]:
    """The participants who are coming (registered or confirmed, as the checks count them):
    cancelled ones, the waiting list and the merely interested are left out."""
    return [row for row in rows if row.status in _COMING]


def days_present(row: ParticipantRow, start: date, end: date) -> int:
    """A participant's programme days: from arrival to departure (the exchange's dates when
    they come for all of it), arrival and departure day counting as one."""
    return programme_days(row.arrives_on or start, row.departs_on or end)


def travel_passport(passports: Sequence[PassportData]) -> PassportData | None:
    """The passport to travel with: the one valid longest (as the checks choose it; one
    without an expiry date only when no other is recorded)."""
    if not passports:
        return None
    return max(passports, key=lambda p: (p.expires_on is not None,
                                         p.expires_on or date.min, p.id or 0))
