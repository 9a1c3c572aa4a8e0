"""What letters, labels and contact lists are made of: letter templates, the people they go
to (`Addressee`), and a letter's text with its fields filled in (`LetterText`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerdesk.dto import AssociationProfileData, ExchangeRow


@dataclass(frozen=True)
class LetterTemplateRow:
    """A letter template in the list of templates."""

    id: int
    name: str
    language: str  # de, ru, en or de+ru
    subject: str
    is_example: bool
    version: int


@dataclass(frozen=True)
class LetterTemplateForm:
    """Every editable field of a letter template; `version` is the one loaded (0: new)."""

    id: int | None = None
    name: str = ""
    language: str = "de"
    subject: str = ""
    body: str = ""
    is_example: bool = False
    version: int = 0


@dataclass(frozen=True)
class LetterField:
    """A field a template may use, written `{name}` (`{name_ru}`: in Russian, and so on).

    `description` is an English source text in the context "Letters"; `needs_exchange`
    says the letter must be written for an exchange.
    """

    name: str
    description: str
    needs_exchange: bool = False


@dataclass(frozen=True)
class Addressee:
    """A contact as lists, labels and letters show it (enum fields hold stored values)."""

    id: int
    kind: str
    gender: str = "unknown"
    salutation: str = ""  # as stored, e.g. "Frau"
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    given_name_native: str = ""
    family_name_native: str = ""
    passport_given_name: str = ""
    passport_family_name: str = ""
    organisation_name: str = ""
    street: str = ""
    address_extra: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    birth_date: date | None = None
    birth_place: str = ""
    nationality: str = ""
    roles: tuple[str, ...] = ()
    member_number: str = ""  # of a membership running today
    sort_key: str = ""


@dataclass(frozen=True)
class Birthday:
    """A birthday in a year: whose, on which day, and the age they turn."""

    addressee: Addressee
    month: int
    day: int
    turns: int


@dataclass(frozen=True)
class LetterInput:
    """What one letter needs besides the template: the person and, for an exchange, their
    passport (only when the template asks for it) and their hosts during the exchange."""

    addressee: Addressee
    passport_number: str = ""
    passport_expires: date | None = None
    hosts: tuple[Addressee, ...] = ()


@dataclass(frozen=True)
class LetterBatch:
    """Everything a run of letters needs: the template, the sender, the exchange (if any)
    and one input per addressee, in phone-book order."""

    template: LetterTemplateForm
    sender: AssociationProfileData
    exchange: ExchangeRow | None
    letters: tuple[LetterInput, ...]


@dataclass(frozen=True)
class LetterText:
    """One letter with its fields filled in; `missing` names the fields that were empty."""

    contact_id: int
    subject: str
    body: str
    missing: tuple[str, ...] = ()
