"""The workspace's Youth, Travel documents and Host families tabs on the demo youth exchange."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerdesk.services import exchanges, hosting, participants
from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog


@pytest.fixture
def dialog(qtbot, demo_workspace) -> ExchangeWorkspaceDialog:
    """The workspace of the demo's coming youth exchange."""
    row = next(r for r in exchanges.list_exchanges(demo_workspace.db)
               if r.kind == "youth_exchange" and r.status != "done")
    window = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(window)
    window.show()
    return window


def _row_of(tab, name: str) -> int:
    return next(number for number, row in enumerate(tab.rows) if row.name == name)


def test_youth_tab_shows_ages_consents_and_health_only_on_demand(dialog):
    tab = dialog.youth
    assert dialog.show_tab("youth")
    assert dialog.tabs.isTabVisible(dialog.tabs.indexOf(tab))
    assert tab.rows and any(row.minor for row in tab.rows)
    number = _row_of(tab, "Smirnow, Timofei")  # a minor without travel consent
    assert tab.table.item(number, 1).text() == "13"
    assert tab.table.item(number, 4).text() == "missing"
    assert "consent to travel" in tab.table.item(number, 0).toolTip()
    for column in (10, 11, 12):
        assert tab.table.isColumnHidden(column)
    assert tab.health == {}

    tab.table.selectRow(number)
    tab.edit_health_data()
    editor = tab.dialog
    editor.allergies.setText("Nuts")
    editor.diet.setText("Vegetarian")
    editor.buttons.accepted.emit()
    row = tab.rows[number]
    stored = participants.load_health(dialog.workspace.db, row.id)
    assert (stored.allergies, stored.diet) == ("Nuts", "Vegetarian")
    assert tab.health == {}  # still hidden after saving
    assert tab.table.item(number, 10).text() == ""

    tab.show_health.click()
    assert not tab.table.isColumnHidden(10)
    assert tab.table.item(_row_of(tab, "Smirnow, Timofei"), 10).text() == "Nuts"
    tab.show_health.click()
    assert tab.health == {} and tab.table.isColumnHidden(10)


def test_youth_tab_is_hidden_for_other_kinds(qtbot, demo_workspace):
    row = next(r for r in exchanges.list_exchanges(demo_workspace.db) if r.kind == "delegation")
    window = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(window)
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.youth))
    assert not window.show_tab("youth")
    assert window.show_tab("documents") and window.show_tab("hosts")


def test_documents_tab_marks_problems_and_a_visa_edit_clears_the_finding(dialog):
    tab = dialog.documents
    assert dialog.show_tab("documents")
    number = _row_of(tab, "Worobjow, Kirill")
    assert tab.table.item(number, 4).text() == "Needed"
    assert "visa" in tab.table.item(number, 7).text()
    assert tab.table.item(number, 3).text() != "none recorded"
    expired = _row_of(tab, "Rjabinin, Timofei")
    assert "passport" in tab.table.item(expired, 7).text()
    participation = tab.rows[number].id
    assert any(f.kind == "visa_pending" and f.participation_id == participation
               for f in dialog.checks.findings)

    tab.table.selectRow(number)
    tab.edit_visa()
    editor = tab.dialog
    editor.status.set_value("issued")
    editor.applied.set_value(date(2025, 5, 2))
    editor.issued.set_value(date(2025, 5, 20))
    editor.buttons.accepted.emit()

    row = next(r for r in tab.rows if r.id == participation)
    assert (row.visa_status, row.visa_issued_on) == ("issued", date(2025, 5, 20))
    assert not any(f.kind == "visa_pending" and f.participation_id == participation
                   for f in dialog.checks.findings)
    assert "visa" not in tab.table.item(_row_of(tab, "Worobjow, Kirill"), 7).text()


def test_hosts_tab_lists_warnings_and_assigns_and_unassigns(dialog, monkeypatch):
    tab = dialog.hosts
    db = dialog.workspace.db
    assert dialog.show_tab("hosts")
    assert tab.table.rowCount() == len(tab.placements) > 0
    assert "share no language" in tab.warning_list.text()
    assert "beds" in tab.warning_list.text()

    guest = next(r for r in participants.list_participants(db, dialog.exchange_id)
                 if r.name == "Worobjow, Juri")
    host = next(r for r in participants.list_participants(db, dialog.exchange_id)
                if r.name == "Klein, Ines")
    tab.guest.setCurrentIndex(tab.guest.findData(guest.id))
    tab.host.setCurrentIndex(tab.host.findData(host.contact_id))
    before = len(tab.placements)
    tab.assign.click()
    placements = hosting.list_placements(db, dialog.exchange_id)
    assert len(placements) == before + 1
    assert any(p.guest_name == "Worobjow, Juri" and p.host_name == "Klein, Ines"
               for p in placements)
    assert len(tab.placements) == before + 1

    number = next(n for n, p in enumerate(tab.placements) if p.guest_name == "Worobjow, Juri")
    tab.table.selectRow(number)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.unassign.click()
    assert len(hosting.list_placements(db, dialog.exchange_id)) == before
    assert all(p.guest_name != "Worobjow, Juri" for p in tab.placements)


def test_documents_tab_lists_the_travellers_unless_everyone_is_asked_for(dialog):
    tab = dialog.documents
    db = dialog.workspace.db
    everyone = [r for r in participants.list_participants(db, dialog.exchange_id)
                if r.status != "cancelled"]
    assert {r.side for r in everyone} == {"home", "partner"}
    # incoming: the partner side travels, the hosts and home participants stay at home
    assert tab.rows and {r.side for r in tab.rows} == {"partner"}
    assert all(tab.table.item(n, 1).text() == "yes" for n in range(tab.table.rowCount()))
    assert tab.empty.isHidden()
    tab.show_all.click()
    assert len(tab.rows) == len(everyone) == tab.table.rowCount()
    home = _row_of(tab, "Fischer, Greta")
    assert tab.table.item(home, 1).text() == "no"
    assert tab.table.item(home, 0).toolTip() == "Does not travel abroad for this exchange"
    tab.show_all.click()
    assert all(r.side == "partner" for r in tab.rows)

    # a finding about someone who stays at home shows everyone and selects them
    greta = next(r for r in everyone if r.name == "Fischer, Greta")
    participants.update_participation(db, greta.id, {"visa_status": "needed"}, greta.version)
    dialog.workspace.note_write()
    finding = next(f for f in dialog.checks.findings
                   if f.kind == "visa_pending" and f.participation_id == greta.id)
    dialog.checks.sig_finding_activated.emit(finding)
    assert tab.show_all.isChecked() and tab.current_row().id == greta.id


def test_documents_tab_of_an_online_exchange_says_nobody_travels(qtbot, demo_workspace):
    row = next(r for r in exchanges.list_exchanges(demo_workspace.db) if r.kind == "online")
    window = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(window)
    window.show()
    tab = window.documents
    assert window.show_tab("documents")
    assert tab.everyone == [] and tab.empty.isVisible()  # nobody yet: says where to add them
    assert "No participants yet" in tab.empty.text()
    youth = next(e.id for e in exchanges.list_exchanges(demo_workspace.db)
                 if e.kind == "youth_exchange")
    guest = next(r for r in participants.list_participants(demo_workspace.db, youth)
                 if r.side == "partner")
    participants.add_participant(demo_workspace.db, row.id, guest.contact_id)
    demo_workspace.note_write()
    assert tab.everyone and tab.rows == []
    assert tab.empty.isVisible() and "Nobody travels abroad" in tab.empty.text()
    tab.show_all.setChecked(True)
    assert tab.rows == tab.everyone and tab.empty.isHidden()


def test_a_finding_switches_to_its_tab_and_selects_the_person(dialog):
    for area in ("documents", "youth", "participants"):
        finding = next(f for f in dialog.checks.findings
                       if f.area == area and f.participation_id is not None)
        dialog.checks.sig_finding_activated.emit(finding)
        page = dialog.pages[area]
        assert dialog.tabs.currentWidget() is page
        assert page.current_row().id == finding.participation_id
