"""The contact list: search, filters, chosen columns, and the actions on contacts.

The list pages through the database as it scrolls (`ContactsModel`). A new search or filter
is computed on the worker thread (`FirstPageLoader`), so typing never waits for the
database; a reload after a change (`refresh`) runs at once and keeps the selection.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import settings as cfg
from partnerdesk.messages import UserError
from partnerdesk.ui.dialogs.exchange_workspace.actions import open_tracked
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.models.contacts_model import ContactsModel, FirstPageLoader
from partnerdesk.ui.widgets.column_chooser import ColumnChooser
from partnerdesk.ui.widgets.contact_filters import ContactFilterBar
from partnerdesk.ui.widgets.empty_state import EmptyState
from partnerdesk.ui.widgets.list_tools import ActionBar, open_on_enter, set_action_texts
from partnerdesk.ui.widgets.search_field import SearchField
from partnerdesk.ui.widgets.tables import configure_table

log = logging.getLogger(__name__)
WIDTHS = [185, 150, 115, 60, 100, 190, 120, 150, 90]
RESTORE_ROWS = 2000
"""After a change, the list reloads up to this many rows to keep the selection in view."""


class ContactsPage(QWidget):
    """Contacts with search, filters, a toolbar and the dialogs on them."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: QDialog | None = None
        """The dialog opened last from this page (tests and screenshots look at it)."""
        self.title = QLabel(objectName="pageTitle")
        self.search = SearchField(self)
        self.search.setObjectName("contactSearch")
        self.search.setMinimumWidth(300)
        self.count = QLabel(objectName="contactCount")
        self.filters = ContactFilterBar(self)
        self.model = ContactsModel(self)
        self.loader = FirstPageLoader(workspace.runner, self.model.page_size, self)
        self.table = QTableView(self, objectName="contactTable")
        self.table.setModel(self.model)
        configure_table(self.table, WIDTHS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.empty = EmptyState(self)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.toolbar = ActionBar(self)
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(self.stack, 1)

        self.search.sig_search.connect(lambda _text: self.request_reload())
        self.filters.sig_changed.connect(self.request_reload)
        self.loader.sig_loaded.connect(self._loaded)
        self.loader.sig_failed.connect(self._load_failed)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._update_enabled)
        self.columns = ColumnChooser(self.table, workspace.settings, cfg.CONTACTS_HIDDEN_COLUMNS,
                                     ContactsModel.COLUMN_KEYS, always_shown=["name"])
        self.retranslate_ui()

    def _build_actions(self) -> None:
        bar = self.toolbar
        self.new_person = bar.add(lambda: self.new_contact("person"), "Ctrl+N")
        self.new_organisation = bar.add(lambda: self.new_contact("organisation"), "Ctrl+Shift+O")
        self.edit = bar.add(self.edit_contact)
        bar.addSeparator()
        self.import_ = bar.add(self.import_contacts, "Ctrl+I")
        self.export = bar.add(self.export_contacts, "Ctrl+E")
        self.duplicates = bar.add(self.find_duplicates)
        self.find = QAction(self)
        self.find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while the page shows
        self.find.triggered.connect(
            lambda _checked=False: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(self.find)
        # Enter opens the contact only where the list has the focus (the search uses Return)
        open_on_enter(self.table, self.edit_contact)

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the open database now, keeping search, filters, selection and scroll."""
        self.loader.invalidate()
        db = self.workspace.db
        keep, current = self.selected_ids(), self.current_contact_id()
        rows, scroll = self.model.rowCount(), self.table.verticalScrollBar().value()
        if db is not self.model.db:  # another database: its ids mean other contacts
            keep, current, rows, scroll = [], None, 0, 0
        self._load_towns(db)
        self.model.load(db, self.search.text(), self.filters.filters())
        while self.model.rowCount() < min(rows, RESTORE_ROWS) and self.model.canFetchMore(
                QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.select_contacts(keep, current)
        QTimer.singleShot(0, lambda: self.table.verticalScrollBar().setValue(scroll))
        self._update_count()

    def request_reload(self) -> None:
        """Load the first page for the current search and filters on the worker thread."""
        if self.workspace.db is None:
            self.loader.invalidate()
            self.model.load(None)
            self._update_count()
        else:
            self.loader.request(self.workspace.db, self.search.text(), self.filters.filters())

    def _loaded(self, db: Any, search: str, filters: Any, result: tuple[list[Any], int]) -> None:
        if db is self.workspace.db:
            self.model.show_first_page(db, search, filters, *result)
            self.table.scrollToTop()
            self._update_count()

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            show_error(self, exc)
        else:
            log.error("contact search failed", exc_info=exc)

    def _load_towns(self, db: Any) -> None:
        if db is None:
            return
        from partnerdesk.services.contact_editing import partner_town_choices

        self.filters.set_towns([(town.id, town.name) for town in partner_town_choices(db)])

    def _update_count(self) -> None:
        db = self.workspace.db
        total = self.model.total() if db is not None else 0
        self.count.setText(self.tr("%n contact(s)", "", total) if db is not None else "")
        searching, filtering = bool(self.model.search), not self.model.filters.is_empty()
        if db is None:
            self.empty.setText(self.tr("No database is open. Open or create one in the File menu."))
        elif total == 0 and not (searching or filtering):
            self.empty.setText(self.tr(
                "No contacts yet — add one with “New person” or “New organisation”, or "
                "import a list with “Import…” (CSV, Excel or vCard)."))
        elif total == 0 and not filtering:
            self.empty.setText(
                self.tr("No contact matches “{text}”.").format(text=self.model.search))
        elif total == 0 and not searching:
            self.empty.setText(self.tr(
                "No contact matches these filters. “Clear filters” shows all contacts again."))
        elif total == 0:
            self.empty.setText(self.tr(
                "No contact matches “{text}” with these filters.").format(text=self.model.search))
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_db = self.workspace.db is not None
        for action in (self.new_person, self.new_organisation, self.import_,
                       self.duplicates):
            action.setEnabled(has_db)
        self.edit.setEnabled(has_db and len(self.selected_ids()) == 1)
        self.export.setEnabled(has_db and self.model.rowCount() > 0)

    # -- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The ids of the selected contacts, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.row_ids(rows)

    def current_contact_id(self) -> int | None:
        """The id of the only selected contact, else of the one with the keyboard focus."""
        selected = self.selected_ids()
        if len(selected) == 1:
            return selected[0]
        index: QModelIndex = self.table.currentIndex()
        if index.isValid() and index.row() < len(self.model.rows):
            return self.model.rows[index.row()].id
        return None

    def select_contacts(self, ids: list[int], current: int | None = None) -> None:
        """Select the loaded rows of `ids`; `current` gets the focus and is scrolled to."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        for contact_id in ids:
            row = self.model.row_of(contact_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            selection.setCurrentIndex(self.model.index(row, 0),
                                      selection.SelectionFlag.NoUpdate)
        self._update_enabled()

    # -- columns -----------------------------------------------------------------------

    def set_column_visible(self, key: str, visible: bool) -> None:
        """Show or hide the column `key` (a `ContactsModel.COLUMN_KEYS`); remembered."""
        self.columns.set_visible(key, visible)

    # -- actions -----------------------------------------------------------------------

    def new_contact(self, kind: str) -> None:
        """Open the form for a new person or organisation."""
        self._open_form(None, kind)

    def edit_contact(self) -> None:
        """Open the form of the selected contact (one only)."""
        contact_id = self.current_contact_id()
        if contact_id is not None and len(self.selected_ids()) <= 1:
            row = self.model.row_of(contact_id)
            self._open_form(contact_id, self.model.rows[row].kind if row is not None else "person")

    def _open_form(self, contact_id: int | None, kind: str) -> None:
        if self.workspace.db is None:
            return
        try:
            from partnerdesk.ui.dialogs.contact_form import ContactFormDialog
        except ImportError:  # the form is not part of this build (yet)
            log.warning("the contact form cannot be imported", exc_info=True)
            return
        try:
            dialog = ContactFormDialog(self.workspace, contact_id, kind, self)
        except UserError as exc:  # deleted elsewhere meanwhile
            show_error(self, exc)
            self.refresh()
            return
        dialog.sig_saved.connect(lambda saved: QTimer.singleShot(
            0, lambda: self.select_contacts([saved], saved)))
        open_tracked(self, dialog)

    def import_contacts(self) -> None:
        """Open the import dialog."""
        from partnerdesk.ui.dialogs.import_wizard import ImportDialog

        if self.workspace.db is not None:
            open_tracked(self, ImportDialog(self.workspace, self))

    def export_contacts(self) -> None:
        """Export the selected contacts (when several are) or all that match."""
        from partnerdesk.ui.dialogs.export_dialog import ExportDialog, ExportScope

        if self.workspace.db is None:
            return
        scope = ExportScope(self.model.search, self.model.filters, self.model.total(),
                            self.selected_ids())
        open_tracked(self, ExportDialog(self.workspace, scope, self))

    def find_duplicates(self) -> None:
        """Open the duplicates review."""
        from partnerdesk.ui.dialogs.duplicates_dialog import DuplicatesDialog

        if self.workspace.db is not None:
            open_tracked(self, DuplicatesDialog(self.workspace, self))

    # -- texts -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Contacts"))
        self.search.setPlaceholderText(self.tr("Search names, towns, e-mail…"))
        self.search.setToolTip(self.tr(
            "Searches names in Latin and Cyrillic script, towns, e-mail addresses and "
            "phone numbers while you type (Ctrl+F)."))
        texts = {
            self.new_person: (self.tr("New person"), self.tr("Enter a new person")),
            self.new_organisation: (self.tr("New organisation"),
                                    self.tr("Enter a new organisation, school or club")),
            self.edit: (self.tr("Edit"), self.tr("Open the selected contact (Enter or "
                                                 "double-click)")),
            self.import_: (self.tr("Import…"),
                           self.tr("Import contacts from a CSV, Excel or vCard file")),
            self.export: (self.tr("Export…"), self.tr(
                "Export the contacts shown (or the selected ones) as CSV, Excel or vCard")),
            self.duplicates: (self.tr("Find duplicates…"),
                              self.tr("Find contacts entered twice and merge them")),
        }
        set_action_texts(texts)
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
