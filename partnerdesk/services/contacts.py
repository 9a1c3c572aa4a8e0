"""Contact use cases: the paged, searchable list."""

from __future__ import annotations

import sqlalchemy as sa

from partnerdesk.domain import Contact, ContactRoleAssignment
from partnerdesk.domain.search_text import fold
from partnerdesk.dto import ContactRow
from partnerdesk.storage.database import Database

PAGE_SIZE = 200


def _search_filter(search: str) -> list[sa.ColumnElement[bool]]:
    """Every word of `search` must occur in the contact's folded search text."""
    conditions = []
    for word in fold(search).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Contact.search_text.like(f"%{escaped}%", escape="\\"))
    return conditions


def count_contacts(db: Database, search: str = "") -> int:
    """How many contacts match `search`."""
    with db.unit() as session:
        query = sa.select(sa.func.count(Contact.id)).where(*_search_filter(search))
        return session.execute(query).scalar_one()


def list_contacts(
    db: Database,
    search: str = "",
    limit: int = PAGE_SIZE,
    after: tuple[str, int] | None = None,
) -> list[ContactRow]:
    """One page of contacts sorted by name; pass the last row's (sort_key, id) as `after`."""
    with db.unit() as session:
        query = sa.select(Contact).where(*_search_filter(search))
        if after is not None:
            query = query.where(sa.tuple_(Contact.sort_name, Contact.id) > sa.tuple_(*after))
        query = query.order_by(Contact.sort_name, Contact.id).limit(limit)
        contacts = session.execute(query).scalars().all()
        roles: dict[int, list[str]] = {}
        if contacts:
            role_query = sa.select(ContactRoleAssignment.contact_id, ContactRoleAssignment.role)
            role_query = role_query.where(
                ContactRoleAssignment.contact_id.in_([c.id for c in contacts])
            ).order_by(ContactRoleAssignment.role)
            for contact_id, role in session.execute(role_query):
                roles.setdefault(contact_id, []).append(role.value)
        return [_row(contact, roles.get(contact.id, [])) for contact in contacts]


def _row(contact: Contact, roles: list[str]) -> ContactRow:
    native = " ".join(p for p in (contact.given_name_native, contact.family_name_native) if p)
    return ContactRow(
        id=contact.id,
        kind=contact.kind.value,
        display_name=contact.display_name,
        native_name=native,
        city=contact.city,
        country=contact.country,
        side=contact.side.value,
        email=contact.email,
        phone=contact.phone or contact.mobile,
        roles=tuple(roles),
        birth_date=contact.birth_date,
        sort_key=contact.sort_name,
    )
