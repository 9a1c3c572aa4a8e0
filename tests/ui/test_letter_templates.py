"""The letter templates editor: list, edit with fields, new, delete after asking, examples;
and the Reports page's letter options that open it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerdesk.services import letters
from partnerdesk.ui.dialogs.letter_templates import ID_ROLE, LetterTemplatesDialog
from partnerdesk.ui.pages.reports.options import LetterOptions


@pytest.fixture
def dialog(qtbot, demo_workspace, monkeypatch) -> LetterTemplatesDialog:
    """The editor on the demo database (which has the example templates); questions are
    answered "Discard" unless a test says otherwise (also when it is closed at the end)."""
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window = LetterTemplatesDialog(demo_workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def _names(dialog: LetterTemplatesDialog) -> list[str]:
    return [dialog.templates.item(i).text() for i in range(dialog.templates.count())]


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, _buttons, default):
        asked.append(text)
        assert default in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_edit_a_template_with_a_field_and_save(qtbot, dialog):
    db = dialog.workspace.db
    assert "Allgemeiner Brief (German)" in _names(dialog)
    first = dialog.templates.item(0).data(ID_ROLE)
    assert dialog.original.id == first and dialog.name.text()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.subject.setText("Hallo ")
    dialog.subject.setFocus()
    qtbot.waitUntil(lambda: dialog.subject.hasFocus())
    fields = [dialog.fields.item(i).data(ID_ROLE) for i in range(dialog.fields.count())]
    assert fields == [field.name for field in letters.known_fields()]
    dialog.fields.setCurrentRow(fields.index("given_name"))
    dialog.insert.click()
    assert dialog.subject.text() == "Hallo {given_name}"
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_changed):
        assert dialog.save()
    assert letters.load_template(db, first).subject == "Hallo {given_name}"
    assert not dialog.save_button.isEnabled()


def test_unknown_fields_are_refused_and_the_input_kept(dialog):
    dialog.body.setPlainText("{salutation}\n\nDas Feld {unbekannt} gibt es nicht.")
    assert not dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "{unbekannt}" in dialog.message.text()
    assert "{unbekannt}" in dialog.body.toPlainText()


def test_new_template_in_russian(dialog):
    dialog.new.click()
    assert dialog.original.id is None and dialog.templates.currentItem() is None
    dialog.name.setText("Благодарность")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.subject.setText("Спасибо, {given_name}!")
    assert dialog.save()
    rows = {row.name: row for row in letters.list_templates(dialog.workspace.db, "ru")}
    assert rows["Благодарность"].subject == "Спасибо, {given_name}!"
    assert "Благодарность (Russian)" in _names(dialog)
    assert dialog.templates.currentItem().data(ID_ROLE) == rows["Благодарность"].id


def test_delete_asks_first_and_examples_come_back(dialog, monkeypatch):
    db = dialog.workspace.db
    count = len(letters.list_templates(db))
    template_id = dialog.original.id
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.delete.click()
    assert asked and dialog.original.name in asked[0]
    assert len(letters.list_templates(db)) == count
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete.click()
    assert template_id not in {row.id for row in letters.list_templates(db)}
    assert dialog.templates.count() == count - 1
    assert dialog.original.id is not None  # the next template is shown
    dialog.examples.click()
    assert "1 example template" in dialog.notice.text()
    assert dialog.templates.count() == count
    dialog.examples.click()
    assert "already there" in dialog.notice.text()


def test_unsaved_changes_are_only_dropped_after_asking(dialog, monkeypatch):
    first = dialog.original.id
    dialog.name.setText("Geändert")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.templates.setCurrentRow(1)
    assert asked and dialog.original.id == first and dialog.name.text() == "Geändert"
    assert dialog.templates.currentItem().data(ID_ROLE) == first
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.templates.setCurrentRow(1)
    assert dialog.original.id != first and dialog.name.text() != "Geändert"


def test_empty_list_says_what_to_do(qtbot, demo_workspace):
    for row in letters.list_templates(demo_workspace.db):
        letters.delete_template(demo_workspace.db, row.id)
    window = LetterTemplatesDialog(demo_workspace)
    qtbot.addWidget(window)
    assert window.templates.count() == 0 and "examples" in window.notice.text()
    assert window.original.id is None and "{salutation}" in window.body.toPlainText()


def test_letter_options_offer_the_templates_of_the_letters_language(qtbot, demo_workspace):
    options = LetterOptions(demo_workspace)
    qtbot.addWidget(options.field)
    options.set_language("ru")
    names = [options.template.itemText(i) for i in range(options.template.count())]
    assert names == ["Общее письмо (Russian)", "Приглашение для визы (Russian)"]
    assert dict(options.options())["template_id"] == options.template.itemData(0)
    options.edit.click()
    editor = options.dialog
    assert isinstance(editor, LetterTemplatesDialog)
    assert editor.original.id == options.template.itemData(0)
    editor.new.click()
    editor.name.setText("Благодарность")
    editor.language.setCurrentIndex(editor.language.findData("ru"))
    with qtbot.waitSignal(options.sig_changed):
        editor.save()
    assert options.template.count() == 3

