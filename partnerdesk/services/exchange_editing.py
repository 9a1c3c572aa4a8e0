"""Editing one exchange: load, validate, save (optimistic locking), cancel, duplicate.

`load_exchange` gives a frozen `ExchangeForm`; the UI changes it with `dataclasses.replace`
and hands it to `save_exchange`, which writes it in one unit of work and refuses (UserError,
nothing written) when the exchange was changed elsewhere since it was loaded.
`duplicate_exchange` makes "the same trip next year". The shared helpers (`CONTEXT`,
`shift_years`, `get_or_fail`, `check_version`, `is_fee`) are used by the participant,
hosting and programme services, and (with the context "Grants") through `grant_editing` by
the grant ones.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Exchange, PartnerTown, ProgrammeItem
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import ExchangeDirection, ExchangeKind, ExchangeStatus
from partnerdesk.domain.grants import grant_exchange
from partnerdesk.dto.exchanges import ExchangeForm
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.rules import shift_years  # shared helper, defined there
from partnerdesk.storage.database import Database

CONTEXT = "Exchanges"
NOT_FOUND = QT_TRANSLATE_NOOP("Exchanges", "This exchange no longer exists.")
CHANGED = QT_TRANSLATE_NOOP(
    "Exchanges",
    "This exchange was changed elsewhere meanwhile. Nothing was saved; open it again to see "
    "the current data.")
NO_TITLE = QT_TRANSLATE_NOOP("Exchanges", "The exchange needs a title.")
NO_DATES = QT_TRANSLATE_NOOP("Exchanges", "The exchange needs a start and an end date.")
DATES_ORDER = QT_TRANSLATE_NOOP("Exchanges", "The exchange cannot end before it starts.")
BAD_CAPACITY = QT_TRANSLATE_NOOP("Exchanges", "The capacity cannot be negative.")
BAD_FEE = QT_TRANSLATE_NOOP("Exchanges", "The participant fee must be an amount of 0 or more.")
BAD_CURRENCY = QT_TRANSLATE_NOOP(
    "Exchanges", "The currency must be a three-letter code such as EUR.")
BAD_VALUE = QT_TRANSLATE_NOOP("Exchanges", "Unknown value {value} for {field}.")
TOWN_GONE = QT_TRANSLATE_NOOP("Exchanges", "A chosen partner town no longer exists.")

_SCALARS = ("title", "place", "topics", "goals", "organiser_id", "capacity",
            "participant_fee", "currency", "notes", "start_date", "end_date")
_ENUMS = {"kind": ExchangeKind, "direction": ExchangeDirection, "status": ExchangeStatus}
T = TypeVar("T")


def get_or_fail(session: Session, entity: type[T], record_id: int | None, message: str,
                context: str = CONTEXT) -> T:
    """The record `record_id` of `entity`, or a UserError with `message` (in the translation
    `context`) when it is gone or no id was given."""
    record = session.get(entity, record_id) if record_id is not None else None
    if record is None:
        raise UserError(message, context)
    return record


def check_version(record: object, expected: int | None, message: str = CHANGED,
                  context: str = CONTEXT) -> None:
    """Raise a UserError with `message` (in the translation `context`) when `record` moved
    past the `expected` version (None: no check)."""
    if expected is not None and record.version != expected:  # type: ignore[attr-defined]
        raise UserError(message, context)


def is_fee(value: object) -> bool:
    """True for a fee as stored: a finite `Decimal` of 0 or more."""
    return isinstance(value, Decimal) and value.is_finite() and value >= 0


def _to_form(session: Session, exchange: Exchange) -> ExchangeForm:
    grant_ids = session.execute(
        sa.select(grant_exchange.c.grant_id)
        .where(grant_exchange.c.exchange_id == exchange.id)
        .order_by(grant_exchange.c.grant_id)
    ).scalars()
    return ExchangeForm(
        id=exchange.id,
        **{name: getattr(exchange, name) for name in _SCALARS},
        **{name: getattr(exchange, name).value for name in _ENUMS},
        partner_town_ids=tuple(sorted(t.id for t in exchange.partner_towns)),
        grant_ids=tuple(grant_ids),
        version=exchange.version,
    )


def load_exchange(db: Database, exchange_id: int) -> ExchangeForm:
    """The form of a stored exchange, with partner town ids and linked grant ids."""
    with db.unit() as session:
        return _to_form(session, get_or_fail(session, Exchange, exchange_id, NOT_FOUND))


def new_exchange() -> ExchangeForm:
    """The form of a new exchange (a youth exchange idea, incoming, in euros)."""
    return ExchangeForm()


def validate_exchange(form: ExchangeForm) -> list[UserError]:
    """What is wrong with `form`, as translatable messages (empty when all is well)."""
    problems: list[UserError] = []
    if not form.title.strip():
        problems.append(UserError(NO_TITLE, CONTEXT))
    for name, enum_cls in _ENUMS.items():
        value = getattr(form, name)
        if value not in {member.value for member in enum_cls}:
            problems.append(UserError(BAD_VALUE, CONTEXT, value=value, field=name))
    if form.start_date is None or form.end_date is None:
        problems.append(UserError(NO_DATES, CONTEXT))
    elif form.end_date < form.start_date:
        problems.append(UserError(DATES_ORDER, CONTEXT))
    if form.capacity is not None and form.capacity < 0:
        problems.append(UserError(BAD_CAPACITY, CONTEXT))
    if form.participant_fee is not None and not is_fee(form.participant_fee):
        problems.append(UserError(BAD_FEE, CONTEXT))
    if not re.fullmatch(r"[A-Z]{3}", form.currency):
        problems.append(UserError(BAD_CURRENCY, CONTEXT))
    return problems


def save_exchange(db: Database, form: ExchangeForm) -> tuple[int, int]:
    """Save `form` in one unit of work; returns (id, new version).

    Raises the first problem of `validate_exchange`, or a UserError when the exchange was
    changed or deleted elsewhere since it was loaded; nothing is written then.
    """
    problems = validate_exchange(form)
    if problems:
        raise problems[0]
    with db.unit() as session:
        # towns first: loading them later would flush half-written changes (two versions)
        towns = [session.get(PartnerTown, town_id) for town_id in form.partner_town_ids]
        if any(town is None for town in towns):
            raise UserError(TOWN_GONE, CONTEXT)
        if form.id is None:
            exchange = Exchange()
            session.add(exchange)
        else:
            exchange = get_or_fail(session, Exchange, form.id, NOT_FOUND)
            check_version(exchange, form.version)
        for name in _SCALARS:
            value = getattr(form, name)
            setattr(exchange, name, value.strip() if isinstance(value, str) else value)
        for name, enum_cls in _ENUMS.items():
            setattr(exchange, name, enum_cls(getattr(form, name)))
        with session.no_autoflush:  # loading the old towns must not flush a version early
            exchange.partner_towns = towns
        exchange.updated_at = utcnow()  # a save always counts as a change: the version moves on
        try:
            session.commit()
        except StaleDataError as exc:
            raise UserError(CHANGED, CONTEXT) from exc
        return exchange.id, exchange.version


def cancel_exchange(db: Database, exchange_id: int, expected_version: int) -> int:
    """Set the exchange's status to cancelled (participations stay); returns the new version."""
    with db.unit() as session:
        exchange = get_or_fail(session, Exchange, exchange_id, NOT_FOUND)
        check_version(exchange, expected_version)
        exchange.status = ExchangeStatus.CANCELLED
        exchange.updated_at = utcnow()
        try:
            session.commit()
        except StaleDataError as exc:
            raise UserError(CHANGED, CONTEXT) from exc
        return exchange.version


def next_title(title: str, start: date, end: date, years: int) -> str:
    """`title` with the exchange's own years (start and end year) moved by `years`."""
    shifted = {str(start.year): str(start.year + years), str(end.year): str(end.year + years)}
    return re.sub(r"(?<!\d)\d{4}(?!\d)", lambda m: shifted.get(m.group(), m.group()), title)


def duplicate_exchange(db: Database, exchange_id: int, years: int = 1) -> int:
    """Copy the exchange `years` later as a new idea ("the same trip next year"); its new id.

    Copied: title (its own years moved on), kind, direction, partner towns, place, topics,
    goals, organiser, capacity, fee and currency, the dates and the programme items (both
    moved by `years`, 29 February → 28 February). Not copied: participants, their health
    data and host placements, consents, grants, notes.
    """
    with db.unit() as session:
        old = get_or_fail(session, Exchange, exchange_id, NOT_FOUND)
        new = Exchange(
            title=next_title(old.title, old.start_date, old.end_date, years),
            kind=old.kind, direction=old.direction, status=ExchangeStatus.IDEA,
            start_date=shift_years(old.start_date, years),
            end_date=shift_years(old.end_date, years),
            place=old.place, topics=old.topics, goals=old.goals, organiser_id=old.organiser_id,
            capacity=old.capacity, participant_fee=old.participant_fee, currency=old.currency,
            partner_towns=list(old.partner_towns),
        )
        for item in old.programme_items:
            new.programme_items.append(ProgrammeItem(
                day=shift_years(item.day, years), start_time=item.start_time,
                end_time=item.end_time, title=item.title, title_native=item.title_native,
                place=item.place, responsible_id=item.responsible_id,
                responsible_name=item.responsible_name, notes=item.notes,
            ))
        session.add(new)
        session.commit()
        return new.id
