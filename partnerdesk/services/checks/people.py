"""The association's own checks on each participant: minors, fees, visas, passports.

Every rule here looks at one (not cancelled) participation at a time.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from partnerdesk.domain.enums import ContactKind, ParticipationRole, VisaStatus
from partnerdesk.dto.findings import Amount, Finding
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.checks.base import ERROR, WARNING, make
from partnerdesk.services.checks.loading import ExchangeData, Person
from partnerdesk.services.checks.rules import (
    is_minor,
    passport_needed_until,
    passport_valid_through,
)

VISA_LEAD_DAYS = 30  # a visa must be issued this many days before the start


def person_findings(data: ExchangeData, today: date) -> list[Finding]:
    """Findings about single participants of `data`'s exchange."""
    found: list[Finding] = []
    for person in data.people:
        if person.contact.kind == ContactKind.ORGANISATION:
            continue
        found += minor_findings(data, person)
        found += fee_findings(data, person)
        found += visa_findings(data, person, today)
        if data.travels(person):
            found += passport_findings(data, person, today)
    return found


def minor_findings(data: ExchangeData, person: Person) -> list[Finding]:
    """A minor needs a guardian, an emergency contact and (travelling) a travel consent."""
    start, birth = data.exchange.start_date, person.contact.birth_date
    if birth is None or not is_minor(birth, start):
        return []
    if person.participation.role == ParticipationRole.HOST:
        return []
    found = []
    if data.needs_travel_consent(person) and not person.has_travel_consent:
        found.append(make(
            data, "consent_missing", ERROR, QT_TRANSLATE_NOOP(
                "Findings", "{name} is a minor and has no valid guardian's consent to travel "
                "for this exchange."),
            area="youth", due_on=start, person=person))
    if not person.has_guardian:
        found.append(make(
            data, "guardian_missing", ERROR, QT_TRANSLATE_NOOP(
                "Findings", "{name} is a minor and has no guardian recorded."),
            area="youth", due_on=start, person=person))
    participation = person.participation
    if not (participation.emergency_contact_id or participation.emergency_contact_name.strip()
            or participation.emergency_contact_phone.strip()):
        found.append(make(
            data, "emergency_contact_missing", WARNING, QT_TRANSLATE_NOOP(
                "Findings", "{name} is a minor and has no emergency contact for this exchange."),
            area="youth", due_on=start, person=person))
    return found


def fee_findings(data: ExchangeData, person: Person) -> list[Finding]:
    """A fee due and not (fully) paid; the amounts are `Amount`s (the UI formats them)."""
    due = person.participation.fee_due
    paid = person.participation.fee_paid or Decimal(0)
    if due is None or due <= paid:
        return []
    currency = data.exchange.currency
    if paid <= 0:
        message = QT_TRANSLATE_NOOP("Findings", "{name} has not paid the fee of {due} yet.")
    else:
        message = QT_TRANSLATE_NOOP(
            "Findings", "{name} has paid {paid} of {due}; {open} are still open.")
    return [make(data, "fee_open", WARNING, message, area="participants",
                 due_on=data.exchange.start_date, person=person, due=Amount(due, currency),
                 paid=Amount(paid, currency), open=Amount(due - paid, currency))]


def visa_findings(data: ExchangeData, person: Person, today: date) -> list[Finding]:
    """A visa needed or applied for but not issued, or refused."""
    participation, start = person.participation, data.exchange.start_date
    if participation.visa_status == VisaStatus.REFUSED:
        return [make(data, "visa_refused", ERROR, QT_TRANSLATE_NOOP(
            "Findings", "The visa for {name} was refused."),
            area="documents", due_on=start, person=person)]
    if participation.visa_status not in (VisaStatus.NEEDED, VisaStatus.APPLIED):
        return []
    needed_by = start - timedelta(days=VISA_LEAD_DAYS)
    severity = ERROR if today >= needed_by else WARNING
    if participation.visa_status == VisaStatus.NEEDED:
        message = QT_TRANSLATE_NOOP(
            "Findings", "{name} needs a visa, which has not been applied for yet "
            "(needed by {needed_by}).")
    else:
        message = QT_TRANSLATE_NOOP(
            "Findings", "The visa for {name}, applied for on {applied_on}, has not been "
            "issued yet (needed by {needed_by}).")
    return [make(data, "visa_pending", severity, message, area="documents", due_on=needed_by,
                 person=person, needed_by=needed_by,
                 applied_on=participation.visa_applied_on or "")]


def passport_findings(data: ExchangeData, person: Person, today: date) -> list[Finding]:
    """A traveller needs a passport valid through return plus margin, and the passport name."""
    start = data.exchange.start_date
    found = []
    if not person.has_passport_name:
        found.append(make(
            data, "passport_name_missing", WARNING, QT_TRANSLATE_NOOP(
                "Findings", "The name as in the passport is missing for {name}."),
            area="documents", due_on=start, person=person))
    expires = person.passport_expires_on
    if expires is None:
        found.append(make(
            data, "passport_missing", ERROR, QT_TRANSLATE_NOOP(
                "Findings", "{name} travels abroad, but no passport with an expiry date is "
                "recorded."),
            area="documents", due_on=start, person=person))
        return found
    return_on = person.participation.departs_on or data.exchange.end_date
    if passport_valid_through(expires, return_on, data.margin_months):
        return found
    needed = passport_needed_until(return_on, data.margin_months)
    if expires < today:
        message = QT_TRANSLATE_NOOP(
            "Findings", "The passport of {name} expired on {expires_on}; it must be valid "
            "until {needed} (return on {return_on} plus {months} months).")
    else:
        message = QT_TRANSLATE_NOOP(
            "Findings", "The passport of {name} expires on {expires_on}; it must be valid "
            "until {needed} (return on {return_on} plus {months} months).")
    found.append(make(data, "passport_expiring", ERROR, message, area="documents",
                      due_on=start, person=person, expires_on=expires, needed=needed,
                      return_on=return_on, months=data.margin_months))
    return found
