"""The contact list: paged through the service with keyset paging, searched and filtered in SQL.

The model holds only the pages fetched so far; the view asks for more (`canFetchMore` /
`fetchMore`) as the user scrolls. A new search or filter replaces the rows with the first
page of the new result: `load` does it at once, or `FirstPageLoader` computes it on the
worker thread and `show_first_page` puts it in on the GUI thread (see `ContactsPage`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Signal

from partnerdesk.dto import ContactRow
from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.services import contacts
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.models.table_model import RowTableModel

PAGE_SIZE = 200


def first_page(
    db: Any, search: str, filters: ContactFilter | None, page_size: int = PAGE_SIZE
) -> tuple[list[ContactRow], int]:
    """The first page of matching contacts and how many match (safe on the worker thread)."""
    rows = contacts.list_contacts(db, search.strip(), page_size, filters=filters)
    if len(rows) < page_size:
        return rows, len(rows)
    return rows, contacts.count_contacts(db, search.strip(), filters=filters)


class FirstPageLoader(QObject):
    """Computes first pages on the worker thread, so typing never waits for the database.

    A request made while one runs is folded into one follow-up with the latest arguments;
    the result of a request that was superseded (or `invalidate`d) is dropped.
    """

    sig_loaded = Signal(object, str, object, object)
    """The first page is there: db, search, filters, (rows, total)."""
    sig_failed = Signal(object)
    """The query raised this exception."""

    def __init__(self, runner: Any, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.page_size = page_size
        self.loading = False
        self._generation = 0
        self._wanted: tuple[Any, str, ContactFilter, int] | None = None

    def request(self, db: Any, search: str, filters: ContactFilter) -> None:
        """Load the first page of `search` and `filters` (the latest request wins)."""
        self._generation += 1
        self._wanted = (db, search, filters, self._generation)
        if not self.loading:
            self._start()

    def invalidate(self) -> None:
        """Drop the result of any request made so far (the list was reloaded directly)."""
        self._generation += 1
        self._wanted = None

    def _start(self) -> None:
        assert self._wanted is not None
        db, search, filters, generation = self._wanted
        self._wanted, self.loading, size = None, True, self.page_size
        self.runner.submit(lambda _progress: first_page(db, search, filters, size),
                           lambda result: self._done(generation, db, search, filters, result),
                           lambda exc: self._done(generation, db, search, filters, exc))

    def _done(self, generation: int, db: Any, search: str, filters: ContactFilter,
              outcome: object) -> None:
        self.loading = False
        if self._wanted is not None:
            self._start()
        elif generation == self._generation:
            if isinstance(outcome, BaseException):
                self.sig_failed.emit(outcome)
            else:
                self.sig_loaded.emit(db, search, filters, outcome)


class ContactsModel(RowTableModel):
    """Contacts, sorted by name, fetched a page at a time."""

    HEADER_CONTEXT = "ContactsModel"
    (COL_NAME, COL_NATIVE, COL_TOWN, COL_COUNTRY, COL_SIDE, COL_EMAIL, COL_PHONE, COL_ROLES,
     COL_BIRTH) = range(9)
    COLUMNS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Name in native script"),
        QT_TRANSLATE_NOOP("ContactsModel", "Town"),
        QT_TRANSLATE_NOOP("ContactsModel", "Country"),
        QT_TRANSLATE_NOOP("ContactsModel", "Side"),
        QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
        QT_TRANSLATE_NOOP("ContactsModel", "Roles"),
        QT_TRANSLATE_NOOP("ContactsModel", "Birth date"),
    )
    COLUMN_KEYS = ("name", "native", "town", "country", "side", "email", "phone", "roles",
                   "birth_date")
    """Stable names of the columns (the settings remember hidden columns by them)."""

    def __init__(self, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.db: Any = None
        self.search = ""
        self.filters = ContactFilter()
        self.page_size = page_size
        self._exhausted = True
        self._total: int | None = None

    def load(self, db: Any, search: str = "", filters: ContactFilter | None = None) -> None:
        """Show the first page of contacts of `db` matching `search` and `filters` (now)."""
        if db is None:
            self.show_first_page(None, search, filters, [], 0)
            return
        rows, total = first_page(db, search, filters, self.page_size)
        self.show_first_page(db, search, filters, rows, total)

    def show_first_page(self, db: Any, search: str, filters: ContactFilter | None,
                        rows: list[ContactRow], total: int | None) -> None:
        """Replace the rows by a first page computed elsewhere (`first_page`)."""
        self.beginResetModel()
        self.db, self.search = db, search.strip()
        self.filters = filters or ContactFilter()
        self.rows = list(rows)
        self._exhausted = db is None or len(self.rows) < self.page_size
        self._total = total if db is not None else 0
        self.endResetModel()

    def total(self) -> int:
        """How many contacts match the current search and filters (counted once per query)."""
        if self.db is None:
            return 0
        if self._total is None:
            self._total = (len(self.rows) if self._exhausted
                           else contacts.count_contacts(self.db, self.search,
                                                        filters=self.filters))
        return self._total

    def row_ids(self, rows: list[int]) -> list[int]:
        """The contact ids of the given row numbers (in that order)."""
        return [self.rows[row].id for row in rows if 0 <= row < len(self.rows)]

    def row_of(self, contact_id: int) -> int | None:
        """The row number of a loaded contact, or None."""
        for number, row in enumerate(self.rows):
            if row.id == contact_id:
                return number
        return None

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
            self.db, self.search, self.page_size, after=(last.sort_key, last.id),
            filters=self.filters,
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
        if column == self.COL_BIRTH:
            return format_date(row.birth_date)
        return ""

    def tooltip(self, row: ContactRow, column: int) -> str | None:
        """Long role lists in full."""
        if column == self.COL_ROLES and row.roles:
            return labels.labels(labels.CONTACT_ROLE, row.roles)
        return super().tooltip(row, column)
