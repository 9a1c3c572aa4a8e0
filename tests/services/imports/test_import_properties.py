"""Random bytes and random CSV never crash the importer and never import a part of a file."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_helpers import contact_count

from partnerdesk.messages import UserError
from partnerdesk.services import imports
from partnerdesk.services.imports import staging

PROPERTY_SETTINGS = settings(
    max_examples=100, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CELL = st.text(
    alphabet=st.sampled_from(list("abzAÄöß ЩёЮ\"';,\t\n\r\x00=+-@0123456789./€")), max_size=12
)
HEADERS = ["Vorname", "Nachname", "E-Mail", "Geburtsdatum", "Ort", "PLZ", "Mitgliedsnummer",
           "Eintritt"]


def _csv_bytes(rows: list[list[str]], delimiter: str, encoding: str, well_formed: bool,
               with_header: bool) -> bytes:
    out = io.StringIO()
    if with_header:
        out.write(delimiter.join(HEADERS) + "\r\n")
    if well_formed:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    else:
        out.write("\n".join(delimiter.join(row) for row in rows))
    return out.getvalue().encode(encoding, errors="replace")


def _check(db, path, *, dry_run: bool = False, on_duplicate: str = "skip") -> None:
    """The invariants: UserError or a result; the count grows by `imported` or not at all;
    every row read is imported, rejected or reported as a duplicate."""
    before = contact_count(db)
    try:
        imports.preview(path)
        result = imports.run_import(db, path, dry_run=dry_run, on_duplicate=on_duplicate)
    except UserError:
        assert contact_count(db) == before
        return
    grown = contact_count(db) - before
    assert grown == (0 if dry_run else result.imported)
    assert (result.rejected_count, result.duplicate_count) == (
        len(result.rejected), len(result.duplicates))
    if on_duplicate == "create":
        assert result.imported + result.rejected_count == result.rows_read
    else:
        assert result.imported + result.rejected_count + result.duplicate_count == result.rows_read
    assert all(r.line >= 1 for r in result.rejected)


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.csv", "x.vcf", "x.xlsx"]))
def test_random_bytes(db, tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    _check(db, path)


@PROPERTY_SETTINGS
@given(
    rows=st.lists(st.lists(CELL, min_size=0, max_size=10), max_size=25),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "cp1251"]),
    well_formed=st.booleans(),
    with_header=st.booleans(),
    dry_run=st.booleans(),
    on_duplicate=st.sampled_from(imports.ON_DUPLICATE),
)
def test_random_csv(db, tmp_path, rows, delimiter, encoding, well_formed, with_header,
                    dry_run, on_duplicate):
    path = tmp_path / "random.csv"
    path.write_bytes(_csv_bytes(rows, delimiter, encoding, well_formed, with_header))
    _check(db, path, dry_run=dry_run, on_duplicate=on_duplicate)


@PROPERTY_SETTINGS
@given(
    rows=st.lists(st.tuples(CELL, CELL, CELL), min_size=1, max_size=40),
    fail_at=st.integers(min_value=1, max_value=40),
)
def test_a_failure_anywhere_imports_nothing(db, tmp_path, rows, fail_at):
    path = tmp_path / "fail.csv"
    named = [[f"G{i}{a}", f"F{i}{b}", c] for i, (a, b, c) in enumerate(rows)]
    path.write_bytes(_csv_bytes([HEADERS[:2] + ["Ort"]] + named, ";", "utf-8", True, False))
    before, calls = contact_count(db), []
    real = staging.stage_row

    def failing(row, plan, **kw):
        calls.append(1)
        if len(calls) == fail_at:
            raise RuntimeError("injected")
        return real(row, plan, **kw)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(imports, "CHUNK_ROWS", 7)
        patch.setattr(staging, "stage_row", failing)
        try:
            result = imports.run_import(db, path)
        except (RuntimeError, UserError):
            assert contact_count(db) == before
            return
    assert len(calls) < fail_at and contact_count(db) == before + result.imported
