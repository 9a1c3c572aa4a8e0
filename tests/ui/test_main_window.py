"""The main window on the demo database: navigation, status bar, lists and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from partnerdesk import settings as cfg
from partnerdesk.ui.main_window import PAGE_KEYS, MainWindow


def test_shortcuts_show_each_page(qtbot, window: MainWindow):
    window.activateWindow()
    for number, key in reversed(list(enumerate(PAGE_KEYS, start=1))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.navigation.currentRow() == number - 1


def test_status_bar_and_title_show_the_database(window: MainWindow, demo_path: Path):
    assert window.database_label.text() == str(demo_path)
    assert window.database_label.isVisible()
    assert window.windowTitle() == "demo.sqlite – PartnerDesk"


def test_contacts_fill_and_search_filters(qtbot, window: MainWindow):
    window.show_page(PAGE_KEYS.index("contacts"))
    page = window.pages["contacts"]
    model = page.model
    assert model.rowCount() > 100
    assert page.count.text() == "150 contacts"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    qtbot.keyClicks(page.search, "bauer")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 150, timeout=3000)
    for row in range(model.rowCount()):
        assert "bauer" in model.rows[row].display_name.lower()
    page.search.setText("щ")  # QTest types ASCII only; Cyrillic arrives as text
    qtbot.waitUntil(lambda: model.search == "щ", timeout=3000)
    assert 0 < model.rowCount() < 150
    page.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() > 100, timeout=3000)


def test_search_without_match_says_so(qtbot, window: MainWindow):
    window.show_page(PAGE_KEYS.index("contacts"))
    page = window.pages["contacts"]
    qtbot.keyClicks(page.search, "zzzqqq")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.stack.currentWidget() is page.empty
    assert "zzzqqq" in page.empty.text()


def test_exchanges_and_grants_fill(window: MainWindow):
    window.show_page(PAGE_KEYS.index("exchanges"))
    assert window.pages["exchanges"].model.rowCount() >= 4
    window.show_page(PAGE_KEYS.index("grants"))
    grants = window.pages["grants"].model
    assert grants.rowCount() == 3
    requested = grants.index(0, grants.COL_REQUESTED).data()
    assert "€" in requested


def test_settings_page_shows_folders(window: MainWindow, data_dir: Path):
    window.show_page(PAGE_KEYS.index("settings"))
    page = window.pages["settings"]
    assert page.data_dir.text() == str(data_dir)
    assert page.log_file.text().startswith(str(data_dir))
    page.idle.setValue(12)
    assert window.workspace.settings.get(cfg.BACKUP_IDLE_MINUTES) == 12


def test_geometry_and_last_database_are_remembered(qtbot, window: MainWindow, demo_path):
    settings = window.workspace.settings
    assert settings.get(cfg.LAST_DATABASE) == str(demo_path)
    assert settings.get(cfg.RECENT_DATABASES)[0] == str(demo_path)
    window.resize(900, 600)
    window.close()
    assert not settings.get(cfg.WINDOW_GEOMETRY).isEmpty()
    assert window.workspace.db is None  # closed on exit


def test_back_up_now_runs_in_the_background(qtbot, window: MainWindow, demo_path: Path):
    from partnerdesk import paths

    action = window.actions_.backup
    assert action.isEnabled()
    with qtbot.waitSignal(window.actions_.sig_status, timeout=10_000) as blocker:
        action.trigger()
        assert window.busy.isVisible()
    assert "Backup written to" in blocker.args[0]
    assert not window.busy.isVisible()
    assert list(paths.backup_dir_for(demo_path).glob("manual-*.sqlite"))


def test_menus_have_their_actions(window: MainWindow):
    texts = [action.text() for action in window.file_menu.actions() if action.text()]
    assert texts[:2] == ["&New database…", "&Open database…"]
    assert "&Restore from backup…" in texts and "Association &profile…" in texts
    assert [a.text() for a in window.help_menu.actions()] == ["&About PartnerDesk"]
    assert window.actions_.quit.shortcut().toString() == "Ctrl+Q"
