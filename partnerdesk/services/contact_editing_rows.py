"""Reading and writing the lists that hang on a contact, for `services.contact_editing`.

Each list of the form replaces the stored one: rows are matched by id (so a kept row keeps
its uuid and is updated in place), rows missing from the form are deleted first (a member
number or link freed by a deleted row may be taken by a new one in the same save), then
new rows are inserted. Stored consents are never deleted: a consent is withdrawn instead,
so its history stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from partnerdesk.domain import (
    Consent,
    Contact,
    ContactRoleAssignment,
    Correspondence,
    Exchange,
    Guardianship,
    HostProfile,
    Membership,
    OrganisationLink,
)
from partnerdesk.domain.enums import (
    ConsentChannel,
    ConsentGivenBy,
    ConsentPurpose,
    ContactKind,
    ContactRole,
    Direction,
)
from partnerdesk.dto.contact_form import (
    ConsentData,
    ContactForm,
    CorrespondenceData,
    HostProfileData,
    LinkData,
    MembershipData,
)
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError

CONSENT_KEPT = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "A consent that was saved cannot be deleted; enter the day it was withdrawn instead.")
LINKED_GONE = QT_TRANSLATE_NOOP(
    "ContactEditing", "{name} no longer exists or is not of the right kind to be linked here.")

Row = TypeVar("Row")
Data = TypeVar("Data")


def sync_rows(
    session: Session,
    stored: Sequence[Row],
    wanted: Sequence[Data],
    create: Callable[[], Row],
    fill: Callable[[Row, Data], None],
    remove: Callable[[Row], None] | None = None,
) -> list[Row]:
    """Make `stored` hold the rows of `wanted` (matched by `id`); returns them in order.

    Rows not wanted are removed with `remove` (default: `session.delete`) and flushed
    before new rows (from `create`, added to the session) are filled in.
    """
    by_id = {row.id: row for row in stored}  # type: ignore[attr-defined]
    kept = {data.id for data in wanted if data.id in by_id}  # type: ignore[attr-defined]
    gone = [row for row in stored if row.id not in kept]  # type: ignore[attr-defined]
    for row in gone:
        (remove or session.delete)(row)
    if gone:
        session.flush()
    result = []
    for data in wanted:
        row = by_id.get(data.id) if data.id is not None else None  # type: ignore[attr-defined]
        if row is None:
            row = create()
            session.add(row)
        fill(row, data)
        result.append(row)
    return result


# -- reading ------------------------------------------------------------------------------

def _names(session: Session, ids: set[int], natural: bool = False) -> dict[int, str]:
    """Display names ("Family, Given") of contacts, or "Given Family" if `natural`."""
    if not ids:
        return {}
    found = session.execute(sa.select(Contact).where(Contact.id.in_(ids))).scalars()
    return {c.id: natural_name(c) if natural else c.display_name for c in found}


def natural_name(person: Contact) -> str:
    """"Given Family", as a consent names the guardian who signed it."""
    given = person.given_name or person.given_name_native
    family = person.family_name or person.family_name_native
    return " ".join(part for part in (given, family) if part)


def read_lists(session: Session, contact: Contact) -> dict[str, Any]:
    """The form's lists of a stored contact, as DTOs."""
    is_person = contact.kind == ContactKind.PERSON
    mine, theirs = ((OrganisationLink.person_id, OrganisationLink.organisation_id) if is_person
                    else (OrganisationLink.organisation_id, OrganisationLink.person_id))
    links = session.execute(sa.select(OrganisationLink, theirs).where(mine == contact.id)
                            .order_by(OrganisationLink.id)).all()
    guards = session.execute(sa.select(Guardianship).where(
        sa.or_(Guardianship.ward_id == contact.id, Guardianship.guardian_id == contact.id))
        .order_by(Guardianship.id)).scalars().all()
    consents = session.execute(
        sa.select(Consent, Exchange.title).outerjoin(Exchange, Exchange.id == Consent.exchange_id)
        .where(Consent.contact_id == contact.id).order_by(Consent.given_on, Consent.id)).all()
    letters = session.execute(sa.select(Correspondence).where(
        Correspondence.contact_id == contact.id)
        .order_by(Correspondence.dated, Correspondence.id)).scalars().all()
    names = _names(session, {other for _link, other in links}
                   | {g.guardian_id for g in guards} | {g.ward_id for g in guards})
    signers = _names(session, {c.guardian_id for c, _title in consents if c.guardian_id},
                     natural=True)
    profile = contact.host_profile
    return {
        "roles": tuple(role.value for role in ContactRole
                       if role in {r.role for r in contact.roles}),
        "memberships": tuple(
            MembershipData(m.id, m.number, m.joined_on, m.left_on, m.notes)
            for m in sorted(contact.memberships, key=lambda m: (m.joined_on, m.id))),
        "links": tuple(LinkData(link.id, other, names.get(other, ""), link.function)
                       for link, other in links),
        "guardians": tuple(LinkData(g.id, g.guardian_id, names.get(g.guardian_id, ""),
                                    g.relation) for g in guards if g.ward_id == contact.id),
        "wards": tuple(LinkData(g.id, g.ward_id, names.get(g.ward_id, ""), g.relation)
                       for g in guards if g.guardian_id == contact.id),
        "host_profile": None if profile is None else HostProfileData(
            profile.beds, profile.pets, profile.smoking, profile.languages, profile.notes),
        "consents": tuple(
            ConsentData(c.id, c.purpose.value, c.given_by.value, c.guardian_id,
                        c.guardian_name or signers.get(c.guardian_id or 0, ""), c.given_on,
                        c.channel.value, c.text_version, c.withdrawn_on, c.exchange_id,
                        title or "")
            for c, title in consents),
        "correspondence": tuple(
            CorrespondenceData(c.id, c.dated, c.direction.value, c.subject, c.summary,
                               c.attachment_path, c.partner_town_id) for c in letters),
    }


# -- writing ------------------------------------------------------------------------------

def _fill_membership(row: Membership, data: MembershipData) -> None:
    row.number = data.number.strip()
    row.joined_on = data.joined_on  # type: ignore[assignment]  (validated: not None)
    row.left_on = data.left_on
    row.notes = data.notes


def _fill_letter(contact_id: int) -> Callable[[Correspondence, CorrespondenceData], None]:
    def fill(row: Correspondence, data: CorrespondenceData) -> None:
        row.contact_id = contact_id
        row.partner_town_id = data.partner_town_id
        row.dated = data.dated  # type: ignore[assignment]  (validated: not None)
        row.direction = Direction(data.direction)
        row.subject = data.subject.strip()
        row.summary = data.summary
        row.attachment_path = data.attachment_path.strip()
    return fill


def _checked_others(session: Session, links: Sequence[LinkData], kind: ContactKind) -> None:
    """Every linked contact exists and is of `kind` (else a UserError naming it)."""
    ids = {link.other_id for link in links}
    found = set(session.execute(sa.select(Contact.id).where(
        Contact.id.in_(ids), Contact.kind == kind)).scalars()) if ids else set()
    for link in links:
        if link.other_id not in found:
            raise UserError(LINKED_GONE, "ContactEditing", name=link.other_name)


def _write_links(session: Session, contact: Contact, form: ContactForm) -> None:
    is_person = contact.kind == ContactKind.PERSON
    other_kind = ContactKind.ORGANISATION if is_person else ContactKind.PERSON
    _checked_others(session, form.links, other_kind)
    _checked_others(session, form.guardians, ContactKind.PERSON)
    mine = OrganisationLink.person_id if is_person else OrganisationLink.organisation_id
    stored = session.execute(sa.select(OrganisationLink).where(mine == contact.id)).scalars()

    def fill_link(row: OrganisationLink, data: LinkData) -> None:
        row.person_id, row.organisation_id = ((contact.id, data.other_id) if is_person
                                              else (data.other_id, contact.id))
        row.function = data.function.strip()

    sync_rows(session, list(stored), form.links, OrganisationLink, fill_link)
    guardians = session.execute(sa.select(Guardianship).where(
        Guardianship.ward_id == contact.id)).scalars()

    def fill_guardian(row: Guardianship, data: LinkData) -> None:
        row.ward_id, row.guardian_id, row.relation = contact.id, data.other_id, data.function

    sync_rows(session, list(guardians), form.guardians if is_person else (),
              Guardianship, fill_guardian)


def _write_consents(session: Session, contact: Contact, consents: Sequence[ConsentData]) -> None:
    wanted = {c.id for c in consents}
    if any(row.id not in wanted for row in contact.consents):
        raise UserError(CONSENT_KEPT, "ContactEditing")
    guardian_ids = {c.guardian_id for c in consents if c.guardian_id}
    names = _names(session, guardian_ids, natural=True)

    def fill(row: Consent, data: ConsentData) -> None:
        row.purpose = ConsentPurpose(data.purpose)
        row.given_by = ConsentGivenBy(data.given_by)
        row.given_on = data.given_on  # type: ignore[assignment]  (validated: not None)
        row.channel = ConsentChannel(data.channel)
        row.text_version = data.text_version.strip()
        row.withdrawn_on = data.withdrawn_on
        row.exchange_id = data.exchange_id
        if row.given_by == ConsentGivenBy.SELF:
            row.guardian_id, row.guardian_name = None, ""
        elif data.guardian_id in names:  # the name is copied: it outlives the contact
            kept = row.guardian_id == data.guardian_id and data.guardian_name.strip()
            row.guardian_name = data.guardian_name.strip() if kept else names[data.guardian_id]
            row.guardian_id = data.guardian_id
        else:
            row.guardian_id, row.guardian_name = None, data.guardian_name.strip()

    contact.consents = sync_rows(session, contact.consents, consents, Consent, fill)


def write_lists(session: Session, contact: Contact, form: ContactForm) -> None:
    """Replace the stored lists of `contact` (flushed, so it has an id) by the form's."""
    roles = {r.role.value: r for r in contact.roles}
    for value, row in roles.items():
        if value not in form.roles:
            contact.roles.remove(row)
    for value in form.roles:
        if value not in roles:
            contact.roles.append(ContactRoleAssignment(role=ContactRole(value)))
    contact.memberships = sync_rows(session, contact.memberships, form.memberships, Membership,
                                    _fill_membership, contact.memberships.remove)
    if form.host_profile is None:
        contact.host_profile = None
    else:
        profile = contact.host_profile or HostProfile()
        for name in ("beds", "pets", "smoking", "languages", "notes"):
            setattr(profile, name, getattr(form.host_profile, name))
        contact.host_profile = profile
    _write_links(session, contact, form)
    _write_consents(session, contact, form.consents)
    letters = session.execute(sa.select(Correspondence).where(
        Correspondence.contact_id == contact.id)).scalars()
    sync_rows(session, list(letters), form.correspondence, Correspondence,
              _fill_letter(contact.id))
