"""The FTS5 contact search index: built when missing, repaired when broken, always in step."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from partnerdesk.domain import Base, Contact
from partnerdesk.services import contacts
from partnerdesk.storage import search_index


def _names(engine) -> set[str]:
    with engine.connect() as connection:
        return {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'contact_search%'")}


def _integrity_check(engine) -> None:
    """FTS5 compares its index with the content table; raises when they differ."""
    table = search_index.TABLE
    with engine.begin() as connection:
        connection.exec_driver_sql(
            f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


def _found(db, search: str) -> set[int]:
    return {row.id for row in contacts.list_contacts(db, search)}


def test_ensure_builds_table_and_triggers_once(db, sample):
    assert _names(db.engine) == set()
    assert search_index.ensure_search_index(db.engine)
    names = _names(db.engine)
    assert {search_index.TABLE, *(f"{search_index.TABLE}_{w}" for w in
                                  ("insert", "update", "delete"))} <= names
    assert search_index.ensure_search_index(db.engine)
    assert _names(db.engine) == names
    _integrity_check(db.engine)
    assert _found(db, "Щёкина") == _found(db, "Shchekina") == {sample["olga"]}


def test_lost_triggers_are_restored_and_the_index_rebuilt(db, sample):
    """A batch migration copies `contact` and so drops its triggers: writes go unindexed."""
    assert _found(db, "anna") == {sample["anna"]}
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TRIGGER {search_index.TABLE}_update")
        connection.execute(sa.update(Contact).where(Contact.id == sample["anna"])
                           .values(search_text=" hanna schmidt"))
    search_index.forget(db.engine)      # a new process, or the file was replaced
    assert _found(db, "hanna") == {sample["anna"]}
    assert _found(db, "anna") == set()
    _integrity_check(db.engine)


def test_other_versions_are_dropped(db, sample):
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE contact_search_v0 USING fts5(search_text)")
        connection.exec_driver_sql(
            "CREATE TRIGGER contact_search_v0_insert AFTER INSERT ON contact BEGIN "
            "INSERT INTO contact_search_v0(rowid, search_text) VALUES (new.id, 'x'); END")
    assert search_index.ensure_search_index(db.engine)
    assert not any(name.startswith("contact_search_v0") for name in _names(db.engine))
    assert _found(db, "olga") == {sample["olga"]}


def test_rebuild_repairs_an_index_out_of_step(db, sample):
    assert search_index.ensure_search_index(db.engine)
    with db.engine.begin() as connection:   # behind the triggers' back
        connection.exec_driver_sql(f"DELETE FROM {search_index.TABLE}_data")
    search_index.rebuild_search_index(db.engine)
    _integrity_check(db.engine)
    assert _found(db, "anna") == {sample["anna"]}


def test_refresh_search_texts_brings_old_rows_up_to_date(db, sample):
    """An older file holds search texts of an older format: a data migration refreshes them."""
    assert search_index.ensure_search_index(db.engine)
    with db.engine.begin() as connection:
        connection.execute(sa.update(Contact).values(search_text="old format"))
        assert search_index.refresh_search_texts(connection) == 5
        assert search_index.refresh_search_texts(connection) == 0
    assert _found(db, "Schtschokina") == {sample["olga"]}
    _integrity_check(db.engine)


def test_a_read_only_file_is_searched_without_the_index(db, sample, tmp_path):
    assert db.path is not None
    db.engine.dispose()
    engine = sa.create_engine(f"sqlite:///file:{db.path}?mode=ro&uri=true")
    try:
        assert not search_index.ensure_search_index(engine)
        conditions = search_index.search_conditions(engine, "Щёкина")
        with engine.connect() as connection:
            found = connection.execute(sa.select(Contact.id).where(*conditions)).scalars()
            assert set(found) == {sample["olga"]}
    finally:
        engine.dispose()


def test_schema_comparisons_can_leave_the_index_out(db, sample):
    assert search_index.ensure_search_index(db.engine)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "render_as_batch": True,
            "include_name": lambda name, kind, parent: not (
                kind == "table" and search_index.is_index_object(name)),
        })
        assert compare_metadata(context, Base.metadata) == []
    assert not search_index.is_index_object("contact")
    assert not search_index.is_index_object("contact_search_view")
    assert search_index.is_index_object(f"{search_index.TABLE}_data")


def test_other_databases_use_like(db):
    class FakeDialect:
        name = "postgresql"

    class FakeEngine:
        dialect = FakeDialect()

    assert not search_index.ensure_search_index(FakeEngine())  # type: ignore[arg-type]
    (condition,) = search_index.search_conditions(FakeEngine(), "Müller")  # type: ignore[arg-type]
    sql = str(condition.compile(compile_kwargs={"literal_binds": True}))
    assert "LIKE '% müller%'" in sql and "LIKE '% muler%'" in sql
