"""The person and organisation form: edit and save, inline validation, asking before losing
changes, Latin spellings, possible duplicates, concurrent edits, passports, consents."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from partnerdesk import i18n
from partnerdesk.services import contact_editing
from partnerdesk.services.contacts import list_contacts
from partnerdesk.ui.dialogs.contact_form import ContactFormDialog


def _open(qtbot, workspace, contact_id=None, kind="person") -> ContactFormDialog:
    dialog = ContactFormDialog(workspace, contact_id, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _find(workspace, text: str) -> int:
    rows = list_contacts(workspace.db, text, limit=1)
    assert rows, text
    return rows[0].id


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


@pytest.fixture
def never_asked(monkeypatch):
    """Questions asked (none expected before the test's end); answered with Discard, so
    that closing a dialog with changes at teardown does not wait for a click."""
    asked: list[str] = []

    def ask(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", ask)
    yield asked
    assert asked in ([], ["This contact has unsaved changes. Discard them?"])


def test_edit_a_demo_contact_and_save_with_ctrl_s(qtbot, demo_workspace, never_asked):
    contact_id = _find(demo_workspace, "Schtscherbakow")
    dialog = _open(qtbot, demo_workspace, contact_id)
    before = contact_editing.load_contact(demo_workspace.db, contact_id)
    assert dialog.pages["person"].widgets["family_name"].text() == before.family_name
    assert not dialog.has_changes() and dialog.save_button.isEnabled()
    dialog.tabs.setCurrentWidget(dialog.pages["address"])
    city = dialog.pages["address"].widgets["city"]
    _retype(qtbot, city, "Welikije Luki")
    postal = dialog.pages["address"].widgets["postal_code"]
    _retype(qtbot, postal, "01234")
    assert dialog.has_changes()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts work in the active window
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        qtbot.keyClick(postal, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [contact_id]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    after = contact_editing.load_contact(demo_workspace.db, contact_id)
    assert (after.city, after.postal_code) == ("Welikije Luki", "01234")  # leading zero kept
    assert after.version == before.version + 1
    assert dataclasses.replace(after, city=before.city, postal_code=before.postal_code,
                               version=before.version) == before
    assert demo_workspace.dirty  # note_write() was called
    assert never_asked == []


def test_a_new_person_with_a_bad_e_mail_shows_it_inline(qtbot, demo_workspace, never_asked):
    dialog = _open(qtbot, demo_workspace)
    person = dialog.pages["person"]
    assert not dialog.save_button.isEnabled()            # no name yet …
    assert person.errors["family_name"].isHidden()        # … but no scolding before typing
    qtbot.keyClicks(person.widgets["given_name"], "Lena")
    qtbot.keyClicks(person.widgets["family_name"], "Vogel")
    assert dialog.save_button.isEnabled()
    address = dialog.pages["address"]
    dialog.tabs.setCurrentWidget(address)
    qtbot.keyClicks(address.widgets["email"], "lena.vogel-at-example.org")
    assert address.errors["email"].isVisible()
    assert "not an e-mail address" in address.errors["email"].text()
    assert not dialog.save_button.isEnabled()
    assert dialog.tabs.tabBar().tabTextColor(dialog.tabs.indexOf(address)).isValid()
    dialog.save()  # Ctrl+S while invalid: nothing saved, the field gets the focus
    assert dialog.isVisible() and dialog.contact_id is None
    _retype(qtbot, address.widgets["email"], "lena@example.org")
    assert address.errors["email"].isHidden() and dialog.save_button.isEnabled()


def test_a_cleared_name_is_reported(qtbot, demo_workspace, never_asked):
    dialog = _open(qtbot, demo_workspace, _find(demo_workspace, "Schtscherbakow"))
    person = dialog.pages["person"]
    for key in ("given_name", "family_name", "family_name_native"):
        _retype(qtbot, person.widgets[key], "")
    assert person.errors["family_name"].isVisible()
    assert not dialog.save_button.isEnabled()


def test_cancel_with_changes_asks_first(qtbot, demo_workspace, monkeypatch):
    dialog = _open(qtbot, demo_workspace, _find(demo_workspace, "Schtscherbakow"))
    questions = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def ask(*args, **_kwargs):
        questions.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", ask)
    qtbot.keyClicks(dialog.pages["person"].widgets["title"], "Dr.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(questions) == 1        # kept: the user said Cancel
    assert dialog.pages["person"].widgets["title"].text() == "Dr."
    dialog.close()
    assert not dialog.isVisible() and len(questions) == 2    # discarded on the second ask


def test_cancel_without_changes_does_not_ask(qtbot, demo_workspace, never_asked):
    dialog = _open(qtbot, demo_workspace, _find(demo_workspace, "Schtscherbakow"))
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert never_asked == []


def test_the_latin_suggestion_fills_the_passport_name(qtbot, demo_workspace, never_asked):
    dialog = _open(qtbot, demo_workspace)
    person = dialog.pages["person"]
    assert not person.suggest.isEnabled()
    person.widgets["given_name_native"].setText("Юрий")  # QTest types Latin-1 only
    person.widgets["family_name_native"].setText("Щербаков")
    qtbot.mouseClick(person.suggest, Qt.MouseButton.LeftButton)
    suggestions = person.latin_dialog
    assert suggestions is not None and suggestions.isVisible()
    assert suggestions.spellings["icao"].text() == "Iurii Shcherbakov"
    assert suggestions.spellings["german"].text() == "Juri Schtscherbakow"
    qtbot.mouseClick(suggestions.use[("icao", "passport")], Qt.MouseButton.LeftButton)
    assert not suggestions.isVisible()
    assert person.widgets["passport_given_name"].text() == "Iurii"
    assert person.widgets["passport_family_name"].text() == "Shcherbakov"
    assert person.widgets["given_name"].text() == ""  # only what the user picked
    person.suggest_latin()
    qtbot.mouseClick(person.latin_dialog.use[("german", "latin")], Qt.MouseButton.LeftButton)
    assert (person.widgets["given_name"].text(), person.widgets["family_name"].text()) == (
        "Juri", "Schtscherbakow")


def test_a_possible_duplicate_is_shown_and_can_be_saved_anyway(qtbot, demo_workspace,
                                                               never_asked):
    existing = contact_editing.load_contact(demo_workspace.db,
                                            _find(demo_workspace, "Schtscherbakow"))
    dialog = _open(qtbot, demo_workspace)
    person = dialog.pages["person"]
    qtbot.keyClicks(person.widgets["given_name"], existing.given_name)
    qtbot.keyClicks(person.widgets["family_name"], existing.family_name)
    person.widgets["birth_date"].set_value(existing.birth_date)
    qtbot.keyClicks(dialog.pages["address"].widgets["email"], existing.email or "x@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.duplicates.isVisible()
    assert existing.display_name in dialog.duplicates.listing.text()
    assert "same name" in dialog.duplicates.listing.text()
    qtbot.mouseClick(dialog.duplicates.back, Qt.MouseButton.LeftButton)
    assert not dialog.duplicates.isVisible() and dialog.contact_id is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        qtbot.mouseClick(dialog.duplicates.save_anyway, Qt.MouseButton.LeftButton)
    assert saved.args[0] != existing.id
    assert contact_editing.load_contact(demo_workspace.db, saved.args[0]).family_name == \
        existing.family_name


def test_a_concurrent_edit_is_reported_and_the_input_kept(qtbot, demo_workspace, never_asked):
    contact_id = _find(demo_workspace, "Schtscherbakow")
    dialog = _open(qtbot, demo_workspace, contact_id)
    elsewhere = contact_editing.load_contact(demo_workspace.db, contact_id)
    contact_editing.save_contact(demo_workspace.db, dataclasses.replace(elsewhere, city="Pskow"))
    _retype(qtbot, dialog.pages["address"].widgets["city"], "Luki")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert "changed elsewhere" in dialog.banner.text()
    assert dialog.pages["address"].widgets["city"].text() == "Luki"
    assert contact_editing.load_contact(demo_workspace.db, contact_id).city == "Pskow"


def test_passport_data_is_loaded_only_when_asked_and_saved(qtbot, demo_workspace, never_asked,
                                                           monkeypatch):
    contact_id = _find(demo_workspace, "Schtscherbakow")
    loads = []
    real = contact_editing.load_passports
    monkeypatch.setattr(contact_editing, "load_passports",
                        lambda db, cid: loads.append(cid) or real(db, cid))
    dialog = _open(qtbot, demo_workspace, contact_id)
    tab = dialog.pages["passport"]
    dialog.tabs.setCurrentWidget(tab)
    assert loads == [] and tab.passports.isHidden()
    qtbot.mouseClick(tab.reveal, Qt.MouseButton.LeftButton)
    assert loads == [contact_id] and tab.passports.isVisible()
    qtbot.mouseClick(tab.passports.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.passports.detail_widgets["number"], "76 1234567")
    assert dialog.has_changes()
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "76 1234567" in [p.number for p in real(demo_workspace.db, contact_id)]


def test_a_saved_consent_can_be_withdrawn_but_not_removed(qtbot, demo_workspace, never_asked):
    contact_id = next(row.id for row in list_contacts(demo_workspace.db, limit=500)
                      if contact_editing.load_contact(demo_workspace.db, row.id).consents)
    dialog = _open(qtbot, demo_workspace, contact_id)
    editor = dialog.pages["consents"].consents
    editor.select_row(0)
    assert not editor.remove.isEnabled() and editor.withdraw.isEnabled()
    assert not editor.detail_widgets["purpose"].isEnabled()
    qtbot.mouseClick(editor.withdraw, Qt.MouseButton.LeftButton)
    assert editor.rows[0].withdrawn_on is not None
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    assert editor.remove.isEnabled()
    editor.detail_widgets["given_by"].set_value("guardian")  # no guardian named yet
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.save()
    stored = contact_editing.load_contact(demo_workspace.db, contact_id).consents
    assert len(stored) == len(dialog.original.consents) and stored[0].withdrawn_on


def test_a_new_organisation_links_a_person(qtbot, demo_workspace, never_asked):
    dialog = _open(qtbot, demo_workspace, kind="organisation")
    assert "person" not in dialog.pages and "consents" not in dialog.pages
    qtbot.keyClicks(dialog.pages["organisation"].widgets["organisation_name"],
                    "Chor Musterstadt")
    links = dialog.pages["links"].links
    links.open_picker()
    links.picker.run_search("Schtscherbakow")
    assert links.picker.results.count() >= 1
    links.picker.choose()
    assert len(links.rows) == 1
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        dialog.save()
    stored = contact_editing.load_contact(demo_workspace.db, saved.args[0])
    assert stored.kind == "organisation" and len(stored.links) == 1


def test_demo_contacts_open_unchanged_and_save_as_they_were(qtbot, demo_workspace):
    db = demo_workspace.db
    rows = list_contacts(db, limit=1000)
    for row in rows[::10]:  # the dialog reads back exactly what it was given, data is valid
        dialog = ContactFormDialog(demo_workspace, row.id, row.kind)
        qtbot.addWidget(dialog)
        assert not dialog.has_changes() and dialog.problems == [], row.display_name
    for row in rows:  # saving unchanged rewrites nothing (consent history included)
        form = contact_editing.load_contact(db, row.id)
        contact_editing.save_contact(db, form)
        again = contact_editing.load_contact(db, row.id)
        assert dataclasses.replace(again, version=form.version) == form, row.display_name


def test_a_language_switch_retranslates_and_keeps_the_input(qtbot, qapp, demo_workspace,
                                                           never_asked):
    dialog = _open(qtbot, demo_workspace, _find(demo_workspace, "Schtscherbakow"))
    qtbot.keyClicks(dialog.pages["person"].widgets["title"], "Dr.")
    edited = dialog.form()
    i18n.install(qapp, "de")
    qapp.processEvents()
    assert dialog.form() == edited
    assert dialog.pages["roles"].checks["member"].text() == "Mitglied"
    i18n.install(qapp, "en")  # back to English before the dialog closes at teardown
    qapp.processEvents()
    assert dialog.pages["roles"].checks["member"].text() == "Member"
