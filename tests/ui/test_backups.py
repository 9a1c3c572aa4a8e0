"""Backups from the GUI: the restore dialog, restoring, and the automatic idle backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from partnerdesk import paths
from partnerdesk.dto import AssociationProfileData
from partnerdesk.services import association, maintenance
from partnerdesk.ui import open_flow
from partnerdesk.ui.dialogs.restore_dialog import RestoreDialog


def test_restore_dialog_lists_the_backups(qtbot, workspace, empty_path: Path):
    workspace.open_path(empty_path)
    first = maintenance.backup_now(workspace.db)
    maintenance.automatic_backup(workspace.db, workspace.today())
    backups = maintenance.list_backups(workspace.db)
    dialog = RestoreDialog(workspace.db.label, backups)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == len(backups) >= 3
    kinds = {dialog.tree.topLevelItem(i).text(1) for i in range(len(backups))}
    assert {"Made by hand", "Daily", "Weekly", "Monthly"} <= kinds
    files = [dialog.tree.topLevelItem(i).text(3) for i in range(len(backups))]
    assert first.name in files
    assert dialog.selected() == backups[0]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert str(empty_path) in dialog.intro.text()


def test_restore_dialog_without_backups_says_how_to_make_one(qtbot, workspace, empty_path):
    workspace.open_path(empty_path)
    dialog = RestoreDialog(workspace.db.label, [])
    qtbot.addWidget(dialog)
    assert "Back up now" in dialog.intro.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_restore_replaces_the_database_and_reopens_it(qtbot, workspace, empty_path: Path):
    workspace.open_path(empty_path)
    association.save_profile(workspace.db, AssociationProfileData(name="Before"))
    maintenance.backup_now(workspace.db)
    profile = association.get_profile(workspace.db)
    changed = AssociationProfileData(name="After", version=profile.version)
    association.save_profile(workspace.db, changed)
    backup = maintenance.list_backups(workspace.db)[0]
    with qtbot.waitSignal(workspace.sig_database_changed):
        assert open_flow.restore_and_open(None, workspace, empty_path, backup)
    assert workspace.db.path == empty_path
    assert association.get_profile(workspace.db).name == "Before"
    kinds = {b.kind for b in maintenance.list_backups(workspace.db)}
    assert "before-restore" in kinds  # the replaced state was kept


def test_idle_timer_runs_the_automatic_backup(qtbot, workspace, empty_path: Path):
    workspace.open_path(empty_path)
    workspace.note_write()
    assert workspace.idle_timer.isActive()
    assert workspace.idle_timer.interval() == 5 * 60_000
    workspace.idle_timer.setInterval(10)
    workspace.idle_timer.start()
    with qtbot.waitSignal(workspace.sig_backup_finished, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], Path) and blocker.args[0].exists()
    assert blocker.args[0].name == f"daily-{workspace.today().isoformat()}.sqlite"
    assert not workspace.dirty


def test_pending_changes_are_backed_up_on_close(workspace, empty_path: Path):
    workspace.open_path(empty_path)
    workspace.note_write()
    workspace.shutdown()
    folder = paths.backup_dir_for(empty_path)
    assert (folder / f"daily-{workspace.today().isoformat()}.sqlite").exists()
    assert workspace.db is None


def test_damaged_database_offers_the_newest_backup(workspace, empty_path: Path, monkeypatch):
    workspace.open_path(empty_path)
    association.save_profile(workspace.db, AssociationProfileData(name="Kept"))
    maintenance.backup_now(workspace.db)
    workspace.close_database()
    data = bytearray(empty_path.read_bytes())
    data[4096 * 2:4096 * 2 + 3000] = b"\xab" * 3000
    empty_path.write_bytes(bytes(data))
    offered = []
    monkeypatch.setattr(open_flow, "ask_restore_damaged",
                        lambda parent, message, newest: offered.append(message) or True)
    shown = []
    monkeypatch.setattr(open_flow, "show_error", lambda parent, exc: shown.append(exc))
    assert open_flow.open_with_recovery(None, workspace, empty_path), shown
    assert offered and "quarantine" in offered[0]
    assert association.get_profile(workspace.db).name == "Kept"
    safety = list(paths.backup_dir_for(empty_path).glob("damaged-before-restore-*.sqlite"))
    assert len(safety) == 1  # the damaged bytes were kept, never deleted
