"""The grants page and the application workspace: a new application from an exchange, the
status workflow, milestones, filters and deleting (qtbot, no exec)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from partnerdesk.dto.grants import GrantForm
from partnerdesk.services import exchanges, grant_editing, grant_workflow, grants, milestones
from partnerdesk.ui.dialogs.grant_workspace import GrantWorkspaceDialog, open_grant_workspace
from partnerdesk.ui.models.grants_model import OVERDUE_COLOUR, GrantsModel
from partnerdesk.ui.pages.grants_page import GrantsPage

TODAY = date(2025, 6, 1)  # as in tests/ui/conftest.py
DRJA = "Stiftung Deutsch-Russischer Jugendaustausch"
LAND = "Landesstiftung Sachsen für Jugend und Partnerschaft"


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """QMessageBox.question answers Yes (or Discard); warnings are recorded, not shown (no
    test may block on a message box, not even while closing its windows)."""
    asked: dict[str, list] = {"question": [], "warning": []}

    def question(_parent, title, _text, buttons, *_args, **_kwargs):
        asked["question"].append(title)
        if buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a, **_k: asked["warning"].append(text))
    return asked


def _grant(db, title_start: str):
    return next(row for row in grants.list_grants(db) if row.title.startswith(title_start))


def _funder_id(dialog: GrantWorkspaceDialog, name: str) -> int:
    return next(choice.id for choice in dialog.overview.funders if choice.text == name)


def _open(qtbot, workspace, grant_id: int | None, **kwargs) -> GrantWorkspaceDialog:
    dialog = open_grant_workspace(workspace, None, grant_id, **kwargs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_application_from_an_exchange_is_listed_with_it(qtbot, demo_workspace):
    db = demo_workspace.db
    conference = next(r for r in exchanges.list_exchanges(db) if r.kind == "conference")
    dialog = _open(qtbot, demo_workspace, None, exchange_id=conference.id)
    tab = dialog.overview
    assert dialog.grant_id is None and dialog.isVisible()
    assert tab.title.text() == conference.title
    linked = [tab.exchanges.item(r) for r in range(tab.exchanges.count())
              if tab.exchanges.item(r).checkState() == Qt.CheckState.Checked]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in linked] == [conference.id]
    assert not dialog.show_tab("milestones")
    assert not dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.budget))

    # without a funder the service refuses; the input stays
    dialog.save_button.click()
    assert dialog.banner.isVisible() and "funder" in dialog.banner.text()
    assert tab.title.text() == conference.title

    tab.funder.set_value(_funder_id(dialog, DRJA))
    profiles = [tab.profile.itemText(i) for i in range(tab.profile.count())]
    assert profiles[1:] == ["Jugendbegegnungen Deutschland–Russland (example)"]
    tab.profile.setCurrentIndex(1)
    assert tab.programme.text() == "Jugendbegegnungen Deutschland–Russland"
    qtbot.keyClicks(tab.reference, "DRJA-2025-0815")
    qtbot.keyClicks(tab.requested, "2.500,50")
    assert dialog.has_changes() and dialog.windowTitle().endswith("*")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts work in the active window
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.keyClick(tab.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    grant_id = dialog.grant_id
    assert grant_id is not None and not dialog.banner.isVisible()
    stored = grant_editing.load_grant(db, grant_id)
    assert stored.amount_requested == Decimal("2500.50")
    assert stored.exchange_ids == (conference.id,) and stored.status == "draft"
    assert dialog.show_tab("milestones") and dialog.show_tab("payments")
    assert tab.status_box.current.text() == "Draft"
    assert tab.status_box.history.count() == 1
    assert "Draft" in tab.status_box.history.item(0).text()

    page = GrantsPage(demo_workspace)
    qtbot.addWidget(page)
    page.refresh()
    number = next(n for n, row in enumerate(page.model.rows) if row.id == grant_id)
    cell = page.model.index(number, GrantsModel.COL_EXCHANGES)
    assert page.model.data(cell) == conference.title
    assert page.model.data(page.model.index(number, GrantsModel.COL_FUNDER)) == DRJA

    # opening it again (Return in the list) brings the same window to the front
    page.show()
    page.select_grant(grant_id)
    page.table.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is dialog


def test_status_change_offers_only_allowed_steps_and_shows_a_refusal(qtbot, demo_workspace):
    db = demo_workspace.db
    row = _grant(db, "Rückbegegnung")  # submitted, 4.800,00 € requested
    dialog = _open(qtbot, demo_workspace, row.id)
    box = dialog.overview.status_box
    assert box.current.text() == "Submitted"
    assert [box.history.item(i).text()[12:] for i in range(box.history.count())] == [
        "Submitted", "Draft"]

    box.change.click()
    steps = dialog.status_dialog
    offered = [steps.status.itemData(i) for i in range(steps.status.count())]
    assert tuple(offered) == grant_workflow.allowed_next("submitted")
    assert "funds_received" not in offered and "closed" not in offered
    assert steps.day.value() == TODAY

    steps.status.set_value("partly_approved")
    assert steps.amount.isVisibleTo(steps)
    steps.amount.setText("5.000,00")  # more than requested: refused with the reason
    steps.note.setText("Bescheid vom 30.05.")
    steps.buttons.accepted.emit()
    assert steps.isVisible() and steps.message.isVisible()
    assert "requested" in steps.message.text()
    assert steps.amount.text() == "5.000,00" and steps.note.text() == "Bescheid vom 30.05."
    assert grant_editing.load_grant(db, row.id).status == "submitted"

    steps.amount.setText("4.000,00")
    with qtbot.waitSignal(dialog.sig_saved):
        steps.buttons.accepted.emit()
    assert not steps.isVisible()
    stored = grant_editing.load_grant(db, row.id)
    assert (stored.status, stored.amount_approved) == ("partly_approved", Decimal("4000.00"))
    assert box.current.text() == "Partly approved"
    assert box.history.item(0).text().endswith("Partly approved — Bescheid vom 30.05.")
    assert dialog.overview.approved.text() == "4000,00"
    assert not dialog.has_changes()


def test_a_draft_offers_submit_or_withdraw_and_a_future_day_is_refused(qtbot, demo_workspace):
    db = demo_workspace.db
    row = _grant(db, "Schüleraustausch")  # draft
    dialog = _open(qtbot, demo_workspace, row.id)
    qtbot.keyClicks(dialog.overview.reference, "LSJP-2025-9")  # saved before the step
    dialog.overview.status_box.change.click()
    steps = dialog.status_dialog
    assert not dialog.has_changes()
    assert grant_editing.load_grant(db, row.id).file_reference == "LSJP-2025-9"
    assert [steps.status.itemText(i) for i in range(steps.status.count())] == [
        "Submitted", "Withdrawn"]
    assert not steps.amount.isVisibleTo(steps)
    steps.day.set_value(date.today() + timedelta(days=3))
    steps.buttons.accepted.emit()
    assert steps.isVisible() and "future" in steps.message.text()
    assert grant_editing.load_grant(db, row.id).status == "draft"


def test_milestones_are_added_marked_done_and_deleted(qtbot, demo_workspace, answers):
    db = demo_workspace.db
    row = _grant(db, "Schüleraustausch")
    dialog = _open(qtbot, demo_workspace, row.id)
    assert dialog.show_tab("milestones")
    tab = dialog.milestones
    assert tab.table.rowCount() == 0 and "No milestones yet" in tab.legend.text()

    tab.add.click()
    editor = tab.dialog
    editor.kind.set_value("interim_report")
    assert editor.title.text() == "Interim report"
    editor.buttons.accepted.emit()  # no due date: refused, input kept
    assert editor.isVisible() and "due date" in editor.message.text()
    editor.due_on.set_value(TODAY + timedelta(days=20))
    editor.buttons.accepted.emit()
    assert not editor.isVisible()

    tab.add.click()
    tab.dialog.kind.set_value("change_notice")
    tab.dialog.due_on.set_value(TODAY - timedelta(days=3))
    tab.dialog.buttons.accepted.emit()

    assert [m.kind for m in milestones.list_milestones(db, row.id)] == [
        "change_notice", "interim_report"]
    overdue, soon = tab.table.item(0, 1), tab.table.item(1, 1)
    assert overdue.foreground().color() == tab.table.item(0, 0).foreground().color()
    assert overdue.foreground().color().name() == "#b3261e"
    # (plural forms come from the catalogue: "3 days" once translated, "3 day(s)" before)
    assert overdue.toolTip().startswith("Overdue by 3 day")
    assert soon.background().color().name() == "#fff4ce"
    assert soon.toolTip().startswith("Due in 20 day")

    tab.table.selectRow(0)
    assert tab.mark_done.isEnabled()
    tab.mark_done.click()
    done = next(m for m in milestones.list_milestones(db, row.id) if m.kind == "change_notice")
    assert done.done_on == TODAY
    assert tab.table.item(0, 3).text() == "01.06.2025"
    assert tab.table.item(0, 1).foreground().color().name() != "#b3261e"
    assert not tab.mark_done.isEnabled()

    tab.delete.click()
    assert answers["question"] == ["Delete milestone"]
    assert [m.kind for m in milestones.list_milestones(db, row.id)] == ["interim_report"]


def test_milestones_are_generated_from_the_funder_profile(qtbot, demo_workspace):
    db = demo_workspace.db
    row = _grant(db, "Schüleraustausch")  # profile with deadlines, linked to an exchange
    dialog = _open(qtbot, demo_workspace, row.id, tab="milestones")
    tab = dialog.milestones
    assert dialog.tabs.currentWidget() is tab
    tab.generate.click()
    kinds = {m.kind for m in milestones.list_milestones(db, row.id)}
    assert {"application_deadline", "proof_of_use", "retain_receipts"} <= kinds
    assert tab.table.rowCount() == len(kinds)
    assert tab.notice.text().startswith(f"{len(kinds)} milestone")
    assert tab.notice.text().endswith("added from the funder profile.")
    tab.generate.click()
    assert "already has every milestone" in tab.notice.text()
    assert tab.table.rowCount() == len(kinds)

    # without a profile the service says why nothing can be generated
    form = grant_editing.load_grant(db, row.id)
    other_id, _version = grant_editing.save_grant(db, GrantForm(
        title="Ohne Profil", funder_id=form.funder_id, exchange_ids=form.exchange_ids))
    other = _open(qtbot, demo_workspace, other_id, tab="milestones")
    other.milestones.generate.click()
    assert "no funder profile" in other.milestones.notice.text()
    assert other.milestones.table.rowCount() == 0


def test_grants_page_filters_marks_overdue_and_deletes(qtbot, demo_workspace, answers):
    db = demo_workspace.db
    page = GrantsPage(demo_workspace)
    qtbot.addWidget(page)
    page.refresh()
    assert len(page.model.rows) == 3
    assert [page.combos["year"].itemData(i) for i in range(page.combos["year"].count())] == [
        None, 2025, 2024]

    page.set_filter("status", "submitted")
    assert [r.status for r in page.model.rows] == ["submitted"]
    page.set_filter("status", None)
    page.set_filter("year", 2024)
    assert [r.title for r in page.model.rows] == ["Jugendbegegnung Nowoberjosowsk 2024"]
    page.set_filter("year", None)
    land = page.combos["funder_id"].itemData(page.combos["funder_id"].findText(LAND))
    page.set_filter("funder_id", land)
    assert {r.funder for r in page.model.rows} == {LAND} and len(page.model.rows) == 2
    page.set_filter("status", "closed")
    assert page.stack.currentWidget() is page.empty
    assert "matches these filters" in page.empty.text()
    for key in ("status", "funder_id"):
        page.set_filter(key, None)
    assert len(page.model.rows) == 3

    number = next(n for n, r in enumerate(page.model.rows) if r.status == "submitted")
    cell = page.model.index(number, GrantsModel.COL_NEXT)  # due 29.05.2025: overdue
    assert page.model.data(cell, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert "Overdue" in page.model.data(cell, Qt.ItemDataRole.ToolTipRole)

    received = _grant(db, "Jugendbegegnung")  # funds received: refused with the reason
    page.select_grant(received.id)
    page.delete.trigger()
    assert answers["question"] == ["Delete grant application"]
    assert len(answers["warning"]) == 1 and "received" in answers["warning"][0]
    assert any(r.id == received.id for r in page.model.rows)

    draft = _grant(db, "Schüleraustausch")
    page.select_grant(draft.id)
    page.delete.trigger()
    assert not any(r.id == draft.id for r in grants.list_grants(db))
    assert len(page.model.rows) == 2


def test_empty_page_says_what_to_do(qtbot, workspace, empty_path):
    workspace.open_path(empty_path)
    page = GrantsPage(workspace)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentWidget() is page.empty
    assert "New application" in page.empty.text() and "later version" not in page.empty.text()
    assert page.new.isEnabled() and not page.open_.isEnabled()


def test_unsaved_changes_are_kept_on_a_conflict_and_asked_about_on_close(
        qtbot, demo_workspace, monkeypatch):
    db = demo_workspace.db
    row = _grant(db, "Rückbegegnung")
    dialog = _open(qtbot, demo_workspace, row.id)
    dialog.overview.title.setText("Rückbegegnung 2025 (geändert)")
    dialog.overview.sig_changed.emit()
    elsewhere = grant_editing.load_grant(db, row.id)
    grant_editing.save_grant(db, GrantForm(**{**elsewhere.__dict__, "notes": "anderswo"}))
    assert not dialog.save()
    assert "elsewhere" in dialog.banner.text()
    assert dialog.overview.title.text() == "Rückbegegnung 2025 (geändert)"

    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answer[0])
    dialog.reject()
    assert dialog.isVisible()
    answer[0] = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert not dialog.isVisible()


def test_opening_a_missing_application_shows_why(qtbot, demo_workspace, answers):
    assert open_grant_workspace(demo_workspace, None, 999_999) is None
    assert len(answers["warning"]) == 1
