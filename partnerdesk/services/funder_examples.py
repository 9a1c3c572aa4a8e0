"""The example funder profiles PartnerDesk ships, and the funder organisations they need.

They are examples, not the funders' rules: every profile is marked `is_example` and its note
asks to check the values against the funder's current guidelines before applying.
`funders.install_examples` adds them to a user's database; the demo association is built on
them (`demo_data.ORGANISATIONS`, `demo_grants`).
"""

from __future__ import annotations

from decimal import Decimal

from partnerdesk.domain.enums import ContactKind, OrganisationKind, Side

EXAMPLE_NOTE = (
    "Beispielprofil, von PartnerDesk mitgeliefert: Alle Werte sind Beispiele. Vor dem Antrag "
    "mit der aktuell gültigen Förderrichtlinie des Fördergebers abgleichen und anpassen."
)
"""The note of every example profile (German: the funders and their guidelines are)."""

# The funders, in the shape of `demo_data.ORGANISATIONS`: key, name, organisation kind,
# side, partner town key, street, postal code, city, country, phone, e-mail, roles.
# Phone and e-mail are the demo's placeholders; `install_examples` leaves them out.
EXAMPLE_FUNDERS = [
    ("drja", "Stiftung Deutsch-Russischer Jugendaustausch", "funder", "other", None,
     "Mittelweg 117b", "20149", "Hamburg", "DE", "040 8788680", "info@drja.example.org", ""),
    ("land", "Landesstiftung Sachsen für Jugend und Partnerschaft", "funder", "other", None,
     "Wilsdruffer Straße 24", "01067", "Dresden", "DE", "0351 5648820",
     "foerderung@landesstiftung-jp.example.org", ""),
]

# funder key, programme, min age, max age, min programme days, max participants per side,
# max leaders per side, participants per leader, daily rate, required documents,
# application weeks before the start, proof of use months after the end, retention years
EXAMPLE_PROFILES = [
    ("drja", "Jugendbegegnungen Deutschland–Russland", 12, 26, 5, 15, 2, 8, "30.00",
     "Antrag mit Programm; Kosten- und Finanzierungsplan; Teilnehmerliste mit Unterschriften; "
     "Sachbericht; Belegliste", 12, 2, 5),
    ("land", "Internationale Jugendbegegnungen", 8, 26, 5, 20, 3, 6, "20.00",
     "Antragsformular; Finanzierungsplan; Programm; Verwendungsnachweis mit Belegliste",
     8, 3, 10),
    ("land", "Schülerbegegnungen mit Partnerschulen", 10, 18, 4, 8, 1, None, "15.00",
     "Antragsformular; Programm; Teilnehmerliste; Sachbericht", 6, 2, 10),
]

_PROFILE_FIELDS = ("programme", "min_age", "max_age", "min_programme_days",
                   "max_participants_per_side", "max_leaders_per_side",
                   "participants_per_leader", "daily_rate", "required_documents",
                   "application_weeks_before", "proof_of_use_months_after", "retention_years")


def funder_row(example: tuple) -> dict:
    """The columns of an example funder's organisation contact (without the placeholders)."""
    _, name, kind, side, _, street, postal_code, city, country, *_ = example
    return {"kind": ContactKind.ORGANISATION, "organisation_name": name,
            "organisation_kind": OrganisationKind(kind), "side": Side(side), "street": street,
            "postal_code": postal_code, "city": city, "country": country}


def profile_row(example: tuple, funder_id: int) -> dict:
    """The columns of an example profile for the funder `funder_id`, marked as an example."""
    values = dict(zip(_PROFILE_FIELDS, example[1:], strict=True))
    values["daily_rate"] = Decimal(values["daily_rate"])
    return {"funder_id": funder_id, "is_example": True, "currency": "EUR",
            "notes": EXAMPLE_NOTE, **values}
