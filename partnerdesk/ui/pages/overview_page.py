"""The dashboard: the association's name, counts, upcoming exchanges, grant deadlines, open
findings, partner towns, and a notice when health data of past exchanges is due for deletion.

Everything is loaded in one background task (`services.overview.dashboard` on the
workspace's worker thread, DESIGN.md §3.4); meanwhile the page says "Loading…" quietly and
keeps showing what it had. Each load has a generation number: the result of a load that a
newer one superseded is dropped. Deleting health data runs on the worker too.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import settings as cfg
from partnerdesk.dto import OverviewData
from partnerdesk.dto.findings import Finding
from partnerdesk.dto.grants import MilestoneDue
from partnerdesk.messages import UserError
from partnerdesk.services import overview
from partnerdesk.services.milestones import REMINDER_DAYS
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import FindingsView
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date, format_period
from partnerdesk.ui.pages.overview_purge import PurgeNotice
from partnerdesk.ui.pages.overview_sections import DeadlinesView, plain_tree, section
from partnerdesk.ui.widgets.empty_state import EmptyState

log = logging.getLogger(__name__)


def _load(db: Any, today: date, purge_days: int, generation: int) -> tuple[int, date, Any]:
    """On the worker: the dashboard's data, or the exception that stopped it, with the
    load's generation and day."""
    try:
        return generation, today, overview.dashboard(db, today, purge_days)
    except Exception as exc:  # noqa: BLE001 - shown on the GUI thread, if still wanted
        return generation, today, exc


class OverviewPage(QWidget):
    """What is going on in the association at a glance."""

    sig_loaded = Signal()
    """A background load finished and its figures are shown."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data: OverviewData | None = None
        self.dialog: Any = None
        """The workspace (exchange or grant application) opened last (tests look at it)."""
        self._exchange_dialog: Any = None  # one exchange workspace from here at a time
        self.loading = False
        """A load runs in the background: what is shown may be out of date."""
        self.failed = False
        self._generation = 0
        self._shown_db: Any = None  # the database the figures shown came from
        self._reload = QTimer(self)  # several refreshes in one go start one load
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self._start_load)

        self.name = QLabel(objectName="pageTitle", wordWrap=True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.loading_hint = QLabel(objectName="loadingHint")
        self.loading_hint.setStyleSheet("QLabel#loadingHint { color: #5a6470; }")
        self.counts = [QLabel(objectName="countCard") for _ in range(3)]
        self.upcoming_title = QLabel(objectName="sectionTitle")
        self.upcoming = plain_tree(5)
        self.deadlines_title = QLabel(objectName="sectionTitle")
        self.deadlines = DeadlinesView(self)
        self.deadlines.setObjectName("grantDeadlines")
        self.deadlines.sig_deadline_activated.connect(self.open_deadline)
        self.findings_title = QLabel(objectName="sectionTitle")
        self.findings = FindingsView(with_exchange=True, parent=self)
        self.findings.setObjectName("openFindings")
        self.findings.sig_finding_activated.connect(self.open_finding)
        self.purge_notice = PurgeNotice(workspace, self)
        self.purge_notice.sig_purged.connect(self.refresh)
        self.towns_title = QLabel(objectName="sectionTitle")
        self.towns = plain_tree(5)
        self.empty = EmptyState(self)

        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.loading_hint)
        for label in self.counts:
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(110)
            top.addWidget(label)
        # four sections, one above the other at full width: at 1366×768 in German every
        # column stays readable. The user can move the borders; a taller window gives the
        # findings most of the extra room.
        self.sections = QSplitter(Qt.Orientation.Vertical, objectName="overviewSections")
        self.sections.setChildrenCollapsible(False)
        for stretch, title, widget in ((1, self.upcoming_title, self.upcoming),
                                       (1, self.deadlines_title, self.deadlines),
                                       (3, self.findings_title, self.findings),
                                       (1, self.towns_title, self.towns)):
            widget.setMinimumHeight(70)
            self.sections.addWidget(section(title, widget))
            self.sections.setStretchFactor(self.sections.count() - 1, stretch)
        self.sections.setSizes([115, 120, 185, 100])  # shares: about five rows each, four towns
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.purge_notice)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the open database in the background (the newest wins)."""
        self._generation += 1
        db = self.workspace.db
        if db is not self._shown_db:  # another database: show nothing of the last one
            self._shown_db = db
            self.data = None
            self.purge_notice.set_candidates([])
            self.findings.set_findings([], self.workspace.today())
            self.deadlines.set_deadlines([])
        self.loading, self.failed = db is not None, False
        if self.loading:
            self._reload.start()
        else:
            self._reload.stop()
        self._fill()

    def _start_load(self) -> None:
        db = self.workspace.db
        if db is None:  # closed meanwhile
            self.refresh()
            return
        today, generation = self.workspace.today(), self._generation
        days = self.workspace.settings.get(cfg.HEALTH_PURGE_DAYS)
        self.workspace.runner.submit(lambda _progress: _load(db, today, days, generation),
                                     self._loaded)

    def _loaded(self, outcome: tuple[int, date, Any]) -> None:
        """A load finished (on the GUI thread): show it, unless a newer one started."""
        generation, today, result = outcome
        if generation != self._generation:
            return
        self.loading = False
        if isinstance(result, BaseException):
            if not isinstance(result, UserError):
                log.error("loading the overview failed", exc_info=result)
            self.failed = True
            self._fill()
            show_error(self, result)
            return
        self.data = result.overview
        self.purge_notice.set_candidates(list(result.purge))
        self.findings.set_findings(list(result.findings), today)
        self.deadlines.set_deadlines(result.deadlines)
        self._fill()
        self.sig_loaded.emit()

    # -- actions -------------------------------------------------------------------------

    def open_finding(self, finding: Finding) -> None:
        """Open the finding's exchange in its workspace, on the tab that fixes it."""
        from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog

        try:
            dialog = ExchangeWorkspaceDialog(self.workspace, finding.exchange_id, self)
        except UserError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if not dialog.show_tab(finding.area):
            dialog.show_tab("checks")
        if self._exchange_dialog is not None:
            self._exchange_dialog.deleteLater()
        self._exchange_dialog = self.dialog = dialog
        dialog.open()

    def open_deadline(self, deadline: MilestoneDue) -> None:
        """Open the deadline's grant application in its workspace, on the Milestones tab
        with the deadline selected."""
        from partnerdesk.ui.dialogs.grant_workspace import open_grant_workspace

        dialog = open_grant_workspace(self.workspace, self, grant_id=deadline.grant_id,
                                      tab="milestones")
        if dialog is None:  # the application is gone (the workspace said so)
            self.refresh()
            return
        dialog.milestones.select(deadline.milestone_id)
        self.dialog = dialog

    # -- showing -------------------------------------------------------------------------

    def _fill(self) -> None:
        data = self.data
        is_empty = data is None or (
            not data.association_name and not (data.contacts or data.exchanges or data.grants)
        )
        for widget in (*self.counts, self.sections):
            widget.setVisible(not is_empty)
        self.empty.setVisible(is_empty)
        self.loading_hint.setVisible(self.loading and data is not None)
        self.purge_notice.setVisible(bool(self.purge_notice.candidates) and not is_empty)
        if data is None:
            self._fill_without_data()
            return
        self.name.setText(data.association_name or self.tr("Your association"))
        self.empty.setText(
            self.tr(
                "This database is empty. Start with File → Association profile… and enter "
                "your association's name, address and board.\n\nTo look around first, create "
                "the demo association (File → New database…)."
            )
        )
        texts = (
            self.tr("%n contact(s)", "", data.contacts),
            self.tr("%n exchange(s)", "", data.exchanges),
            self.tr("%n grant application(s)", "", data.grants),
        )
        for label, text in zip(self.counts, texts, strict=True):
            label.setText(text)
        self.upcoming.clear()
        for row in data.upcoming:
            item = QTreeWidgetItem([
                format_period(row.start_date, row.end_date),
                row.title,
                labels.label(labels.EXCHANGE_KIND, row.kind),
                labels.label(labels.EXCHANGE_STATUS, row.status),
                self.tr("%n participant(s)", "", row.participants_total),
            ])
            item.setToolTip(1, row.title)
            self.upcoming.addTopLevelItem(item)
        if not data.upcoming:
            self.upcoming.addTopLevelItem(QTreeWidgetItem([self.tr("No exchanges planned.")]))
        self.towns.clear()
        for town in data.partner_towns:
            self.towns.addTopLevelItem(QTreeWidgetItem([
                town.name,
                town.name_native,
                labels.label(labels.COUNTRY, town.country),
                labels.label(labels.PARTNER_TOWN_RELATION, town.relation),
                self._status_text(town.status, town.since),
            ]))
        if not data.partner_towns:
            self.towns.addTopLevelItem(QTreeWidgetItem([self.tr("No partner towns yet.")]))

    def _fill_without_data(self) -> None:
        """No database, or its figures are not loaded yet (or could not be)."""
        if self.workspace.db is None:
            self.name.setText(self.tr("No database is open"))
            self.empty.setText(self.tr("Open or create a database in the File menu."))
            return
        self.name.clear()
        self.empty.setText(self.tr("The overview could not be loaded.") if self.failed
                           else self.tr("Loading…"))

    def _status_text(self, status: str, since: Any) -> str:
        text = labels.label(labels.PARTNER_TOWN_STATUS, status)
        if since is None:
            return text
        return self.tr("{status} since {date}").format(status=text, date=format_date(since))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.upcoming_title.setText(self.tr("Upcoming exchanges"))
        self.deadlines_title.setText(self.tr(
            "Grant deadlines — overdue and the next %n day(s); double-click to open", "",
            REMINDER_DAYS))
        self.towns_title.setText(self.tr("Partner towns"))
        self.findings_title.setText(self.tr(
            "Open findings — most urgent first; double-click to fix"))
        self.loading_hint.setText(self.tr("Loading…"))
        self.findings.retranslate_ui()
        self.deadlines.retranslate_ui()
        self.upcoming.setHeaderLabels([
            self.tr("When"), self.tr("Exchange"), self.tr("Kind"), self.tr("Status"),
            self.tr("Participants"),
        ])
        self.towns.setHeaderLabels([
            self.tr("Town"), self.tr("Native name"), self.tr("Country"), self.tr("Relation"),
            self.tr("Status"),
        ])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
