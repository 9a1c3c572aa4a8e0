"""The pieces the *Budget* tab is made of: a table of one side of the cost and financing
plan, the plan's checks (the grant's share of the costs, whether costs and income balance)
and the result (surplus to repay or amount still outstanding), which the *Payments* tab
shows too."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.dto.grants import BudgetLineRow, BudgetPlan, BudgetTotals, GrantResult
from partnerdesk.ui import labels
from partnerdesk.ui.formatting import format_money
from partnerdesk.ui.widgets.money import format_percent
from partnerdesk.ui.widgets.tables import configure_table

COL_CATEGORY, COL_DESCRIPTION, COL_PLANNED, COL_APPROVED, COL_ACTUAL, COL_USED = range(6)
WIDTHS = [170, 300, 110, 110, 110, 90]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GOOD, BAD, OPEN = "color: #1b7f3b;", "color: #b3261e;", "color: #8a5300;"


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def used_percent(actual: Decimal, planned: Decimal) -> Decimal | None:
    """Actual as a percentage of planned (two decimals, half-up); None when nothing planned."""
    if not planned:
        return None
    return (actual * 100 / planned).quantize(Decimal("0.01"), ROUND_HALF_UP)


class PlanTable(QTableWidget):
    """One side of the plan: category, description, planned, approved, actual, % of planned
    used, and a bold totals row that cannot be selected."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(WIDTHS), parent)
        self.setObjectName(name)
        self.lines: tuple[BudgetLineRow, ...] = ()
        self.totals: BudgetTotals | None = None
        self.currency = "EUR"
        self.decided = False
        configure_table(self, WIDTHS)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.retranslate_ui()

    def show_lines(self, lines: tuple[BudgetLineRow, ...], totals: BudgetTotals | None,
                   currency: str, decided: bool) -> None:
        """Show `lines` and their `totals` (None: no totals row); the approved total only
        once the funder has `decided` on some line."""
        self.lines, self.totals, self.currency, self.decided = lines, totals, currency, decided
        self._fill()

    def _fill(self) -> None:
        money, lines, totals = self.currency, self.lines, self.totals
        self.setRowCount(len(lines) + (1 if totals is not None else 0))
        for number, line in enumerate(lines):
            self._set_row(number, [
                labels.label(labels.BUDGET_CATEGORY, line.category), line.description,
                format_money(line.planned, money), format_money(line.approved, money),
                format_money(line.actual, money),
                format_percent(used_percent(line.actual, line.planned))])
            if line.receipts:
                self.item(number, COL_ACTUAL).setToolTip(
                    self.tr("%n receipt(s)", "", line.receipts))
            elif line.category == "this_grant":
                self.item(number, COL_ACTUAL).setToolTip(self.tr("Payments received"))
        if totals is not None:
            self._set_row(len(lines), [
                self.tr("Total"), "", format_money(totals.planned, money),
                format_money(totals.approved, money) if self.decided else "",
                format_money(totals.actual, money),
                format_percent(used_percent(totals.actual, totals.planned))], total=True)

    def _set_row(self, number: int, texts: list[str], total: bool = False) -> None:
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if column >= COL_PLANNED:
                cell.setTextAlignment(RIGHT)
            if total:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: no line to edit
            self.setItem(number, column, cell)

    def current_line(self) -> BudgetLineRow | None:
        """The selected line (None: none, or the totals row)."""
        rows = self.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows and rows[0].row() < len(self.lines) else None

    def select_line(self, line_id: int) -> bool:
        """Select the line `line_id`; False when it is not in this table."""
        for number, line in enumerate(self.lines):
            if line.id == line_id:
                self.selectRow(number)
                self.setFocus()
                return True
        return False

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Description"), self.tr("Planned"),
            self.tr("Approved"), self.tr("Actual"), self.tr("% of planned")])
        self.horizontalHeaderItem(COL_ACTUAL).setToolTip(self.tr(
            "Receipts booked to the line; for “This grant”: the payments received"))
        self.horizontalHeaderItem(COL_APPROVED).setToolTip(self.tr(
            "The amount in the grant decision; the total counts the planned amount of a line "
            "without one"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def decided(plan: BudgetPlan) -> bool:
    """True when the funder has approved an amount for some line of `plan`."""
    return any(line.approved is not None for line in plan.cost_lines + plan.income_lines)


class PlanChecks(QWidget):
    """The grant's share in % (planned, approved, actual) and the balance check, green when
    costs and income balance, red with the difference when they do not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: BudgetPlan | None = None
        self.share = QLabel(objectName="grantShare", wordWrap=True)
        self.balances = {name: _bold(QLabel(objectName=f"{name}Balance", wordWrap=True))
                         for name in ("planned", "approved", "actual")}
        self.unplanned = QLabel(objectName="unplannedPayments", wordWrap=True)
        self.unplanned.setStyleSheet(OPEN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.share)
        for label in self.balances.values():
            layout.addWidget(label)
        layout.addWidget(self.unplanned)
        layout.addStretch(1)

    def show_plan(self, plan: BudgetPlan | None) -> None:
        """Show the checks of `plan` (None: nothing)."""
        self.plan = plan
        self.retranslate_ui()

    def balance_text(self, difference: Decimal, currency: str) -> str:
        """What an income-minus-costs `difference` means, in words."""
        if difference == 0:
            return self.tr("costs and income balance")
        amount = format_money(abs(difference), currency)
        if difference < 0:
            return self.tr("income is {amount} short of the costs").format(amount=amount)
        return self.tr("income exceeds the costs by {amount}").format(amount=amount)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        plan = self.plan
        self.setVisible(plan is not None)
        if plan is None:
            return
        self.share.setText(self.tr(
            "Share of this grant in the costs: planned {planned} · approved {approved} · "
            "actual {actual}").format(
                planned=format_percent(plan.grant_share_planned) or "–",
                approved=format_percent(plan.grant_share_approved) or "–",
                actual=format_percent(plan.grant_share_actual) or "–"))
        for name, caption, difference in (
                ("planned", self.tr("Planned"), plan.planned_difference),
                ("approved", self.tr("Approved"), plan.approved_difference),
                ("actual", self.tr("Actual"), plan.actual_difference)):
            label = self.balances[name]
            label.setVisible(name != "approved" or decided(plan))
            label.setText(f"{caption}: {self.balance_text(difference, plan.currency)}")
            label.setStyleSheet(GOOD if difference == 0 else BAD)
        self.unplanned.setText(self.tr(
            "{amount} of grant money received count as income although the plan has no line "
            "“This grant”.").format(amount=format_money(plan.unplanned_payments, plan.currency))
            if plan.unplanned_payments else "")
        self.unplanned.setVisible(bool(plan.unplanned_payments))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class GrantResultBox(QGroupBox):
    """Approved, actual costs, other income, entitled, received and the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantResult")
        self.result: GrantResult | None = None
        self.values = [QLabel() for _ in range(5)]
        self.captions = [QLabel() for _ in range(5)]
        self.verdict = _bold(QLabel(objectName="verdict", wordWrap=True))
        form = QFormLayout()
        for caption, value in zip(self.captions, self.values, strict=True):
            value.setAlignment(RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        self.retranslate_ui()

    def show_result(self, result: GrantResult | None) -> None:
        """Show `result` (None: nothing to show yet)."""
        self.result = result
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Result"))
        texts = (self.tr("Grant approved"), self.tr("Actual costs"),
                 self.tr("Other actual income"), self.tr("Grant the costs entitle to"),
                 self.tr("Grant received"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        result = self.result
        self.setVisible(result is not None)
        if result is None:
            return
        money = (result.approved, result.actual_costs, result.other_income, result.entitled,
                 result.received)
        for value, amount in zip(self.values, money, strict=True):
            value.setText(format_money(amount, result.currency))
        if result.approved is None:
            self.values[0].setText(self.tr("not decided yet (the requested amount counts)"))
        self.values[3].setToolTip(self.tr(
            "The approved grant, at most what the actual costs leave uncovered by the other "
            "actual income"))
        if result.repayment > 0:
            text, style = self.tr("Surplus to repay: {amount}").format(
                amount=format_money(result.repayment, result.currency)), BAD
        elif result.outstanding > 0:
            text, style = self.tr("Still outstanding (to request): {amount}").format(
                amount=format_money(result.outstanding, result.currency)), OPEN
        else:
            text, style = self.tr("Received and entitled match: nothing to repay, "
                                  "nothing outstanding"), GOOD
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
