"""What every record carries: a unique UUID, timestamps and an optimistic-lock version."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Base, Contact
from partnerdesk.domain.base import Record

RECORD_CLASSES = sorted(
    (mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, Record)),
    key=lambda cls: cls.__name__,
)


def test_every_mapped_entity_is_a_record():
    assert len(RECORD_CLASSES) == len(Base.registry.mappers) >= 25


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_record_has_a_unique_not_null_uuid_and_a_version_counter(cls):
    table = cls.__table__
    assert not table.c.uuid.nullable
    assert any(
        isinstance(c, sa.UniqueConstraint) and [col.name for col in c.columns] == ["uuid"]
        for c in table.constraints
    )
    assert cls.__mapper__.version_id_col is table.c.version


def test_every_row_gets_its_own_uuid(db, sample):
    """Across all tables, no UUID is missing and none is used twice."""
    seen: list[str] = []
    with db.engine.connect() as connection:
        for cls in RECORD_CLASSES:
            rows = connection.execute(sa.select(cls.__table__.c.uuid)).scalars().all()
            assert rows, f"sample data has no {cls.__name__}"
            assert all(isinstance(value, uuid.UUID) for value in rows)
            seen.extend(str(value) for value in rows)
    assert len(seen) == len(set(seen))


def test_uuid_is_stable_across_sessions(db):
    with db.unit() as session:
        contact = Contact(family_name="Stabil")
        session.add(contact)
        session.commit()
        first = contact.uuid
    with db.unit() as session:
        assert session.get(Contact, contact.id).uuid == first


def test_timestamps_and_version_advance_on_update(db):
    with db.unit() as session:
        contact = Contact(family_name="Zeit")
        session.add(contact)
        session.commit()
        created, updated = contact.created_at, contact.updated_at
        assert created is not None and updated is not None
        assert contact.version == 1
    with db.unit() as session:
        contact = session.get(Contact, contact.id)
        contact.city = "Görlitz"
        session.commit()
        assert contact.version == 2
        assert contact.created_at == created
        assert contact.updated_at > updated


def test_concurrent_edit_raises_stale_data_error(db):
    with db.unit() as session:
        contact = Contact(family_name="Muster")
        session.add(contact)
        session.commit()
    first, second = db.unit(), db.unit()
    with first as one, second as two:
        mine = one.get(Contact, contact.id)
        theirs = two.get(Contact, contact.id)
        mine.city = "Dresden"
        one.commit()
        theirs.city = "Leipzig"
        with pytest.raises(StaleDataError):
            two.commit()
    with db.unit() as session:
        assert session.get(Contact, contact.id).city == "Dresden"


def test_deleting_a_stale_record_raises_stale_data_error(db):
    with db.unit() as session:
        contact = Contact(family_name="Muster")
        session.add(contact)
        session.commit()
    with db.unit() as one, db.unit() as two:
        mine = one.get(Contact, contact.id)
        theirs = two.get(Contact, contact.id)
        mine.city = "Dresden"
        one.commit()
        two.delete(theirs)
        with pytest.raises(StaleDataError):
            two.commit()
    with db.unit() as session:
        assert session.get(Contact, contact.id) is not None


def test_timestamps_come_back_as_aware_utc(db):
    """SQLite keeps no time zone; the values must still compare with `datetime.now(UTC)`."""
    before = datetime.now(UTC)
    with db.unit() as session:
        contact = Contact(family_name="Zone")
        session.add(contact)
        session.commit()
    with db.unit() as session:
        loaded = session.get(Contact, contact.id)
        assert loaded.created_at.tzinfo is not None
        assert before <= loaded.created_at <= datetime.now(UTC)
        assert loaded.created_at == contact.created_at


def test_an_aware_timestamp_in_another_zone_is_stored_as_utc(db):
    moscow = timezone(timedelta(hours=3))
    with db.unit() as session:
        contact = Contact(family_name="Zone", created_at=datetime(2025, 1, 1, 12, 0, tzinfo=moscow))
        session.add(contact)
        session.commit()
    with db.unit() as session:
        assert session.get(Contact, contact.id).created_at == datetime(2025, 1, 1, 9, 0,
                                                                          tzinfo=UTC)
