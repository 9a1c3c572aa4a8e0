"""The dashboard: counts, upcoming exchanges and partner towns."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import AssociationProfile, Contact, Exchange, GrantApplication, PartnerTown
from partnerdesk.domain.enums import ExchangeStatus
from partnerdesk.dto import OverviewData, PartnerTownRow
from partnerdesk.services.exchanges import list_exchanges
from partnerdesk.storage.database import Database


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
        towns = session.execute(sa.select(PartnerTown).order_by(PartnerTown.name)).scalars().all()
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
