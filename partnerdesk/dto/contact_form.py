"""What the person and organisation form edits: one frozen `ContactForm` and its child rows.

The form is loaded by `services.contact_editing.load_contact`, changed by the dialog with
`dataclasses.replace` and saved whole by `save_contact`, which replaces the child lists by
the form's (rows are matched by `id`, so rows kept keep their uuid; `id=None` is a new row).
Enum fields hold the stored values (strings), as `dto.ContactRow` does. Passport data is
not part of the form (sensitive: loaded on demand with `load_passports`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerdesk.dto.duplicates import DuplicateCandidate
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError

MAYBE_DUPLICATE = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "This contact may already exist: {names}. Save anyway only if it is someone else.")


@dataclass(frozen=True)
class MembershipData:
    """A period of membership with its member number."""

    id: int | None = None
    number: str = ""
    joined_on: date | None = None
    left_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class LinkData:
    """A link to another contact: a person's organisation (with the person's function in
    it), an organisation's person, or a guardian (`function` then holds the relation, such
    as "Mutter"). `other_name` is the other side's display name, for showing only."""

    id: int | None = None
    other_id: int = 0
    other_name: str = ""
    function: str = ""


@dataclass(frozen=True)
class HostProfileData:
    """What a host family offers."""

    beds: int = 1
    pets: str = ""
    smoking: bool = False
    languages: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ConsentData:
    """A consent with its history: given by whom, when, how, withdrawn on.

    `guardian_name` is copied from the guardian contact on save, so the record stays
    complete when that contact is deleted later. `exchange_title` is for showing only.
    """

    id: int | None = None
    purpose: str = "data_processing"
    given_by: str = "self"
    guardian_id: int | None = None
    guardian_name: str = ""
    given_on: date | None = None
    channel: str = "paper"
    text_version: str = ""
    withdrawn_on: date | None = None
    exchange_id: int | None = None
    exchange_title: str = ""


@dataclass(frozen=True)
class CorrespondenceData:
    """A letter or e-mail in or out; `partner_town_id` is kept as it was stored."""

    id: int | None = None
    dated: date | None = None
    direction: str = "incoming"
    subject: str = ""
    summary: str = ""
    attachment_path: str = ""
    partner_town_id: int | None = None


@dataclass(frozen=True)
class PassportData:
    """One passport of a person (sensitive: never logged, loaded only on demand)."""

    id: int | None = None
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    issuing_country: str = ""
    version: int = 0


@dataclass(frozen=True)
class ContactForm:
    """Every editable field of a person or organisation and the lists that hang on it.

    `version` is the one loaded (optimistic locking; 0 for a new contact). Set
    `confirmed_not_duplicate` after the user said a new contact is not one of the possible
    duplicates `save_contact` reported. `wards` are shown only (edited on the ward's form).
    """

    id: int | None = None
    kind: str = "person"
    # person
    salutation: str = ""
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    given_name_native: str = ""
    family_name_native: str = ""
    passport_given_name: str = ""
    passport_family_name: str = ""
    gender: str = "unknown"
    birth_date: date | None = None
    birth_place: str = ""
    nationality: str = ""
    languages: str = ""
    # organisation
    organisation_name: str = ""
    organisation_kind: str | None = None
    # both
    side: str = "home"
    partner_town_id: int | None = None
    street: str = ""
    address_extra: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    phone: str = ""
    mobile: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""
    # lists
    roles: tuple[str, ...] = ()
    memberships: tuple[MembershipData, ...] = ()
    links: tuple[LinkData, ...] = ()
    guardians: tuple[LinkData, ...] = ()
    wards: tuple[LinkData, ...] = ()
    host_profile: HostProfileData | None = None
    consents: tuple[ConsentData, ...] = ()
    correspondence: tuple[CorrespondenceData, ...] = ()
    version: int = 0
    confirmed_not_duplicate: bool = False

    @property
    def display_name(self) -> str:
        """Family name, given name (or the organisation's name), as `Contact.display_name`."""
        if self.kind == "organisation":
            return self.organisation_name
        family = self.family_name or self.family_name_native
        given = self.given_name or self.given_name_native
        return ", ".join(part for part in (family, given) if part)


SCALAR_FIELDS = tuple(
    name for name in ContactForm.__dataclass_fields__
    if name not in {"id", "kind", "roles", "memberships", "links", "guardians", "wards",
                    "host_profile", "consents", "correspondence", "version",
                    "confirmed_not_duplicate"}
)
"""The form's fields that are plain columns of `Contact` (in form order)."""


@dataclass(frozen=True)
class PartnerTownChoice:
    """A partner town a contact can belong to (for the form's choice)."""

    id: int
    name: str
    name_native: str = ""


@dataclass(frozen=True)
class FieldProblem:
    """Something wrong with one field: `field` is a ContactForm field name (a list's name
    for a problem in a row, with `row` its index), `error` the translatable message."""

    field: str
    error: UserError
    row: int | None = None


@dataclass(frozen=True)
class DuplicateMatch:
    """A possible duplicate as the form shows it: who it is and why it matches."""

    contact_id: int
    display_name: str
    city: str
    birth_date: date | None
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class SaveResult:
    """What `save_contact` did: the contact's id and new version, and the possible
    duplicates found (weak ones for an edit, the confirmed ones for a new contact)."""

    contact_id: int
    version: int
    duplicates: tuple[DuplicateCandidate, ...] = ()


class PossibleDuplicates(UserError):  # noqa: N818 - a result the UI asks about, not a fault
    """A new contact was not saved: it looks like contacts already there (`matches`).

    Ask the user; to save anyway, pass the form again with `confirmed_not_duplicate=True`.
    """

    def __init__(self, matches: tuple[DuplicateMatch, ...]) -> None:
        super().__init__(MAYBE_DUPLICATE, "ContactEditing",
                         names="; ".join(m.display_name for m in matches))
        self.matches = matches


class DeleteRefused(UserError):
    """A contact cannot be deleted; `blockers` maps what blocks it ("participations",
    "host_placements", "funder_profiles", "grant_applications") to the titles concerned."""

    def __init__(self, message: str, blockers: dict[str, tuple[str, ...]], **params: object):
        super().__init__(message, "ContactEditing", **params)
        self.blockers = blockers
