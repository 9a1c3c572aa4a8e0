"""A person's passports: sensitive, so loaded and saved on their own, only on demand.

Passport numbers never appear in a log line or an error message.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Contact, PassportRecord
from partnerdesk.domain.enums import ContactKind
from partnerdesk.dto.contact_form import PassportData
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.contact_editing_rows import sync_rows
from partnerdesk.services.contact_editing_rules import validate_passports
from partnerdesk.storage.database import Database

CONTEXT = "ContactEditing"
NO_PERSON = QT_TRANSLATE_NOOP(
    "ContactEditing", "Passports can only be kept for a person that exists.")
CHANGED = QT_TRANSLATE_NOOP(
    "ContactEditing",
    "The passport data was changed elsewhere meanwhile. Nothing was saved; show it again "
    "to see the current data.")


def _data(row: PassportRecord) -> PassportData:
    return PassportData(row.id, row.number, row.issued_on, row.expires_on, row.issuing_country,
                        row.version)


def _stored(session, contact_id: int) -> list[PassportRecord]:
    query = (sa.select(PassportRecord).where(PassportRecord.contact_id == contact_id)
             .order_by(PassportRecord.issued_on, PassportRecord.id))
    return list(session.execute(query).scalars())


def load_passports(db: Database, contact_id: int) -> tuple[PassportData, ...]:
    """The passports of a person, oldest first (show them only when the user asks)."""
    with db.unit() as session:
        return tuple(_data(row) for row in _stored(session, contact_id))


def save_passports(
    db: Database, contact_id: int, passports: Sequence[PassportData]
) -> tuple[PassportData, ...]:
    """Replace the person's passports by `passports` (matched by id); returns them as stored.

    Refused (UserError, nothing written) when one is invalid, when the person does not
    exist, or when a passport was changed elsewhere since it was loaded.
    """
    problems = validate_passports(passports)
    if problems:
        raise problems[0].error
    with db.unit() as session:
        person = session.get(Contact, contact_id)
        if person is None or person.kind != ContactKind.PERSON:
            raise UserError(NO_PERSON, CONTEXT)
        stored = _stored(session, contact_id)
        versions = {row.id: row.version for row in stored}
        if any(p.id in versions and versions[p.id] != p.version for p in passports):
            raise UserError(CHANGED, CONTEXT)

        def fill(row: PassportRecord, data: PassportData) -> None:
            row.contact_id = contact_id
            row.number = data.number.strip()
            row.issued_on = data.issued_on
            row.expires_on = data.expires_on
            row.issuing_country = data.issuing_country

        try:
            rows = sync_rows(session, stored, passports, PassportRecord, fill)
            session.commit()
        except StaleDataError as exc:
            raise UserError(CHANGED, CONTEXT) from exc
        return tuple(_data(row) for row in rows)
