"""Contacts benchmark: search as you type on a 100,000-contact demo database.

Builds the demo association scaled to `--contacts` contacts once, in a temporary folder,
then measures per-keystroke search latency: `list_contacts(db, query, limit=200)` (the
first page the contacts page shows) for 1-, 2- and 3-letter and two-word queries, Latin and
Cyrillic, each repeated `--repeats` times after one warm-up. The baseline, in the same run
and on the same file, is the raw SQL a programmer would write first, with plain `sqlite3`:
one `search_text LIKE '%word%'` per typed word, `ORDER BY sort_name, id LIMIT 200`.

Also reported: building the FTS5 search index (first search on a new or upgraded file)
against a plain FTS5 table over the same column; opening the contacts page until its first
rows are painted and the GUI's peak memory (bench/contacts_page.py, in a process of its own);
importing a 10,000-row CSV (bench/contacts_import.py). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from partnerdesk.domain.search_text import fold  # noqa: E402
from partnerdesk.services import contacts  # noqa: E402
from partnerdesk.services.demo import build_demo  # noqa: E402
from partnerdesk.storage import search_index  # noqa: E402
from partnerdesk.storage.database import Database, create_database  # noqa: E402

TODAY = date(2026, 11, 21)
SEARCH_TARGET_MS = 60
# group → queries (what a user has typed after one, two, three keystrokes, or two words)
QUERIES = {
    "latin_1": ["i", "m", "s"],
    "latin_2": ["iv", "mü", "se"],
    "latin_3": ["iva", "mue", "sem"],
    "latin_2_words": ["ivan petr", "anna müller", "semjonow jurij"],
    "cyrillic_1": ["и", "с", "ю"],
    "cyrillic_2": ["ив", "се", "юр"],
    "cyrillic_3": ["ива", "сем", "щер"],
    "cyrillic_2_words": ["иван пётр", "юрий семёнов", "ольга щербакова"],
}
BASELINE_SQL = "SELECT id, sort_name FROM contact WHERE {where} ORDER BY sort_name, id LIMIT 200"


def timed(action, repeats: int) -> list[float]:
    """Milliseconds of each of `repeats` runs of `action`, after one warm-up run."""
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile (0–1) of `values`, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def baseline_query(connection: sqlite3.Connection, query: str) -> list:
    """The simplest SQL for the same first page: one LIKE per typed word."""
    typed = fold(query).split()
    where = " AND ".join("search_text LIKE ?" for _ in typed)
    return connection.execute(BASELINE_SQL.format(where=where),
                              [f"%{word}%" for word in typed]).fetchall()


def build(folder: Path, count: int) -> tuple[Database, float]:
    """A new database with the demo association; seconds taken."""
    start = time.perf_counter()
    db = create_database(folder / "contacts.sqlite")
    summary = build_demo(db, contacts=count, today=TODAY)
    assert summary.contacts == count, summary
    return db, time.perf_counter() - start


def index_build_seconds(db: Database) -> tuple[float, float]:
    """Seconds to build the search index, and to build a plain FTS5 table over the column."""
    start = time.perf_counter()
    assert search_index.ensure_search_index(db.engine)
    value = time.perf_counter() - start
    assert db.path is not None
    connection = sqlite3.connect(db.path)
    try:
        start = time.perf_counter()
        with connection:
            connection.execute("CREATE VIRTUAL TABLE bench_plain USING fts5(search_text)")
            connection.execute("INSERT INTO bench_plain(rowid, search_text) "
                               "SELECT id, search_text FROM contact")
        baseline = time.perf_counter() - start
        with connection:
            connection.execute("DROP TABLE bench_plain")
    finally:
        connection.close()
    return value, baseline


def search_latencies(db: Database, repeats: int) -> dict[str, tuple[list[float], list[float]]]:
    """Group → (service milliseconds, baseline milliseconds) over all its queries."""
    assert db.path is not None
    raw = sqlite3.connect(db.path)
    results: dict[str, tuple[list[float], list[float]]] = {}
    try:
        for group, queries in QUERIES.items():
            ours: list[float] = []
            base: list[float] = []
            for query in queries:
                rows = contacts.list_contacts(db, query, limit=200)
                plain = baseline_query(raw, query)
                print(f"  {query!r}: {len(rows)} rows (baseline {len(plain)})", file=sys.stderr)
                ours += timed(lambda q=query: contacts.list_contacts(db, q, limit=200), repeats)
                base += timed(lambda q=query: baseline_query(raw, q), repeats)
            results[group] = (ours, base)
    finally:
        raw.close()
    return results


def figure(value: float, baseline: float, target: float | None, digits: int = 1) -> dict:
    """One JSON figure: value, baseline, ratio, target."""
    return {"value": round(value, digits), "baseline": round(baseline, digits),
            "ratio": round(value / baseline, 2) if baseline else None, "target": target}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    report: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["PARTNERDESK_DATA_DIR"] = str(folder / "data")
        db, seconds = build(folder, args.contacts)
        try:
            print(f"demo with {args.contacts} contacts built in {seconds:.1f} s", file=sys.stderr)
            value, baseline = index_build_seconds(db)
            report["search_index_build_s"] = figure(value, baseline, None, 2)
            print(f"search index built in {value:.2f} s (plain FTS5 {baseline:.2f} s)",
                  file=sys.stderr)
            latencies = search_latencies(db, args.repeats)
        finally:
            db.close()
        # opening the contacts page and the GUI's peak memory, in a process of its own
        page = subprocess.run(
            [sys.executable, str(HERE / "contacts_page.py"),
             "--db", str(folder / "contacts.sqlite")],
            capture_output=True, text=True, check=True,
        )
        print(page.stdout.strip().splitlines()[-2], file=sys.stderr)
        report.update(json.loads(page.stdout.strip().splitlines()[-1]))
    # importing 10,000 rows of CSV
    from contacts_import import import_10k

    report.update(import_10k())
    every, every_base = [], []
    for group, (ours, base) in latencies.items():
        every += ours
        every_base += base
        report[f"search_{group}_p95_ms"] = figure(percentile(ours, 0.95), percentile(base, 0.95),
                                                  SEARCH_TARGET_MS)
        print(f"{group:18} p50 {statistics.median(ours):6.1f} ms  p95 "
              f"{percentile(ours, 0.95):6.1f} ms   baseline p50 {statistics.median(base):6.1f}"
              f" p95 {percentile(base, 0.95):6.1f} ms")
    report["search_p50_ms"] = figure(statistics.median(every), statistics.median(every_base),
                                     None)
    report["search_p95_ms"] = figure(percentile(every, 0.95), percentile(every_base, 0.95),
                                     SEARCH_TARGET_MS)
    print(f"search over {args.contacts} contacts: p50 {report['search_p50_ms']['value']} ms, "
          f"p95 {report['search_p95_ms']['value']} ms (raw LIKE p95 "
          f"{report['search_p95_ms']['baseline']} ms)")
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
