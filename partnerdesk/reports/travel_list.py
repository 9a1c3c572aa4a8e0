"""The travel and visa list for borders, insurers and consulates: everyone who crosses a
border for the exchange (the rule of the checks, `checks.participant_papers`), with the name
as in the passport, birth date and place, nationality, passport number, issue and expiry
date, and the visa status with its dates.

Passport data is sensitive: read on demand through `contact_editing_passports`, printed,
never logged (the data classes hide it from `repr`). A name not yet typed from the passport
is printed as in the contact, in italics and marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table

from partnerdesk.dto.contact_form import PassportData
from partnerdesk.dto.exchanges import ParticipantRow
from partnerdesk.dto.reports import ExchangePaperHeader, PersonDetails
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest
from partnerdesk.reports.exchange_head import (
    NONE_YET,
    by_side,
    load_header,
    side_title,
    title_block,
)
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import checks, contact_editing_passports, exchange_papers, participants
from partnerdesk.vocabulary import COUNTRY

TITLE = QT_TRANSLATE_NOOP("Reports", "Travel list")
INFO = ReportInfo("travel-list", TITLE, "exchange", ONE_LANGUAGE,
                  confidential=True)  # passport numbers
COLUMNS = (QT_TRANSLATE_NOOP("Reports", "No."),
           QT_TRANSLATE_NOOP("Reports", "Name as in passport"),
           QT_TRANSLATE_NOOP("Reports", "Born on, in"),
           QT_TRANSLATE_NOOP("Reports", "Nationality"),
           QT_TRANSLATE_NOOP("Reports", "Passport no."),
           QT_TRANSLATE_NOOP("Reports", "Issued / expires"),
           QT_TRANSLATE_NOOP("Reports", "Visa"))
VISA = {"not_needed": QT_TRANSLATE_NOOP("Reports", "Not needed"),
        "needed": QT_TRANSLATE_NOOP("Reports", "Needed, not applied for"),
        "applied": QT_TRANSLATE_NOOP("Reports", "Applied for on {applied}"),
        "issued": QT_TRANSLATE_NOOP("Reports", "Issued on {issued}"),
        "refused": QT_TRANSLATE_NOOP("Reports", "Refused")}
UNDATED = {"applied": QT_TRANSLATE_NOOP("Reports", "Applied for"),
           "issued": QT_TRANSLATE_NOOP("Reports", "Issued")}
NOT_FROM_PASSPORT = QT_TRANSLATE_NOOP(
    "Reports", "* Not yet typed from the passport: the name as in the contact.")
EXPIRES_EARLY = QT_TRANSLATE_NOOP("Reports", "Expires before the return")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Travellers: {count}")
WIDTHS = tuple(w * mm for w in (7, 37, 27, 24, 22, 23, 35))


@dataclass(frozen=True, repr=False)  # repr=False: passport numbers stay out of log lines
class Traveller:
    """One person crossing a border, with the passport to travel with (None: none known)."""

    row: ParticipantRow
    person: PersonDetails
    passport: PassportData | None


@dataclass(frozen=True, repr=False)
class TravelListData:
    """The exchange's head and its travellers (by side, then name)."""

    header: ExchangePaperHeader
    travellers: tuple[Traveller, ...]


def load(db, request: ReportRequest) -> TravelListData:
    """Those coming who travel, with their details and passports."""
    header = load_header(db, request)
    papers = checks.participant_papers(db, header.exchange_id, date.today())
    rows = [row for row in exchange_papers.attending(
        participants.list_participants(db, header.exchange_id))
        if row.id in papers and papers[row.id].travels]
    details = exchange_papers.person_details(db, (row.contact_id for row in rows))
    travellers = tuple(
        Traveller(row, details[row.contact_id], exchange_papers.travel_passport(
            contact_editing_passports.load_passports(db, row.contact_id)))
        for row in rows if row.contact_id in details)
    return TravelListData(header, travellers)


def _name(traveller: Traveller) -> tuple[str, bool]:
    """The passport spelling as typed ("Family, Given"), else the Latin name of the contact;
    whether it is the passport's."""
    person = traveller.person
    if person.passport_family_name.strip():
        given = person.passport_given_name.strip()
        family = person.passport_family_name.strip()
        return (f"{family}, {given}" if given else family), True
    return traveller.row.name, False


def _passport(traveller: Traveller, end: date, language: ReportLanguage) -> tuple[str, str]:
    passport = traveller.passport
    if passport is None:
        return "—", ""
    dates = f"{language.date(passport.issued_on) or '—'}<br/>"
    expires = escape(language.date(passport.expires_on) or "—")
    if passport.expires_on is not None and passport.expires_on < end:
        expires = (f'<font color="{styles.WARN}"><b>{expires}</b><br/>'
                   f"{escape(language.t(EXPIRES_EARLY))}</font>")
    return escape(passport.number) or "—", dates + expires


def _visa(row: ParticipantRow, language: ReportLanguage) -> str:
    source = VISA.get(row.visa_status)
    day = {"applied": row.visa_applied_on, "issued": row.visa_issued_on}.get(row.visa_status)
    if row.visa_status in UNDATED and day is None:
        source = UNDATED[row.visa_status]
    if source is None:
        return escape(row.visa_status)
    text = escape(language.t(source).format(applied=language.date(row.visa_applied_on),
                                            issued=language.date(row.visa_issued_on)))
    return f'<font color="{styles.WARN}"><b>{text}</b></font>' if row.visa_status in (
        "needed", "refused") else text


def _heading(text: str, width: float) -> Paragraph:
    """A column heading, in smaller print when one of its words is wider than the column
    ("Staatsangehörigkeit")."""
    style = styles.paragraph_styles()["cell"]
    widest = max((stringWidth(word, styles.BOLD, style.fontSize) for word in text.split()),
                 default=0)
    size = min(style.fontSize, style.fontSize * (width - 7) / widest) if widest else 0
    size = size or style.fontSize
    font = f'<font size="{size:.1f}">' if size < style.fontSize else "<font>"
    return Paragraph(f"<b>{font}{escape(text)}</font></b>", style)


def _table(travellers: list[Traveller], end: date, language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    rows: list[list] = [[_heading(language.t(source), width)
                         for source, width in zip(COLUMNS, WIDTHS, strict=True)]]
    for number, traveller in enumerate(travellers, 1):
        name, typed = _name(traveller)
        name = f"<b>{escape(name)}</b>" if typed else f"<i>{escape(name)}</i> *"
        person = traveller.person
        born = "<br/>".join(filter(None, (escape(language.date(person.birth_date)),
                                          escape(person.birth_place))))
        number_text, dates = _passport(traveller, end, language)
        nationality = (language.label(COUNTRY, person.nationality, "Country")
                       if person.nationality else "")
        rows.append([str(number)] + [Paragraph(text or "—", css["cell"]) for text in (
            name, born, escape(nationality), number_text, dates,
            _visa(traveller.row, language))])
    return Table(rows, colWidths=WIDTHS, repeatRows=1, style=styles.table_style(
        1, [("ALIGN", (0, 1), (0, -1), "RIGHT")]))


def build(data: TravelListData, language: ReportLanguage) -> tuple[list, str]:
    """The story (a table per side of travellers) and the PDF's title."""
    css = styles.paragraph_styles()
    story: list = title_block(TITLE, data.header, language)
    groups = by_side(data.travellers, lambda traveller: traveller.row.side)
    for side, travellers in groups:
        story.append(Paragraph(escape(side_title(side, data.header, language)),
                               css["heading"]))
        story.append(_table(travellers, data.header.end_date, language))
        story += [Spacer(1, 2 * mm), Paragraph(escape(
            language.t(TOTAL).format(count=len(travellers))), css["body"])]
    if not groups:
        story.append(Paragraph(escape(language.t(NONE_YET)), css["body"]))
    if any(not _name(traveller)[1] for traveller in data.travellers):
        story += [Spacer(1, 2 * mm), Paragraph(escape(language.t(NOT_FROM_PASSPORT)),
                                               css["small"])]
    return story, f"{language.t(TITLE)} – {data.header.title}"
