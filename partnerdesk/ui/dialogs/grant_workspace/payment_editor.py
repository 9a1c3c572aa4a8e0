"""A small dialog for one payment received (a tranche of grant money): date, amount, note."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.dto.grants import PaymentForm
from partnerdesk.ui.dialogs.contact_form.fields import DateField
from partnerdesk.ui.dialogs.editor_base import EditorDialog
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit


class PaymentEditor(EditorDialog):
    """Edit a payment; `sig_submitted` hands the `PaymentForm` on for saving."""

    def __init__(self, form: PaymentForm, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentEditor")
        self.original = form
        self.currency = currency
        self.received_on = DateField(optional=False)
        self.amount = MoneyEdit()
        self.amount.setObjectName("amount")
        self.note = QLineEdit(objectName="note")
        self.lay_out(self.caption_rows((self.received_on, self.amount, self.note)))
        self.received_on.set_value(form.received_on)
        self.amount.set_value(form.amount)
        self.note.setText(form.note)
        self.resize(400, self.sizeHint().height())
        self.retranslate_ui()

    def form(self) -> PaymentForm | None:
        """The payment as entered (None, with a message shown, when the amount is unreadable)."""
        amount = self.amount.value()
        if amount is UNREADABLE:
            self.show_problem(self.tr("Type the amount as 1.234,50."))
            return None
        return dataclasses.replace(self.original, received_on=self.received_on.value(),
                                   amount=amount, note=self.note.text().strip())

    def submit(self) -> None:
        """Ask for the payment to be saved."""
        form = self.form()
        if form is not None:
            self.sig_submitted.emit(form)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New payment received") if self.original.id is None
                            else self.tr("Payment received"))
        self.set_captions((self.tr("&Received on"), self.tr("&Amount ({currency})"),
                           self.tr("&Note")), currency=self.currency)
        self.note.setPlaceholderText(self.tr("e.g. 1st tranche"))
        self.amount.setToolTip(self.tr("The amount credited to the association's account"))
