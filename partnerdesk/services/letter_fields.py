"""The fields of letter templates: which there are, reading them from a text, their values
for one letter in a language, and filling them in (used by `services.letters`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import HostPlacement, Participation, PassportRecord
from partnerdesk.dto.letters import Addressee, LetterBatch, LetterField, LetterInput
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.contact_reports import (
    full_name,
    load_addressees,
    salutation,
    written_name,
)
from partnerdesk.vocabulary import COUNTRY

Translate = Callable[[str, str], str]
"""(context, English source) → the text in one language."""

LANGUAGES = ("de", "ru", "en")
CHUNK = 500  # ids per IN (…): far below every database's limit of bound parameters
_TOKEN = re.compile(r"\{([A-Za-z_]+)\}")


def _field(name: str, description: str, needs_exchange: bool = False) -> LetterField:
    return LetterField(name, description, needs_exchange)


FIELDS = (
    _field("salutation", QT_TRANSLATE_NOOP(
        "Letters", "Opening by gender and language, e.g. “Sehr geehrte Frau Iwanowa,”")),
    _field("title", QT_TRANSLATE_NOOP("Letters", "Academic title, e.g. Dr.")),
    _field("given_name", QT_TRANSLATE_NOOP("Letters", "Given name")),
    _field("family_name", QT_TRANSLATE_NOOP("Letters", "Family name")),
    _field("name", QT_TRANSLATE_NOOP("Letters", "Full name with title")),
    _field("passport_name", QT_TRANSLATE_NOOP("Letters", "Name as in the passport")),
    _field("birth_date", QT_TRANSLATE_NOOP("Letters", "Birth date")),
    _field("birth_place", QT_TRANSLATE_NOOP("Letters", "Birth place")),
    _field("nationality", QT_TRANSLATE_NOOP("Letters", "Nationality")),
    _field("passport_number", QT_TRANSLATE_NOOP("Letters", "Passport number")),
    _field("passport_expires", QT_TRANSLATE_NOOP("Letters", "Passport valid until")),
    _field("exchange_title", QT_TRANSLATE_NOOP("Letters", "Title of the exchange"), True),
    _field("exchange_start", QT_TRANSLATE_NOOP("Letters", "First day of the exchange"), True),
    _field("exchange_end", QT_TRANSLATE_NOOP("Letters", "Last day of the exchange"), True),
    _field("exchange_place", QT_TRANSLATE_NOOP("Letters", "Place of the exchange"), True),
    _field("host", QT_TRANSLATE_NOOP(
        "Letters", "Host family during the exchange, with address"), True),
    _field("association", QT_TRANSLATE_NOOP("Letters", "Name of the association")),
    _field("date", QT_TRANSLATE_NOOP("Letters", "Date of the letter")),
    _field("signer", QT_TRANSLATE_NOOP("Letters", "Board member who signs")),
    _field("signer_function", QT_TRANSLATE_NOOP("Letters", "Function of the board member")),
)
NAMES = frozenset(f.name for f in FIELDS)
EXCHANGE_FIELDS = frozenset(f.name for f in FIELDS if f.needs_exchange)
PASSPORT_FIELDS = frozenset({"passport_number", "passport_expires"})
MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def _split(token: str) -> tuple[str, str | None]:
    """(field, language) of a token: `salutation_ru` → (salutation, ru)."""
    base, _, suffix = token.rpartition("_")
    if suffix in LANGUAGES and base in NAMES:
        return base, suffix
    return token, None


def fields_in(text: str) -> list[str]:
    """The known fields `text` uses (without language suffixes), in order."""
    return [name for name, _ in map(_split, _TOKEN.findall(text)) if name in NAMES]


def unknown_fields(text: str) -> list[str]:
    """The `{tokens}` of `text` that are no field."""
    return [token for token in _TOKEN.findall(text) if _split(token)[0] not in NAMES]


def long_date(day: date | None, language: str) -> str:
    """`1. Juli 2026`, `1 июля 2026 г.`, `1 July 2026`; empty for None."""
    if day is None:
        return ""
    month = MONTHS[language][day.month - 1]
    return {"de": f"{day.day}. {month} {day.year}", "ru": f"{day.day} {month} {day.year} г.",
            "en": f"{day.day} {month} {day.year}"}[language]


def _address(person: Addressee, language: str) -> str:
    town = " ".join(filter(None, (person.postal_code, person.city)))
    return ", ".join(filter(None, (full_name(person, language), person.street, town)))


def values(language: str, batch: LetterBatch, letter: LetterInput, on: date,
           translate: Translate | None) -> dict[str, str]:
    """The value of every field for `letter` in `language`."""
    person, exchange, sender = letter.addressee, batch.exchange, batch.sender
    given, family = written_name(person, language)
    signer = next((member for member in sender.board if member.signs), None)
    nationality = COUNTRY.get(person.nationality, person.nationality)
    if translate is not None and person.nationality in COUNTRY:
        nationality = translate("Country", nationality)
    return {
        "salutation": salutation(person, language), "title": person.title,
        "given_name": given, "family_name": family, "name": full_name(person, language),
        "passport_name": " ".join(filter(None, (person.passport_given_name,
                                                person.passport_family_name))),
        "birth_date": long_date(person.birth_date, language), "birth_place": person.birth_place,
        "nationality": nationality, "passport_number": letter.passport_number,
        "passport_expires": long_date(letter.passport_expires, language),
        "exchange_title": exchange.title if exchange else "",
        "exchange_start": long_date(exchange.start_date if exchange else None, language),
        "exchange_end": long_date(exchange.end_date if exchange else None, language),
        "exchange_place": exchange.place if exchange else "",
        "host": "; ".join(_address(host, language) for host in letter.hosts),
        "association": sender.name, "date": long_date(on, language),
        "signer": signer.name if signer else "", "signer_function": signer.function if signer
        else "",
    }


def fill(text: str, language: str, batch: LetterBatch, letter: LetterInput, on: date,
         translators: Mapping[str, Translate]) -> tuple[str, list[str]]:
    """`text` with its fields filled in (`language` for fields without a suffix) and the
    fields that were empty; a line whose fields are all empty is left out."""
    by_language: dict[str, dict[str, str]] = {}
    missing: list[str] = []

    def value(token: str) -> str:
        name, suffix = _split(token)
        code = suffix or language
        if code not in by_language:
            by_language[code] = values(code, batch, letter, on, translators.get(code))
        found = by_language[code][name]
        if not found:
            missing.append(name)
        return found

    lines = []
    for line in text.split("\n"):
        tokens = _TOKEN.findall(line)
        filled = [value(token) for token in tokens]
        if tokens and not any(filled):
            continue
        lines.append(_TOKEN.sub(lambda match: value(match.group(1)), line))
    return "\n".join(lines), missing


def letter_extras(session: Session, contact_ids: list[int], exchange_id: int | None,
                  passports: bool) -> dict[int, tuple[str, date | None, tuple[Addressee, ...]]]:
    """Per contact: passport number and expiry (the passport valid longest; only when
    `passports`) and the hosts during the exchange (in the order of their placements)."""
    numbers: dict[int, tuple[str, date | None]] = {}
    hosts: dict[int, list[int]] = {}
    for start in range(0, len(contact_ids), CHUNK):
        chunk = contact_ids[start:start + CHUNK]
        if passports:
            for contact_id, number, expires in session.execute(
                    sa.select(PassportRecord.contact_id, PassportRecord.number,
                              PassportRecord.expires_on)
                    .where(PassportRecord.contact_id.in_(chunk))
                    .order_by(PassportRecord.expires_on.is_(None).desc(),
                              PassportRecord.expires_on)):
                numbers[contact_id] = (number, expires)  # the last one wins: valid longest
        if exchange_id is not None:
            for contact_id, host_id in session.execute(
                    sa.select(Participation.contact_id, HostPlacement.host_id)
                    .join(HostPlacement, HostPlacement.participation_id == Participation.id)
                    .where(Participation.exchange_id == exchange_id,
                           Participation.contact_id.in_(chunk))
                    .order_by(HostPlacement.from_date)):
                if host_id not in hosts.setdefault(contact_id, []):
                    hosts[contact_id].append(host_id)
    people = load_addressees(session, sorted({h for ids in hosts.values() for h in ids}))
    found = {}
    for contact_id in set(numbers) | set(hosts):
        number, expires = numbers.get(contact_id, ("", None))
        found[contact_id] = (number, expires, tuple(
            people[host] for host in hosts.get(contact_id, ()) if host in people))
    return found
