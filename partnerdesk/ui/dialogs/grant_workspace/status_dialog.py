"""A small dialog for the next status step of an application: only the steps the workflow
allows, the date (today by default), a note, and for *partly approved* the amount granted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from partnerdesk.dto.grants import GrantForm
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField
from partnerdesk.ui.dialogs.editor_base import EditorDialog
from partnerdesk.ui.formatting import format_money
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit

AMOUNT_STATUSES = ("partly_approved",)
"""Steps that ask for the amount granted."""


@dataclass(frozen=True)
class StatusRequest:
    """The step the user asks for."""

    status: str
    on: date | None
    note: str
    amount_approved: Decimal | None


class StatusDialog(EditorDialog):
    """Choose the next status; `sig_submitted` hands a `StatusRequest` on."""

    def __init__(self, form: GrantForm, allowed: tuple[str, ...], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.form_ = form
        self.allowed = allowed
        self.current = QLabel(objectName="current")
        self.status = ChoiceCombo(objectName="status")
        self.status.set_choices([(labels.label(labels.GRANT_STATUS, value), value)
                                 for value in allowed])
        self.day = DateField(optional=False)
        self.day.set_value(today)
        self.note = QLineEdit(objectName="note")
        self.amount = MoneyEdit()
        self.amount.setObjectName("amount")
        self.amount.setMaximumWidth(140)
        self.amount.set_value(form.amount_approved)
        self.amount_hint = QLabel(objectName="amountHint", wordWrap=True)
        self.rows = self.caption_rows(
            (self.current, self.status, self.day, self.note, self.amount))
        self.rows.addRow("", self.amount_hint)
        self.lay_out(self.rows)
        self.status.currentIndexChanged.connect(lambda _i: self._update_amount())
        self.resize(460, self.sizeHint().height())
        self.retranslate_ui()

    def _update_amount(self) -> None:
        shown = self.status.value() in AMOUNT_STATUSES
        self.rows.setRowVisible(self.amount, shown)
        self.rows.setRowVisible(self.amount_hint, shown)

    def request(self) -> StatusRequest | None:
        """The step as entered (None, with a message shown, when the amount is unreadable)."""
        status = str(self.status.value() or "")
        amount = self.amount.value() if status in AMOUNT_STATUSES else None
        if amount is UNREADABLE:
            self.show_problem(self.tr("Type the amount as 1.234,50."))
            return None
        return StatusRequest(status, self.day.value(), self.note.text().strip(), amount)

    def submit(self) -> None:
        """Ask for the step to be taken."""
        request = self.request()
        if request is not None and request.status:
            self.sig_submitted.emit(request)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Change status"))
        self.current.setText(labels.label(labels.GRANT_STATUS, self.form_.status))
        self.status.set_choices([(labels.label(labels.GRANT_STATUS, value), value)
                                 for value in self.allowed])
        self.set_captions((self.tr("Current status"), self.tr("&New status"), self.tr("&On"),
                           self.tr("N&ote"), self.tr("Amount &approved")))
        self.note.setPlaceholderText(self.tr("e.g. letter of 12.03., file number"))
        self.captions[2].setToolTip(self.tr("When it happened (not in the future, not before "
                                            "the last step)"))
        requested = format_money(self.form_.amount_requested, self.form_.currency)
        self.amount_hint.setText(
            self.tr("Less than the amount requested ({amount}).").format(amount=requested)
            if requested else "")
        self._update_amount()
