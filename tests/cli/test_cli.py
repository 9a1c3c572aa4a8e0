"""The CLI contract of DESIGN.md §6: commands, --db/--lang anywhere, exit codes, JSON."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk.cli import main

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One demo database per test session; tests work on copies."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_json(capsys, *argv: str):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_then_ls_contacts_json_lists_cyrillic_names(demo_db, capsys):
    rows = run_json(capsys, "ls", "contacts", "--db", str(demo_db), "--json")
    assert len(rows) >= 150
    assert {"id", "name", "native_name", "kind", "roles", "birth_date", "email"} <= set(rows[0])
    natives = [r["native_name"] for r in rows if r["native_name"]]
    assert any(CYRILLIC.search(n) for n in natives)
    assert any("ё" in n for n in natives) and any("й" in n for n in natives)
    assert any("щ" in n.lower() for n in natives)


def test_search_finds_cyrillic_names_regardless_of_case_and_yo(demo_db, capsys):
    rows = run_json(capsys, "--db", str(demo_db), "ls", "contacts", "--json")
    with_yo = next(r for r in rows if "ё" in r["native_name"])
    family = with_yo["native_name"].split()[-1]
    plain = family.replace("ё", "е").lower()
    for query in (family, plain, family.upper()):
        found = run_json(
            capsys, "ls", "contacts", "--search", query, "--db", str(demo_db), "--json"
        )
        assert with_yo["id"] in [r["id"] for r in found], query
        assert len(found) < len(rows)


def test_search_with_two_words_needs_both(demo_db, capsys):
    rows = run_json(capsys, "ls", "contacts", "--db", str(demo_db), "--json")
    person = next(r for r in rows if r["kind"] == "person" and ", " in r["name"])
    family, given = person["name"].split(", ", 1)
    found = run_json(
        capsys, "ls", "contacts", "--db", str(demo_db), "--json", "--search", f"{given} {family}"
    )
    assert person["id"] in [r["id"] for r in found]
    assert (
        run_json(
            capsys, "ls", "contacts", "--db", str(demo_db), "--json", "--search", f"{family} zzqx"
        )
        == []
    )


def test_ls_exchanges_and_grants_json(demo_db, capsys):
    exchanges = run_json(capsys, "ls", "exchanges", "--db", str(demo_db), "--json")
    assert exchanges and all(
        {"by_side", "by_status", "total"} <= set(e["participants"]) for e in exchanges
    )
    youth = [e for e in exchanges if e["kind"] == "youth_exchange"]
    assert youth and any(e["participants"]["total"] > 0 for e in youth)
    grants = run_json(capsys, "ls", "grants", "--db", str(demo_db), "--json")
    assert len(grants) >= 2
    for grant in grants:
        assert isinstance(grant["planned_costs"], str)
        assert re.fullmatch(r"-?\d+\.\d{2}", grant["planned_costs"])


def test_ls_table_output_is_readable(demo_db, capsys):
    capsys.readouterr()
    assert main(["ls", "exchanges", "--db", str(demo_db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:2] == ["ID", "From"]


def test_check_says_ok(demo_db, capsys):
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("OK: ")


def _bad_files(tmp_path: Path, demo_db: Path) -> dict[str, Path]:
    text = tmp_path / "notes.sqlite"
    text.write_text("Dies ist keine Datenbank.\n", encoding="utf-8")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.sqlite"
    data = demo_db.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(demo_db, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    return {"text": text, "empty": empty, "truncated": truncated, "newer": newer}


@pytest.mark.parametrize("kind", ["text", "empty", "truncated", "newer"])
def test_check_refuses_bad_files_with_one_line_and_leaves_them_unchanged(
    kind, demo_db, tmp_path, capsys
):
    path = _bad_files(tmp_path, demo_db)[kind]
    before = sha256(path)
    capsys.readouterr()
    assert main(["check", "--db", str(path), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("partnerdesk: ")
    assert "Traceback" not in captured.err
    expected = {
        "text": "not a PartnerDesk database",
        "empty": "is empty",
        "truncated": "damaged",
        "newer": "newer version",
    }[kind]
    assert expected in lines[0]
    assert sha256(path) == before
    assert not Path(f"{path}-wal").exists()


def test_message_follows_lang(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite"
    messages = {}
    for lang in ("en", "de", "ru"):
        capsys.readouterr()
        assert main(["check", "--db", str(missing), "--lang", lang]) == 1
        messages[lang] = capsys.readouterr().err
    assert "does not exist" in messages["en"]
    assert "Datenbank" in messages["de"] and "does not exist" not in messages["de"]
    assert CYRILLIC.search(messages["ru"])


def test_backup_and_restore(demo_db, tmp_path, capsys):
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(demo_db), "-o", str(copy)]) == 0
    with sqlite3.connect(demo_db) as connection:
        before = connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
        connection.execute("DELETE FROM correspondence")
    connection.close()
    assert main(["restore", str(copy), "--db", str(demo_db)]) == 0
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == before
        assert connection.execute("SELECT COUNT(*) FROM correspondence").fetchone()[0] > 0
    connection.close()


def test_restore_refuses_a_broken_backup_and_keeps_the_database(demo_db, tmp_path, capsys):
    broken = tmp_path / "broken.sqlite"
    broken.write_text("kaputt")
    before = sha256(demo_db)
    assert main(["restore", str(broken), "--db", str(demo_db)]) == 1
    assert sha256(demo_db) == before


def test_demo_refuses_an_existing_file(demo_db, capsys):
    before = sha256(demo_db)
    assert main(["demo", "--db", str(demo_db), "--lang", "en"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert sha256(demo_db) == before


def test_database_from_environment(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("PARTNERDESK_DB", str(demo_db))
    capsys.readouterr()
    assert main(["check", "--lang", "en"]) == 0
    assert str(demo_db) in capsys.readouterr().out


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["ls", "nothing"])
    assert exit_info.value.code == 2


def test_real_command_line_exit_codes(tmp_path):
    """The installed entry point behaves the same in a separate process."""
    text = tmp_path / "x.sqlite"
    text.write_text("hello")
    result = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "check", "--db", str(text), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "frobnicate"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert usage.returncode == 2


def test_output_into_a_closed_pipe_is_quiet(demo_template, tmp_path):
    """`partnerdesk ls contacts --json | head -c 100` ends without an error message."""
    env = dict(os.environ, PARTNERDESK_DATA_DIR=str(tmp_path))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "partnerdesk",
            "ls",
            "contacts",
            "--json",
            "--db",
            str(demo_template),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert error == ""


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_export_contacts(demo_db, tmp_path, capsys, fmt):
    target = tmp_path / f"contacts.{fmt}"
    assert (
        main(
            [
                "export",
                "contacts",
                "--format",
                fmt,
                "-o",
                str(target),
                "--db",
                str(demo_db),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert "exported" in capsys.readouterr().out
    assert target.stat().st_size > 1000
    small = tmp_path / f"few.{fmt}"
    assert (
        main(
            [
                "export",
                "contacts",
                "--format",
                fmt,
                "--search",
                "семёнов",
                "-o",
                str(small),
                "--db",
                str(demo_db),
            ]
        )
        == 0
    )
    assert 0 < small.stat().st_size < target.stat().st_size


def test_export_to_an_impossible_place_is_one_clear_line(demo_db, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    status = main(
        [
            "export",
            "contacts",
            "--format",
            "csv",
            "-o",
            str(blocker / "x.csv"),
            "--db",
            str(demo_db),
            "--lang",
            "en",
        ]
    )
    err = capsys.readouterr().err
    assert status == 1 and "could not be written" in err and "Traceback" not in err
    assert blocker.read_text() == "not a folder"


def test_ls_findings_json(demo_db, capsys):
    findings = run_json(capsys, "ls", "findings", "--db", str(demo_db), "--json", "--lang", "en")
    kinds = {f["kind"] for f in findings}
    assert {"passport_expiring", "visa_refused", "fee_open"} <= kinds
    assert all(f["message"] and f["exchange_id"] for f in findings)
    one = findings[0]["exchange_id"]
    only = run_json(
        capsys, "ls", "findings", "--exchange", str(one), "--db", str(demo_db), "--json"
    )
    assert only and {f["exchange_id"] for f in only} == {one}
    capsys.readouterr()
    assert main(["ls", "findings", "--exchange", "99999", "--db", str(demo_db)]) == 1


def test_export_calendar(demo_db, tmp_path, capsys):
    import icalendar

    target = tmp_path / "trips.ics"
    assert (
        main(["export", "calendar", "-o", str(target), "--db", str(demo_db), "--lang", "en"]) == 0
    )
    assert "events written" in capsys.readouterr().out
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) > 10
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert {"Europe/Berlin", "Europe/Moscow"} <= zones


def test_export_format_from_the_file_name(demo_db, tmp_path, capsys):
    target = tmp_path / "k.vcf"
    assert main(["export", "contacts", "-o", str(target), "--db", str(demo_db)]) == 0
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    assert (
        main(
            [
                "export",
                "contacts",
                "-o",
                str(tmp_path / "k.txt"),
                "--db",
                str(demo_db),
                "--lang",
                "en",
            ]
        )
        == 1
    )
    assert "--format" in capsys.readouterr().err
