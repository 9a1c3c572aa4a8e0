"""The dashboard: counts, upcoming exchanges and partner towns; and, loaded together in one
call (`dashboard`, which the UI runs on the worker thread), the open findings across
exchanges, the exchanges whose health data is due for deletion and the grant deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from partnerdesk.domain import AssociationProfile, Contact, Exchange, GrantApplication, PartnerTown
from partnerdesk.domain.enums import ExchangeStatus
from partnerdesk.dto import OverviewData, PartnerTownRow
from partnerdesk.dto.findings import Finding
from partnerdesk.dto.grants import MilestoneDue
from partnerdesk.services import checks, milestones, privacy
from partnerdesk.services.exchanges import list_exchanges
from partnerdesk.services.privacy import PurgeCandidate
from partnerdesk.storage.database import Database


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows, computed in one go."""

    overview: OverviewData
    findings: tuple[Finding, ...]
    """Open findings of every active exchange, most urgent first."""
    purge: tuple[PurgeCandidate, ...]
    """Past exchanges whose health data is due for deletion, oldest first."""
    deadlines: tuple[MilestoneDue, ...]
    """Open grant milestones due soon or overdue, most urgent first."""


def overview(db: Database, today: date, upcoming_limit: int = 5) -> OverviewData:
    """Counts of contacts, exchanges and grants; the next exchanges; the partner towns."""
    with db.unit() as session:
        name = session.execute(sa.select(AssociationProfile.name).limit(1)).scalar() or ""
        contacts = session.execute(sa.select(sa.func.count(Contact.id))).scalar_one()
        exchanges = session.execute(sa.select(sa.func.count(Exchange.id))).scalar_one()
        grants = session.execute(sa.select(sa.func.count(GrantApplication.id))).scalar_one()
        upcoming_ids = (
            session.execute(
                sa.select(Exchange.id)
                .where(Exchange.end_date >= today, Exchange.status != ExchangeStatus.CANCELLED)
                .order_by(Exchange.start_date)
                .limit(upcoming_limit)
            )
            .scalars()
            .all()
        )
        towns = session.execute(
            sa.select(PartnerTown).order_by(PartnerTown.name)
            .options(selectinload(PartnerTown.status_history))  # not one query per town
        ).scalars().all()
        town_rows = tuple(
            PartnerTownRow(
                id=t.id,
                name=t.name,
                name_native=t.name_native,
                country=t.country,
                relation=t.relation.value,
                status=t.status.value,
                since=t.status_history[-1].since if t.status_history else t.partnership_since,
            )
            for t in towns
        )
    upcoming = sorted(list_exchanges(db, ids=list(upcoming_ids)), key=lambda e: e.start_date)
    return OverviewData(name, contacts, exchanges, grants, tuple(upcoming), town_rows)


def dashboard(
    db: Database,
    today: date,
    health_purge_days: int = privacy.DEFAULT_DAYS_AFTER,
    deadline_days: int = milestones.REMINDER_DAYS,
) -> Dashboard:
    """The overview, the open findings, the health-data purge candidates (exchanges that
    ended more than `health_purge_days` days ago) and the grant milestones due within
    `deadline_days` days or overdue. Each part opens its own unit of work, so this can run
    on a worker thread; UserError when `health_purge_days` is negative."""
    return Dashboard(
        overview=overview(db, today),
        findings=tuple(checks.all_findings(db, today)),
        purge=tuple(privacy.purge_candidates(db, today, health_purge_days)),
        deadlines=tuple(milestones.due_milestones(db, today, deadline_days)),
    )
