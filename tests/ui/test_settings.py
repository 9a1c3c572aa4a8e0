"""Per-machine settings: typed values with defaults, in a temporary INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from partnerdesk import settings as cfg


def test_defaults_and_types(tmp_path: Path):
    settings = cfg.open_settings(tmp_path / "s.ini")
    assert settings.get(cfg.BACKUP_IDLE_MINUTES) == 5
    assert settings.get(cfg.HEALTH_PURGE_DAYS) == 30
    assert settings.get(cfg.LANGUAGE) == ""
    assert settings.get(cfg.RECENT_DATABASES) == []
    assert settings.get(cfg.VERSION) == cfg.SETTINGS_VERSION


def test_values_survive_a_reopen_with_their_types(tmp_path: Path):
    path = tmp_path / "s.ini"
    settings = cfg.open_settings(path)
    settings.set(cfg.BACKUP_IDLE_MINUTES, 9)
    settings.set(cfg.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    for name in ("a.sqlite", "b.sqlite", "a.sqlite"):
        settings.remember_database(name)
    settings.sync()
    again = cfg.open_settings(path)
    assert again.get(cfg.BACKUP_IDLE_MINUTES) == 9
    assert bytes(again.get(cfg.WINDOW_GEOMETRY)) == b"\x01\x02"
    assert again.get(cfg.RECENT_DATABASES) == ["a.sqlite", "b.sqlite"]
    assert again.get(cfg.LAST_DATABASE) == "a.sqlite"


def test_a_single_recent_database_and_garbage_are_read_safely(tmp_path: Path):
    path = tmp_path / "s.ini"
    path.write_text("[database]\nrecent=only.sqlite\n[backup]\nidle_minutes=abc\n")
    settings = cfg.open_settings(path)
    assert settings.get(cfg.RECENT_DATABASES) == ["only.sqlite"]
    assert settings.get(cfg.BACKUP_IDLE_MINUTES) == 5


def test_the_environment_points_at_the_test_file(settings, tmp_path: Path):
    assert Path(cfg.open_settings().store.fileName()) == tmp_path / "settings.ini"


def test_every_setting_is_declared_once():
    names = [setting.name for setting in cfg.ALL_SETTINGS]
    assert len(names) == len(set(names))
