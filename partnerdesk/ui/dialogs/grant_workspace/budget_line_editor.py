"""A small dialog for one line of the cost and financing plan: category, description,
planned and approved amount. The side (costs or income) comes from where it was added."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.domain.enums import COST_CATEGORIES
from partnerdesk.dto.grants import BudgetLineForm
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import ChoiceCombo
from partnerdesk.ui.dialogs.editor_base import EditorDialog
from partnerdesk.ui.widgets.money import UNREADABLE, MoneyEdit


def category_choices(side: str) -> list[tuple[str, object]]:
    """(translated label, value) of the categories of one side, in the plan's order."""
    return [(labels.label(labels.BUDGET_CATEGORY, value), value)
            for value in labels.BUDGET_CATEGORY
            if (value in COST_CATEGORIES) == (side == "cost")]


class BudgetLineEditor(EditorDialog):
    """Edit a budget line; `sig_submitted` hands the `BudgetLineForm` on for saving."""

    def __init__(self, form: BudgetLineForm, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetLineEditor")
        self.original = form
        self.currency = currency
        self.category = ChoiceCombo(objectName="category")
        self.category.set_choices(category_choices(form.side))
        self.description = QLineEdit(objectName="description")
        self.planned = MoneyEdit()
        self.planned.setObjectName("planned")
        self.approved = MoneyEdit()
        self.approved.setObjectName("approved")
        self.lay_out(self.caption_rows(
            (self.category, self.description, self.planned, self.approved)))
        self.category.set_value(form.category)
        self.description.setText(form.description)
        self.planned.set_value(form.planned)
        self.approved.set_value(form.approved)
        self.resize(460, self.sizeHint().height())
        self.retranslate_ui()

    def form(self) -> BudgetLineForm | None:
        """The line as entered (None, with a message shown, when an amount is unreadable)."""
        planned, approved = self.planned.value(), self.approved.value()
        if planned is UNREADABLE or approved is UNREADABLE:
            self.show_problem(self.tr("Type amounts as 1.234,50 (or leave 'approved' empty)."))
            return None
        return dataclasses.replace(
            self.original, category=str(self.category.value() or self.original.category),
            description=self.description.text().strip(),
            planned=Decimal("0.00") if planned is None else planned,
            approved=approved)

    def submit(self) -> None:
        """Ask for the line to be saved."""
        form = self.form()
        if form is not None:
            self.sig_submitted.emit(form)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        cost = self.original.side == "cost"
        if self.original.id is None:
            self.setWindowTitle(self.tr("New cost line") if cost else self.tr("New income line"))
        else:
            self.setWindowTitle(self.tr("Cost line") if cost else self.tr("Income line"))
        self.set_captions((self.tr("&Category"), self.tr("&Description"),
                           self.tr("&Planned ({currency})"), self.tr("&Approved ({currency})")),
                          currency=self.currency)
        self.category.set_choices(category_choices(self.original.side))
        self.description.setPlaceholderText(
            self.tr("e.g. Bus Mühlenstedt – Berlin, 2 days") if cost
            else self.tr("e.g. Association's own funds"))
        self.planned.setToolTip(self.tr("The amount in the application"))
        self.approved.setToolTip(self.tr(
            "The amount in the grant decision; leave empty until the funder has decided"))
