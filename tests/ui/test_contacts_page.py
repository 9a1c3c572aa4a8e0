"""The contacts page: search off the GUI thread, filters, columns, toolbar, export."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from partnerdesk import settings as cfg
from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.services import contacts
from partnerdesk.ui.main_window import PAGE_KEYS, MainWindow
from partnerdesk.ui.models import contacts_model
from partnerdesk.ui.models.contacts_model import ContactsModel
from partnerdesk.ui.pages.contacts_page import ContactsPage


def _page(window: MainWindow) -> ContactsPage:
    window.show_page(PAGE_KEYS.index("contacts"))
    return window.pages["contacts"]


def _select(page: ContactsPage, *rows: int) -> None:
    """Select exactly `rows` (not `selectRow`: it honours a modifier an earlier test left)."""
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)


def test_typing_searches_in_the_database_off_the_gui_thread(qtbot, window, monkeypatch):
    threads = []
    real = contacts_model.first_page

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    page = _page(window)  # showing the page loads at once; typing must not
    monkeypatch.setattr(contacts_model, "first_page", spy)
    qtbot.keyClicks(page.search, "bauer")
    qtbot.waitUntil(lambda: page.model.search == "bauer", timeout=3000)
    assert 0 < page.model.rowCount() < 150
    assert all("bauer" in row.display_name.lower() for row in page.model.rows)
    assert page.count.text().startswith(f"{page.model.rowCount()} contact")
    assert threads and threading.main_thread() not in threads


def test_a_filter_narrows_rows_and_count(qtbot, window):
    page = _page(window)
    db = window.workspace.db
    members = contacts.count_contacts(db, role="member")
    assert 0 < members < 150
    page.filters.set_filter("role", "member")
    qtbot.waitUntil(lambda: page.model.filters.role == "member", timeout=3000)
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == members
    assert all("member" in row.roles for row in page.model.rows)
    assert page.count.text() == f"{members} contacts"
    assert page.filters.clear_button.isEnabled()

    qtbot.keyClicks(page.search, "bauer")  # search and filter together
    qtbot.waitUntil(lambda: page.model.search == "bauer", timeout=3000)
    assert page.model.total() == contacts.count_contacts(db, "bauer", role="member")

    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.filters.is_empty(), timeout=3000)
    assert page.search.text() == "bauer"  # clearing filters keeps the search
    assert not page.filters.clear_button.isEnabled()


def test_partner_town_and_consent_filters(qtbot, window):
    page = _page(window)
    towns = page.filters.combos["partner_town_id"]
    assert towns.count() > 2 and towns.itemData(0) is None
    page.filters.set_filter("partner_town_id", towns.itemData(1))
    qtbot.waitUntil(lambda: page.model.filters.partner_town_id is not None, timeout=3000)
    assert 0 < page.model.total() < 150
    page.filters.clear()
    page.filters.set_filter("missing_consent", "photos")
    qtbot.waitUntil(lambda: page.model.filters.missing_consent == "photos", timeout=3000)
    expected = contacts.count_contacts(window.workspace.db, missing_consent="photos")
    assert page.model.total() == expected


def test_no_match_for_the_filters_says_what_to_do(qtbot, window):
    page = _page(window)
    page.filters.set_filter("role", "press")
    page.filters.set_filter("missing_consent", "data_processing")
    page.filters.set_filter("membership", "active")
    qtbot.keyClicks(page.search, "zzzqqq")
    qtbot.waitUntil(lambda: page.model.search == "zzzqqq", timeout=3000)
    assert page.stack.currentWidget() is page.empty
    assert "zzzqqq" in page.empty.text() and "filters" in page.empty.text()


def test_an_empty_database_says_how_to_start(qtbot, workspace, empty_path):
    workspace.open_path(empty_path)
    page = ContactsPage(workspace)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentWidget() is page.empty
    assert "No contacts yet" in page.empty.text() and "import" in page.empty.text()
    assert page.new_person.isEnabled() and page.import_.isEnabled()
    assert not page.export.isEnabled() and not page.edit.isEnabled()


def test_the_model_passes_the_model_tester_with_filters(qtmodeltester, demo_workspace):
    model = ContactsModel(page_size=20)
    model.load(demo_workspace.db, "", ContactFilter(side="partner"))
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total() == contacts.count_contacts(
        demo_workspace.db, side="partner")
    assert {row.side for row in model.rows} == {"partner"}
    model.load(demo_workspace.db, "a", ContactFilter(role="member", membership="active"))
    qtmodeltester.check(model, force_py=True)


def test_hidden_columns_are_remembered(qtbot, demo_workspace):
    page = ContactsPage(demo_workspace)
    qtbot.addWidget(page)
    birth = ContactsModel.COLUMN_KEYS.index("birth_date")
    email = ContactsModel.COLUMN_KEYS.index("email")
    assert page.table.isColumnHidden(birth)  # hidden until the user wants it
    page.set_column_visible("email", False)
    page.set_column_visible("birth_date", True)
    page.set_column_visible("name", False)  # the name always shows
    assert page.table.isColumnHidden(email) and not page.table.isColumnHidden(birth)
    demo_workspace.settings.sync()
    again = ContactsPage(demo_workspace)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(email)
    assert not again.table.isColumnHidden(birth)
    assert not again.table.isColumnHidden(0)
    assert demo_workspace.settings.get(cfg.CONTACTS_HIDDEN_COLUMNS) == "email"
    again.set_column_visible("email", True)  # nothing hidden survives the INI file too
    reopened = cfg.open_settings(Path(demo_workspace.settings.store.fileName()))
    assert reopened.get(cfg.CONTACTS_HIDDEN_COLUMNS) == ""


def test_toolbar_actions_have_shortcuts_and_tooltips(qtbot, window):
    page = _page(window)
    shortcuts = {page.new_person: "Ctrl+N", page.import_: "Ctrl+I", page.export: "Ctrl+E"}
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys
        assert keys.split("+")[1] in action.toolTip()
    assert window.actions_.new.shortcut().toString() != "Ctrl+N"  # no ambiguous shortcut
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=2000)
    assert page.dialog.objectName() == "importDialog"
    page.dialog.reject()


def test_rows_can_be_selected_and_opened(qtbot, window):
    page = _page(window)
    _select(page, 1, 3, 4)
    assert page.selected_ids() == [page.model.rows[r].id for r in (1, 3, 4)]
    assert not page.edit.isEnabled()  # several rows: nothing to edit
    _select(page, 2)
    assert page.edit.isEnabled()
    page.refresh()  # a refresh keeps the selection
    assert page.selected_ids() == [page.model.rows[2].id]
    page.edit_contact()
    if page.dialog is not None:  # the form is built by another part of the app
        assert page.dialog.objectName() == "contactForm"
        assert page.dialog.original.id == page.model.rows[2].id
        page.dialog.reject()


def test_export_writes_the_selected_rows(qtbot, window, tmp_path, monkeypatch):
    page = _page(window)
    _select(page, 0, 2, 5)
    chosen = [page.model.rows[r] for r in (0, 2, 5)]
    page.export_contacts()
    dialog = page.dialog
    assert dialog.selected_radio.isChecked()
    target = tmp_path / "auswahl"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(tmp_path / "auswahl.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=5000)
    assert str(dialog.written) in dialog.status.text()
    with open(dialog.written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 3
    families = {row["Nachname"] or row["Organisation"] for row in rows}
    assert families == {row.display_name.split(",")[0] for row in chosen}
    dialog.reject()


def test_export_of_the_filtered_list(qtbot, window, tmp_path):
    page = _page(window)
    page.filters.set_filter("side", "partner")
    qtbot.waitUntil(lambda: page.model.filters.side == "partner", timeout=3000)
    page.export_contacts()
    dialog = page.dialog
    assert dialog.all_radio.isChecked() and not dialog.selected_radio.isEnabled()
    dialog.format_radios["vcf"].setChecked(True)
    dialog.path.setText(str(tmp_path / "partner.csv"))
    assert dialog.target() == tmp_path / "partner.vcf"
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=5000)
    text = dialog.written.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == page.model.total() > 0


def test_a_language_switch_keeps_the_filters(qtbot, window):
    page = _page(window)
    page.filters.set_filter("side", "partner")
    qtbot.waitUntil(lambda: page.model.filters.side == "partner", timeout=3000)
    total = page.model.total()
    with qtbot.waitSignal(window.sig_language_changed):
        window.change_language("de")
    qtbot.waitUntil(lambda: page.title.text() == "Kontakte", timeout=2000)
    side = page.filters.combos["side"]
    assert side.currentData() == "partner" and side.currentText() == "Partnerstadt"
    assert page.filters.filters().side == "partner" and page.model.total() == total


def test_enter_in_the_list_opens_the_contact(qtbot, window):
    page = _page(window)
    window.activateWindow()
    _select(page, 3)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    if page.dialog is not None:  # the form is built by another part of the app
        assert page.dialog.original.id == page.model.rows[3].id
        page.dialog.reject()
