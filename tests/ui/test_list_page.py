"""Keyboard use of the list pages: Down in the search field goes into the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnerdesk.ui.pages.grants_page import GrantsPage


def test_down_from_the_search_field_selects_the_first_row(qtbot, demo_workspace):
    page = GrantsPage(demo_workspace)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 3
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() or page.table.currentIndex().isValid()
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.selectionModel().selectedRows()[0].row() == 1


def test_ctrl_number_puts_the_keyboard_into_the_page(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["grants"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    assert window.focusWidget() is page.search


def test_columns_widen_for_long_translated_headers(qtbot):
    from PySide6.QtWidgets import QTableWidget

    from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

    table = QTableWidget(0, 3)
    qtbot.addWidget(table)
    configure_table(table, [40, 300, 50])
    table.setHorizontalHeaderLabels(["Medizinische Behandlung", "Alter", "Notizen"])
    fit_header_texts(table)
    metrics = table.horizontalHeader().fontMetrics()
    assert table.columnWidth(0) >= metrics.horizontalAdvance("Medizinische Behandlung")
    assert table.columnWidth(1) == 300  # wide enough already: left alone
