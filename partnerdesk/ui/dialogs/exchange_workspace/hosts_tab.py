"""The workspace's *Host families* tab: warnings, placements, assign and unassign.

Hosts are the exchange's participants with the role host; guests are the other
participants not cancelled. The warnings come from `hosting.host_warnings` with English
source messages (context "Exchanges"), translated here before their params are filled.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.exchanges import HostWarning, PlacementRow
from partnerdesk.i18n import translate
from partnerdesk.messages import UserError
from partnerdesk.services import hosting, participants
from partnerdesk.ui.dialogs.contact_form.fields import DateField
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.workspace_tab import WorkspaceTab, button_row
from partnerdesk.ui.errors import show_error
from partnerdesk.ui.formatting import format_date
from partnerdesk.ui.widgets.row_selection import selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [220, 220, 110, 110]


def warning_text(warning: HostWarning) -> str:
    """A host warning in the current language, its params filled (dates formatted)."""
    params = {key: format_date(value) if isinstance(value, date) else value
              for key, value in warning.params.items()}
    return translate("Exchanges", warning.message).format(**params)


class HostsTab(WorkspaceTab):
    """Who stays with whom, what is off about it, and assigning or removing a stay
    (`sig_written`: a placement was added or removed)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.exchange_id: int | None = None
        self.placements: list[PlacementRow] = []
        self.warnings: list[HostWarning] = []
        self.warning_list = QLabel(objectName="hostWarnings", wordWrap=True)
        self.guest = QComboBox(objectName="guest")
        self.host = QComboBox(objectName="host")
        self.from_date = DateField(optional=False)
        self.to_date = DateField(optional=False)
        self.assign = QPushButton(objectName="assignGuest")
        self.unassign = QPushButton(objectName="unassignGuest")
        self.captions = [QLabel() for _ in range(4)]
        self.table = QTableWidget(0, 4, self, objectName="placementTable")
        configure_table(self.table, WIDTHS)
        row = QHBoxLayout()
        for caption, widget in zip(self.captions, (self.guest, self.host, self.from_date,
                                                   self.to_date), strict=True):
            row.addWidget(caption)
            row.addWidget(widget, 1)
        row.addWidget(self.assign)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_list)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row((self.unassign,)))
        self.assign.clicked.connect(self.assign_guest)
        self.unassign.clicked.connect(self.unassign_placement)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    def load(self, exchange_id: int | None, start: date | None, end: date | None) -> None:
        """Show the placements of `exchange_id`; the dates default to the exchange's
        (`start`, `end`)."""
        self.exchange_id = exchange_id
        if self.workspace.db is not None and exchange_id is not None:
            self.from_date.set_value(start)
            self.to_date.set_value(end)
        self.refresh()

    def refresh(self) -> None:
        """Reload guests, hosts, placements and warnings."""
        db = self.workspace.db
        guests, hosts = [], []
        self.placements, self.warnings = [], []
        if db is not None and self.exchange_id is not None:
            for row in participants.list_participants(db, self.exchange_id):
                if row.status == "cancelled":
                    continue
                if row.role == "host":
                    hosts.append((row.name, row.contact_id))
                else:
                    guests.append((row.name, row.id))
            self.placements = hosting.list_placements(db, self.exchange_id)
            self.warnings = hosting.host_warnings(db, self.exchange_id)
        for combo, items in ((self.guest, guests), (self.host, hosts)):
            current = combo.currentData()
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._fill()

    def _fill(self) -> None:
        texts = [warning_text(warning) for warning in self.warnings]
        self.warning_list.setText("\n".join(f"⚠ {text}" for text in texts)
                                  or self.tr("No warnings about the host families."))
        self.table.setRowCount(len(self.placements))
        for number, placement in enumerate(self.placements):
            for column, text in enumerate((
                    placement.guest_name, placement.host_name,
                    format_date(placement.from_date), format_date(placement.to_date))):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self._update_enabled()

    def current_placement(self) -> PlacementRow | None:
        """The selected placement."""
        return selected_item(self.table, self.placements)

    def _update_enabled(self) -> None:
        ready = self.workspace.db is not None and self.exchange_id is not None
        self.assign.setEnabled(ready and self.guest.count() > 0 and self.host.count() > 0)
        self.unassign.setEnabled(ready and self.current_placement() is not None)

    def assign_guest(self) -> None:
        """Place the chosen guest with the chosen host for the chosen dates."""
        guest, host = self.guest.currentData(), self.host.currentData()
        start, end = self.from_date.value(), self.to_date.value()
        if guest is None or host is None or start is None or end is None:
            return
        try:
            hosting.assign_guest(self.workspace.db, guest, host, start, end)
        except UserError as exc:
            show_error(self, exc)
            return
        self._written()

    def unassign_placement(self) -> None:
        """Remove the selected placement after asking."""
        placement = self.current_placement()
        if placement is None:
            return
        ask_then_write(
            self, self.tr("Remove placement"),
            self.tr("{guest} will no longer stay with {host}. Remove this placement?").format(
                guest=placement.guest_name, host=placement.host_name),
            lambda: hosting.unassign(self.workspace.db, placement.id, placement.version),
            self._written,
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = (self.tr("&Guest"), self.tr("&Host"), self.tr("&From"), self.tr("&To"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        for caption, widget in zip(self.captions, (self.guest, self.host, self.from_date,
                                                   self.to_date), strict=True):
            caption.setBuddy(widget)
        self.assign.setText(self.tr("&Assign"))
        self.assign.setToolTip(self.tr("Place the guest with the host for these days"))
        self.unassign.setText(self.tr("&Remove placement…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Guest"), self.tr("Host"), self.tr("From"), self.tr("To")])
        fit_header_texts(self.table)
        self._fill()
