"""Checks of exchanges: the funder's rules and the association's own, as `Finding`s.

`check_exchange` checks one exchange (the workspace's *Checks* part); `all_findings` checks
every active exchange (neither cancelled nor done) for the dashboard and `ls findings`.
Both return findings most urgent first. The pure rule helpers live in `checks.rules`;
`participant_papers` gives the workspace tabs each participant's papers from the same data.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import Exchange
from partnerdesk.domain.enums import ExchangeStatus
from partnerdesk.dto.exchanges import ParticipantPapers
from partnerdesk.dto.findings import Finding, most_urgent_first
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.group import group_findings
from partnerdesk.services.checks.loading import ExchangeData, load_exchange
from partnerdesk.services.checks.papers import papers_of
from partnerdesk.services.checks.people import person_findings
from partnerdesk.services.checks.rules import (
    add_months,
    age_on,
    is_minor,
    passport_valid_through,
    programme_days,
)
from partnerdesk.storage.database import Database

__all__ = [
    "Finding",
    "active_exchange_ids",
    "add_months",
    "age_on",
    "all_findings",
    "check_exchange",
    "is_minor",
    "participant_papers",
    "passport_valid_through",
    "programme_days",
]

INACTIVE = (ExchangeStatus.CANCELLED, ExchangeStatus.DONE)
_ACTIVE = (
    sa.select(Exchange.id)
    .where(Exchange.status.not_in(INACTIVE))
    .order_by(Exchange.start_date, Exchange.id)
)


def findings_for(data: ExchangeData, today: date) -> list[Finding]:
    """Every finding of one loaded exchange, most urgent first."""
    return most_urgent_first(group_findings(data) + person_findings(data, today))


def _no_such_exchange(exchange_id: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Findings", "There is no exchange with the ID {id}."),
        context="Findings",
        id=exchange_id,
    )


def check_exchange(db: Database, exchange_id: int, today: date) -> list[Finding]:
    """The findings of one exchange (whatever its status); UserError if it does not exist."""
    with db.unit() as session:
        data = load_exchange(session, exchange_id, today)
        if data is None:
            raise _no_such_exchange(exchange_id)
        return findings_for(data, today)


def participant_papers(db: Database, exchange_id: int,
                       today: date) -> dict[int, ParticipantPapers]:
    """Who travels, guardians, consents, emergency contact and passport of each participant
    (cancelled ones left out), by participation id; UserError if the exchange is gone."""
    with db.unit() as session:
        data = load_exchange(session, exchange_id, today)
        if data is None:
            raise _no_such_exchange(exchange_id)
        return papers_of(session, data, today)


def active_exchange_ids(db: Database) -> list[int]:
    """Ids of the exchanges neither cancelled nor done, earliest start first."""
    with db.unit() as session:
        return list(session.execute(_ACTIVE).scalars())


def all_findings(db: Database, today: date, exchange_id: int | None = None) -> list[Finding]:
    """Findings of every active exchange (or only of `exchange_id`), most urgent first."""
    if exchange_id is not None:
        return check_exchange(db, exchange_id, today)
    found: list[Finding] = []
    with db.unit() as session:
        for active_id in session.execute(_ACTIVE).scalars().all():
            data = load_exchange(session, active_id, today)
            if data is not None:
                found += findings_for(data, today)
    return most_urgent_first(found)
