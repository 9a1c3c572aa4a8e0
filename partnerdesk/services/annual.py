"""The annual activity report's figures, computed from the database in one unit of work.

The rules, written once:

- An exchange belongs to the year it starts in (an exchange over New Year counts once,
  in its first year). Cancelled exchanges are listed but nobody is counted for them.
- A participant is a participation that is registered or confirmed (`checks.loading.COMING`;
  interested, waiting list and cancelled are left out), whatever the role; a person in two
  exchanges counts twice as a participant and once in `people`.
- Age bands use the age at the exchange's start (`checks.rules.age_on`).
- Participant-days: per participant the programme days present — from the arrival (else
  the exchange's start) to the departure (else its end), arrival and departure day
  counting as one as funders count them (`checks.rules.programme_days`).
- Grants won: the applications of the year by the grant list's rule (`grants.list_grants`)
  with an approved amount that were not rejected or withdrawn.
- A partner town's status is the last entry of its history dated up to the end of the
  year; towns whose partnership begins later are left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from partnerdesk.domain import Contact, Exchange, Participation, PartnerTown
from partnerdesk.domain.enums import ExchangeStatus
from partnerdesk.domain.exchanges import exchange_partner_town
from partnerdesk.dto import GrantRow
from partnerdesk.dto.annual import AnnualExchange, AnnualReport, TownRef, TownStatus, YearSides
from partnerdesk.services import grants
from partnerdesk.services.checks.loading import COMING, DEAD_GRANTS
from partnerdesk.services.checks.rules import age_on, programme_days
from partnerdesk.services.grant_reports import money_totals
from partnerdesk.storage.database import Database

AGE_BANDS = (("under_14", 0, 13), ("14_17", 14, 17), ("18_26", 18, 26),
             ("27_59", 27, 59), ("60_plus", 60, None))
"""(key, lowest age, highest age) of each band; None: open."""
UNKNOWN = "unknown"
HISTORY_YEARS = 5
_NOT_WON = frozenset(status.value for status in DEAD_GRANTS)


def age_band(age: int | None) -> str:
    """The key of the band `age` falls in (`unknown` without a birth date)."""
    if age is None:
        return UNKNOWN
    for key, low, high in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high):
            return key
    return UNKNOWN  # a negative age: a birth date after the exchange


def days_present(start: date, end: date, arrives_on: date | None,
                 departs_on: date | None) -> int:
    """Programme days of one participant within the exchange (partial attendance counted)."""
    first = max(start, arrives_on or start)
    last = min(end, departs_on or end)
    return programme_days(first, max(first, last))


def won(row: GrantRow) -> bool:
    """True for an application with an approved amount, neither rejected nor withdrawn."""
    return row.amount_approved is not None and row.status not in _NOT_WON


def _exchanges(session: Session, first_year: int, year: int) -> list[Exchange]:
    return list(session.execute(
        sa.select(Exchange)
        .where(Exchange.start_date >= date(first_year, 1, 1),
               Exchange.start_date <= date(year, 12, 31))
        .order_by(Exchange.start_date, Exchange.id)).scalars())


def _towns_of(session: Session, ids: list[int]) -> dict[int, list[TownRef]]:
    towns: dict[int, list[TownRef]] = defaultdict(list)
    for exchange_id, name, native in session.execute(
            sa.select(exchange_partner_town.c.exchange_id, PartnerTown.name,
                      PartnerTown.name_native)
            .join(PartnerTown, PartnerTown.id == exchange_partner_town.c.partner_town_id)
            .where(exchange_partner_town.c.exchange_id.in_(ids))
            .order_by(PartnerTown.name)):
        towns[exchange_id].append(TownRef(name, native))
    return towns


def _participants(session: Session, ids: list[int]) -> sa.Result:
    return session.execute(
        sa.select(Participation.exchange_id, Participation.contact_id, Participation.side,
                  Participation.arrives_on, Participation.departs_on, Contact.gender,
                  Contact.birth_date)
        .join(Contact, Contact.id == Participation.contact_id)
        .where(Participation.exchange_id.in_(ids), Participation.status.in_(COMING)))


def _town_statuses(session: Session, year: int) -> tuple[TownStatus, ...]:
    end = date(year, 12, 31)
    result = []
    towns = session.execute(sa.select(PartnerTown).order_by(PartnerTown.name)
                            .options(selectinload(PartnerTown.status_history))).scalars()
    for town in towns:
        steps = [step for step in town.status_history if step.since <= end]
        if steps:
            status, since, note = steps[-1].status.value, steps[-1].since, steps[-1].note
        elif town.status_history or (town.partnership_since or end) > end:
            continue  # not yet a partner town at the end of the year
        else:
            status, since, note = town.status.value, town.partnership_since, ""
        result.append(TownStatus(town.name, town.name_native, town.country,
                                 town.relation.value, status, since, note))
    return tuple(result)


def annual_report(db: Database, year: int) -> AnnualReport:
    """The exchanges of `year` with their participants and participant-days; participants
    per side, age band and gender; per side over the last five years; the grants won and
    the partner towns' status (see the module's rules)."""
    first_year = year - HISTORY_YEARS + 1
    history: dict[int, Counter] = {y: Counter() for y in range(first_year, year + 1)}
    sides, ages, genders = Counter(), Counter(), Counter()
    side_ages: dict[str, Counter] = defaultdict(Counter)
    people: set[int] = set()
    with db.unit() as session:
        exchanges = _exchanges(session, first_year, year)
        counted = {e.id: e for e in exchanges if e.status != ExchangeStatus.CANCELLED}
        of_year = [e for e in exchanges if e.start_date.year == year]
        towns = _towns_of(session, [e.id for e in of_year])
        per_exchange: dict[int, Counter] = defaultdict(Counter)
        days: Counter = Counter()
        for exchange_id, contact_id, side, arrives, departs, gender, birth in (
                _participants(session, list(counted))):
            exchange = counted[exchange_id]
            history[exchange.start_date.year][side.value] += 1
            if exchange.start_date.year != year:
                continue
            band = age_band(age_on(birth, exchange.start_date) if birth else None)
            per_exchange[exchange_id][side.value] += 1
            days[exchange_id] += days_present(exchange.start_date, exchange.end_date,
                                              arrives, departs)
            sides[side.value] += 1
            ages[band] += 1
            genders[gender.value] += 1
            side_ages[side.value][band] += 1
            people.add(contact_id)
        rows = tuple(AnnualExchange(
            id=e.id, title=e.title, kind=e.kind.value, direction=e.direction.value,
            status=e.status.value, start_date=e.start_date, end_date=e.end_date,
            place=e.place, partner_towns=tuple(towns[e.id]),
            by_side=dict(per_exchange[e.id]), participants=sum(per_exchange[e.id].values()),
            participant_days=days[e.id]) for e in of_year)
        town_rows = _town_statuses(session, year)
    won_rows = tuple(row for row in grants.list_grants(db, year=year) if won(row))
    return AnnualReport(
        year=year, exchanges=rows, participants=sum(sides.values()), people=len(people),
        participant_days=sum(days.values()), by_side=dict(sides), by_age=dict(ages),
        by_gender=dict(genders),
        by_side_and_age={side: dict(counts) for side, counts in side_ages.items()},
        history=tuple(YearSides(y, dict(history[y])) for y in sorted(history)),
        grants=won_rows, grant_totals=money_totals(won_rows), towns=town_rows)
