"""The composition root: the storage opener, and the start-up markers of the benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from partnerdesk.app import StorageOpener

ROOT = Path(__file__).resolve().parents[2]


def test_the_opener_opens_creates_and_warms_up(tmp_path: Path, demo_path: Path):
    opener = StorageOpener()
    created = opener.create(tmp_path / "new.sqlite")
    created.close()
    assert (tmp_path / "new.sqlite").exists()
    db = opener.open(demo_path)
    try:
        worker = threading.Thread(target=opener.warm_up)
        worker.start()
        worker.join(30)
        assert db.path == demo_path
        assert "partnerdesk.services.overview" in sys.modules
    finally:
        db.close()


def test_quit_when_idle_prints_ready_then_data_ready(demo_path: Path, tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERDESK_QUIT_WHEN_IDLE="1",
               PARTNERDESK_DATA_DIR=str(tmp_path / "data"),
               PARTNERDESK_SETTINGS_FILE=str(tmp_path / "settings.ini"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(demo_path), "--lang", "de"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-2:] == ["ready", "data-ready"]
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "demo.sqlite" in settings  # opened in the background and remembered


DISMISS = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QDialog, QMessageBox\n"
    "def dismiss():\n"
    "    box = QApplication.activeModalWidget()\n"
    "    if isinstance(box, (QDialog, QMessageBox)):\n"
    "        print(type(box).__name__, 'over', box.parentWidget().objectName(), flush=True)\n"
    "        box.reject() if type(box).__name__ == 'FirstStartDialog' else box.accept()\n"
    "app = QApplication(sys.argv[:1])\n"
    "timer = QTimer(); timer.timeout.connect(dismiss); timer.start(50)\n"
    "from partnerdesk.app import run_gui\n"
    "sys.exit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None, 'en'))\n"
)
"""Runs `run_gui`, answering each dialog as a hurried user would (OK, or Cancel on the
first-start dialog), and prints which dialog showed over which window."""


def _run_gui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERDESK_QUIT_WHEN_IDLE="1",
               PARTNERDESK_DATA_DIR=str(tmp_path / "data"),
               PARTNERDESK_SETTINGS_FILE=str(tmp_path / "settings.ini"))
    return subprocess.run(
        [sys.executable, "-c", DISMISS, *args], env=env, capture_output=True, text=True,
        timeout=60,
    )


def test_a_db_argument_that_does_not_open_exits_1_without_touching_it(tmp_path: Path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    result = _run_gui(tmp_path, str(bad))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "ready"
    assert "QMessageBox over mainWindow" in lines  # the error shows over the main window
    assert bad.read_text() == "not a database"


def test_cancelling_the_first_start_quits_with_0(tmp_path: Path):
    result = _run_gui(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["ready", "FirstStartDialog over mainWindow"]
    assert not list((tmp_path / "data").glob("*.sqlite"))
