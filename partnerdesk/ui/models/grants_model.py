"""The grant application list (a few dozen rows: loaded whole)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from partnerdesk.dto import GrantRow
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_date, format_money
from partnerdesk.ui.models.table_model import RowTableModel


class GrantsModel(RowTableModel):
    """Grant applications with their amounts and next deadline."""

    HEADER_CONTEXT = "GrantsModel"
    (COL_TITLE, COL_FUNDER, COL_PROGRAMME, COL_REFERENCE, COL_STATUS, COL_REQUESTED,
     COL_APPROVED, COL_RECEIVED, COL_NEXT) = range(9)
    COLUMNS = (
        QT_TRANSLATE_NOOP("GrantsModel", "Title"),
        QT_TRANSLATE_NOOP("GrantsModel", "Funder"),
        QT_TRANSLATE_NOOP("GrantsModel", "Programme"),
        QT_TRANSLATE_NOOP("GrantsModel", "File reference"),
        QT_TRANSLATE_NOOP("GrantsModel", "Status"),
        QT_TRANSLATE_NOOP("GrantsModel", "Requested"),
        QT_TRANSLATE_NOOP("GrantsModel", "Approved"),
        QT_TRANSLATE_NOOP("GrantsModel", "Received"),
        QT_TRANSLATE_NOOP("GrantsModel", "Next deadline"),
    )
    RIGHT_ALIGNED = frozenset({COL_REQUESTED, COL_APPROVED, COL_RECEIVED})

    def display(self, row: GrantRow, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_FUNDER:
            return row.funder
        if column == self.COL_PROGRAMME:
            return row.programme
        if column == self.COL_REFERENCE:
            return row.file_reference
        if column == self.COL_STATUS:
            return labels.label(labels.GRANT_STATUS, row.status)
        if column == self.COL_REQUESTED:
            return format_money(row.amount_requested, row.currency)
        if column == self.COL_APPROVED:
            return format_money(row.amount_approved, row.currency)
        if column == self.COL_RECEIVED:
            return format_money(row.amount_received, row.currency)
        if column == self.COL_NEXT and row.next_milestone is not None:
            kind = labels.label(labels.MILESTONE_KIND, row.next_milestone.kind)
            return f"{format_date(row.next_milestone.due_on)} · {kind}"
        return ""

    def tooltip(self, row: GrantRow, column: int) -> str | None:
        """The milestone's own title."""
        if column == self.COL_NEXT and row.next_milestone is not None:
            return row.next_milestone.title or super().tooltip(row, column)
        return super().tooltip(row, column)
