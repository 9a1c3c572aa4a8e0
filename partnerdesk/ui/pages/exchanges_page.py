"""The exchange list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from partnerdesk.dto import ExchangeRow
from partnerdesk.services import exchanges
from partnerdesk.ui.models.exchanges_model import ExchangesModel
from partnerdesk.ui.pages.list_page import ListPage


class ExchangesPage(ListPage):
    """Exchanges, newest first, searchable by title and place."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace, ExchangesModel(), [260, 130, 90, 95, 82, 82, 115, 140], True, parent
        )
        self.model.setParent(self)
        self.retranslate_ui()

    def load_rows(self, db: Any, search: str) -> list[ExchangeRow]:
        """Exchanges from the service."""
        return exchanges.list_exchanges(db, search)

    def title_text(self) -> str:
        """The page title."""
        return self.tr("Exchanges")

    def count_text(self, count: int) -> str:
        """How many exchanges are listed."""
        return self.tr("%n exchange(s)", "", count)

    def empty_text(self) -> str:
        """No exchanges yet."""
        return self.tr(
            "No exchanges yet. Planning exchanges arrives in a later version; the demo "
            "association (File → New database…) shows how they will look."
        )

    def no_match_text(self) -> str:
        """Nothing matches."""
        return self.tr("No exchange matches “{text}”.").format(text=self.search_text())

    def search_placeholder(self) -> str:
        """Search hint."""
        return self.tr("Search title or place…")

    def no_database_text(self) -> str:
        """No database."""
        return self.tr("No database is open. Open or create one in the File menu.")
