"""Letters from templates: every language, one letter per contact on its own pages, the
DIN 5008 address field, page numbers per letter."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue, styles
from partnerdesk.services import contact_reports, exchanges, letters
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {"de": {"Page {page} of {pages}": "Seite {page} von {pages}", "Date": "Datum",
               "Russia": "Russland"},
        "ru": {"Page {page} of {pages}": "Страница {page} из {pages}", "Date": "Дата",
               "Russia": "Россия"}}
VISA = {"de": "Einladung für das Visum", "ru": "Приглашение для визы",
        "en": "Invitation for a visa", "de+ru": "Einladung für das Visum / Приглашение для визы"}


def fake_translator(language: str):
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _guests(db):
    """The youth exchange in Mühlenstedt and three of its Russian guests."""
    exchange = next(row for row in exchanges.list_exchanges(db) if row.kind == "youth_exchange"
                    and row.place == "Mühlenstedt")
    people = [p for p in contact_reports.select_contacts(db, search="Новоберёзовск")
              if p.family_name_native][:3]
    return exchange, people


def _letters(db, language, exchange, people, template=None) -> bytes:
    template = template or next(row.id for row in letters.list_templates(db, language)
                                if row.name == VISA[language])
    request = catalogue.ReportRequest("letter", language, exchange_id=exchange.id,
                                      contact_ids=tuple(p.id for p in people),
                                      options=(("template_id", template),))
    return catalogue.generate(db, request, fake_translator, today=TODAY)


@pytest.mark.parametrize("language", ["de", "ru", "en", "de+ru"])
def test_visa_letters_in_every_language(demo, language):
    exchange, people = _guests(demo)
    pdf = _letters(demo, language, exchange, people)
    pages = pdf_pages(pdf)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    per_letter = len(pages) // len(people)
    assert len(pages) == per_letter * len(people) and per_letter == (2 if "+" in language
                                                                     else 1)
    footer = {"de": "Seite {p} von {n}", "ru": "Страница {p} из {n}", "en": "Page {p} of {n}",
              "de+ru": "Seite {p} von {n} / Страница {p} из {n}"}[language]
    for index, person in enumerate(people):  # one letter each, numbered on its own
        first = pages[index * per_letter]
        assert footer.format(p=1, n=per_letter) in first
        assert f"{person.given_name_native} {person.family_name_native}" in first  # address
        assert f"{person.postal_code} {person.city}" in first
        body = "\n".join(pages[index * per_letter:(index + 1) * per_letter])
        opening = {"de": f"Sehr geehrte{'r Herr' if person.gender == 'male' else ' Frau'} "
                         f"{person.family_name},",
                   "ru": f"Уважаем{'ый господин' if person.gender == 'male' else 'ая госпожа'} "
                         f"{person.family_name_native},",
                   "en": f"Dear M{'r' if person.gender == 'male' else 's'} "
                         f"{person.passport_family_name or person.family_name},"}
        for code in language.split("+"):
            assert opening[code] in body
        assert exchange.title.split("„")[0] in body
        assert "Dr. Ursula Krüger\nVorsitzende" in body  # the signing board member
    country = {"de": "RUSSLAND", "ru": "РОССИЯ", "en": "RUSSIA", "de+ru": "RUSSLAND"}[language]
    assert country in pages[0]


def test_address_field_sits_where_din_5008_form_b_puts_it(demo):
    exchange, people = _guests(demo)
    pdf = _letters(demo, "de", exchange, people[:1])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, *_):  # where the text starts: the text matrix times the CTM
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.setdefault(text.strip(), (x / mm, (styles.PAGE_HEIGHT - y) / mm))

    page.extract_text(visitor_text=visit)
    name = f"{people[0].given_name_native} {people[0].family_name_native}"
    x, y = found[name]
    assert abs(x - 25) < 0.5  # the address field at 20 mm, its text on the 25 mm margin
    assert 45 + 17.7 < y < 45 + 45  # below the return-address zone, inside the field
    return_x, return_y = next(position for text, position in found.items()  # not the head
                              if text.startswith("Partnerschaftsverein") and " · " in text)
    assert 45 < return_y < 45 + 17.7 and abs(return_x - 25) < 0.5
    date_x, _ = found["21.11.2026"]
    assert abs(date_x - 125) < 0.5  # the information block


def test_without_a_template_the_first_one_in_the_language_is_used(demo):
    _, people = _guests(demo)
    request = catalogue.ReportRequest("letter", "en", contact_ids=(people[0].id,))
    text = "\n".join(pdf_pages(catalogue.generate(demo, request, fake_translator, today=TODAY)))
    assert "A message from Partnerschaftsverein Mühlenstedt" in text  # "General letter"
    assert "Your text goes here." in text


def test_wrong_language_missing_exchange_or_nobody_are_user_errors(demo):
    exchange, people = _guests(demo)
    german = next(row.id for row in letters.list_templates(demo, "de")
                  if row.name == VISA["de"])
    with pytest.raises(UserError, match="is written in"):
        _letters(demo, "ru", exchange, people, template=german)
    request = catalogue.ReportRequest("letter", "de", contact_ids=(people[0].id,),
                                      options=(("template_id", german),))
    with pytest.raises(UserError, match="fields of an exchange"):
        catalogue.generate(demo, request, fake_translator)
    with pytest.raises(UserError, match="No contacts match"):
        catalogue.generate(demo, catalogue.ReportRequest(
            "letter", "de", search="zzzzqqq", exchange_id=exchange.id,
            options=(("template_id", german),)), fake_translator)
    for row in letters.list_templates(demo, "en"):
        letters.delete_template(demo, row.id)
    with pytest.raises(UserError, match="no letter template in the language en"):
        catalogue.generate(demo, catalogue.ReportRequest("letter", "en"), fake_translator)
