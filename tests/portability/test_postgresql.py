"""The same code on PostgreSQL: migrations, constraints, exact money, paging, the demo.

Starts a throw-away PostgreSQL server of its own (initdb in a temporary folder, a Unix
socket only, no TCP). CI installs PostgreSQL and sets PARTNERDESK_REQUIRE_POSTGRES=1, so there
this test can only pass or fail; on a developer machine without PostgreSQL it is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from partnerdesk.domain import BudgetLine, Contact, Exchange, GrantApplication, Participation
from partnerdesk.domain.enums import BudgetCategory, BudgetSide, ContactKind
from partnerdesk.services import contacts, exchanges, grants
from partnerdesk.services.demo import build_demo
from partnerdesk.storage import schema, search_index
from partnerdesk.storage.database import open_database

pytestmark = pytest.mark.slow


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


@pytest.fixture(scope="module")
def pg_url():
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        if os.environ.get("PARTNERDESK_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) is required here but not installed")
        pytest.skip("PostgreSQL is not installed on this machine")
    # not under pytest's tmp folder: the postgres user must be able to reach it
    folder = Path(tempfile.mkdtemp(prefix="partnerdesk-pg-"))
    data, sock = folder / "data", folder / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(folder, "postgres")
        shutil.chown(sock, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    run = lambda *cmd: subprocess.run(prefix + list(cmd), check=True, capture_output=True)  # noqa: E731
    run(initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C")
    run(
        pg_ctl,
        "-D",
        str(data),
        "-w",
        "-l",
        str(folder / "log"),
        "-o",
        f"-k {sock} -c listen_addresses='' -c fsync=off",
        "start",
    )
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}"
    finally:
        run(pg_ctl, "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_db(pg_url, tmp_path_factory):
    os.environ.setdefault("PARTNERDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    db = open_database(pg_url)
    build_demo(db, contacts=300, today=date(2026, 11, 21))
    yield db
    db.close()


def test_migration_reaches_head_and_matches_the_model(pg_db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from partnerdesk.domain import Base

    with pg_db.engine.connect() as connection:
        assert schema.current_revision(connection) == schema.head_revision()
        diff = compare_metadata(
            MigrationContext.configure(
                connection, opts={"include_name": search_index.include_in_schema}
            ),
            Base.metadata,
        )
    assert diff == []


def test_search_and_keyset_paging_work(pg_db):
    total = contacts.count_contacts(pg_db)
    seen, after = [], None
    while page := contacts.list_contacts(pg_db, limit=97, after=after):
        seen.extend(page)
        after = (page[-1].sort_key, page[-1].id)
    assert len(seen) == total == len({r.id for r in seen})
    with_yo = next(r for r in seen if "ё" in r.native_name)
    word = with_yo.native_name.split()[-1].replace("ё", "е").upper()
    assert with_yo.id in {r.id for r in contacts.list_contacts(pg_db, word)}


def test_money_is_exact_numeric(pg_db):
    rows = grants.list_grants(pg_db)
    assert rows and all(isinstance(r.planned_costs, Decimal) for r in rows)
    with pg_db.unit() as s:
        grant_id = s.execute(sa.select(GrantApplication.id).limit(1)).scalar_one()
        s.add(
            BudgetLine(
                grant_id=grant_id,
                side=BudgetSide.COST,
                category=BudgetCategory.MATERIAL,
                planned=Decimal("9999999999.99"),
            )
        )
        s.commit()
        total = s.execute(
            sa.select(sa.func.sum(BudgetLine.planned)).where(BudgetLine.grant_id == grant_id)
        ).scalar_one()
        assert total == sum(
            b.planned
            for b in s.execute(
                sa.select(BudgetLine).where(BudgetLine.grant_id == grant_id)
            ).scalars()
        )
    assert exchanges.list_exchanges(pg_db)


def test_constraints_hold_on_postgresql(pg_db):
    with pg_db.unit() as s:
        contact_id = s.execute(sa.select(Participation.contact_id).limit(1)).scalar_one()
        with pytest.raises(IntegrityError):
            s.execute(sa.delete(Contact).where(Contact.id == contact_id))
        s.rollback()
        s.add(Contact(kind=ContactKind.ORGANISATION, organisation_name=""))
        with pytest.raises(IntegrityError):
            s.flush()
        s.rollback()
        exchange = s.execute(sa.select(Exchange).limit(1)).scalar_one()
        exchange.end_date = date(1900, 1, 1)
        with pytest.raises(IntegrityError):
            s.flush()
