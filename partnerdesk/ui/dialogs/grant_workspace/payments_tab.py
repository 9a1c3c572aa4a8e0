"""The grant workspace's *Payments* tab: tranches of grant money received, their total and
what the money says at the end (surplus to repay or amount still outstanding)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import PaymentForm
from partnerdesk.services import budget, receipts
from partnerdesk.ui.dialogs.contact_form.fields import show_message
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.grant_workspace.budget_views import GrantResultBox
from partnerdesk.ui.dialogs.grant_workspace.grant_tab import GrantTab
from partnerdesk.ui.dialogs.grant_workspace.payment_editor import PaymentEditor
from partnerdesk.ui.dialogs.workspace_tab import button_row
from partnerdesk.ui.formatting import format_date, format_money
from partnerdesk.ui.widgets.row_selection import selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

WIDTHS = [110, 130, 300]
ZERO = Decimal("0.00")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PaymentsTab(GrantTab):
    """Payments received: date, amount, note; their total and the grant's result
    (`sig_written`: a payment was saved or deleted)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.payments: list[PaymentForm] = []
        self.hint = QLabel(objectName="paymentsHint", wordWrap=True)
        self.add = QPushButton(objectName="addPayment")
        self.edit = QPushButton(objectName="editPayment")
        self.delete = QPushButton(objectName="deletePayment")
        self.table = QTableWidget(0, 3, self, objectName="paymentTable")
        configure_table(self.table, WIDTHS)
        self.total = QLabel(objectName="totalReceived")
        self.result = GrantResultBox(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(button_row((self.add, self.edit, self.delete)))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.result)
        layout.addLayout(bottom)
        self.add.clicked.connect(self.add_payment)
        self.edit.clicked.connect(self.edit_payment)
        self.delete.clicked.connect(self.delete_payment)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_payment)
        self.table.activated.connect(lambda _index: self.edit_payment())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Reload the payments and the result."""
        result = None
        self.payments = []
        if self._ready():
            self.payments = receipts.list_payments(self.workspace.db, self.grant_id)
            result = budget.grant_result(self.workspace.db, self.grant_id)
        self.result.show_result(result)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.payments))
        for number, payment in enumerate(self.payments):
            texts = (format_date(payment.received_on),
                     format_money(payment.amount, self.currency), payment.note)
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(number, column, cell)
        total = sum((p.amount or ZERO for p in self.payments), ZERO)
        self.total.setText(self.tr("Total received: {amount}").format(
            amount=format_money(total, self.currency)) if self._ready() else "")
        if not self._ready():
            hint = self.tr("Save the application first; then record here the grant money the "
                           "funder pays.")
        elif not self.payments:
            hint = self.tr("No payments received yet. Record each tranche the funder pays "
                           "with “Add payment…”.")
        else:
            hint = ""
        show_message(self.hint, hint)
        self._update_enabled()

    def current_payment(self) -> PaymentForm | None:
        """The selected payment."""
        return selected_item(self.table, self.payments)

    def _update_enabled(self) -> None:
        self.add.setEnabled(self._ready())
        selected = self._ready() and self.current_payment() is not None
        self.edit.setEnabled(selected)
        self.delete.setEnabled(selected)

    # -- actions -------------------------------------------------------------------------

    def add_payment(self) -> None:
        """Open the editor for a new payment, dated today."""
        if self._ready():
            self._edit(PaymentForm(self.grant_id, received_on=self.workspace.today()))

    def edit_payment(self) -> None:
        """Open the editor of the selected payment."""
        current = self.current_payment()
        if current is not None:
            self._edit(current)

    def _edit(self, form: PaymentForm) -> None:
        self._open_editor(PaymentEditor(form, self.currency, self),
                          lambda changed: receipts.save_payment(self.workspace.db, changed))

    def delete_payment(self) -> None:
        """Delete the selected payment after asking."""
        current = self.current_payment()
        if current is None or current.id is None:
            return
        ask_then_write(
            self, self.tr("Delete payment"),
            self.tr("Delete the payment of {amount} received on {date}?").format(
                amount=format_money(current.amount, self.currency),
                date=format_date(current.received_on)),
            lambda: receipts.delete_payment(self.workspace.db, current.id, current.version),
            self._written,
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add.setText(self.tr("&Add payment…"))
        self.add.setToolTip(self.tr("Record a tranche of grant money received"))
        self.edit.setText(self.tr("&Change…"))
        self.delete.setText(self.tr("&Delete…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Received on"), self.tr("Amount"), self.tr("Note")])
        fit_header_texts(self.table)
        self._fill()
        self.result.retranslate_ui()
