"""The unit of work: one session per user action, committed whole or not at all."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Contact


def _names(db) -> list[str]:
    with db.engine.connect() as connection:
        return connection.execute(sa.text("SELECT family_name FROM contact")).scalars().all()


def test_commit_keeps_the_work(db):
    with db.unit() as session:
        session.add(Contact(family_name="Bleibt"))
        session.commit()
    assert _names(db) == ["Bleibt"]


def test_an_error_rolls_everything_back(db):
    with pytest.raises(RuntimeError):
        with db.unit() as session:
            session.add(Contact(family_name="Eins"))
            session.flush()
            session.add(Contact(family_name="Zwei"))
            raise RuntimeError("the user's action failed half way")
    assert _names(db) == []


def test_leaving_without_commit_keeps_nothing(db):
    with db.unit() as session:
        session.add(Contact(family_name="Vergessen"))
        session.flush()
    assert _names(db) == []


def test_objects_stay_readable_after_the_unit(db):
    with db.unit() as session:
        contact = Contact(family_name="Lesbar", given_name="Lena")
        session.add(contact)
        session.commit()
    assert contact.given_name == "Lena"  # no DetachedInstanceError: expire_on_commit=False
    assert contact.id is not None


def test_a_unit_is_not_reentrant_but_reusable(db):
    unit = db.unit()
    with unit as session:
        with pytest.raises(RuntimeError, match="re-entrant"):
            unit.__enter__()
        session.add(Contact(family_name="A"))
        session.commit()
    assert unit.session is None
    with unit as session:
        assert session.execute(sa.select(sa.func.count(Contact.id))).scalar_one() == 1
