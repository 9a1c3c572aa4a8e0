"""A page with a title, a search field, a table, and an empty state; `FilteredListPage`
adds actions beside the title and filter combos under it.

Leaf classes supply the texts (through their own `self.tr`, so lupdate sees their class
name as the context) and how to load rows from the services.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
from partnerdesk.ui.widgets.list_tools import ActionBar, FilterBar, place_bars, set_action_texts
from partnerdesk.ui.widgets.row_selection import selected_item
from partnerdesk.ui.widgets.search_field import SearchField
from partnerdesk.ui.widgets.tables import configure_table


class ListPage(QWidget):
    """Title, search, table of a `RowTableModel`; an empty state when there is nothing."""

    def __init__(
        self,
        workspace: Any,
        model: RowTableModel,
        widths: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = model
        self.title = QLabel(objectName="pageTitle")
        self.count = QLabel()
        self.search = SearchField(self)
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
        """The current search text."""
        return self.search.text().strip()

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


class FilteredListPage(ListPage):
    """A `ListPage` with its actions (`toolbar`) beside the title and a row of filter
    combos (`filter_bar`, applied by the leaf's `load_rows`) under it.

    Leaf classes add their actions to `toolbar` and supply, besides the `ListPage` hooks,
    `action_texts`, `filter_captions`, `fill_choices` and `_update_enabled`; they call
    `retranslate_ui()` once their actions exist.
    """

    def __init__(
        self,
        workspace: Any,
        model: RowTableModel,
        widths: list[int],
        filter_keys: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, model, widths, parent)
        self.model.setParent(self)
        self.dialog: Any = None
        """The dialog opened last from this page (tests and screenshots look at it)."""
        self.toolbar = ActionBar(self)
        self.filter_bar = FilterBar(filter_keys, self.refresh)
        self.combos = self.filter_bar.combos
        """The filter combos by key (tests choose in them)."""
        place_bars(self, self.toolbar, self.filter_bar)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._update_enabled)

    def filters(self) -> dict[str, Any]:
        """The chosen filters (None: all)."""
        return self.filter_bar.values()

    def set_filter(self, key: str, value: Any) -> None:
        """Choose `value` in the filter `key` (None: all)."""
        self.filter_bar.set_value(key, value)

    def current_row(self) -> Any:
        """The row selected (None when nothing is)."""
        return selected_item(self.table, self.model.rows)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        set_action_texts(self.action_texts())
        self.filter_bar.set_captions(self.filter_captions())
        if self.workspace.db is not None:
            self.fill_choices(self.workspace.db)
        super().retranslate_ui()

    # -- supplied by the leaf classes ----------------------------------------------------

    def action_texts(self) -> Mapping[QAction, tuple[str, str]]:
        """The text and tooltip of each action on the toolbar."""
        raise NotImplementedError

    def filter_captions(self) -> Mapping[str, str]:
        """The caption of each filter, by key."""
        raise NotImplementedError

    def fill_choices(self, db: Any) -> None:
        """Fill the filters with their entries from `db` (`filter_bar.set_choices`)."""
        raise NotImplementedError

    def _update_enabled(self, *_args: object) -> None:
        """Enable the actions that fit the open database and the selection."""
        raise NotImplementedError
