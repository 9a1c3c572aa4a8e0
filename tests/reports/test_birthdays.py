"""The birthday list: every language, by month and day, the age each person turns."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.domain import Contact
from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue
from partnerdesk.services import contact_reports
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {"de": {"Birthdays {year}": "Geburtstage {year}", "January": "Januar",
               "Page {page} of {pages}": "Seite {page} von {pages}"},
        "ru": {"Birthdays {year}": "Дни рождения {year}", "January": "Январь",
               "Page {page} of {pages}": "Страница {page} из {pages}"}}


def fake_translator(language: str):
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _birthdays(db, language: str = "de", **request) -> list[str]:
    pdf = catalogue.generate(db, catalogue.ReportRequest("birthdays", language, **request),
                             fake_translator, today=TODAY)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    return pdf_pages(pdf)


@pytest.mark.parametrize("language", ["de", "ru", "en"])
def test_birthdays_in_every_language(demo, language):
    pages = _birthdays(demo, language, year=2026)
    text = "\n".join(pages)
    found = contact_reports.birthdays(demo, 2026)
    assert len(found) > 100
    assert {"de": "Geburtstage 2026", "ru": "Дни рождения 2026", "en": "Birthdays 2026"}[
        language] in pages[0]
    assert f"Birthdays: {len(found)}" in pages[0]
    assert {"de": "Januar", "ru": "Январь", "en": "January"}[language] in pages[0]
    expected = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}
    assert expected[language].format(n=len(pages)) in pages[0]
    russian = next(b for b in found if b.addressee.family_name_native)
    person = russian.addressee
    latin = f"{person.given_name} {person.family_name}"
    native = f"{person.given_name_native} {person.family_name_native}"
    name = f"{native} ({latin})" if language == "ru" else f"{latin} ({native})"
    assert name in text  # Cyrillic as written, in the reader's script first
    day = date(2026, russian.month, russian.day)
    shown = f"{day.day} {day:%b} 2026" if language == "en" else f"{day:%d.%m.%Y}"
    assert f"{shown} {name} {russian.turns}" in text.replace("\n", " ")


def test_by_month_and_day_with_the_age_they_turn(demo):
    found = contact_reports.birthdays(demo, 2027)
    assert [(b.month, b.day) for b in found] == sorted((b.month, b.day) for b in found)
    assert all(b.turns == 2027 - b.addressee.birth_date.year for b in found)
    assert all(b.addressee.kind == "person" for b in found)
    text = "\n".join(_birthdays(demo, "en", options=(("year", "2027"),)))
    assert "Birthdays 2027" in text
    first = found[0]
    assert first.addressee.family_name in text.split("February")[0]


def test_born_on_29_february_and_people_without_birth_date(demo):
    with demo.unit() as session:
        leap = session.get(Contact, contact_reports.select_contacts(demo)[1].id)
        leap.birth_date = date(2004, 2, 29)
        session.commit()
        leap_id = leap.id
    found = {b.addressee.id: b for b in contact_reports.birthdays(demo, 2026)}
    assert (found[leap_id].month, found[leap_id].day, found[leap_id].turns) == (2, 29, 22)
    text = "\n".join(_birthdays(demo, "de", year=2026, contact_ids=(leap_id,)))
    assert "28.02.2026" in text and "29.02.2004" in text
    organisation = next(p for p in contact_reports.select_contacts(demo)
                        if p.kind == "organisation")
    text = "\n".join(_birthdays(demo, "en", year=2026, contact_ids=(organisation.id,)))
    assert "None of the chosen people has a birth date." in text


def test_bad_year_is_a_user_error(demo):
    with pytest.raises(UserError, match="year must be a number"):
        _birthdays(demo, options=(("year", "nächstes"),))
