"""The Consents tab: every consent with its history — given by whom, when, how, withdrawn.

Saved consents are never deleted or rewritten: they can only be withdrawn (dated), so the
history stays as it was. A consent given by a guardian names the guardian; choosing one of
the person's guardians links the contact, and the name is kept with the consent.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.contact_form import ConsentData, ContactForm, LinkData
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo, DateField
from partnerdesk.ui.dialogs.contact_form.record_editor import RecordEditor
from partnerdesk.ui.dialogs.contact_form.tab_base import FormTab
from partnerdesk.ui.formatting import format_date


class ConsentEditor(RecordEditor):
    """The consents in a table; the selected one in fields (a saved one: withdrawal only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guardians: tuple[LinkData, ...] = ()
        self.add_detail("purpose", ChoiceCombo())
        self.add_detail("given_by", ChoiceCombo())
        self.add_detail("guardian_name", QComboBox(editable=True))
        self.add_detail("given_on", DateField(optional=False))
        self.add_detail("channel", ChoiceCombo())
        self.add_detail("text_version", QLineEdit())
        self.add_detail("withdrawn_on", DateField())
        self.exchange = QLabel(wordWrap=True, objectName="exchange")
        self.exchange_label = QLabel()
        self.detail_form.addRow(self.exchange_label, self.exchange)
        self.withdraw = QPushButton(objectName="withdraw")
        self.button_row.insertWidget(1, self.withdraw)
        self.withdraw.clicked.connect(self.withdraw_current)
        self.table.itemSelectionChanged.connect(self._update_withdraw)
        self.retranslate_ui()
        self._update_withdraw()

    def purposes(self) -> dict[str, str]:
        """The purposes a consent is given for, translated."""
        return {"data_processing": self.tr("Data processing"),
                "photos": self.tr("Photos and publication"), "newsletter": self.tr("Newsletter"),
                "health_data": self.tr("Health data for a trip"),
                "minor_travel": self.tr("Travel of a minor"),
                "medical_treatment": self.tr("Medical treatment")}

    def givers(self) -> dict[str, str]:
        """Who gave a consent, translated."""
        return {"self": self.tr("The person"), "guardian": self.tr("A guardian")}

    def channels(self) -> dict[str, str]:
        """How a consent was given, translated."""
        return {"paper": self.tr("On paper"), "email": self.tr("By e-mail"),
                "form": self.tr("Online form"), "oral": self.tr("Orally")}

    def headers(self) -> list[str]:
        """The column headers."""
        return [self.tr("Purpose"), self.tr("Given by"), self.tr("Given on"),
                self.tr("Channel"), self.tr("Withdrawn on")]

    def cells(self, row: ConsentData) -> list[str]:
        """Purpose (and exchange), giver, dates, channel."""
        purpose = self.purposes().get(row.purpose, row.purpose)
        if row.exchange_title:
            purpose = f"{purpose} ({row.exchange_title})"
        giver = row.guardian_name if row.given_by == "guardian" else self.givers()["self"]
        return [purpose, giver, format_date(row.given_on),
                self.channels().get(row.channel, row.channel), format_date(row.withdrawn_on)]

    def new_row(self) -> ConsentData:
        """A consent given today, on paper, by the person."""
        return ConsentData(given_on=date.today())

    def can_remove(self, row: ConsentData) -> bool:
        """Only a consent not saved yet can be removed."""
        return row.id is None

    def can_edit(self, key: str, row: ConsentData) -> bool:
        """A saved consent can only be withdrawn; the guardian only for a guardian's."""
        if row.id is not None:
            return key == "withdrawn_on"
        return key != "guardian_name" or row.given_by == "guardian"

    def show_row(self, row: ConsentData) -> None:
        """Show the consent, and the exchange it was given for (if any)."""
        super().show_row(row)
        self.exchange.setText(row.exchange_title)
        self.exchange_label.setVisible(bool(row.exchange_title))
        self.exchange.setVisible(bool(row.exchange_title))

    def read_row(self, row: ConsentData) -> ConsentData:
        """The edited consent; a guardian's name chosen from the list links the guardian."""
        edited = super().read_row(row)
        if edited.given_by != "guardian":
            return dataclasses.replace(edited, guardian_id=None, guardian_name="")
        name = edited.guardian_name.strip()
        match = next((g.other_id for g in self.guardians if g.other_name == name), None)
        if match is None and name == row.guardian_name:
            match = row.guardian_id
        return dataclasses.replace(edited, guardian_id=match)

    def set_guardians(self, guardians: tuple[LinkData, ...]) -> None:
        """The person's guardians, offered in the guardian field."""
        self.guardians = guardians
        combo = self.detail_widgets["guardian_name"]
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([g.other_name for g in guardians])
        combo.setCurrentText(text)
        combo.blockSignals(False)

    def withdraw_current(self) -> None:
        """Date the withdrawal of the selected consent today (the date can be changed)."""
        index = self.current_index()
        if index >= 0 and self.rows[index].withdrawn_on is None:
            row = self.rows[index]
            self.replace_current(dataclasses.replace(row, withdrawn_on=date.today()))
            self.detail_widgets["withdrawn_on"].setFocus()
        self._update_withdraw()

    def row_edited(self, row: Any) -> None:
        """Keep the Withdraw button in step."""
        self._update_withdraw()

    def _update_withdraw(self) -> None:
        index = self.current_index()
        self.withdraw.setEnabled(index >= 0 and self.rows[index].withdrawn_on is None)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        super().retranslate_ui()
        if not hasattr(self, "withdraw"):
            return
        for key, text in {"purpose": self.tr("&Purpose:"), "given_by": self.tr("Given &by:"),
                          "guardian_name": self.tr("&Guardian:"),
                          "given_on": self.tr("Given &on:"), "channel": self.tr("&Channel:"),
                          "text_version": self.tr("&Text version:"),
                          "withdrawn_on": self.tr("&Withdrawn on:")}.items():
            self.detail_labels[key].setText(text)
        self.exchange_label.setText(self.tr("For the exchange:"))
        self.detail_widgets["purpose"].set_choices(
            [(text, value) for value, text in self.purposes().items()])
        self.detail_widgets["given_by"].set_choices(
            [(text, value) for value, text in self.givers().items()])
        self.detail_widgets["channel"].set_choices(
            [(text, value) for value, text in self.channels().items()])
        self.detail_widgets["guardian_name"].setToolTip(self.tr(
            "Choose one of the guardians or type the name. The name is kept with the consent."))
        self.detail_widgets["text_version"].setPlaceholderText(self.tr("e.g. form 2024-01"))
        self.add.setText(self.tr("&Add consent"))
        self.withdraw.setText(self.tr("Wit&hdraw"))
        self.withdraw.setToolTip(self.tr("Record that the consent was withdrawn (today; the "
                                         "date can be changed). The consent stays in the "
                                         "history."))
        self.remove.setText(self.tr("&Remove"))
        self.remove.setToolTip(self.tr("Only a consent not saved yet can be removed; saved "
                                       "consents are withdrawn instead."))


class ConsentsTab(FormTab):
    """The person's consents and their history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QGroupBox()
        self.consents = ConsentEditor()
        QVBoxLayout(self.box).addWidget(self.consents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.consents.sig_changed.connect(self.sig_changed.emit)
        self.retranslate_ui()

    def set_form(self, form: ContactForm) -> None:
        """Show the consents of `form` and offer its guardians."""
        self.consents.set_guardians(form.guardians)
        self.consents.set_rows(form.consents)

    def values(self) -> dict[str, Any]:
        """The consents as edited."""
        return {"consents": tuple(self.consents.rows)}

    def show_problems(self, messages: dict[str, str], rows: dict[str, dict[int, str]]) -> bool:
        """Mark the consents with problems."""
        self.consents.show_problems(rows.get("consents", {}))
        return bool(rows.get("consents"))

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Show the consent with a problem."""
        if key != "consents":
            return False
        self.consents.select_row(row or 0)
        self.consents.table.setFocus()
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.box.setTitle(self.tr("Consents (GDPR) with their history"))
