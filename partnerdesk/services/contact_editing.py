"""Editing one person or organisation: load the form, validate it, save it whole, delete.

`load_contact` gives the form (a frozen `ContactForm`, no ORM objects); the dialog changes
it and hands it back to `save_contact`, which writes the contact and replaces its lists in
one unit of work. Optimistic locking: a contact changed elsewhere since it was loaded is
not overwritten (a UserError, nothing written). A new contact that looks like one already
there (`services.duplicates`, score ≥ `STRONG_SCORE`) is not saved until the user confirms
(`PossibleDuplicates`). Passports are sensitive and loaded and saved on their own
(`contact_editing_passports`); deleting is in `contact_editing_delete`.
"""

from __future__ import annotations

import logging
from datetime import date
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Contact, Membership, PartnerTown
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import ContactKind
from partnerdesk.dto import ContactRow
from partnerdesk.dto.contact_form import (
    SCALAR_FIELDS,
    ContactForm,
    DuplicateMatch,
    PartnerTownChoice,
    PossibleDuplicates,
    SaveResult,
)
from partnerdesk.dto.duplicates import DuplicateCandidate
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.contact_editing_delete import delete_contact
from partnerdesk.services.contact_editing_passports import load_passports, save_passports
from partnerdesk.services.contact_editing_rows import read_lists, write_lists
from partnerdesk.services.contact_editing_rules import (
    ENUM_FIELDS,
    validate_contact,
    validate_passports,
)
from partnerdesk.services.contacts import list_contacts
from partnerdesk.services.duplicates import STRONG_SCORE, find_duplicates_for
from partnerdesk.storage.database import Database

log = logging.getLogger(__name__)

CONTEXT = "ContactEditing"
NOT_FOUND = QT_TRANSLATE_NOOP(
    "ContactEditing", "This contact no longer exists. It may have been deleted or merged.")
CHANGED = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "This contact was changed elsewhere meanwhile. Nothing was saved; your input is still in "
    "the form. Copy what you need, close the form and open the contact again.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("ContactEditing", "Unknown kind of contact {value}.")
NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "ContactEditing", "The member number {number} already belongs to {name}.")
CONFLICT = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "The contact could not be saved because it conflicts with other data (for example a "
    "link entered twice). Nothing was saved.")

__all__ = [
    "delete_contact", "load_contact", "load_passports", "new_contact", "partner_town_choices",
    "save_contact", "save_passports", "search_organisations", "search_people",
    "validate_contact", "validate_passports",
]


def _value(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _to_form(session: Session, contact: Contact) -> ContactForm:
    scalars = {name: _value(getattr(contact, name)) for name in SCALAR_FIELDS}
    return ContactForm(id=contact.id, kind=contact.kind.value, **scalars,
                       **read_lists(session, contact), version=contact.version)


def load_contact(db: Database, contact_id: int) -> ContactForm:
    """The form of a stored contact with all its lists (passports not included)."""
    with db.unit() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise UserError(NOT_FOUND, CONTEXT)
        return _to_form(session, contact)


def new_contact(kind: str = "person") -> ContactForm:
    """The form of a new person or organisation, with the defaults of a German association."""
    if kind not in {k.value for k in ContactKind}:
        raise UserError(UNKNOWN_KIND, CONTEXT, value=kind)
    return ContactForm(kind=kind)


def _column_values(form: ContactForm) -> dict[str, object]:
    """The contact's column values as `find_duplicates_for` takes them."""
    values: dict[str, object] = {name: getattr(form, name) for name in SCALAR_FIELDS}
    values["kind"] = form.kind
    return values


def _matches(session: Session, candidates: list[DuplicateCandidate]) -> tuple[DuplicateMatch, ...]:
    ids = [c.contact_id for c in candidates]
    contacts = {c.id: c for c in session.execute(
        sa.select(Contact).where(Contact.id.in_(ids))).scalars()}
    return tuple(
        DuplicateMatch(c.contact_id, contacts[c.contact_id].display_name,
                       contacts[c.contact_id].city, contacts[c.contact_id].birth_date,
                       c.score, c.reasons)
        for c in candidates if c.contact_id in contacts)


def _check_member_numbers(session: Session, form: ContactForm) -> None:
    numbers = {m.number.strip() for m in form.memberships}
    if not numbers:
        return
    query = (sa.select(Membership.number, Contact).join(Contact)
             .where(Membership.number.in_(numbers)))
    if form.id is not None:
        query = query.where(Membership.contact_id != form.id)
    taken = session.execute(query).first()
    if taken is not None:
        raise UserError(NUMBER_TAKEN, CONTEXT, number=taken[0], name=taken[1].display_name)


def _write(session: Session, contact: Contact, form: ContactForm) -> None:
    for name in SCALAR_FIELDS:
        value = getattr(form, name)
        if name in ENUM_FIELDS and value is not None:
            value = ENUM_FIELDS[name](value)
        elif isinstance(value, str):
            value = value.strip()
        setattr(contact, name, value)
    contact.updated_at = utcnow()  # a save always counts as a change: the version moves on
    if contact.id is None:
        session.add(contact)
    session.flush()
    write_lists(session, contact, form)
    session.flush()


def save_contact(db: Database, form: ContactForm, today: date | None = None) -> SaveResult:
    """Save `form` in one unit of work; returns the id, the new version and duplicates.

    Raises the first problem of `validate_contact` as a UserError; `PossibleDuplicates`
    for a new contact that looks like stored ones unless `form.confirmed_not_duplicate`;
    a UserError when the contact was changed or deleted elsewhere since it was loaded.
    Nothing is written in any of these cases.
    """
    problems = validate_contact(form, today)
    if problems:
        raise problems[0].error
    with db.unit() as session:
        if form.id is None:
            contact = Contact(kind=ContactKind(form.kind))
            found = find_duplicates_for(session, _column_values(form))
            strong = [c for c in found if c.score >= STRONG_SCORE]
            if strong and not form.confirmed_not_duplicate:
                raise PossibleDuplicates(_matches(session, strong))
        else:
            contact = session.get(Contact, form.id)
            if contact is None:
                raise UserError(NOT_FOUND, CONTEXT)
            if contact.version != form.version:
                raise UserError(CHANGED, CONTEXT)
        _check_member_numbers(session, form)
        try:
            _write(session, contact, form)
            if form.id is not None:
                found = find_duplicates_for(session, _column_values(form), exclude_id=contact.id)
            session.commit()
        except StaleDataError as exc:
            raise UserError(CHANGED, CONTEXT) from exc
        except IntegrityError as exc:
            log.warning("saving contact %s refused by the database: %s", form.id, exc.orig)
            raise UserError(CONFLICT, CONTEXT) from exc
        return SaveResult(contact.id, contact.version, tuple(found))


def search_people(db: Database, text: str, limit: int = 20) -> list[ContactRow]:
    """Persons matching `text` (as the contact list searches), for pickers."""
    return list_contacts(db, text, limit=limit, kind=ContactKind.PERSON.value)


def search_organisations(db: Database, text: str, limit: int = 20) -> list[ContactRow]:
    """Organisations matching `text` (as the contact list searches), for pickers."""
    return list_contacts(db, text, limit=limit, kind=ContactKind.ORGANISATION.value)


def partner_town_choices(db: Database) -> tuple[PartnerTownChoice, ...]:
    """The partner towns a contact can belong to, by name."""
    with db.unit() as session:
        rows = session.execute(sa.select(PartnerTown.id, PartnerTown.name,
                                         PartnerTown.name_native).order_by(PartnerTown.name))
        return tuple(PartnerTownChoice(*row) for row in rows)

