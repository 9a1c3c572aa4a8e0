"""The host family list for organisers and families: per host their address and phone and
the guests staying there, with the dates (`hosting.list_placements`). Travellers not placed
yet are named below, once anybody is placed.

Bilingual (`de+ru`): the headings in both languages, names in both scripts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from partnerdesk.dto.exchanges import ParticipantRow, PlacementRow
from partnerdesk.dto.reports import ExchangePaperHeader, PersonDetails
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import BILINGUAL, ReportInfo, ReportRequest
from partnerdesk.reports.exchange_head import load_header, person_name, title_block
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import checks, exchange_papers, hosting, participants

TITLE = QT_TRANSLATE_NOOP("Reports", "Host families")
INFO = ReportInfo("host-families", TITLE, "exchange", BILINGUAL)
COLUMNS = (QT_TRANSLATE_NOOP("Reports", "Host family"),
           QT_TRANSLATE_NOOP("Reports", "Address and phone"),
           QT_TRANSLATE_NOOP("Reports", "Guest"), QT_TRANSLATE_NOOP("Reports", "From – to"))
AGE = QT_TRANSLATE_NOOP("Reports", "age {age}")
EMPTY = QT_TRANSLATE_NOOP("Reports", "No guest is placed with a host family yet.")
UNPLACED = QT_TRANSLATE_NOOP("Reports", "Not placed yet: {names}")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Host families: {hosts} · guests placed: {guests}")
WIDTHS = tuple(w * mm for w in (42, 52, 52, 29))


@dataclass(frozen=True, repr=False)  # repr=False: addresses and phones stay out of logs
class HostFamiliesData:
    """The head, the placements (by host, then date), the people named in them (hosts and
    guests, by contact id), the guests' participations and the travellers not placed."""

    header: ExchangePaperHeader
    placements: tuple[PlacementRow, ...]
    people: dict[int, PersonDetails]
    guests: dict[int, ParticipantRow]  # by participation id
    unplaced: tuple[ParticipantRow, ...] = ()


def load(db, request: ReportRequest) -> HostFamiliesData:
    """The exchange's placements with hosts' and guests' details, and who is not placed."""
    header = load_header(db, request)
    placements = tuple(hosting.list_placements(db, header.exchange_id))
    rows = participants.list_participants(db, header.exchange_id)
    papers = checks.participant_papers(db, header.exchange_id, date.today())
    placed = {p.participation_id for p in placements}
    unplaced = tuple(row for row in exchange_papers.attending(rows)
                     if row.id in papers and papers[row.id].travels
                     and row.id not in placed) if placements else ()
    people = exchange_papers.person_details(
        db, [p.host_id for p in placements] + [p.guest_contact_id for p in placements])
    return HostFamiliesData(header, placements, people, {row.id: row for row in rows},
                            unplaced)


def _person_name(contact_id: int, fallback: str, data: HostFamiliesData,
                 language: ReportLanguage) -> str:
    person = data.people.get(contact_id)
    return (person_name(person, language) if person else "") or fallback


def _guest(placement: PlacementRow, data: HostFamiliesData, language: ReportLanguage) -> str:
    text = escape(_person_name(placement.guest_contact_id, placement.guest_name, data,
                               language))
    row = data.guests.get(placement.participation_id)
    if row is not None and row.age_at_start is not None:
        age = language.t(AGE).format(age=language.number(row.age_at_start))
        text += f"<br/><font size=7.5>{escape(age)}</font>"
    return text


def _host_rows(placements: list[PlacementRow], data: HostFamiliesData,
               language: ReportLanguage, first: int) -> tuple[list[list], list[tuple]]:
    css = styles.paragraph_styles()
    host = placements[0]
    person = data.people.get(host.host_id)
    contact = "<br/>".join(escape(part) for part in (
        (person.address, person.phones) if person else ()) if part)
    rows = [[Paragraph(f"<b>{escape(_person_name(host.host_id, host.host_name, data, language))}"
                       "</b>", css["cell"]) if index == 0 else "",
             Paragraph(contact or "—", css["cell"]) if index == 0 else "",
             Paragraph(_guest(placement, data, language), css["cell"]),
             Paragraph(escape(language.period(placement.from_date, placement.to_date)),
                       css["cell"])]
            for index, placement in enumerate(placements)]
    last = first + len(rows) - 1
    commands = [("SPAN", (0, first), (0, last)), ("SPAN", (1, first), (1, last)),
                ("LINEBELOW", (0, last), (-1, last), 0.6, styles.ACCENT)]
    return rows, commands


def build(data: HostFamiliesData, language: ReportLanguage) -> tuple[list, str]:
    """The story (one table, a group of rows per host) and the PDF's title."""
    css = styles.paragraph_styles()
    story: list = title_block(TITLE, data.header, language)
    header = [Paragraph("<b>" + "<br/>".join(escape(text) for text in language.each(source))
                        + "</b>", css["cell"]) for source in COLUMNS]
    rows: list[list] = [header]
    commands: list[tuple] = []
    hosts = 0
    for _host_id, group in groupby(data.placements, key=lambda p: p.host_id):
        more, extra = _host_rows(list(group), data, language, len(rows))
        rows += more
        commands += extra
        hosts += 1
    if data.placements:
        story.append(Table(rows, colWidths=WIDTHS, repeatRows=1,
                           style=styles.table_style(1, commands)))
        story += [Spacer(1, 2 * mm), Paragraph(escape(language.t(TOTAL).format(
            hosts=hosts, guests=len({p.participation_id for p in data.placements}))),
            css["body"])]
    else:
        story.append(Paragraph(escape(language.t(EMPTY)), css["body"]))
    if data.unplaced:
        names = ", ".join(language.name(row.name, row.native_name) for row in data.unplaced)
        story += [Spacer(1, 2 * mm), Paragraph(escape(language.t(UNPLACED).format(
            names=names)), css["body"])]
    return story, f"{language.t(TITLE)} – {data.header.title}"
