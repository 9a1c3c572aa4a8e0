"""Purging health data (allergies, medication, diet) once an exchange is over.

Health data is sensitive (GDPR Art. 9). It is kept only as long as the trip needs it: a set
number of days after an exchange has ended (a setting, default 30) the app proposes deleting
it. The purge is logged — which exchange and how many records, never what they said.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from partnerdesk.domain import Exchange, Participation, ParticipationHealth
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage.database import Database

log = logging.getLogger(__name__)

DEFAULT_DAYS_AFTER = 30


@dataclass(frozen=True)
class PurgeCandidate:
    """An exchange whose health data is due for deletion, and how many records it has."""

    exchange_id: int
    title: str
    end_date: date
    records: int


def _has_content() -> sa.ColumnElement[bool]:
    """A health row that still says something (any of its fields non-empty)."""
    return sa.or_(
        *(
            sa.func.coalesce(sa.func.trim(column), "") != ""
            for column in (
                ParticipationHealth.allergies,
                ParticipationHealth.medication,
                ParticipationHealth.diet,
            )
        )
    )


def purge_candidates(
    db: Database, today: date, days_after: int = DEFAULT_DAYS_AFTER
) -> list[PurgeCandidate]:
    """Exchanges that ended more than `days_after` days before `today` and still hold health data.

    An exchange that ended exactly `days_after` days ago is not yet a candidate; one day
    later it is. Only health rows with a non-empty allergies, medication or diet count.
    Oldest exchanges come first.
    """
    if days_after < 0:
        raise UserError(
            QT_TRANSLATE_NOOP("Privacy", "The number of days must not be negative."),
            context="Privacy",
        )
    threshold = today - timedelta(days=days_after)
    with db.unit() as session:
        rows = session.execute(
            sa.select(
                Exchange.id,
                Exchange.title,
                Exchange.end_date,
                sa.func.count(ParticipationHealth.id),
            )
            .join(Participation, Participation.exchange_id == Exchange.id)
            .join(ParticipationHealth, ParticipationHealth.participation_id == Participation.id)
            .where(Exchange.end_date < threshold, _has_content())
            .group_by(Exchange.id, Exchange.title, Exchange.end_date)
            .order_by(Exchange.end_date, Exchange.id)
        ).all()
    return [
        PurgeCandidate(exchange_id=row[0], title=row[1], end_date=row[2], records=row[3])
        for row in rows
    ]


def purge_health_data(db: Database, exchange_id: int, *, today: date | None = None) -> int:
    """Delete every health record of the exchange's participations; return how many.

    Runs in one unit of work: the rows go and `Exchange.health_data_purged_on` is set to
    `today` (default: the current date) together, or neither happens. Refused with a
    `UserError` for an unknown exchange and for one that has not ended before `today`.
    One info line is logged with the exchange id and the count — never the content.
    """
    today = today or date.today()
    with db.unit() as session:
        exchange = session.get(Exchange, exchange_id)
        if exchange is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Privacy", "Exchange {id} does not exist."),
                context="Privacy",
                id=exchange_id,
            )
        if exchange.end_date >= today:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Privacy",
                    "The health data of “{title}” can be deleted only after the exchange "
                    "has ended ({end}).",
                ),
                context="Privacy",
                title=exchange.title,
                end=exchange.end_date.isoformat(),
            )
        participations = sa.select(Participation.id).where(
            Participation.exchange_id == exchange_id
        )
        result = session.execute(
            sa.delete(ParticipationHealth).where(
                ParticipationHealth.participation_id.in_(participations)
            ),
            execution_options={"synchronize_session": False},
        )
        count = result.rowcount or 0
        exchange.health_data_purged_on = today
        session.commit()
    log.info("health data purged: exchange %s, %d records deleted", exchange_id, count)
    return count
