"""The birthday list of a year: the selected people by month and day, with the age they turn.

The year is `ReportRequest.year`, else the option `year`, else the current one. The
selection is the contact list's (`contact_list.selection`); only people with a birth date
are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from partnerdesk.dto.letters import Birthday
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import CONTEXT, ONE_LANGUAGE, ReportInfo, ReportRequest
from partnerdesk.reports.contact_list import selection
from partnerdesk.reports.styles import fit
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import contact_reports

TITLE = QT_TRANSLATE_NOOP("Reports", "Birthdays {year}")
INFO = ReportInfo("birthdays", QT_TRANSLATE_NOOP("Reports", "Birthday list"), "contacts",
                  ONE_LANGUAGE)
COLUMNS = (QT_TRANSLATE_NOOP("Reports", "Date"), QT_TRANSLATE_NOOP("Reports", "Name"),
           QT_TRANSLATE_NOOP("Reports", "Turns"), QT_TRANSLATE_NOOP("Reports", "Born"),
           QT_TRANSLATE_NOOP("Reports", "Town"))
COUNT = QT_TRANSLATE_NOOP("Reports", "Birthdays: {count}")
EMPTY = QT_TRANSLATE_NOOP("Reports", "None of the chosen people has a birth date.")
BAD_YEAR = QT_TRANSLATE_NOOP("Reports", "The year must be a number such as 2026.")
MONTHS = (QT_TRANSLATE_NOOP("Reports", "January"), QT_TRANSLATE_NOOP("Reports", "February"),
          QT_TRANSLATE_NOOP("Reports", "March"), QT_TRANSLATE_NOOP("Reports", "April"),
          QT_TRANSLATE_NOOP("Reports", "May"), QT_TRANSLATE_NOOP("Reports", "June"),
          QT_TRANSLATE_NOOP("Reports", "July"), QT_TRANSLATE_NOOP("Reports", "August"),
          QT_TRANSLATE_NOOP("Reports", "September"), QT_TRANSLATE_NOOP("Reports", "October"),
          QT_TRANSLATE_NOOP("Reports", "November"), QT_TRANSLATE_NOOP("Reports", "December"))
WIDTHS = tuple(w * mm for w in (24, 71, 16, 24, 40))
SIZE, PADDING = 8.5, 3
ROW_HEIGHT = SIZE * 1.2 + 5


@dataclass(frozen=True)
class BirthdayData:
    """The year and its birthdays, by month and day."""

    year: int
    birthdays: tuple[Birthday, ...]


def load(db, request: ReportRequest) -> BirthdayData:
    """The birthdays of the selected people in the requested year."""
    year = request.year or request.option("year") or date.today().year
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise UserError(BAD_YEAR, CONTEXT) from None
    if not 1 <= year <= 9999:
        raise UserError(BAD_YEAR, CONTEXT)
    return BirthdayData(year, tuple(contact_reports.birthdays(db, year, **selection(request))))


def _day(birthday: Birthday, year: int) -> date:
    """The birthday in `year` (28 February in a common year for those born on the 29th)."""
    try:
        return date(year, birthday.month, birthday.day)
    except ValueError:
        return date(year, 2, 28)


def _row(birthday: Birthday, year: int, language: ReportLanguage) -> list[str]:
    person = birthday.addressee
    latin = " ".join(filter(None, (person.given_name, person.family_name)))
    native = " ".join(filter(None, (person.given_name_native, person.family_name_native)))
    w = [width - 2 * PADDING for width in WIDTHS]
    return [language.date(_day(birthday, year)),
            fit(language.name(latin, native), w[1], SIZE, 1), language.number(birthday.turns),
            language.date(person.birth_date), fit(person.city, w[4], SIZE, 1)]


def build(data: BirthdayData, language: ReportLanguage) -> tuple[list, str]:
    """Per month a heading and a table of its birthdays; the PDF's title."""
    css = styles.paragraph_styles()
    title = language.t(TITLE).format(year=data.year)
    story: list = [Paragraph(escape(title), css["title"]),
                   Paragraph(escape(language.t(COUNT).format(count=len(data.birthdays))),
                             css["subtitle"])]
    if not data.birthdays:
        story.append(Paragraph(escape(language.t(EMPTY)), css["body"]))
    head = [language.t(source) for source in COLUMNS]
    extra = [("FONTSIZE", (0, 0), (-1, -1), SIZE), ("ALIGN", (2, 0), (2, -1), "RIGHT")]
    for month, group in groupby(data.birthdays, key=lambda b: b.month):
        rows = [_row(birthday, data.year, language) for birthday in group]
        story.append(Paragraph(escape(language.t(MONTHS[month - 1])), css["heading"]))
        story.append(Table([head, *rows], colWidths=WIDTHS, repeatRows=1,
                           rowHeights=[ROW_HEIGHT] * (len(rows) + 1),
                           style=styles.table_style(1, extra)))
    return story, title
