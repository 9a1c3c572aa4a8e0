"""The grant overview of a year: the grant list's applications of that year, amounts and
totals as the services give them, the next deadline, and a vector chart by funder."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from partnerdesk.dto import GrantRow
from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue, charts
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import grant_reports, grants
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {
    "de": {"Grant overview {year}": "Förderübersicht {year}", "Requested": "Beantragt",
           "Page {page} of {pages}": "Seite {page} von {pages}", "Submitted": "Eingereicht"},
    "ru": {"Grant overview {year}": "Обзор грантов {year}", "Requested": "Запрошено",
           "Page {page} of {pages}": "Страница {page} из {pages}", "Submitted": "Подана"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}
YEAR = 2026


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).replace("\xa0", " ").split())


def fill_colours(pdf: bytes) -> set[str]:
    """The fill colours (`r g b rg`) set in the PDF's page content."""
    content = "".join(page.get_contents().get_data().decode("latin-1")
                      for page in PdfReader(io.BytesIO(pdf)).pages)
    return set(re.findall(r"(\S+ \S+ \S+) rg", content))


def rg(colour) -> str:
    """How ReportLab writes `colour` as a fill colour."""
    return fp_str(colour.red, colour.green, colour.blue)


def _overview(db, language: str, year: int = YEAR) -> tuple[bytes, list[str]]:
    pdf = catalogue.generate(db, catalogue.ReportRequest("grant-overview", language, year=year),
                             fake_translator, today=TODAY)
    return pdf, pdf_pages(pdf)


@pytest.mark.parametrize("code", ["de", "ru", "en"])
def test_the_applications_of_the_year_with_their_amounts_and_totals(demo, code):
    rows = grants.list_grants(demo, year=YEAR)
    others = [g for g in grants.list_grants(demo) if g.id not in {r.id for r in rows}]
    assert len(rows) == 2 and others  # the demo has one application of another year
    pdf, pages = _overview(demo, code)
    text, language = _flat(pages), ReportLanguage.of(code, fake_translator)
    money = lambda amount: language.money(amount).replace("\xa0", " ")  # noqa: E731
    assert PAGE[code].format(n=len(pages)) in pages[0]
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    assert {"de": "Förderübersicht 2026", "ru": "Обзор грантов 2026",
            "en": "Grant overview 2026"}[code] in text
    assert {"de": "Eingereicht", "ru": "Подана", "en": "Submitted"}[code] in text
    for row in rows:
        assert row.file_reference in text
        assert money(row.amount_requested) in text
        assert row.next_milestone.title in text and language.date(row.next_milestone.due_on) \
            in text
    assert all(other.title not in text for other in others)
    (totals,) = grant_reports.grant_overview(demo, YEAR).totals
    assert totals.requested == sum((r.amount_requested for r in rows), Decimal("0.00"))
    assert totals.received == sum((r.amount_received for r in rows), Decimal("0.00"))
    assert " ".join(money(v) for v in (totals.requested, totals.approved, totals.received)) \
        in text


@pytest.mark.parametrize("code", ["de", "ru", "en"])
def test_a_vector_chart_of_the_money_by_funder(demo, code):
    pdf, pages = _overview(demo, code)
    text = _flat(pages)
    heading = text.index("Grant money by funder (EUR)")
    requested = {"de": "Beantragt", "ru": "Запрошено", "en": "Requested"}[code]
    assert requested in text[heading:]  # the legend, in the report's language
    assert "2.000" in text[heading:] or "2 000" in text[heading:] or "2,000" in text[heading:]
    colours = fill_colours(pdf)
    assert {rg(charts.PALETTE[0]), rg(charts.PALETTE[1]), rg(charts.PALETTE[2])} <= colours
    assert "Helvetica" not in " ".join(pdf_fonts(pdf))


def test_funders_are_summed_per_currency():
    def row(funder: str, currency: str, requested: str, approved: str | None,
            received: str) -> GrantRow:
        return GrantRow(1, "T", funder, "", "", "approved", currency, Decimal(requested),
                        Decimal(approved) if approved else None, Decimal(received),
                        Decimal("0.00"), Decimal("0.00"), None)

    totals = grant_reports.money_totals([row("A", "EUR", "100.00", "80.00", "40.00"),
                                         row("B", "EUR", "50.50", None, "0.00"),
                                         row("C", "PLN", "900.00", "900.00", "900.00")])
    assert [(t.currency, t.requested, t.approved, t.received) for t in totals] == [
        ("EUR", Decimal("150.50"), Decimal("80.00"), Decimal("40.00")),
        ("PLN", Decimal("900.00"), Decimal("900.00"), Decimal("900.00"))]


def test_an_empty_year_and_a_missing_year(demo):
    text = _flat(_overview(demo, "en", 1999)[1])
    assert "No grant applications for 1999." in text
    with pytest.raises(UserError, match="Choose the year"):
        catalogue.generate(demo, catalogue.ReportRequest("grant-overview"), fake_translator)
