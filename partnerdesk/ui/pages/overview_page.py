"""The dashboard: the association's name, counts, upcoming exchanges, open findings, partner
towns, and a notice when health data of past exchanges is due for deletion."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import settings as cfg
from partnerdesk.dto import OverviewData
from partnerdesk.dto.findings import Finding
from partnerdesk.messages import UserError
from partnerdesk.services import checks, overview, privacy
from partnerdesk.services.privacy import PurgeCandidate
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import FindingsView
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date, format_period
from partnerdesk.ui.widgets.empty_state import EmptyState


def _tree(columns: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tree.setAlternatingRowColors(True)
    # a handful of rows: fitting the columns to their contents is cheap here
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class OverviewPage(QWidget):
    """What is going on in the association at a glance."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data: OverviewData | None = None
        self.purge: list[PurgeCandidate] = []
        self.dialog: Any = None
        """The exchange workspace opened last (tests look at it)."""
        self.name = QLabel(objectName="pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = [QLabel(objectName="countCard") for _ in range(3)]
        self.upcoming_title = QLabel(objectName="sectionTitle")
        self.upcoming = _tree(4)
        self.findings_title = QLabel(objectName="sectionTitle")
        self.findings = FindingsView(with_exchange=True, parent=self)
        self.findings.setObjectName("openFindings")
        self.findings.sig_finding_activated.connect(self.open_finding)
        self.purge_notice = QFrame(objectName="purgeNotice")
        self.purge_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.purge_text = QLabel(wordWrap=True)
        self.purge_button = QPushButton(objectName="purgeButton")
        self.purge_button.clicked.connect(self.purge_health_data)
        notice = QHBoxLayout(self.purge_notice)
        notice.addWidget(self.purge_text, 1)
        notice.addWidget(self.purge_button)
        self.towns_title = QLabel(objectName="sectionTitle")
        self.towns = _tree(5)
        self.empty = EmptyState(self)

        cards = QGridLayout()
        for column, label in enumerate(self.counts):
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumHeight(64)
            cards.addWidget(label, 0, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(cards)
        layout.addWidget(self.upcoming_title)
        layout.addWidget(self.upcoming, 2)
        layout.addWidget(self.purge_notice)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings, 3)
        layout.addWidget(self.towns_title)
        layout.addWidget(self.towns, 2)
        layout.addWidget(self.empty, 2)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Reload the figures from the open database."""
        db = self.workspace.db
        today = self.workspace.today()
        self.data = overview.overview(db, today) if db is not None else None
        found: list[Finding] = checks.all_findings(db, today) if db is not None else []
        self.findings.set_findings(found, today)
        days = self.workspace.settings.get(cfg.HEALTH_PURGE_DAYS)
        self.purge = privacy.purge_candidates(db, today, days) if db is not None else []
        self._fill()

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
        if self.dialog is not None:  # one workspace from the dashboard at a time
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def purge_health_data(self) -> None:
        """After asking, delete the health data of the exchanges that ended long enough ago."""
        if not self.purge or self.workspace.db is None:
            return
        records = sum(candidate.records for candidate in self.purge)
        titles = "\n".join(f"• {c.title} ({format_date(c.end_date)})" for c in self.purge)
        answer = QMessageBox.question(
            self, self.tr("Delete health data"),
            self.tr("Delete the allergies, medication and diet of %n participant(s) of these "
                    "past exchanges? This cannot be undone.", "", records) + "\n\n" + titles,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        today = self.workspace.today()
        try:
            for candidate in self.purge:
                privacy.purge_health_data(self.workspace.db, candidate.exchange_id, today=today)
        except UserError as exc:
            show_error(self, exc)
        self.workspace.note_write()
        self.refresh()

    def _fill(self) -> None:
        data = self.data
        is_empty = data is None or (
            not data.association_name and not (data.contacts or data.exchanges or data.grants)
        )
        for widget in (*self.counts, self.upcoming_title, self.upcoming, self.towns_title,
                       self.towns, self.findings_title, self.findings):
            widget.setVisible(not is_empty)
        self.empty.setVisible(is_empty)
        self.purge_notice.setVisible(bool(self.purge) and not is_empty)
        if self.purge:
            self.purge_text.setText(self.tr(
                "Health data of %n past exchange(s) is due for deletion: the exchanges ended "
                "more than the set number of days ago.", "", len(self.purge)))
        if data is None:
            self.name.setText(self.tr("No database is open"))
            self.empty.setText(self.tr("Open or create a database in the File menu."))
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
                self.tr("%n participant(s)", "", row.participants_total),
            ])
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

    def _status_text(self, status: str, since: Any) -> str:
        text = labels.label(labels.PARTNER_TOWN_STATUS, status)
        if since is None:
            return text
        return self.tr("{status} since {date}").format(status=text, date=format_date(since))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.upcoming_title.setText(self.tr("Upcoming exchanges"))
        self.towns_title.setText(self.tr("Partner towns"))
        self.findings_title.setText(self.tr(
            "Open findings — most urgent first; double-click to fix"))
        self.purge_button.setText(self.tr("Delete health data…"))
        self.findings.retranslate_ui()
        self.upcoming.setHeaderLabels(
            [self.tr("When"), self.tr("Exchange"), self.tr("Kind"), self.tr("Participants")]
        )
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
