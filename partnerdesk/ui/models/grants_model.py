"""The grant application list (a few dozen rows: loaded whole)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from partnerdesk.dto import GrantRow
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_date, format_money
from partnerdesk.ui.models.table_model import Index, RowTableModel

OVERDUE_COLOUR = QColor("#b3261e")


class GrantsModel(RowTableModel):
    """Grant applications with their linked exchanges, amounts and next deadline.

    The next deadline is red once it is overdue (`today` given by the page).
    """

    HEADER_CONTEXT = "GrantsModel"
    (COL_TITLE, COL_FUNDER, COL_PROGRAMME, COL_EXCHANGES, COL_STATUS, COL_REQUESTED,
     COL_APPROVED, COL_RECEIVED, COL_NEXT) = range(9)
    COLUMNS = (
        QT_TRANSLATE_NOOP("GrantsModel", "Title"),
        QT_TRANSLATE_NOOP("GrantsModel", "Funder"),
        QT_TRANSLATE_NOOP("GrantsModel", "Programme"),
        QT_TRANSLATE_NOOP("GrantsModel", "Exchanges"),
        QT_TRANSLATE_NOOP("GrantsModel", "Status"),
        QT_TRANSLATE_NOOP("GrantsModel", "Requested"),
        QT_TRANSLATE_NOOP("GrantsModel", "Approved"),
        QT_TRANSLATE_NOOP("GrantsModel", "Received"),
        QT_TRANSLATE_NOOP("GrantsModel", "Next deadline"),
    )
    RIGHT_ALIGNED = frozenset({COL_REQUESTED, COL_APPROVED, COL_RECEIVED})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today: date | None = None
        """The day deadlines are measured against (None: nothing is marked overdue)."""

    def set_today(self, today: date | None) -> None:
        """Mark deadlines before `today` as overdue."""
        self.today = today
        if self.rows:
            self.dataChanged.emit(self.index(0, self.COL_NEXT),
                                  self.index(len(self.rows) - 1, self.COL_NEXT))

    def is_overdue(self, row: GrantRow) -> bool:
        """True when the row's next open milestone is past due."""
        milestone = row.next_milestone
        return milestone is not None and self.today is not None and milestone.due_on < self.today

    def display(self, row: GrantRow, column: int) -> str:
        """The text of one cell."""
        values = {
            self.COL_TITLE: lambda: row.title,
            self.COL_FUNDER: lambda: row.funder,
            self.COL_PROGRAMME: lambda: row.programme,
            self.COL_EXCHANGES: lambda: ", ".join(row.exchanges),
            self.COL_STATUS: lambda: labels.label(labels.GRANT_STATUS, row.status),
            self.COL_REQUESTED: lambda: format_money(row.amount_requested, row.currency),
            self.COL_APPROVED: lambda: format_money(row.amount_approved, row.currency),
            self.COL_RECEIVED: lambda: format_money(row.amount_received, row.currency),
            self.COL_NEXT: lambda: self._next_text(row),
        }
        return values[column]() if column in values else ""

    @staticmethod
    def _next_text(row: GrantRow) -> str:
        if row.next_milestone is None:
            return ""
        kind = labels.label(labels.MILESTONE_KIND, row.next_milestone.kind)
        return f"{format_date(row.next_milestone.due_on)} · {kind}"

    def tooltip(self, row: GrantRow, column: int) -> str | None:
        """The file reference on the title; the milestone's own title, and overdue, on the
        next deadline; every linked exchange on its line."""
        if column == self.COL_TITLE and row.file_reference:
            text = QCoreApplication.translate("GrantsModel", "File reference: {reference}")
            return f"{row.title}\n{text.format(reference=row.file_reference)}"
        if column == self.COL_EXCHANGES and row.exchanges:
            return "\n".join(row.exchanges)
        if column == self.COL_NEXT and row.next_milestone is not None:
            lines = [row.next_milestone.title or self._next_text(row)]
            if self.is_overdue(row):
                lines.append(QCoreApplication.translate("GrantsModel", "Overdue"))
            return "\n".join(lines)
        return super().tooltip(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the base model, plus red text for an overdue next deadline."""
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self.COL_NEXT and index.row() < len(self.rows)):
            return QBrush(OVERDUE_COLOUR) if self.is_overdue(self.rows[index.row()]) else None
        return super().data(index, role)
