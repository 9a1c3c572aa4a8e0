"""Import benchmark: a 10,000-row CSV member list through `imports.run_import`.

The baseline does the same job the simplest possible way in the same run, so that both
leave the same database behind: `csv.reader`, a `datetime.strptime` per birth date, the
same search text, sort key and duplicate-detection keys (`domain.match_key`, when present),
and `sqlite3` `executemany` into the contact and key tables — no encoding or header
detection, no validation, no duplicate look-ups. Both start from a copy of the same new
database. Prints the median of `--runs` runs; the last line is one JSON object
`{"import_10k_seconds": {"value", "baseline", "ratio", "target": 3.0}}` (targets: ≤ 3 s and
≤ 4 × the baseline). `import_10k()` returns that object for `bench/contacts.py`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from partnerdesk.domain.search_text import (  # noqa: E402
    contact_search_text,
    contact_sort_name,
)
from partnerdesk.services import imports  # noqa: E402

try:
    from partnerdesk.domain.match_key import key_rows
except ImportError:  # before duplicate detection had its key table
    key_rows = None
from partnerdesk.storage.database import create_database, open_database  # noqa: E402

GIVEN = ["Anna", "Jürgen", "Käthe", "Ольга", "Пётр", "Sören", "Maria", "Jörg", "Юлия", "Max"]
FAMILY = ["Müller", "Schäfer", "Weiß", "Иванова", "Семёнов", "Groß", "Krüger", "Щукин",
          "Becker", "Öztürk"]
TOWNS = ["Dresden", "Görlitz", "Leipzig", "Bautzen", "Pirna", "Meißen"]
HEADER = ["Name", "Vorname", "Straße", "PLZ", "Ort", "Geburtsdatum", "E-Mail", "Telefon"]


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A member list as Excel writes it for Germany: `;`, dd.mm.yyyy, postcodes as text."""
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow([
                f"{rnd.choice(FAMILY)}{i}", rnd.choice(GIVEN), f"Hauptstraße {i % 200 + 1}",
                f"0{rnd.randint(1000, 9999)}", rnd.choice(TOWNS),
                f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(1940, 2010)}",
                f"person{i}@example.org", f"0351 {rnd.randint(100000, 9999999)}",
            ])


def import_seconds(template: Path, folder: Path, source: Path) -> float:
    """`run_import` into a fresh copy of the new database; seconds taken."""
    target = folder / "import.sqlite"
    shutil.copyfile(template, target)
    db = open_database(target)
    try:
        start = time.perf_counter()
        result = imports.run_import(db, source)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    assert not result.rejected and not result.duplicates, result.rejected[:3]
    return elapsed


def baseline_seconds(template: Path, folder: Path, source: Path) -> float:
    """`csv.reader` + `executemany` of the same contact rows into a copy of the database."""
    target = folder / "baseline.sqlite"
    shutil.copyfile(template, target)
    start = time.perf_counter()
    connection = sqlite3.connect(target)
    now = datetime.now(UTC).isoformat()
    rows, keyed = [], []
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        for family, given, street, code, city, born, email, phone in reader:
            values = {"kind": "person", "family_name": family, "given_name": given,
                      "city": city, "email": email, "phone": phone}
            rows.append((
                uuid.uuid4().hex, now, now, family, given, street, code, city,
                datetime.strptime(born, "%d.%m.%Y").date().isoformat(), email, phone,
                contact_search_text(values), contact_sort_name(values),
            ))
            keyed.append(values)
    with connection:
        connection.executemany(
            "INSERT INTO contact (uuid, created_at, updated_at, version, kind, family_name, "
            "given_name, street, postal_code, city, birth_date, email, phone, search_text, "
            "sort_name, salutation, title, given_name_native, family_name_native, "
            "passport_given_name, passport_family_name, gender, birth_place, nationality, "
            "languages, organisation_name, side, address_extra, country, mobile, website, "
            "notes) VALUES (?, ?, ?, 1, 'person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', "
            "'', '', '', 'unknown', '', '', '', '', 'home', '', 'DE', '', '', '')",
            rows,
        )
        if key_rows is not None:  # the keys every contact has (services.duplicates)
            ids = [row[0] for row in connection.execute("SELECT id FROM contact ORDER BY id")]
            connection.executemany(
                "INSERT INTO contact_match_key (kind, value, contact_id) VALUES (?, ?, ?)",
                [(k["kind"], k["value"], k["contact_id"])
                 for contact_id, values in zip(ids, keyed, strict=True)
                 for k in key_rows(contact_id, values)],
            )
    connection.close()
    return time.perf_counter() - start


def import_10k(rows: int = 10_000, runs: int = 5) -> dict:
    """Median import and baseline times; the benchmark's JSON object."""
    times, bases = [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["PARTNERDESK_DATA_DIR"] = str(folder / "data")
        template = folder / "template.sqlite"
        create_database(template).close()
        source = folder / "members.csv"
        write_csv(source, rows)
        for run in range(runs):
            bases.append(baseline_seconds(template, folder, source))
            times.append(import_seconds(template, folder, source))
            print(f"run {run + 1}: import {times[-1]:.2f} s, baseline {bases[-1]:.3f} s",
                  file=sys.stderr)
    value, base = statistics.median(times), statistics.median(bases)
    return {"import_10k_seconds": {"value": round(value, 2), "baseline": round(base, 3),
                                   "ratio": round(value / base, 1), "target": 3.0}}


def main() -> None:
    """Run the benchmark and print its JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = import_10k(args.rows, args.runs)
    figures = result["import_10k_seconds"]
    print(f"import of {args.rows} rows {figures['value']:.2f} s, csv + executemany "
          f"{figures['baseline']:.3f} s (median of {args.runs} runs)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
