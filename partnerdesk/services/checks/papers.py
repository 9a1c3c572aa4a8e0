"""Each participant's papers as the workspace shows them: who travels, guardians, consents,
emergency contact, passport name and expiry.

Derived from the same `ExchangeData` and rules as the findings (`ExchangeData.travels`,
`consents.consent_state`, `Person.passport_expires_on`), so a tab never disagrees with the
checks about who travels or whether a consent is given.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import Contact
from partnerdesk.domain.enums import ConsentGivenBy, ConsentPurpose
from partnerdesk.dto.exchanges import ConsentStatus, GuardianRef, ParticipantPapers
from partnerdesk.services.checks.consents import YOUTH_PURPOSES, consent_state
from partnerdesk.services.checks.loading import ExchangeData, Person


def _phone(contact: Contact) -> str:
    return contact.phone or contact.mobile


def _consents(data: ExchangeData, person: Person, today: date) -> tuple[ConsentStatus, ...]:
    needs_travel = data.needs_travel_consent(person)
    guardians = {guardian.id: guardian.display_name for guardian, _ in person.guardians}
    found = []
    for purpose in YOUTH_PURPOSES:
        state, consent = consent_state(person.consents, purpose, today)
        needed = needs_travel and purpose == ConsentPurpose.MINOR_TRAVEL
        if consent is None:
            found.append(ConsentStatus(purpose.value, state, needed))
            continue
        by = ""
        if consent.given_by == ConsentGivenBy.GUARDIAN:
            by = consent.guardian_name or guardians.get(consent.guardian_id or 0, "")
        found.append(ConsentStatus(purpose.value, state, needed, consent.given_on, by,
                                   consent.channel.value, consent.withdrawn_on))
    return tuple(found)


def _linked_name(person: Person, linked: dict[int, Contact]) -> str:
    contact = linked.get(person.participation.emergency_contact_id or 0)
    return contact.display_name if contact else ""


def _emergency(person: Person, linked: dict[int, Contact]) -> str:
    participation = person.participation
    contact = linked.get(participation.emergency_contact_id or 0)
    name = participation.emergency_contact_name.strip() or _linked_name(person, linked)
    phone = participation.emergency_contact_phone.strip() or (
        _phone(contact) if contact else "")
    return " ".join(part for part in (name, phone) if part)


def papers_of(session: Session, data: ExchangeData, today: date) -> dict[int, ParticipantPapers]:
    """The papers of every (not cancelled) participant of `data`, by participation id."""
    linked_ids = {p.participation.emergency_contact_id for p in data.people} - {None}
    linked = {c.id: c for c in session.execute(
        sa.select(Contact).where(Contact.id.in_(linked_ids))).scalars()} if linked_ids else {}
    return {
        person.participation.id: ParticipantPapers(
            participation_id=person.participation.id,
            travels=data.travels(person),
            guardians=tuple(GuardianRef(g.id, g.display_name, relation, _phone(g))
                            for g, relation in person.guardians),
            consents=_consents(data, person, today),
            emergency_contact=_emergency(person, linked),
            emergency_contact_linked=_linked_name(person, linked),
            passport_name=person.has_passport_name,
            passport_expires_on=person.passport_expires_on,
        )
        for person in data.people
    }
