"""The contact fields an import column can be mapped to, with their labels for the UI.

Most are columns of `Contact`; a few are helpers that staging combines: `full_name` (split
into family and given name when no name column is filled), `house_number` (appended to the
street), `birth_year`/`birth_month`/`birth_day` (Thunderbird keeps the birthday in three
columns), `roles` (comma separated), `member_number`, `joined_on` and `left_on` (a membership), and
`uuid` (the PartnerDesk ID of an export: the same contact when it is there already).
"""

from __future__ import annotations

from partnerdesk.messages import QT_TRANSLATE_NOOP

IGNORE = ""
"""The mapping target of a column that is not imported."""

FIELDS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("Import", "Person or organisation"),
    "salutation": QT_TRANSLATE_NOOP("Import", "Salutation"),
    "title": QT_TRANSLATE_NOOP("Import", "Title"),
    "given_name": QT_TRANSLATE_NOOP("Import", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Import", "Family name"),
    "full_name": QT_TRANSLATE_NOOP("Import", "Full name (split)"),
    "given_name_native": QT_TRANSLATE_NOOP("Import", "Given name (native script)"),
    "family_name_native": QT_TRANSLATE_NOOP("Import", "Family name (native script)"),
    "passport_given_name": QT_TRANSLATE_NOOP("Import", "Given name as in passport"),
    "passport_family_name": QT_TRANSLATE_NOOP("Import", "Family name as in passport"),
    "organisation_name": QT_TRANSLATE_NOOP("Import", "Organisation"),
    "organisation_kind": QT_TRANSLATE_NOOP("Import", "Kind of organisation"),
    "gender": QT_TRANSLATE_NOOP("Import", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Import", "Birth date"),
    "birth_year": QT_TRANSLATE_NOOP("Import", "Birth year"),
    "birth_month": QT_TRANSLATE_NOOP("Import", "Birth month"),
    "birth_day": QT_TRANSLATE_NOOP("Import", "Birth day"),
    "birth_place": QT_TRANSLATE_NOOP("Import", "Birth place"),
    "nationality": QT_TRANSLATE_NOOP("Import", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("Import", "Languages"),
    "street": QT_TRANSLATE_NOOP("Import", "Street"),
    "house_number": QT_TRANSLATE_NOOP("Import", "House number"),
    "address_extra": QT_TRANSLATE_NOOP("Import", "Address extra"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Import", "Town"),
    "country": QT_TRANSLATE_NOOP("Import", "Country"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Import", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Import", "Website"),
    "side": QT_TRANSLATE_NOOP("Import", "Side"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "roles": QT_TRANSLATE_NOOP("Import", "Roles (comma separated)"),
    "member_number": QT_TRANSLATE_NOOP("Import", "Member number"),
    "joined_on": QT_TRANSLATE_NOOP("Import", "Member since"),
    "left_on": QT_TRANSLATE_NOOP("Import", "Member until"),
    "uuid": QT_TRANSLATE_NOOP("Import", "PartnerDesk ID"),
}

NAME_FIELDS = ("given_name", "family_name", "given_name_native", "family_name_native")
PERSON_NAME_FIELDS = ("given_name", "family_name", "family_name_native")
"""A person needs one of these (the `has_name` constraint of `Contact`)."""
