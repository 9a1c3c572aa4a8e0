"""The emergency sheet chaperones carry where there is no network (confidential).

One compact block per participant coming (hosts left out), never split across pages: name,
age at the start, phone, guardians with their phones, the emergency contact, allergies,
medication, diet, insurance and the host family with address and phone. Health data is read
through `participants.load_health` and never logged; the data classes hide it from `repr`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from partnerdesk.dto.exchanges import HealthData, ParticipantPapers, ParticipantRow, PlacementRow
from partnerdesk.dto.reports import ExchangePaperHeader, PersonDetails
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest
from partnerdesk.reports.exchange_head import (
    NONE_YET,
    by_side,
    load_header,
    person_name,
    side_title,
    title_block,
)
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import checks, exchange_papers, hosting, participants
from partnerdesk.vocabulary import PARTICIPATION_ROLE

TITLE = QT_TRANSLATE_NOOP("Reports", "Emergency sheet")
INFO = ReportInfo("emergency-sheet", TITLE, "exchange", ONE_LANGUAGE, confidential=True)
NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Health data of the participants: keep this sheet with you during the trip, "
    "show it to nobody else and destroy it afterwards.")
AGE = QT_TRANSLATE_NOOP("Reports", "Age (born)")
PHONE = QT_TRANSLATE_NOOP("Reports", "Phone")
GUARDIANS = QT_TRANSLATE_NOOP("Reports", "Guardians")
EMERGENCY = QT_TRANSLATE_NOOP("Reports", "Emergency contact")
ALLERGIES = QT_TRANSLATE_NOOP("Reports", "Allergies")
MEDICATION = QT_TRANSLATE_NOOP("Reports", "Medication")
DIET = QT_TRANSLATE_NOOP("Reports", "Diet")
INSURANCE = QT_TRANSLATE_NOOP("Reports", "Insurance")
HOST = QT_TRANSLATE_NOOP("Reports", "Host family")
LABEL_WIDTH = 31 * mm
VALUE_WIDTH = styles.CONTENT_WIDTH / 2 - LABEL_WIDTH


@dataclass(frozen=True, repr=False)  # repr=False: health data stays out of log lines
class EmergencyEntry:
    """One participant's block: who, their papers, health data and host families."""

    row: ParticipantRow
    person: PersonDetails
    papers: ParticipantPapers | None
    health: HealthData
    hosts: tuple[tuple[PlacementRow, PersonDetails], ...] = ()


@dataclass(frozen=True, repr=False)
class EmergencySheetData:
    """The exchange's head and a block per participant coming (by side, then name)."""

    header: ExchangePaperHeader
    entries: tuple[EmergencyEntry, ...]


def load(db, request: ReportRequest) -> EmergencySheetData:
    """Everyone coming except the hosts, with guardians, health data and host families."""
    header = load_header(db, request)
    rows = [row for row in exchange_papers.attending(
        participants.list_participants(db, header.exchange_id)) if row.role != "host"]
    papers = checks.participant_papers(db, header.exchange_id, date.today())
    placements = hosting.list_placements(db, header.exchange_id)
    details = exchange_papers.person_details(
        db, [row.contact_id for row in rows] + [p.host_id for p in placements])
    entries = tuple(
        EmergencyEntry(row, details[row.contact_id], papers.get(row.id),
                       participants.load_health(db, row.id),
                       tuple((p, details[p.host_id]) for p in placements
                             if p.participation_id == row.id and p.host_id in details))
        for row in rows if row.contact_id in details)
    return EmergencySheetData(header, entries)


def _text(value: str, warn: bool = False) -> str:
    if not value.strip():
        return "—"
    text = escape(value.strip()).replace("\n", "<br/>")
    return f'<font color="{styles.WARN}"><b>{text}</b></font>' if warn else text


def _guardians(papers: ParticipantPapers | None) -> str:
    if papers is None:
        return ""
    return "\n".join(" ".join(filter(None, (g.name, f"({g.relation})" if g.relation else "",
                                            g.phone)))
                     for g in papers.guardians)


def _hosts(entry: EmergencyEntry, language: ReportLanguage) -> str:
    lines = []
    for placement, host in entry.hosts:
        lines.append(" · ".join(filter(None, (
            person_name(host, language, natural=True) or placement.host_name, host.address,
            host.phones,
            language.period(placement.from_date, placement.to_date)))))
    return "\n".join(lines)


def _block(entry: EmergencyEntry, language: ReportLanguage) -> KeepTogether:
    css = styles.paragraph_styles()
    row, person, health = entry.row, entry.person, entry.health
    name = language.name(row.name, row.native_name)
    role = language.label(PARTICIPATION_ROLE, row.role, "ParticipationRole")
    age = "" if row.age_at_start is None else language.number(row.age_at_start)
    born = language.date(row.birth_date)
    pairs = [(AGE, f"{age} ({born})" if born else "", False),
             (PHONE, person.phones, False),
             (GUARDIANS, _guardians(entry.papers), False),
             (EMERGENCY, entry.papers.emergency_contact if entry.papers
              else " ".join(filter(None, (row.emergency_contact_name,
                                          row.emergency_contact_phone))), False),
             (ALLERGIES, health.allergies, True), (MEDICATION, health.medication, True),
             (DIET, health.diet, False), (INSURANCE, row.insurance, False)]
    cells = [[Paragraph(escape(language.t(label)), css["small"]),
              Paragraph(_text(value, warn), css["cell"])] for label, value, warn in pairs]
    rows = [[Paragraph(f"<b>{escape(name)}</b> · {escape(role)}", css["body"]), "", "", ""]]
    rows += [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    rows.append([Paragraph(escape(language.t(HOST)), css["small"]),
                 Paragraph(_text(_hosts(entry, language)), css["cell"]), "", ""])
    table = Table(rows, colWidths=[LABEL_WIDTH, VALUE_WIDTH] * 2, style=styles.table_style(1, [
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (1, -1), (-1, -1)),
        ("BOX", (0, 0), (-1, -1), 0.6, styles.ACCENT)]))
    return KeepTogether([table, Spacer(1, 3 * mm)])


def build(data: EmergencySheetData, language: ReportLanguage) -> tuple[list, str]:
    """The story (a block per participant, by side) and the PDF's title."""
    css = styles.paragraph_styles()
    story: list = title_block(TITLE, data.header, language)
    story.append(Paragraph(f"<i>{escape(language.t(NOTE))}</i>", css["small"]))
    groups = by_side(data.entries, lambda entry: entry.row.side)
    for side, entries in groups:
        story.append(Paragraph(escape(side_title(side, data.header, language)),
                               css["heading"]))
        story += [_block(entry, language) for entry in entries]
    if not groups:
        story.append(Paragraph(escape(language.t(NONE_YET)), css["body"]))
    return story, f"{language.t(TITLE)} – {data.header.title}"
