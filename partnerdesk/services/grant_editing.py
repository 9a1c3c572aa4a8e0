"""Create, load, save and delete a grant application (its fields and linked exchanges).

The status is not saved here: it changes only through `grant_workflow.change_status`.
The helpers shared by the grant services (`CONTEXT`, `get_or_fail`, `check_version`,
`commit`, `amount_ok`, `get_funder`) live here: they raise their messages in the "Grants"
context.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import (
    AssociationProfile,
    Contact,
    Exchange,
    FunderProfile,
    GrantApplication,
    GrantStatusChange,
    Payment,
    Receipt,
)
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import ContactKind, GrantStatus, OrganisationKind
from partnerdesk.domain.grants import grant_exchange
from partnerdesk.dto.grants import Choice, GrantForm
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import exchange_editing
from partnerdesk.storage.database import Database

CONTEXT = "Grants"
NOT_FOUND = QT_TRANSLATE_NOOP("Grants", "This grant application no longer exists.")
CHANGED = QT_TRANSLATE_NOOP(
    "Grants",
    "This grant application was changed elsewhere meanwhile. Nothing was saved; open it again "
    "to see the current data.")
NO_TITLE = QT_TRANSLATE_NOOP("Grants", "The application needs a title.")
NO_FUNDER = QT_TRANSLATE_NOOP("Grants", "Choose the funder the application goes to.")
FUNDER_GONE = QT_TRANSLATE_NOOP("Grants", "The chosen funder no longer exists.")
NOT_ORGANISATION = QT_TRANSLATE_NOOP("Grants", "A funder must be an organisation, not a person.")
PROFILE_GONE = QT_TRANSLATE_NOOP("Grants", "The chosen funder profile no longer exists.")
OTHER_FUNDERS_PROFILE = QT_TRANSLATE_NOOP(
    "Grants", "The chosen funder profile belongs to another funder.")
EXCHANGE_GONE = QT_TRANSLATE_NOOP("Grants", "A linked exchange no longer exists.")
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "Grants", "Amounts must be 0 or more, to the cent (at most two decimal places).")
BAD_CURRENCY = QT_TRANSLATE_NOOP("Grants", "The currency must be a three-letter code such as EUR.")
FUNDS_RECEIVED = QT_TRANSLATE_NOOP(
    "Grants",
    "Grant money was received for this application, so it cannot be deleted. Withdraw or "
    "close it instead.")
HAS_RECEIPTS = QT_TRANSLATE_NOOP(
    "Grants",
    "This application has receipts ({count}), so it cannot be deleted. Withdraw or close it "
    "instead.")

CENT = Decimal("0.01")
_SCALARS = ("title", "funder_id", "funder_profile_id", "programme", "file_reference",
            "currency", "amount_requested", "amount_approved", "notes")
_MONEY_RECEIVED = (GrantStatus.FUNDS_RECEIVED, GrantStatus.PROOF_SUBMITTED, GrantStatus.CLOSED)
T = TypeVar("T")


def get_or_fail(session: Session, entity: type[T], record_id: int | None, message: str) -> T:
    """`exchange_editing.get_or_fail` with the message in the Grants context."""
    return exchange_editing.get_or_fail(session, entity, record_id, message, CONTEXT)


def check_version(record: object, expected: int | None, message: str = CHANGED) -> None:
    """`exchange_editing.check_version` with the message in the Grants context."""
    exchange_editing.check_version(record, expected, message, CONTEXT)


def commit(session: Session, message: str = CHANGED) -> None:
    """Commit; a concurrent change found while writing becomes a UserError with `message`."""
    try:
        session.commit()
    except StaleDataError as exc:
        raise UserError(message, CONTEXT) from exc


MAX_AMOUNT = Decimal("9999999999.99")  # what a Money() column (12, 2) holds


def amount_ok(value: object, optional: bool = True) -> bool:
    """Is `value` an amount the money columns take: a finite Decimal from 0 to MAX_AMOUNT
    with ≤ 2 places?"""
    if value is None:
        return optional
    return (isinstance(value, Decimal) and value.is_finite() and 0 <= value <= MAX_AMOUNT
            and value == value.quantize(CENT))


def currency_ok(code: str) -> bool:
    """Is `code` a three-letter currency code (upper case)?"""
    return re.fullmatch(r"[A-Z]{3}", code) is not None


def _to_form(grant: GrantApplication) -> GrantForm:
    return GrantForm(
        id=grant.id,
        **{name: getattr(grant, name) for name in _SCALARS},
        exchange_ids=tuple(sorted(e.id for e in grant.exchanges)),
        status=grant.status.value,
        submitted_on=grant.submitted_on,
        decided_on=grant.decided_on,
        version=grant.version,
    )


def new_grant(db: Database, exchange_id: int | None = None) -> GrantForm:
    """A new application's form; from an exchange: linked to it, titled after it, with the
    funder and profile of the exchange's other applications if any, currency from the
    association profile."""
    with db.unit() as session:
        currency = session.execute(
            sa.select(AssociationProfile.default_currency).limit(1)).scalar() or "EUR"
        if exchange_id is None:
            return GrantForm(currency=currency)
        exchange = exchange_editing.get_or_fail(session, Exchange, exchange_id,
                                                exchange_editing.NOT_FOUND)
        sibling = session.execute(
            sa.select(GrantApplication)
            .join(grant_exchange, grant_exchange.c.grant_id == GrantApplication.id)
            .where(grant_exchange.c.exchange_id == exchange_id)
            .order_by(GrantApplication.id.desc()).limit(1)
        ).scalar()
        return GrantForm(
            title=exchange.title,
            funder_id=sibling.funder_id if sibling else None,
            funder_profile_id=sibling.funder_profile_id if sibling else None,
            programme=sibling.programme if sibling else "",
            currency=currency,
            exchange_ids=(exchange.id,),
        )


def load_grant(db: Database, grant_id: int) -> GrantForm:
    """The application's form (UserError when it no longer exists)."""
    with db.unit() as session:
        return _to_form(get_or_fail(session, GrantApplication, grant_id, NOT_FOUND))


def validate_grant(form: GrantForm) -> list[UserError]:
    """What is wrong with `form` on its own (empty when all is well); the references to the
    funder, profile and exchanges are checked when saving."""
    problems = []
    if not form.title.strip():
        problems.append(UserError(NO_TITLE, CONTEXT))
    if form.funder_id is None:
        problems.append(UserError(NO_FUNDER, CONTEXT))
    if not (amount_ok(form.amount_requested) and amount_ok(form.amount_approved)):
        problems.append(UserError(BAD_AMOUNT, CONTEXT))
    if not currency_ok(form.currency):
        problems.append(UserError(BAD_CURRENCY, CONTEXT))
    return problems


def get_funder(session: Session, funder_id: int | None) -> Contact:
    """The funder `funder_id` (UserError when it is gone or not an organisation)."""
    funder = get_or_fail(session, Contact, funder_id, FUNDER_GONE)
    if funder.kind != ContactKind.ORGANISATION:
        raise UserError(NOT_ORGANISATION, CONTEXT)
    return funder


def _check_references(session: Session, form: GrantForm) -> tuple[FunderProfile | None,
                                                                   list[Exchange]]:
    funder = get_funder(session, form.funder_id)
    profile = None
    if form.funder_profile_id is not None:
        profile = get_or_fail(session, FunderProfile, form.funder_profile_id, PROFILE_GONE)
        if profile.funder_id != funder.id:
            raise UserError(OTHER_FUNDERS_PROFILE, CONTEXT)
    exchanges = [session.get(Exchange, exchange_id)
                 for exchange_id in dict.fromkeys(form.exchange_ids)]
    if any(exchange is None for exchange in exchanges):
        raise UserError(EXCHANGE_GONE, CONTEXT)
    return profile, exchanges  # type: ignore[return-value]


def save_grant(db: Database, form: GrantForm) -> tuple[int, int]:
    """Validate and save in one unit of work; returns (id, new version). A new application
    starts as draft with a first history step dated today. UserError on bad input
    (no title, no funder, a profile of another funder, negative amounts, bad currency) or
    when it was changed elsewhere since `form.version`."""
    problems = validate_grant(form)
    if problems:
        raise problems[0]
    with db.unit() as session:
        # references first: loading them later would flush half-written changes
        profile, exchanges = _check_references(session, form)
        if form.id is None:
            grant = GrantApplication(status=GrantStatus.DRAFT)
            grant.status_history.append(
                GrantStatusChange(status=GrantStatus.DRAFT, changed_on=date.today()))
            session.add(grant)
        else:
            grant = get_or_fail(session, GrantApplication, form.id, NOT_FOUND)
            check_version(grant, form.version)
        for name in _SCALARS:
            value = getattr(form, name)
            setattr(grant, name, value.strip() if isinstance(value, str) else value)
        if not grant.programme and profile is not None:
            grant.programme = profile.programme
        with session.no_autoflush:  # loading the old links must not flush a version early
            grant.exchanges = exchanges
        grant.updated_at = utcnow()  # a save always counts as a change: the version moves on
        commit(session)
        return grant.id, grant.version


def delete_grant(db: Database, grant_id: int, expected_version: int | None = None) -> None:
    """Delete an application with its milestones, budget, receipts and payments. Refused
    (UserError) once funds were received or it has receipts — withdraw or close it instead."""
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        check_version(grant, expected_version)
        payments = session.execute(
            sa.select(sa.func.count(Payment.id)).where(Payment.grant_id == grant_id)).scalar_one()
        if payments or grant.status in _MONEY_RECEIVED:
            raise UserError(FUNDS_RECEIVED, CONTEXT)
        receipts = session.execute(
            sa.select(sa.func.count(Receipt.id)).where(Receipt.grant_id == grant_id)).scalar_one()
        if receipts:
            raise UserError(HAS_RECEIPTS, CONTEXT, count=receipts)
        session.delete(grant)
        commit(session)


def funder_choices(db: Database) -> list[Choice]:
    """Organisations that can be funders (kind funder, or already funding/with a profile),
    by name."""
    with db.unit() as session:
        funding = sa.select(GrantApplication.funder_id).union(sa.select(FunderProfile.funder_id))
        rows = session.execute(
            sa.select(Contact.id, Contact.organisation_name)
            .where(Contact.kind == ContactKind.ORGANISATION,
                   sa.or_(Contact.organisation_kind == OrganisationKind.FUNDER,
                          Contact.id.in_(funding)))
            .order_by(sa.func.lower(Contact.organisation_name), Contact.id)
        ).all()
        return [Choice(contact_id, name) for contact_id, name in rows]


def profile_choices(db: Database, funder_id: int) -> list[Choice]:
    """The funder's profiles (programme names; examples marked by the caller)."""
    with db.unit() as session:
        rows = session.execute(
            sa.select(FunderProfile.id, FunderProfile.programme)
            .where(FunderProfile.funder_id == funder_id)
            .order_by(sa.func.lower(FunderProfile.programme), FunderProfile.id)
        ).all()
        return [Choice(profile_id, programme) for profile_id, programme in rows]


def exchange_choices(db: Database) -> list[Choice]:
    """Exchanges to link, newest first: "Title (dd.mm.yyyy – dd.mm.yyyy)"."""
    with db.unit() as session:
        rows = session.execute(
            sa.select(Exchange.id, Exchange.title, Exchange.start_date, Exchange.end_date)
            .order_by(Exchange.start_date.desc(), Exchange.id.desc())
        ).all()
        return [Choice(exchange_id, f"{title} ({start:%d.%m.%Y} – {end:%d.%m.%Y})")
                for exchange_id, title, start, end in rows]
