"""The schema is made and changed by Alembic only, and a migration keeps every row."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from partnerdesk import paths
from partnerdesk.domain import Base
from partnerdesk.storage import backup, schema, search_index
from partnerdesk.storage.database import create_database, open_database

from .helpers import CASCADE_PARENTS, TEST_REVISION, counts, write_revision


def _revision(engine) -> str | None:
    with engine.connect() as connection:
        return schema.current_revision(connection)


# ------------------------------------------------------------ the initial migration


def test_upgrade_from_nothing_creates_every_table(tmp_path):
    database = create_database(tmp_path / "new.sqlite")
    try:
        tables = set(sa.inspect(database.engine).get_table_names())
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        assert _revision(database.engine) == schema.head_revision()
    finally:
        database.close()


def test_migrations_have_a_single_head_and_one_linear_history():
    scripts = schema.script_directory()
    heads = scripts.get_heads()
    assert len(heads) == 1
    assert schema.head_revision() == schema.script_head() == heads[0]
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None  # one base
    assert len(scripts.get_bases()) == 1
    assert schema.known_revisions() == {rev.revision for rev in revisions}


def test_migrated_schema_matches_the_model(db):
    """Alembic's own comparison (columns, types, nullability, indexes, unique constraints)."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "render_as_batch": True,
                  "include_name": search_index.include_in_schema},
        )
        assert compare_metadata(context, Base.metadata) == []


def _normalise_sql(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace('"', "")).strip().lower()


def _describe(engine) -> dict[str, dict]:
    """Everything autogenerate does not compare: checks, FK actions, index and pk names."""
    inspector = sa.inspect(engine)
    described = {}
    for table in inspector.get_table_names():
        if table == "alembic_version" or search_index.is_index_object(table):
            continue
        described[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"])
                        for c in inspector.get_columns(table)],
            "pk": inspector.get_pk_constraint(table),
            "fks": sorted(
                (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                 tuple(fk["referred_columns"]), fk["options"].get("ondelete"))
                for fk in inspector.get_foreign_keys(table)
            ),
            "checks": sorted((ck["name"], _normalise_sql(ck["sqltext"]))
                             for ck in inspector.get_check_constraints(table)),
            "uniques": sorted((uq["name"], tuple(uq["column_names"]))
                              for uq in inspector.get_unique_constraints(table)),
            "indexes": sorted((ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                              for ix in inspector.get_indexes(table)),
        }
    return described


def test_migrated_schema_has_the_models_constraints(db, tmp_path):
    """Check constraints and ON DELETE actions of the migration equal the model's."""
    reference = sa.create_engine(f"sqlite:///{tmp_path / 'create_all.sqlite'}")
    Base.metadata.create_all(reference)
    try:
        expected = _describe(reference)
    finally:
        reference.dispose()
    actual = _describe(db.engine)
    assert actual.keys() == expected.keys()
    for table in expected:
        assert actual[table] == expected[table], table


def test_model_declares_delete_behaviour_on_every_foreign_key():
    undecided = [
        f"{fk.parent.table.name}.{fk.parent.name}"
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.ondelete is None
    ]
    assert undecided == []


# ------------------------------------------------------- a migration on a database with data


def _rules(engine) -> dict[str, dict]:
    described = _describe(engine)
    return {table: {key: described[table][key] for key in ("fks", "checks", "uniques", "indexes")}
            for table in CASCADE_PARENTS}


def test_migration_keeps_every_row_of_cascade_children(db, sample, extra_versions):
    path = db.path
    before = counts(path)
    assert all(before[table] > 0 for table in before), "sample data must fill every table"
    constraints_before = _rules(db.engine)

    schema.upgrade(db.engine, extra_version_locations=[extra_versions])

    assert _revision(db.engine) == TEST_REVISION
    assert counts(path) == before
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert "test_note" in {c["name"] for c in sa.inspect(db.engine).get_columns("exchange")}
    assert _rules(db.engine) == constraints_before  # the rebuilt tables keep their rules


def test_delete_rules_still_hold_after_tables_were_rebuilt(db, sample, extra_versions):
    """Rebuilding a table changes the order SQLite applies cascades in; rules must not care."""
    schema.upgrade(db.engine, extra_version_locations=[extra_versions])
    with pytest.raises(IntegrityError):
        with db.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM budget_line")  # it has receipts
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM grant_application")
    left = counts(db.path)
    assert left["grant_application"] == left["budget_line"] == left["receipt"] == 0


def test_without_foreign_keys_off_the_same_migration_would_lose_children(db, sample, tmp_path):
    """Control: proves the test above would fail if `upgrade` left foreign keys on."""
    folder = write_revision(tmp_path / "control_versions", tables=("exchange",))
    with db.engine.begin() as connection:  # a grant's RESTRICT would stop the drop instead
        connection.exec_driver_sql("DELETE FROM grant_exchange")
    before = counts(db.path)
    config = schema.alembic_config([folder])
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    after = counts(db.path)
    assert after["exchange"] == before["exchange"]
    assert before["participation"] > 0 and after["participation"] == 0
    assert before["programme_item"] > 0 and after["programme_item"] == 0


def _schema_sql(engine) -> list[tuple]:
    with engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_failed_migration_changes_nothing_and_can_be_retried(db, sample, tmp_path):
    """One transaction: no half-made `_alembic_tmp_` table may block the next attempt."""
    before_sql, before_rows = _schema_sql(db.engine), counts(db.path)
    folder = write_revision(tmp_path / "failing_versions", fail=True)
    with pytest.raises(RuntimeError, match="on purpose"):
        schema.upgrade(db.engine, extra_version_locations=[folder])
    assert _schema_sql(db.engine) == before_sql
    assert counts(db.path) == before_rows
    assert _revision(db.engine) == schema.head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1

    fixed = write_revision(tmp_path / "fixed_versions")
    schema.upgrade(db.engine, extra_version_locations=[fixed])
    assert _revision(db.engine) == TEST_REVISION
    assert counts(db.path) == before_rows


def test_migration_that_breaks_a_foreign_key_is_rolled_back(db, sample, tmp_path):
    folder = tmp_path / "breaking_versions"
    folder.mkdir()
    (folder / f"{TEST_REVISION}_break.py").write_text(
        "from alembic import op\n"
        f"revision = {TEST_REVISION!r}\n"
        f"down_revision = {schema.head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.execute('UPDATE membership SET contact_id = 999999')\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    before = counts(db.path)
    with pytest.raises(RuntimeError, match="foreign key check failed"):
        schema.upgrade(db.engine, extra_version_locations=[folder])
    assert _revision(db.engine) == schema.head_revision()
    assert counts(db.path) == before
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


# ------------------------------------------------- opening a database of an older version


def test_open_older_schema_backs_up_then_upgrades(db, sample, next_version):
    path = db.path
    packaged = _revision(db.engine)  # the packaged head the sample was made with
    db.close()
    before = counts(path)

    database = open_database(path)
    try:
        assert database.upgraded_from == packaged
        assert _revision(database.engine) == TEST_REVISION
    finally:
        database.close()

    assert counts(path) == before
    copies = [entry for entry in backup.list_backups(paths.backup_dir_for(path))
              if entry.kind == "pre-migration"]
    assert len(copies) == 1
    assert copies[0].path.name.startswith(f"pre-migration-{packaged}-")
    assert backup.verify_copy(copies[0].path, before) == before
    reference = sa.create_engine(f"sqlite:///{copies[0].path}")
    try:
        assert _revision(reference) == packaged  # the copy is of the old schema
    finally:
        reference.dispose()


def test_open_current_schema_makes_no_backup(db, sample):
    path = db.path
    db.close()
    database = open_database(path)
    database.close()
    assert database.upgraded_from is None
    assert backup.list_backups(paths.backup_dir_for(path)) == []
