"""Verified backups, their rotation, restore and the newest good backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from partnerdesk.storage import backup
from partnerdesk.storage.backup import (
    KEEP,
    BackupError,
    list_backups,
    make_verified_backup,
    newest_good_backup,
    restore_backup,
    rotate_backups,
    verify_copy,
)

from .helpers import counts, sha256, siblings


def _damage(path: Path) -> None:
    """Overwrite the middle of a database file with garbage (pages, not the header)."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    path.write_bytes(bytes(data))


def _set_mtime(path: Path, seconds_ago: int) -> None:
    stamp = path.stat().st_mtime - seconds_ago
    os.utime(path, (stamp, stamp))


# --------------------------------------------------------------- verified backups


def test_backup_copies_every_row_and_passes_verification(db, sample, tmp_path):
    target = tmp_path / "copies" / "manual-1.sqlite"
    expected = make_verified_backup(db.path, target)
    assert expected == counts(db.path)
    assert counts(target) == expected
    assert all(expected[table] > 0 for table in expected)
    assert verify_copy(target, expected) == expected
    assert not Path(f"{target}-wal").exists()
    assert siblings(target) == {target.name}  # no temporary file left


def test_backup_of_an_open_database_includes_recent_commits(db, sample, tmp_path):
    """The app keeps its engine open; commits still in the -wal must be in the copy."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE contact SET city = 'Görlitz'")
    with db.engine.connect():
        assert Path(f"{db.path}-wal").exists()
        target = tmp_path / "copy.sqlite"
        make_verified_backup(db.path, target)
    connection = sqlite3.connect(target)
    try:
        cities = {row[0] for row in connection.execute("SELECT city FROM contact")}
    finally:
        connection.close()
    assert cities == {"Görlitz"}


def test_backup_of_a_missing_database_fails_and_creates_nothing(tmp_path):
    missing = tmp_path / "missing.sqlite"
    with pytest.raises(BackupError):
        make_verified_backup(missing, tmp_path / "copy.sqlite")
    assert not missing.exists()
    assert not (tmp_path / "copy.sqlite").exists()


def test_failed_verification_keeps_the_previous_backup(db, sample, tmp_path, monkeypatch):
    target = tmp_path / "backups" / "daily-2025-01-01.sqlite"
    make_verified_backup(db.path, target)
    previous = sha256(target)

    def refuse(path, expected=None):
        raise BackupError("The backup {path} is damaged: {reason}", path=str(path), reason="x")

    monkeypatch.setattr(backup, "verify_copy", refuse)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM payment")
    with pytest.raises(BackupError):
        make_verified_backup(db.path, target)
    assert sha256(target) == previous
    assert siblings(target) == {target.name}


def test_verify_detects_a_corrupted_copy(db, sample, tmp_path):
    target = tmp_path / "copy.sqlite"
    make_verified_backup(db.path, target)
    _damage(target)
    with pytest.raises(BackupError, match="damaged|cannot be read"):
        verify_copy(target)


def test_verify_detects_missing_rows(db, sample, tmp_path):
    target = tmp_path / "copy.sqlite"
    expected = make_verified_backup(db.path, target)
    connection = sqlite3.connect(target)
    connection.execute("DELETE FROM payment")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="does not hold every row"):
        verify_copy(target, expected)


def test_verify_refuses_files_that_are_not_partnerdesk(tmp_path):
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="not a PartnerDesk backup"):
        verify_copy(other)
    text = tmp_path / "text.sqlite"
    text.write_text("hello")
    with pytest.raises(BackupError):
        verify_copy(text)


# ------------------------------------------------------------------------ rotation


def _expected_rotation(days: list[date]) -> set[str]:
    daily = {f"daily-{d.isoformat()}.sqlite" for d in days[-KEEP["daily"]:]}
    weeks = sorted({f"{d.isocalendar().year}-W{d.isocalendar().week:02d}" for d in days})
    months = sorted({f"{d.year}-{d.month:02d}" for d in days})
    return (daily
            | {f"weekly-{w}.sqlite" for w in weeks[-KEEP["weekly"]:]}
            | {f"monthly-{m}.sqlite" for m in months[-KEEP["monthly"]:]})


def test_rotation_over_sixty_days_keeps_7_daily_4_weekly_and_the_months(db, sample, tmp_path):
    folder = tmp_path / "backups"
    days = [date(2025, 1, 20) + timedelta(days=i) for i in range(60)]
    for day in days:
        daily = rotate_backups(db.path, folder, day)
        assert daily == folder / f"daily-{day.isoformat()}.sqlite"
    names = {p.name for p in folder.iterdir()}
    assert names == _expected_rotation(days)
    kinds = [name.split("-")[0] for name in names]
    assert kinds.count("daily") == 7
    assert kinds.count("weekly") == 4
    assert kinds.count("monthly") == 3  # January, February, March 2025
    for path in folder.iterdir():
        verify_copy(path, counts(db.path))


def test_rotation_keeps_at_most_twelve_months(db, tmp_path):
    folder = tmp_path / "backups"
    for month in range(15):  # one backup in each of 15 months
        rotate_backups(db.path, folder, date(2024 + month // 12, month % 12 + 1, 3))
    monthly = sorted(p.name for p in folder.glob("monthly-*.sqlite"))
    assert len(monthly) == 12
    assert monthly[0] == "monthly-2024-04.sqlite"
    assert monthly[-1] == "monthly-2025-03.sqlite"


def test_rotation_with_few_days_keeps_what_there_is(db, tmp_path):
    folder = tmp_path / "backups"
    days = [date(2025, 3, 3), date(2025, 3, 4)]  # Monday and Tuesday of one week
    for day in days:
        rotate_backups(db.path, folder, day)
    assert {p.name for p in folder.iterdir()} == _expected_rotation(days) == {
        "daily-2025-03-03.sqlite", "daily-2025-03-04.sqlite",
        "weekly-2025-W10.sqlite", "monthly-2025-03.sqlite",
    }


def test_rotation_across_the_new_year_orders_by_date(db, tmp_path):
    folder = tmp_path / "backups"
    days = [date(2024, 12, 20) + timedelta(days=i) for i in range(30)]
    for day in days:
        rotate_backups(db.path, folder, day)
    assert {p.name for p in folder.iterdir()} == _expected_rotation(days)


def test_rotation_twice_a_day_replaces_that_days_backup(db, sample, tmp_path):
    folder = tmp_path / "backups"
    rotate_backups(db.path, folder, date(2025, 3, 3))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM payment")
    rotate_backups(db.path, folder, date(2025, 3, 3))
    assert counts(folder / "daily-2025-03-03.sqlite")["payment"] == 0
    # the week's and the month's copies keep the first backup of their period
    assert counts(folder / "weekly-2025-W10.sqlite")["payment"] == 1


# ------------------------------------------------------------- list and newest good


def test_list_backups_newest_first_and_ignores_other_files(db, tmp_path):
    folder = tmp_path / "backups"
    make_verified_backup(db.path, folder / "daily-2025-03-01.sqlite")
    make_verified_backup(db.path, folder / "manual-2025-03-02_10-00-00.sqlite")
    make_verified_backup(db.path, folder / "pre-migration-0001-2025-03-03_10-00-00.sqlite")
    (folder / "notes.txt").write_text("x")
    (folder / "something.sqlite").write_text("x")
    _set_mtime(folder / "daily-2025-03-01.sqlite", 300)
    _set_mtime(folder / "manual-2025-03-02_10-00-00.sqlite", 200)
    entries = list_backups(folder)
    assert [e.kind for e in entries] == ["pre-migration", "manual", "daily"]
    assert all(e.size > 0 for e in entries)


def test_newest_good_backup_skips_a_damaged_newer_one(db, sample, tmp_path):
    folder = tmp_path / "backups"
    older = folder / "daily-2025-03-01.sqlite"
    newer = folder / "daily-2025-03-02.sqlite"
    make_verified_backup(db.path, older)
    make_verified_backup(db.path, newer)
    _set_mtime(older, 3600)
    _damage(newer)
    found = newest_good_backup(folder)
    assert found is not None and found.path == older


def test_newest_good_backup_is_none_without_good_ones(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "daily-2025-03-01.sqlite").write_text("not a database")
    assert newest_good_backup(folder) is None


# ------------------------------------------------------------------------ restore


def test_restore_replaces_the_database_and_keeps_a_safety_copy(db, sample, tmp_path):
    folder = tmp_path / "backups"
    good = folder / "daily-2025-03-01.sqlite"
    make_verified_backup(db.path, good)
    with db.engine.begin() as connection:  # later changes that the restore undoes
        connection.exec_driver_sql("DELETE FROM payment")
        connection.exec_driver_sql("UPDATE contact SET city = 'Bautzen'")
    db.close()
    current = counts(db.path)

    safety = restore_backup(good, db.path, folder)

    assert counts(db.path) == counts(good)
    assert counts(db.path)["payment"] == 1
    assert safety is not None and safety.parent == folder
    assert safety.name.startswith("before-restore-")
    assert verify_copy(safety, current) == current
    assert [e.kind for e in list_backups(folder)].count("before-restore") == 1
    assert siblings(db.path) >= {db.path.name}
    assert not Path(f"{db.path}-wal").exists()


def test_restored_database_opens(db, sample, tmp_path):
    from partnerdesk.storage.database import open_database

    good = tmp_path / "backups" / "daily-2025-03-01.sqlite"
    make_verified_backup(db.path, good)
    db.close()
    restore_backup(good, db.path, tmp_path / "backups")
    reopened = open_database(db.path)
    try:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT COUNT(*) FROM contact").scalar() == 5
    finally:
        reopened.close()


@pytest.mark.parametrize("problem", ["damaged", "foreign", "missing"])
def test_restore_refuses_a_bad_backup_and_leaves_the_database(db, sample, tmp_path, problem):
    folder = tmp_path / "backups"
    bad = folder / "daily-2025-03-01.sqlite"
    if problem == "damaged":
        make_verified_backup(db.path, bad)
        _damage(bad)
    elif problem == "foreign":
        folder.mkdir()
        connection = sqlite3.connect(bad)
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.commit()
        connection.close()
    db.close()
    digest = sha256(db.path)
    before = set(folder.iterdir()) if folder.exists() else set()

    with pytest.raises(BackupError):
        restore_backup(bad, db.path, folder)

    assert sha256(db.path) == digest
    assert (set(folder.iterdir()) if folder.exists() else set()) == before  # no safety copy


def test_restore_into_a_missing_database_needs_no_safety_copy(db, tmp_path):
    good = tmp_path / "good.sqlite"
    make_verified_backup(db.path, good)
    target = tmp_path / "elsewhere" / "restored.sqlite"
    assert restore_backup(good, target, tmp_path / "safety") is None
    assert counts(target) == counts(good)


def test_restore_removes_a_stale_wal_of_the_old_database(db, sample, tmp_path):
    """A -wal left by the replaced file would be replayed onto the restored one."""
    good = tmp_path / "good.sqlite"
    make_verified_backup(db.path, good)
    db.close()
    stale = Path(f"{db.path}-wal")
    shutil.copyfile(good, stale)  # any bytes: it must simply be gone afterwards
    restore_backup(good, db.path, tmp_path / "safety")
    assert not stale.exists()
    assert verify_copy(db.path, counts(good))


def test_quarantine_copy_keeps_the_original_and_its_wal(tmp_path):
    damaged = tmp_path / "files" / "broken.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    Path(f"{damaged}-wal").write_bytes(b"wal bytes")
    copy = backup.quarantine_copy(damaged, tmp_path / "quarantine")
    assert damaged.exists()
    assert copy.read_bytes() == damaged.read_bytes()
    assert Path(f"{copy}-wal").read_bytes() == b"wal bytes"


@pytest.mark.parametrize("state", ["damaged", "empty", "text"])
def test_restore_over_a_damaged_database_keeps_its_bytes(db, sample, tmp_path, state):
    """Restoring is what a damaged database needs most: it must not be refused for that."""
    folder = tmp_path / "backups"
    good = folder / "daily-2025-03-01.sqlite"
    make_verified_backup(db.path, good)
    db.close()
    if state == "damaged":
        _damage(db.path)
    elif state == "empty":
        db.path.write_bytes(b"")
    else:
        db.path.write_text("kaputt")
    broken = db.path.read_bytes()

    safety = restore_backup(good, db.path, folder)

    assert verify_copy(db.path, counts(good))
    assert safety is not None and safety.read_bytes() == broken
    assert safety.name.startswith("damaged-before-restore-")
    assert all(entry.path != safety for entry in list_backups(folder))  # not offered as backup


def test_two_restores_in_one_second_keep_both_safety_copies(db, sample, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "timestamp", lambda now=None: "2025-03-01_10-00-00")
    folder = tmp_path / "backups"
    good = folder / "daily-2025-03-01.sqlite"
    make_verified_backup(db.path, good)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM payment")
    db.close()
    first = restore_backup(good, db.path, folder)
    second = restore_backup(good, db.path, folder)
    assert first != second
    assert counts(first)["payment"] == 0  # the state before the first restore is still kept
    assert counts(second)["payment"] == 1


def test_quarantine_never_overwrites_an_earlier_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "timestamp", lambda now=None: "2025-03-01_10-00-00")
    damaged = tmp_path / "files" / "broken.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(b"first")
    first = backup.quarantine_copy(damaged, tmp_path / "quarantine")
    damaged.write_bytes(b"second")
    second = backup.quarantine_copy(damaged, tmp_path / "quarantine")
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")
