"""What the exchange workspace edits and shows: the exchange form, participants, hosts, programme.

Frozen dataclasses, no ORM objects. Enum fields hold the stored values (strings), money is
`Decimal`, `version` is the optimistic-lock counter the row had when it was read (0 for a
record not saved yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal


@dataclass(frozen=True)
class ExchangeForm:
    """Every editable field of an exchange, its partner towns and (read-only) linked grants."""

    id: int | None = None
    title: str = ""
    kind: str = "youth_exchange"
    direction: str = "incoming"
    status: str = "idea"
    start_date: date | None = None
    end_date: date | None = None
    place: str = ""
    topics: str = ""
    goals: str = ""
    organiser_id: int | None = None
    capacity: int | None = None
    participant_fee: Decimal | None = None
    currency: str = "EUR"
    notes: str = ""
    partner_town_ids: tuple[int, ...] = ()
    grant_ids: tuple[int, ...] = ()  # shown only; grants link themselves to exchanges
    version: int = 0


@dataclass(frozen=True)
class ParticipantRow:
    """One participant of an exchange, with the age at the exchange's start."""

    id: int
    contact_id: int
    name: str  # Latin script: "Family, Given" (falls back to the native name)
    native_name: str  # as written natively (e.g. Cyrillic), may be empty
    role: str
    side: str
    status: str
    arrives_on: date | None
    departs_on: date | None
    fee_due: Decimal | None
    fee_paid: Decimal | None
    birth_date: date | None
    age_at_start: int | None  # None when the birth date is unknown
    minor: bool | None  # under 18 at the start; None when unknown
    signature_collected: bool
    visa_status: str
    visa_applied_on: date | None
    visa_issued_on: date | None
    insurance: str
    emergency_contact_id: int | None
    emergency_contact_name: str
    emergency_contact_phone: str
    version: int


@dataclass(frozen=True)
class ParticipantCounts:
    """Participants counted per side and per role (cancelled left out) and per status (all)."""

    by_side: dict[str, int] = field(default_factory=dict)
    by_role: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    total: int = 0  # not cancelled


@dataclass(frozen=True)
class NewPerson:
    """The few fields of a person created inline while adding participants."""

    given_name: str = ""
    family_name: str = ""
    given_name_native: str = ""
    family_name_native: str = ""
    birth_date: date | None = None
    gender: str = "unknown"
    side: str = "home"
    languages: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class HealthData:
    """Allergies, medication and diet of one participation. Sensitive: never log it."""

    participation_id: int
    allergies: str = ""
    medication: str = ""
    diet: str = ""
    version: int = 0  # 0: nothing stored yet

    def __repr__(self) -> str:  # keeps the content out of tracebacks and log lines
        return f"HealthData(participation_id={self.participation_id}, version={self.version})"


@dataclass(frozen=True)
class PlacementRow:
    """A guest staying with a host from one date to another."""

    id: int
    participation_id: int
    guest_contact_id: int
    guest_name: str
    host_id: int
    host_name: str
    from_date: date
    to_date: date
    version: int


@dataclass(frozen=True)
class CancelResult:
    """A cancelled participation's new version and the host placements removed with it."""

    version: int
    removed_placements: tuple[PlacementRow, ...] = ()


@dataclass(frozen=True)
class HostWarning:
    """Something off with a host: `kind` is one of `services.hosting.WARNING_KINDS`.

    `message` is an English source string (context "Exchanges") to translate, then fill
    with `params`; `participation_id` is None for warnings about the host as a whole.
    """

    kind: str
    host_id: int
    participation_id: int | None
    params: dict[str, object] = field(default_factory=dict)
    message: str = ""


@dataclass(frozen=True)
class ProgrammeItemForm:
    """One programme item, as listed and as edited."""

    exchange_id: int
    day: date | None = None
    id: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    title: str = ""
    title_native: str = ""
    place: str = ""
    responsible_id: int | None = None
    responsible_name: str = ""
    notes: str = ""
    version: int = 0


@dataclass(frozen=True)
class ConsentStatus:
    """One consent purpose of a participant for this exchange: given, withdrawn or missing.

    `needed` is True where the checks require it (a travelling minor's travel consent);
    `given_by` names the guardian who signed ("" when the person gave it themself).
    """

    purpose: str
    state: str  # "given" | "withdrawn" | "missing"
    needed: bool = False
    given_on: date | None = None
    given_by: str = ""
    channel: str = ""
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class GuardianRef:
    """A guardian of a participant, with the relation ("Mutter") and a phone number."""

    contact_id: int
    name: str
    relation: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ParticipantPapers:
    """What the *Youth* and *Travel documents* tabs show beyond a `ParticipantRow`.

    Built from the same data and rules as the checks, so the tabs and the findings agree:
    `travels` (crosses a border for this exchange), the guardians, one `ConsentStatus` per
    purpose of `checks.consents.YOUTH_PURPOSES`, the emergency contact as shown (the linked
    contact's name and phone unless typed ones are stored) and the linked contact's name
    alone, the passport name present and the latest passport expiry (never the number).
    """

    participation_id: int
    travels: bool
    guardians: tuple[GuardianRef, ...] = ()
    consents: tuple[ConsentStatus, ...] = ()
    emergency_contact: str = ""
    emergency_contact_linked: str = ""
    passport_name: bool = False
    passport_expires_on: date | None = None
