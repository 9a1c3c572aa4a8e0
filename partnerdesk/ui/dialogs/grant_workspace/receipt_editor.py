"""The dialog for one receipt (Beleg): date, payee or payer, purpose, budget line, amount,
paid on, and — when paid in another currency — original amount, currency, rate and the
date of the rate, with the amount in the grant's currency converted live (half-up).

The rate is quoted as units of the other currency per one unit of the grant's currency
(roubles per 1 euro, e.g. 98,45), as banks and the demo data quote it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from partnerdesk.dto.grants import BudgetLineRow, ReceiptForm
from partnerdesk.messages import UserError
from partnerdesk.services import receipts
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField
from partnerdesk.ui.dialogs.editor_base import EditorDialog
from partnerdesk.ui.formatting import format_money
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit, RateEdit

CURRENCIES = ("RUB", "UAH", "BYN", "PLN", "CZK", "USD", "GBP", "CHF", "EUR")


def line_text(category: str, description: str) -> str:
    """A budget line as the receipt lists show it: category – description."""
    label = labels.label(labels.BUDGET_CATEGORY, category)
    return f"{label} – {description}" if description else label


class ReceiptEditor(EditorDialog):
    """Edit a receipt; `sig_submitted` hands the `ReceiptForm` on for saving. With
    *Save and next* (`keep_open`) the dialog stays open for the next receipt."""

    def __init__(self, form: ReceiptForm, lines: list[BudgetLineRow], currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptEditor")
        self.original = form
        self.currency = currency
        self.keep_open = False
        self.number = QLabel(objectName="number")
        self.issued_on = DateField(optional=False)
        self.counterparty = QLineEdit(objectName="counterparty")
        self.purpose = QLineEdit(objectName="purpose")
        self.line = ChoiceCombo(objectName="budgetLine")
        self.line.set_choices([(line_text(line.category, line.description), line.id)
                               for line in lines if line.category != "this_grant"])
        self.amount = MoneyEdit()
        self.amount.setObjectName("amount")
        self.paid_on = DateField()
        self.foreign = QGroupBox(objectName="foreign", checkable=True)
        self.original_amount = MoneyEdit()
        self.original_amount.setObjectName("originalAmount")
        self.original_currency = QComboBox(objectName="originalCurrency", editable=True)
        self.original_currency.addItems(CURRENCIES)
        self.original_currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rate = RateEdit()
        self.rate.setObjectName("rate")
        self.rate_unit = QLabel(objectName="rateUnit")
        self.rate_date = DateField(optional=False)
        self.converted = QLabel(objectName="converted")
        self.save_next = QPushButton(objectName="saveNext")
        self.buttons.addButton(self.save_next, QDialogButtonBox.ButtonRole.ActionRole)
        main = self.caption_rows((self.number, self.issued_on, self.counterparty, self.purpose,
                                  self.line, self.amount, self.paid_on))
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_unit)
        foreign = QFormLayout(self.foreign)
        for buddy, item in ((self.original_amount, self.original_amount),
                            (self.original_currency, self.original_currency),
                            (self.rate, rate_row), (self.rate_date, self.rate_date),
                            (self.converted, self.converted)):
            caption = QLabel()
            caption.setBuddy(buddy)
            foreign.addRow(caption, item)
            self.captions.append(caption)
        self.lay_out(main, self.foreign)
        self._show_form(form)
        self.foreign.toggled.connect(self._foreign_toggled)
        for edit in (self.original_amount, self.rate):
            edit.textChanged.connect(self._update_converted)
        self.original_currency.currentTextChanged.connect(self._update_rate_unit)
        self.save_next.clicked.connect(lambda: self.submit(keep_open=True))
        self.resize(520, self.sizeHint().height())
        self.retranslate_ui()

    def _show_form(self, form: ReceiptForm) -> None:
        self.issued_on.set_value(form.issued_on)
        self.counterparty.setText(form.counterparty)
        self.purpose.setText(form.purpose)
        self.line.set_value(form.budget_line_id)
        self.amount.set_value(form.amount)
        self.paid_on.set_value(form.paid_on)
        self.foreign.setChecked(bool(form.original_currency))
        self.original_amount.set_value(form.original_amount)
        self.original_currency.setCurrentText(form.original_currency or next(
            code for code in CURRENCIES if code != self.currency))
        self.rate.set_value(form.exchange_rate)
        self.rate_date.set_value(form.rate_date)
        self.amount.setReadOnly(self.foreign.isChecked())

    def converted_amount(self) -> Decimal | None:
        """The original amount in the grant's currency (None until both figures are read)."""
        original, rate = self.original_amount.value(), self.rate.value()
        if (original is None or rate is None or original is UNREADABLE or rate is UNREADABLE
                or rate <= 0):
            return None
        try:
            return receipts.convert(original, rate)
        except (ArithmeticError, UserError):
            return None

    def _foreign_toggled(self, on: bool) -> None:
        self.amount.setReadOnly(on)
        if on and self.rate_date.value() is None:
            self.rate_date.set_value(self.issued_on.value())
        self._update_converted()

    def _update_converted(self) -> None:
        amount = self.converted_amount()
        if amount is None:
            self.converted.setText(self.tr("Type the original amount and the rate"))
        else:
            self.converted.setText(f"= {format_money(amount, self.currency)}")
        if self.foreign.isChecked():
            self.amount.set_value(amount)

    def _update_rate_unit(self) -> None:
        foreign = self.original_currency.currentText().strip().upper() or "…"
        self.rate_unit.setText(self.tr("{foreign} per 1 {currency}").format(
            foreign=foreign, currency=self.currency))

    def form(self) -> ReceiptForm | None:
        """The receipt as entered (None, with a message shown, when an amount or the rate
        is unreadable)."""
        line = self.line.value()
        values = dataclasses.replace(
            self.original, issued_on=self.issued_on.value(),
            counterparty=self.counterparty.text().strip(), purpose=self.purpose.text().strip(),
            budget_line_id=line if isinstance(line, int) else None,
            paid_on=self.paid_on.value())
        if not self.foreign.isChecked():
            amount = self.amount.value()
            if amount is UNREADABLE:
                self.show_problem(self.tr("Type the amount as 1.234,50."))
                return None
            return dataclasses.replace(values, amount=amount, original_amount=None,
                                       original_currency="", exchange_rate=None,
                                       rate_date=None)
        original, rate = self.original_amount.value(), self.rate.value()
        if original is UNREADABLE or rate is UNREADABLE:
            self.show_problem(self.tr(
                "Type the original amount as 18.450,00 and the rate as 98,45 (at most six "
                "decimals)."))
            return None
        return dataclasses.replace(
            values, amount=self.converted_amount(), original_amount=original,
            original_currency=self.original_currency.currentText().strip().upper(),
            exchange_rate=rate, rate_date=self.rate_date.value())

    def submit(self, keep_open: bool = False) -> None:
        """Ask for the receipt to be saved (and, with `keep_open`, to start the next one)."""
        form = self.form()
        if form is not None:
            self.keep_open = keep_open
            self.sig_submitted.emit(form)

    def start_next(self, saved_number: int) -> None:
        """After a save: a new receipt on the same day, line, currency and rate."""
        form = self.form() or self.original
        self.original = ReceiptForm(
            form.grant_id, budget_line_id=form.budget_line_id, issued_on=form.issued_on,
            paid_on=form.paid_on, original_currency=form.original_currency,
            exchange_rate=form.exchange_rate, rate_date=form.rate_date)
        self._show_form(self.original)
        self.retranslate_ui()
        self.show_problem("")
        self.number.setText(self.tr("given when saved (no. {number} was saved)").format(
            number=saved_number))
        self.counterparty.setFocus()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New receipt") if self.original.id is None
                            else self.tr("Receipt no. {number}").format(
                                number=self.original.number))
        self.number.setText(self.tr("given when saved") if self.original.number is None
                            else str(self.original.number))
        texts = (self.tr("No."), self.tr("&Date"), self.tr("Pa&yee / payer"),
                 self.tr("&Purpose"), self.tr("&Budget line"),
                 self.tr("&Amount ({currency})"), self.tr("Paid o&n"),
                 self.tr("&Original amount"), self.tr("C&urrency"), self.tr("&Rate"),
                 self.tr("Rate &of"), self.tr("In {currency}"))
        self.set_captions(texts, currency=self.currency)
        self.foreign.setTitle(self.tr("Paid in another &currency"))
        self.foreign.setToolTip(self.tr(
            "For receipts paid abroad, e.g. in roubles: the amount in {currency} is "
            "computed from the rate and rounded to the cent").format(currency=self.currency))
        self.rate.setToolTip(self.tr(
            "Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45"
        ).format(currency=self.currency))
        self.rate_date.setToolTip(self.tr("The day the rate applies to (e.g. of the bank "
                                          "statement or the exchange receipt)"))
        self.counterparty.setToolTip(self.tr("Who was paid (costs) or who paid (income)"))
        self.line.setToolTip(self.tr("The line of the cost and financing plan this receipt "
                                     "counts for"))
        self.paid_on.setToolTip(self.tr("Empty while the receipt is not paid yet"))
        self.save_next.setText(self.tr("Save and &next"))
        self.save_next.setToolTip(self.tr(
            "Save this receipt and start the next one with the same date, line and rate"))
        self._update_rate_unit()
        self._update_converted()
