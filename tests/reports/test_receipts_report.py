"""The list of receipts: per side in date order, foreign currency on a second line, grant
payments, totals that match the plan's actual amounts; every language; long lists cut."""

from __future__ import annotations

import pytest

from partnerdesk.reports import catalogue
from partnerdesk.reports import receipts as receipts_report
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import budget, grant_reports, receipts
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages
from tests.reports.test_financial_statement import past_grant

FAKE = {
    "de": {"List of receipts": "Belegliste", "Page {page} of {pages}": "Seite {page} von {pages}",
           "Costs": "Ausgaben"},
    "ru": {"List of receipts": "Реестр документов", "Costs": "Расходы",
           "Page {page} of {pages}": "Страница {page} из {pages}"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).replace("\xa0", " ").split())


def _list(db, grant_id: int, language: str) -> tuple[bytes, list[str]]:
    pdf = catalogue.generate(db, catalogue.ReportRequest("receipts", language,
                                                         grant_id=grant_id),
                             fake_translator, today=TODAY)
    return pdf, pdf_pages(pdf)


@pytest.mark.parametrize("code", ["de", "ru", "en"])
def test_every_receipt_and_totals_matching_the_plan(demo, code):
    grant = past_grant(demo)
    plan = budget.budget_plan(demo, grant.id)
    rows = receipts.list_receipts(demo, grant.id)
    pdf, pages = _list(demo, grant.id, code)
    text, language = _flat(pages), ReportLanguage.of(code, fake_translator)
    money = lambda amount: language.money(amount).replace("\xa0", " ")  # noqa: E731
    assert PAGE[code].format(n=len(pages)) in pages[0]
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    assert {"de": "Belegliste", "ru": "Реестр документов", "en": "List of receipts"}[code] in text
    assert {"de": "Ausgaben", "ru": "Расходы", "en": "Costs"}[code] in text
    for row in rows:
        assert f"{money(row.amount)} {language.date(row.paid_on)}" in text
        assert row.purpose.split(",")[0] in text
    assert "Кафе «Берёзка»" in text and "ООО «Волга-Тур»" in text  # Cyrillic as written
    assert "Краеведческий" in text
    listed = grant_reports.receipt_list(demo, grant.id)
    assert listed.cost_total == plan.costs.actual
    assert listed.income_total + listed.payments_total == plan.income.actual
    assert listed.balance == plan.actual_difference
    assert f"Total {money(plan.costs.actual)}" in text
    for payment in receipts.list_payments(demo, grant.id):
        assert f"{language.date(payment.received_on)} {payment.note} {money(payment.amount)}" \
            in text
    assert f"{money(plan.income.actual)} " in text  # income in total
    assert f"{money(plan.actual_difference)} " in text  # the balance


def test_a_foreign_currency_receipt_shows_amount_currency_rate_and_date(demo):
    grant = past_grant(demo)
    rouble = next(r for r in receipts.list_receipts(demo, grant.id) if r.original_currency)
    text = _flat(_list(demo, grant.id, "de")[1])
    original = f"{rouble.original_amount:,.2f}".replace(",", " ").replace(".", ",").replace(
        " ", ".")
    rate = format(rouble.exchange_rate.normalize(), "f").replace(".", ",")
    assert (f"Paid in RUB: {original} RUB · rate 1 € = {rate} RUB of "
            f"{rouble.rate_date.strftime('%d.%m.%Y')}") in text


def test_receipts_are_listed_by_date_per_side(demo):
    grant = past_grant(demo)
    listed = grant_reports.receipt_list(demo, grant.id)
    assert listed.costs and listed.income
    assert [r.issued_on for r in listed.costs] == sorted(r.issued_on for r in listed.costs)
    assert {r.budget_side for r in listed.costs} == {"cost"}
    text = _flat(_list(demo, grant.id, "en")[1])
    positions = [text.index(row.purpose) for row in listed.costs]
    assert positions == sorted(positions)
    assert text.index("Costs") < positions[0] < text.index("Income") < text.index(
        listed.income[0].purpose)


def test_a_long_list_is_cut_into_tables_with_one_total(demo, monkeypatch):
    monkeypatch.setattr(receipts_report, "CHUNK", 3)
    grant = past_grant(demo)
    listed = grant_reports.receipt_list(demo, grant.id)
    text = _flat(_list(demo, grant.id, "en")[1])
    assert text.count("Payee / payer") == 4 + 1  # cost side: 4 tables (11 receipts), income: 1
    assert len(listed.costs) == 11 and len(listed.income) == 3
    assert text.count("Total ") == 3  # costs, income, payments


def test_an_application_without_receipts_says_so(demo):
    upcoming = next(g.id for g in grant_reports.grant_overview(demo, 2026).grants
                    if g.amount_received == 0)
    pages = _list(demo, upcoming, "en")[1]
    text = _flat(pages)
    assert text.count("No receipts.") == 2 and "No grant money received yet." in text
    assert "Balance (income − costs) €0.00" in text
