"""The workspace creates a person inline on *Participants*; on *Overview* the organiser is
chosen and cleared, linked grants are listed and opened, and a new application started."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from partnerdesk.services import exchange_editing, exchanges, grants, participants
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog
from partnerdesk.ui.dialogs.exchange_workspace.new_person_editor import NewPersonEditor


@pytest.fixture
def dialog(qtbot, demo_workspace) -> ExchangeWorkspaceDialog:
    """The workspace of the demo's coming youth exchange."""
    row = next(r for r in exchanges.list_exchanges(demo_workspace.db)
               if r.kind == "youth_exchange" and r.status != "done")
    window = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(window)
    window.show()
    return window


def _open_new_person(dialog: ExchangeWorkspaceDialog) -> NewPersonEditor:
    tab = dialog.participants
    assert dialog.show_tab("participants")
    assert tab.new_person.isEnabled()
    tab.new_person.click()
    editor = tab.dialog
    assert isinstance(editor, NewPersonEditor) and editor.isVisible()
    return editor


def test_a_person_created_inline_is_listed_and_counted(dialog, qtbot):
    tab = dialog.participants
    db = dialog.workspace.db
    writes: list[None] = []
    dialog.workspace.sig_data_changed.connect(lambda *_: writes.append(None))
    before = participants.counts(db, dialog.exchange_id)
    editor = _open_new_person(dialog)
    assert editor.birth_date.value() is None  # may stay empty
    editor.given_name.setText(" Darja ")
    editor.family_name.setText("Lebedewa")
    editor.given_name_native.setText("Дарья")
    editor.family_name_native.setText("Лебедева")
    editor.birth_date.set_value(date(2009, 4, 12))
    editor.gender.set_value("female")
    editor.side.set_value("partner")
    editor.role.set_value("participant")
    editor.status.set_value("confirmed")
    editor.buttons.accepted.emit()

    qtbot.waitUntil(lambda: tab.dialog is None or not editor.isVisible())
    row = next(r for r in tab.rows if r.name == "Lebedewa, Darja")
    assert (row.native_name, row.side, row.role, row.status) == (
        "Лебедева, Дарья", "partner", "participant", "confirmed")
    assert row.birth_date == date(2009, 4, 12) and row.minor
    number = tab.rows.index(row)
    assert tab.table.item(number, 0).text() == "Lebedewa, Darja"
    assert tab.current_row() == row
    after = participants.counts(db, dialog.exchange_id)
    assert after.total == before.total + 1
    assert after.by_side.get("partner", 0) == before.by_side.get("partner", 0) + 1
    assert f"<b>{after.total}</b> taking part" in tab.counts.text()
    assert writes  # workspace.note_write() announced the change


def test_a_person_without_a_name_is_refused_and_the_input_stays(dialog):
    tab = dialog.participants
    db = dialog.workspace.db
    before = participants.list_participants(db, dialog.exchange_id)
    editor = _open_new_person(dialog)
    editor.given_name.setText("   ")
    editor.birth_date.set_value(date(2010, 1, 2))
    editor.side.set_value("partner")
    editor.buttons.accepted.emit()

    assert editor.isVisible() and tab.dialog is editor
    assert editor.message.isVisibleTo(editor)
    assert editor.message.text() == "The new person needs a name."
    assert editor.birth_date.value() == date(2010, 1, 2)
    assert editor.side.value() == "partner"
    assert participants.list_participants(db, dialog.exchange_id) == before
    assert len(tab.rows) == len(before)
    editor.reject()


def test_the_overview_lists_the_linked_grants_by_title_and_status(dialog):
    linked = dialog.original.grant_ids
    assert linked
    rows = [r for r in grants.list_grants(dialog.workspace.db) if r.id in linked]
    assert rows
    grants_list = dialog.overview.grants
    text = "\n".join(grants_list.item(n).text() for n in range(grants_list.count()))
    for row in rows:
        assert f"{row.title} — {labels.label(labels.GRANT_STATUS, row.status)}" in text
    assert [r.id for r in dialog.overview.linked_grants()] == list(linked)
    others = [r for r in grants.list_grants(dialog.workspace.db) if r.id not in linked]
    for row in others:
        assert row.title not in text


def test_the_organiser_is_chosen_by_searching_and_cleared(dialog, qtbot):
    tab = dialog.overview
    db = dialog.workspace.db
    assert dialog.original.organiser_id is not None
    assert tab.organiser.name.text()                 # the demo's organiser by name
    tab.organiser.clear.click()
    assert tab.organiser.contact_id is None and tab.organiser.name.text() == ""
    assert not tab.organiser.clear.isEnabled() and dialog.has_changes()
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save_button.click()
    assert exchange_editing.load_exchange(db, dialog.exchange_id).organiser_id is None

    tab.organiser.choose.click()
    picker = tab.organiser.picker
    assert picker is not None and picker.isVisible()
    picker.run_search("Gymnasium")                   # an organisation can organise too
    assert picker.results.count() >= 1
    chosen = picker.results.item(0).data(Qt.ItemDataRole.UserRole)
    picker.choose()
    assert tab.organiser.contact_id == chosen.id
    assert tab.organiser.name.text() == chosen.display_name
    assert dialog.has_changes()
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save_button.click()
    assert exchange_editing.load_exchange(db, dialog.exchange_id).organiser_id == chosen.id
    assert tab.organiser.name.text() == chosen.display_name


def test_a_linked_grant_opens_and_a_new_one_is_started_from_the_exchange(dialog, qtbot):
    from partnerdesk.ui.dialogs.grant_workspace import GrantWorkspaceDialog

    tab = dialog.overview
    linked = dialog.original.grant_ids
    item = tab.grants.item(0)
    tab.grants.itemActivated.emit(item)             # double-click or Enter
    opened = tab.dialog
    assert isinstance(opened, GrantWorkspaceDialog) and opened.isVisible()
    assert opened.grant_id == item.data(Qt.ItemDataRole.UserRole) == linked[0]
    opened.close()

    assert tab.new_grant.isEnabled()
    tab.new_grant.click()
    started = tab.dialog
    assert isinstance(started, GrantWorkspaceDialog) and started.grant_id is None
    assert started.original.exchange_ids == (dialog.exchange_id,)
    with qtbot.waitSignal(started.sig_saved):
        started.save_button.click()
    new_id = started.grant_id
    assert new_id is not None and new_id not in linked
    # the exchange workspace lists it at once (the grant's save announced the write)
    assert new_id in dialog.original.grant_ids
    assert new_id in [r.id for r in tab.linked_grants()]
    assert not dialog.has_changes()
    started.close()


def test_no_grant_application_for_an_exchange_not_saved_yet(qtbot, demo_workspace):
    window = ExchangeWorkspaceDialog(demo_workspace, None)
    qtbot.addWidget(window)
    tab = window.overview
    assert not tab.new_grant.isEnabled()
    assert tab.new_grant.toolTip() == "Save the exchange first"
    assert tab.grants.item(0).text() == "No grant application linked yet"
    tab.start_grant()                               # nothing happens, nothing breaks
    assert tab.dialog is None
