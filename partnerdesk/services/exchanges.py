"""Exchange use cases: the list with participant counts, and the years it can be filtered by."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import Exchange, Participation, PartnerTown, exchange_partner_town
from partnerdesk.domain.enums import (
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    ParticipationStatus,
)
from partnerdesk.dto import ExchangeRow
from partnerdesk.storage.database import Database


def list_exchanges(
    db: Database,
    search: str = "",
    ids: list[int] | None = None,
    *,
    kind: str | None = None,
    year: int | None = None,
    status: str | None = None,
    partner_town_id: int | None = None,
    direction: str | None = None,
) -> list[ExchangeRow]:
    """Exchanges, newest first, with participants counted per side and per status.

    Counts per side leave out cancelled participations; counts per status include them.
    The keyword filters (None: any) take stored enum values; `year` keeps the exchanges
    that take place at least partly in that year.
    """
    with db.unit() as session:
        query = sa.select(Exchange).order_by(Exchange.start_date.desc(), Exchange.id)
        if search:
            pattern = f"%{search.strip()}%"
            query = query.where(
                sa.or_(Exchange.title.ilike(pattern), Exchange.place.ilike(pattern))
            )
        if ids is not None:
            query = query.where(Exchange.id.in_(ids))
        if kind is not None:
            query = query.where(Exchange.kind == ExchangeKind(kind))
        if status is not None:
            query = query.where(Exchange.status == ExchangeStatus(status))
        if direction is not None:
            query = query.where(Exchange.direction == ExchangeDirection(direction))
        if year is not None:
            query = query.where(
                Exchange.start_date <= date(year, 12, 31), Exchange.end_date >= date(year, 1, 1)
            )
        if partner_town_id is not None:
            query = query.where(
                Exchange.id.in_(
                    sa.select(exchange_partner_town.c.exchange_id).where(
                        exchange_partner_town.c.partner_town_id == partner_town_id
                    )
                )
            )
        exchanges = session.execute(query).scalars().all()
        wanted = [e.id for e in exchanges]
        by_side: dict[int, dict[str, int]] = defaultdict(dict)
        by_status: dict[int, dict[str, int]] = defaultdict(dict)
        towns: dict[int, list[str]] = defaultdict(list)
        if wanted:
            counts = session.execute(
                sa.select(
                    Participation.exchange_id,
                    Participation.side,
                    Participation.status,
                    sa.func.count(),
                )
                .where(Participation.exchange_id.in_(wanted))
                .group_by(Participation.exchange_id, Participation.side, Participation.status)
            )
            for exchange_id, side, status, count in counts:
                statuses = by_status[exchange_id]
                statuses[status.value] = statuses.get(status.value, 0) + count
                if status != ParticipationStatus.CANCELLED:
                    sides = by_side[exchange_id]
                    sides[side.value] = sides.get(side.value, 0) + count
            town_rows = session.execute(
                sa.select(exchange_partner_town.c.exchange_id, PartnerTown.name)
                .join(PartnerTown, PartnerTown.id == exchange_partner_town.c.partner_town_id)
                .where(exchange_partner_town.c.exchange_id.in_(wanted))
                .order_by(PartnerTown.name)
            )
            for exchange_id, name in town_rows:
                towns[exchange_id].append(name)
        return [
            ExchangeRow(
                id=e.id,
                title=e.title,
                kind=e.kind.value,
                direction=e.direction.value,
                status=e.status.value,
                start_date=e.start_date,
                end_date=e.end_date,
                place=e.place,
                partner_towns=tuple(towns[e.id]),
                participants_by_side=dict(by_side[e.id]),
                participants_by_status=dict(by_status[e.id]),
                participants_total=sum(by_side[e.id].values()),
            )
            for e in exchanges
        ]


def exchange_years(db: Database) -> list[int]:
    """The years in which exchanges take place at least partly (the `year` filter of
    `list_exchanges`), newest first."""
    with db.unit() as session:
        spans = session.execute(sa.select(Exchange.start_date, Exchange.end_date).distinct())
        years = {year for start, end in spans for year in range(start.year, end.year + 1)}
        return sorted(years, reverse=True)
