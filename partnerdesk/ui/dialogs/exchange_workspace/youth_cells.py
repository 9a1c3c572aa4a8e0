"""How the *Youth* tab shows a consent: in words and colour (given, withdrawn, missing —
red and bold where the checks need it), with who gave it, when and how in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from partnerdesk.dto.exchanges import ConsentStatus
from partnerdesk.ui.dialogs.exchange_workspace.youth_editors import consent_channels
from partnerdesk.ui.formatting import format_date

GIVEN_COLOUR, WITHDRAWN_COLOUR = QColor("#1e6b2e"), QColor("#8a5300")
PROBLEM_COLOUR, QUIET_COLOUR = QColor("#b3261e"), QColor("#808080")


def make_bold(item: QTableWidgetItem) -> None:
    """Show the item's text in bold."""
    font = item.font()
    font.setBold(True)
    item.setFont(font)


def consent_item(status: ConsentStatus) -> QTableWidgetItem:
    """A table cell for one consent of one participant."""
    if status.state == "given":
        item = QTableWidgetItem(QCoreApplication.translate("YouthTab", "given"))
        item.setForeground(QBrush(GIVEN_COLOUR))
        by = status.given_by or QCoreApplication.translate("YouthTab", "the person")
        item.setToolTip(QCoreApplication.translate(
            "YouthTab", "Given on {date} by {by} ({channel})").format(
                date=format_date(status.given_on), by=by,
                channel=consent_channels().get(status.channel, status.channel)))
    elif status.state == "withdrawn":
        item = QTableWidgetItem(QCoreApplication.translate("YouthTab", "withdrawn"))
        item.setForeground(QBrush(WITHDRAWN_COLOUR))
        item.setToolTip(QCoreApplication.translate("YouthTab", "Withdrawn on {date}").format(
            date=format_date(status.withdrawn_on)))
    elif status.needed:
        item = QTableWidgetItem(QCoreApplication.translate("YouthTab", "missing"))
        item.setForeground(QBrush(PROBLEM_COLOUR))
        make_bold(item)
        item.setToolTip(QCoreApplication.translate(
            "YouthTab", "Needed: a minor travelling abroad needs a guardian's consent. "
            "Double-click to record it."))
    else:
        item = QTableWidgetItem(
            QCoreApplication.translate("YouthTab", "not needed")
            if status.purpose == "minor_travel"
            else QCoreApplication.translate("YouthTab", "missing"))
        item.setForeground(QBrush(QUIET_COLOUR))
    return item
