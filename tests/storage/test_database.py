"""Opening a file that is not a usable PartnerDesk database: a clear message, file untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from partnerdesk import paths
from partnerdesk.storage import schema
from partnerdesk.storage.database import (
    DatabaseError,
    create_database,
    inspect_file,
    open_database,
)

from .helpers import counts, sha256, siblings


def _closed_copy_of(db) -> Path:
    path = db.path
    db.close()
    return path


@pytest.fixture
def files(tmp_path) -> Path:
    """A folder of its own (the data folder, with quarantine and backups, is `tmp_path`)."""
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture
def text_file(files) -> Path:
    path = files / "notes.sqlite"
    path.write_text("Mitgliederliste\nAnna Schmidt;Görlitz\n", encoding="utf-8")
    return path


@pytest.fixture
def empty_file(files) -> Path:
    path = files / "empty.sqlite"
    path.write_bytes(b"")
    return path


@pytest.fixture
def truncated_file(db, sample, files) -> Path:
    source = _closed_copy_of(db)
    data = source.read_bytes()
    path = files / "truncated.sqlite"
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.fixture
def newer_file(db, files) -> Path:
    path = files / "newer.sqlite"
    shutil.copyfile(_closed_copy_of(db), path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    connection.commit()
    connection.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def foreign_sqlite_file(files) -> Path:
    path = files / "other-app.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('Kalinka')")
    connection.commit()
    connection.close()
    return path


REFUSED = [
    ("text_file", "is not a PartnerDesk database"),
    ("empty_file", "is empty, not a PartnerDesk database"),
    ("truncated_file", "is damaged"),
    ("newer_file", "was written by a newer version of PartnerDesk"),
    ("foreign_sqlite_file", "is not a PartnerDesk database"),
]


@pytest.mark.parametrize("opener", [inspect_file, open_database], ids=["inspect", "open"])
@pytest.mark.parametrize(("kind", "message"), REFUSED, ids=[kind for kind, _ in REFUSED])
def test_unusable_file_is_refused_and_left_untouched(request, opener, kind, message):
    path: Path = request.getfixturevalue(kind)
    digest, files = sha256(path), siblings(path)
    with pytest.raises(DatabaseError) as error:
        opener(path)
    assert message in error.value.english()
    assert str(path) in error.value.english()
    assert "\n" not in error.value.english()  # one line for the CLI
    assert error.value.context == "Errors"
    assert sha256(path) == digest, "the file must stay byte-for-byte as it was"
    assert siblings(path) == files, "nothing may be created beside it (no -wal, -shm)"


def test_damaged_file_is_copied_to_quarantine(truncated_file):
    with pytest.raises(DatabaseError) as error:
        open_database(truncated_file)
    copy = error.value.quarantined
    assert copy is not None and copy.parent == paths.quarantine_dir()
    assert copy.read_bytes() == truncated_file.read_bytes()
    assert str(copy) in error.value.english()
    assert truncated_file.exists()


def test_damaged_file_is_never_deleted_even_when_opened_twice(truncated_file):
    for _ in range(2):
        with pytest.raises(DatabaseError):
            open_database(truncated_file)
    assert truncated_file.exists()
    assert len(list(paths.quarantine_dir().iterdir())) >= 1


@pytest.mark.parametrize("kind", ["text_file", "empty_file", "newer_file", "foreign_sqlite_file"])
def test_undamaged_refusals_do_not_quarantine(request, kind):
    path = request.getfixturevalue(kind)
    with pytest.raises(DatabaseError) as error:
        open_database(path)
    assert error.value.quarantined is None
    assert not (paths.data_dir() / "quarantine").exists() or not any(
        paths.quarantine_dir().iterdir())


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_inspect_does_not_leave_wal_files_beside_a_good_database(db, sample):
    path = _closed_copy_of(db)
    files, digest = siblings(path), sha256(path)
    assert not {f"{path.name}-wal", f"{path.name}-shm"} & files
    assert inspect_file(path) == schema.head_revision()
    assert siblings(path) == files
    assert sha256(path) == digest


def test_inspect_reads_committed_data_still_in_the_wal(db):
    """While the app has the database open, recent commits live in the -wal file."""
    with db.engine.connect() as connection:  # keeps the WAL from being folded back
        connection.exec_driver_sql("SELECT 1")
        assert Path(f"{db.path}-wal").exists()
        assert inspect_file(db.path) == schema.head_revision()


def test_create_refuses_an_existing_file(text_file):
    digest = sha256(text_file)
    with pytest.raises(DatabaseError, match="already exists"):
        create_database(text_file)
    assert sha256(text_file) == digest


def test_create_removes_its_half_made_file_when_the_schema_fails(tmp_path, monkeypatch):
    def broken(engine, *args, **kwargs):
        with engine.connect() as connection:
            connection.exec_driver_sql("CREATE TABLE half (x)")
            connection.commit()
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema, "upgrade", broken)
    target = tmp_path / "new.sqlite"
    with pytest.raises(RuntimeError, match="disk full"):
        create_database(target)
    assert not target.exists()
    assert not Path(f"{target}-wal").exists()


def test_open_with_create_makes_a_new_database(tmp_path):
    database = open_database(tmp_path / "sub" / "fresh.sqlite", create=True)
    try:
        assert database.path == tmp_path / "sub" / "fresh.sqlite"
        assert database.label == str(database.path)
    finally:
        database.close()
    assert inspect_file(tmp_path / "sub" / "fresh.sqlite") == schema.head_revision()


def test_open_keeps_the_data(db, sample):
    path = _closed_copy_of(db)
    before = counts(path)
    database = open_database(path)
    database.close()
    assert counts(path) == before


def test_open_accepts_a_sqlite_url(db):
    path = _closed_copy_of(db)
    database = open_database(f"sqlite:///{path}")
    try:
        assert database.path == path
    finally:
        database.close()
