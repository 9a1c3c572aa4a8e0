"""What duplicate detection and merging hand to the UI, the CLI and the importer.

Reasons and reference kinds are machine keys; `REASON_LABELS` and `REFERENCE_LABELS` give
their English source texts, marked for translation in the context "Duplicates" (translate
with `QCoreApplication.translate("Duplicates", label)`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerdesk.messages import QT_TRANSLATE_NOOP

REASON_LABELS = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "same name"),
    "birth_date": QT_TRANSLATE_NOOP("Duplicates", "same birth date"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "same e-mail address"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "same phone number"),
    "organisation": QT_TRANSLATE_NOOP("Duplicates", "same organisation name"),
}
REFERENCE_LABELS = {
    "roles": QT_TRANSLATE_NOOP("Duplicates", "Roles"),
    "memberships": QT_TRANSLATE_NOOP("Duplicates", "Memberships"),
    "organisation_links": QT_TRANSLATE_NOOP("Duplicates", "Links to organisations or people"),
    "guardianships": QT_TRANSLATE_NOOP("Duplicates", "Guardians and wards"),
    "host_profile": QT_TRANSLATE_NOOP("Duplicates", "Host profile"),
    "passports": QT_TRANSLATE_NOOP("Duplicates", "Passports"),
    "consents": QT_TRANSLATE_NOOP("Duplicates", "Consents"),
    "consents_as_guardian": QT_TRANSLATE_NOOP("Duplicates", "Consents given as guardian"),
    "correspondence": QT_TRANSLATE_NOOP("Duplicates", "Correspondence"),
    "participations": QT_TRANSLATE_NOOP("Duplicates", "Participations"),
    "emergency_contact_for": QT_TRANSLATE_NOOP("Duplicates", "Emergency contact for"),
    "host_placements": QT_TRANSLATE_NOOP("Duplicates", "Guests hosted"),
    "programme_items": QT_TRANSLATE_NOOP("Duplicates", "Programme items responsible for"),
    "exchanges_organised": QT_TRANSLATE_NOOP("Duplicates", "Exchanges organised"),
    "funder_profiles": QT_TRANSLATE_NOOP("Duplicates", "Funder profiles"),
    "grant_applications": QT_TRANSLATE_NOOP("Duplicates", "Grant applications as funder"),
}
SURVIVOR, OTHER, BOTH = "survivor", "other", "both"  # which value a merged field keeps


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing contact that may be the same as the one being saved or imported.

    `score` runs from 0 to 100; `STRONG_SCORE` (services.duplicates) and above is a likely
    duplicate. `reasons` are keys of `REASON_LABELS`.
    """

    contact_id: int
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DuplicatePair:
    """Two stored contacts that may be one person or organisation (`a_id < b_id`)."""

    a_id: int
    b_id: int
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MergeField:
    """One field of the two contacts side by side, as text for the review dialog.

    `name` is the Contact column (the UI labels it); `default` says which value a merge
    keeps unless the user chooses otherwise: "survivor", "other", or "both" (notes only:
    both texts, joined).
    """

    name: str
    survivor_value: str
    other_value: str
    differs: bool
    default: str


@dataclass(frozen=True)
class MergePreview:
    """Two contacts side by side before a merge; pass the versions back to `merge_contacts`."""

    survivor_id: int
    other_id: int
    survivor_name: str
    other_name: str
    survivor_version: int
    other_version: int
    fields: tuple[MergeField, ...]
    survivor_references: dict[str, int] = field(default_factory=dict)
    other_references: dict[str, int] = field(default_factory=dict)

    @property
    def expected_versions(self) -> tuple[int, int]:
        """The versions `merge_contacts` must find (optimistic locking)."""
        return (self.survivor_version, self.other_version)


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: the survivor's new version, the log row, the references moved."""

    survivor_id: int
    survivor_version: int
    merged_uuid: str
    log_id: int
    moved: dict[str, int] = field(default_factory=dict)
    folded: dict[str, int] = field(default_factory=dict)
