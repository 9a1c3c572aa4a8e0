"""The contacts page on a big database: time until the first rows are painted, peak memory.

Run by bench/contacts.py in a process of its own (so the peak memory is the GUI's):

    python bench/contacts_page.py --db BIG.sqlite [--runs 9]

PartnerDesk: a new contacts page (as the main window creates it) is shown until its table
has painted rows. Baseline in the same run: the raw SQL query of the same first page (200
rows) put into a bare QTableWidget, shown until painted. Memory: the process's peak
resident size after the page was opened and searched a few times; baseline: a fresh process
with the bare table. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

FIRST_PAGE = "SELECT id, sort_name, city, email FROM contact ORDER BY sort_name, id LIMIT 200"
BASELINE_MEMORY = r"""
import os, sqlite3, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication([])
rows = sqlite3.connect(sys.argv[1]).execute(FIRST_PAGE).fetchall()
table = QTableWidget(len(rows), 4)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        table.setItem(r, c, QTableWidgetItem(str(value)))
table.resize(1200, 700); table.show(); app.processEvents()
print(next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")))
""".replace("FIRST_PAGE", repr(FIRST_PAGE))


def peak_kb() -> int:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss not inherited on exec)."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class PaintWatch(QObject):
    """Notes when a widget paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_painted(app: QApplication, viewport, has_rows, timeout: float = 20.0) -> None:
    watch = PaintWatch()
    viewport.installEventFilter(watch)
    end = time.perf_counter() + timeout
    while not (has_rows() and watch.painted):
        watch.painted = watch.painted and has_rows()
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the table did not paint rows")
    viewport.removeEventFilter(watch)


def page_open_ms(app: QApplication, workspace) -> float:
    from partnerdesk.ui.pages.factory import create_page

    start = time.perf_counter()
    page = create_page("contacts", workspace, "de")
    page.resize(1200, 700)
    page.show()
    page.refresh()  # what the main window does when it shows a page
    table = page.table
    wait_painted(app, table.viewport(), lambda: page.model.rowCount() > 0)
    elapsed = (time.perf_counter() - start) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def baseline_ms(app: QApplication, path: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    rows = connection.execute(FIRST_PAGE).fetchall()
    table = QTableWidget(len(rows), 4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resize(1200, 700)
    table.show()
    wait_painted(app, table.viewport(), lambda: table.rowCount() > 0)
    elapsed = (time.perf_counter() - start) * 1000
    connection.close()
    table.close()
    table.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("PARTNERDESK_DATA_DIR", folder)
        os.environ["PARTNERDESK_SETTINGS_FILE"] = str(Path(folder) / "settings.ini")
        app = QApplication([])
        from partnerdesk.app import StorageOpener
        from partnerdesk.settings import open_settings
        from partnerdesk.ui.workspace import Workspace

        workspace = Workspace(StorageOpener(), open_settings(Path(folder) / "settings.ini"))
        workspace.set_database(StorageOpener().open(args.db))
        page_open_ms(app, workspace)  # warm: mappers configured, statements cached
        baseline_ms(app, args.db)
        ours = [page_open_ms(app, workspace) for _ in range(args.runs)]
        base = [baseline_ms(app, args.db) for _ in range(args.runs)]
        from partnerdesk.services import contacts

        for query in ("a", "iv", "семён", "mueller", "ivan petr"):
            contacts.list_contacts(workspace.db, query)
        peak_mb = peak_kb() / 1024
        workspace.shutdown()
    base_kb = int(subprocess.run([sys.executable, "-c", BASELINE_MEMORY, str(args.db)],
                                 capture_output=True, text=True, check=True).stdout.split()[-1])
    page, bare = statistics.median(ours), statistics.median(base)
    print(f"contacts page first rows painted {page:.0f} ms (bare table {bare:.0f} ms); "
          f"peak memory {peak_mb:.0f} MB (bare table process {base_kb / 1024:.0f} MB)")
    print(json.dumps({
        "contacts_page_open_ms": {"value": round(page, 1), "baseline": round(bare, 1),
                                  "ratio": round(page / bare, 2), "target": 150},
        "gui_peak_memory_mb": {"value": round(peak_mb), "baseline": round(base_kb / 1024),
                               "ratio": round(peak_mb * 1024 / base_kb, 2), "target": 300},
    }))


if __name__ == "__main__":
    main()
