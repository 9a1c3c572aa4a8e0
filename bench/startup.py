"""Start-up benchmark on the demo database: until the window shows, and until data shows.

PartnerDesk starts progressively (DESIGN.md §3.4): the window shell first, then the
database opens on the worker thread and the overview fills in. With
PARTNERDESK_QUIT_WHEN_IDLE=1 the app prints "ready" once the shell is shown and the event
loop idle, then "data-ready" once the overview has painted the database's figures, and
quits. Both moments are measured from process start, in the same runs.

Baseline, in the same run: a bare PySide6 main window plus a plain `sqlite3` open of the same
file and one query, until shown and idle. Both sides run warm: bytecode is cached (in a
temporary PYTHONPYCACHEPREFIX, as an installed app has its .pyc files) and one unmeasured
run comes first; app and baseline runs alternate, so drift of the machine hits both alike.
Last line: one JSON object.

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
WINDOW, DATA = "ready", "data-ready"


def time_markers(command: list[str], env: dict[str, str], markers: tuple[str, ...]) -> dict:
    """Seconds from process start until it printed each of `markers`."""
    seen: dict[str, float] = {}
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        text = line.strip()
        if text in markers and text not in seen:
            seen[text] = time.perf_counter() - start
            if len(seen) == len(markers):
                break
    _out, err = process.communicate(timeout=60)
    if len(seen) < len(markers) or process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode} after {seen}: {err}")
    return seen


def measure(app: list[str], base: list[str], env: dict[str, str], runs: int) -> dict:
    """Median seconds per marker of the app, and of the baseline's "ready"."""
    time_markers(app, env, (WINDOW, DATA))  # warm-up: file caches, bytecode
    time_markers(base, env, (WINDOW,))
    samples: dict[str, list[float]] = {WINDOW: [], DATA: [], "baseline": []}
    for _ in range(runs):
        seen = time_markers(app, env, (WINDOW, DATA))
        samples[WINDOW].append(seen[WINDOW])
        samples[DATA].append(seen[DATA])
        samples["baseline"].append(time_markers(base, env, (WINDOW,))[WINDOW])
    return {key: statistics.median(values) for key, values in samples.items()}


def metric(value: float, baseline: float, target: float | None) -> dict:
    """One entry of the JSON line."""
    return {
        "value": round(value, 3),
        "baseline": round(baseline, 3),
        "ratio": round(value / baseline, 2),
        "target": target,
    }


def main() -> None:
    """Build the demo database, measure, print the summary and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            PARTNERDESK_DATA_DIR=folder,
            PARTNERDESK_SETTINGS_FILE=str(Path(folder) / "settings.ini"),
            PARTNERDESK_QUIT_WHEN_IDLE="1",
            PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"),
            XDG_CONFIG_HOME=folder,
            HOME=folder,
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "partnerdesk", "demo", "--db", str(db)],
            check=True,
            env=env,
            capture_output=True,
        )
        app = [sys.executable, "-m", "partnerdesk", "--db", str(db)]
        medians = measure(app, [sys.executable, "-c", BASELINE, str(db)], env, args.runs)
    base = medians["baseline"]
    print(
        f"PartnerDesk: window shown and idle {medians[WINDOW]:.3f} s, data shown "
        f"{medians[DATA]:.3f} s; bare PySide6 window + sqlite3 {base:.3f} s "
        f"(medians of {args.runs} warm runs)"
    )
    print(
        json.dumps(
            {
                "startup_window_idle_seconds": metric(medians[WINDOW], base, 2.0),
                "startup_data_shown_seconds": metric(medians[DATA], base, None),
            }
        )
    )


if __name__ == "__main__":
    main()
