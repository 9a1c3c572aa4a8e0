"""The exchange list and the exchange workspace (qtbot, no exec); the dashboard's findings
are tested in test_overview_page.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerdesk.services import checks, exchange_editing, exchanges
from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog
from partnerdesk.ui.pages.exchanges_page import ExchangesPage

TODAY = date(2025, 6, 1)  # as in tests/ui/conftest.py


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question answers Yes; the titles asked are recorded."""
    asked: list[str] = []

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _kinds(dialog: ExchangeWorkspaceDialog) -> set[str]:
    return {finding.kind for finding in dialog.checks.findings}


def _new_exchange(qtbot, workspace) -> ExchangeWorkspaceDialog:
    dialog = ExchangeWorkspaceDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.overview
    qtbot.keyClicks(tab.title, "Choir trip 2025")
    tab.start.set_value(date(2025, 7, 1))
    tab.end.set_value(date(2025, 7, 8))
    tab.place.setText("Tver")
    assert dialog.has_changes()
    assert not dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.participants))
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save_button.click()
    return dialog


def test_workspace_creates_an_exchange_and_a_finding_comes_and_goes(qtbot, demo_workspace):
    db = demo_workspace.db
    dialog = _new_exchange(qtbot, demo_workspace)
    exchange_id = dialog.exchange_id
    assert exchange_editing.load_exchange(db, exchange_id).title == "Choir trip 2025"
    assert not dialog.has_changes()
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.participants))

    # add two people from the contacts through the search picker
    tab = dialog.participants
    for _ in range(2):
        tab.add_from_contacts()
        picker = tab.dialog
        assert picker is not None and picker.results.count() > 0
        picker.choose()
    assert len(tab.rows) == 2
    assert "2" in tab.counts.text()

    # a fee due and unpaid is a finding; paying it makes the finding go away
    tab.table.selectRow(0)
    tab.edit_participant()
    editor = tab.dialog
    editor.fee_due.setText("150,00")
    editor.buttons.accepted.emit()
    assert tab.rows[0].fee_due == Decimal("150.00")
    assert "fee_open" in _kinds(dialog)
    dialog.show_tab("checks")
    fee = next(f for f in dialog.checks.findings if f.kind == "fee_open")
    dialog.checks.sig_finding_activated.emit(fee)
    assert dialog.tabs.currentWidget() is dialog.participants
    tab.table.selectRow(0)
    tab.edit_participant()
    tab.dialog.fee_paid.setText("150")
    tab.dialog.buttons.accepted.emit()
    assert "fee_open" not in _kinds(dialog)

    # two overlapping programme items are flagged; deleting one clears it
    prog = dialog.programme
    for start, end in (("10:00", "12:00"), ("11:00", "13:00")):
        prog.add_item()
        editor = prog.dialog
        assert editor.day.value() == date(2025, 7, 1)
        editor.start.setText(start)
        editor.end.setText(end)
        editor.title.setText("Rehearsal")
        editor.title_native.setText("Репетиция")
        editor.buttons.accepted.emit()
    assert len(prog.items) == 2 and len(prog.overlapping) == 2
    assert "programme_overlap" in _kinds(dialog)
    prog.table.selectRow(1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question",
                      lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        prog.delete_item()
    assert len(prog.items) == 1
    assert "programme_overlap" not in _kinds(dialog)
    assert {f.kind for f in checks.check_exchange(db, exchange_id, TODAY)} == _kinds(dialog)
    dialog.close()


def test_bad_input_keeps_the_input_and_unsaved_changes_are_confirmed(
        qtbot, demo_workspace, monkeypatch):
    dialog = ExchangeWorkspaceDialog(demo_workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.overview.title, "No dates")
    assert not dialog.save()
    assert dialog.banner.isVisible() and "date" in dialog.banner.text()
    assert dialog.overview.title.text() == "No dates"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1])
                        or QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible()
    _discard(dialog, monkeypatch)


def _discard(dialog: ExchangeWorkspaceDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_conflict_shows_the_service_message_and_keeps_the_input(
        qtbot, demo_workspace, monkeypatch):
    db = demo_workspace.db
    row = exchanges.list_exchanges(db)[0]
    dialog = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(dialog)
    form = exchange_editing.load_exchange(db, row.id)
    exchange_editing.save_exchange(db, form)  # someone else saved meanwhile
    dialog.overview.place.setText("Somewhere else")
    assert not dialog.save()
    assert "changed elsewhere" in dialog.banner.text()
    assert dialog.overview.place.text() == "Somewhere else"
    _discard(dialog, monkeypatch)


def test_filters_narrow_the_list_and_duplicate_opens_next_year(
        qtbot, demo_workspace, answer_yes):
    page = ExchangesPage(demo_workspace)
    qtbot.addWidget(page)
    page.refresh()
    everything = page.model.rowCount()
    assert everything >= 4
    page.set_filter("kind", "youth_exchange")
    youth = page.model.rowCount()
    assert 0 < youth < everything
    assert all(row.kind == "youth_exchange" for row in page.model.rows)
    page.set_filter("direction", "outgoing")
    assert all(row.direction == "outgoing" for row in page.model.rows)
    page.set_filter("kind", None)
    page.set_filter("direction", None)
    years = [page.combos["year"].itemData(i) for i in range(1, page.combos["year"].count())]
    page.set_filter("year", years[-1])
    assert 0 < page.model.rowCount() < everything
    page.set_filter("year", None)
    assert page.model.rowCount() == everything
    home = page.model.index(0, page.model.COL_HOME).data()
    assert home.isdigit()

    page.table.selectRow(0)
    original = page.current_row()
    page.duplicate.trigger()
    assert page.model.rowCount() == everything + 1
    copy = page.current_row()
    assert copy.id != original.id and copy.status == "idea"
    assert copy.start_date.year == original.start_date.year + 1
    assert isinstance(page.dialog, ExchangeWorkspaceDialog)
    assert page.dialog.exchange_id == copy.id
    page.dialog.close()

    page.select_exchange(copy.id)
    page.cancel.trigger()
    assert answer_yes == ["Cancel exchange"]
    assert exchange_editing.load_exchange(demo_workspace.db, copy.id).status == "cancelled"
