"""The financial statement: the plan's figures exactly as `budget` computes them, the head,
the result, the signature block of the board members who sign; every language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue
from partnerdesk.reports.financial_statement import percent_text
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import budget, grant_reports, grants
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {
    "de": {"Financial statement": "Verwendungsnachweis", "Surplus to repay": "Rückzahlung",
           "Page {page} of {pages}": "Seite {page} von {pages}", "Travel": "Reisekosten"},
    "ru": {"Financial statement": "Финансовый отчёт", "Surplus to repay": "К возврату",
           "Page {page} of {pages}": "Страница {page} из {pages}", "Travel": "Проезд"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _language(code: str) -> ReportLanguage:
    return ReportLanguage.of(code, fake_translator)


def _flat(pages: list[str]) -> str:
    """The text of all pages on one line, non-breaking spaces as spaces."""
    return " ".join(" ".join(pages).replace("\xa0", " ").split())


def _money(language: ReportLanguage, amount: Decimal) -> str:
    return language.money(amount).replace("\xa0", " ")


def past_grant(db):
    """The demo's application with receipts and money received."""
    return next(row for row in grants.list_grants(db) if row.amount_received > 0)


def _statement(db, grant_id: int, language: str) -> tuple[bytes, list[str]]:
    pdf = catalogue.generate(db, catalogue.ReportRequest(
        "financial-statement", language, grant_id=grant_id), fake_translator, today=TODAY)
    return pdf, pdf_pages(pdf)


@pytest.mark.parametrize("code", ["de", "ru", "en"])
def test_the_figures_are_the_plans_and_the_results(demo, code):
    grant = past_grant(demo)
    plan, result = budget.budget_plan(demo, grant.id), budget.grant_result(demo, grant.id)
    pdf, pages = _statement(demo, grant.id, code)
    text, language = _flat(pages), _language(code)
    assert PAGE[code].format(n=len(pages)) in pages[0]
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    assert {"de": "Verwendungsnachweis", "ru": "Финансовый отчёт",
            "en": "Financial statement"}[code] in pages[0]
    for totals in (plan.costs, plan.income):
        row = " ".join(_money(language, value) for value in (
            totals.planned, totals.approved, totals.actual))
        assert row in text
    for line in plan.cost_lines + plan.income_lines:
        share = grant_reports.line_percent(line.actual, line.planned, line.approved)
        assert (f"{_money(language, line.actual)} "
                f"{percent_text(share, language).replace(chr(160), ' ')}") in text
        assert line.description in text
    for amount in (result.received, result.entitled, result.other_income):
        assert _money(language, amount) in text
    shares = " / ".join(percent_text(value, language).replace("\xa0", " ") for value in (
        plan.grant_share_planned, plan.grant_share_approved, plan.grant_share_actual))
    assert shares in text
    assert {"de": "Reisekosten", "ru": "Проезд", "en": "Travel"}[code] in text


def test_the_head_names_funder_programme_file_reference_exchange_and_period(demo):
    grant = past_grant(demo)
    header = grant_reports.grant_header(demo, grant.id)
    text = _flat(_statement(demo, grant.id, "de")[1])
    language = _language("de")
    for value in (header.funder, header.programme, header.file_reference,
                  header.exchanges[0].title,
                  language.period(header.period_start, header.period_end)):
        assert value in text


def test_the_signature_block_names_the_board_members_who_sign(demo):
    grant = past_grant(demo)
    pages = _statement(demo, grant.id, "de")[1]
    last = _flat(pages[-1:])
    assert "Mühlenstedt," in last and "Place, date" in last
    assert "Dr. Ursula Krüger, Vorsitzende" in last and "Jörg Weißenfels, Schatzmeister" in last
    assert "Anja Hoßfeld" not in last  # on the board, but she does not sign
    assert last.count("Signature") == 2


def test_payments_outside_the_plan_and_a_repayment_are_shown(sample, db):
    # the sample grant: no `this_grant` line, 1,000.00 received, 123.45 spent, nothing approved
    plan, result = budget.budget_plan(db, sample["grant"]), budget.grant_result(db, sample["grant"])
    assert plan.unplanned_payments == Decimal("1000.00") and result.repayment > 0
    text = _flat(_statement(db, sample["grant"], "de")[1])
    assert "Grant money received (no line in the plan) 1.000,00 €" in text
    assert f"Rückzahlung {_money(_language('de'), result.repayment)}" in text
    assert "Stiftung Brücken" in text and "Anna Schmidt" in text


def test_percentages_and_their_edge_cases():
    assert grant_reports.line_percent(Decimal("50.00"), Decimal("200.00"), None) == Decimal("25.0")
    assert grant_reports.line_percent(Decimal("50.00"), Decimal("200.00"),
                                      Decimal("100.00")) == Decimal("50.0")
    assert grant_reports.line_percent(Decimal("1.00"), Decimal("0.00"), None) is None
    assert grant_reports.percent(Decimal("2.00"), Decimal("3.00")) == Decimal("66.7")
    assert percent_text(Decimal("66.7"), _language("de")) == "66,7\u00a0%"
    assert percent_text(Decimal("66.7"), _language("en")) == "66.7%"
    assert percent_text(None, _language("ru")) == ""


def test_a_missing_or_vanished_grant_is_a_user_error(demo):
    with pytest.raises(UserError, match="Choose the grant application"):
        catalogue.generate(demo, catalogue.ReportRequest("financial-statement"),
                           fake_translator)
    with pytest.raises(UserError, match="no longer exists"):
        catalogue.generate(demo, catalogue.ReportRequest("financial-statement", grant_id=9999),
                           fake_translator)
