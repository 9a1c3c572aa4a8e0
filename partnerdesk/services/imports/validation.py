"""One source row → the column values of a new contact, or `RowProblem` with the reason.

Text is cleaned (NFC, no control characters, Excel's `="01067"` and `'+49…` unwrapped),
postcodes and phones stay text, a Cyrillic name typed into a Latin field moves to the
native-script field, dates are parsed and birth dates checked. Whatever has no field of its
own (a second phone, a birthday without year, filled cells right of the header) is added to
the notes as `Header: value`, so an import loses nothing.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date

from partnerdesk.domain.contacts import Contact
from partnerdesk.domain.enums import ContactKind, ContactRole, Gender, Side
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.imports import vocabulary
from partnerdesk.services.imports.dates import PartialDate, RowProblem, check_birth_date, parse_date
from partnerdesk.services.imports.fields import NAME_FIELDS, PERSON_NAME_FIELDS
from partnerdesk.services.imports.mapping import Plan
from partnerdesk.services.imports.rows import RawRow

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.S)
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_MOBILE_TYPES = ("mobile", "cell", "handy", "mobil")
LENGTHS = {
    c.key: c.type.length for c in Contact.__table__.columns if getattr(c.type, "length", None)
}


@dataclass
class StagedRow:
    """A valid row: the contact's column values, its roles and its membership (if any)."""

    line: int
    values: dict[str, object]
    roles: list[ContactRole] = field(default_factory=list)
    membership: tuple[str, date, date | None] | None = None
    keys: set[tuple[str, str]] | None = None
    """The duplicate matcher's keys, once computed (None after the values changed)."""
    uuid: uuid.UUID | None = None
    """The PartnerDesk ID the row came with (an export of PartnerDesk)."""


def clean(text: str, *, multiline: bool = False) -> str:
    """A cell as stored: NFC, trimmed, without control characters or Excel's text guards."""
    if not text:
        return ""
    if text.isprintable() and text[:1] not in ("=", "'"):  # the common case, quickly
        return (text if unicodedata.is_normalized("NFC", text) else
                unicodedata.normalize("NFC", text)).strip()
    value = unicodedata.normalize("NFC", text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = value.replace("\n", " ")
    value = _CONTROL.sub("", value).strip()
    if match := _EXCEL_TEXT.match(value):
        value = match.group(1).replace('""', '"').strip()
    if value[:2] in ("'=", "'+", "'-", "'@"):
        value = value[1:]  # an export that neutralised a formula-like cell
    return value


def _gather(row: RawRow, plan: Plan) -> tuple[dict[str, str], list[str]]:
    """First filled value per field; later ones as `Header: value` notes."""
    found: dict[str, str] = {}
    notes: list[str] = []
    extra: list[str] = []
    for column in plan.columns:
        raw = row.cells[column.index] if column.index < len(row.cells) else ""
        if not raw:
            continue
        target = column.field
        value = clean(raw, multiline=target == "notes")
        if not value:
            continue
        if target == "notes":
            notes.append(value)
            continue
        if target == "phone" and column.type_index is not None:
            kind = row.cells[column.type_index].casefold() if column.type_index < len(
                row.cells) else ""
            if any(word in kind for word in _MOBILE_TYPES):
                target = "mobile"
        if target not in found:
            found[target] = value
        elif found[target] != value:
            extra.append(f"{column.header}: {value}")
    extra.extend(clean(v) for v in row.extra if clean(v))
    return found, notes + extra


def _split_full_name(text: str) -> tuple[str, str]:
    """'Schmidt, Anna' or 'Anna Schmidt' → (given, family)."""
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        return given, family
    parts = text.split()
    return (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else ("", text)


def _place_scripts(values: dict[str, object]) -> None:
    """Cyrillic in a Latin name field → the native field (and Latin the other way round)."""
    for latin, native in (("given_name", "given_name_native"),
                          ("family_name", "family_name_native")):
        lat, nat = str(values.get(latin, "")), str(values.get(native, ""))
        if lat and not nat and not lat.isascii() and _CYRILLIC.search(lat) and not (
                _LATIN.search(lat)):
            values[native], values[latin] = lat, ""
        elif nat and not lat and _LATIN.search(nat) and not _CYRILLIC.search(nat):
            values[latin], values[native] = nat, ""
    if not any(values.get(f) for f in PERSON_NAME_FIELDS) and values.get("given_name_native"):
        values["given_name"], values["given_name_native"] = values["given_name_native"], ""


def _date(text: str, notes: list[str], label: str, *, today: date) -> date | None:
    try:
        return parse_date(text, today=today)
    except PartialDate:
        notes.append(f"{label}: {text}")
        return None


def _birth_date(found: dict[str, str], notes: list[str], today: date) -> date | None:
    text = found.get("birth_date", "")
    if not text:
        parts = [found.get(f"birth_{p}", "") for p in ("day", "month", "year")]
        if any(ch in parts[0] for ch in ".-/"):
            text = parts[0]  # a whole date in Thunderbird's day column
        elif any(parts):
            if not all(parts):
                notes.append("Birthday: " + ".".join(p for p in parts if p))
                return None
            text = ".".join(parts)
        else:
            return None
    birth = _date(text, notes, "Birthday", today=today)
    if birth is not None:
        check_birth_date(birth, text, today=today)
    return birth


def _text_field(name: str, value: str) -> str:
    if name in ("phone", "mobile", "postal_code") and _SCIENTIFIC.match(value):
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "Import",
                "{value} is a number Excel has shortened; format the column as text and "
                "export again.",
            ),
            value=value,
        )
    limit = LENGTHS.get(name)
    if limit and len(value) > limit:
        raise RowProblem(
            QT_TRANSLATE_NOOP("Import", "{field} is longer than {max} characters."),
            field=name,  # a key of FIELDS: `imports.reason_text` shows its label
            max=limit,
        )
    return value


def _email(value: str, notes: list[str]) -> str:
    addresses = [a.strip().removeprefix("mailto:") for a in re.split(r"[;,\s]+", value)]
    addresses = [a for a in addresses if a]
    for address in addresses:
        if not _EMAIL.match(address):
            raise RowProblem(
                QT_TRANSLATE_NOOP("Import", "{value} is not a valid e-mail address."),
                value=address,
            )
    notes.extend(f"E-mail: {a}" for a in addresses[1:])
    return addresses[0] if addresses else ""


_PLAIN = ("title", "salutation", "given_name", "family_name", "given_name_native",
          "family_name_native", "passport_given_name", "passport_family_name",
          "organisation_name", "birth_place", "languages", "street", "address_extra",
          "postal_code", "city", "phone", "mobile", "website")


def _names(values: dict[str, object], found: dict[str, str]) -> None:
    """Full name split when no name column is filled, scripts placed, salutation found."""
    full_name = found.get("full_name", "")
    if not any(values[f] for f in NAME_FIELDS) and full_name and (
        full_name.casefold() != str(values["organisation_name"]).casefold()
    ):  # an organisation's card carries its name as the display name too
        values["given_name"], values["family_name"] = _split_full_name(full_name)
    _place_scripts(values)
    title = str(values["title"])
    if title and not values["salutation"] and title.casefold() in vocabulary.SALUTATIONS:
        values["salutation"], values["title"] = title, ""


def _kind(found: dict[str, str], values: dict[str, object]) -> ContactKind:
    """The kind given, else a person when a person's name is there; it must have its name."""
    person = any(values[f] for f in PERSON_NAME_FIELDS)
    kind = vocabulary.parse_kind(found["kind"]) if found.get("kind") else (
        ContactKind.PERSON if person else ContactKind.ORGANISATION)
    if not (person if kind == ContactKind.PERSON else values["organisation_name"]):
        raise RowProblem(QT_TRANSLATE_NOOP("Import", "The row has no name."))
    return kind


def _codes(values: dict[str, object], found: dict[str, str]) -> None:
    """Gender, side, kind of organisation, nationality and country as codes."""
    values["gender"] = vocabulary.parse_gender(found["gender"]) if found.get("gender") else (
        Gender.UNKNOWN)
    values["side"] = vocabulary.parse_side(found["side"]) if found.get("side") else Side.HOME
    kind = found.get("organisation_kind")
    values["organisation_kind"] = vocabulary.parse_organisation_kind(kind) if kind else None
    nationality = found.get("nationality")
    values["nationality"] = vocabulary.parse_country(nationality) if nationality else ""
    country = vocabulary.parse_country(found["country"]) if found.get("country") else "DE"
    values["country"] = country
    code = str(values["postal_code"])
    if country == "DE" and re.fullmatch(r"\d{4}", code):
        values["postal_code"] = "0" + code  # Excel dropped the leading zero (01067 Dresden)


def _uuid(text: str) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(text.strip().removeprefix("urn:uuid:"))
    except ValueError:
        raise RowProblem(
            QT_TRANSLATE_NOOP("Import", "{value} is not a PartnerDesk ID."), value=text
        ) from None


def stage_row(row: RawRow, plan: Plan, *, today: date | None = None) -> StagedRow:
    """Validate one row; raises RowProblem with a translatable reason."""
    today = today or date.today()
    found, notes = _gather(row, plan)
    values: dict[str, object] = {name: found.get(name, "") for name in _PLAIN}
    if found.get("house_number"):
        values["street"] = f"{values['street']} {found['house_number']}".strip()
    _names(values, found)
    values["email"] = _email(found.get("email", ""), notes)
    values["kind"] = _kind(found, values)
    _codes(values, found)
    values["birth_date"] = _birth_date(found, notes, today)
    for name in _PLAIN:
        if values[name]:
            values[name] = _text_field(name, str(values[name]))
    _text_field("email", str(values["email"]))
    roles = vocabulary.parse_roles(found["roles"]) if found.get("roles") else []
    membership = _membership(found, notes, roles, today)
    row_uuid = _uuid(found.get("uuid", ""))
    values["notes"] = "\n".join(notes)
    return StagedRow(row.line, values, roles, membership, uuid=row_uuid)


def _membership(found: dict[str, str], notes: list[str], roles: list[ContactRole],
                today: date) -> tuple[str, date, date | None] | None:
    number = found.get("member_number", "")
    if not (number or found.get("joined_on") or found.get("left_on")):
        return None
    joined = _date(found.get("joined_on", ""), notes, "Member since", today=today)
    left = _date(found.get("left_on", ""), notes, "Member until", today=today)
    if not number and joined is None:
        return None
    if not number or joined is None:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "Import", "A membership needs both a member number and the date of joining."
            )
        )
    if len(number) > 30:
        raise RowProblem(
            QT_TRANSLATE_NOOP("Import", "{field} is longer than {max} characters."),
            field="member_number", max=30,
        )
    if left is not None and left < joined:
        raise RowProblem(
            QT_TRANSLATE_NOOP("Import", "The membership ends ({value}) before it begins."),
            value=found.get("left_on", ""),
        )
    if ContactRole.MEMBER not in roles and left is None:
        roles.append(ContactRole.MEMBER)
    return number, joined, left
