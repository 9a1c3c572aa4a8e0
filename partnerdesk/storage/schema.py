"""The schema's version and its upgrade by Alembic migrations (never `create_all` on user data).

Batch migrations on SQLite copy tables; with foreign keys on, copying a parent table with
`ON DELETE CASCADE` children would delete those children. So upgrades run with
`PRAGMA foreign_keys=OFF` (set outside the transaction), then `foreign_key_check`, then ON.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    """The Alembic configuration pointing at the packaged migrations.

    `extra_version_locations` adds folders of further revisions (tests use it to run a
    migration on a database that holds data).
    """
    config = Config()
    config.set_main_option("script_location", _escape(str(MIGRATIONS)))
    if extra_version_locations:
        folders = [MIGRATIONS / "versions", *map(Path, extra_version_locations)]
        config.set_main_option("path_separator", "os")  # alembic >= 1.16
        config.set_main_option("version_path_separator", "os")  # older alembic
        config.set_main_option("version_locations",
                               _escape(os.pathsep.join(str(folder) for folder in folders)))
    return config


def _escape(value: str) -> str:
    """Alembic options go through ConfigParser interpolation: a `%` in a path must be doubled."""
    return value.replace("%", "%%")


def script_directory() -> ScriptDirectory:
    """The packaged migration scripts."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The revision this version of PartnerDesk expects."""
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have a single head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    """Every revision this version knows (a database at another one is newer)."""
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None when it has none."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    engine: Engine, revision: str = "head", *, extra_version_locations: Sequence[Path] = ()
) -> None:
    """Upgrade the schema to `revision`, keeping every row of every table.

    On SQLite the whole upgrade is one transaction: Python's sqlite3 runs DDL outside any
    transaction unless one was begun, and a failed batch migration would leave its
    half-made `_alembic_tmp_…` table behind, which makes every later attempt fail. A
    migration that breaks a foreign key is rolled back too.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction
            connection.commit()
        try:
            config = alembic_config(extra_version_locations)
            config.attributes["connection"] = connection
            if sqlite:
                connection.exec_driver_sql("BEGIN")  # alembic joins it and leaves it to us
            command.upgrade(config, revision)
            if sqlite:
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
