"""Exporting contacts: CSV for Excel, XLSX, vCard 3.0 — of a search result or a selection.

Files are written atomically (a failed export never destroys the previous file). The
column set and its German headers are shared by all formats and recognised by the importer
(preset "PartnerDesk"), so an export imported again gives the same contacts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import sqlalchemy as sa

from partnerdesk.domain import Contact, ContactRoleAssignment
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import contacts
from partnerdesk.services.exports.columns import COLUMNS, contact_record
from partnerdesk.services.exports.writers import write_csv, write_vcard, write_xlsx
from partnerdesk.storage.database import Database
from partnerdesk.storage.fileio import atomic_path

FORMATS = ("csv", "xlsx", "vcf")
CHUNK = 500
WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "vcf": write_vcard}

__all__ = ["COLUMNS", "FORMATS", "export_contacts", "iter_contact_records"]


def iter_contact_records(
    db: Database, search: str = "", ids: list[int] | None = None
) -> Iterator[dict[str, object]]:
    """Contacts as export records (field → value), in list order; `ids` picks a selection."""
    wanted = list(ids) if ids is not None else [
        row.id for row in contacts.all_contacts(db, search, page=CHUNK * 2)]
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        with db.unit() as session:
            found = {
                c.id: c
                for c in session.execute(sa.select(Contact).where(Contact.id.in_(chunk))).scalars()
            }
            roles: dict[int, list[str]] = {}
            query = (
                sa.select(ContactRoleAssignment.contact_id, ContactRoleAssignment.role)
                .where(ContactRoleAssignment.contact_id.in_(chunk))
                .order_by(ContactRoleAssignment.role)
            )
            for contact_id, role in session.execute(query):
                roles.setdefault(contact_id, []).append(role.value)
            for contact_id in chunk:
                if contact_id in found:
                    yield contact_record(found[contact_id], roles.get(contact_id, []))


def export_contacts(
    db: Database,
    target: Path,
    fmt: str,
    *,
    search: str = "",
    ids: list[int] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the matching contacts (or the `ids` selection) to `target`; returns the count."""
    if fmt not in WRITERS:
        raise UserError(
            QT_TRANSLATE_NOOP("Export", "Unknown export format {format}."),
            context="Export",
            format=fmt,
        )
    records = iter_contact_records(db, search, ids)
    try:
        with atomic_path(Path(target)) as tmp:
            count = WRITERS[fmt](tmp, records, progress)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Export", "The file {path} could not be written: {reason}"),
            context="Export",
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return count
