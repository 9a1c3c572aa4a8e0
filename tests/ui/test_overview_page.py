"""The dashboard: loaded on the worker thread (the newest load wins), open findings, the
health-data purge, grant deadlines, and the workspaces it opens (qtbot, no exec)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from partnerdesk.dto.exchanges import HealthData
from partnerdesk.dto.grants import MilestoneForm
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import (
    checks,
    contact_editing,
    exchanges,
    milestones,
    overview,
    participants,
    privacy,
)
from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import OVERDUE_COLOUR
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.overview_page import OverviewPage
from partnerdesk.ui.pages.overview_sections import DeadlinesView

TODAY = date(2025, 6, 1)  # as in tests/ui/conftest.py
WAIT = 10_000


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """QMessageBox answers Yes to questions; every box shown is recorded (kind, title, text)."""
    shown: list[tuple[str, str, str]] = []

    def box(kind: str, answer=QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *_args, **_kwargs):
            shown.append((kind, title, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.Yes))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return shown


@pytest.fixture
def page(qtbot, demo_workspace) -> OverviewPage:
    """The dashboard on the demo database, shown, not loaded yet."""
    widget = OverviewPage(demo_workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    return widget


def _load(qtbot, page: OverviewPage) -> None:
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT):
        page.refresh()


def test_findings_purge_candidates_and_deadlines_arrive_from_the_worker(
        qtbot, page, demo_workspace, monkeypatch):
    threads = []
    real = overview.dashboard
    monkeypatch.setattr(overview, "dashboard",
                        lambda *a, **k: threads.append(threading.current_thread())
                        or real(*a, **k))
    page.refresh()
    assert page.loading and page.empty.isVisible() and page.empty.text() == "Loading…"
    assert page.findings.findings == [] and not page.sections.isVisible()
    qtbot.waitSignal(page.sig_loaded, timeout=WAIT).wait()
    assert threads and threads[0] is not threading.main_thread()
    db = demo_workspace.db
    assert not page.loading and not page.empty.isVisible() and page.sections.isVisible()
    assert "Mühlenstedt" in page.name.text()
    assert page.counts[0].text() == "150 contacts"
    assert page.towns.topLevelItemCount() >= 2
    assert page.upcoming.topLevelItemCount() >= 1
    shown = page.findings.findings
    assert shown and shown == checks.all_findings(db, TODAY)
    assert page.findings.topLevelItemCount() == len(shown)
    assert page.purge_notice.candidates == privacy.purge_candidates(db, TODAY)
    assert page.purge_notice.isVisible()
    assert page.deadlines.deadlines == milestones.due_milestones(db, TODAY)


def test_a_refresh_keeps_the_figures_and_says_loading_quietly(qtbot, page):
    _load(qtbot, page)
    page.refresh()
    assert page.loading_hint.isVisible() and page.loading_hint.text() == "Loading…"
    assert page.counts[0].text() == "150 contacts" and page.sections.isVisible()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert not page.loading_hint.isVisible()


def test_a_newer_load_wins_over_a_stale_one(qtbot, page, monkeypatch):
    real = overview.dashboard
    started, release, calls = threading.Event(), threading.Event(), []

    def dashboard(db, today, days):
        calls.append(today)
        data = real(db, today, days)
        if len(calls) == 1:  # the first load is slow and would show a stale name
            started.set()
            release.wait(WAIT / 1000)
            return replace(data, overview=replace(data.overview, association_name="Stale"))
        return data

    monkeypatch.setattr(overview, "dashboard", dashboard)
    loaded = []
    page.sig_loaded.connect(lambda: loaded.append(page.name.text()))
    page.refresh()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    page.refresh()  # the data changed while the first load ran
    qtbot.wait(50)  # the second load is queued behind the first
    release.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not page.loading, timeout=WAIT)
    page.workspace.runner.wait(WAIT)
    qtbot.wait(50)  # whatever the worker delivered has arrived
    assert len(loaded) == 1 and "Mühlenstedt" in loaded[0]
    assert "Stale" not in page.name.text()


def test_a_failed_load_shows_a_message_not_a_traceback(qtbot, page, messages, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(overview, "dashboard", broken)
    page.refresh()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
    kind, _title, text = messages[0]
    assert kind == "critical" and "disk on fire" not in text and "Traceback" not in text
    assert not page.loading and page.empty.text() == "The overview could not be loaded."

    problem = QT_TRANSLATE_NOOP("Privacy", "The number of days must not be negative.")
    monkeypatch.setattr(overview, "dashboard",
                        lambda *a, **k: (_ for _ in ()).throw(UserError(problem, "Privacy")))
    page.refresh()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=WAIT)
    assert messages[1] == ("warning", "PartnerDesk", problem)


def _health_data_of_a_past_exchange(db) -> tuple[int, int]:
    """A past exchange with allergies noted for one participant: (exchange id, participation id)."""
    past = next(r for r in exchanges.list_exchanges(db) if r.end_date < date(2025, 4, 1))
    people = participants.list_participants(db, past.id)
    if not people:
        contact = contact_editing.search_people(db, "")[0]
        participants.add_participant(db, past.id, contact.id)
        people = participants.list_participants(db, past.id)
    stored = participants.load_health(db, people[0].id)
    participants.save_health(db, HealthData(people[0].id, "nuts", "", "", stored.version))
    return past.id, people[0].id


def test_the_purge_runs_on_the_worker_and_the_notice_goes(qtbot, page, messages, monkeypatch):
    db = page.workspace.db
    past_id, participation_id = _health_data_of_a_past_exchange(db)
    calls = []
    real = privacy.purge_health_data
    monkeypatch.setattr(privacy, "purge_health_data",
                        lambda *a, **k: calls.append((a[1], threading.current_thread()))
                        or real(*a, **k))
    _load(qtbot, page)
    assert page.purge_notice.isVisible()
    assert past_id in {c.exchange_id for c in page.purge_notice.candidates}
    page.purge_notice.button.click()
    assert messages[0][:2] == ("question", "Delete health data")
    assert "nuts" not in messages[0][2]  # the question names exchanges, not health data
    qtbot.waitUntil(lambda: not page.purge_notice.isVisible() and not page.loading,
                    timeout=WAIT)
    assert past_id in [exchange for exchange, _thread in calls]
    assert all(thread is not threading.main_thread() for _exchange, thread in calls)
    assert participants.load_health(db, participation_id).allergies == ""
    assert messages[1][0] == "information" and "were deleted" in messages[1][2]
    assert page.purge_notice.candidates == []


def test_the_purge_asks_first_and_no_keeps_everything(qtbot, page, monkeypatch):
    db = page.workspace.db
    _past_id, participation_id = _health_data_of_a_past_exchange(db)
    defaults = []

    def question(_parent, _title, _text, _buttons, default):
        defaults.append(default)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    _load(qtbot, page)
    page.purge_notice.button.click()
    assert defaults == [QMessageBox.StandardButton.No]
    assert not page.purge_notice.running and page.purge_notice.isVisible()
    assert participants.load_health(db, participation_id).allergies == "nuts"


def test_a_refused_purge_shows_why_and_reloads(qtbot, page, messages, monkeypatch):
    problem = QT_TRANSLATE_NOOP("Privacy", "Exchange {id} does not exist.")

    def refuse(_db, exchange_id, **_kwargs):
        raise UserError(problem, "Privacy", id=exchange_id)

    monkeypatch.setattr(privacy, "purge_health_data", refuse)
    _load(qtbot, page)
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT):
        page.purge_notice.button.click()
    assert [kind for kind, _title, _text in messages] == ["question", "warning"]
    assert messages[1][2].startswith("Exchange ") and messages[1][2].endswith(" does not exist.")
    assert page.purge_notice.isVisible() and page.purge_notice.button.isEnabled()


def test_deadlines_show_overdue_in_red_and_due_soon_not_done_or_far(qtbot, page):
    db = page.workspace.db
    grant_id = milestones.due_milestones(db, TODAY)[0].grant_id
    far, _version = milestones.save_milestone(db, MilestoneForm(
        grant_id=grant_id, kind="other", title="Forty days away",
        due_on=TODAY + timedelta(days=40)))
    _load(qtbot, page)
    view = page.deadlines
    shown = [view.deadline_at(row) for row in range(view.topLevelItemCount())]
    titles = [d.title for d in shown]
    assert "Sachbericht an den Vorstand" in titles  # overdue by 8 days
    assert "Programm zweisprachig nachreichen" in titles  # due in 5 days
    assert "Antragsfrist" not in titles  # done
    assert "Forty days away" not in titles and far not in {d.milestone_id for d in shown}
    assert [d.due_on for d in shown] == sorted(d.due_on for d in shown)  # most urgent first
    overdue = view.topLevelItem(titles.index("Sachbericht an den Vorstand"))
    soon = view.topLevelItem(titles.index("Programm zweisprachig nachreichen"))
    assert overdue.text(view.COL_DUE) == "24.05.2025"
    assert overdue.text(view.COL_WHEN).startswith("overdue by 8 day")
    assert overdue.text(view.COL_APPLICATION).startswith("Jugendbegegnung Nowoberjosowsk")
    for column in range(view.columnCount()):
        assert overdue.foreground(column).color() == OVERDUE_COLOUR
        assert soon.foreground(column).color() != OVERDUE_COLOUR
    assert soon.text(view.COL_WHEN).startswith("in 5 day")
    assert soon.font(view.COL_WHEN).bold()


def test_deadlines_say_when_there_are_none(qtbot):
    view = DeadlinesView()
    qtbot.addWidget(view)
    view.set_deadlines([])
    assert view.topLevelItemCount() == 1 and view.deadline_at(0) is None
    assert view.topLevelItem(0).text(0).startswith("No grant deadlines in the next 30 day")
    assert not view.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_double_click_on_a_deadline_opens_the_application_on_its_milestones(qtbot, page):
    from partnerdesk.ui.dialogs.grant_workspace import GrantWorkspaceDialog

    _load(qtbot, page)
    view = page.deadlines
    item = view.topLevelItem(0)
    deadline = view.deadline_at(0)
    centre = view.visualItemRect(item).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = page.dialog
    assert isinstance(dialog, GrantWorkspaceDialog) and dialog.isVisible()
    assert dialog.grant_id == deadline.grant_id
    assert dialog.tabs.currentWidget() is dialog.pages["milestones"]
    dialog.close()

    other = next(row for row in range(view.topLevelItemCount())
                 if view.deadline_at(row).grant_id != deadline.grant_id)
    view.setCurrentItem(view.topLevelItem(other))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the keyboard way
    assert page.dialog is not dialog
    assert page.dialog.grant_id == view.deadline_at(other).grant_id
    assert page.dialog.tabs.currentWidget() is page.dialog.pages["milestones"]
    page.dialog.close()


def test_a_milestone_marked_done_in_its_workspace_leaves_the_dashboard(qtbot, window):
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: bool(page.deadlines.deadlines) and not page.loading, timeout=WAIT)
    first = page.deadlines.deadline_at(0)
    page.deadlines.itemActivated.emit(page.deadlines.topLevelItem(0), 0)
    tab = page.dialog.milestones
    assert tab.current_item().id == first.milestone_id  # the deadline is selected
    with qtbot.waitSignal(page.sig_loaded, timeout=WAIT):
        tab.mark_milestone_done()  # writes, and the workspace says the data changed
    shown = {d.milestone_id for d in page.deadlines.deadlines}
    assert first.milestone_id not in shown and shown  # the others stay
    page.dialog.close()


def test_dashboard_finding_opens_the_right_tab(qtbot, page):
    _load(qtbot, page)
    finding = next(f for f in page.findings.findings if f.area in ("participants", "programme"))
    page.findings.sig_finding_activated.emit(finding)
    dialog = page.dialog
    assert isinstance(dialog, ExchangeWorkspaceDialog)
    assert dialog.exchange_id == finding.exchange_id
    assert dialog.tabs.currentWidget() is dialog.pages[finding.area]
    dialog.close()


def test_overview_in_the_window_shows_name_and_counts(qtbot, window: MainWindow):
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
    assert "Mühlenstedt" in page.name.text()
    assert page.counts[0].text() == "150 contacts"
    assert page.towns.topLevelItemCount() >= 2
    assert not page.empty.isVisible()


def test_without_a_database_the_page_says_what_to_do(qtbot, workspace):
    widget = OverviewPage(workspace)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    assert not widget.loading and widget.name.text() == "No database is open"
    assert widget.empty.isVisible() and "File menu" in widget.empty.text()
