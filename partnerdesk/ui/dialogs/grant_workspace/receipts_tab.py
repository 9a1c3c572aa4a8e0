"""The grant workspace's *Receipts* tab: the numbered list of receipts (Belegliste) with
foreign-currency details, totals per side, and adding, changing or deleting a receipt."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import BudgetLineRow, ReceiptForm, ReceiptRow
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import budget, receipts
from partnerdesk.ui.dialogs.contact_form.fields import show_message
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.grant_workspace.grant_tab import GrantTab
from partnerdesk.ui.dialogs.grant_workspace.receipt_editor import ReceiptEditor, line_text
from partnerdesk.ui.dialogs.workspace_tab import button_row
from partnerdesk.ui.formatting import format_date, format_money
from partnerdesk.ui.widgets.money import format_rate
from partnerdesk.ui.widgets.row_selection import select_matching, selected_item
from partnerdesk.ui.widgets.tables import configure_table, fit_header_texts

(COL_NUMBER, COL_DATE, COL_COUNTERPARTY, COL_PURPOSE, COL_LINE, COL_AMOUNT, COL_ORIGINAL,
 COL_RATE, COL_PAID) = range(9)
WIDTHS = [45, 90, 170, 220, 170, 100, 110, 130, 90]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ZERO = Decimal("0.00")


def _form(row: ReceiptRow, grant_id: int) -> ReceiptForm:
    """The editor's form of a listed receipt."""
    return ReceiptForm(
        grant_id, budget_line_id=row.budget_line_id, id=row.id, number=row.number,
        issued_on=row.issued_on, counterparty=row.counterparty, purpose=row.purpose,
        amount=row.amount, original_amount=row.original_amount,
        original_currency=row.original_currency, exchange_rate=row.exchange_rate,
        rate_date=row.rate_date, paid_on=row.paid_on, version=row.version)


class ReceiptsTab(GrantTab):
    """Receipts by number: date, payee/payer, purpose, budget line, amount (and the original
    amount, currency and rate when paid in another currency), paid on; totals per side
    (`sig_written`: a receipt was saved or deleted)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.rows: list[ReceiptRow] = []
        self.lines: list[BudgetLineRow] = []
        self.hint = QLabel(objectName="receiptsHint", wordWrap=True)
        self.status = QLabel(objectName="receiptStatus")
        self.status.setStyleSheet("color: #1b7f3b;")
        self.add = QPushButton(objectName="addReceipt")
        self.edit = QPushButton(objectName="editReceipt")
        self.delete = QPushButton(objectName="deleteReceipt")
        self.table = QTableWidget(0, len(WIDTHS), self, objectName="receiptTable")
        configure_table(self.table, WIDTHS)
        self.totals = QLabel(objectName="receiptTotals")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(button_row((self.add, self.edit, self.delete), end=(self.status,)))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.add.clicked.connect(self.add_receipt)
        self.edit.clicked.connect(self.edit_receipt)
        self.delete.clicked.connect(self.delete_receipt)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_receipt)
        self.table.activated.connect(lambda _index: self.edit_receipt())
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.retranslate_ui()

    def set_grant(self, grant_id: int | None, currency: str = "EUR") -> None:
        """Show the receipts of `grant_id` (None: the application is not saved yet)."""
        self.status.setText("")
        super().set_grant(grant_id, currency)

    def refresh(self) -> None:
        """Reload the receipts and the budget lines they can be booked to."""
        self.rows, self.lines = [], []
        if self._ready():
            db = self.workspace.db
            self.rows = receipts.list_receipts(db, self.grant_id)
            plan = budget.budget_plan(db, self.grant_id)
            self.lines = [line for line in plan.cost_lines + plan.income_lines
                          if line.category != "this_grant"]
        self._fill()

    def _fill(self) -> None:
        self.table.horizontalHeaderItem(COL_RATE).setToolTip(self.tr(
            "Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45"
        ).format(currency=self.currency))
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            for column, text in enumerate(self._texts(row)):
                cell = QTableWidgetItem(text)
                if column in (COL_NUMBER, COL_AMOUNT, COL_ORIGINAL, COL_RATE):
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(number, column, cell)
            if row.rate_date is not None:
                self.table.item(number, COL_RATE).setToolTip(self.tr("Rate of {date}").format(
                    date=format_date(row.rate_date)))
        costs = sum((r.amount for r in self.rows if r.budget_side == "cost"), ZERO)
        income = sum((r.amount for r in self.rows if r.budget_side == "income"), ZERO)
        self.totals.setText(self.tr("%n receipt(s)", "", len(self.rows)) + " · " + self.tr(
            "costs {costs} · income {income}").format(
                costs=format_money(costs, self.currency),
                income=format_money(income, self.currency)) if self._ready() else "")
        if not self._ready():
            hint = self.tr("Save the application first; then list its receipts here.")
        elif not self.lines:
            hint = self.tr("Plan the budget lines first (tab “Budget”): every receipt is "
                           "booked to a line of the cost and financing plan.")
        elif not self.rows:
            hint = self.tr("No receipts yet. Add each invoice, ticket or cash receipt with "
                           "“Add receipt…”; it is numbered automatically.")
        else:
            hint = ""
        show_message(self.hint, hint)
        self._update_enabled()

    def _texts(self, row: ReceiptRow) -> list[str]:
        line = line_text(row.budget_category, row.budget_description)
        original = rate = ""
        if row.original_currency:
            original = format_money(row.original_amount, row.original_currency)
            rate = self.tr("{rate} {foreign}/{currency}").format(
                rate=format_rate(row.exchange_rate), foreign=row.original_currency,
                currency=self.currency)
        return [str(row.number), format_date(row.issued_on), row.counterparty, row.purpose,
                line, format_money(row.amount, self.currency), original, rate,
                format_date(row.paid_on)]

    def current_receipt(self) -> ReceiptRow | None:
        """The selected receipt."""
        return selected_item(self.table, self.rows)

    def _update_enabled(self) -> None:
        self.add.setEnabled(self._ready() and bool(self.lines))
        selected = self._ready() and self.current_receipt() is not None
        self.edit.setEnabled(selected)
        self.delete.setEnabled(selected)

    # -- actions -------------------------------------------------------------------------

    def add_receipt(self) -> None:
        """Open the editor for a new receipt (booked like the selected one, dated today)."""
        if not self._ready() or not self.lines:
            return
        current = self.current_receipt()
        line = current.budget_line_id if current else self.lines[0].id
        self._edit(ReceiptForm(self.grant_id, budget_line_id=line,
                               issued_on=self.workspace.today()))

    def edit_receipt(self) -> None:
        """Open the editor of the selected receipt."""
        current = self.current_receipt()
        if current is not None and self.grant_id is not None:
            self._edit(_form(current, self.grant_id))

    def _edit(self, form: ReceiptForm) -> None:
        editor = ReceiptEditor(form, self.lines, self.currency, self)
        editor.sig_submitted.connect(lambda changed: self._save(editor, changed))
        self._open(editor)

    def _save(self, editor: ReceiptEditor, form: ReceiptForm) -> None:
        try:
            receipt_id, number, _version = receipts.save_receipt(self.workspace.db, form)
        except UserError as exc:
            editor.show_problem(translate_message(exc))
            return
        if editor.keep_open:
            editor.start_next(number)
        else:
            editor.accept()
        self._written()
        self.status.setText(self.tr("Receipt no. {number} saved").format(number=number))
        select_matching(self.table, self.rows, receipt_id)

    def delete_receipt(self) -> None:
        """Delete the selected receipt after asking."""
        current = self.current_receipt()
        if current is None:
            return
        ask_then_write(
            self, self.tr("Delete receipt"),
            self.tr("Delete receipt no. {number} ({counterparty}, {amount})? Its number "
                    "will not be given again.").format(
                number=current.number, counterparty=current.counterparty,
                amount=format_money(current.amount, self.currency)),
            lambda: receipts.delete_receipt(self.workspace.db, current.id, current.version),
            self._written,
        )

    def _written(self) -> None:
        self.status.setText("")
        super()._written()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add.setText(self.tr("&Add receipt…"))
        self.add.setToolTip(self.tr("Record an invoice, ticket or cash receipt; it gets the "
                                    "next number"))
        self.edit.setText(self.tr("&Change…"))
        self.delete.setText(self.tr("&Delete…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Date"), self.tr("Payee / payer"), self.tr("Purpose"),
            self.tr("Budget line"), self.tr("Amount"), self.tr("Original amount"),
            self.tr("Rate"), self.tr("Paid on")])
        fit_header_texts(self.table)
        self._fill()
