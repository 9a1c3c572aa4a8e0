"""Contact use cases: the paged, searchable, filterable list.

Search and filters run in SQL and the list is keyset-paged on `(sort_name, id)`, so a page
costs the same at row 10 and at row 100,000. Search matches each typed word against the
start of a word of `Contact.search_text` (names in every script and spelling, e-mail,
town, phone digits; see `partnerdesk.domain.search_text`), through the FTS5 index on
SQLite and `LIKE` elsewhere (`partnerdesk.storage.search_index`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import Consent, Contact, ContactRoleAssignment, Membership
from partnerdesk.domain.contacts import display_name_of
from partnerdesk.domain.enums import ConsentPurpose, ContactKind, ContactRole, Side
from partnerdesk.dto import ContactRow
from partnerdesk.dto.contacts import ContactFilter, MembershipState
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage import search_index
from partnerdesk.storage.database import Database

PAGE_SIZE = 200

_VOCABULARIES = {  # filter field → (its values, the message for an unknown one)
    "role": (ContactRole, QT_TRANSLATE_NOOP("Errors", "Unknown contact role {value}.")),
    "side": (Side, QT_TRANSLATE_NOOP("Errors", "Unknown side {value}.")),
    "membership": (MembershipState,
                   QT_TRANSLATE_NOOP("Errors", "Unknown membership state {value}.")),
    "missing_consent": (ConsentPurpose,
                        QT_TRANSLATE_NOOP("Errors", "Unknown consent purpose {value}.")),
    "kind": (ContactKind, QT_TRANSLATE_NOOP("Errors", "Unknown kind of contact {value}.")),
}


def _checked(filters: ContactFilter) -> ContactFilter:
    """`filters` with every value checked against its vocabulary (a UserError if unknown)."""
    for name, (vocabulary, message) in _VOCABULARIES.items():
        value = getattr(filters, name)
        if value is not None and value not in {item.value for item in vocabulary}:
            raise UserError(message, value=value)
    return filters


def _filter_conditions(filters: ContactFilter) -> list[sa.ColumnElement[bool]]:
    """The SQL conditions of `filters` (correlated EXISTS for roles, memberships, consents)."""
    on = filters.on or date.today()
    conditions: list[sa.ColumnElement[bool]] = []
    if filters.kind is not None:
        conditions.append(Contact.kind == ContactKind(filters.kind))
    if filters.side is not None:
        conditions.append(Contact.side == Side(filters.side))
    if filters.partner_town_id is not None:
        conditions.append(Contact.partner_town_id == filters.partner_town_id)
    if filters.role is not None:
        conditions.append(sa.exists().where(
            ContactRoleAssignment.contact_id == Contact.id,
            ContactRoleAssignment.role == ContactRole(filters.role),
        ))
    if filters.membership is not None:
        started = sa.exists().where(Membership.contact_id == Contact.id,
                                    Membership.joined_on <= on)
        active = sa.exists().where(
            Membership.contact_id == Contact.id,
            Membership.joined_on <= on,
            sa.or_(Membership.left_on.is_(None), Membership.left_on > on),
        )
        conditions.append({
            MembershipState.ACTIVE: active,
            MembershipState.FORMER: sa.and_(started, ~active),
            MembershipState.NONE: ~started,
        }[MembershipState(filters.membership)])
    if filters.missing_consent is not None:
        conditions.append(~sa.exists().where(
            Consent.contact_id == Contact.id,
            Consent.purpose == ConsentPurpose(filters.missing_consent),
            Consent.given_on <= on,
            sa.or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
        ))
    return conditions


def _merged(filters: ContactFilter | None, **criteria: object) -> ContactFilter:
    """`filters` with the keyword criteria given (not None) in place of its own, checked."""
    given = {name: value for name, value in criteria.items() if value is not None}
    return _checked(dataclasses.replace(filters or ContactFilter(), **given))


def count_contacts(
    db: Database,
    search: str = "",
    *,
    filters: ContactFilter | None = None,
    role: str | None = None,
    side: str | None = None,
    partner_town_id: int | None = None,
    membership: str | None = None,
    missing_consent: str | None = None,
    kind: str | None = None,
) -> int:
    """How many contacts match `search` and the filters (see `list_contacts`)."""
    merged = _merged(filters, role=role, side=side, partner_town_id=partner_town_id,
                     membership=membership, missing_consent=missing_consent, kind=kind)
    if merged.is_empty() and (found := search_index.count_matches(db.engine, search)) is not None:
        return found
    conditions = (search_index.search_conditions(db.engine, search, page=False)
                  + _filter_conditions(merged))
    with db.unit() as session:
        query = sa.select(sa.func.count(Contact.id)).where(*conditions)
        return session.execute(query).scalar_one()


def list_contacts(
    db: Database,
    search: str = "",
    limit: int = PAGE_SIZE,
    after: tuple[str, int] | None = None,
    *,
    filters: ContactFilter | None = None,
    role: str | None = None,
    side: str | None = None,
    partner_town_id: int | None = None,
    membership: str | None = None,
    missing_consent: str | None = None,
    kind: str | None = None,
) -> list[ContactRow]:
    """One page of contacts sorted by name; pass the last row's (sort_key, id) as `after`.

    `search`: every typed word must match the start of a word of a name (in any script
    or common spelling), of the e-mail or the town, or the start of a phone number (see
    `partnerdesk.domain.search_text`). Filters (`filters`, or the same fields as keywords,
    which take precedence; `filters.on` is the day they are judged on, default today):

    * `role`: a ContactRole value the contact carries; `side`: a Side value;
      `partner_town_id`; `kind`: "person" or "organisation";
    * `membership`: "active" (a membership begun and not ended: no `left_on`, or a later
      one), "former" (memberships, all ended), "none" (no membership begun);
    * `missing_consent`: a ConsentPurpose value for which the contact has no consent given
      by that day and not withdrawn by it.

    An unknown filter value raises a UserError.
    """
    merged = _merged(filters, role=role, side=side, partner_town_id=partner_town_id,
                     membership=membership, missing_consent=missing_consent, kind=kind)
    # with filters as well, a search that matches many contacts may still keep few rows:
    # then the name-index walk must not check LIKE on every row it passes (page=False)
    conditions = (search_index.search_conditions(db.engine, search, page=merged.is_empty())
                  + _filter_conditions(merged))
    with db.unit() as session:
        query = sa.select(*_ROW_COLUMNS).where(*conditions)
        if after is not None:
            query = query.where(sa.tuple_(Contact.sort_name, Contact.id) > sa.tuple_(*after))
        query = query.order_by(Contact.sort_name, Contact.id).limit(limit)
        rows = session.connection().execute(query).all()
        roles: dict[int, list[str]] = {}
        if rows:
            role_query = sa.select(ContactRoleAssignment.contact_id, ContactRoleAssignment.role)
            role_query = role_query.where(
                ContactRoleAssignment.contact_id.in_([row[0] for row in rows])
            ).order_by(ContactRoleAssignment.role)
            for contact_id, role_value in session.execute(role_query):
                roles.setdefault(contact_id, []).append(role_value.value)
        return [_row(row, roles.get(row[0], [])) for row in rows]


def all_contacts(db: Database, search: str = "", page: int = 1000) -> Iterator[ContactRow]:
    """Every contact matching `search` in list order, read `page` rows at a time."""
    after = None
    while True:
        rows = list_contacts(db, search, limit=page, after=after)
        yield from rows
        if len(rows) < page:
            return
        after = (rows[-1].sort_key, rows[-1].id)


# only what a list row shows: no ORM objects, no notes, no search text (a page is hot code)
_ROW_COLUMNS = tuple(Contact.__table__.c[name] for name in (
    "id", "kind", "organisation_name", "given_name", "family_name", "given_name_native",
    "family_name_native", "city", "country", "side", "email", "phone", "mobile", "birth_date",
    "sort_name",
))


def _row(row: sa.Row, roles: list[str]) -> ContactRow:
    """A list row; the display name is built as `Contact.display_name` builds it."""
    (contact_id, kind, organisation, given, family, given_native, family_native, city,
     country, side, email, phone, mobile, birth_date, sort_name) = row
    return ContactRow(
        id=contact_id,
        kind=kind.value,
        display_name=display_name_of(kind, organisation, family, given, family_native,
                                     given_native),
        native_name=" ".join(p for p in (given_native, family_native) if p),
        city=city,
        country=country,
        side=side.value,
        email=email,
        phone=phone or mobile,
        roles=tuple(roles),
        birth_date=birth_date,
        sort_key=sort_name,
    )


__all__ = ["PAGE_SIZE", "ContactFilter", "MembershipState", "all_contacts", "count_contacts",
           "list_contacts"]
