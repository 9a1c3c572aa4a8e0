"""The contacts a list, label sheet or mail merge is for, and how to address them.

A selection is chosen ids, else a search (with the contact list's filters), else everyone;
it comes in the contact page's phone-book order (`sort_name`, then id): searches page
through `contacts.list_contacts` in SQL, chosen ids are sorted on the same key. Details are
loaded a page at a time. Names and salutations follow the reader's language: a Russian
reader gets the Cyrillic spelling, an English one the passport spelling of a transcribed name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import Contact, ContactRoleAssignment, Membership
from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.dto.letters import Addressee, Birthday
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.contacts import list_contacts
from partnerdesk.storage.database import Database

PAGE = 500
NOT_FOUND = QT_TRANSLATE_NOOP("Reports", "There is no contact with the id {id}.")
_COLUMNS = ("id", "kind", "gender", "salutation", "title", "given_name", "family_name",
            "given_name_native", "family_name_native", "passport_given_name",
            "passport_family_name", "organisation_name", "street", "address_extra",
            "postal_code", "city", "country", "phone", "mobile", "email", "birth_date",
            "birth_place", "nationality", "sort_name")
_ORGANISATION_SALUTATION = {"de": "Sehr geehrte Damen und Herren,",
                            "ru": "Уважаемые дамы и господа!", "en": "Dear Sir or Madam,"}
_GENDERED = {  # language → (female, male, unknown) forms
    "de": ("Sehr geehrte Frau {family},", "Sehr geehrter Herr {family},",
           "Guten Tag {given} {family},"),
    "ru": ("Уважаемая госпожа {family},", "Уважаемый господин {family},",
           "Здравствуйте, {given} {family}!"),
    "en": ("Dear Ms {family},", "Dear Mr {family},", "Dear {given} {family},"),
}
_WITH_PATRONYMIC = ("Уважаемая {given},", "Уважаемый {given},")
_PATRONYMIC_ENDINGS = ("вна", "чна", "ич")
_SALUTATION_WORDS = {"frau": "female", "herr": "male", "herrn": "male", "ms": "female",
                     "mrs": "female", "mr": "male", "госпожа": "female", "господин": "male"}


def select_contacts(db: Database, contact_ids: Sequence[int] = (), search: str = "",
                    filters: ContactFilter | None = None) -> list[Addressee]:
    """The contacts `contact_ids` (every one must exist), else those matching `search` and
    `filters` (as the contact list finds them), else all; in phone-book order."""
    return [person for page in _pages(db, contact_ids, search, filters) for person in page]


def birthdays(db: Database, year: int, contact_ids: Sequence[int] = (), search: str = "",
              filters: ContactFilter | None = None) -> list[Birthday]:
    """The birthdays of the selected people in `year` by month and day, with the age they
    turn (people born after `year` and those without a birth date are left out)."""
    found = [Birthday(person, person.birth_date.month, person.birth_date.day,
                      year - person.birth_date.year)
             for page in _pages(db, contact_ids, search, filters) for person in page
             if person.birth_date is not None and person.birth_date.year <= year]
    return sorted(found, key=lambda b: (b.month, b.day))  # stable: names stay in order


def _pages(db: Database, contact_ids: Sequence[int], search: str,
           filters: ContactFilter | None) -> Iterator[list[Addressee]]:
    """The selection a page at a time, in phone-book order."""
    for ids in _id_pages(db, contact_ids, search, filters):
        with db.unit() as session:
            page = _addressees(session, ids)
        yield page


def _id_pages(db: Database, contact_ids: Sequence[int], search: str,
              filters: ContactFilter | None) -> Iterator[list[int]]:
    if contact_ids:
        wanted = sorted(set(contact_ids))
        keys: list[tuple[str, int]] = []
        with db.unit() as session:
            for start in range(0, len(wanted), PAGE):
                chunk = wanted[start:start + PAGE]
                keys += session.execute(sa.select(Contact.sort_name, Contact.id)
                                        .where(Contact.id.in_(chunk))).all()
        missing = set(wanted) - {contact_id for _, contact_id in keys}
        if missing:
            raise UserError(NOT_FOUND, "Reports", id=min(missing))
        ids = [contact_id for _, contact_id in sorted(keys)]
        for start in range(0, len(ids), PAGE):
            yield ids[start:start + PAGE]
        return
    after: tuple[str, int] | None = None
    while True:
        rows = list_contacts(db, search, limit=PAGE, after=after, filters=filters)
        if rows:
            yield [row.id for row in rows]
        if len(rows) < PAGE:
            return
        after = (rows[-1].sort_key, rows[-1].id)


def _addressees(session, ids: list[int]) -> list[Addressee]:
    """The contacts `ids` as addressees, in the order of `ids`, with the numbers of the
    memberships running today."""
    today = date.today()
    table = Contact.__table__
    rows = {row.id: row for row in session.execute(
        sa.select(*(table.c[name] for name in _COLUMNS)).where(table.c.id.in_(ids)))}
    roles: dict[int, list[str]] = {}
    for contact_id, role in session.execute(
            sa.select(ContactRoleAssignment.contact_id, ContactRoleAssignment.role)
            .where(ContactRoleAssignment.contact_id.in_(ids))
            .order_by(ContactRoleAssignment.role)):
        roles.setdefault(contact_id, []).append(role.value)
    numbers = dict(session.execute(
        sa.select(Membership.contact_id, Membership.number)
        .where(Membership.contact_id.in_(ids), Membership.joined_on <= today,
               sa.or_(Membership.left_on.is_(None), Membership.left_on > today))
        .order_by(Membership.joined_on)).all())
    return [_addressee(rows[i], tuple(roles.get(i, ())), numbers.get(i, "")) for i in ids
            if i in rows]


def _addressee(row: sa.Row, roles: tuple[str, ...], member_number: str) -> Addressee:
    values = {name: getattr(row, name) for name in _COLUMNS if name != "sort_name"}
    values.update(kind=row.kind.value, gender=row.gender.value)
    return Addressee(**values, roles=roles, member_number=member_number,
                     sort_key=row.sort_name)


def load_addressees(session, ids: list[int]) -> dict[int, Addressee]:
    """The contacts `ids` as addressees by id (for other services in one unit of work)."""
    return {person.id: person for person in _addressees(session, ids)}


# --- addressing people in a language --------------------------------------------------------


def written_name(person: Addressee, language: str) -> tuple[str, str]:
    """(given name, family name) as a reader of `language` writes them: Russian readers get
    the native spelling, English ones the passport spelling of a transcribed name, German
    ones the Latin name; each falls back to the other spellings."""
    latin = (person.given_name, person.family_name)
    native = (person.given_name_native, person.family_name_native)
    passport = (person.passport_given_name, person.passport_family_name)
    if language == "ru":
        order = (native, latin, passport)
    elif language == "en" and any(native) and any(passport):
        order = (passport, latin, native)
    else:
        order = (latin, native, passport)
    return (next((names[0] for names in order if names[0]), ""),
            next((names[1] for names in order if names[1]), ""))


def full_name(person: Addressee, language: str, with_title: bool = True) -> str:
    """`Dr. Olga Iwanowa` / `Ольга Иванова`; an organisation's name."""
    if person.kind == "organisation":
        return person.organisation_name
    given, family = written_name(person, language)
    title = person.title if with_title and language != "ru" else ""
    return " ".join(part for part in (title, given, family) if part)


def gender_of(person: Addressee) -> str:
    """female, male or unknown: the stored gender, else read from the stored salutation."""
    if person.gender in ("female", "male"):
        return person.gender
    return _SALUTATION_WORDS.get(person.salutation.strip().rstrip(".").casefold(), "unknown")


def has_patronymic(given_native: str) -> bool:
    """True when the native given name carries a patronymic (`Ольга Петровна`)."""
    words = given_native.split()
    return len(words) >= 2 and words[-1].casefold().endswith(_PATRONYMIC_ENDINGS)


def salutation(person: Addressee, language: str) -> str:
    """The opening of a letter by gender and language: `Sehr geehrte Frau Iwanowa,`,
    `Уважаемая Ольга Петровна,` (`Уважаемая госпожа Иванова,` without a patronymic),
    `Dear Ms Ivanova,`; `Guten Tag Olga Iwanowa,` when the gender is not known."""
    if person.kind == "organisation":
        return _ORGANISATION_SALUTATION[language]
    given, family = written_name(person, language)
    gender = gender_of(person)
    forms = _GENDERED[language]
    if gender == "unknown" or not family:
        return forms[2].format(given=given, family=family).replace("  ", " ").replace(" ,", ",")
    female = gender == "female"
    if language == "ru" and has_patronymic(person.given_name_native):
        return _WITH_PATRONYMIC[0 if female else 1].format(given=person.given_name_native)
    if person.title and language != "ru":
        family = f"{person.title} {family}"
    if language == "en" and person.title:
        return f"Dear {family},"
    return forms[0 if female else 1].format(family=family)
