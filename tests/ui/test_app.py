"""The composition root: choosing the first database, and the idle-quit used by the benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from partnerdesk import app, paths
from partnerdesk import settings as cfg

ROOT = Path(__file__).resolve().parents[2]


def test_last_database_is_opened_again(workspace, demo_path: Path):
    workspace.settings.set(cfg.LAST_DATABASE, str(demo_path))
    assert app.initial_database(workspace, None) is None
    assert workspace.db.path == demo_path


def test_db_argument_wins(workspace, demo_path: Path, empty_path: Path):
    workspace.settings.set(cfg.LAST_DATABASE, str(demo_path))
    assert app.initial_database(workspace, str(empty_path)) is None
    assert workspace.db.path == empty_path


def test_without_database_the_first_start_dialog_decides(workspace, monkeypatch):
    asked = []
    monkeypatch.setattr(app, "first_start", lambda ws, location: asked.append(location) or False)
    assert app.initial_database(workspace, None) == 0
    assert asked == [paths.default_database()]


def test_a_db_argument_that_does_not_open_exits_1(workspace, tmp_path: Path, monkeypatch):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr("partnerdesk.ui.open_flow.show_error", lambda p, exc: shown.append(exc))
    assert app.initial_database(workspace, str(bad)) == 1
    assert "not a PartnerDesk database" in str(shown[0])
    assert bad.read_text() == "not a database"


def test_quit_when_idle_prints_ready(demo_path: Path, tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERDESK_QUIT_WHEN_IDLE="1",
               PARTNERDESK_DATA_DIR=str(tmp_path / "data"),
               PARTNERDESK_SETTINGS_FILE=str(tmp_path / "settings.ini"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(demo_path), "--lang", "de"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ready"
