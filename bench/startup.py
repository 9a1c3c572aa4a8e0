"""Start-up benchmark: process start to main window shown and idle, on the demo database.

Baseline, in the same run: a bare PySide6 main window plus a plain `sqlite3` open of the same
file and one query. Both run warm (one unmeasured run first). Last line: one JSON object.

    python bench/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = r"""
import sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
connection = sqlite3.connect(sys.argv[1])
count = connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
window = QMainWindow()
window.setCentralWidget(QLabel(f"{count} contacts"))
window.resize(1200, 700)
window.show()
def ready():
    app.processEvents()
    print("ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def time_until_ready(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until it prints 'ready'."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} ended without 'ready': {process.stderr.read()}")
    process.wait(timeout=30)
    return elapsed


def median_of(command: list[str], env: dict[str, str], runs: int) -> float:
    time_until_ready(command, env)  # warm-up: file caches, bytecode
    return statistics.median(time_until_ready(command, env) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            PARTNERDESK_DATA_DIR=folder,
            PARTNERDESK_QUIT_WHEN_IDLE="1",
            XDG_CONFIG_HOME=folder,
            HOME=folder,
        )
        db = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "partnerdesk", "demo", "--db", str(db)],
            check=True,
            env=env,
            capture_output=True,
        )
        app = median_of([sys.executable, "-m", "partnerdesk", "--db", str(db)], env, args.runs)
        base = median_of([sys.executable, "-c", BASELINE, str(db)], env, args.runs)
    print(
        f"PartnerDesk {app:.3f} s, bare PySide6 window + sqlite3 {base:.3f} s (median of "
        f"{args.runs} warm runs)"
    )
    print(
        json.dumps(
            {
                "startup_warm_seconds": {
                    "value": round(app, 3),
                    "baseline": round(base, 3),
                    "ratio": round(app / base, 2),
                    "target": 2.0,
                }
            }
        )
    )


if __name__ == "__main__":
    main()
