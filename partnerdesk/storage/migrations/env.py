"""Alembic environment: runs on the connection handed over by `partnerdesk.storage.schema`."""

from __future__ import annotations

from alembic import context

from partnerdesk.domain import Base
from partnerdesk.storage.search_index import include_in_schema

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run by the alembic command line
    raise RuntimeError("run migrations through partnerdesk.storage.schema")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # the contact search index is derived data kept by storage/search_index.py, not schema
    include_name=include_in_schema,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
