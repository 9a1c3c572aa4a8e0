"""The dashboard: the association's name, counts, upcoming exchanges, partner towns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import OverviewData
from partnerdesk.services import overview
from partnerdesk.ui import labels
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
        self.name = QLabel(objectName="pageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = [QLabel(objectName="countCard") for _ in range(3)]
        self.upcoming_title = QLabel(objectName="sectionTitle")
        self.upcoming = _tree(4)
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
        layout.addWidget(self.upcoming, 1)
        layout.addWidget(self.towns_title)
        layout.addWidget(self.towns, 1)
        layout.addWidget(self.empty, 2)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Reload the figures from the open database."""
        db = self.workspace.db
        self.data = overview.overview(db, self.workspace.today()) if db is not None else None
        self._fill()

    def _fill(self) -> None:
        data = self.data
        is_empty = data is None or (
            not data.association_name and not (data.contacts or data.exchanges or data.grants)
        )
        for widget in (*self.counts, self.upcoming_title, self.upcoming, self.towns_title,
                       self.towns):
            widget.setVisible(not is_empty)
        self.empty.setVisible(is_empty)
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
