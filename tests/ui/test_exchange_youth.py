"""The workspace's Youth tab: guardians' consents at a glance, recording a consent, the
emergency contact and insurance, and the contact's form on its consents (demo youth exchange)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from partnerdesk.services import checks, exchanges, participants
from partnerdesk.ui.dialogs.contact_form import ContactFormDialog
from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog
from partnerdesk.ui.dialogs.exchange_workspace.youth_editors import (
    ConsentRecorder,
    EmergencyEditor,
)

TRAVEL, PHOTOS, MEDICAL, HEALTH = 4, 5, 6, 7
EMERGENCY, INSURANCE = 8, 9


@pytest.fixture
def dialog(qtbot, demo_workspace) -> ExchangeWorkspaceDialog:
    """The workspace of the demo's coming youth exchange (incoming: the partner side travels)."""
    row = next(r for r in exchanges.list_exchanges(demo_workspace.db)
               if r.kind == "youth_exchange" and r.status != "done")
    window = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(window)
    window.show()
    assert window.show_tab("youth")
    return window


def _select(tab, name: str) -> int:
    number = next(n for n, row in enumerate(tab.rows) if row.name == name)
    tab.table.selectRow(number)
    return number


def _kinds_of(dialog, name: str) -> set[str]:
    return {f.kind for f in dialog.checks.findings if f.subject == name}


def test_consents_and_guardians_at_a_glance(dialog):
    tab = dialog.youth
    guest = _select(tab, "Smirnow, Timofei")        # travels, no travel consent
    item = tab.table.item(guest, TRAVEL)
    assert item.text() == "missing" and item.font().bold()
    assert tab.table.item(guest, MEDICAL).text() == "given"
    assert "Given on" in tab.table.item(guest, MEDICAL).toolTip()
    assert "Natalja Smirnowa" in tab.table.item(guest, MEDICAL).toolTip()
    assert tab.table.item(guest, HEALTH).text() == "missing"
    assert tab.table.item(guest, 3).text() == "Smirnowa, Natalja (Mutter)"
    assert tab.table.item(guest, EMERGENCY).text().startswith("Natalja Smirnowa")
    home = _select(tab, "Fischer, Greta")           # a home minor: stays at home
    assert tab.table.item(home, TRAVEL).text() == "not needed"
    assert tab.table.item(home, PHOTOS).text() == "given"
    assert tab.table.item(home, 3).text().startswith("Fischer, Steffi (")
    assert "; Fischer, Heiko (" in tab.table.item(home, 3).text()
    adult = _select(tab, "Jäger, Markus")
    assert tab.table.item(adult, 3).text() == "–"


def test_a_consent_recorded_on_the_youth_tab_clears_the_finding(dialog, qtbot):
    tab = dialog.youth
    db = dialog.workspace.db
    assert "consent_missing" in _kinds_of(dialog, "Smirnow, Timofei")
    number = _select(tab, "Smirnow, Timofei")
    tab.activate_column(TRAVEL)                     # Enter or double-click on the cell
    recorder = tab.dialog
    assert isinstance(recorder, ConsentRecorder) and recorder.isVisible()
    assert recorder.purpose.value() == "minor_travel"
    assert recorder.given_by.value() == "guardian"
    assert recorder.guardian.currentText() == "Smirnowa, Natalja"  # offered, then named
    assert recorder.given_on.value() == date(2025, 6, 1)   # the workspace's today
    recorder.channel.set_value("email")
    recorder.buttons.accepted.emit()

    qtbot.waitUntil(lambda: tab.dialog is None or not recorder.isVisible())
    assert "consent_missing" not in _kinds_of(dialog, "Smirnow, Timofei")
    number = _select(tab, "Smirnow, Timofei")
    assert tab.table.item(number, TRAVEL).text() == "given"
    assert "By e-mail" in tab.table.item(number, TRAVEL).toolTip()
    papers = checks.participant_papers(db, dialog.exchange_id, date(2025, 6, 1))
    travel = papers[tab.rows[number].id].consents[0]
    assert (travel.state, travel.given_by, travel.channel) == (
        "given", "Natalja Smirnowa", "email")


def test_a_consent_without_a_guardian_name_is_refused_and_the_input_stays(dialog):
    tab = dialog.youth
    _select(tab, "Köhler, Thomas")                  # no guardians recorded
    tab.record.click()
    recorder = tab.dialog
    assert recorder.guardian.count() == 0
    recorder.purpose.set_value("photos")
    recorder.given_by.set_value("guardian")
    recorder.text_version.setText("Formular 2025")
    recorder.buttons.accepted.emit()
    assert recorder.isVisible() and tab.dialog is recorder
    assert recorder.message.text() == "A consent given by a guardian needs the guardian's name."
    assert recorder.purpose.value() == "photos"
    assert recorder.text_version.text() == "Formular 2025"
    recorder.guardian.setEditText("Karin Köhler")
    recorder.buttons.accepted.emit()
    assert not recorder.isVisible()
    number = _select(tab, "Köhler, Thomas")
    assert tab.table.item(number, PHOTOS).text() == "given"
    assert "Karin Köhler" in tab.table.item(number, PHOTOS).toolTip()


def test_emergency_contact_and_insurance_are_edited_on_the_youth_tab(dialog, qtbot):
    tab = dialog.youth
    db = dialog.workspace.db
    row = tab.rows[_select(tab, "Klein, Max")]
    participants.update_participation(db, row.id, {
        "emergency_contact_id": None, "emergency_contact_name": "",
        "emergency_contact_phone": ""}, row.version)
    dialog.workspace.note_write()                  # the workspace refreshes every tab
    assert "emergency_contact_missing" in _kinds_of(dialog, "Klein, Max")
    number = _select(tab, "Klein, Max")
    assert tab.table.item(number, EMERGENCY).text() == ""

    tab.activate_column(INSURANCE)
    editor = tab.dialog
    assert isinstance(editor, EmergencyEditor)
    guardian = editor.contact.findText("Klein, Ines", Qt.MatchFlag.MatchStartsWith)
    assert guardian > 0
    editor.contact.setCurrentIndex(guardian)
    editor.phone.setText("0151 2345678")
    editor.insurance.setText("AOK Sachsen 123")
    editor.buttons.accepted.emit()

    qtbot.waitUntil(lambda: not editor.isVisible())
    number = _select(tab, "Klein, Max")
    assert tab.table.item(number, EMERGENCY).text() == "Klein, Ines 0151 2345678"
    assert tab.table.item(number, INSURANCE).text() == "AOK Sachsen 123"
    assert "emergency_contact_missing" not in _kinds_of(dialog, "Klein, Max")
    stored = next(r for r in participants.list_participants(db, dialog.exchange_id)
                  if r.id == row.id)
    assert (stored.emergency_contact_name, stored.emergency_contact_phone, stored.insurance) == (
        "", "0151 2345678", "AOK Sachsen 123")


def test_emergency_contact_chosen_among_the_contacts(dialog, qtbot):
    tab = dialog.youth
    _select(tab, "Fischer, Greta")
    tab.emergency.click()
    editor = tab.dialog
    editor.choose.click()
    picker = editor.picker
    picker.run_search("Krüger")
    assert picker.results.count() >= 1
    picker.choose()
    chosen = editor.contact.value()
    assert chosen is not None and "Krüger" in editor.contact.currentText()
    editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not editor.isVisible())
    row = tab.rows[_select(tab, "Fischer, Greta")]
    assert row.emergency_contact_id == chosen


def test_a_consent_withdrawn_on_the_contact_form_shows_as_withdrawn(dialog, qtbot):
    tab = dialog.youth
    _select(tab, "Smirnow, Timofei")
    tab.open_contact.click()
    form = tab.dialog
    assert isinstance(form, ContactFormDialog) and form.isVisible()
    assert form.tabs.currentWidget() is form.pages["consents"]
    editor = form.pages["consents"].consents
    medical = next(n for n, c in enumerate(editor.rows)
                   if c.purpose == "medical_treatment" and c.exchange_id == dialog.exchange_id)
    editor.select_row(medical)
    editor.withdraw.click()
    editor.detail_widgets["withdrawn_on"].set_value(date(2025, 5, 20))
    with qtbot.waitSignal(form.sig_saved):
        form.save_button.click()

    number = _select(tab, "Smirnow, Timofei")      # the workspace refreshed the tab
    item = tab.table.item(number, MEDICAL)
    assert item.text() == "withdrawn" and item.toolTip() == "Withdrawn on 20.05.2025"


def test_the_health_editor_tabs_through_its_fields_first(qtbot):
    from PySide6.QtWidgets import QApplication

    from partnerdesk.dto.exchanges import HealthData
    from partnerdesk.ui.dialogs.exchange_workspace.youth_editors import HealthEditor

    editor = HealthEditor("Greta", HealthData(1, "", "", "", 1))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.allergies)
    for field in (editor.medication, editor.diet):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field
