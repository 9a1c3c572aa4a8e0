"""`partnerdesk report list` and `partnerdesk report NAME … -o FILE.pdf`."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from partnerdesk.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("report-demo") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_report_list_names_the_reports(capsys):
    assert main(["report", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split()[0] == "programme" and "de+ru" in line for line in lines)


def test_report_is_written_atomically_and_readable(demo_db, tmp_path, capsys):
    target = tmp_path / "programm.pdf"
    code = main(["report", "programme", "--exchange", "1", "--lang", "de+ru", "--db",
                 str(demo_db), "-o", str(target)])
    assert code == 0, capsys.readouterr().err
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert "Nowoberjosowsk" in reader.pages[0].extract_text()
    assert not list(tmp_path.glob("*.tmp*"))


def test_report_errors_are_one_line_and_write_nothing(demo_db, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    assert main(["report", "programme", "--db", str(demo_db), "-o", str(target)]) == 1
    assert main(["report", "nonsense", "--db", str(demo_db), "-o", str(target)]) == 1
    assert main(["report", "programme", "--exchange", "1", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 3 and "Traceback" not in err
    assert not target.exists()
