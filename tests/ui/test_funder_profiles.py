"""The funder profiles dialog: edit a profile, the example banner, refused and allowed
deletes, a new profile, and installing the example profiles (qtbot, no exec)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerdesk.services import funders
from partnerdesk.ui.dialogs.funder_profiles import FunderProfilesDialog
from partnerdesk.ui.pages.grants_page import GrantsPage


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Questions are answered by `answers["reply"]` (Yes / Discard by default) and recorded;
    warnings are recorded, not shown: no test blocks on a message box."""
    asked: dict[str, list] = {"question": [], "warning": [], "reply": []}

    def question(_parent, title, _text, buttons, *_args, **_kwargs):
        asked["question"].append(title)
        if asked["reply"]:
            return asked["reply"].pop(0)
        if buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a, **_k: asked["warning"].append(text))
    return asked


def _dialog(qtbot, workspace) -> FunderProfilesDialog:
    dialog = FunderProfilesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: FunderProfilesDialog, programme: str) -> int:
    return next(n for n, row in enumerate(dialog.rows) if row.programme == programme)


def test_the_grants_page_opens_the_profiles(qtbot, demo_workspace):
    page = GrantsPage(demo_workspace)
    qtbot.addWidget(page)
    page.refresh()
    assert page.profiles.isEnabled()
    page.profiles.trigger()
    assert isinstance(page.dialog, FunderProfilesDialog)
    page.dialog.reject()


def test_edit_an_example_profile_and_clear_its_example_mark(qtbot, demo_workspace):
    db = demo_workspace.db
    dialog = _dialog(qtbot, demo_workspace)
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(n, 2).text() for n in range(3)] == ["Example"] * 3
    assert [dialog.table.item(n, 3).text() for n in range(3)] == ["1"] * 3
    editor = dialog.editor
    number = _row(dialog, "Jugendbegegnungen Deutschland–Russland")
    dialog.table.selectRow(number)
    profile_id = dialog.rows[number].id
    assert dialog.original.id == profile_id
    assert editor.programme.text() == "Jugendbegegnungen Deutschland–Russland"
    assert editor.counts["min_age"].value_or_none() == 12
    assert editor.daily_rate.text() == "30,00"
    assert editor.banner.isVisible() and "verify" in editor.banner.text()
    assert not dialog.save_button.isEnabled()

    editor.daily_rate.setText("32,50")
    editor.daily_rate.textEdited.emit("32,50")
    editor.counts["max_participants_per_side"].setValue(18)
    editor.counts["participants_per_leader"].setValue(-1)  # "–": no such rule
    editor.is_example.setChecked(False)
    assert not editor.banner.isVisible()
    assert dialog.has_changes() and dialog.save_button.isEnabled()
    assert dialog.save()

    stored = funders.load_profile(db, profile_id)
    assert stored.daily_rate == Decimal("32.50") and not stored.is_example
    assert (stored.max_participants_per_side, stored.participants_per_leader) == (18, None)
    assert dialog.table.item(_row(dialog, stored.programme), 2).text() == ""
    assert not dialog.has_changes()

    editor.counts["min_age"].setValue(30)  # above the maximum age: refused, input kept
    assert not dialog.save()
    assert "minimum age" in dialog.message.text()
    assert editor.counts["min_age"].value() == 30
    assert funders.load_profile(db, profile_id).min_age == 12


def test_a_profile_in_use_is_not_deleted_but_a_new_one_is(qtbot, demo_workspace, answers):
    db = demo_workspace.db
    dialog = _dialog(qtbot, demo_workspace)
    dialog.table.selectRow(0)
    used = dialog.original
    dialog.delete.click()
    assert answers["question"] == ["Delete funder profile"]
    assert len(answers["warning"]) == 1 and "applications use it" in answers["warning"][0]
    assert any(row.id == used.id for row in funders.list_profiles(db))

    dialog.new.click()
    editor = dialog.editor
    assert dialog.original.id is None and editor.programme.text() == ""
    funder = editor.funder.findText("Stiftung Deutsch-Russischer Jugendaustausch")
    editor.funder.setCurrentIndex(funder)
    qtbot.keyClicks(editor.programme, "Fachkraefteaustausch")
    editor.counts["min_programme_days"].setValue(4)
    qtbot.keyClicks(editor.daily_rate, "25")
    assert dialog.save()
    assert dialog.table.rowCount() == 4
    new = dialog.original
    assert new.id is not None and (new.min_programme_days, new.daily_rate) == (
        4, Decimal("25.00"))
    assert dialog.rows[dialog.table.selectionModel().selectedRows()[0].row()].id == new.id

    dialog.delete.click()
    assert not any(row.id == new.id for row in funders.list_profiles(db))
    assert dialog.table.rowCount() == 3 and dialog.original.id is None


def test_switching_profiles_asks_before_dropping_changes(qtbot, demo_workspace, answers):
    dialog = _dialog(qtbot, demo_workspace)
    dialog.table.selectRow(0)
    first = dialog.original.id
    dialog.editor.programme.setText("Geändert")
    dialog.editor.programme.textEdited.emit("Geändert")
    answers["reply"].append(QMessageBox.StandardButton.Cancel)
    dialog.table.selectRow(1)
    assert answers["question"] == ["Unsaved changes"]
    assert dialog.original.id == first and dialog.editor.programme.text() == "Geändert"
    assert dialog.rows[dialog.table.selectionModel().selectedRows()[0].row()].id == first


def test_install_the_example_profiles_on_an_empty_database(qtbot, workspace, empty_path):
    workspace.open_path(empty_path)
    dialog = _dialog(qtbot, workspace)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert dialog.editor.funder.count() == 1  # only "choose a funder"

    dialog.examples.click()
    rows = funders.list_profiles(workspace.db)
    assert len(rows) >= 2 and all(row.is_example for row in rows)
    assert dialog.table.rowCount() == len(rows) and not dialog.empty.isVisible()
    assert dialog.notice.text().startswith(f"{len(rows)} example profile")
    assert dialog.editor.funder.count() > 1  # the funders came with them

    dialog.examples.click()
    assert dialog.notice.text() == "The example profiles are already there."
    assert len(funders.list_profiles(workspace.db)) == len(rows)

    dialog.table.selectRow(0)
    assert dialog.editor.banner.isVisible() and dialog.editor.is_example.isChecked()
