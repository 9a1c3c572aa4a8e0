"""The programme (itinerary) of an exchange: per day time, item, place, responsible.

Bilingual (`de+ru`): each item's title in German and in the partner's language
(`title_native`), the headings in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from partnerdesk.dto.exchanges import ProgrammeItemForm
from partnerdesk.dto.reports import ExchangePaperHeader
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import BILINGUAL, ReportInfo, ReportRequest
from partnerdesk.reports.exchange_head import load_header, title_block
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import programme as programme_service

TITLE = QT_TRANSLATE_NOOP("Reports", "Programme")
TIME = QT_TRANSLATE_NOOP("Reports", "Time")
ITEM = QT_TRANSLATE_NOOP("Reports", "Programme item")
PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
RESPONSIBLE = QT_TRANSLATE_NOOP("Reports", "Responsible")
EMPTY = QT_TRANSLATE_NOOP("Reports", "No programme items yet.")
INFO = ReportInfo("programme", TITLE, "exchange", BILINGUAL)
WEEKDAYS = (QT_TRANSLATE_NOOP("Reports", "Monday"), QT_TRANSLATE_NOOP("Reports", "Tuesday"),
            QT_TRANSLATE_NOOP("Reports", "Wednesday"),
            QT_TRANSLATE_NOOP("Reports", "Thursday"), QT_TRANSLATE_NOOP("Reports", "Friday"),
            QT_TRANSLATE_NOOP("Reports", "Saturday"), QT_TRANSLATE_NOOP("Reports", "Sunday"))


@dataclass(frozen=True)
class ProgrammeData:
    """What the programme shows."""

    header: ExchangePaperHeader
    items: tuple[ProgrammeItemForm, ...]


def load(db, request: ReportRequest) -> ProgrammeData:
    """The exchange's head and its programme items."""
    header = load_header(db, request)
    return ProgrammeData(header, tuple(programme_service.list_items(db, header.exchange_id)))


def _time(item: ProgrammeItemForm) -> str:
    if item.start_time is None:
        return ""
    start = item.start_time.strftime("%H:%M")
    return f"{start}–{item.end_time.strftime('%H:%M')}" if item.end_time else start


def _title(item: ProgrammeItemForm, language: ReportLanguage) -> str:
    text = f"<b>{escape(item.title)}</b>"
    if item.title_native and (len(language.codes) > 1 or language.first != "de"):
        text += f"<br/>{escape(item.title_native)}"
    if item.notes:
        text += f"<br/><font size=7.5>{escape(item.notes)}</font>"
    return text


def _day_heading(day: date, language: ReportLanguage) -> str:
    return f"{language.t(WEEKDAYS[day.weekday()])}, {language.date(day)}"


def build(data: ProgrammeData, language: ReportLanguage) -> tuple[list, str]:
    """The story of the programme and the PDF's title."""
    css = styles.paragraph_styles()
    story: list = title_block(TITLE, data.header, language)
    if not data.items:
        story.append(Paragraph(escape(language.t(EMPTY)), css["body"]))
    header = [language.t(TIME, joiner="\n"), language.t(ITEM, joiner="\n"),
              language.t(PLACE, joiner="\n"), language.t(RESPONSIBLE, joiner="\n")]
    widths = [24 * mm, styles.CONTENT_WIDTH - 24 * mm - 48 * mm - 36 * mm, 48 * mm, 36 * mm]
    for day, items in groupby(data.items, key=lambda i: i.day):
        rows = [header] + [
            [_time(item), Paragraph(_title(item, language), css["cell"]),
             Paragraph(escape(item.place), css["cell"]),
             Paragraph(escape(item.responsible_name), css["cell"])]
            for item in items]
        story.append(Paragraph(escape(_day_heading(day, language)), css["heading"]))
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=styles.table_style()))
        story.append(Spacer(1, 2 * mm))
    return story, f"{language.t(TITLE)} – {data.header.title}"
