"""The host family list: each host with address and phone, their guests and dates, the
travellers not placed yet; bilingual headings and names in both scripts."""

from __future__ import annotations

import pytest

from partnerdesk.reports import catalogue
from partnerdesk.services import exchange_papers, exchanges, hosting, participants
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {
    "de": {"Host families": "Gastfamilien", "Page {page} of {pages}": "Seite {page} von {pages}",
           "Guest": "Gast"},
    "ru": {"Host families": "Принимающие семьи", "Guest": "Гость",
           "Page {page} of {pages}": "Страница {page} из {pages}"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}",
        "de+ru": "Seite 1 von {n} / Страница 1 из {n}"}
TITLE = {"de": "Gastfamilien", "ru": "Принимающие семьи", "en": "Host families",
         "de+ru": "Gastfamilien / Принимающие семьи"}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _text(db, exchange_id: int, language: str) -> str:
    request = catalogue.ReportRequest("host-families", language, exchange_id=exchange_id)
    pdf = catalogue.generate(db, request, fake_translator, today=TODAY)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    pages = pdf_pages(pdf)
    assert PAGE[language].format(n=len(pages)) in pages[0]
    return " ".join(" ".join(pages).split())


@pytest.mark.parametrize("language", ["de", "ru", "en", "de+ru"])
@pytest.mark.parametrize("direction", ["incoming", "outgoing"])
def test_hosts_with_address_phone_guests_and_dates(demo, language, direction):
    exchange = next(row for row in exchanges.list_exchanges(demo)
                    if row.kind == "youth_exchange" and row.direction == direction)
    placements = hosting.list_placements(demo, exchange.id)
    people = exchange_papers.person_details(
        demo, [p.host_id for p in placements] + [p.guest_contact_id for p in placements])
    text = _text(demo, exchange.id, language)
    assert TITLE[language] in text
    hosts = {p.host_id for p in placements}
    assert f"Host families: {len(hosts)} · guests placed: {len(placements)}" in text
    for host_id in hosts:
        host = people[host_id]
        assert host.street in text and host.phones in text
    for placement in placements:
        guest = people[placement.guest_contact_id]
        native = guest.family_name_native
        latin = guest.family_name
        assert (native or latin) in text and latin in text
        if language == "ru" and native:
            assert f"{native}, {guest.given_name_native} ({latin}" in text
    assert "Воробьёв" in text or direction == "outgoing"


def test_travellers_not_placed_are_named(demo):
    exchange = next(row for row in exchanges.list_exchanges(demo)
                    if row.kind == "youth_exchange" and row.direction == "incoming")
    placed = {p.participation_id for p in hosting.list_placements(demo, exchange.id)}
    unplaced = [row for row in exchange_papers.attending(
        participants.list_participants(demo, exchange.id))
        if row.side == "partner" and row.id not in placed]
    text = _text(demo, exchange.id, "de")
    assert unplaced
    assert all(row.name in text.split("Not placed yet:")[1] for row in unplaced)


def test_an_exchange_without_placements(demo):
    conference = next(row for row in exchanges.list_exchanges(demo)
                      if row.kind == "conference")
    text = _text(demo, conference.id, "en")
    assert "No guest is placed with a host family yet." in text
    assert "Not placed yet" not in text
