"""The travel list: travellers only (the checks' rule), passport spelling, passport and visa
data as stored, warnings where a passport runs out or a visa is missing."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.dto.contact_form import PassportData
from partnerdesk.reports import catalogue, travel_list
from partnerdesk.services import (
    checks,
    contact_editing_passports,
    exchange_papers,
    exchanges,
    participants,
)
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {
    "de": {"Travel list": "Reiseliste", "Page {page} of {pages}": "Seite {page} von {pages}",
           "Issued on {issued}": "Erteilt am {issued}", "Refused": "Abgelehnt"},
    "ru": {"Travel list": "Список выезжающих",
           "Page {page} of {pages}": "Страница {page} из {pages}",
           "Issued on {issued}": "Выдана {issued}", "Refused": "Отказано"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _exchange(db, direction: str):
    return next(row for row in exchanges.list_exchanges(db)
                if row.kind == "youth_exchange" and row.direction == direction)


def _text(db, exchange_id: int, language: str = "de") -> tuple[str, int]:
    request = catalogue.ReportRequest("travel-list", language, exchange_id=exchange_id)
    pdf = catalogue.generate(db, request, fake_translator, today=TODAY)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    pages = pdf_pages(pdf)
    assert PAGE[language].format(n=len(pages)) in pages[0]
    return " ".join(" ".join(pages).split()), len(pages)


def _travellers(db, exchange_id: int):
    papers = checks.participant_papers(db, exchange_id, TODAY)
    rows = exchange_papers.attending(participants.list_participants(db, exchange_id))
    return ([row for row in rows if papers[row.id].travels],
            [row for row in rows if not papers[row.id].travels])


@pytest.mark.parametrize("language", ["de", "ru", "en"])
@pytest.mark.parametrize("direction", ["incoming", "outgoing"])
def test_travellers_with_passport_spelling_and_numbers(demo, language, direction):
    exchange = _exchange(demo, direction)
    travellers, staying = _travellers(demo, exchange.id)
    assert travellers and staying
    text, _pages = _text(demo, exchange.id, language)
    details = exchange_papers.person_details(demo, [row.contact_id
                                                    for row in travellers + staying])
    for row in travellers:
        person = details[row.contact_id]
        if person.passport_family_name:
            assert f"{person.passport_family_name}, {person.passport_given_name}" in text
        else:
            assert f"{row.name} *" in text
        passport = exchange_papers.travel_passport(
            contact_editing_passports.load_passports(demo, row.contact_id))
        if passport is not None:
            assert passport.number in text
    for row in staying:
        person = details[row.contact_id]
        assert row.name not in text
        if person.passport_family_name:
            assert f"{person.passport_family_name}, {person.passport_given_name}" not in text
    assert f"Travellers: {len(travellers)}" in text


def test_visa_status_and_passport_warnings(demo):
    exchange = _exchange(demo, "incoming")
    travellers, _staying = _travellers(demo, exchange.id)
    text, _pages = _text(demo, exchange.id)
    issued = [row for row in travellers if row.visa_status == "issued"]
    assert issued and all(f"Erteilt am {row.visa_issued_on:%d.%m.%Y}" in text for row in issued)
    assert any(row.visa_status == "refused" for row in travellers) and "Abgelehnt" in text
    assert "Needed, not applied for" in text
    assert "Expires before the return" in text
    assert "Белов" not in text  # the passport spelling, not the native one
    assert "* Not yet typed from the passport" in text


def test_passport_numbers_stay_out_of_repr(demo):
    exchange = _exchange(demo, "incoming")
    data = travel_list.load(demo, catalogue.ReportRequest("travel-list",
                                                          exchange_id=exchange.id))
    numbers = [t.passport.number for t in data.travellers if t.passport]
    assert numbers and not any(number in repr(data) or number in repr(data.travellers[0])
                               for number in numbers)


def test_the_passport_to_travel_with_is_the_one_valid_longest():
    old = PassportData(1, "A1", date(2015, 1, 1), date(2025, 1, 1))
    new = PassportData(2, "B2", date(2024, 1, 1), date(2034, 1, 1))
    undated = PassportData(3, "C3")
    assert exchange_papers.travel_passport([new, old, undated]) == new
    assert exchange_papers.travel_passport([undated]) == undated
    assert exchange_papers.travel_passport([]) is None


def test_the_travel_list_is_marked_confidential(demo):
    exchange = _exchange(demo, "incoming")
    text, _pages = _text(demo, exchange.id, "en")
    assert catalogue.find("travel-list").confidential
    assert "CONFIDENTIAL" in text
