"""Match keys: what duplicate detection looks contacts up by, stored so it scales.

A contact gets a few `(kind, value)` keys in the table `contact_match_key`:

* ``name`` — skeleton of the family name + ``|`` + skeleton of the first given name, for every
  spelling the contact has (Latin, native script, as in the passport), so that `Иванова Ольга`,
  `Iwanowa Olga` and `Ivanova Olga` share a key (persons only);
* ``organisation`` — skeleton of an organisation's name (organisations only);
* ``email`` — each e-mail address, case-folded;
* ``phone`` — each phone or mobile number reduced to its national number without trunk or
  country prefix, its last 9 digits when it is that long (`+49 341 1234567`, `0049 341 …` and
  `0341 1234567` give one key).

One index on `(kind, value)` answers every look-up, and SQL `GROUP BY kind, value` finds
the groups of contacts that share a key. A plain column on `contact` could hold only one
name key, and could index neither case-folded e-mail nor phone digits portably.

The keys are written after every ORM flush that inserts a contact or changes one of the
fields they come from (a `Session` event). Code that writes contacts with Core statements
(the demo's bulk inserts) writes `key_rows` itself; `refresh_match_keys` recomputes them
from the table. A change of `names.skeleton` needs a migration that calls it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from partnerdesk.domain.base import Base
from partnerdesk.domain.contacts import Contact
from partnerdesk.domain.names import skeleton, words

NAME, ORGANISATION, EMAIL, PHONE = "name", "organisation", "email", "phone"
MIN_PHONE_DIGITS = 6      # shorter numbers (an extension, a local number) identify nobody
PHONE_DIGITS = 9          # compare at most the last 9 digits of the national number
MAX_VALUE = 200
# E.164 country codes form a prefix code: at most one of these starts a number
COUNTRY_CODES = frozenset(
    "1 7 20 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 90 351 352 353 358 359 370 371 "
    "372 373 374 375 380 381 385 386 420 421 994 995 996 998".split())
KEY_FIELDS = ("kind", "given_name", "family_name", "given_name_native", "family_name_native",
              "passport_given_name", "passport_family_name", "organisation_name", "email",
              "phone", "mobile")

contact_match_key = sa.Table(
    "contact_match_key",
    Base.metadata,
    sa.Column("kind", sa.String(20), primary_key=True),
    sa.Column("value", sa.String(MAX_VALUE), primary_key=True),
    sa.Column("contact_id", sa.ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True,
              index=True),
)


_NON_DIGITS = re.compile(r"\D+")
_EMAIL_SEPARATORS = re.compile(r"[;,\s]+")
_PHONE_SEPARATORS = re.compile(r"[;,]")
_NAME_FIELDS = (("family_name", "given_name"), ("family_name_native", "given_name_native"),
                ("passport_family_name", "passport_given_name"))


@lru_cache(maxsize=65536)
def _skeleton(text: str) -> str:
    return skeleton(text)


@lru_cache(maxsize=65536)
def _first_word_skeleton(text: str) -> str:
    first = words(text)[:1]
    return skeleton(first[0]) if first else ""


def phone_key(number: str) -> str:
    """The comparable part of a phone number ('' when it is too short to identify anyone)."""
    number = number.strip()
    digits = _NON_DIGITS.sub("", number)
    if number.startswith("+") or digits.startswith("00"):  # international: drop the country
        digits = digits[2:] if digits.startswith("00") else digits
        for length in (1, 2, 3):
            if digits[:length] in COUNTRY_CODES:
                digits = digits[length:]
                break
    digits = digits.removeprefix("0")  # the trunk prefix, also in `+49 (0)341 …`
    return digits[-PHONE_DIGITS:] if len(digits) >= MIN_PHONE_DIGITS else ""


def name_keys(values: Mapping[str, object]) -> set[str]:
    """The name keys of a person: every spelling of the family name × of the first given name."""
    families: set[str] = set()
    givens: set[str] = set()
    for family_field, given_field in _NAME_FIELDS:
        family, given = values.get(family_field), values.get(given_field)
        if family and isinstance(family, str):
            families.add(_skeleton(family))
        if given and isinstance(given, str):
            givens.add(_first_word_skeleton(given))
    families.discard("")
    givens.discard("")
    return {f"{family}|{given}"[:MAX_VALUE] for family in families for given in givens or ("",)}


def contact_keys(values: Mapping[str, object]) -> set[tuple[str, str]]:
    """Every `(kind, value)` match key of a contact given its column values."""
    keys: set[tuple[str, str]] = set()
    if str(values.get("kind") or "person") == "organisation":
        name = values.get("organisation_name")
        organisation = _skeleton(name)[:MAX_VALUE] if name and isinstance(name, str) else ""
        if organisation:
            keys.add((ORGANISATION, organisation))
    else:
        keys.update((NAME, key) for key in name_keys(values))
    email = values.get("email")
    if email and isinstance(email, str):
        for address in _EMAIL_SEPARATORS.split(email):
            if "@" in address:
                keys.add((EMAIL, unicodedata.normalize("NFC", address).casefold()[:MAX_VALUE]))
    for field in ("phone", "mobile"):
        numbers = values.get(field)
        if numbers and isinstance(numbers, str):
            for number in _PHONE_SEPARATORS.split(numbers):
                if key := phone_key(number):
                    keys.add((PHONE, key))
    return keys


def key_rows(contact_id: int, values: Mapping[str, object]) -> list[dict]:
    """The rows of `contact_match_key` for one contact (sorted: bulk writers stay stable)."""
    return [{"kind": kind, "value": value, "contact_id": contact_id}
            for kind, value in sorted(contact_keys(values))]


def refresh_match_keys(connection: Connection, contact_ids: Iterable[int] | None = None) -> int:
    """Recompute the keys of `contact_ids` (all contacts when None) from the contact table.

    Reads only the columns the keys come from, by name, so migrations may call it. Returns
    the number of contacts refreshed.
    """
    contact = sa.table("contact", sa.column("id"), *(sa.column(name) for name in KEY_FIELDS))
    query = sa.select(contact).order_by(contact.c.id)
    ids = None if contact_ids is None else sorted(set(contact_ids))
    chunks = [None] if ids is None else [ids[i:i + 500] for i in range(0, len(ids), 500)]
    done = 0
    for chunk in chunks:
        if chunk is None:
            connection.execute(sa.delete(contact_match_key))
            rows = connection.execute(query).mappings()
        else:
            connection.execute(sa.delete(contact_match_key).where(
                contact_match_key.c.contact_id.in_(chunk)))
            rows = connection.execute(query.where(contact.c.id.in_(chunk))).mappings()
        batch: list[dict] = []
        for row in rows.all():
            batch += key_rows(row["id"], row)
            done += 1
            if len(batch) >= 5000:
                connection.execute(sa.insert(contact_match_key), batch)
                batch = []
        if batch:
            connection.execute(sa.insert(contact_match_key), batch)
    return done


def _values(contact: Contact) -> dict[str, object]:
    return {name: getattr(contact, name) for name in KEY_FIELDS}


def _keys_changed(contact: Contact) -> bool:
    state = sa.inspect(contact)
    return any(state.attrs[name].history.has_changes() for name in KEY_FIELDS)


@event.listens_for(Session, "after_flush")
def _write_match_keys(session: Session, flush_context) -> None:
    """Keep the keys of contacts inserted or renamed in this flush (one statement each)."""
    inserted = [obj for obj in session.new if isinstance(obj, Contact)]
    updated = [obj for obj in session.dirty
               if isinstance(obj, Contact) and obj not in session.deleted and _keys_changed(obj)]
    if not inserted and not updated:
        return
    connection = session.connection()
    if updated:
        connection.execute(sa.delete(contact_match_key).where(
            contact_match_key.c.contact_id.in_([obj.id for obj in updated])))
    rows = [row for obj in inserted + updated for row in key_rows(obj.id, _values(obj))]
    if rows:
        connection.execute(sa.insert(contact_match_key), rows)
