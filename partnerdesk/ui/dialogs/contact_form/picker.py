"""Choosing a person or an organisation by searching for it (non-modal: `open()`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import ContactRow
from partnerdesk.ui.widgets.search_field import SearchField

Search = Callable[[str], list[ContactRow]]


class ContactPickerDialog(QDialog):
    """A search field and the matching contacts; choosing one emits `sig_chosen`."""

    sig_chosen = Signal(object)
    """The contact chosen (a `ContactRow`)."""

    def __init__(self, search: Search, organisations: bool, exclude: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactPicker")
        self.search = search
        self.organisations = organisations
        self.exclude = exclude
        self.hint = QLabel(wordWrap=True)
        self.field = SearchField(self, delay_ms=200)
        self.results = QListWidget(objectName="results")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.field.sig_search.connect(self.run_search)
        self.results.itemDoubleClicked.connect(lambda _item: self.choose())
        self.results.currentRowChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.resize(420, 380)
        self.run_search("")

    def run_search(self, text: str) -> None:
        """Show the contacts matching `text` (the service searches in the database)."""
        self.results.clear()
        for row in self.search(text):
            if row.id in self.exclude:
                continue
            detail = ", ".join(part for part in (row.native_name, row.city) if part)
            item = QListWidgetItem(f"{row.display_name} — {detail}" if detail
                                   else row.display_name)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def choose(self) -> None:
        """Hand the selected contact on and close."""
        item = self.results.currentItem()
        if item is None:
            return
        self.sig_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _update_ok(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        if self.organisations:
            self.setWindowTitle(self.tr("Choose an organisation"))
            self.hint.setText(self.tr("Type a part of the organisation's name."))
        else:
            self.setWindowTitle(self.tr("Choose a person"))
            self.hint.setText(self.tr("Type a part of the name, in any script or spelling."))
        self.field.setPlaceholderText(self.tr("Search…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
