"""Demo benchmark: a new database with the demo association scaled to 100,000 contacts.

Measures what `partnerdesk demo --contacts 100000` does (create the database, build the
demo with its search text, close) against a baseline in the same run: a plain `sqlite3`
`executemany` of the same number of bare contact rows (five text columns) into a fresh
file with the same journal settings. Prints the median of `--runs` runs; the last line is
one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from partnerdesk.services.demo import build_demo  # noqa: E402
from partnerdesk.storage.database import create_database  # noqa: E402

TODAY = date(2026, 11, 21)


def demo_seconds(folder: Path, contacts: int) -> float:
    """Create a database and fill it with the demo association; seconds taken."""
    start = time.perf_counter()
    db = create_database(folder / "demo.sqlite")
    try:
        summary = build_demo(db, contacts=contacts, today=TODAY)
    finally:
        db.close()
    elapsed = time.perf_counter() - start
    assert summary.contacts == contacts, summary
    return elapsed


def baseline_seconds(folder: Path, contacts: int) -> float:
    """Plain sqlite3: the same number of bare contact rows with one executemany."""
    start = time.perf_counter()
    connection = sqlite3.connect(folder / "bare.sqlite")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, given_name TEXT, "
                       "family_name TEXT, city TEXT, email TEXT, search_text TEXT)")
    rows = ((f"Given{i}", f"Family{i}", "Mühlenstedt", f"person{i}@example.org",
             f"given{i} family{i} mühlenstedt") for i in range(contacts))
    with connection:
        connection.executemany("INSERT INTO contact (given_name, family_name, city, email, "
                               "search_text) VALUES (?, ?, ?, ?, ?)", rows)
    connection.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    demo_times, base_times = [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            os.environ["PARTNERDESK_DATA_DIR"] = str(folder / "data")
            base_times.append(baseline_seconds(folder, args.contacts))
            demo_times.append(demo_seconds(folder, args.contacts))
        print(f"run {run + 1}: demo {demo_times[-1]:.2f} s, baseline {base_times[-1]:.3f} s",
              file=sys.stderr)
    value, base = statistics.median(demo_times), statistics.median(base_times)
    print(f"demo with {args.contacts} contacts {value:.2f} s, plain sqlite3 executemany "
          f"{base:.3f} s (median of {args.runs} runs)")
    print(json.dumps({"demo_100k_seconds": {"value": round(value, 2), "baseline": round(base, 3),
                                            "ratio": round(value / base, 1), "target": 30}}))


if __name__ == "__main__":
    main()
