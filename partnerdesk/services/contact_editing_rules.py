"""The rules a person or organisation form must follow before it is saved (no database).

Every problem is a `FieldProblem` naming the form field (or list and row) it belongs to,
so the form can show it under that field. Messages are English source strings in the
translation context "ContactEditing". Impossible dates (31.02.) cannot be entered in the
form's date fields; postal codes and phone numbers are text and kept as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from partnerdesk.domain import Contact, PassportRecord
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
from partnerdesk.dto.contact_form import (
    SCALAR_FIELDS,
    ConsentData,
    ContactForm,
    FieldProblem,
    PassportData,
)
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.rules import shift_years

CONTEXT = "ContactEditing"
MAX_AGE_YEARS = 120
MAX_BEDS = 50
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EMAIL_SEPARATORS = re.compile(r"[;,\s]+")
WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")

NAME_PERSON = QT_TRANSLATE_NOOP(
    "ContactEditing", "Please enter a family name or a given name (or the family name in "
    "native script).")
NAME_ORGANISATION = QT_TRANSLATE_NOOP("ContactEditing", "Please enter the organisation's name.")
BAD_EMAIL = QT_TRANSLATE_NOOP(
    "ContactEditing", "{value} is not an e-mail address (name@example.org).")
BAD_WEBSITE = QT_TRANSLATE_NOOP("ContactEditing", "This is not a web address (www.example.org).")
BIRTH_IN_FUTURE = QT_TRANSLATE_NOOP("ContactEditing", "The birth date lies in the future.")
BIRTH_TOO_EARLY = QT_TRANSLATE_NOOP(
    "ContactEditing", "The birth date lies more than 120 years back. Please check it.")
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "ContactEditing", "Use a two-letter country code such as DE or RU.")
TOO_LONG = QT_TRANSLATE_NOOP("ContactEditing", "This is too long: at most {limit} characters.")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("ContactEditing", "Unknown value {value}.")
MEMBER_NUMBER_MISSING = QT_TRANSLATE_NOOP(
    "ContactEditing", "Every membership needs a member number.")
MEMBER_JOINED_MISSING = QT_TRANSLATE_NOOP(
    "ContactEditing", "Every membership needs the date it began.")
MEMBER_DATES = QT_TRANSLATE_NOOP("ContactEditing", "A membership cannot end before it began.")
MEMBER_NUMBER_TWICE = QT_TRANSLATE_NOOP(
    "ContactEditing", "The member number {number} is used twice.")
LINK_MISSING = QT_TRANSLATE_NOOP("ContactEditing", "Choose the contact to link.")
LINK_SELF = QT_TRANSLATE_NOOP("ContactEditing", "A contact cannot be linked with itself.")
LINK_TWICE = QT_TRANSLATE_NOOP(
    "ContactEditing", "{name} is linked twice with the same function.")
BEDS_RANGE = QT_TRANSLATE_NOOP("ContactEditing", "A host offers between 0 and 50 beds.")
CONSENT_DATE_MISSING = QT_TRANSLATE_NOOP(
    "ContactEditing", "Every consent needs the date it was given.")
CONSENT_GUARDIAN = QT_TRANSLATE_NOOP(
    "ContactEditing", "A consent given by a guardian needs the guardian's name.")
CONSENT_DATES = QT_TRANSLATE_NOOP(
    "ContactEditing", "A consent cannot be withdrawn before it was given.")
LETTER_DATE_MISSING = QT_TRANSLATE_NOOP(
    "ContactEditing", "Every letter or e-mail needs its date.")
LETTER_SUBJECT_MISSING = QT_TRANSLATE_NOOP(
    "ContactEditing", "Every letter or e-mail needs a subject.")
PASSPORT_NUMBER_MISSING = QT_TRANSLATE_NOOP(
    "ContactEditing", "Every passport needs its number.")
PASSPORT_DATES = QT_TRANSLATE_NOOP(
    "ContactEditing", "A passport must expire after the day it was issued.")

ENUM_FIELDS = {  # the form's fields that hold a stored enum's value
    "gender": Gender, "side": Side, "organisation_kind": OrganisationKind,
}
_COLUMNS = Contact.__table__.columns


def _problem(field: str, message: str, row: int | None = None, **params: object) -> FieldProblem:
    return FieldProblem(field, UserError(message, CONTEXT, **params), row)


def _check_lengths(form: ContactForm) -> Iterable[FieldProblem]:
    for name in SCALAR_FIELDS:
        value = getattr(form, name)
        limit = getattr(_COLUMNS[name].type, "length", None)
        if isinstance(value, str) and limit and len(value) > limit:
            yield _problem(name, TOO_LONG, limit=limit)


def _check_person(form: ContactForm, today: date) -> Iterable[FieldProblem]:
    if not (form.given_name.strip() or form.family_name.strip()
            or form.family_name_native.strip()):
        yield _problem("family_name", NAME_PERSON)
    if form.birth_date is not None:
        if form.birth_date > today:
            yield _problem("birth_date", BIRTH_IN_FUTURE)
        elif form.birth_date < shift_years(today, -MAX_AGE_YEARS):
            yield _problem("birth_date", BIRTH_TOO_EARLY)
    if form.nationality and not COUNTRY_CODE.match(form.nationality):
        yield _problem("nationality", BAD_COUNTRY)


def _check_contact_fields(form: ContactForm) -> Iterable[FieldProblem]:
    for address in EMAIL_SEPARATORS.split(form.email.strip()):
        if address and not EMAIL.match(address):
            yield _problem("email", BAD_EMAIL, value=address)
    if form.website.strip() and not WEBSITE.match(form.website.strip()):
        yield _problem("website", BAD_WEBSITE)
    if form.country and not COUNTRY_CODE.match(form.country):
        yield _problem("country", BAD_COUNTRY)
    for name, vocabulary in ENUM_FIELDS.items():
        value = getattr(form, name)
        if value is not None and value not in {item.value for item in vocabulary}:
            yield _problem(name, UNKNOWN_VALUE, value=value)
    unknown = [role for role in form.roles if role not in {r.value for r in ContactRole}]
    if unknown:
        yield _problem("roles", UNKNOWN_VALUE, value=", ".join(unknown))


def _check_memberships(form: ContactForm) -> Iterable[FieldProblem]:
    seen: set[str] = set()
    for row, membership in enumerate(form.memberships):
        number = membership.number.strip()
        if not number:
            yield _problem("memberships", MEMBER_NUMBER_MISSING, row)
        elif number in seen:
            yield _problem("memberships", MEMBER_NUMBER_TWICE, row, number=number)
        seen.add(number)
        if membership.joined_on is None:
            yield _problem("memberships", MEMBER_JOINED_MISSING, row)
        elif membership.left_on is not None and membership.left_on < membership.joined_on:
            yield _problem("memberships", MEMBER_DATES, row)


def _check_links(form: ContactForm) -> Iterable[FieldProblem]:
    for field in ("links", "guardians"):
        seen: set[tuple[int, str]] = set()
        for row, link in enumerate(getattr(form, field)):
            key = (link.other_id, link.function.strip() if field == "links" else "")
            if not link.other_id:
                yield _problem(field, LINK_MISSING, row)
            elif form.id is not None and link.other_id == form.id:
                yield _problem(field, LINK_SELF, row)
            elif key in seen:
                yield _problem(field, LINK_TWICE, row, name=link.other_name)
            seen.add(key)


def _check_consent(row: int, consent: ConsentData) -> Iterable[FieldProblem]:
    if consent.purpose not in {p.value for p in ConsentPurpose}:
        yield _problem("consents", UNKNOWN_VALUE, row, value=consent.purpose)
    if consent.channel not in {c.value for c in ConsentChannel}:
        yield _problem("consents", UNKNOWN_VALUE, row, value=consent.channel)
    if consent.given_by not in {g.value for g in ConsentGivenBy}:
        yield _problem("consents", UNKNOWN_VALUE, row, value=consent.given_by)
    elif (consent.given_by == ConsentGivenBy.GUARDIAN and consent.guardian_id is None
          and not consent.guardian_name.strip()):
        yield _problem("consents", CONSENT_GUARDIAN, row)
    if consent.given_on is None:
        yield _problem("consents", CONSENT_DATE_MISSING, row)
    elif consent.withdrawn_on is not None and consent.withdrawn_on < consent.given_on:
        yield _problem("consents", CONSENT_DATES, row)


def _check_lists(form: ContactForm) -> Iterable[FieldProblem]:
    yield from _check_memberships(form)
    yield from _check_links(form)
    if form.host_profile is not None and not 0 <= form.host_profile.beds <= MAX_BEDS:
        yield _problem("host_profile", BEDS_RANGE)
    for row, consent in enumerate(form.consents):
        yield from _check_consent(row, consent)
    for row, letter in enumerate(form.correspondence):
        if letter.dated is None:
            yield _problem("correspondence", LETTER_DATE_MISSING, row)
        if not letter.subject.strip():
            yield _problem("correspondence", LETTER_SUBJECT_MISSING, row)
        if letter.direction not in {d.value for d in Direction}:
            yield _problem("correspondence", UNKNOWN_VALUE, row, value=letter.direction)


def validate_contact(form: ContactForm, today: date | None = None) -> list[FieldProblem]:
    """What is wrong with `form` (empty when it can be saved); `today` judges birth dates."""
    today = today or date.today()
    problems: list[FieldProblem] = []
    if form.kind == ContactKind.ORGANISATION:
        if not form.organisation_name.strip():
            problems.append(_problem("organisation_name", NAME_ORGANISATION))
    elif form.kind == ContactKind.PERSON:
        problems += _check_person(form, today)
    else:
        problems.append(_problem("kind", UNKNOWN_VALUE, value=form.kind))
    problems += _check_contact_fields(form)
    problems += _check_lengths(form)
    problems += _check_lists(form)
    return problems


def validate_passports(passports: Iterable[PassportData]) -> list[FieldProblem]:
    """What is wrong with a person's passports (field "passports", `row` the index)."""
    limit = PassportRecord.__table__.c.number.type.length
    problems = []
    for row, passport in enumerate(passports):
        if not passport.number.strip():
            problems.append(_problem("passports", PASSPORT_NUMBER_MISSING, row))
        elif len(passport.number.strip()) > limit:
            problems.append(_problem("passports", TOO_LONG, row, limit=limit))
        if (passport.issued_on and passport.expires_on
                and passport.expires_on <= passport.issued_on):
            problems.append(_problem("passports", PASSPORT_DATES, row))
        if passport.issuing_country and not COUNTRY_CODE.match(passport.issuing_country):
            problems.append(_problem("passports", BAD_COUNTRY, row))
    return problems
