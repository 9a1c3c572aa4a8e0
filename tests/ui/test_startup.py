"""Start-up: the window shell shows first; the first database opens on the worker thread.

`InitialOpen` makes the same choice as ever (--db, the last database, the default file, the
first-start dialog) and recovers the same way, over the main window.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from partnerdesk import paths
from partnerdesk import settings as cfg
from partnerdesk.app import StorageOpener
from partnerdesk.dto import AssociationProfileData
from partnerdesk.services import association, maintenance
from partnerdesk.ui import open_flow, startup
from partnerdesk.ui.dialogs.first_start import CHOICE_EMPTY, FirstStartDialog
from partnerdesk.ui.main_window import MainWindow


class SpyOpener(StorageOpener):
    """The real opener, noting what it opened and on which thread."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, threading.Thread]] = []

    def open(self, target):
        self.opened.append((str(target), threading.current_thread()))
        return super().open(target)


@pytest.fixture
def spy(workspace) -> SpyOpener:
    workspace.opener = SpyOpener()
    return workspace.opener


@pytest.fixture
def shell(qtbot, workspace) -> MainWindow:
    """The main window as `run_gui` shows it: no database yet."""
    window = MainWindow(workspace, "en")
    qtbot.addWidget(window)
    window.set_opening(True)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dialogs(monkeypatch):
    """Replace the first-start dialog: answers are (choice, path), or None for Cancel."""
    asked: list[dict] = []
    answers: list[tuple[str, Path] | None] = []

    class Dialog:
        def __init__(self, location, offer_open=True, parent=None):
            answer = answers.pop(0) if answers else None
            asked.append({"location": location, "parent": parent})
            self.choice, self.path = answer if answer else (None, None)

        def exec(self):
            accepted = self.choice is not None
            return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

        def deleteLater(self):  # noqa: N802 - Qt API
            pass

    monkeypatch.setattr(startup, "FirstStartDialog", Dialog)
    return asked, answers


def _run(qtbot, workspace, window=None, db_target=None):
    flow = startup.InitialOpen(workspace, window, db_target)
    if window is not None:
        flow.sig_busy.connect(window.set_opening)  # as run_gui does
    with qtbot.waitSignal(flow.sig_finished, timeout=20_000) as blocker:
        flow.start()
    return blocker.args[0]


def test_the_shell_shows_before_any_database(shell: MainWindow):
    assert shell.stack.currentWidget() is shell.opening
    assert shell.opening.isVisible() and shell.opening.is_active()
    assert shell.opening.label.text() == "Opening database…"
    assert not shell.navigation.isEnabled()
    assert shell.pages == {}
    assert not shell.actions_.open.isEnabled() and not shell.actions_.new.isEnabled()
    assert shell.windowTitle() == "PartnerDesk" and shell.database_label.text() == ""


def test_the_last_database_opens_on_the_worker(qtbot, shell, workspace, spy, demo_path):
    workspace.settings.set(cfg.LAST_DATABASE, str(demo_path))
    assert _run(qtbot, workspace, shell) is None
    assert workspace.db.path == demo_path
    assert spy.opened[0][0] == str(demo_path)
    assert spy.opened[0][1] is not threading.main_thread()
    assert shell.database_label.text() == str(demo_path)
    assert shell.windowTitle() == "demo.sqlite – PartnerDesk"
    assert shell.navigation.isEnabled() and shell.actions_.open.isEnabled()
    assert list(shell.pages) == ["overview"]  # the other pages wait until shown
    assert shell.stack.currentWidget() is shell.pages["overview"]
    page = shell.pages["overview"]
    qtbot.waitUntil(lambda: page.counts[0].text() == "150 contacts", timeout=10_000)


def test_the_overview_queries_run_once_at_start(qtbot, shell, workspace, demo_path, monkeypatch):
    from partnerdesk.services import overview

    calls = []
    real = overview.overview
    monkeypatch.setattr(overview, "overview", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert _run(qtbot, workspace, shell, str(demo_path)) is None
    qtbot.waitUntil(lambda: not shell.pages["overview"].loading, timeout=10_000)
    assert len(calls) == 1
    shell.show_page(1)
    assert set(shell.pages) == {"overview", "contacts"}
    assert shell.pages["contacts"].model.rowCount() > 0


def test_db_argument_wins(qtbot, shell, workspace, spy, demo_path: Path, empty_path: Path):
    workspace.settings.set(cfg.LAST_DATABASE, str(demo_path))
    assert _run(qtbot, workspace, shell, str(empty_path)) is None
    assert workspace.db.path == empty_path
    assert [target for target, _thread in spy.opened] == [str(empty_path)]


def test_without_database_the_first_start_dialog_asks_over_the_window(
    qtbot, shell, workspace, dialogs
):
    asked, _answers = dialogs
    assert _run(qtbot, workspace, shell) == 0  # cancelled: quit
    assert asked == [{"location": paths.default_database(), "parent": shell}]
    assert not shell.opening.is_active()  # no busy indicator while the user is asked


def test_the_real_first_start_dialog_is_modal_over_the_window(qtbot, shell, workspace):
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstStartDialog):
            seen.append(dialog.parentWidget())
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        assert _run(qtbot, workspace, shell) == 0
    finally:
        timer.stop()
    assert seen == [shell]


def test_the_first_start_choice_is_created_and_opened(
    qtbot, shell, workspace, dialogs, tmp_path: Path
):
    _asked, answers = dialogs
    answers.append((CHOICE_EMPTY, tmp_path / "verein.sqlite"))
    assert _run(qtbot, workspace, shell) is None
    assert workspace.db.path == tmp_path / "verein.sqlite"
    page = shell.pages["overview"]
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.empty.isVisible() and "database is empty" in page.empty.text()


def test_a_missing_db_argument_offers_to_create_it_there(
    qtbot, shell, workspace, dialogs, tmp_path: Path
):
    asked, _answers = dialogs
    assert _run(qtbot, workspace, shell, str(tmp_path / "neu.sqlite")) == 0
    assert asked[0]["location"] == tmp_path / "neu.sqlite"


def test_a_db_argument_that_does_not_open_exits_1(
    qtbot, shell, workspace, tmp_path: Path, monkeypatch
):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(open_flow, "show_error", lambda parent, exc: shown.append((parent, exc)))
    assert _run(qtbot, workspace, shell, str(bad)) == 1
    assert shown[0][0] is shell
    assert "not a PartnerDesk database" in str(shown[0][1])
    assert bad.read_text() == "not a database"
    assert workspace.db is None


def test_a_last_database_that_fails_falls_back_to_the_default(
    qtbot, shell, workspace, spy, demo_path: Path, tmp_path: Path, monkeypatch
):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    workspace.settings.set(cfg.LAST_DATABASE, str(bad))
    default = paths.default_database()
    default.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_path, default)
    monkeypatch.setattr(open_flow, "show_error", lambda parent, exc: None)
    assert _run(qtbot, workspace, shell) is None
    assert workspace.db.path == default
    assert [target for target, _thread in spy.opened] == [str(bad), str(default)]


def test_a_damaged_last_database_offers_its_newest_backup(
    qtbot, shell, workspace, empty_path: Path, monkeypatch
):
    workspace.open_path(empty_path)
    association.save_profile(workspace.db, AssociationProfileData(name="Kept"))
    maintenance.backup_now(workspace.db)
    workspace.close_database()
    data = bytearray(empty_path.read_bytes())
    data[4096 * 2:4096 * 2 + 3000] = b"\xab" * 3000
    empty_path.write_bytes(bytes(data))
    offered = []
    monkeypatch.setattr(open_flow, "ask_restore_damaged",
                        lambda parent, message, newest: offered.append(parent) or True)
    assert _run(qtbot, workspace, shell) is None
    assert offered == [shell]
    assert association.get_profile(workspace.db).name == "Kept"


def test_quitting_while_opening_closes_the_late_database(qtbot, workspace, demo_path: Path):
    flow = startup.InitialOpen(workspace, None, str(demo_path))
    flow.start()
    flow.cancel()  # waits for the worker, closes what it opened
    assert flow._unclaimed is None
    qtbot.wait(50)  # the queued result arrives and is dropped
    assert workspace.db is None
    assert not flow.done
