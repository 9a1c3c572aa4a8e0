"""A big file is streamed: memory stays far below the file's size times anything."""

from __future__ import annotations

import tracemalloc

import pytest
from import_helpers import contact_count

from partnerdesk.services import imports

MB = 1024 * 1024


def _write_big_csv(path, size: int) -> int:
    """About `size` bytes of a member list with long notes; returns the number of rows."""
    note = "Bemerkung " * 400  # ~4 kB: a wide row keeps the row count (and time) modest
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Vorname;Nachname;Straße;PLZ;Ort;Geburtsdatum;E-Mail;Bemerkungen\n")
        while handle.tell() < size:
            handle.write(f"Given{rows};Family{rows};Hauptstraße {rows % 300};0{1000 + rows % 9000}"
                         f";Dresden;{1 + rows % 28}.{1 + rows % 12}.{1940 + rows % 60};"
                         f"p{rows}@example.org;\"{note}{rows}\"\n")
            rows += 1
    return rows


@pytest.mark.slow
def test_a_20_mb_csv_imports_in_bounded_memory(db, tmp_path):
    path = tmp_path / "big.csv"
    rows = _write_big_csv(path, 20 * MB)
    tracemalloc.start()
    try:
        result = imports.run_import(db, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.imported == rows and not result.rejected
    assert contact_count(db) == rows
    assert peak < 40 * MB, f"peak {peak / MB:.1f} MB for a {path.stat().st_size / MB:.0f} MB file"
