"""The exchange list: filters, participants per side, and the actions on exchanges.

The filters (kind, year, status, partner town, direction) are applied in the database by
`services.exchanges.list_exchanges`. New, Open, Cancel and "Same trip next year" work through
`services.exchange_editing`; Open shows the exchange workspace (non-modal).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from partnerdesk.dto import ExchangeRow
from partnerdesk.messages import UserError
from partnerdesk.services import contact_editing, exchange_editing, exchanges
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write, open_tracked
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.models.exchanges_model import ExchangesModel
from partnerdesk.ui.pages.list_page import FilteredListPage
from partnerdesk.ui.widgets.list_tools import open_on_enter
from partnerdesk.ui.widgets.row_selection import select_matching

FILTERS = ("kind", "year", "status", "partner_town_id", "direction")


class ExchangeListModel(ExchangesModel):
    """The exchange columns with the participants counted per side."""

    COL_HOME, COL_PARTNER = 8, 9
    COLUMNS = (*ExchangesModel.COLUMNS[:8],
               QT_TRANSLATE_NOOP("ExchangesModel", "Home side"),
               QT_TRANSLATE_NOOP("ExchangesModel", "Partner side"),
               QT_TRANSLATE_NOOP("ExchangesModel", "Participants"))
    RIGHT_ALIGNED = frozenset({8, 9, 10})

    def display(self, row: ExchangeRow, column: int) -> str:
        """Participants per side in their own columns; the rest as the base model shows."""
        if column == self.COL_HOME:
            return str(row.participants_by_side.get("home", 0))
        if column == self.COL_PARTNER:
            return str(row.participants_by_side.get("partner", 0))
        return super().display(row, column - 1 if column == 10 else column)

    def tooltip(self, row: ExchangeRow, column: int) -> str | None:
        """Counts per side and status on the count columns."""
        if column >= self.COL_HOME:
            return super().tooltip(row, self.COL_PARTICIPANTS)
        return super().tooltip(row, column)


class ExchangesPage(FilteredListPage):
    """Exchanges, newest first, searchable by title and place, with filters and actions."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, ExchangeListModel(),
                         [250, 120, 90, 85, 82, 82, 110, 120, 75, 80, 85], FILTERS, parent)
        self.new = self.toolbar.add(self.new_exchange, "Ctrl+N")
        self.open_ = self.toolbar.add(self.open_exchange)
        self.cancel = self.toolbar.add(self.cancel_exchange)
        self.duplicate = self.toolbar.add(self.duplicate_exchange)
        open_on_enter(self.table, self.open_exchange)
        self.retranslate_ui()

    # -- filters and rows ----------------------------------------------------------------

    def load_rows(self, db: Any, search: str) -> list[ExchangeRow]:
        """Exchanges from the service, filtered in the database."""
        self.fill_choices(db)
        return exchanges.list_exchanges(db, search, **self.filters())

    def fill_choices(self, db: Any) -> None:
        """The kinds, the years with exchanges, the statuses, partner towns, directions."""
        towns = [(t.name, t.id) for t in contact_editing.partner_town_choices(db)]
        choices = {
            "kind": [(labels.label(labels.EXCHANGE_KIND, v), v) for v in labels.EXCHANGE_KIND],
            "year": [(str(year), year) for year in exchanges.exchange_years(db)],
            "status": [(labels.label(labels.EXCHANGE_STATUS, v), v)
                       for v in labels.EXCHANGE_STATUS],
            "partner_town_id": towns,
            "direction": [(labels.label(labels.EXCHANGE_DIRECTION, v), v)
                          for v in labels.EXCHANGE_DIRECTION],
        }
        self.filter_bar.set_choices(choices, self.tr("All"))

    def select_exchange(self, exchange_id: int) -> None:
        """Select the exchange `exchange_id` when it is listed."""
        select_matching(self.table, self.model.rows, exchange_id)

    def _update_enabled(self, *_args: object) -> None:
        has_db = self.workspace.db is not None
        row = self.current_row()
        self.new.setEnabled(has_db)
        self.open_.setEnabled(has_db and row is not None)
        self.duplicate.setEnabled(has_db and row is not None)
        self.cancel.setEnabled(has_db and row is not None and row.status != "cancelled")

    # -- actions -------------------------------------------------------------------------

    def new_exchange(self) -> None:
        """Open an empty workspace for a new exchange."""
        self._open(None)

    def open_exchange(self, exchange_id: int | None = None, tab: str = "") -> None:
        """Open the workspace of `exchange_id` (default: the selected one) on `tab`."""
        if exchange_id is None:
            row = self.current_row()
            if row is None:
                return
            exchange_id = row.id
        self._open(exchange_id, tab)

    def _open(self, exchange_id: int | None, tab: str = "") -> None:
        from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog

        if self.workspace.db is None:
            return
        try:
            dialog = ExchangeWorkspaceDialog(self.workspace, exchange_id, self)
        except UserError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if tab:
            dialog.show_tab(tab)
        dialog.sig_saved.connect(self.select_exchange)
        open_tracked(self, dialog)

    def cancel_exchange(self) -> None:
        """Set the selected exchange's status to cancelled, after asking."""
        row = self.current_row()
        if row is None or row.status == "cancelled":
            return
        ask_then_write(
            self, self.tr("Cancel exchange"),
            self.tr("Cancel “{title}”? Its participants and programme stay; the exchange is "
                    "marked as cancelled and leaves the open checks.").format(title=row.title),
            lambda: self._cancel(row.id),
            lambda: self._written(row.id),
        )

    def _cancel(self, exchange_id: int) -> None:
        version = exchange_editing.load_exchange(self.workspace.db, exchange_id).version
        exchange_editing.cancel_exchange(self.workspace.db, exchange_id, version)

    def _written(self, exchange_id: int) -> None:
        self.workspace.note_write()
        self.refresh()
        self.select_exchange(exchange_id)

    def duplicate_exchange(self) -> None:
        """Copy the selected exchange one year later ("same trip next year") and open it."""
        row = self.current_row()
        if row is None:
            return
        try:
            new_id = exchange_editing.duplicate_exchange(self.workspace.db, row.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._written(new_id)
        self._open(new_id)

    # -- texts ---------------------------------------------------------------------------

    def action_texts(self) -> dict[Any, tuple[str, str]]:
        """The text and tooltip of each action."""
        return {
            self.new: (self.tr("New exchange"), self.tr("Plan a new exchange")),
            self.open_: (self.tr("Open"), self.tr(
                "Open the selected exchange's workspace (Enter or double-click)")),
            self.cancel: (self.tr("Cancel exchange…"),
                          self.tr("Mark the selected exchange as cancelled")),
            self.duplicate: (self.tr("Same trip next year"), self.tr(
                "Copy the selected exchange with its programme one year later")),
        }

    def filter_captions(self) -> dict[str, str]:
        """The caption of each filter."""
        return {"kind": self.tr("&Kind:"), "year": self.tr("&Year:"),
                "status": self.tr("&Status:"), "partner_town_id": self.tr("&Partner town:"),
                "direction": self.tr("&Direction:")}

    def title_text(self) -> str:
        """The page title."""
        return self.tr("Exchanges")

    def count_text(self, count: int) -> str:
        """How many exchanges are listed."""
        return self.tr("%n exchange(s)", "", count)

    def empty_text(self) -> str:
        """No exchanges yet (or none with these filters)."""
        if self.filter_bar.is_active():
            return self.tr("No exchange matches these filters. Choose “All” to see more.")
        return self.tr("No exchanges yet. Plan the first one with “New exchange” (Ctrl+N).")

    def no_match_text(self) -> str:
        """Nothing matches."""
        return self.tr("No exchange matches “{text}”.").format(text=self.search_text())

    def search_placeholder(self) -> str:
        """Search hint."""
        return self.tr("Search title or place…")

    def no_database_text(self) -> str:
        """No database."""
        return self.tr("No database is open. Open or create one in the File menu.")
