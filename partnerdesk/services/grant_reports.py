"""What the grant reports need beyond the grant services: the head of a grant's papers
(funder, programme, file reference, linked exchanges, period, who signs), the list of
receipts per side with its totals, the grant overview of a year with totals per currency
and per funder, and the percentage of a budget line. Decimal end to end.

The figures are the grant services' own: receipts from `receipts.list_receipts`, the rows
of the overview from `grants.list_grants(year=…)` (the grant list's year rule), so a report
and the grant workspace never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import AssociationProfile, Contact, Exchange, GrantApplication
from partnerdesk.domain.grants import grant_exchange
from partnerdesk.dto import GrantRow
from partnerdesk.dto.annual import (
    FunderTotals,
    GrantHeader,
    GrantOverview,
    LinkedExchange,
    MoneyTotals,
    ReceiptList,
    Signer,
)
from partnerdesk.services import grants, receipts
from partnerdesk.services.grant_editing import NOT_FOUND, get_or_fail
from partnerdesk.storage.database import Database

ZERO = Decimal("0.00")
TENTH = Decimal("0.1")


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """`part` as a percentage of `whole`, to one decimal (half-up); None when `whole` is 0."""
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(TENTH, ROUND_HALF_UP)


def line_percent(actual: Decimal, planned: Decimal, approved: Decimal | None) -> Decimal | None:
    """How much of a budget line was used: actual of approved, or of planned where nothing
    was approved (the plan's own rule for approved totals)."""
    return percent(actual, planned if approved is None else approved)


def _signers(session: Session) -> tuple[str, tuple[Signer, ...]]:
    """The association's town and its board members who sign, in board order."""
    profile = session.execute(sa.select(AssociationProfile).limit(1)).scalar_one_or_none()
    if profile is None:
        return "", ()
    return profile.city, tuple(Signer(m.name, m.function) for m in profile.board_members
                               if m.signs)


def grant_header(db: Database, grant_id: int) -> GrantHeader:
    """The application's funder, programme, file reference, linked exchanges (by start) and
    their period, and the association's place and signers. UserError when it is gone."""
    with db.unit() as session:
        grant = get_or_fail(session, GrantApplication, grant_id, NOT_FOUND)
        place, who = _signers(session)
        funder = session.execute(sa.select(Contact.organisation_name)
                                 .where(Contact.id == grant.funder_id)).scalar_one()
        linked = tuple(LinkedExchange(e.id, e.title, e.start_date, e.end_date, e.place)
                       for e in session.execute(
                           sa.select(Exchange)
                           .join(grant_exchange, grant_exchange.c.exchange_id == Exchange.id)
                           .where(grant_exchange.c.grant_id == grant_id)
                           .order_by(Exchange.start_date, Exchange.id)).scalars())
        return GrantHeader(
            id=grant.id, title=grant.title, funder=funder, programme=grant.programme,
            file_reference=grant.file_reference, status=grant.status.value,
            currency=grant.currency, amount_requested=grant.amount_requested,
            amount_approved=grant.amount_approved, exchanges=linked,
            period_start=min((e.start_date for e in linked), default=None),
            period_end=max((e.end_date for e in linked), default=None),
            place=place, signers=who)


def _sum(amounts: Iterable[Decimal]) -> Decimal:
    return sum(amounts, ZERO)


def receipt_list(db: Database, grant_id: int) -> ReceiptList:
    """The receipts per side (cost, income) by date and number, the grant payments received,
    and the totals (which match `budget.budget_plan`'s actual amounts)."""
    header = grant_header(db, grant_id)
    rows = sorted(receipts.list_receipts(db, grant_id), key=lambda r: (r.issued_on, r.number))
    payments = tuple(receipts.list_payments(db, grant_id))
    costs = tuple(r for r in rows if r.budget_side == "cost")
    income = tuple(r for r in rows if r.budget_side == "income")
    cost_total, income_total = _sum(r.amount for r in costs), _sum(r.amount for r in income)
    payments_total = _sum(p.amount for p in payments if p.amount is not None)
    return ReceiptList(header=header, costs=costs, income=income, payments=payments,
                       cost_total=cost_total, income_total=income_total,
                       payments_total=payments_total,
                       balance=income_total + payments_total - cost_total)


def money_totals(rows: Iterable[GrantRow]) -> tuple[MoneyTotals, ...]:
    """Requested, approved and received per currency (a missing amount counts 0), by code."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for row in rows:
        total = sums[row.currency]
        total[0] += row.amount_requested or ZERO
        total[1] += row.amount_approved or ZERO
        total[2] += row.amount_received
    return tuple(MoneyTotals(currency, *values) for currency, values in sorted(sums.items()))


def grant_overview(db: Database, year: int) -> GrantOverview:
    """The applications of `year` (as the grant list filters them) by funder and title,
    with totals per currency and per funder."""
    rows = sorted(grants.list_grants(db, year=year),
                  key=lambda r: (r.funder.casefold(), r.title.casefold(), r.id))
    by_funder: dict[str, list[GrantRow]] = defaultdict(list)
    for row in rows:
        by_funder[row.funder].append(row)
    funders = tuple(FunderTotals(funder, totals) for funder, funder_rows in by_funder.items()
                    for totals in money_totals(funder_rows))
    return GrantOverview(year=year, grants=tuple(rows), totals=money_totals(rows),
                         by_funder=funders)
