"""The exchange list (a few dozen rows: loaded whole)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from partnerdesk.dto import ExchangeRow
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.models.table_model import RowTableModel


class ExchangesModel(RowTableModel):
    """Exchanges, newest first, with their participant count."""

    HEADER_CONTEXT = "ExchangesModel"
    (COL_TITLE, COL_KIND, COL_DIRECTION, COL_STATUS, COL_START, COL_END, COL_PLACE,
     COL_TOWNS, COL_PARTICIPANTS) = range(9)
    COLUMNS = (
        QT_TRANSLATE_NOOP("ExchangesModel", "Title"),
        QT_TRANSLATE_NOOP("ExchangesModel", "Kind"),
        QT_TRANSLATE_NOOP("ExchangesModel", "Direction"),
        QT_TRANSLATE_NOOP("ExchangesModel", "Status"),
        QT_TRANSLATE_NOOP("ExchangesModel", "From"),
        QT_TRANSLATE_NOOP("ExchangesModel", "To"),
        QT_TRANSLATE_NOOP("ExchangesModel", "Place"),
        QT_TRANSLATE_NOOP("ExchangesModel", "Partner towns"),
        QT_TRANSLATE_NOOP("ExchangesModel", "Participants"),
    )
    RIGHT_ALIGNED = frozenset({COL_PARTICIPANTS})

    def display(self, row: ExchangeRow, column: int) -> str:
        """The text of one cell."""
        values = {
            self.COL_TITLE: lambda: row.title,
            self.COL_KIND: lambda: labels.label(labels.EXCHANGE_KIND, row.kind),
            self.COL_DIRECTION: lambda: labels.label(labels.EXCHANGE_DIRECTION, row.direction),
            self.COL_STATUS: lambda: labels.label(labels.EXCHANGE_STATUS, row.status),
            self.COL_START: lambda: format_date(row.start_date),
            self.COL_END: lambda: format_date(row.end_date),
            self.COL_PLACE: lambda: row.place,
            self.COL_TOWNS: lambda: ", ".join(row.partner_towns),
            self.COL_PARTICIPANTS: lambda: str(row.participants_total),
        }
        return values[column]() if column in values else ""

    def tooltip(self, row: ExchangeRow, column: int) -> str | None:
        """Participants per side and per status."""
        if column != self.COL_PARTICIPANTS:
            return super().tooltip(row, column)
        lines = [
            f"{labels.label(labels.SIDE, side)}: {count}"
            for side, count in sorted(row.participants_by_side.items())
        ]
        lines += [
            f"{labels.label(labels.PARTICIPATION_STATUS, status)}: {count}"
            for status, count in sorted(row.participants_by_status.items())
        ]
        if not lines:
            return QCoreApplication.translate("ExchangesModel", "No participants yet")
        return "\n".join(lines)
