"""The contact search index: SQLite FTS5 over `contact.search_text`, derived and rebuildable.

`Contact.search_text` (see `partnerdesk.domain.search_text`) is the truth; this index only
makes it fast. On SQLite it is an FTS5 table with external content (`contact`), prefix
indexes for 1–6 characters (phone numbers make many distinct tokens share a prefix such as
an area code; without them `0343` takes 20 ms instead of 2 ms on 100,000 contacts) and
three triggers that keep it in step with every insert, update and delete, whoever writes
(ORM, Core bulk inserts, imports, merges, plain SQL).

It is not part of the Alembic schema (`is_index_object` tells its tables from the model's,
for schema comparisons). `ensure_search_index` creates it when it is missing (the first
search of a process on an older or a new file) and rebuilds it whenever one of its parts
is missing, e.g. after a batch migration copied the `contact` table and so dropped its
triggers. Building it for 100,000 contacts takes two to three seconds. `VERSION` is part
of the names: a new tokenisation gets a new table, and the old one is dropped.

Other databases (PostgreSQL) search the same column with portable `LIKE` patterns.
"""

from __future__ import annotations

import logging
import re
import weakref

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from partnerdesk.domain import Contact
from partnerdesk.domain.search_text import (
    LIKE_ESCAPE,
    Term,
    contact_search_text,
    like_patterns,
    search_terms,
)

log = logging.getLogger(__name__)

VERSION = 1
TABLE = f"contact_search_v{VERSION}"
_TRIGGERS = {
    f"{TABLE}_insert": f"""
        CREATE TRIGGER {TABLE}_insert AFTER INSERT ON contact BEGIN
            INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
        END""",
    f"{TABLE}_delete": f"""
        CREATE TRIGGER {TABLE}_delete AFTER DELETE ON contact BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
        END""",
    f"{TABLE}_update": f"""
        CREATE TRIGGER {TABLE}_update AFTER UPDATE OF id, search_text ON contact BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
            INSERT INTO {TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
        END""",
}
_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(search_text, content='contact', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6')"
)
FEW_MATCHES = 3000    # up to this many matches, fetching by id beats walking the name index
COMMON_SHARE = 0.1    # from this share of all contacts on, LIKE on the walk beats the index
_VERSIONED = re.compile(r"contact_search_v\d+")
_fts = sa.table(TABLE, sa.column("rowid"), sa.column(TABLE))

# engine → whether the index can be used (checked once per engine and process)
_ready: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def is_index_object(name: str) -> bool:
    """True for the tables and triggers of the index (any version): not part of the model,
    so schema comparisons (Alembic autogenerate) must leave them out."""
    return name.startswith("contact_search_v") and _VERSIONED.match(name) is not None


def include_in_schema(name: str | None, kind: str, _parent: object = None) -> bool:
    """Alembic's `include_name` hook: compare the model's tables, not the index's."""
    return not (kind == "table" and name is not None and is_index_object(name))


def _objects(connection: Connection) -> dict[str, str]:
    """Name → type of every schema object of the index, this version's and older ones."""
    rows = connection.exec_driver_sql(
        "SELECT name, type FROM sqlite_master WHERE name LIKE 'contact_search_v%'"
    )
    return {name: kind for name, kind in rows}


def _complete(objects: dict[str, str]) -> bool:
    return {TABLE, *_TRIGGERS} <= objects.keys()


def _build(connection: Connection, objects: dict[str, str]) -> None:
    """(Re)create table and triggers, drop other versions, fill from `contact`."""
    for name, kind in objects.items():
        other_version = _VERSIONED.fullmatch(name) and name != TABLE
        if kind == "trigger" and name not in _TRIGGERS:
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        elif kind == "table" and other_version:
            connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')  # and its shadows
    for trigger in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    if TABLE not in objects:
        connection.exec_driver_sql(_CREATE_TABLE)
    for sql in _TRIGGERS.values():
        connection.exec_driver_sql(sql)
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def ensure_search_index(engine: Engine) -> bool:
    """Make sure the index exists and is complete; True when searches can use it.

    Cheap after the first call for an engine. False on databases other than SQLite and
    when SQLite cannot build it (read-only file, no FTS5): search then uses `LIKE`.
    """
    if engine.dialect.name != "sqlite":
        return False
    ready = _ready.get(engine)
    if ready is None:
        try:
            with engine.connect() as connection:
                if not _complete(_objects(connection)):
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                    objects = _objects(connection)    # another process may have built it
                    if not _complete(objects):
                        log.info("building the contact search index")
                        _build(connection, objects)
                    connection.commit()
            ready = True
        except sa.exc.DBAPIError as exc:
            log.warning("contact search index unavailable, searching without it: %s", exc)
            if "locked" in str(exc) or "busy" in str(exc):
                return False    # another writer held on for too long: try again next time
            ready = False
        _ready[engine] = ready
    return ready


def rebuild_search_index(engine: Engine) -> None:
    """Drop and rebuild the index from `contact.search_text` (repair; SQLite only)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
        objects = _objects(connection)
        objects.pop(TABLE, None)
        _build(connection, objects)
    _ready[engine] = True


def forget(engine: Engine) -> None:
    """Check the index again on the next search (after the file was replaced, e.g. restored)."""
    _ready.pop(engine, None)


def refresh_search_texts(connection: Connection, chunk: int = 2000) -> int:
    """Recompute `contact.search_text` for every contact (e.g. in a data migration after
    the rules of `contact_search_text` changed); returns how many rows changed.

    The index triggers (where present) follow the updates.
    """
    table = Contact.__table__
    changed = []
    for row in connection.execute(sa.select(table)).mappings():
        text = contact_search_text(dict(row))
        if text != row["search_text"]:
            changed.append({"row_id": row["id"], "text": text})
    update = (
        table.update()
        .where(table.c.id == sa.bindparam("row_id"))
        .values(search_text=sa.bindparam("text"))
    )
    for start in range(0, len(changed), chunk):
        connection.execute(update, changed[start:start + chunk])
    return len(changed)


def _match_expression(terms: list[Term]) -> str:
    """The FTS5 query: every term, each as its alternatives' phrase prefixes."""
    return " AND ".join(
        "(" + " OR ".join(f'"{" ".join(phrase)}"*' for phrase in term) + ")" for term in terms
    )


def _like_conditions(terms: list[Term]) -> list[sa.ColumnElement[bool]]:
    return [
        sa.or_(*(Contact.search_text.like(p, escape=LIKE_ESCAPE) for p in like_patterns(term)))
        for term in terms
    ]


def count_matches(engine: Engine, search: str) -> int | None:
    """How many contacts match `search`, counted in the index alone (None without one)."""
    terms = search_terms(search)
    if not terms or not ensure_search_index(engine):
        return None
    if any(not term for term in terms):
        return 0
    with engine.connect() as connection:
        return connection.execute(
            sa.select(sa.func.count()).select_from(_fts).where(_match(terms))
        ).scalar_one()


def _match(terms: list[Term]) -> sa.ColumnElement[bool]:
    return _fts.c[TABLE].op("MATCH")(_match_expression(terms))


def search_conditions(
    engine: Engine, search: str, *, page: bool = True
) -> list[sa.ColumnElement[bool]]:
    """The SQL conditions that keep the contacts matching `search` (none: all match).

    `page`: the conditions serve a page in name order (`ORDER BY sort_name, id LIMIT n`);
    False for a count. With the FTS5 index, how many contacts match is counted in the index
    first (a few milliseconds at most), and the form of the condition follows:

    * up to `FEW_MATCHES`: `id IN (index matches)`; SQLite fetches them by id and sorts;
    * more: `id + 0 IN (…)`, which keeps SQLite walking the `sort_name` index and
      stopping after one page instead of fetching and sorting tens of thousands of rows;
    * for a page, when at least `COMMON_SHARE` of all contacts match (one or two letters
      typed): the `LIKE` patterns, which the same index walk checks on the few hundred
      rows it needs, without building the list of matches at all.

    Without the index (PostgreSQL, a read-only file): the `LIKE` patterns.
    """
    terms = search_terms(search)
    if not terms:
        return []
    if any(not term for term in terms):
        return [sa.false()]
    if not ensure_search_index(engine):
        return _like_conditions(terms)
    match = _match(terms)
    with engine.connect() as connection:
        found = connection.execute(
            sa.select(sa.func.count()).select_from(_fts).where(match)
        ).scalar_one()
        highest_id = connection.execute(sa.select(sa.func.max(Contact.id))).scalar() or 0
    if page and found >= COMMON_SHARE * highest_id:
        return _like_conditions(terms)
    by_id = Contact.id if found <= FEW_MATCHES else Contact.id + 0
    return [by_id.in_(sa.select(_fts.c.rowid).where(match))]
