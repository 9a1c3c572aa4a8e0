"""A list of check findings: severity, due date, person, what is off (and the exchange).

Used by the workspace's *Checks* tab and by the dashboard. Overdue findings are red, those
due within `SOON_DAYS` days are bold and say so; double-clicking one emits
`sig_finding_activated`. `finding_text` is how every list shows a finding's message
(translated, dates and money as the UI locale writes them).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from partnerdesk.dto.findings import Finding, most_urgent_first
from partnerdesk.i18n import translate
from partnerdesk.ui.formatting import format_date, format_money

SOON_DAYS = 14
OVERDUE_COLOUR = QColor("#b3261e")
SOON_COLOUR = QColor("#8a5300")


def finding_text(finding: Finding) -> str:
    """The finding's message in the UI language, amounts as `1.234,50 €` in German."""
    return finding.render(translate, format_money)


class FindingsView(QTreeWidget):
    """Findings, most urgent first; `with_exchange` adds the exchange's title."""

    sig_finding_activated = Signal(object)
    """A finding was double-clicked (or Enter pressed on it): the `Finding`."""

    COL_SEVERITY, COL_DUE = 0, 1

    def __init__(self, with_exchange: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_exchange = with_exchange
        self.findings: list[Finding] = []
        self.today: date | None = None
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setColumnCount(5 if with_exchange else 4)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = [110, 190] + ([200] if with_exchange else []) + [160]
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.itemActivated.connect(self._activated)
        self.retranslate_ui()

    def set_findings(self, findings: list[Finding], today: date) -> None:
        """Show `findings` (sorted most urgent first) as of `today`."""
        self.findings = most_urgent_first(list(findings))
        self.today = today
        self._fill()

    def _fill(self) -> None:
        self.clear()
        style = self.style()
        icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        today = self.today or date.today()
        for finding in self.findings:
            severity = (QCoreApplication.translate("FindingsView", "Error") if finding.is_error
                        else QCoreApplication.translate("FindingsView", "Warning"))
            texts = [severity, self._due_text(finding, today)]
            if self.with_exchange:
                texts.append(finding.exchange_title)
            texts += [finding.subject, finding_text(finding)]
            item = QTreeWidgetItem(texts)
            item.setIcon(self.COL_SEVERITY, icons[finding.is_error])
            item.setData(0, Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(len(texts) - 1, texts[-1])
            if finding.is_overdue(today):
                for column in range(len(texts)):
                    item.setForeground(column, QBrush(OVERDUE_COLOUR))
            elif finding.is_due_within(today, SOON_DAYS):
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(self.COL_DUE, font)
                item.setForeground(self.COL_DUE, QBrush(SOON_COLOUR))
            self.addTopLevelItem(item)

    def _due_text(self, finding: Finding, today: date) -> str:
        if finding.due_on is None:
            return ""
        day = format_date(finding.due_on)
        days = (finding.due_on - today).days
        if days < 0:
            return self.tr("{date} (overdue)").format(date=day)
        if days <= SOON_DAYS:
            return self.tr("{date} (in %n day(s))", "", days).format(date=day)
        return day

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if finding is not None:
            self.sig_finding_activated.emit(finding)

    def retranslate_ui(self) -> None:
        """Set the headers and the rows in the current language."""
        headers = [QCoreApplication.translate("FindingsView", "Severity"),
                   QCoreApplication.translate("FindingsView", "Due")]
        if self.with_exchange:
            headers.append(QCoreApplication.translate("FindingsView", "Exchange"))
        headers += [QCoreApplication.translate("FindingsView", "Person"),
                    QCoreApplication.translate("FindingsView", "What is off")]
        self.setHeaderLabels(headers)
        self._fill()
