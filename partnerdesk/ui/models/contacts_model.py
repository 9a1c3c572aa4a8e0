"""The contact list: paged through the service with keyset paging, searched in SQL.

The model holds only the pages fetched so far; the view asks for more (`canFetchMore` /
`fetchMore`) as the user scrolls. Searching resets it to the first page of the new result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex

from partnerdesk.dto import ContactRow
from partnerdesk.services import contacts
from partnerdesk.ui import labels
from partnerdesk.ui.models.table_model import RowTableModel

PAGE_SIZE = 200


class ContactsModel(RowTableModel):
    """Contacts, sorted by name, fetched a page at a time."""

    HEADER_CONTEXT = "ContactsModel"
    COL_NAME, COL_NATIVE, COL_TOWN, COL_COUNTRY, COL_SIDE, COL_EMAIL, COL_PHONE, COL_ROLES = (
        range(8)
    )
    COLUMNS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Name in native script"),
        QT_TRANSLATE_NOOP("ContactsModel", "Town"),
        QT_TRANSLATE_NOOP("ContactsModel", "Country"),
        QT_TRANSLATE_NOOP("ContactsModel", "Side"),
        QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
        QT_TRANSLATE_NOOP("ContactsModel", "Roles"),
    )

    def __init__(self, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.db: Any = None
        self.search = ""
        self.page_size = page_size
        self._exhausted = True
        self._total: int | None = None

    def load(self, db: Any, search: str = "") -> None:
        """Show the first page of contacts of `db` matching `search`."""
        self.beginResetModel()
        self.db, self.search = db, search.strip()
        self.rows = []
        self._total = None
        self._exhausted = db is None
        if db is not None:
            self._append(contacts.list_contacts(db, self.search, self.page_size))
        self.endResetModel()

    def total(self) -> int:
        """How many contacts match the current search (counted once per search)."""
        if self.db is None:
            return 0
        if self._total is None:
            self._total = (len(self.rows) if self._exhausted
                           else contacts.count_contacts(self.db, self.search))
        return self._total

    def _append(self, page: list[ContactRow]) -> None:
        self.rows.extend(page)
        self._exhausted = len(page) < self.page_size

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        """True while the last page was full."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        """Fetch the next page after the last row (keyset paging)."""
        if parent.isValid() or self._exhausted or not self.rows:
            return
        last = self.rows[-1]
        page = contacts.list_contacts(
            self.db, self.search, self.page_size, after=(last.sort_key, last.id)
        )
        if not page:
            self._exhausted = True
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def display(self, row: ContactRow, column: int) -> str:
        """The text of one cell."""
        if column == self.COL_NAME:
            return row.display_name
        if column == self.COL_NATIVE:
            return row.native_name
        if column == self.COL_TOWN:
            return row.city
        if column == self.COL_COUNTRY:
            return row.country
        if column == self.COL_SIDE:
            return labels.label(labels.SIDE, row.side)
        if column == self.COL_EMAIL:
            return row.email
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_ROLES:
            return labels.labels(labels.CONTACT_ROLE, row.roles)
        return ""

    def tooltip(self, row: ContactRow, column: int) -> str | None:
        """Long role lists in full."""
        if column == self.COL_ROLES and row.roles:
            return labels.labels(labels.CONTACT_ROLE, row.roles)
        return super().tooltip(row, column)
