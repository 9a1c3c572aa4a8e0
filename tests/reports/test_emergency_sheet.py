"""The emergency sheet: confidential, a block per participant never split across pages,
health data, guardians, emergency contact, insurance and host family as stored."""

from __future__ import annotations

import pytest

from partnerdesk.reports import catalogue, emergency_sheet
from partnerdesk.services import checks, exchange_papers, exchanges, hosting, participants
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {
    "de": {"Emergency sheet": "Notfallblatt", "Confidential": "Vertraulich",
           "Page {page} of {pages}": "Seite {page} von {pages}", "Allergies": "Allergien",
           "Host family": "Gastfamilie"},
    "ru": {"Emergency sheet": "Лист экстренной связи", "Confidential": "Конфиденциально",
           "Page {page} of {pages}": "Страница {page} из {pages}", "Allergies": "Аллергии",
           "Host family": "Принимающая семья"},
}
PAGE = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}
MARK = {"de": "VERTRAULICH", "ru": "КОНФИДЕНЦИАЛЬНО", "en": "CONFIDENTIAL"}
HOST = {"de": "Gastfamilie", "ru": "Принимающая семья", "en": "Host family"}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _youth(db):
    return next(row for row in exchanges.list_exchanges(db)
                if row.kind == "youth_exchange" and row.direction == "incoming")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pages(db, exchange_id: int, language: str) -> list[str]:
    request = catalogue.ReportRequest("emergency-sheet", language, exchange_id=exchange_id)
    pdf = catalogue.generate(db, request, fake_translator, today=TODAY)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    return [_flat(page) for page in pdf_pages(pdf)]


@pytest.mark.parametrize("language", ["de", "ru", "en"])
def test_every_participant_gets_a_whole_block_on_one_page(demo, language):
    exchange = _youth(demo)
    rows = [row for row in exchange_papers.attending(
        participants.list_participants(demo, exchange.id)) if row.role != "host"]
    pages = _pages(demo, exchange.id, language)
    assert PAGE[language].format(n=len(pages)) in pages[0]
    assert all(MARK[language] in page for page in pages)
    blocks = 0
    for page in pages:
        names = [row for row in rows if f"{_shown(row, language)} · " in page]
        assert page.count(f"{HOST[language]} ") == len(names)  # nothing split
        blocks += len(names)
    assert blocks == len(rows)
    assert "Королёв, Максим" in " ".join(pages)
    hosts = [row for row in participants.list_participants(demo, exchange.id)
             if row.role == "host"]
    assert hosts and not any(f"{_shown(row, language)} · " in " ".join(pages) for row in hosts)


def _shown(row, language: str) -> str:
    native = row.native_name
    if language == "ru" and native:
        return f"{native} ({row.name})"
    return f"{row.name} ({native})" if native else row.name


def test_health_guardians_emergency_contact_and_host_as_stored(demo):
    exchange = _youth(demo)
    rows = {row.id: row for row in exchange_papers.attending(
        participants.list_participants(demo, exchange.id)) if row.role != "host"}
    pages = _pages(demo, exchange.id, "de")
    papers = checks.participant_papers(demo, exchange.id, TODAY)
    placements = hosting.list_placements(demo, exchange.id)
    details = exchange_papers.person_details(demo, [p.host_id for p in placements])
    sick = 0
    for row in rows.values():
        page = next(page for page in pages if f"{_shown(row, 'de')} · " in page)
        health = participants.load_health(demo, row.id)
        for value in (health.allergies, health.medication, health.diet):
            if value:
                assert _flat(value) in page
        sick += bool(health.allergies or health.medication or health.diet)
        if row.age_at_start is not None:
            assert f"{row.age_at_start} ({row.birth_date:%d.%m.%Y})" in page
        for guardian in papers[row.id].guardians:
            assert guardian.phone and guardian.phone in page
        if papers[row.id].emergency_contact:
            assert papers[row.id].emergency_contact in page
        if row.insurance:
            assert row.insurance in page
        for placement in (p for p in placements if p.participation_id == row.id):
            host = details[placement.host_id]
            assert host.street in page and host.phones.split(" · ")[0] in page
    assert sick >= 5


def test_health_data_stays_out_of_repr(demo):
    exchange = _youth(demo)
    data = emergency_sheet.load(demo, catalogue.ReportRequest("emergency-sheet",
                                                              exchange_id=exchange.id))
    allergies = [e.health.allergies for e in data.entries if e.health.allergies]
    assert allergies
    assert not any(text in repr(data) or text in repr(data.entries[0]) for text in allergies)


def test_an_exchange_without_participants(demo):
    online = next(row for row in exchanges.list_exchanges(demo) if row.kind == "online")
    pages = _pages(demo, online.id, "en")
    assert len(pages) == 1 and "Nobody to list yet." in pages[0]
