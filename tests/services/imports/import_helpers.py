"""Helpers for the import tests: the sample files and a look into the contact table."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from partnerdesk.domain import Contact, ContactRoleAssignment, Membership
from partnerdesk.storage.database import Database

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def contact_count(db: Database) -> int:
    """How many contacts the database holds."""
    with db.unit() as session:
        return session.execute(sa.select(sa.func.count(Contact.id))).scalar_one()


def contact_by_id(db: Database, contact_id: int) -> dict:
    """One contact's column values with its roles."""
    return next(c for c in contacts_by_family(db, unique=False) if c["id"] == contact_id)


def contacts_by_family(db: Database, unique: bool = True) -> dict[str, dict] | list[dict]:
    """Every contact's column values keyed by family name (native or organisation name)."""
    with db.unit() as session:
        rows = session.execute(sa.select(Contact.__table__)).mappings().all()
        roles = session.execute(
            sa.select(ContactRoleAssignment.contact_id, ContactRoleAssignment.role)
        ).all()
        members = session.execute(
            sa.select(Membership.contact_id, Membership.number, Membership.joined_on)
        ).all()
    result = {}
    everyone = []
    for row in rows:
        data = dict(row)
        data["roles"] = sorted(r.value for cid, r in roles if cid == row["id"])
        data["memberships"] = [(n, j) for cid, n, j in members if cid == row["id"]]
        key = row["family_name"] or row["family_name_native"] or row["organisation_name"]
        assert not unique or key not in result, f"two contacts named {key}"
        result[key] = data
        everyone.append(data)
    return result if unique else everyone
