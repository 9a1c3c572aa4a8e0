"""`partnerdesk import contacts FILE [--dry-run] [--on-duplicate …] [--mapping …] [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from partnerdesk import cli
from partnerdesk.cli import commands
from partnerdesk.cli.contacts_io import add_import_parser, cmd_import
from partnerdesk.domain import Contact

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture(autouse=True)
def _import_command(monkeypatch):
    """Wire `import` into `partnerdesk` as the lead does in cli/__init__.py and commands.py
    (a no-op once it is wired there)."""
    if "import" in commands.COMMANDS:
        return
    original = cli.build_parser

    def build_parser() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        add_import_parser(sub, cli._common(defaults=False))
        return parser

    monkeypatch.setattr(cli, "build_parser", build_parser)
    monkeypatch.setitem(commands.COMMANDS, "import", cmd_import)


def _count(db) -> int:
    with db.unit() as session:
        return session.execute(sa.select(sa.func.count(Contact.id))).scalar_one()


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_summary(db, capsys):
    status, out, _ = _run(capsys, "import", "contacts", str(FIXTURES / "member_list_cp1252.csv"),
                          "--db", str(db.path), "--json", "--lang", "en")
    assert status == 0
    summary = json.loads(out)
    assert summary["file"].endswith("member_list_cp1252.csv")
    assert (summary["format"], summary["encoding"]) == ("csv", "Windows-1252")
    assert (summary["imported"], summary["dry_run"]) == (3, False)
    assert summary["rejected"] == [{"line": 7, "reason": "31.02.1980 is not a valid date."}]
    assert summary["duplicates"] == []
    assert _count(db) == 3


def test_dry_run_then_duplicates(db, capsys):
    path = str(FIXTURES / "outlook_de_utf8_bom.csv")
    status, out, _ = _run(capsys, "--db", str(db.path), "import", "contacts", path,
                          "--dry-run", "--json")
    assert status == 0 and json.loads(out)["imported"] == 2 and _count(db) == 0
    assert _run(capsys, "import", "contacts", path, "--db", str(db.path))[0] == 0
    status, out, _ = _run(capsys, "import", "contacts", path, "--db", str(db.path), "--json",
                          "--on-duplicate", "merge")
    summary = json.loads(out)
    assert summary["imported"] == 0 and summary["merged"] == 2
    assert {d["action"] for d in summary["duplicates"]} == {"merged"}
    assert all(isinstance(d["contact_id"], int) for d in summary["duplicates"])
    assert _count(db) == 2


def test_human_summary_lists_rejected_lines(db, capsys):
    status, out, err = _run(capsys, "import", "contacts", str(FIXTURES / "broken_quotes.csv"),
                            "--db", str(db.path), "--lang", "en")
    assert status == 0 and not err
    assert "Imported: 5" in out and "Rejected: 1" in out
    assert "line 3: A quotation mark in this line is not closed" in out


def test_saved_mapping(db, capsys, tmp_path):
    source = tmp_path / "odd.csv"
    source.write_text("Spalte A;Spalte B\nSchmidt;Anna\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"version": 1, "columns": {
        "Spalte A": "family_name", "Spalte B": "given_name"}}), encoding="utf-8")
    status, out, _ = _run(capsys, "import", "contacts", str(source), "--db", str(db.path),
                          "--mapping", str(mapping), "--json")
    assert status == 0 and json.loads(out)["imported"] == 1


@pytest.mark.parametrize("make", [
    lambda folder: folder / "missing.csv",
    lambda folder: folder,
    lambda folder: (folder / "empty.csv", (folder / "empty.csv").write_bytes(b""))[0],
    lambda folder: (folder / "bin.csv", (folder / "bin.csv").write_bytes(bytes(range(256)) * 9))[0],
])
def test_unreadable_file_is_one_line_and_status_1(db, capsys, tmp_path, make):
    status, out, err = _run(capsys, "import", "contacts", str(make(tmp_path)),
                            "--db", str(db.path), "--json")
    assert status == 1 and not out
    assert err.startswith("partnerdesk: ") and err.count("\n") == 1
    assert "Traceback" not in err and _count(db) == 0


def test_bad_mapping_file(db, capsys, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text("{nonsense", encoding="utf-8")
    status, _, err = _run(capsys, "import", "contacts", str(FIXTURES / "google_new.csv"),
                          "--db", str(db.path), "--mapping", str(mapping), "--lang", "en")
    assert status == 1 and "mapping" in err and err.count("\n") == 1


def test_bad_usage_is_status_2(db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["import", "contacts", "x.csv", "--on-duplicate", "maybe"])
    assert exit_info.value.code == 2


def test_the_parser_part_is_light_and_agrees_with_the_service():
    import subprocess
    import sys

    from partnerdesk.cli import contacts_io
    from partnerdesk.services import imports

    assert contacts_io.ON_DUPLICATE == imports.ON_DUPLICATE
    code = ("import partnerdesk.cli.contacts_io, sys; print(sorted(m for m in sys.modules if "
            "m.startswith(('partnerdesk.services', 'partnerdesk.storage', 'partnerdesk.domain',"
            " 'sqlalchemy'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == "[]"
