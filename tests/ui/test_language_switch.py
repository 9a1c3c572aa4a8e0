"""Switching the language at run time re-translates menus, navigation and table headers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnerdesk import settings as cfg
from partnerdesk.ui.labels import LANGUAGE_NAMES
from partnerdesk.ui.main_window import PAGE_KEYS, MainWindow

EXPECTED = {
    "de": ("&Datei", "Kontakte", "Name in Originalschrift", "1.234,50\xa0€"),
    "ru": ("&Файл", "Контакты", "Имя в оригинале", "1\xa0234,50\xa0€"),
    "en": ("&File", "Contacts", "Name in native script", "€1,234.50"),
}


def _header(window: MainWindow, column: int) -> str:
    model = window.pages["contacts"].model
    return model.headerData(column, Qt.Orientation.Horizontal)


def test_switch_de_ru_en(qtbot, window: MainWindow):
    from decimal import Decimal

    from partnerdesk.ui.formatting import format_money

    window.show_page(PAGE_KEYS.index("contacts"))
    header = window.pages["contacts"].table.horizontalHeader()
    for language in ("de", "ru", "en"):
        with qtbot.waitSignal(window.sig_language_changed):
            window.change_language(language)
        menu, contacts, native, money = EXPECTED[language]
        qtbot.waitUntil(lambda m=menu: window.file_menu.title() == m, timeout=2000)
        assert window.navigation.item(1).text() == contacts
        assert window.pages["contacts"].title.text() == contacts
        assert _header(window, 1) == native
        assert header.model().headerData(1, Qt.Orientation.Horizontal) == native
        assert format_money(Decimal("1234.50")) == money
        assert window.workspace.settings.get(cfg.LANGUAGE) == language


def test_settings_combo_switches_the_language(qtbot, window: MainWindow):
    page = window.page("settings")  # created on first use
    index = page.language.findData("ru")
    assert page.language.itemText(index) == LANGUAGE_NAMES["ru"]
    with qtbot.waitSignal(window.sig_language_changed):
        page.language.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.help_menu.title() == "&Справка", timeout=2000)
    assert page.title.text() == "Настройки"
