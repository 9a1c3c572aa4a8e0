"""A small dialog for one participation: role, side, status, attendance and fees.

It only collects the changes; the *Participants* tab saves them through the service and
keeps the dialog open (with the service's message) when saving fails.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import (
    ChoiceCombo,
    DateField,
    error_label,
    show_message,
    vocabulary_choices,
)
from partnerdesk.ui.widgets.money import amount_text, parse_amount


class ParticipantEditor(QDialog):
    """Role, side, status, arrival, departure, fee due and paid of one participant."""

    sig_submitted = Signal(object)
    """The user asks to save these changes (a dict for `update_participation`)."""

    def __init__(self, row: ParticipantRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantEditor")
        self.row = row
        self.role = ChoiceCombo(objectName="role")
        self.role.set_choices(vocabulary_choices(labels.PARTICIPATION_ROLE))
        self.side = ChoiceCombo(objectName="side")
        self.side.set_choices(vocabulary_choices(labels.SIDE))
        self.status = ChoiceCombo(objectName="status")
        self.status.set_choices(vocabulary_choices(labels.PARTICIPATION_STATUS))
        self.arrives = DateField()
        self.departs = DateField()
        self.fee_due = QLineEdit(objectName="feeDue")
        self.fee_paid = QLineEdit(objectName="feePaid")
        self.message = error_label("message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        self.captions = [QLabel() for _ in range(7)]
        for caption, widget in zip(self.captions, (
                self.role, self.side, self.status, self.arrives, self.departs,
                self.fee_due, self.fee_paid), strict=True):
            form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.role.set_value(row.role)
        self.side.set_value(row.side)
        self.status.set_value(row.status)
        self.arrives.set_value(row.arrives_on)
        self.departs.set_value(row.departs_on)
        self.fee_due.setText(amount_text(row.fee_due))
        self.fee_paid.setText(amount_text(row.fee_paid))
        self.retranslate_ui()

    def changes(self) -> dict[str, object]:
        """The fields that differ from the row."""
        values = {
            "role": self.role.value(), "side": self.side.value(), "status": self.status.value(),
            "arrives_on": self.arrives.value(), "departs_on": self.departs.value(),
            "fee_due": parse_amount(self.fee_due.text()),
            "fee_paid": parse_amount(self.fee_paid.text()),
        }
        return {name: value for name, value in values.items()
                if value != getattr(self.row, name)}

    def submit(self) -> None:
        """Ask for the changes to be saved (or just close when there are none)."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.sig_submitted.emit(changes)

    def show_problem(self, text: str) -> None:
        """Show why saving failed; the input stays."""
        show_message(self.message, text)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Participant – {name}").format(name=self.row.name))
        texts = (self.tr("&Role"), self.tr("&Side"), self.tr("S&tatus"), self.tr("&Arrives"),
                 self.tr("&Departs"), self.tr("Fee &due"), self.tr("Fee &paid"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        for field in (self.fee_due, self.fee_paid):
            field.setPlaceholderText(self.tr("e.g. 150,00"))
        self.arrives.setToolTip(self.tr("Empty: from the start of the exchange"))
        self.departs.setToolTip(self.tr("Empty: until the end of the exchange"))
