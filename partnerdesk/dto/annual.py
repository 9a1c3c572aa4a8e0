"""What the board's reports show beyond the list rows: the grant's header, the list of
receipts and the grant overview (`services.grant_reports`), and the annual activity report
(`services.annual`).

Frozen dataclasses, no ORM objects. Enum fields hold the stored values (strings), money is
`Decimal` (never float), counts are `int`. Count dicts are keyed by stored values (sides,
genders) or by the age bands of `services.annual.AGE_BANDS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from partnerdesk.dto import GrantRow
from partnerdesk.dto.grants import PaymentForm, ReceiptRow


@dataclass(frozen=True)
class LinkedExchange:
    """An exchange a grant application is for, with its dates."""

    id: int
    title: str
    start_date: date
    end_date: date
    place: str = ""


@dataclass(frozen=True)
class Signer:
    """A board member who signs documents for the association."""

    name: str
    function: str = ""


@dataclass(frozen=True)
class GrantHeader:
    """What the head of a grant's papers names: funder, programme, file reference,
    linked exchanges and their period (None when no exchange is linked), and who signs."""

    id: int
    title: str
    funder: str
    programme: str
    file_reference: str
    status: str
    currency: str
    amount_requested: Decimal | None
    amount_approved: Decimal | None
    exchanges: tuple[LinkedExchange, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    place: str = ""  # the association's town, for "place, date" above a signature
    signers: tuple[Signer, ...] = ()


@dataclass(frozen=True)
class ReceiptList:
    """The list of receipts (Belegliste) of one application, per side in date order, with
    the grant payments received and the totals.

    `cost_total` equals the plan's actual costs; `income_total` (receipts on income lines)
    plus `payments_total` equals the plan's actual income; `balance` is income minus costs.
    """

    header: GrantHeader
    costs: tuple[ReceiptRow, ...]
    income: tuple[ReceiptRow, ...]
    payments: tuple[PaymentForm, ...]
    cost_total: Decimal
    income_total: Decimal
    payments_total: Decimal
    balance: Decimal


@dataclass(frozen=True)
class MoneyTotals:
    """Requested, approved and received amounts in one currency."""

    currency: str
    requested: Decimal
    approved: Decimal
    received: Decimal


@dataclass(frozen=True)
class FunderTotals:
    """One funder's requested, approved and received money in one currency."""

    funder: str
    totals: MoneyTotals


@dataclass(frozen=True)
class GrantOverview:
    """The applications of a year (the grant list's year rule), with totals per currency
    and per funder (funders by name)."""

    year: int
    grants: tuple[GrantRow, ...]
    totals: tuple[MoneyTotals, ...]
    by_funder: tuple[FunderTotals, ...]


@dataclass(frozen=True)
class TownRef:
    """A partner town's name in German and in its own script."""

    name: str
    name_native: str = ""


@dataclass(frozen=True)
class AnnualExchange:
    """An exchange of the year with the people who took part and their participant-days."""

    id: int
    title: str
    kind: str
    direction: str
    status: str
    start_date: date
    end_date: date
    place: str
    partner_towns: tuple[TownRef, ...]
    by_side: dict[str, int] = field(default_factory=dict)
    participants: int = 0
    participant_days: int = 0


@dataclass(frozen=True)
class YearSides:
    """Participants of one year's exchanges per side (for the chart over the years)."""

    year: int
    by_side: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class TownStatus:
    """A partner town and its status at the end of the year, since when."""

    name: str
    name_native: str
    country: str
    relation: str
    status: str
    since: date | None
    note: str = ""


@dataclass(frozen=True)
class AnnualReport:
    """The year in figures for the general assembly.

    Participants are participations (registered or confirmed) in the year's exchanges that
    were not cancelled; `people` counts each person once. `by_age` is keyed by the age
    bands of `services.annual.AGE_BANDS` (age at the exchange's start) and "unknown";
    `by_side_and_age` maps a side to its counts per age band.
    """

    year: int
    exchanges: tuple[AnnualExchange, ...]
    participants: int
    people: int
    participant_days: int
    by_side: dict[str, int]
    by_age: dict[str, int]
    by_gender: dict[str, int]
    by_side_and_age: dict[str, dict[str, int]]
    history: tuple[YearSides, ...]
    grants: tuple[GrantRow, ...]
    grant_totals: tuple[MoneyTotals, ...]
    towns: tuple[TownStatus, ...]
