"""The participant list funders want signed (proof of use): one list per side, each on new
pages under the funders' head (association, project, file numbers, place, dates, programme
days), the leader's signature line on every page.

Rows: no., family name, given name, birth date (or only the year: option `birth_year`),
gender, town and country, role, days present and a box to sign in. Only those coming are
listed (`exchange_papers.attending`). Names in the reader's script with the other one in
brackets. Long lists stay fast (DESIGN.md §5): plain text cut to fit rows of a fixed height,
one table sized to fill each page, so no table needs splitting and time grows linearly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table

from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.dto.reports import ExchangePaperHeader, PersonDetails
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import BILINGUAL, ReportInfo, ReportRequest
from partnerdesk.reports.exchange_head import (
    NONE_YET,
    by_side,
    load_header,
    person_name,
    side_title,
)
from partnerdesk.reports.styles import fit
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import exchange_papers, participants
from partnerdesk.vocabulary import PARTICIPATION_ROLE

TITLE = QT_TRANSLATE_NOOP("Reports", "Participant list")
INFO = ReportInfo("participant-list", TITLE, "exchange", BILINGUAL)
ASSOCIATION = QT_TRANSLATE_NOOP("Reports", "Association")
PROJECT = QT_TRANSLATE_NOOP("Reports", "Project")
FILE_NO = QT_TRANSLATE_NOOP("Reports", "Funder's file no.")
PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
DATES = QT_TRANSLATE_NOOP("Reports", "Dates")
PROGRAMME_DAYS = QT_TRANSLATE_NOOP("Reports", "Programme days")
COLUMNS = (QT_TRANSLATE_NOOP("Reports", "No."), QT_TRANSLATE_NOOP("Reports", "Family name"),
           QT_TRANSLATE_NOOP("Reports", "Given name"), QT_TRANSLATE_NOOP("Reports", "Born"),
           QT_TRANSLATE_NOOP("Reports", "f/m/d"), QT_TRANSLATE_NOOP("Reports", "Town, country"),
           QT_TRANSLATE_NOOP("Reports", "Role"), QT_TRANSLATE_NOOP("Reports", "Days present"),
           QT_TRANSLATE_NOOP("Reports", "Signature"))
GENDER = {"female": QT_TRANSLATE_NOOP("Reports", "f"),
          "male": QT_TRANSLATE_NOOP("Reports", "m"),
          "diverse": QT_TRANSLATE_NOOP("Reports", "d")}
TOTAL = QT_TRANSLATE_NOOP("Reports", "Participants: {people} · participant-days: {days}")
SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Date, signature of the leader")
WIDTHS = tuple(w * mm for w in (7, 25, 21, 19.5, 11, 25, 22.5, 16, 28))
ROW_HEIGHT = 9 * mm  # tall enough to sign in
SIZE, SMALL = 8.5, 6
PADDING = 3  # left and right, as in styles.table_style
INNER = tuple(width - 2 * PADDING for width in WIDTHS)  # room for the text of each column


@dataclass(frozen=True)
class ParticipantListData:
    """The head and the people coming (by side, then name), each with their details."""

    header: ExchangePaperHeader
    people: tuple[tuple[ParticipantRow, PersonDetails], ...]
    leader: PersonDetails | None = None  # signs every page
    birth_year_only: bool = False


NOT_LISTED = ("host",)
"""Host families take part by hosting, not in the programme: they are on `host-families`."""


def load(db, request: ReportRequest) -> ParticipantListData:
    """The exchange's head, those coming with their details, the home side's leader."""
    header = load_header(db, request)
    rows = [row for row in exchange_papers.attending(
        participants.list_participants(db, header.exchange_id)) if row.role not in NOT_LISTED]
    details = exchange_papers.person_details(db, (row.contact_id for row in rows))
    people = tuple((row, details[row.contact_id]) for row in rows if row.contact_id in details)
    signers = sorted((("leader", "organiser").index(row.role), index)
                     for index, (row, _person) in enumerate(people)
                     if row.side == "home" and row.role in ("leader", "organiser"))
    return ParticipantListData(header, people, people[signers[0][1]][1] if signers else None,
                               bool(request.option("birth_year", False)))


def _head(data: ParticipantListData, side: str, language: ReportLanguage) -> list:
    css = styles.paragraph_styles()
    header = data.header
    pairs = ((ASSOCIATION, header.association), (FILE_NO, header.file_references or "—"),
             (PROJECT, header.title), (PLACE, header.place),
             (DATES, language.period(header.start_date, header.end_date)),
             (PROGRAMME_DAYS, language.number(header.programme_days)))
    cells = [[Paragraph(escape(language.t(label)), css["small"]),
              Paragraph(escape(value), css["cell"])] for label, value in pairs]
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    half = styles.CONTENT_WIDTH / 2
    info = Table(rows, colWidths=[28 * mm, half - 28 * mm, 30 * mm, half - 30 * mm],
                 style=styles.table_style(0, [("LINEABOVE", (0, 0), (-1, 0), 0.8,
                                                styles.ACCENT)]))
    title = f"{language.t(TITLE)} – {side_title(side, header, language)}"
    return [Paragraph(escape(title), css["title"]), info, Spacer(1, 3 * mm)]


def _in_each(source: str, width: float, lines: int, language: ReportLanguage,
             context: str = "Reports", font: str = styles.FONT) -> str:
    """`source` in each language of the report, each fitted into `lines` lines."""
    return "\n".join(fit(text, width, SIZE, lines, font)
                     for text in language.each(source, context))


def _header_row(language: ReportLanguage) -> tuple[list[str], float]:
    cells = [_in_each(source, width, 2, language, font=styles.BOLD)
             for source, width in zip(COLUMNS, INNER, strict=True)]
    lines = max(cell.count("\n") + 1 for cell in cells)
    return cells, lines * SIZE * 1.2 + 5


def _person_cells(number: int, row: ParticipantRow, person: PersonDetails, present: int,
                  data: ParticipantListData, language: ReportLanguage,
                  labels: dict[str, str]) -> list:
    """The cells of one row: plain text, but for the days of a partial attendance."""
    header = data.header
    born = person.birth_date
    born_text = "" if born is None else (str(born.year) if data.birth_year_only
                                         else language.date(born))
    town = ", ".join(p for p in (person.city, person.country) if p)
    days: str | Paragraph = language.number(present)
    if row.arrives_on or row.departs_on:  # rare: a paragraph with the dates in small print
        period = fit(_short_period(row.arrives_on or header.start_date,
                                   row.departs_on or header.end_date, language),
                     INNER[7], SMALL, 1)
        days = Paragraph(f"{days}<br/><font size={SMALL}>{escape(period)}</font>",
                         _days_style())
    return [str(number),
            fit(language.name(person.family_name, person.family_name_native), INNER[1], SIZE),
            fit(language.name(person.given_name, person.given_name_native), INNER[2], SIZE),
            born_text, labels.get(person.gender, ""), fit(town, INNER[5], SIZE),
            labels.get(row.role, row.role), days, ""]


@cache
def _days_style() -> ParagraphStyle:
    return ParagraphStyle("days", parent=styles.paragraph_styles()["cell"],
                          alignment=TA_CENTER)


def _short_period(start: date, end: date, language: ReportLanguage) -> str:
    if language.first == "en":
        return f"{start.day}/{start.month}–{end.day}/{end.month}"
    return f"{start:%d.%m.}–{end:%d.%m.}"


def _table(rows: list[list], head: list[str], head_height: float) -> Table:
    extra = [("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
             ("ALIGN", (7, 1), (7, -1), "CENTER"), ("LINEAFTER", (-2, 0), (-2, -1), 0.25,
                                                     styles.RULE)]
    return Table([head, *rows], colWidths=WIDTHS,
                 rowHeights=[head_height] + [ROW_HEIGHT] * len(rows),
                 style=styles.table_style(1, extra))


def _side_story(data: ParticipantListData, side: str, people: list,
                language: ReportLanguage) -> list:
    css = styles.paragraph_styles()
    story = _head(data, side, language)
    frame = styles.frame_height(signature=True)
    used = sum(f.wrap(styles.CONTENT_WIDTH, frame)[1] + f.getSpaceAfter() for f in story)
    head, head_height = _header_row(language)
    per_page = int((frame - head_height - 1) // ROW_HEIGHT)
    room = max(1, int((frame - used - head_height - 1) // ROW_HEIGHT))
    lines = max(1, 2 // len(language.codes))  # two lines per row, shared by the languages
    labels = {role: _in_each(source, INNER[6], lines, language, "ParticipationRole")
              for role, source in PARTICIPATION_ROLE.items()}
    labels.update({gender: language.t(source, joiner="/") for gender, source in GENDER.items()})
    chunk: list[list] = []
    days = 0
    for number, (row, person) in enumerate(people, 1):
        present = exchange_papers.days_present(row, data.header.start_date,
                                               data.header.end_date)
        chunk.append(_person_cells(number, row, person, present, data, language, labels))
        days += present
        if len(chunk) == room:
            story.append(_table(chunk, head, head_height))
            chunk, room = [], per_page
    if chunk:
        story.append(_table(chunk, head, head_height))
    total = language.t(TOTAL).format(people=len(people), days=days)
    story += [Spacer(1, 2 * mm), Paragraph(escape(total), css["body"])]
    return story


def _signature(data: ParticipantListData, language: ReportLanguage) -> str:
    label = language.t(SIGNATURE)
    leader = data.leader
    if leader is None:
        return label
    text = f"{label}: {person_name(leader, language, natural=True)}"
    fits = stringWidth(text, styles.FONT, styles.FOOTER_SIZE) <= styles.SIGNATURE_WIDTH
    return text if fits else label


def build(data: ParticipantListData, language: ReportLanguage) -> tuple[list, str, dict]:
    """The story (one list per side, each from a new page), the title and the page setup's
    signature line."""
    css = styles.paragraph_styles()
    story: list = []
    groups = by_side(data.people, lambda pair: pair[0].side)
    for index, (side, people) in enumerate(groups):
        if index:
            story.append(PageBreak())
        story += _side_story(data, side, people, language)
    if not groups:
        story += _head(data, "home", language)
        story.append(Paragraph(escape(language.t(NONE_YET)), css["body"]))
    title = f"{language.t(TITLE)} – {data.header.title}"
    return story, title, {"signature": _signature(data, language)}
