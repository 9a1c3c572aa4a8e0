"""The first-start dialog's three choices, and creating the chosen database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from partnerdesk.services import overview
from partnerdesk.ui import open_flow
from partnerdesk.ui.dialogs.first_start import (
    CHOICE_DEMO,
    CHOICE_EMPTY,
    CHOICE_OPEN,
    FirstStartDialog,
)


def _dialog(qtbot, path: Path, offer_open: bool = True) -> FirstStartDialog:
    dialog = FirstStartDialog(path, offer_open)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_create_empty_choice(qtbot, tmp_path: Path):
    dialog = _dialog(qtbot, tmp_path / "partnerdesk.sqlite")
    qtbot.mouseClick(dialog.empty, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.choice, dialog.path) == (CHOICE_EMPTY, tmp_path / "partnerdesk.sqlite")


def test_demo_choice_uses_the_edited_location(qtbot, tmp_path: Path):
    dialog = _dialog(qtbot, tmp_path / "partnerdesk.sqlite")
    dialog.location.clear()
    qtbot.keyClicks(dialog.location, str(tmp_path / "verein"))
    qtbot.mouseClick(dialog.demo, Qt.MouseButton.LeftButton)
    assert (dialog.choice, dialog.path) == (CHOICE_DEMO, tmp_path / "verein.sqlite")


def test_open_choice_asks_for_a_file(qtbot, tmp_path: Path, monkeypatch):
    dialog = _dialog(qtbot, tmp_path / "partnerdesk.sqlite")
    existing = tmp_path / "copy.sqlite"
    monkeypatch.setattr(dialog, "ask_existing_file", lambda: existing)
    qtbot.mouseClick(dialog.open, Qt.MouseButton.LeftButton)
    assert (dialog.choice, dialog.path) == (CHOICE_OPEN, existing)


def test_open_choice_cancelled_keeps_the_dialog_open(qtbot, tmp_path: Path, monkeypatch):
    dialog = _dialog(qtbot, tmp_path / "partnerdesk.sqlite")
    monkeypatch.setattr(dialog, "ask_existing_file", lambda: None)
    qtbot.mouseClick(dialog.open, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.choice is None


def test_new_database_mode_hides_open(qtbot, tmp_path: Path):
    dialog = _dialog(qtbot, tmp_path / "x.sqlite", offer_open=False)
    assert not dialog.open.isVisible()
    assert dialog.demo.isVisible() and dialog.empty.isVisible()


def test_create_empty_database_opens_it(workspace, tmp_path: Path):
    target = tmp_path / "new.sqlite"
    assert open_flow.create_database(None, workspace, target, demo=False)
    assert target.exists()
    assert workspace.db.path == target
    assert overview.overview(workspace.db, workspace.today()).contacts == 0


def test_create_demo_runs_on_the_worker_with_progress(qtbot, workspace, tmp_path: Path):
    target = tmp_path / "demo.sqlite"
    assert open_flow.create_database(None, workspace, target, demo=True)
    data = overview.overview(workspace.db, workspace.today())
    assert data.contacts == open_flow.DEMO_CONTACTS
    assert data.association_name
    assert workspace.dirty  # a backup follows


def test_an_existing_file_is_not_overwritten(workspace, empty_path: Path, monkeypatch):
    before = empty_path.read_bytes()
    warned = []
    monkeypatch.setattr(open_flow.QMessageBox, "warning", lambda *a, **k: warned.append(a))
    assert not open_flow.create_database(None, workspace, empty_path, demo=True)
    assert warned and empty_path.read_bytes() == before
    assert workspace.db is None
