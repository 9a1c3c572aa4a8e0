"""Every SQLite connection gets the pragmas of DESIGN §3.6; network shares are refused."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from partnerdesk.messages import UserError
from partnerdesk.storage import engine as engine_module
from partnerdesk.storage.database import create_database, open_database
from partnerdesk.storage.engine import (
    BUSY_TIMEOUT_MS,
    create_engine_for,
    create_sqlite_engine,
    is_network_path,
    is_url,
    sqlite_url,
)

from .helpers import sha256, siblings


def _pragmas(connection) -> dict[str, object]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
    }


def _assert_safe(pragmas: dict[str, object]) -> None:
    assert pragmas["foreign_keys"] == 1
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["busy_timeout"] >= 5000
    assert pragmas["synchronous"] in (1, 2)  # NORMAL or FULL


def test_pragmas_on_every_pooled_connection(db):
    """Several connections at once, and new ones after the pool was emptied."""
    with db.engine.connect() as one, db.engine.connect() as two:
        assert one.connection.dbapi_connection is not two.connection.dbapi_connection
        _assert_safe(_pragmas(one))
        _assert_safe(_pragmas(two))
    db.engine.dispose()
    with db.engine.connect() as three:
        _assert_safe(_pragmas(three))


def test_pragmas_on_a_connection_made_in_another_thread(db):
    seen: list[dict] = []

    def work() -> None:
        with db.engine.connect() as connection:
            seen.append(_pragmas(connection))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 3
    for pragmas in seen:
        _assert_safe(pragmas)


def test_pragmas_on_the_sessions_connection(db):
    with db.unit() as session:
        _assert_safe(_pragmas(session.connection()))


def test_pragmas_after_a_migration(db):
    """`upgrade` turns foreign keys off for its run; the pooled connection gets them back."""
    from partnerdesk.storage import schema

    schema.upgrade(db.engine)
    with db.engine.connect() as connection:
        _assert_safe(_pragmas(connection))


def test_busy_timeout_is_at_least_five_seconds():
    assert BUSY_TIMEOUT_MS >= 5000


def test_sqlite_url_forms_get_the_pragmas_too(tmp_path):
    engine = create_engine_for(sqlite_url(tmp_path / "via-url.sqlite"))
    try:
        with engine.connect() as connection:
            _assert_safe(_pragmas(connection))
    finally:
        engine.dispose()


def test_is_url():
    assert is_url("postgresql+psycopg://user@host/db")
    assert is_url("sqlite:////tmp/x.sqlite")
    assert not is_url("/home/anna/partnerdesk.sqlite")
    assert not is_url(r"C:\Users\anna\partnerdesk.sqlite")


# ------------------------------------------------------------------ network shares


@pytest.fixture
def on_network_share(monkeypatch):
    monkeypatch.setattr(engine_module, "_linux_mount_type", lambda path: "cifs")


def test_local_folder_is_not_a_network_path(tmp_path):
    assert engine_module._linux_mount_type(tmp_path) != "" or not Path("/proc/mounts").exists()
    assert not is_network_path(tmp_path / "partnerdesk.sqlite")


def test_mount_type_of_the_longest_matching_mount_point(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//server/verein {share} cifs rw 0 0\n"
        f"//server/verein {tmp_path}/sha nfs rw 0 0\n",
    )
    real_path = Path

    class FakeProc(type(real_path())):
        def read_text(self, *args, **kwargs):
            if str(self) == "/proc/mounts":
                return mounts.read_text()
            return super().read_text(*args, **kwargs)

    monkeypatch.setattr(engine_module, "Path", FakeProc)
    assert engine_module._linux_mount_type(share / "sub") == "cifs"
    assert engine_module._linux_mount_type(tmp_path / "shared") != "nfs"  # not a prefix match
    assert is_network_path(share / "partnerdesk.sqlite")


def test_network_share_is_refused_for_a_new_database(tmp_path, on_network_share):
    target = tmp_path / "new.sqlite"
    with pytest.raises(UserError, match="network share"):
        create_database(target)
    assert not target.exists()


def test_network_share_is_refused_for_an_existing_database(db, on_network_share):
    path = db.path
    db.close()
    digest, files = sha256(path), siblings(path)
    with pytest.raises(UserError, match="network share") as error:
        open_database(path)
    assert error.value.params["path"] == str(path)
    assert sha256(path) == digest
    assert siblings(path) == files


def test_network_share_is_refused_by_the_engine_factory(tmp_path, on_network_share):
    with pytest.raises(UserError):
        create_sqlite_engine(tmp_path / "x.sqlite")
