"""The participant list funders get signed: one list per side, head, rows, days present,
the leader's signature on every page, fixed-height rows in page-sized tables."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.dto.reports import ExchangePaperHeader, FundingRef, PersonDetails
from partnerdesk.reports import catalogue, participant_list, styles
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import exchange_papers, exchanges, participants
from partnerdesk.services.checks.rules import programme_days
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {
    "de": {"Participant list": "Teilnehmerliste",
           "Page {page} of {pages}": "Seite {page} von {pages}",
           "Partner town": "Partnerstadt", "Home town": "Heimatstadt", "f": "w",
           "Date, signature of the leader": "Datum, Unterschrift der Leitung"},
    "ru": {"Participant list": "Список участников", "Partner town": "Город-партнёр",
           "Page {page} of {pages}": "Страница {page} из {pages}", "f": "ж",
           "Home town": "Наш город", "Date, signature of the leader": "Дата, подпись руководителя"},
}
PAGE = {"de": "Seite {i} von {n}", "ru": "Страница {i} из {n}", "en": "Page {i} of {n}",
        "de+ru": "Seite {i} von {n} / Страница {i} из {n}"}


def fake_translator(language: str):
    """Translations as the catalogues would give them (independent of the .qm state)."""
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _youth(db):
    """The incoming youth exchange: both sides, a linked application with a file number."""
    return next(row for row in exchanges.list_exchanges(db)
                if row.kind == "youth_exchange" and row.direction == "incoming")


def _pdf(db, exchange_id: int, language: str = "de", **options) -> list[str]:
    request = catalogue.ReportRequest("participant-list", language, exchange_id=exchange_id,
                                      options=tuple(options.items()))
    pdf = catalogue.generate(db, request, fake_translator, today=TODAY)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    return pdf_pages(pdf)


def _flat(text: str) -> str:
    return " ".join(text.split())


TITLES = {"de": "Teilnehmerliste – {side}", "ru": "Список участников – {side}",
          "en": "Participant list – {side}",
          "de+ru": "Teilnehmerliste / Список участников – {side}"}
SIDES = {"de": ("Heimatstadt", "Partnerstadt"), "ru": ("Наш город", "Город-партнёр"),
         "en": ("Home town", "Partner town"),
         "de+ru": ("Heimatstadt / Наш город", "Partnerstadt / Город-партнёр")}


def _family(row: ParticipantRow) -> str:
    return row.name.split(",")[0]


@pytest.mark.parametrize("language", ["de", "ru", "en", "de+ru"])
def test_one_list_per_side_in_every_language(demo, language):
    exchange = _youth(demo)
    rows = participants.list_participants(demo, exchange.id)
    coming = [row for row in exchange_papers.attending(rows) if row.role != "host"]
    hosts = [row for row in exchange_papers.attending(rows) if row.role == "host"]
    pages = _pdf(demo, exchange.id, language)
    text = _flat("\n".join(pages))
    assert PAGE[language].format(i=1, n=len(pages)) in pages[0]
    assert exchange.title in text and "LSJP-2026-112" in text
    days = programme_days(exchange.start_date, exchange.end_date)
    starts = []
    for side, label in zip(("home", "partner"), SIDES[language], strict=True):
        people = [row for row in coming if row.side == side]
        title = TITLES[language].format(side=label)
        first = next(i for i, page in enumerate(pages) if title in _flat(page))
        starts.append(first)
        # the list starts on its own page with no. 1, the side's first person
        family = _family(people[0])
        if language == "ru" and people[0].native_name:
            family = people[0].native_name.split(",")[0]
        assert f"\n1\n{family}" in pages[first]
        assert f"Participants: {len(people)} · participant-days: {len(people) * days}" in text
    assert starts[0] == 0 < starts[1]
    home = {_family(row) for row in coming if row.side == "home" and row.role != "leader"}
    assert not any(f"\n{family}\n" in pages[starts[1]] for family in home)
    assert all(_family(row) in text for row in coming)
    natives = [row.native_name.split(",")[0] for row in coming if row.native_name]
    assert natives and all(native in text for native in natives)
    if language == "ru":
        assert "Королёв (Koroljow)" in text  # the reader's script first
    else:
        assert "Koroljow (Королёв)" in text
    left_out = [row for row in rows if row.status not in ("registered", "confirmed")]
    assert left_out and hosts  # hosts host: they are on the host-families list instead
    left_out += hosts
    for row in left_out:
        family, given = row.name.split(", ")
        assert f"{family}\n{given}" not in "\n".join(pages)


def test_leader_signs_every_page_and_head_carries_the_funders_data(demo):
    exchange = _youth(demo)
    pages = _pdf(demo, exchange.id)
    leader = next(row for row in participants.list_participants(demo, exchange.id)
                  if row.side == "home" and row.role == "leader")
    family, given = leader.name.split(", ")
    assert len(pages) >= 2
    for page in pages:
        assert f"Datum, Unterschrift der Leitung: {given} {family}" in page
    head = _flat(pages[0])
    assert "Partnerschaftsverein Mühlenstedt" in head
    assert f"{exchange.start_date:%d.%m.%Y} – {exchange.end_date:%d.%m.%Y}" in head
    assert f"Programme days {programme_days(exchange.start_date, exchange.end_date)}" in head


def test_partial_attendance_cancelled_and_birth_year(demo):
    exchange = _youth(demo)
    rows = [row for row in exchange_papers.attending(
        participants.list_participants(demo, exchange.id)) if row.role != "host"]
    partial, gone = rows[0], rows[1]
    arrives, departs = exchange.start_date + timedelta(days=2), exchange.start_date + \
        timedelta(days=5)
    participants.update_participation(demo, partial.id, {"arrives_on": arrives,
                                                         "departs_on": departs},
                                      partial.version)
    participants.cancel_participant(demo, gone.id, gone.version)
    pages = _pdf(demo, exchange.id, birth_year=True)
    text = "\n".join(pages)
    assert f"3\n{arrives:%d.%m.}–{departs:%d.%m.}" in text
    assert "{}\n{}".format(*partial.name.split(", ")) in text
    assert "{}\n{}".format(*gone.name.split(", ")) not in text
    assert str(partial.birth_date.year) in text
    assert partial.birth_date.strftime("%d.%m.%Y") not in text
    days = programme_days(exchange.start_date, exchange.end_date)
    home = [row for row in rows[2:] if row.side == "home"]
    assert f"participant-days: {len(home) * days + 3}" in _flat(text)


def test_an_exchange_without_participants_prints_the_head_only(demo):
    online = next(row for row in exchanges.list_exchanges(demo) if row.kind == "online")
    pages = _pdf(demo, online.id)
    assert len(pages) == 1 and "Nobody to list yet." in pages[0]


def test_paper_header_lists_live_applications_and_file_numbers(demo):
    exchange = _youth(demo)
    header = exchange_papers.paper_header(demo, exchange.id)
    assert header.file_references == "LSJP-2026-112"
    assert header.funding[0].funder.startswith("Landesstiftung")
    assert header.programme_days == programme_days(exchange.start_date, exchange.end_date)
    assert header.partner_towns == exchange.partner_towns
    assert exchange_papers.paper_header(demo, 9999) is None


def _synthetic(count: int) -> participant_list.ParticipantListData:
    start = date(2026, 7, 1)
    header = ExchangePaperHeader(1, "Jugendbegegnung", "youth_exchange", "incoming", "Twer",
                                 start, start + timedelta(days=9), 9, "Verein", "Mühlenstedt",
                                 ("Twer",), (FundingRef("Stiftung", "A-1"),))
    people = tuple(
        (ParticipantRow(i, i, f"Iwanowa{i}, Olga", f"Иванова{i}, Ольга", "participant", "home",
                        "confirmed", None, None, None, None, date(2010, 3, 1), 16, True, False,
                        "not_needed", None, None, "", None, "", "", 1),
         PersonDetails(i, f"Iwanowa{i}", "Olga", f"Иванова{i}", "Ольга", gender="female",
                       birth_date=date(2010, 3, 1), city="Twer", country="RU"))
        for i in range(1, count + 1))
    return participant_list.ParticipantListData(header, people)


def test_long_lists_fill_pages_with_one_table_each_never_split():
    language = ReportLanguage.of("de", fake_translator)
    story, title, setup = participant_list.build(_synthetic(250), language)
    pdf = styles.render(story, styles.PageSetup(styles.Letterhead("Verein"), language, title,
                                                TODAY, signature=setup["signature"]))
    pages = pdf_pages(pdf)
    assert all(page.count("Family name") == 1 for page in pages)  # no header mid-page
    per_page = [page.count("Iwanowa") for page in pages]
    assert sum(per_page) == 250
    assert len(set(per_page[1:-1])) == 1 and per_page[1] > per_page[0]  # full pages
    assert per_page[-1] <= per_page[1]
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(pages)
