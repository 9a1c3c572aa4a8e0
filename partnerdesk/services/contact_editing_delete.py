"""Deleting a contact, refused with a clear reason while other records need it.

The database refuses (`ON DELETE RESTRICT`) to delete a contact who takes part in an
exchange, hosts a guest, or is a funder with programmes or grant applications. Those are
looked up first so the message can name them; should the database still refuse (someone
added a participation meanwhile), its IntegrityError becomes a translated UserError too.
Nothing is ever deleted silently by cascade beyond the contact's own data (roles,
memberships, links, host profile, consents, correspondence, passports).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import (
    Contact,
    Exchange,
    FunderProfile,
    GrantApplication,
    HostPlacement,
    Participation,
)
from partnerdesk.dto.contact_form import DeleteRefused
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage.database import Database

log = logging.getLogger(__name__)

CONTEXT = "ContactEditing"
GONE = QT_TRANSLATE_NOOP(
    "ContactEditing", "This contact no longer exists. It may have been deleted or merged.")
CHANGED = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "This contact was changed elsewhere meanwhile. Open it again before deleting it.")
BLOCKED = {
    "participations": QT_TRANSLATE_NOOP(
        "ContactEditing",
        "{name} cannot be deleted while taking part in these exchanges: {titles}. Remove "
        "the participation there first."),
    "host_placements": QT_TRANSLATE_NOOP(
        "ContactEditing",
        "{name} cannot be deleted while hosting guests of these exchanges: {titles}. Remove "
        "the host placement there first."),
    "funder_profiles": QT_TRANSLATE_NOOP(
        "ContactEditing",
        "{name} cannot be deleted while it is the funder of these programmes: {titles}."),
    "grant_applications": QT_TRANSLATE_NOOP(
        "ContactEditing",
        "{name} cannot be deleted while it is the funder of these grant applications: "
        "{titles}."),
}
STILL_NEEDED = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "{name} cannot be deleted because other records still refer to this contact. Nothing "
    "was deleted.")


def _titles(session: Session, query: sa.Select) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(title) for title in session.execute(query).scalars()))


def blockers(session: Session, contact_id: int) -> dict[str, tuple[str, ...]]:
    """What keeps a contact from being deleted: kind → titles (only kinds that block)."""
    found = {
        "participations": _titles(session, sa.select(Exchange.title).join(Participation)
                                  .where(Participation.contact_id == contact_id)
                                  .order_by(Exchange.start_date)),
        "host_placements": _titles(session, sa.select(Exchange.title)
                                   .join(Participation, Participation.exchange_id == Exchange.id)
                                   .join(HostPlacement,
                                         HostPlacement.participation_id == Participation.id)
                                   .where(HostPlacement.host_id == contact_id)
                                   .order_by(Exchange.start_date)),
        "funder_profiles": _titles(session, sa.select(FunderProfile.programme)
                                   .where(FunderProfile.funder_id == contact_id)
                                   .order_by(FunderProfile.programme)),
        "grant_applications": _titles(session, sa.select(GrantApplication.title)
                                      .where(GrantApplication.funder_id == contact_id)
                                      .order_by(GrantApplication.id)),
    }
    return {kind: titles for kind, titles in found.items() if titles}


def _quoted(titles: tuple[str, ...]) -> str:
    return ", ".join(f"“{title}”" for title in titles)


def delete_contact(db: Database, contact_id: int, expected_version: int) -> None:
    """Delete a contact with its own data; refused (`DeleteRefused`, a UserError naming
    the exchanges, programmes or grants) while other records need it, and refused when
    it was changed since the user saw `expected_version`."""
    with db.unit() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise UserError(GONE, CONTEXT)
        if contact.version != expected_version:
            raise UserError(CHANGED, CONTEXT)
        name = contact.display_name
        found = blockers(session, contact_id)
        if found:
            kind, titles = next(iter(found.items()))
            raise DeleteRefused(BLOCKED[kind], found, name=name, titles=_quoted(titles))
        try:
            session.delete(contact)
            session.commit()
        except StaleDataError as exc:
            raise UserError(CHANGED, CONTEXT) from exc
        except IntegrityError as exc:
            log.warning("deleting contact %s refused by the database: %s", contact_id, exc.orig)
            raise DeleteRefused(STILL_NEEDED, {},
                                name=name) from exc
