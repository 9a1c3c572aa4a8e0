"""The contact list: searchable, paged, read-only for now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.models.contacts_model import ContactsModel
from partnerdesk.ui.widgets.empty_state import EmptyState
from partnerdesk.ui.widgets.search_field import SearchField
from partnerdesk.ui.widgets.tables import configure_table


class ContactsPage(QWidget):
    """Contacts with a search field; the list pages through the database as it scrolls."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = QLabel(objectName="pageTitle")
        self.search = SearchField(self)
        self.search.setObjectName("contactSearch")
        self.search.setMinimumWidth(320)
        self.count = QLabel()
        self.model = ContactsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table, [180, 180, 120, 50, 110, 190, 130])
        self.empty = EmptyState(self)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)

        self.search.sig_search.connect(self.apply_search)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Reload the list from the open database, keeping the search text."""
        self.apply_search(self.search.text())

    def apply_search(self, text: str) -> None:
        """Show the contacts matching `text` (searched in the database)."""
        self.model.load(self.workspace.db, text)
        self.table.scrollToTop()
        self._update_count()

    def _update_count(self) -> None:
        db = self.workspace.db
        total = self.model.total() if db is not None else 0
        searching = bool(self.model.search)
        self.count.setText(self.tr("%n contact(s)", "", total) if db is not None else "")
        if db is None:
            self.empty.setText(self.tr("No database is open. Open or create one in the File menu."))
        elif total == 0 and not searching:
            self.empty.setText(
                self.tr(
                    "No contacts yet. To try PartnerDesk, create the demo association "
                    "(File → New database…). Adding and importing contacts arrives in a later "
                    "version."
                )
            )
        elif total == 0:
            self.empty.setText(
                self.tr("No contact matches “{text}”.").format(text=self.model.search)
            )
        self.stack.setCurrentWidget(self.table if total else self.empty)

    def current_contact_id(self) -> int | None:
        """The id of the selected contact, if any."""
        index: QModelIndex = self.table.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Contacts"))
        self.search.setPlaceholderText(self.tr("Search names, towns, e-mail…"))
        self.search.setToolTip(
            self.tr(
                "Searches names in Latin and Cyrillic script, towns, e-mail addresses and "
                "phone numbers while you type."
            )
        )
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
