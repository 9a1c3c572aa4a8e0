"""A page with a title, an optional search field, a table, and an empty state.

Leaf classes supply the texts (through their own `self.tr`, so lupdate sees their class
name as the context) and how to load rows from the services.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.models.table_model import RowTableModel
from partnerdesk.ui.widgets.empty_state import EmptyState
from partnerdesk.ui.widgets.search_field import SearchField
from partnerdesk.ui.widgets.tables import configure_table


class ListPage(QWidget):
    """Title, search, table of a `RowTableModel`; an empty state when there is nothing."""

    def __init__(
        self,
        workspace: Any,
        model: RowTableModel,
        widths: list[int],
        searchable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = model
        self.title = QLabel(objectName="pageTitle")
        self.count = QLabel()
        self.search = SearchField(self) if searchable else None
        self.table = QTableView(self)
        self.table.setModel(model)
        configure_table(self.table, widths)
        self.empty = EmptyState(self)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        if self.search is not None:
            self.search.setMinimumWidth(280)
            top.addWidget(self.search)
            self.search.sig_search.connect(lambda _text: self.refresh())
            find = QAction(self)
            find.setShortcut(QKeySequence.StandardKey.Find)
            find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
            self.addAction(find)
            self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)

    def search_text(self) -> str:
        """The current search text (empty without a search field)."""
        return self.search.text().strip() if self.search is not None else ""

    def refresh(self) -> None:
        """Reload the rows from the open database."""
        db = self.workspace.db
        self.model.set_rows(self.load_rows(db, self.search_text()) if db is not None else [])
        self._update_state()

    def _update_state(self) -> None:
        rows = len(self.model.rows)
        if self.workspace.db is None:
            self.count.clear()
            self.empty.setText(self.no_database_text())
        else:
            self.count.setText(self.count_text(rows))
            self.empty.setText(self.no_match_text() if self.search_text() else self.empty_text())
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.title_text())
        if self.search is not None:
            self.search.setPlaceholderText(self.search_placeholder())
        self.model.retranslate()
        self._update_state()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Down in the search field goes to the list (first row selected)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0):
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- supplied by the leaf classes ----------------------------------------------------

    def load_rows(self, db: Any, search: str) -> list[Any]:
        """The rows to show."""
        raise NotImplementedError

    def title_text(self) -> str:
        """The page title."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """E.g. "12 exchanges"."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """Why the list is empty and what to do."""
        raise NotImplementedError

    def no_match_text(self) -> str:
        """Nothing matches the search."""
        raise NotImplementedError

    def search_placeholder(self) -> str:
        """The grey hint in the search field."""
        return ""

    def no_database_text(self) -> str:
        """No database is open."""
        return ""
