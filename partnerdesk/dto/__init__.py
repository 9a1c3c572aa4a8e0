"""Frozen data passed from services to the UI, the CLI and reports (never live ORM objects).

One module per area beside this one (e.g. `dto.contacts`); the list rows live here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: int
    kind: str
    display_name: str
    native_name: str
    city: str
    country: str
    side: str
    email: str
    phone: str
    roles: tuple[str, ...]
    birth_date: date | None
    sort_key: str = ""


@dataclass(frozen=True)
class ExchangeRow:
    """One line of the exchange list, with participant counts."""

    id: int
    title: str
    kind: str
    direction: str
    status: str
    start_date: date
    end_date: date
    place: str
    partner_towns: tuple[str, ...]
    participants_by_side: dict[str, int] = field(default_factory=dict)
    participants_by_status: dict[str, int] = field(default_factory=dict)
    participants_total: int = 0


@dataclass(frozen=True)
class MilestoneRef:
    """The next open milestone of a grant application."""

    kind: str
    title: str
    due_on: date


@dataclass(frozen=True)
class GrantRow:
    """One line of the grant list, with its amounts."""

    id: int
    title: str
    funder: str
    programme: str
    file_reference: str
    status: str
    currency: str
    amount_requested: Decimal | None
    amount_approved: Decimal | None
    amount_received: Decimal
    planned_costs: Decimal
    actual_costs: Decimal
    next_milestone: MilestoneRef | None
    exchanges: tuple[str, ...] = ()  # titles of the linked exchanges, by start date
    planned_income: Decimal = Decimal("0.00")
    actual_income: Decimal = Decimal("0.00")  # receipts on the income side + payments received


@dataclass(frozen=True)
class BoardMemberData:
    """A board member who signs."""

    name: str
    function: str = ""
    signs: bool = True


@dataclass(frozen=True)
class AssociationProfileData:
    """The association's profile as the profile dialog edits it."""

    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    register_number: str = ""
    home_town: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    logo: bytes | None = None
    logo_mime: str = ""
    default_currency: str = "EUR"
    default_report_language: str = "de"
    board: tuple[BoardMemberData, ...] = ()
    version: int = 0


@dataclass(frozen=True)
class PartnerTownRow:
    """A partner town with its current status."""

    id: int
    name: str
    name_native: str
    country: str
    relation: str
    status: str
    since: date | None


@dataclass(frozen=True)
class OverviewData:
    """What the dashboard shows."""

    association_name: str
    contacts: int
    exchanges: int
    grants: int
    upcoming: tuple[ExchangeRow, ...]
    partner_towns: tuple[PartnerTownRow, ...]


@dataclass(frozen=True)
class BackupInfo:
    """A backup file of the open database."""

    path: Path
    kind: str
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class CheckReport:
    """The result of `partnerdesk check`."""

    target: str
    revision: str
    counts: dict[str, int]
