"""Fixtures for the UI tests: temporary settings, databases, a workspace and the window.

The autouse `data_dir` fixture of tests/conftest.py keeps the data folder in `tmp_path`;
here the QSettings go to an INI file in `tmp_path` too, and every test starts and ends in
English.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from partnerdesk import i18n
from partnerdesk.app import StorageOpener
from partnerdesk.services.demo import build_demo
from partnerdesk.settings import Settings, open_settings
from partnerdesk.storage.database import create_database
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.workspace import Workspace

TODAY = date(2025, 6, 1)


@pytest.fixture(autouse=True)
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings in a temporary INI file (also for code that calls `open_settings()`)."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("PARTNERDESK_SETTINGS_FILE", str(path))
    return open_settings(path)


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """Every test starts and ends in English (the catalogue gives the plural forms)."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def _ui_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty and a demo database, made once per run; tests get copies."""
    folder = tmp_path_factory.mktemp("ui-templates")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERDESK_DATA_DIR", str(folder / "data"))
        empty = create_database(folder / "empty.sqlite")
        empty.close()
        demo = create_database(folder / "demo.sqlite")
        build_demo(demo, contacts=150, today=TODAY)
        demo.close()
    return {"empty": folder / "empty.sqlite", "demo": folder / "demo.sqlite"}


@pytest.fixture
def empty_path(tmp_path: Path, data_dir: Path, _ui_templates) -> Path:
    """A new, empty database file."""
    path = tmp_path / "empty.sqlite"
    shutil.copyfile(_ui_templates["empty"], path)
    return path


@pytest.fixture
def demo_path(tmp_path: Path, data_dir: Path, _ui_templates) -> Path:
    """A database file holding the demo association (150 contacts)."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_ui_templates["demo"], path)
    return path


@pytest.fixture
def workspace(qapp, settings: Settings) -> Iterator[Workspace]:
    """A workspace with the real storage opener and a fixed 'today'."""
    space = Workspace(StorageOpener(), settings, today=lambda: TODAY)
    yield space
    space.shutdown()


@pytest.fixture
def demo_workspace(workspace: Workspace, demo_path: Path) -> Workspace:
    """The workspace with the demo database open."""
    workspace.open_path(demo_path)
    return workspace


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:
    """The main window on the demo database, shown."""
    main = MainWindow(demo_workspace, "en")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
