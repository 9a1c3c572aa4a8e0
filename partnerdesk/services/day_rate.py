"""The day-rate calculator: participants × programme days × the funder profile's daily
rate, and filling a budget line with the result. Decimal end to end.

It counts participants and leaders of both sides who have not cancelled (interpreters,
guests, hosts, organisers and drivers are not counted), over the linked exchanges; the
programme days (arrival and departure as one) are those of the longest linked exchange.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa

from partnerdesk.domain import (
    BudgetLine,
    FunderProfile,
    GrantApplication,
    Participation,
    grant_exchange,
)
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import (
    BudgetCategory,
    BudgetSide,
    ParticipationRole,
    ParticipationStatus,
)
from partnerdesk.dto.grants import DayRateInput
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import budget
from partnerdesk.services.checks.rules import programme_days
from partnerdesk.services.grant_editing import CENT, CONTEXT, NOT_FOUND, commit, get_or_fail
from partnerdesk.storage.database import Database

NO_PROFILE = QT_TRANSLATE_NOOP(
    "Grants", "The application has no funder profile, so there is no daily rate to use.")
NO_RATE = QT_TRANSLATE_NOOP(
    "Grants", "The funder profile “{programme}” has no daily rate. Enter it in the profile "
    "or type the rate into the calculator.")
RATE_CURRENCY = QT_TRANSLATE_NOOP(
    "Grants", "The daily rate is in {rate_currency}, the application in {currency}.")
BAD_FIGURES = QT_TRANSLATE_NOOP(
    "Grants", "Participants and programme days must be whole numbers of 0 or more, the rate "
    "an amount of 0 or more with at most two decimal places.")

_FORMULA = r"\d+ × \d+ × \d+\.\d{2} [A-Z]{3}"
_OLD_FORMULA = re.compile(rf"^{_FORMULA}$|\s*\({_FORMULA}\)$")
_COUNTED_ROLES = (ParticipationRole.PARTICIPANT, ParticipationRole.LEADER)


def day_rate_amount(participants: int, programme_days: int, rate: Decimal) -> Decimal:
    """participants × programme days × rate, to the cent (half-up)."""
    return (participants * programme_days * rate).quantize(CENT, ROUND_HALF_UP)


def day_rate_formula(figures: DayRateInput) -> str:
    """How the amount was computed, in no particular language: `12 × 6 × 30.00 EUR`."""
    rate = figures.rate.quantize(CENT, ROUND_HALF_UP)
    return f"{figures.participants} × {figures.programme_days} × {rate} {figures.currency}"


def suggest_day_rate(db: Database, grant_id: int) -> DayRateInput:
    """The calculator's defaults: participants (not cancelled) and programme days (arrival
    and departure as one) of the linked exchanges, the profile's daily rate.

    Participants and leaders of every side count; with several linked exchanges their
    people are added up and the longest exchange gives the days. UserError when the
    application has no profile, the profile no daily rate (None or 0), or the rate is in
    another currency than the application."""
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        profile = get_or_fail(session, FunderProfile, grant.funder_profile_id, NO_PROFILE)
        if not profile.daily_rate:
            raise UserError(NO_RATE, CONTEXT, programme=profile.programme)
        if profile.currency != grant.currency:
            raise UserError(RATE_CURRENCY, CONTEXT, rate_currency=profile.currency,
                            currency=grant.currency)
        participants = session.execute(
            sa.select(sa.func.count(Participation.id))
            .join(grant_exchange, grant_exchange.c.exchange_id == Participation.exchange_id)
            .where(grant_exchange.c.grant_id == grant_id,
                   Participation.role.in_(_COUNTED_ROLES),
                   Participation.status != ParticipationStatus.CANCELLED)).scalar_one()
        days = max((programme_days(e.start_date, e.end_date) for e in grant.exchanges),
                   default=0)
        rate = profile.daily_rate
        return DayRateInput(participants=participants, programme_days=days, rate=rate,
                            currency=grant.currency,
                            amount=day_rate_amount(participants, days, rate))


def _with_formula(description: str, formula: str) -> str:
    base = _OLD_FORMULA.sub("", description.strip()).strip()
    base = base[:budget.DESCRIPTION_LENGTH - len(formula) - 3].rstrip()
    return f"{base} ({formula})" if base else formula


def apply_day_rate(db: Database, grant_id: int, line_id: int | None,
                   figures: DayRateInput, *, description: str | None = None,
                   expected_version: int | None = None) -> tuple[int, int]:
    """Put the calculator's amount into the planned amount of `line_id`, or of a new
    `this_grant` income line when None; the description tells how it was computed.
    Returns (line id, version).

    The amount is recomputed from the figures (`figures.amount` is not trusted). The
    description is `description` when the caller passes one (e.g. translated
    "Tagessatz: 12 × 6 × 30,00 €"); otherwise the neutral formula `12 × 6 × 30.00 EUR`,
    appended in brackets to the line's own description (replacing an earlier formula)."""
    participants, days, rate = figures.participants, figures.programme_days, figures.rate
    if not (isinstance(participants, int) and isinstance(days, int) and participants >= 0
            and days >= 0 and budget.is_amount(rate)):
        raise UserError(BAD_FIGURES, CONTEXT)
    amount = day_rate_amount(participants, days, rate)
    if not budget.is_amount(amount):
        raise UserError(budget.TOO_LARGE, CONTEXT, amount=amount)
    if description is not None and len(description.strip()) > budget.DESCRIPTION_LENGTH:
        raise UserError(budget.LONG_TEXT, CONTEXT)
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        if figures.currency != grant.currency:
            raise UserError(RATE_CURRENCY, CONTEXT, rate_currency=figures.currency,
                            currency=grant.currency)
        if line_id is None:
            line = BudgetLine(grant_id=grant_id, side=BudgetSide.INCOME,
                              category=BudgetCategory.THIS_GRANT, description="",
                              sort_order=budget.end_of(session, grant_id, BudgetSide.INCOME))
            session.add(line)
        else:
            line = budget.line_of(session, grant_id, line_id, expected_version)
        formula = day_rate_formula(figures)
        line.description = (description.strip() if description is not None
                            else _with_formula(line.description, formula))
        line.planned = amount
        line.updated_at = utcnow()
        commit(session, budget.LINE_CHANGED)
        return line.id, line.version
