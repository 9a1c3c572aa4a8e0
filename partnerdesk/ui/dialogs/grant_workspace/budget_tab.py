"""The grant workspace's *Budget* tab: the cost and financing plan.

A table of costs and one of income (planned, approved, actual, % of planned used, totals),
the grant's share of the costs, the balance check for planned, approved and actual amounts,
the day-rate calculator and the result (surplus to repay or amount outstanding).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from partnerdesk.dto.grants import BudgetLineForm, BudgetLineRow, BudgetPlan, DayRateInput
from partnerdesk.i18n import translate_message
from partnerdesk.messages import UserError
from partnerdesk.services import budget, day_rate
from partnerdesk.ui import labels
from partnerdesk.ui.dialogs.contact_form.fields import show_message
from partnerdesk.ui.dialogs.exchange_workspace.actions import ask_then_write
from partnerdesk.ui.dialogs.grant_workspace.budget_line_editor import BudgetLineEditor
from partnerdesk.ui.dialogs.grant_workspace.budget_views import (
    GrantResultBox,
    PlanChecks,
    PlanTable,
    decided,
)
from partnerdesk.ui.dialogs.grant_workspace.day_rate_dialog import DayRateDialog
from partnerdesk.ui.dialogs.grant_workspace.grant_tab import GrantTab
from partnerdesk.ui.dialogs.workspace_tab import button_row


class BudgetTab(GrantTab):
    """The cost and financing plan of one application, with its checks and result
    (`sig_written`: a budget line was saved or deleted)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.plan: BudgetPlan | None = None
        self.hint = QLabel(objectName="budgetHint", wordWrap=True)
        self.edit = QPushButton(objectName="editLine")
        self.delete = QPushButton(objectName="deleteLine")
        self.day_rate = QPushButton(objectName="dayRate")
        self.cost_caption, self.income_caption = QLabel(), QLabel()
        self.add_cost = QPushButton(objectName="addCostLine")
        self.add_income = QPushButton(objectName="addIncomeLine")
        self.cost_table = PlanTable("costTable", self)
        self.income_table = PlanTable("incomeTable", self)
        self.checks = PlanChecks(self)
        self.result = GrantResultBox(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(button_row((self.edit, self.delete, self.day_rate)))
        for caption, add, table in ((self.cost_caption, self.add_cost, self.cost_table),
                                    (self.income_caption, self.add_income, self.income_table)):
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            caption.setBuddy(table)
            row = QHBoxLayout()
            row.addWidget(caption)
            row.addStretch(1)
            row.addWidget(add)
            layout.addLayout(row)
            layout.addWidget(table, 1)
            table.activated.connect(lambda _index: self.edit_line())
            table.itemSelectionChanged.connect(
                lambda table=table: self._selection_changed(table))
            QShortcut(QKeySequence.StandardKey.Delete, table, self.delete_line)
        summary = QHBoxLayout()
        summary.addWidget(self.checks, 1)
        summary.addWidget(self.result)
        layout.addLayout(summary)
        self.add_cost.clicked.connect(lambda: self.add_line("cost"))
        self.add_income.clicked.connect(lambda: self.add_line("income"))
        self.edit.clicked.connect(self.edit_line)
        self.delete.clicked.connect(self.delete_line)
        self.day_rate.clicked.connect(self.open_day_rate)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Reload the plan and the result."""
        self.plan, result = None, None
        if self._ready():
            self.plan = budget.budget_plan(self.workspace.db, self.grant_id)
            result = budget.grant_result(self.workspace.db, self.grant_id)
        self.result.show_result(result)
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        if plan is None:
            self.cost_table.show_lines((), None, self.currency, False)
            self.income_table.show_lines((), None, self.currency, False)
        else:
            self.cost_table.show_lines(plan.cost_lines, plan.costs, plan.currency, decided(plan))
            self.income_table.show_lines(plan.income_lines, plan.income, plan.currency,
                                         decided(plan))
        self.checks.show_plan(plan)
        if not self._ready():
            hint = self.tr("Save the application first; then plan its costs and financing "
                           "here.")
        elif plan is not None and not plan.cost_lines and not plan.income_lines:
            hint = self.tr("No budget lines yet. Add the costs (travel, board, programme …) "
                           "and how they are financed (own share, fees, grants).")
        else:
            hint = ""
        show_message(self.hint, hint)
        self._update_enabled()

    def _selection_changed(self, table: PlanTable) -> None:
        if table.selectionModel().hasSelection():  # one line at a time, in either table
            other = self.income_table if table is self.cost_table else self.cost_table
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_enabled()

    def current_line(self) -> BudgetLineRow | None:
        """The selected line, in either table."""
        return self.cost_table.current_line() or self.income_table.current_line()

    def select_line(self, line_id: int) -> None:
        """Select the line `line_id` (after it was saved)."""
        if not self.cost_table.select_line(line_id):
            self.income_table.select_line(line_id)

    def _update_enabled(self) -> None:
        ready = self._ready()
        for button in (self.add_cost, self.add_income, self.day_rate):
            button.setEnabled(ready)
        selected = ready and self.current_line() is not None
        self.edit.setEnabled(selected)
        self.delete.setEnabled(selected)

    # -- actions -------------------------------------------------------------------------

    def add_line(self, side: str) -> None:
        """Open the editor for a new line on `side` ("cost" or "income")."""
        if self._ready():
            category = "travel" if side == "cost" else "own_share"
            self._edit(BudgetLineForm(self.grant_id, side=side, category=category))

    def edit_line(self) -> None:
        """Open the editor of the selected line."""
        line = self.current_line()
        if line is not None and self.grant_id is not None:
            self._edit(BudgetLineForm(
                self.grant_id, id=line.id, side=line.side, category=line.category,
                description=line.description, planned=line.planned, approved=line.approved,
                version=line.version))

    def _edit(self, form: BudgetLineForm) -> None:
        self._open_editor(BudgetLineEditor(form, self.currency, self),
                          lambda changed: budget.save_budget_line(self.workspace.db, changed),
                          lambda saved: self.select_line(saved[0]))

    def delete_line(self) -> None:
        """Delete the selected line after asking (the service refuses while receipts are
        booked to it, and says why)."""
        line = self.current_line()
        if line is None:
            return
        name = line.description or labels.label(labels.BUDGET_CATEGORY, line.category)
        ask_then_write(
            self, self.tr("Delete budget line"),
            self.tr("Delete the line “{line}” from the cost and financing plan?").format(
                line=name),
            lambda: budget.delete_budget_line(self.workspace.db, line.id, line.version),
            self._written,
        )

    def open_day_rate(self) -> None:
        """Open the day-rate calculator, prefilled from the exchanges and the funder."""
        if not self._ready() or self.plan is None:
            return
        problem = ""
        try:
            figures = day_rate.suggest_day_rate(self.workspace.db, self.grant_id)
        except UserError as exc:  # no profile or no rate: the user types the figures
            problem = translate_message(exc)
            zero = Decimal("0.00")
            figures = DayRateInput(0, 0, zero, self.currency, zero)
        dialog = DayRateDialog(figures, list(self.plan.income_lines), self)
        dialog.show_problem(problem)
        self._open_editor(dialog, lambda line_id, chosen: day_rate.apply_day_rate(
            self.workspace.db, self.grant_id, line_id, chosen),
            lambda filled: self.select_line(filled[0]))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.edit.setText(self.tr("&Change line…"))
        self.delete.setText(self.tr("&Delete line…"))
        self.day_rate.setText(self.tr("Day-&rate calculator…"))
        self.day_rate.setToolTip(self.tr(
            "Participants × programme days × daily rate of the funder profile; can fill "
            "the line “This grant”"))
        self.cost_caption.setText(self.tr("Cos&ts"))
        self.income_caption.setText(self.tr("&Income (financing)"))
        self.add_cost.setText(self.tr("Add c&ost line…"))
        self.add_income.setText(self.tr("Add i&ncome line…"))
        self._fill()
