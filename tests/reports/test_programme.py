"""The programme report: every language, bilingual titles, page x of y, embedded fonts."""

from __future__ import annotations

import pytest

from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue, styles
from partnerdesk.reports.texts import ReportLanguage, untranslated
from partnerdesk.services import exchanges, programme
from tests.reports.conftest import pdf_fonts, pdf_pages

FAKE = {"de": {"Programme": "Programm", "Page {page} of {pages}": "Seite {page} von {pages}"},
        "ru": {"Programme": "Программа", "Page {page} of {pages}": "Страница {page} из {pages}"}}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _youth(db):
    return next(row for row in exchanges.list_exchanges(db) if row.kind == "youth_exchange"
                and programme.list_items(db, row.id))


@pytest.mark.parametrize("language", ["de", "ru", "en", "de+ru"])
def test_programme_in_every_language(demo, language):
    exchange = _youth(demo)
    items = programme.list_items(demo, exchange.id)
    request = catalogue.ReportRequest("programme", language, exchange_id=exchange.id)
    pdf = catalogue.generate(demo, request, fake_translator)
    pages = pdf_pages(pdf)
    text = "\n".join(pages)
    assert exchange.title in text
    assert all(item.title in text.replace("\n", " ") for item in items[:5])
    expected = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}",
                "de+ru": "Seite 1 von {n} / Страница 1 из {n}"}[language]
    assert expected.format(n=len(pages)) in pages[0]
    native = [item.title_native for item in items if item.title_native]
    if language == "de":
        assert native[0] not in text  # the German reader gets the German titles only
    else:
        assert native[0].split()[0] in text  # Cyrillic extracted as written
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)


def test_bilingual_headings_carry_both_languages(demo):
    exchange = _youth(demo)
    pdf = catalogue.generate(demo, catalogue.ReportRequest("programme", "de+ru",
                                                             exchange_id=exchange.id),
                             fake_translator)
    assert "Programm / Программа" in pdf_pages(pdf)[0]


def test_unknown_report_language_and_missing_exchange_are_user_errors(demo):
    with pytest.raises(UserError, match="no report named"):
        catalogue.generate(demo, catalogue.ReportRequest("nonsense"), fake_translator)
    with pytest.raises(UserError, match="available in"):
        catalogue.generate(demo, catalogue.ReportRequest("programme", "fr", exchange_id=1),
                           fake_translator)
    with pytest.raises(UserError, match="Choose the exchange"):
        catalogue.generate(demo, catalogue.ReportRequest("programme"), fake_translator)
    with pytest.raises(UserError, match="no exchange with the id 9999"):
        catalogue.generate(demo, catalogue.ReportRequest("programme", exchange_id=9999),
                           fake_translator)


def test_the_bundled_font_draws_every_script_we_print():
    assert styles.has_glyphs("ÄÖÜäöüß ąćęłńóśźż œçéèêàîôû ёЁйЙщЩъыэюя іїєґ „“ «» – € №")
    assert not styles.has_glyphs("₽")  # roubles are printed as RUB


def test_money_and_dates_per_language():
    from datetime import date
    from decimal import Decimal

    amount, day = Decimal("1234.5"), date(2026, 3, 7)
    de = ReportLanguage.of("de", lambda c: untranslated)
    ru = ReportLanguage.of("ru", lambda c: untranslated)
    en = ReportLanguage.of("en", lambda c: untranslated)
    assert de.money(amount) == "1.234,50\u00a0€"
    assert ru.money(amount, "RUB") == "1\u00a0234,50\u00a0RUB"
    assert en.money(-amount) == "-€1,234.50"
    assert (de.date(day), ru.date(day), en.date(day)) == ("07.03.2026", "07.03.2026",
                                                          "7 Mar 2026")


def test_names_in_the_script_the_reader_needs():
    de = ReportLanguage.of("de", lambda c: untranslated)
    ru = ReportLanguage.of("ru", lambda c: untranslated)
    assert de.name("Iwanowa, Olga", "Иванова, Ольга") == "Iwanowa, Olga (Иванова, Ольга)"
    assert ru.name("Iwanowa, Olga", "Иванова, Ольга") == "Иванова, Ольга (Iwanowa, Olga)"
    assert ru.name("Müller, Jana", "") == "Müller, Jana"
    assert de.name("", "Иванова, Ольга") == "Иванова, Ольга"


@pytest.mark.parametrize(("language", "page_one"), [("de", "Seite 1 von"),
                                                     ("ru", "Страница 1 из"),
                                                     ("de+ru", "Seite 1 von")])
def test_the_real_catalogues_translate_the_reports(demo, language, page_one):
    from partnerdesk.i18n import translator_for

    exchange = _youth(demo)
    request = catalogue.ReportRequest("programme", language, exchange_id=exchange.id)
    first = pdf_pages(catalogue.generate(demo, request, translator_for))[0]
    assert page_one in first
    if language == "ru":
        assert "Программа" in first and "Молодёжный обмен" in first
