"""Helpers for storage tests: a test-only Alembic revision and looks at database files."""

from __future__ import annotations

import hashlib
import textwrap
from collections.abc import Sequence
from pathlib import Path

from partnerdesk.storage import schema, search_index
from partnerdesk.storage.backup import connect_readonly, table_counts

TEST_REVISION = "9999_test"

# Tables with ON DELETE CASCADE children: a batch migration copies and drops them, which with
# foreign keys on would silently delete every child row.
CASCADE_PARENTS = ("exchange", "contact", "participation", "grant_application",
                   "partner_town", "association_profile", "budget_line")


def write_revision(folder: Path, tables: Sequence[str] = CASCADE_PARENTS,
                   fail: bool = False) -> Path:
    """Write a revision after the packaged head that rebuilds `tables` (batch copy).

    It also adds a column to `exchange`, as a real next migration would; with `fail` it
    raises after the rebuilds.
    """
    folder.mkdir(parents=True, exist_ok=True)
    head = schema.head_revision()
    source = textwrap.dedent(f'''\
        """test only: rebuild parent tables by batch copy and add a column"""
        import sqlalchemy as sa
        from alembic import op

        revision = {TEST_REVISION!r}
        down_revision = {head!r}
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            with op.batch_alter_table("exchange", recreate="always") as batch:
                batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))
            for table in {tuple(t for t in tables if t != "exchange")!r}:
                with op.batch_alter_table(table, recreate="always"):
                    pass
            if {fail!r}:
                raise RuntimeError("migration failed on purpose")


        def downgrade() -> None:
            pass
        ''')
    path = folder / f"{TEST_REVISION}_rebuild.py"
    path.write_text(source, encoding="utf-8")
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def counts(path: Path) -> dict[str, int]:
    """Row counts of every table of a SQLite file."""
    connection = connect_readonly(path)
    try:
        return {
            table: count
            for table, count in table_counts(connection).items()
            if not search_index.is_index_object(table)  # derived data, built on open
        }
    finally:
        connection.close()


def siblings(path: Path) -> set[str]:
    """Names of the files in the folder of `path`."""
    return {p.name for p in Path(path).parent.iterdir()}
