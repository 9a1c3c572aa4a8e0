"""A small dialog for one participation: role, side, status, attendance and fees.

It only collects the changes; the *Participants* tab saves them through the service and
keeps the dialog open (with the service's message) when saving fails.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField, vocabulary_choices
from partnerdesk.ui.dialogs.editor_base import ChangesEditor
from partnerdesk.ui.widgets.money import amount_text, parse_amount


class ParticipantEditor(ChangesEditor):
    """Role, side, status, arrival, departure, fee due and paid of one participant;
    `sig_submitted` hands the changes on (a dict for `update_participation`)."""

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
        self.lay_out(self.caption_rows(
            (self.role, self.side, self.status, self.arrives, self.departs, self.fee_due,
             self.fee_paid), buddies=False))

        self.role.set_value(row.role)
        self.side.set_value(row.side)
        self.status.set_value(row.status)
        self.arrives.set_value(row.arrives_on)
        self.departs.set_value(row.departs_on)
        self.fee_due.setText(amount_text(row.fee_due))
        self.fee_paid.setText(amount_text(row.fee_paid))
        self.retranslate_ui()

    def values(self) -> dict[str, object]:
        """The fields as entered."""
        return {
            "role": self.role.value(), "side": self.side.value(), "status": self.status.value(),
            "arrives_on": self.arrives.value(), "departs_on": self.departs.value(),
            "fee_due": parse_amount(self.fee_due.text()),
            "fee_paid": parse_amount(self.fee_paid.text()),
        }

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Participant – {name}").format(name=self.row.name))
        self.set_captions((self.tr("&Role"), self.tr("&Side"), self.tr("S&tatus"),
                           self.tr("&Arrives"), self.tr("&Departs"), self.tr("Fee &due"),
                           self.tr("Fee &paid")))
        for field in (self.fee_due, self.fee_paid):
            field.setPlaceholderText(self.tr("e.g. 150,00"))
        self.arrives.setToolTip(self.tr("Empty: from the start of the exchange"))
        self.departs.setToolTip(self.tr("Empty: until the end of the exchange"))
