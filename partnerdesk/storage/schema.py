"""The schema's version and its upgrade by Alembic migrations (never `create_all` on user data).

Batch migrations on SQLite copy tables; with foreign keys on, copying a parent table with
`ON DELETE CASCADE` children would delete those children. So upgrades run with
`PRAGMA foreign_keys=OFF` (set outside the transaction), then `foreign_key_check`, then ON.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:  # Alembic is imported only when a migration runs: it costs start-up time
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration. Opening a database at this revision needs no Alembic at all;
# tests/storage/test_migrations.py checks that it is the scripts' single head.
HEAD_REVISION = "0003"


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    """The Alembic configuration pointing at the packaged migrations.

    `extra_version_locations` adds folders of further revisions (tests use it to run a
    migration on a database that holds data).
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _escape(str(MIGRATIONS)))
    if extra_version_locations:
        folders = [MIGRATIONS / "versions", *map(Path, extra_version_locations)]
        config.set_main_option("path_separator", "os")  # alembic >= 1.16
        config.set_main_option("version_path_separator", "os")  # older alembic
        config.set_main_option(
            "version_locations", _escape(os.pathsep.join(str(folder) for folder in folders))
        )
    return config


def _escape(value: str) -> str:
    """Alembic options go through ConfigParser interpolation: a `%` in a path must be doubled."""
    return value.replace("%", "%%")


def script_directory() -> ScriptDirectory:
    """The packaged migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The revision this version of PartnerDesk expects."""
    return HEAD_REVISION


def script_head() -> str:
    """The single head of the migration scripts (what HEAD_REVISION must say)."""
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have a single head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    """Every revision this version knows (a database at another one is newer)."""
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None when it has none."""
    from alembic.runtime.migration import MigrationContext

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
    from alembic import command

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
