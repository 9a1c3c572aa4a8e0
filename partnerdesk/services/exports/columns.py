"""The columns of a contact export: field key, German header, kind of value."""

from __future__ import annotations

from datetime import date

from partnerdesk.domain import Contact

# (field, header, kind) — kind "text" stays text in XLSX (postcodes, phones keep leading
# zeros), "date" becomes a real date. Headers are German: PartnerDesk is German first, and the
# importer's "PartnerDesk" preset knows them.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("kind", "Art", "text"),
    ("salutation", "Anrede", "text"),
    ("title", "Titel", "text"),
    ("given_name", "Vorname", "text"),
    ("family_name", "Nachname", "text"),
    ("given_name_native", "Vorname (Originalschrift)", "text"),
    ("family_name_native", "Nachname (Originalschrift)", "text"),
    ("passport_given_name", "Vorname laut Pass", "text"),
    ("passport_family_name", "Nachname laut Pass", "text"),
    ("organisation_name", "Organisation", "text"),
    ("organisation_kind", "Art der Organisation", "text"),
    ("gender", "Geschlecht", "text"),
    ("birth_date", "Geburtsdatum", "date"),
    ("birth_place", "Geburtsort", "text"),
    ("nationality", "Staatsangehörigkeit", "text"),
    ("languages", "Sprachen", "text"),
    ("side", "Seite", "text"),
    ("street", "Straße", "text"),
    ("address_extra", "Adresszusatz", "text"),
    ("postal_code", "PLZ", "text"),
    ("city", "Ort", "text"),
    ("country", "Land", "text"),
    ("phone", "Telefon", "text"),
    ("mobile", "Mobil", "text"),
    ("email", "E-Mail", "text"),
    ("website", "Webseite", "text"),
    ("roles", "Rollen", "text"),
    ("notes", "Notizen", "text"),
    ("uuid", "PartnerDesk-ID", "text"),
)


def contact_record(contact: Contact, roles: list[str]) -> dict[str, object]:
    """A contact as an export record: strings, a date or None per column."""
    record: dict[str, object] = {}
    for field, _header, kind in COLUMNS:
        if field == "roles":
            value: object = ", ".join(roles)
        else:
            value = getattr(contact, field)
        if kind == "date":
            record[field] = value if isinstance(value, date) else None
        elif value is None:
            record[field] = ""
        else:
            record[field] = str(getattr(value, "value", value))
    return record
