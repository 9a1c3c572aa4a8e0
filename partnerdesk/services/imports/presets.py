"""Presets for the usual exports and the header synonyms every import understands.

A preset maps the column headers of one program's export to contact fields; a header it
lists as `IGNORE` is known (it helps recognise the file) but not imported. Several columns may
feed one field: the first filled one wins, the others go to the notes (nothing is lost).
"""

from __future__ import annotations

import re
import unicodedata

from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.exports.columns import COLUMNS as EXPORT_COLUMNS
from partnerdesk.services.imports.fields import FIELDS, IGNORE

PRESET_LABELS: dict[str, str] = {
    "outlook_de": QT_TRANSLATE_NOOP("Import", "Outlook (German)"),
    "outlook_en": QT_TRANSLATE_NOOP("Import", "Outlook (English)"),
    "google": QT_TRANSLATE_NOOP("Import", "Google Contacts"),
    "thunderbird": QT_TRANSLATE_NOOP("Import", "Thunderbird"),
    "member_list": QT_TRANSLATE_NOOP("Import", "Member list (Excel)"),
    "vcard": QT_TRANSLATE_NOOP("Import", "vCard"),
    "partnerdesk": QT_TRANSLATE_NOOP("Import", "PartnerDesk export"),
}

_PRESETS_RAW: dict[str, dict[str, str]] = {
    # the headers of services.exports (CSV and XLSX), so that an export imports again
    "partnerdesk": {header: field for field, header, _kind in EXPORT_COLUMNS},
    "outlook_de": {
        "Anrede": "salutation", "Titel": "title", "Vorname": "given_name",
        "Weitere Vornamen": IGNORE, "Nachname": "family_name", "Suffix": IGNORE,
        "Firma": "organisation_name", "Abteilung": IGNORE, "Position": IGNORE,
        "Straße geschäftlich": IGNORE, "Ort geschäftlich": IGNORE,
        "Postleitzahl geschäftlich": IGNORE, "Land/Region geschäftlich": IGNORE,
        "Straße privat": "street", "Straße privat 2": "address_extra",
        "Ort privat": "city", "Postleitzahl privat": "postal_code",
        "Land/Region privat": "country", "Bundesland/Kanton privat": IGNORE,
        "Telefon geschäftlich": "phone", "Telefon privat": "phone",
        "Telefon geschäftlich 2": "phone", "Telefon privat 2": "phone",
        "Mobiltelefon": "mobile", "Fax geschäftlich": IGNORE,
        "E-Mail-Adresse": "email", "E-Mail-Anzeigename": IGNORE, "E-Mail 2: Adresse": "email",
        "E-Mail 3: Adresse": "email", "Geburtstag": "birth_date", "Geschlecht": "gender",
        "Notizen": "notes", "Webseite": "website", "Kategorien": IGNORE,
    },
    "outlook_en": {
        "Title": "title", "First Name": "given_name", "Middle Name": IGNORE,
        "Last Name": "family_name", "Suffix": IGNORE, "Company": "organisation_name",
        "Department": IGNORE, "Job Title": IGNORE, "Business Street": IGNORE,
        "Business City": IGNORE, "Business Postal Code": IGNORE,
        "Home Street": "street", "Home Street 2": "address_extra", "Home City": "city",
        "Home State": IGNORE, "Home Postal Code": "postal_code",
        "Home Country/Region": "country", "Business Phone": "phone", "Home Phone": "phone",
        "Business Phone 2": "phone", "Home Phone 2": "phone", "Mobile Phone": "mobile",
        "Business Fax": IGNORE, "E-mail Address": "email", "E-mail Display Name": IGNORE,
        "E-mail 2 Address": "email", "E-mail 3 Address": "email", "Birthday": "birth_date",
        "Gender": "gender", "Notes": "notes", "Web Page": "website", "Categories": IGNORE,
    },
    "google": {
        "Name": "full_name", "Given Name": "given_name", "Additional Name": IGNORE,
        "Family Name": "family_name", "First Name": "given_name", "Middle Name": IGNORE,
        "Last Name": "family_name", "Name Prefix": "title", "Name Suffix": IGNORE,
        "Nickname": IGNORE, "File As": IGNORE, "Birthday": "birth_date", "Gender": "gender",
        "Notes": "notes", "Group Membership": IGNORE, "Labels": IGNORE,
        "E-mail 1 - Type": IGNORE, "E-mail 1 - Label": IGNORE, "E-mail 1 - Value": "email",
        "E-mail 2 - Type": IGNORE, "E-mail 2 - Label": IGNORE, "E-mail 2 - Value": "email",
        "Phone 1 - Type": IGNORE, "Phone 1 - Label": IGNORE, "Phone 1 - Value": "phone",
        "Phone 2 - Type": IGNORE, "Phone 2 - Label": IGNORE, "Phone 2 - Value": "phone",
        "Phone 3 - Type": IGNORE, "Phone 3 - Label": IGNORE, "Phone 3 - Value": "phone",
        "Address 1 - Type": IGNORE, "Address 1 - Label": IGNORE,
        "Address 1 - Formatted": IGNORE, "Address 1 - Street": "street",
        "Address 1 - City": "city", "Address 1 - PO Box": IGNORE, "Address 1 - Region": IGNORE,
        "Address 1 - Postal Code": "postal_code", "Address 1 - Country": "country",
        "Address 1 - Extended Address": "address_extra",
        "Organization 1 - Name": "organisation_name", "Organization Name": "organisation_name",
        "Organization 1 - Title": IGNORE, "Organization Title": IGNORE,
        "Website 1 - Type": IGNORE, "Website 1 - Label": IGNORE, "Website 1 - Value": "website",
    },
    "thunderbird": {
        "Vorname": "given_name", "Nachname": "family_name", "Anzeigename": "full_name",
        "Spitzname": IGNORE, "Primäre E-Mail-Adresse": "email",
        "Sekundäre E-Mail-Adresse": "email", "Tel. dienstlich": "phone", "Tel. privat": "phone",
        "Fax-Nummer": IGNORE, "Pager-Nummer": IGNORE, "Mobil-Tel.-Nr.": "mobile",
        "Privat: Adresse": "street", "Privat: Adresse 2": "address_extra",
        "Privat: Ort": "city", "Privat: Bundesland": IGNORE, "Privat: PLZ": "postal_code",
        "Privat: Land": "country", "Dienstlich: Adresse": IGNORE, "Dienstlich: Ort": IGNORE,
        "Dienstlich: PLZ": IGNORE, "Arbeitstitel": IGNORE, "Abteilung": IGNORE,
        "Organisation": "organisation_name", "Webseite 1": "website", "Webseite 2": IGNORE,
        "Geburtsjahr": "birth_year", "Geburtsmonat": "birth_month", "Geburtstag": "birth_day",
        "Notizen": "notes",
        "First Name": "given_name", "Last Name": "family_name", "Display Name": "full_name",
        "Nickname": IGNORE, "Primary Email": "email", "Secondary Email": "email",
        "Screen Name": IGNORE, "Work Phone": "phone", "Home Phone": "phone",
        "Fax Number": IGNORE, "Pager Number": IGNORE, "Mobile Number": "mobile",
        "Home Address": "street", "Home Address 2": "address_extra", "Home City": "city",
        "Home State": IGNORE, "Home ZipCode": "postal_code", "Home Country": "country",
        "Work Address": IGNORE, "Work City": IGNORE, "Work ZipCode": IGNORE,
        "Job Title": IGNORE, "Department": IGNORE, "Organization": "organisation_name",
        "Web Page 1": "website", "Web Page 2": IGNORE, "Birth Year": "birth_year",
        "Birth Month": "birth_month", "Birth Day": "birth_day", "Notes": "notes",
    },
    "member_list": {
        "Name": "family_name", "Nachname": "family_name", "Vorname": "given_name",
        "Anrede": "salutation", "Titel": "title", "Straße": "street", "Strasse": "street",
        "Hausnummer": "house_number", "Hausnr.": "house_number", "PLZ": "postal_code",
        "Ort": "city", "Wohnort": "city", "Land": "country", "Geburtsdatum": "birth_date",
        "Geburtsort": "birth_place", "E-Mail": "email", "Email": "email", "Telefon": "phone",
        "Tel.": "phone", "Mobil": "mobile", "Handy": "mobile",
        "Mitgliedsnummer": "member_number", "Mitgliedsnr.": "member_number",
        "Mitglieds-Nr.": "member_number", "Eintritt": "joined_on",
        "Eintrittsdatum": "joined_on", "Mitglied seit": "joined_on", "Austritt": "left_on",
        "Bemerkung": "notes", "Bemerkungen": "notes", "Geschlecht": "gender",
    },
}

# Headers understood without a preset (German, English, Russian), besides the field keys
# and their English labels.
_SYNONYMS_RAW: dict[str, tuple[str, ...]] = {
    "salutation": ("Anrede", "Salutation", "Обращение"),
    "title": ("Titel", "Title", "Akad. Titel"),
    "given_name": ("Vorname", "First name", "Given name", "Forename"),
    "family_name": ("Nachname", "Familienname", "Last name", "Surname", "Family name"),
    "full_name": ("Name", "Full name", "Display name", "Anzeigename", "ФИО"),
    "given_name_native": ("Имя", "Vorname (kyrillisch)"),
    "family_name_native": ("Фамилия", "Nachname (kyrillisch)"),
    "organisation_name": ("Firma", "Organisation", "Organization", "Company", "Verein",
                          "Institution", "Организация"),
    "gender": ("Geschlecht", "Gender", "Sex", "Пол"),
    "birth_date": ("Geburtsdatum", "Geburtstag", "Birthday", "Date of birth", "Birthdate",
                   "Дата рождения"),
    "birth_place": ("Geburtsort", "Place of birth", "Место рождения"),
    "nationality": ("Staatsangehörigkeit", "Nationalität", "Citizenship", "Гражданство"),
    "street": ("Straße", "Strasse", "Adresse", "Address", "Улица", "Адрес"),
    "house_number": ("Hausnummer", "Hausnr.", "Hausnr"),
    "address_extra": ("Adresszusatz", "Address line 2"),
    "postal_code": ("PLZ", "Postleitzahl", "Postcode", "Postal code", "ZIP", "Zip code",
                    "Индекс", "Почтовый индекс"),
    "city": ("Ort", "Stadt", "Wohnort", "City", "Town", "Город"),
    "country": ("Land", "Country", "Страна"),
    "phone": ("Telefon", "Tel.", "Tel", "Phone", "Telephone", "Телефон"),
    "mobile": ("Mobil", "Mobiltelefon", "Handy", "Mobile", "Cell", "Мобильный",
               "Мобильный телефон"),
    "email": ("E-Mail", "Email", "E-mail address", "Mail", "Эл. почта", "Электронная почта"),
    "website": ("Webseite", "Homepage", "Internet", "Web", "URL", "Сайт"),
    "side": ("Seite",),
    "notes": ("Notizen", "Bemerkung", "Bemerkungen", "Anmerkungen", "Kommentar", "Comment",
              "Примечание", "Примечания"),
    "roles": ("Rollen", "Rolle", "Roles", "Tags", "Роли"),
    "member_number": ("Mitgliedsnummer", "Mitgliedsnr.", "Mitglieds-Nr.", "Member no.",
                      "Membership number"),
    "joined_on": ("Eintritt", "Eintrittsdatum", "Mitglied seit", "Joined", "Member since"),
    "left_on": ("Austritt", "Austrittsdatum", "Left", "Member until"),
}

_SUFFIX = re.compile(r"\s*\(\d+\)$")
_SPACES = re.compile(r"\s+")


def normalise_header(header: str) -> str:
    """A header as presets compare it: NFC, case-folded, single spaces, no `(2)` suffix."""
    text = unicodedata.normalize("NFC", str(header)).replace("\ufeff", "").strip().strip('"')
    text = _SPACES.sub(" ", _SUFFIX.sub("", text)).strip().rstrip(":").strip()
    return text.casefold().replace("ё", "е")


PRESETS: dict[str, dict[str, str]] = {
    name: {normalise_header(h): f for h, f in table.items()} for name, table in _PRESETS_RAW.items()
}
"""Each preset: normalised header → field (or IGNORE)."""

SYNONYMS: dict[str, str] = {}
"""Normalised header → field, understood in any file."""
for _field, _label in FIELDS.items():
    SYNONYMS.setdefault(normalise_header(_field), _field)
    SYNONYMS.setdefault(normalise_header(_label), _field)
for _field, _names in _SYNONYMS_RAW.items():
    for _name in _names:
        SYNONYMS.setdefault(normalise_header(_name), _field)

KNOWN_HEADERS: frozenset[str] = frozenset(SYNONYMS).union(*(set(p) for p in PRESETS.values()))
"""Every normalised header some preset or synonym knows (used to find the header row)."""


def _best_preset(normalised: list[str]) -> str | None:
    best, best_score = None, 1
    for name, table in PRESETS.items():
        score = sum(1 for header in normalised if header in table)
        if score > best_score:
            best, best_score = name, score
    return best


def suggest_mapping(headers: list[str] | tuple[str, ...]) -> tuple[str | None, dict[str, str]]:
    """The preset the headers come from (or None) and a mapping header → field."""
    normalised = [normalise_header(h) for h in headers]
    preset = _best_preset(normalised)
    table = PRESETS.get(preset or "", {})
    mapping: dict[str, str] = {}
    for header, norm in zip(headers, normalised, strict=True):
        mapping[header] = table[norm] if norm in table else SYNONYMS.get(norm, IGNORE)
    has_given = any(f in ("given_name", "given_name_native") for f in mapping.values())
    for header, norm in zip(headers, normalised, strict=True):
        # "Name" beside "Vorname" is the family name; alone it is the whole name
        if norm == "name" and mapping[header] in ("family_name", "full_name"):
            mapping[header] = "family_name" if has_given and preset != "google" else "full_name"
    return preset, mapping
