"""The annual report: the year's exchanges, participants by side / age band / gender,
participant-days, grants won and partner towns, as `services.annual` counts them, with two
vector charts; every language; Cyrillic town names as written."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from partnerdesk.reports import catalogue, charts
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import annual
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages
from tests.reports.test_grant_overview import fill_colours, rg
from tests.services.test_money_exact import float_uses

FAKE = {
    "de": {"Annual report {year}": "Jahresbericht {year}", "Home town": "Heimatstadt",
           "Page {page} of {pages}": "Seite {page} von {pages}", "Partner town": "Partnerstadt"},
    "ru": {"Annual report {year}": "Годовой отчёт {year}", "Home town": "Наш город",
           "Page {page} of {pages}": "Страница {page} из {pages}",
           "Partner town": "Город-партнёр"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}
YEAR = 2026
PACKAGE = Path(__file__).resolve().parents[2] / "partnerdesk"


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).replace("\xa0", " ").split())


def _report(db, language: str, year: int = YEAR) -> tuple[bytes, list[str]]:
    pdf = catalogue.generate(db, catalogue.ReportRequest("annual-report", language, year=year),
                             fake_translator, today=TODAY)
    return pdf, pdf_pages(pdf)


@pytest.mark.parametrize("code", ["de", "ru", "en"])
def test_the_year_in_figures(demo, code):
    figures = annual.annual_report(demo, YEAR)
    pdf, pages = _report(demo, code)
    text, language = _flat(pages), ReportLanguage.of(code, fake_translator)
    assert PAGE[code].format(n=len(pages)) in pages[0]
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    assert {"de": "Jahresbericht 2026", "ru": "Годовой отчёт 2026",
            "en": "Annual report 2026"}[code] in text
    held = sum(1 for e in figures.exchanges if e.status != "cancelled")
    assert (f"{held} {figures.participants} {figures.people} {figures.participant_days} "
            in text)
    for exchange in figures.exchanges:
        assert exchange.title in text
        assert language.period(exchange.start_date, exchange.end_date) in text
    sides = " ".join(str(figures.by_side[s]) for s in ("home", "partner"))
    assert f"Total {sides} {figures.participant_days}" in text  # the exchanges' total row
    assert f"Total {sides} {figures.participants}" in text  # the age bands' total row
    for grant in figures.grants:
        assert grant.title in text
        assert language.money(grant.amount_approved).replace("\xa0", " ") in text


def test_partner_towns_in_the_readers_script(demo):
    de, ru = _flat(_report(demo, "de")[1]), _flat(_report(demo, "ru")[1])
    assert "Nowoberjosowsk (Новоберёзовск)" in de and "Krasnoklinsk (Красноклинск)" in de
    assert "Новоберёзовск (Nowoberjosowsk)" in ru and "Красноклинск (Krasnoklinsk)" in ru
    assert "Resting since 01.03.2022" in de and "Active since 01.09.2024" in de


@pytest.mark.parametrize("code", ["de", "ru", "en"])
def test_two_vector_charts_with_legends_in_the_reports_language(demo, code):
    pdf, pages = _report(demo, code)
    text = _flat(pages)
    home = {"de": "Heimatstadt", "ru": "Наш город", "en": "Home town"}[code]
    charts_start = text.index("Participants per year by side")
    assert text[charts_start:].count(home) >= 2  # the legends of both charts
    assert all(str(year) in text[charts_start:] for year in range(YEAR - 4, YEAR + 1))
    assert {rg(charts.PALETTE[0]), rg(charts.PALETTE[1])} <= fill_colours(pdf)


def test_an_empty_year(demo):
    text = _flat(_report(demo, "en", 1999)[1])
    assert "No exchanges in 1999." in text and "No grant was approved for 1999." in text


def float_conversions(source: str) -> list[int]:
    """Lines where `source` turns a value into a float: `float(…)` or `float` passed on."""
    tree = ast.parse(source)
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call) and (
        getattr(node.func, "id", "") == "float"
        or any(getattr(arg, "id", "") == "float" for arg in node.args))]


def test_floats_stay_inside_the_chart_drawing():
    def source(module: str) -> str:
        return (PACKAGE / module).read_text(encoding="utf-8")

    for module in ("services/grant_reports.py", "services/annual.py", "dto/annual.py"):
        assert float_uses(source(module)) == [], module
    for module in ("reports/financial_statement.py", "reports/receipts.py",
                   "reports/grant_overview.py", "reports/annual_report.py"):
        # sizes and widths in points may be floats; no figure ever becomes one
        assert float_conversions(source(module)) == [], module
    assert float_conversions(source("reports/charts.py"))  # here, for the bars' geometry
