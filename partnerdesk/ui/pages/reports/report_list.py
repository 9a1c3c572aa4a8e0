"""The reports of the catalogue, grouped by what they are about (an exchange, a grant
application, a year, contacts, a person), confidential ones marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from partnerdesk.reports.catalogue import ReportInfo, reports

SCOPES = ("exchange", "grant", "year", "contacts", "contact")
INFO_ROLE = Qt.ItemDataRole.UserRole


def report_title(info: ReportInfo) -> str:
    """The report's title in the UI language."""
    return QCoreApplication.translate("Reports", info.title)


class ReportList(QTreeWidget):
    """The catalogue as a tree: scopes, and their reports below them."""

    sig_report_chosen = Signal(object)
    """The report chosen (its `ReportInfo`), or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportList")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.infos = reports()
        self.groups: dict[str, QTreeWidgetItem] = {}
        scopes = [*SCOPES, *sorted({i.scope for i in self.infos} - set(SCOPES))]
        for scope in scopes:
            members = [info for info in self.infos if info.scope == scope]
            if not members:
                continue
            group = QTreeWidgetItem(self)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            self.groups[scope] = group
            for info in members:
                item = QTreeWidgetItem(group)
                item.setData(0, INFO_ROLE, info)
        self.expandAll()
        self.currentItemChanged.connect(lambda item, _old: self.sig_report_chosen.emit(
            item.data(0, INFO_ROLE) if item is not None else None))
        self.retranslate_ui()

    def items(self) -> list[QTreeWidgetItem]:
        """The report items, in the order shown."""
        return [group.child(row) for group in self.groups.values()
                for row in range(group.childCount())]

    def current_info(self) -> ReportInfo | None:
        """The report chosen."""
        item = self.currentItem()
        return item.data(0, INFO_ROLE) if item is not None else None

    def choose(self, name: str) -> bool:
        """Choose the report `name`; False when there is none of that name."""
        for item in self.items():
            if item.data(0, INFO_ROLE).name == name:
                self.setCurrentItem(item)
                return True
        return False

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        headings = {"exchange": self.tr("For an exchange"),
                    "grant": self.tr("For a grant application"),
                    "year": self.tr("For a year"),
                    "contacts": self.tr("For contacts"),
                    "contact": self.tr("For one person")}
        for scope, group in self.groups.items():
            group.setText(0, headings.get(scope, scope))
        for item in self.items():
            info: ReportInfo = item.data(0, INFO_ROLE)
            title = report_title(info)
            if info.confidential:
                item.setText(0, self.tr("{title} (confidential)").format(title=title))
                item.setToolTip(0, self.tr(
                    "Holds sensitive personal data (health, passports): share it only with "
                    "the people who need it"))
            else:
                item.setText(0, title)
                item.setToolTip(0, title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
