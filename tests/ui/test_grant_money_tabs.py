"""The grant workspace's Budget, Receipts and Payments tabs, standalone on the demo database:
lines, totals, share and balance; receipts in roubles; the refusal to delete a line with
receipts; the day-rate calculator; payments and the result."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from partnerdesk import i18n
from partnerdesk.services import budget, day_rate, grants, receipts
from partnerdesk.ui.dialogs.grant_workspace.budget_tab import BudgetTab
from partnerdesk.ui.dialogs.grant_workspace.payments_tab import PaymentsTab
from partnerdesk.ui.dialogs.grant_workspace.receipts_tab import ReceiptsTab
from partnerdesk.ui.widgets.money import UNREADABLE, format_percent, parse_rate, rate_text


def _grant(workspace, status: str):
    return next(row for row in grants.list_grants(workspace.db) if row.status == status)


def _tab(qtbot, kind, workspace, status: str):
    tab = kind(workspace)
    qtbot.addWidget(tab)
    tab.set_grant(_grant(workspace, status).id, "EUR")
    tab.show()
    return tab


def _texts(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _row_of(table, text: str, column: int = 1) -> int:
    return next(row for row in range(table.rowCount()) if table.item(row, column).text() == text)


@pytest.fixture
def yes(monkeypatch) -> list[str]:
    """Answer Yes to every question; collect the warnings shown."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warnings.append(text))
    return warnings


def test_rates_and_percentages_are_read_and_shown_without_float():
    assert parse_rate("98,45") == Decimal("98.45")
    assert parse_rate("1.085") == Decimal("1.085")  # one point: a decimal point, not thousands
    assert parse_rate("1.234,567891") == Decimal("1234.567891")
    assert parse_rate("0,0000001") is UNREADABLE  # more than six decimals
    assert parse_rate("abc") is UNREADABLE and parse_rate(" ") is None
    assert rate_text(Decimal("96.834500")) == "96,8345" and rate_text(Decimal("98")) == "98,00"
    assert format_percent(Decimal("53.905")) == "53.91%"  # English UI, half-up
    assert format_percent(None) == ""


def test_an_unsaved_application_says_what_to_do(qtbot, demo_workspace):
    for kind in (BudgetTab, ReceiptsTab, PaymentsTab):
        tab = kind(demo_workspace)
        qtbot.addWidget(tab)
        tab.set_grant(None, "EUR")
        assert "Save the application first" in tab.hint.text()
        assert not any(button.isEnabled() for button in tab.findChildren(type(tab.edit)))


def test_the_demo_plan_shows_totals_share_balance_and_result(qtbot, qapp, demo_workspace):
    tab = _tab(qtbot, BudgetTab, demo_workspace, "funds_received")
    plan = tab.plan
    costs = tab.cost_table
    assert costs.rowCount() == len(plan.cost_lines) + 1
    travel = _texts(costs, 0)
    assert travel[0] == "Travel" and travel[1] == plan.cost_lines[0].description
    line = plan.cost_lines[0]
    assert travel[4] == f"€{line.actual:,.2f}"
    assert travel[5] == format_percent((line.actual * 100 / line.planned).quantize(Decimal(
        "0.01")))
    total = _texts(costs, costs.rowCount() - 1)
    assert total[0] == "Total" and total[2] == f"€{plan.costs.planned:,.2f}"
    assert "actual" in tab.checks.share.text() and "%" in tab.checks.share.text()
    assert tab.checks.balances["actual"].text() == "Actual: costs and income balance"
    assert "#1b7f3b" in tab.checks.balances["actual"].styleSheet()  # green
    result = budget.grant_result(demo_workspace.db, tab.grant_id)
    assert tab.result.values[4].text() == f"€{result.received:,.2f}"

    i18n.install(qapp, "de")  # a language switch shows the amounts the German way
    QCoreApplication.processEvents()
    german = f"{line.planned:,.2f}".translate(str.maketrans(",.", ".,"))
    assert _texts(costs, 0)[2] == f"{german}\xa0€"
    assert tab.result.values[4].text().endswith("\xa0€")


def test_adding_lines_updates_totals_share_and_balance(qtbot, demo_workspace):
    tab = _tab(qtbot, BudgetTab, demo_workspace, "draft")
    assert "No budget lines yet" in tab.hint.text()
    writes = []
    demo_workspace.sig_data_changed.connect(lambda: writes.append(1))

    def add(side: str, category: str, text: str, planned: str) -> None:
        (tab.add_cost if side == "cost" else tab.add_income).click()
        editor = tab.dialog
        editor.category.set_value(category)
        editor.description.setText(text)
        editor.planned.setText(planned)
        editor.buttons.accepted.emit()
        assert tab.dialog is None or not tab.dialog.isVisible()

    add("cost", "travel", "Bus Zielonów – Mühlenstedt", "1.000,00")
    assert _texts(tab.cost_table, 0)[:3] == ["Travel", "Bus Zielonów – Mühlenstedt", "€1,000.00"]
    assert _texts(tab.cost_table, 1)[2] == "€1,000.00"
    assert tab.checks.balances["planned"].text() == (
        "Planned: income is €1,000.00 short of the costs")
    assert "#b3261e" in tab.checks.balances["planned"].styleSheet()  # red

    add("income", "own_share", "Eigenmittel", "400")
    add("income", "this_grant", "Zuwendung", "600,00")
    assert tab.income_table.rowCount() == 3
    assert _texts(tab.income_table, 2)[2] == "€1,000.00"
    assert tab.checks.balances["planned"].text() == "Planned: costs and income balance"
    assert "planned 60.00%" in tab.checks.share.text()
    assert len(writes) == 3

    tab.cost_table.selectRow(0)  # change a line: the plan is out of balance again
    tab.edit.click()
    tab.dialog.planned.setText("1.100")
    tab.dialog.buttons.accepted.emit()
    assert tab.checks.balances["planned"].text() == (
        "Planned: income is €100.00 short of the costs")
    assert "planned 54.55%" in tab.checks.share.text()


def test_an_unreadable_amount_keeps_the_editor_open(qtbot, demo_workspace):
    tab = _tab(qtbot, BudgetTab, demo_workspace, "draft")
    tab.add_cost.click()
    editor = tab.dialog
    editor.planned.setText("zwölf")
    editor.buttons.accepted.emit()
    assert editor.isVisible() and "1.234,50" in editor.message.text()
    assert editor.planned.text() == "zwölf"
    assert tab.cost_table.rowCount() == 1  # only the totals row


def test_deleting_a_line_with_receipts_is_refused_with_the_reason(qtbot, demo_workspace, yes):
    tab = _tab(qtbot, BudgetTab, demo_workspace, "funds_received")
    line = next(line for line in tab.plan.cost_lines if line.receipts)
    tab.cost_table.selectRow(tab.plan.cost_lines.index(line))
    tab.delete.click()
    assert yes == [f"This budget line cannot be deleted while receipts are booked to it "
                   f"({line.receipts}). Book them to another line or delete them first."]
    assert any(row.id == line.id for row in tab.plan.cost_lines)
    assert _row_of(tab.cost_table, line.description) >= 0

    empty = next(row for row in tab.plan.income_lines if not row.receipts)  # this grant
    tab.income_table.selectRow(tab.plan.income_lines.index(empty))
    assert tab.current_line() == empty and not tab.cost_table.selectedItems()
    tab.delete.click()
    assert all(row.id != empty.id for row in tab.plan.income_lines)
    assert len(yes) == 1


def test_a_rouble_receipt_shows_its_converted_amount(qtbot, demo_workspace):
    tab = _tab(qtbot, ReceiptsTab, demo_workspace, "submitted")
    assert "No receipts yet" in tab.hint.text()
    tab.add.click()
    editor = tab.dialog
    assert editor.number.text() == "given when saved"
    editor.counterparty.setText("ООО «Волга-Тур»")
    editor.purpose.setText("Bus Jaroslawl")
    travel = next(line for line in tab.lines if line.category == "travel")
    editor.line.set_value(travel.id)
    editor.foreign.setChecked(True)
    editor.original_amount.setText("18.450,00")
    editor.original_currency.setCurrentText("RUB")
    editor.rate.setText("96,8345")
    assert editor.converted.text() == "= €190.53"  # 18450 ÷ 96.8345 = 190.5313…
    assert editor.amount.text() == "190,53" and editor.amount.isReadOnly()
    assert editor.rate_unit.text() == "RUB per 1 EUR"
    assert "roubles per 1 euro: 98,45" in editor.rate.toolTip()
    assert editor.rate_date.value() == editor.issued_on.value()
    editor.buttons.accepted.emit()

    assert tab.status.text() == "Receipt no. 1 saved"
    row = _texts(tab.table, 0)
    assert row[0] == "1" and row[2] == "ООО «Волга-Тур»"
    assert row[5] == "€190.53" and row[6] == "₽18,450.00" and row[7] == "96.8345 RUB/EUR"
    assert tab.totals.text().startswith("1 receipt") and "costs €190.53" in tab.totals.text()
    stored = receipts.list_receipts(demo_workspace.db, tab.grant_id)[0]
    assert (stored.amount, stored.exchange_rate) == (Decimal("190.53"), Decimal("96.8345"))

    budget_tab = _tab(qtbot, BudgetTab, demo_workspace, "submitted")
    number = _row_of(budget_tab.cost_table, travel.description)
    assert _texts(budget_tab.cost_table, number)[4] == "€190.53"
    assert budget_tab.plan.cost_lines[number].receipts == 1


def test_receipts_are_numbered_and_listed_with_totals(qtbot, demo_workspace, yes):
    tab = _tab(qtbot, ReceiptsTab, demo_workspace, "submitted")
    tab.add.click()
    editor = tab.dialog
    editor.counterparty.setText("Busreisen Köhler GmbH")
    editor.amount.setText("350")
    editor.save_next.click()  # stays open for the next receipt, same date and line
    assert editor.isVisible() and "no. 1 was saved" in editor.number.text()
    assert editor.counterparty.text() == "" and editor.amount.text() == ""
    editor.counterparty.setText("Kanuverleih")
    editor.amount.setText("")
    editor.buttons.accepted.emit()  # no amount: refused, input kept
    assert editor.isVisible() and "must not be 0" in editor.message.text()
    assert editor.counterparty.text() == "Kanuverleih"
    editor.amount.setText("120,50")
    editor.buttons.accepted.emit()
    assert tab.status.text() == "Receipt no. 2 saved"
    assert [_texts(tab.table, n)[0] for n in range(tab.table.rowCount())] == ["1", "2"]
    assert tab.totals.text().startswith("2 receipt") and "costs €470.50" in tab.totals.text()

    tab.table.selectRow(0)
    tab.delete.click()
    assert [_texts(tab.table, n)[0] for n in range(tab.table.rowCount())] == ["2"]
    assert "costs €120.50" in tab.totals.text()


def test_the_day_rate_calculator_fills_the_grant_line(qtbot, demo_workspace):
    tab = _tab(qtbot, BudgetTab, demo_workspace, "submitted")
    suggested = day_rate.suggest_day_rate(demo_workspace.db, tab.grant_id)
    tab.day_rate.click()
    dialog = tab.dialog
    assert dialog.participants.value() == suggested.participants
    assert dialog.days.value() == suggested.programme_days
    assert dialog.rate.text() == f"{suggested.rate:.2f}".replace(".", ",")
    dialog.participants.setValue(12)
    dialog.days.setValue(6)
    dialog.rate.setText("30")
    assert dialog.result.text() == "12 × 6 × €30.00 = €2,160.00"
    assert dialog.line.currentData() == next(
        line.id for line in tab.plan.income_lines if line.category == "this_grant")
    dialog.fill.click()
    row = _row_of(tab.income_table, "This grant", 0)
    assert _texts(tab.income_table, row)[2] == "€2,160.00"
    assert "12 × 6 × 30.00 EUR" in _texts(tab.income_table, row)[1]


def test_the_day_rate_calculator_can_add_a_new_grant_line(qtbot, demo_workspace):
    tab = _tab(qtbot, BudgetTab, demo_workspace, "draft")
    tab.day_rate.click()
    dialog = tab.dialog
    assert dialog.line.count() == 1 and dialog.line.currentText().startswith("A new income")
    dialog.participants.setValue(8)
    dialog.days.setValue(5)
    dialog.rate.setText("15,00")
    dialog.fill.click()
    assert [line.category for line in tab.plan.income_lines] == ["this_grant"]
    assert _texts(tab.income_table, 0)[:3] == ["This grant", "8 × 5 × 15.00 EUR", "€600.00"]


def test_payments_change_the_result(qtbot, demo_workspace, yes):
    tab = _tab(qtbot, PaymentsTab, demo_workspace, "funds_received")
    result = budget.grant_result(demo_workspace.db, tab.grant_id)
    assert tab.table.rowCount() == 2
    assert tab.total.text() == f"Total received: €{result.received:,.2f}"
    assert result.repayment == result.outstanding == 0
    assert tab.result.verdict.text().startswith("Received and entitled match")

    tab.add.click()
    editor = tab.dialog
    editor.amount.setText("100")
    editor.note.setText("3. Rate")
    editor.buttons.accepted.emit()
    assert tab.total.text() == f"Total received: €{result.received + 100:,.2f}"
    assert tab.result.verdict.text() == "Surplus to repay: €100.00"
    assert "#b3261e" in tab.result.verdict.styleSheet()

    first = tab.payments[0]
    tab.table.selectRow(0)
    tab.delete.click()
    assert tab.result.verdict.text() == (
        f"Still outstanding (to request): €{first.amount - 100:,.2f}")
    assert len(receipts.list_payments(demo_workspace.db, tab.grant_id)) == 2

    budget_tab = _tab(qtbot, BudgetTab, demo_workspace, "funds_received")
    assert budget_tab.result.verdict.text() == tab.result.verdict.text()
    assert budget_tab.checks.balances["actual"].text().startswith("Actual: income is")
