"""The text a contact is found by: names in every script, e-mail, town and phone digits.

Kept in `Contact.search_text`, lower-cased with `casefold()` in Python (SQLite's `lower()`
knows only ASCII), and refreshed on every insert and update.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import event

from partnerdesk.domain.contacts import Contact

_NON_DIGITS = re.compile(r"\D+")


def fold(text: str) -> str:
    """Case-fold and unify `ё`→`е` so that search does not depend on case or on `ё`."""
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def sort_fold(text: str) -> str:
    """Fold for sorting: Latin letters lose their accents as in German phone books
    (DIN 5007-1: ä→a, ö→o, ß→ss), Cyrillic keeps its letters (й stays after и), `ё` as `е`.
    """
    decomposed = unicodedata.normalize("NFD", fold(text).replace("ß", "ss"))
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1] < "\u0250":
            continue  # an accent on a Latin letter
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def contact_search_text(values: dict) -> str:
    """The folded search text of a contact given its column values."""
    parts = [
        values.get(key) or ""
        for key in (
            "given_name", "family_name", "given_name_native", "family_name_native",
            "passport_given_name", "passport_family_name", "organisation_name",
            "email", "city",
        )
    ]
    digits = [_NON_DIGITS.sub("", values.get(key) or "") for key in ("phone", "mobile")]
    return fold(" ".join(p for p in parts + digits if p))


def contact_sort_name(values: dict) -> str:
    """The key contacts are sorted by: family name, then given name (see `sort_fold`)."""
    if values.get("kind") == "organisation":
        return sort_fold(values.get("organisation_name") or "")[:250]
    family = values.get("family_name") or values.get("family_name_native") or ""
    given = values.get("given_name") or values.get("given_name_native") or ""
    return sort_fold(f"{family} {given}".strip())[:250]


def _column_values(contact: Contact) -> dict:
    return {c.key: getattr(contact, c.key) for c in Contact.__table__.columns}


@event.listens_for(Contact, "before_insert")
@event.listens_for(Contact, "before_update")
def _refresh_search_text(mapper, connection, contact: Contact) -> None:
    values = _column_values(contact)
    contact.search_text = contact_search_text(values)
    contact.sort_name = contact_sort_name(values)
