"""What the reports need beyond the lists and forms of the other DTO modules.

Frozen dataclasses, no ORM objects; enum fields hold the stored values (strings).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# --- the papers of an exchange (participant list, emergency sheet, travel list, hosts) ---


@dataclass(frozen=True)
class FundingRef:
    """A grant application linked to an exchange: the funder and its file number."""

    funder: str
    file_reference: str = ""


@dataclass(frozen=True)
class ExchangePaperHeader:
    """The head of an exchange's papers: what funders want to see above a list."""

    exchange_id: int
    title: str
    kind: str
    direction: str
    place: str
    start_date: date
    end_date: date
    programme_days: int  # arrival and departure day counting as one (`checks.rules`)
    association: str = ""
    home_town: str = ""
    partner_towns: tuple[str, ...] = ()  # names as the association writes them
    funding: tuple[FundingRef, ...] = ()  # live applications (not rejected or withdrawn)

    @property
    def file_references(self) -> str:
        """The funders' file numbers, comma-separated (empty when none is known yet)."""
        return ", ".join(dict.fromkeys(f.file_reference for f in self.funding
                                       if f.file_reference))


@dataclass(frozen=True)
class PersonDetails:
    """What the papers print about a person beyond a `ParticipantRow`.

    `passport_*` is the name as typed from the passport (Latin; empty when not recorded).
    Phone numbers and the address are personal data: print them, never log them.
    """

    contact_id: int
    family_name: str = ""
    given_name: str = ""
    family_name_native: str = ""
    given_name_native: str = ""
    passport_family_name: str = ""
    passport_given_name: str = ""
    gender: str = "unknown"
    birth_date: date | None = None
    birth_place: str = ""
    nationality: str = ""
    street: str = ""
    address_extra: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    mobile: str = ""

    @property
    def phones(self) -> str:
        """Phone and mobile number, as far as known."""
        return " · ".join(dict.fromkeys(p for p in (self.phone, self.mobile) if p))

    @property
    def address(self) -> str:
        """The postal address on one line: street, extra, postcode and town."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, self.address_extra, town) if p)

    def __repr__(self) -> str:  # keeps addresses and phone numbers out of log lines
        return f"PersonDetails(contact_id={self.contact_id})"
