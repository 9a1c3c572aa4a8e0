"""The grant application list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from partnerdesk.dto import GrantRow
from partnerdesk.services import grants
from partnerdesk.ui.models.grants_model import GrantsModel
from partnerdesk.ui.pages.list_page import ListPage


class GrantsPage(ListPage):
    """Grant applications with requested, approved and received amounts."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace, GrantsModel(), [190, 170, 110, 105, 110, 90, 90, 90], True, parent
        )
        self.model.setParent(self)
        self.retranslate_ui()

    def load_rows(self, db: Any, search: str) -> list[GrantRow]:
        """Grant applications from the service."""
        return grants.list_grants(db, search)

    def title_text(self) -> str:
        """The page title."""
        return self.tr("Grants")

    def count_text(self, count: int) -> str:
        """How many applications are listed."""
        return self.tr("%n grant application(s)", "", count)

    def empty_text(self) -> str:
        """No grant applications yet."""
        return self.tr(
            "No grant applications yet. Entering applications, budgets and receipts arrives "
            "in a later version; the demo association (File → New database…) shows how they "
            "will look."
        )

    def no_match_text(self) -> str:
        """Nothing matches."""
        return self.tr("No grant application matches “{text}”.").format(text=self.search_text())

    def search_placeholder(self) -> str:
        """Search hint."""
        return self.tr("Search title, funder or file reference…")

    def no_database_text(self) -> str:
        """No database."""
        return self.tr("No database is open. Open or create one in the File menu.")
