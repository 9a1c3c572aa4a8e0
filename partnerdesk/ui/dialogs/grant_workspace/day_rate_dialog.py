"""The day-rate calculator: participants × programme days × daily rate = amount, which can
fill the planned amount of a *This grant* income line (an existing one or a new one)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QSpinBox, QWidget

from partnerdesk.dto.grants import BudgetLineRow, DayRateInput
from partnerdesk.services import day_rate
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo
from partnerdesk.ui.dialogs.editor_base import EditorDialog
from partnerdesk.ui.formatting import format_money
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit


class DayRateDialog(EditorDialog):
    """Compute a grant from a daily rate; `sig_submitted(line_id, figures)` asks to fill
    the line (`line_id` None: a new *This grant* line)."""

    sig_submitted = Signal(object, object)
    """The user asks to put `figures.amount` into line `line_id` (None: a new line)."""

    def __init__(self, figures: DayRateInput, lines: list[BudgetLineRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, QDialogButtonBox.StandardButton.Cancel)
        self.setObjectName("dayRateDialog")
        self.figures = figures
        self.lines = [line for line in lines if line.category == "this_grant"]
        self.participants = QSpinBox(objectName="participants", maximum=9999)
        self.days = QSpinBox(objectName="programmeDays", maximum=366)
        self.rate = MoneyEdit()
        self.rate.setObjectName("rate")
        self.result = QLabel(objectName="result")
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.line = ChoiceCombo(objectName="line")
        self.note = QLabel(objectName="note", wordWrap=True)
        self.note.setStyleSheet("color: #5a6470;")
        self.fill = QPushButton(objectName="fillLine")
        self.buttons.addButton(self.fill, QDialogButtonBox.ButtonRole.AcceptRole)
        self.lay_out(self.note, self.caption_rows(
            (self.participants, self.days, self.rate, self.result, self.line)))
        self.participants.setValue(figures.participants)
        self.days.setValue(figures.programme_days)
        self.rate.set_value(figures.rate)
        self.participants.valueChanged.connect(self._update_result)
        self.days.valueChanged.connect(self._update_result)
        self.rate.textChanged.connect(self._update_result)
        self.resize(460, self.sizeHint().height())
        self.retranslate_ui()
        self.line.setCurrentIndex(0)  # the grant's own line when there is one

    def current_figures(self) -> DayRateInput | None:
        """The figures as entered with their amount (None when the rate is unreadable)."""
        rate = self.rate.value()
        if rate is None or rate is UNREADABLE or rate < 0:
            return None
        amount = day_rate.day_rate_amount(self.participants.value(), self.days.value(), rate)
        return dataclasses.replace(self.figures, participants=self.participants.value(),
                                   programme_days=self.days.value(), rate=rate, amount=amount)

    def _update_result(self) -> None:
        figures = self.current_figures()
        self.fill.setEnabled(figures is not None)
        if figures is None:
            self.result.setText(self.tr("Type the daily rate, e.g. 30,00"))
            return
        self.result.setText(self.tr("{participants} × {days} × {rate} = {amount}").format(
            participants=figures.participants, days=figures.programme_days,
            rate=format_money(figures.rate, figures.currency),
            amount=format_money(figures.amount, figures.currency)))

    def submit(self) -> None:
        """Ask for the chosen line to be filled with the amount."""
        figures = self.current_figures()
        if figures is None:
            self.show_problem(self.tr("Type the daily rate as an amount, e.g. 30,00."))
            return
        line = self.line.value()
        self.sig_submitted.emit(line if isinstance(line, int) else None, figures)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Day-rate calculator"))
        currency = self.figures.currency
        self.set_captions((self.tr("&Participants"), self.tr("Programme &days"),
                           self.tr("Daily &rate per participant ({currency})"),
                           self.tr("Amount"), self.tr("Budget &line")), currency=currency)
        self.participants.setToolTip(self.tr(
            "Participants of the linked exchanges who have not cancelled"))
        self.days.setToolTip(self.tr(
            "Days of the programme; the day of arrival and of departure count as one"))
        self.rate.setToolTip(self.tr("From the funder profile; check it against the "
                                     "funder's current guidelines"))
        self.note.setText(self.tr(
            "The figures come from the linked exchanges and the funder profile. Change them "
            "where the funder counts differently."))
        choices: list[tuple[str, object]] = [
            (line.description or self.tr("This grant"), line.id) for line in self.lines]
        choices.append((self.tr("A new income line “This grant”"), ""))
        self.line.set_choices(choices)
        self.line.setToolTip(self.tr("The amount becomes this line's planned amount"))
        self.fill.setText(self.tr("&Fill budget line"))
        self._update_result()
