"""Money inside finding texts reads as the UI locale writes it (German: `1.234,50 €`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from partnerdesk import i18n
from partnerdesk.dto.findings import Amount, Finding
from partnerdesk.services import exchanges
from partnerdesk.ui.dialogs.exchange_workspace import ExchangeWorkspaceDialog
from partnerdesk.ui.dialogs.exchange_workspace.findings_view import FindingsView, finding_text

TODAY = date(2025, 6, 1)  # as in tests/ui/conftest.py


def _fee_finding(amount: str, currency: str = "EUR") -> Finding:
    return Finding(
        kind="fee_open", severity="warning", exchange_id=1, exchange_title="T",
        participation_id=None, contact_id=None, subject="Wolf, Zoë", area="participants",
        message="{name} has not paid the fee of {due} yet.",
        params={"name": "Wolf, Zoë", "due": Amount(Decimal(amount), currency)}, due_on=None)


def test_findings_view_formats_amounts_for_the_ui_locale(qtbot, qapp):
    view = FindingsView()
    qtbot.addWidget(view)
    view.set_findings([_fee_finding("1234.5"), _fee_finding("99.99", "RUB")], TODAY)
    assert "€1,234.50" in view.topLevelItem(0).text(3)       # English
    i18n.install(qapp, "de")
    view.retranslate_ui()
    texts = [view.topLevelItem(row).text(3) for row in range(2)]
    assert "1.234,50\u00a0€" in texts[0] and "EUR" not in texts[0]
    assert "99,99\u00a0₽" in texts[1]
    assert _fee_finding("1234.5").render() == "Wolf, Zoë has not paid the fee of 1234.50 EUR yet."


def test_the_workspace_checks_show_fees_in_german_money(qtbot, qapp, demo_workspace):
    i18n.install(qapp, "de")
    row = next(r for r in exchanges.list_exchanges(demo_workspace.db)
               if r.kind == "youth_exchange" and r.status != "done")
    dialog = ExchangeWorkspaceDialog(demo_workspace, row.id)
    qtbot.addWidget(dialog)
    fees = [f for f in dialog.checks.findings if f.kind == "fee_open"]
    assert fees and all(isinstance(f.params["due"].value, Decimal) for f in fees)
    number = dialog.checks.findings.index(fees[0])
    shown = dialog.checks.topLevelItem(number).text(3)
    assert shown == finding_text(fees[0]) and "120,00\u00a0€" in shown
    assert "EUR" not in shown and "120.00" not in shown
