"""Who takes part in an exchange: list, counts, add, change, cancel, remove; health data;
consents recorded for the exchange.

Every function is one unit of work. Cancelling a participant keeps the participation (with
status cancelled) but removes their host placements and reports them; removing deletes the
participation with its health data and placements (the database cascades). Health data
(allergies, medication, diet) is loaded and saved on its own and never logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Consent, Contact, Exchange, Participation, ParticipationHealth
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import (
    ConsentChannel,
    ConsentGivenBy,
    ConsentPurpose,
    Gender,
    ParticipationRole,
    ParticipationStatus,
    Side,
    VisaStatus,
)
from partnerdesk.dto.contact_form import ConsentData
from partnerdesk.dto.exchanges import (
    CancelResult,
    HealthData,
    NewPerson,
    ParticipantCounts,
    ParticipantRow,
)
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.rules import ADULT_AGE, age_on  # the one definition
from partnerdesk.services.contact_editing_rows import natural_name  # as consents name guardians
from partnerdesk.services.contact_editing_rules import CONSENT_DATE_MISSING, CONSENT_GUARDIAN
from partnerdesk.services.exchange_editing import (
    CONTEXT,
    NOT_FOUND,
    check_version,
    get_or_fail,
    is_fee,
)
from partnerdesk.services.hosting import PARTICIPATION_GONE, remove_placements_of
from partnerdesk.storage.database import Database

CONTACT_GONE = QT_TRANSLATE_NOOP("Exchanges", "This contact no longer exists.")
ALREADY = QT_TRANSLATE_NOOP("Exchanges", "{name} already takes part in this exchange.")
PARTICIPATION_CHANGED = QT_TRANSLATE_NOOP(
    "Exchanges",
    "This participant was changed elsewhere meanwhile. Nothing was saved; open the list "
    "again to see the current data.")
BAD_VALUE = QT_TRANSLATE_NOOP("Exchanges", "Unknown value {value} for {field}.")
OUTSIDE = QT_TRANSLATE_NOOP(
    "Exchanges", "Arrival and departure must lie within the exchange ({start} – {end}).")
ATTENDANCE_ORDER = QT_TRANSLATE_NOOP("Exchanges", "The departure cannot be before the arrival.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Exchanges", "Fees must be amounts of 0 or more.")
NO_NAME = QT_TRANSLATE_NOOP("Exchanges", "The new person needs a name.")

_ENUMS = {"role": ParticipationRole, "side": Side, "status": ParticipationStatus,
          "visa_status": VisaStatus, "purpose": ConsentPurpose, "given_by": ConsentGivenBy,
          "channel": ConsentChannel}
EDITABLE = frozenset({
    "role", "side", "status", "arrives_on", "departs_on", "fee_due", "fee_paid",
    "signature_collected", "visa_status", "visa_applied_on", "visa_issued_on", "insurance",
    "emergency_contact_id", "emergency_contact_name", "emergency_contact_phone", "notes",
})


def _enum(name: str, value: object) -> object:
    try:
        return _ENUMS[name](value)
    except ValueError:
        raise UserError(BAD_VALUE, CONTEXT, value=value, field=name) from None


def _row(p: Participation, contact: Contact, start: date) -> ParticipantRow:
    latin = ", ".join(x for x in (contact.family_name, contact.given_name) if x)
    native = ", ".join(x for x in (contact.family_name_native, contact.given_name_native) if x)
    age = age_on(contact.birth_date, start) if contact.birth_date else None
    return ParticipantRow(
        id=p.id, contact_id=contact.id, name=latin or contact.display_name,
        native_name=native, role=p.role.value, side=p.side.value, status=p.status.value,
        arrives_on=p.arrives_on, departs_on=p.departs_on, fee_due=p.fee_due,
        fee_paid=p.fee_paid, birth_date=contact.birth_date, age_at_start=age,
        minor=None if age is None else age < ADULT_AGE,
        signature_collected=p.signature_collected, visa_status=p.visa_status.value,
        visa_applied_on=p.visa_applied_on, visa_issued_on=p.visa_issued_on,
        insurance=p.insurance, emergency_contact_id=p.emergency_contact_id,
        emergency_contact_name=p.emergency_contact_name,
        emergency_contact_phone=p.emergency_contact_phone, version=p.version,
    )


def list_participants(db: Database, exchange_id: int) -> list[ParticipantRow]:
    """The exchange's participants (cancelled ones included), by side, then name."""
    with db.unit() as session:
        exchange = get_or_fail(session, Exchange, exchange_id, NOT_FOUND)
        rows = session.execute(
            sa.select(Participation, Contact)
            .join(Contact, Contact.id == Participation.contact_id)
            .where(Participation.exchange_id == exchange_id)
            .order_by(Participation.side, Contact.sort_name, Participation.id)
        ).all()
        return [_row(p, c, exchange.start_date) for p, c in rows]


def counts(db: Database, exchange_id: int) -> ParticipantCounts:
    """Participants per side and per role (cancelled left out) and per status (all)."""
    by_side: dict[str, int] = {}
    by_role: dict[str, int] = {}
    by_status: dict[str, int] = {}
    with db.unit() as session:
        rows = session.execute(
            sa.select(Participation.side, Participation.role, Participation.status,
                      sa.func.count())
            .where(Participation.exchange_id == exchange_id)
            .group_by(Participation.side, Participation.role, Participation.status)
        )
        for side, role, status, number in rows:
            by_status[status.value] = by_status.get(status.value, 0) + number
            if status != ParticipationStatus.CANCELLED:
                by_side[side.value] = by_side.get(side.value, 0) + number
                by_role[role.value] = by_role.get(role.value, 0) + number
    return ParticipantCounts(by_side, by_role, by_status, sum(by_side.values()))


def _add(session: Session, exchange_id: int, contact: Contact, role: str, side: str | None,
         status: str) -> Participation:
    get_or_fail(session, Exchange, exchange_id, NOT_FOUND)
    taken = session.execute(sa.select(Participation.id).where(
        Participation.exchange_id == exchange_id, Participation.contact_id == contact.id,
    )).first()
    if taken is not None:
        raise UserError(ALREADY, CONTEXT, name=contact.display_name)
    participation = Participation(
        exchange_id=exchange_id, contact_id=contact.id, role=_enum("role", role),
        side=contact.side if side is None else _enum("side", side),
        status=_enum("status", status),
    )
    session.add(participation)
    session.flush()
    return participation


def add_participant(db: Database, exchange_id: int, contact_id: int,
                    role: str = "participant", side: str | None = None,
                    status: str = "registered") -> int:
    """Add a contact to the exchange (side defaults to the contact's); the participation id.

    A contact already taking part (in any status) is refused with a UserError.
    """
    with db.unit() as session:
        contact = get_or_fail(session, Contact, contact_id, CONTACT_GONE)
        participation = _add(session, exchange_id, contact, role, side, status)
        session.commit()
        return participation.id


def create_and_add(db: Database, exchange_id: int, person: NewPerson,
                   role: str = "participant", status: str = "registered") -> tuple[int, int]:
    """Create a minimal person contact and add it, in one unit of work; (contact, participation).

    No duplicate search here: the UI offers the contact search first.
    """
    if not (person.given_name.strip() or person.family_name.strip()
            or person.family_name_native.strip()):
        raise UserError(NO_NAME, CONTEXT)
    with db.unit() as session:
        contact = Contact(
            given_name=person.given_name.strip(), family_name=person.family_name.strip(),
            given_name_native=person.given_name_native.strip(),
            family_name_native=person.family_name_native.strip(),
            birth_date=person.birth_date, gender=Gender(person.gender),
            side=_enum("side", person.side), languages=person.languages.strip(),
            email=person.email.strip(), phone=person.phone.strip(),
        )
        session.add(contact)
        session.flush()
        participation = _add(session, exchange_id, contact, role, None, status)
        session.commit()
        return contact.id, participation.id


def _checked(p: Participation, changes: Mapping[str, object]) -> dict[str, object]:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable on a participation: {sorted(unknown)}")
    values = {name: _enum(name, v) if name in _ENUMS else v for name, v in changes.items()}
    for name in ("fee_due", "fee_paid"):
        fee = values.get(name)
        if fee is not None and not is_fee(fee):
            raise UserError(BAD_AMOUNT, CONTEXT)
    start, end = p.exchange.start_date, p.exchange.end_date
    arrives = values.get("arrives_on", p.arrives_on)
    departs = values.get("departs_on", p.departs_on)
    for day in (arrives, departs):
        if day is not None and not start <= day <= end:  # type: ignore[operator]
            raise UserError(OUTSIDE, CONTEXT, start=start, end=end)
    if arrives is not None and departs is not None and departs < arrives:  # type: ignore[operator]
        raise UserError(ATTENDANCE_ORDER, CONTEXT)
    return values


def _commit(session: Session) -> None:
    try:
        session.commit()
    except StaleDataError as exc:
        raise UserError(PARTICIPATION_CHANGED, CONTEXT) from exc


def update_participation(db: Database, participation_id: int, changes: Mapping[str, object],
                         expected_version: int) -> CancelResult:
    """Change the fields named in `changes` (see `EDITABLE`); the new version.

    Attendance dates must lie within the exchange. Setting the status to cancelled removes
    the host placements as `cancel_participant` does; they are reported in the result.
    """
    with db.unit() as session:
        p = get_or_fail(session, Participation, participation_id, PARTICIPATION_GONE)
        check_version(p, expected_version, PARTICIPATION_CHANGED)
        values = _checked(p, changes)
        removed: tuple = ()
        if (values.get("status") == ParticipationStatus.CANCELLED
                and p.status != ParticipationStatus.CANCELLED):
            removed = remove_placements_of(session, p.id)
        for name, value in values.items():
            setattr(p, name, value.strip() if isinstance(value, str) else value)
        p.updated_at = utcnow()
        _commit(session)
        return CancelResult(p.version, removed)


def cancel_participant(db: Database, participation_id: int,
                       expected_version: int) -> CancelResult:
    """Set the status to cancelled and remove the participant's host placements (reported)."""
    return update_participation(db, participation_id, {"status": "cancelled"}, expected_version)


def remove_participant(db: Database, participation_id: int, expected_version: int) -> None:
    """Delete the participation with its health data and host placements."""
    with db.unit() as session:
        p = get_or_fail(session, Participation, participation_id, PARTICIPATION_GONE)
        check_version(p, expected_version, PARTICIPATION_CHANGED)
        session.delete(p)
        _commit(session)


def load_health(db: Database, participation_id: int) -> HealthData:
    """The participation's health data (empty, version 0, when none is stored)."""
    with db.unit() as session:
        get_or_fail(session, Participation, participation_id, PARTICIPATION_GONE)
        health = session.execute(sa.select(ParticipationHealth).where(
            ParticipationHealth.participation_id == participation_id)).scalar_one_or_none()
        if health is None:
            return HealthData(participation_id)
        return HealthData(participation_id, health.allergies, health.medication, health.diet,
                          health.version)


def save_health(db: Database, data: HealthData) -> HealthData:
    """Store `data` (all fields empty: delete the record); the stored state.

    Optimistic locking on `data.version` (0: none was stored when it was loaded).
    """
    with db.unit() as session:
        get_or_fail(session, Participation, data.participation_id, PARTICIPATION_GONE)
        health = session.execute(sa.select(ParticipationHealth).where(
            ParticipationHealth.participation_id == data.participation_id)
        ).scalar_one_or_none()
        if (0 if health is None else health.version) != data.version:
            raise UserError(PARTICIPATION_CHANGED, CONTEXT)
        fields = {"allergies": data.allergies.strip(), "medication": data.medication.strip(),
                  "diet": data.diet.strip()}
        if not any(fields.values()):
            if health is not None:
                session.delete(health)
            _commit(session)
            return HealthData(data.participation_id)
        if health is None:
            health = ParticipationHealth(participation_id=data.participation_id)
            session.add(health)
        for name, value in fields.items():
            setattr(health, name, value)
        health.updated_at = utcnow()
        _commit(session)
        return HealthData(data.participation_id, **fields, version=health.version)


def record_consent(db: Database, participation_id: int, consent: ConsentData) -> int:
    """Store a new consent of the participant for this exchange; the consent's id.

    Given by the participant or by a guardian: a guardian contact (`guardian_id`) is named
    ("Given Family", as the contact form names them), copied so the record outlives that
    contact; otherwise the typed `guardian_name` is needed. Stored consents are not changed here.
    """
    values = {name: _enum(name, getattr(consent, name))
              for name in ("purpose", "given_by", "channel")}
    if consent.given_on is None:
        raise UserError(CONSENT_DATE_MISSING, "ContactEditing")
    by_guardian = values["given_by"] == ConsentGivenBy.GUARDIAN
    with db.unit() as session:
        p = get_or_fail(session, Participation, participation_id, PARTICIPATION_GONE)
        guardian = (session.get(Contact, consent.guardian_id)
                    if by_guardian and consent.guardian_id else None)
        name = natural_name(guardian) if guardian else consent.guardian_name.strip()
        if by_guardian and not name:
            raise UserError(CONSENT_GUARDIAN, "ContactEditing")
        row = Consent(contact_id=p.contact_id, exchange_id=p.exchange_id, **values,
                      guardian_id=guardian.id if guardian else None,
                      guardian_name=name if by_guardian else "", given_on=consent.given_on,
                      text_version=consent.text_version.strip())
        session.add(row)
        _commit(session)
        return row.id
