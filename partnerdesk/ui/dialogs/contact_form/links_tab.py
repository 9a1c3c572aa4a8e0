"""The Organisations / People tab: links with a function, and a person's guardians.

A person's links are the organisations they belong to (with their function there); an
organisation's are its people. Guardians are persons, with their relation ("Mutter").
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto import ContactRow
from partnerdesk.dto.contact_form import ContactForm, LinkData
from partnerdesk.ui.dialogs.contact_form.fields import error_label, show_message
from partnerdesk.ui.dialogs.contact_form.picker import ContactPickerDialog, Search
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab


class LinkList(QWidget):
    """Linked contacts with an editable function (or relation); add by search, remove."""

    sig_changed = Signal()
    """A link was added, removed or its function edited."""

    def __init__(self, mode: str, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.search = search
        self.own_id: int | None = None
        self.rows: list[LinkData] = []
        self.picker: ContactPickerDialog | None = None
        self.table = QTableWidget(0, 2, self, objectName=f"{mode}Table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add = QPushButton(objectName=f"add_{mode}")
        self.remove = QPushButton(objectName=f"remove_{mode}")
        self.problem = error_label(f"{mode}_error")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.open_picker)
        self.remove.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove.setEnabled(bool(self.table.selectedItems())))
        self.retranslate_ui()
        self.set_rows(())

    def set_rows(self, rows: tuple[LinkData, ...]) -> None:
        """Show `rows`."""
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            name = QTableWidgetItem(row.other_name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(index, 0, name)
            self.table.setItem(index, 1, QTableWidgetItem(row.function))
        self.table.blockSignals(False)
        self.remove.setEnabled(bool(self.table.selectedItems()))

    def open_picker(self) -> None:
        """Search for the contact to link (non-modal)."""
        exclude = {row.other_id for row in self.rows} | {self.own_id or 0}
        self.picker = ContactPickerDialog(self.search, self.mode == "organisations", exclude,
                                          self)
        self.picker.sig_chosen.connect(self.add_contact)
        self.picker.open()

    def add_contact(self, contact: ContactRow) -> None:
        """Link `contact` and let the user type the function."""
        self.set_rows((*self.rows, LinkData(None, contact.id, contact.display_name, "")))
        self.table.setCurrentCell(len(self.rows) - 1, 1)
        self.table.editItem(self.table.item(len(self.rows) - 1, 1))
        self.sig_changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected links."""
        chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
        chosen |= {item.row() for item in self.table.selectedItems()}
        if chosen:
            self.set_rows(tuple(r for i, r in enumerate(self.rows) if i not in chosen))
            self.sig_changed.emit()

    def show_problems(self, problems: dict[int, str]) -> None:
        """Show the first problem of the links."""
        first = min(problems) if problems else None
        show_message(self.problem, "" if first is None else
                     f"{self.rows[first].other_name}: {problems[first]}")

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and item.row() < len(self.rows):
            self.rows[item.row()] = dataclasses.replace(self.rows[item.row()],
                                                        function=item.text())
            self.sig_changed.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        if self.mode == "guardians":
            headers = [self.tr("Guardian"), self.tr("Relation")]
            self.add.setText(self.tr("Add &guardian…"))
            self.table.setToolTip(self.tr("Parents or other guardians of a minor. Double-click "
                                          "the relation to edit it (e.g. mother)."))
        elif self.mode == "organisations":
            headers = [self.tr("Organisation"), self.tr("Function")]
            self.add.setText(self.tr("Add &organisation…"))
            self.table.setToolTip(self.tr("Double-click the function to edit it (e.g. "
                                          "head teacher, mayor)."))
        else:
            headers = [self.tr("Person"), self.tr("Function")]
            self.add.setText(self.tr("Add &person…"))
            self.table.setToolTip(self.tr("Double-click the function to edit it."))
        self.table.setHorizontalHeaderLabels(headers)
        self.remove.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LinksTab(FormTab):
    """A person's organisations and guardians, or an organisation's people."""

    def __init__(self, kind: str, search_people: Search, search_organisations: Search,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        is_person = kind == "person"
        self.links = LinkList("organisations" if is_person else "people",
                              search_organisations if is_person else search_people)
        self.guardians = LinkList("guardians", search_people)
        self.links_box, self.guardians_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.links_box).addWidget(self.links)
        box = QVBoxLayout(self.guardians_box)
        box.addWidget(self.guardians)
        self.wards = QLabel(wordWrap=True, objectName="wards")
        box.addWidget(self.wards)
        layout = QVBoxLayout(self)
        layout.addWidget(self.links_box, 1)
        layout.addWidget(self.guardians_box, 1)
        self.guardians_box.setVisible(is_person)
        self.ward_names: list[str] = []
        self.links.sig_changed.connect(self.sig_changed.emit)
        self.guardians.sig_changed.connect(self.sig_changed.emit)
        self.retranslate_ui()

    def set_form(self, form: ContactForm) -> None:
        """Show the links, guardians and wards of `form`."""
        self.links.own_id = self.guardians.own_id = form.id
        self.links.set_rows(form.links)
        self.guardians.set_rows(form.guardians)
        self.ward_names = [ward.other_name for ward in form.wards]
        self.retranslate_ui()

    def values(self) -> dict[str, Any]:
        """The links and guardians as edited."""
        values: dict[str, Any] = {"links": tuple(self.links.rows)}
        if self.kind == "person":
            values["guardians"] = tuple(self.guardians.rows)
        return values

    def show_problems(self, messages: dict[str, str], rows: dict[str, dict[int, str]]) -> bool:
        """Show problems of links and guardians."""
        self.links.show_problems(rows.get("links", {}))
        self.guardians.show_problems(rows.get("guardians", {}))
        return bool(rows.get("links") or rows.get("guardians"))

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Focus the list with a problem."""
        target = {"links": self.links, "guardians": self.guardians}.get(key)
        if target is None:
            return False
        target.table.setFocus()
        if row is not None:
            target.table.selectRow(row)
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.links_box.setTitle(self.tr("Organisations") if self.kind == "person"
                                else self.tr("People"))
        self.guardians_box.setTitle(self.tr("Guardians"))
        self.wards.setText(self.tr("Guardian of: {names}").format(
            names="; ".join(self.ward_names)) if self.ward_names else "")
        self.wards.setVisible(bool(self.ward_names))
