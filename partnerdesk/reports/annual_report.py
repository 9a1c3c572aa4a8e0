"""The annual activity report for the general assembly: the year in figures, its exchanges,
participants by side, age band and gender (with charts: per year by side over five years,
and by age band and side for the year), participant-days, the grants won and the partner
towns' status. The rules behind the figures are `services.annual`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from partnerdesk.dto.annual import AnnualExchange, AnnualReport
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import charts, styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest, require
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import annual
from partnerdesk.vocabulary import (
    COUNTRY,
    EXCHANGE_DIRECTION,
    EXCHANGE_KIND,
    EXCHANGE_STATUS,
    PARTNER_TOWN_RELATION,
    PARTNER_TOWN_STATUS,
    SIDE,
)

TITLE = QT_TRANSLATE_NOOP("Reports", "Annual report")
HEADING = QT_TRANSLATE_NOOP("Reports", "Annual report {year}")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "Exchanges, participants, grants and partner towns")
EXCHANGES = QT_TRANSLATE_NOOP("Reports", "Exchanges")
PARTICIPANTS = QT_TRANSLATE_NOOP("Reports", "Participants")
PEOPLE = QT_TRANSLATE_NOOP("Reports", "Different people")
DAYS = QT_TRANSLATE_NOOP("Reports", "Participant-days")
APPROVED = QT_TRANSLATE_NOOP("Reports", "Grants approved")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Grant money received")
EXCHANGE = QT_TRANSLATE_NOOP("Reports", "Exchange")
DATES = QT_TRANSLATE_NOOP("Reports", "Dates")
TOWNS = QT_TRANSLATE_NOOP("Reports", "Partner towns")
NO_EXCHANGES = QT_TRANSLATE_NOOP("Reports", "No exchanges in {year}.")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
AGE_BAND = QT_TRANSLATE_NOOP("Reports", "Age at the start")
GENDER_HEADER = QT_TRANSLATE_NOOP("Reports", "Gender")
PER_YEAR = QT_TRANSLATE_NOOP("Reports", "Participants per year by side")
PER_AGE = QT_TRANSLATE_NOOP("Reports", "Participants {year} by age band and side")
GRANTS = QT_TRANSLATE_NOOP("Reports", "Grants won")
FUNDER = QT_TRANSLATE_NOOP("Reports", "Funder")
APPLICATION = QT_TRANSLATE_NOOP("Reports", "Application")
APPROVED_AMOUNT = QT_TRANSLATE_NOOP("Reports", "Approved")
RECEIVED_AMOUNT = QT_TRANSLATE_NOOP("Reports", "Received")
NO_GRANTS = QT_TRANSLATE_NOOP("Reports", "No grant was approved for {year}.")
TOWN = QT_TRANSLATE_NOOP("Reports", "Partner town")
COUNTRY_HEADER = QT_TRANSLATE_NOOP("Reports", "Country")
RELATION = QT_TRANSLATE_NOOP("Reports", "Relation")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status at the end of the year")
SINCE = QT_TRANSLATE_NOOP("Reports", "{status} since {date}")
AGE_BANDS = {
    "under_14": QT_TRANSLATE_NOOP("Reports", "under 14"),
    "14_17": QT_TRANSLATE_NOOP("Reports", "14–17"),
    "18_26": QT_TRANSLATE_NOOP("Reports", "18–26"),
    "27_59": QT_TRANSLATE_NOOP("Reports", "27–59"),
    "60_plus": QT_TRANSLATE_NOOP("Reports", "60 and over"),
    annual.UNKNOWN: QT_TRANSLATE_NOOP("Reports", "unknown"),
}
GENDERS = {
    "female": QT_TRANSLATE_NOOP("Reports", "Female"),
    "male": QT_TRANSLATE_NOOP("Reports", "Male"),
    "diverse": QT_TRANSLATE_NOOP("Reports", "Diverse"),
    "unknown": QT_TRANSLATE_NOOP("Reports", "Not stated"),
}
INFO = ReportInfo("annual-report", TITLE, "year", ONE_LANGUAGE)

CHART_GAP = 6 * mm
YEARS_WIDTH = 72 * mm  # five years; the age bands get the rest of the line
AGES_WIDTH = styles.CONTENT_WIDTH - YEARS_WIDTH - CHART_GAP


@dataclass(frozen=True)
class AnnualData:
    """What the annual report shows."""

    report: AnnualReport


def load(db, request: ReportRequest) -> AnnualData:
    """The year's figures."""
    return AnnualData(annual.annual_report(db, require(request, "year")))


def _sides(report: AnnualReport) -> list[str]:
    """The sides to show: home and partner always, other when someone is on it."""
    present = set(report.by_side).union(*(y.by_side for y in report.history))
    return [side for side in SIDE if side in present or side != "other"]


def _town(native: str, latin: str, language: ReportLanguage) -> str:
    return native if language.first == "ru" and native else latin


def _figures(report: AnnualReport, language: ReportLanguage) -> Table:
    money = ", ".join(language.money(t.approved, t.currency) for t in report.grant_totals)
    received = ", ".join(language.money(t.received, t.currency) for t in report.grant_totals)
    held = sum(1 for e in report.exchanges if e.status != "cancelled")
    figures = [(EXCHANGES, str(held)), (PARTICIPANTS, str(report.participants)),
               (PEOPLE, str(report.people)), (DAYS, str(report.participant_days)),
               (APPROVED, money or "–"), (RECEIVED, received or "–")]
    css = styles.paragraph_styles()
    return Table([[Paragraph(escape(language.t(label)), css["small"]) for label, _ in figures],
                  [value for _, value in figures]],
                 colWidths=[styles.CONTENT_WIDTH / 6] * 6,
                 style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 8.5),
                                   ("FONT", (0, 1), (-1, 1), styles.BOLD, 12),
                                   ("TEXTCOLOR", (0, 1), (-1, 1), styles.ACCENT),
                                   ("BACKGROUND", (0, 0), (-1, -1), styles.SHADE),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 1), (-1, 1), 5)]))


def _exchange_cell(exchange: AnnualExchange, language: ReportLanguage) -> str:
    details = " · ".join((
        language.label(EXCHANGE_KIND, exchange.kind, "ExchangeKind"),
        language.label(EXCHANGE_DIRECTION, exchange.direction, "ExchangeDirection"),
        language.label(EXCHANGE_STATUS, exchange.status, "ExchangeStatus")))
    return f"<b>{escape(exchange.title)}</b><br/><font size=7>{escape(details)}</font>"


def _column_width(text: str, minimum: float) -> float:
    """A column at least `minimum` wide and wide enough for each word of its bold header
    (headers wrap between words, never inside one)."""
    widest = max((stringWidth(word, styles.BOLD, 8.5) for word in text.split()), default=0)
    return max(minimum, widest + 7)


def _exchanges(report: AnnualReport, sides: list[str], language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    words = [language.t(EXCHANGE), language.t(DATES), language.t(TOWNS),
             *(language.label(SIDE, side, "Side") for side in sides), language.t(DAYS)]
    header = styles.header_cells(words, right=range(3, len(words)))
    widths = [0, 28 * mm, _column_width(words[2], 26 * mm),
              *(_column_width(word, 15 * mm) for word in words[3:-1]),
              _column_width(words[-1], 18 * mm)]
    widths[0] = styles.CONTENT_WIDTH - sum(widths)
    rows: list[list] = [header]
    for e in report.exchanges:
        towns = ", ".join(_town(t.name_native, t.name, language) for t in e.partner_towns)
        cancelled = e.status == "cancelled"
        rows.append([Paragraph(_exchange_cell(e, language), css["cell"]),
                     Paragraph(escape(language.period(e.start_date, e.end_date)), css["cell"]),
                     Paragraph(escape(towns), css["cell"]),
                     *("–" if cancelled else str(e.by_side.get(side, 0)) for side in sides),
                     "–" if cancelled else str(e.participant_days)])
    rows.append([language.t(TOTAL), "", "", *(str(report.by_side.get(s, 0)) for s in sides),
                 str(report.participant_days)])
    return Table(rows, colWidths=widths, repeatRows=1,
                 style=styles.table_style(extra=[
                     ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                     ("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.ACCENT)]))


def _counts(header: list[str], rows: list[list], width: float) -> Table:
    """A table of counts: labels on the left, counts right-aligned, a total row last."""
    head = styles.header_cells(header, right=range(1, len(header)))
    widths = [0] + [_column_width(text, 14 * mm) for text in header[1:]]
    widths[0] = width - sum(widths)
    return Table([head] + rows, colWidths=widths, hAlign="LEFT", repeatRows=1,
                 style=styles.table_style(extra=[
                     ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                     ("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.ACCENT)]))


def _bands(report: AnnualReport) -> list[str]:
    keys = [key for key, _low, _high in annual.AGE_BANDS]
    return keys + ([annual.UNKNOWN] if report.by_age.get(annual.UNKNOWN) else [])


def _participants(report: AnnualReport, sides: list[str], language: ReportLanguage) -> list:
    per_side = report.by_side_and_age
    header = [language.t(AGE_BAND), *(language.label(SIDE, s, "Side") for s in sides),
              language.t(TOTAL)]
    rows = [[language.t(AGE_BANDS[band]),
             *(str(per_side.get(s, {}).get(band, 0)) for s in sides),
             str(report.by_age.get(band, 0))] for band in _bands(report)]
    rows.append([language.t(TOTAL), *(str(report.by_side.get(s, 0)) for s in sides),
                 str(report.participants)])
    genders = [[language.t(GENDERS[g]), str(report.by_gender.get(g, 0))] for g in GENDERS
               if report.by_gender.get(g) or g in ("female", "male")]
    genders.append([language.t(TOTAL), str(report.participants)])
    tables = Table([[_counts(header, rows, 108 * mm),
                     _counts([language.t(GENDER_HEADER), ""], genders, 55 * mm)]],
                   colWidths=[114 * mm, styles.CONTENT_WIDTH - 114 * mm], hAlign="LEFT",
                   style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 8.5),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [tables, Spacer(1, 4 * mm), _charts(report, sides, language)]


def _charts(report: AnnualReport, sides: list[str], language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    labels = [language.label(SIDE, side, "Side") for side in sides]
    years = charts.column_chart(
        [str(y.year) for y in report.history],
        [charts.Series(label, tuple(y.by_side.get(side, 0) for y in report.history))
         for side, label in zip(sides, labels, strict=True)], language, stacked=True,
        width=YEARS_WIDTH)
    bands = _bands(report)
    ages = charts.column_chart(
        [language.t(AGE_BANDS[band]) for band in bands],
        [charts.Series(label, tuple(report.by_side_and_age.get(side, {}).get(band, 0)
                                    for band in bands))
         for side, label in zip(sides, labels, strict=True)], language, stacked=True,
        width=AGES_WIDTH)
    small_heading = css["body"].clone("chart", fontName=styles.BOLD, textColor=styles.ACCENT)
    return Table([[Paragraph(escape(language.t(PER_YEAR)), small_heading),
                   Paragraph(escape(language.t(PER_AGE).format(year=report.year)),
                             small_heading)], [years, ages]],
                 colWidths=[YEARS_WIDTH + CHART_GAP, AGES_WIDTH],
                 style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 8.5),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))


def _grants(report: AnnualReport, language: ReportLanguage) -> list:
    css = styles.paragraph_styles()
    if not report.grants:
        return [Paragraph(escape(language.t(NO_GRANTS).format(year=report.year)), css["body"])]
    rows: list[list] = [styles.header_cells([language.t(w) for w in (
        FUNDER, APPLICATION, APPROVED_AMOUNT, RECEIVED_AMOUNT)], right=(2, 3))]
    rows += [[Paragraph(escape(g.funder), css["cell"]), Paragraph(escape(g.title), css["cell"]),
              language.money(g.amount_approved, g.currency),
              language.money(g.amount_received, g.currency)] for g in report.grants]
    rows += [[language.t(TOTAL), "", language.money(t.approved, t.currency),
              language.money(t.received, t.currency)] for t in report.grant_totals]
    first_total = len(rows) - len(report.grant_totals)
    return [Table(rows, colWidths=[55 * mm, styles.CONTENT_WIDTH - 105 * mm, 25 * mm, 25 * mm],
                  repeatRows=1, style=styles.table_style(extra=[
                      ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                      ("FONT", (0, first_total), (-1, -1), styles.BOLD, 8.5),
                      ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, styles.ACCENT)]))]


def _towns(report: AnnualReport, language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    rows: list[list] = [styles.header_cells([language.t(w) for w in (
        TOWN, COUNTRY_HEADER, RELATION, STATUS)])]
    for town in report.towns:
        status = language.label(PARTNER_TOWN_STATUS, town.status, "PartnerTownStatus")
        if town.since is not None:
            status = language.t(SINCE).format(status=status, date=language.date(town.since))
        note = f"<br/><font size=7>{escape(town.note)}</font>" if town.note else ""
        rows.append([Paragraph(escape(language.name(town.name, town.name_native)), css["cell"]),
                     Paragraph(escape(language.label(COUNTRY, town.country, "Country")),
                               css["cell"]),
                     Paragraph(escape(language.label(PARTNER_TOWN_RELATION, town.relation,
                                                     "PartnerTownRelation")), css["cell"]),
                     Paragraph(escape(status) + note, css["cell"])])
    return Table(rows, colWidths=[52 * mm, 25 * mm, 30 * mm, styles.CONTENT_WIDTH - 107 * mm],
                 repeatRows=1, style=styles.table_style())


def build(data: AnnualData, language: ReportLanguage) -> tuple[list, str]:
    """The story of the annual report and the PDF's title."""
    css = styles.paragraph_styles()
    report = data.report
    title = language.t(HEADING).format(year=report.year)
    sides = _sides(report)
    story: list = [Paragraph(escape(title), css["title"]),
                   Paragraph(escape(language.t(SUBTITLE)), css["subtitle"]),
                   _figures(report, language),
                   Paragraph(escape(language.t(EXCHANGES)), css["heading"])]
    if report.exchanges:
        story.append(_exchanges(report, sides, language))
    else:
        story.append(Paragraph(escape(language.t(NO_EXCHANGES).format(year=report.year)),
                               css["body"]))
    story.append(KeepTogether([Paragraph(escape(language.t(PARTICIPANTS)), css["heading"]),
                               *_participants(report, sides, language)]))
    story.append(KeepTogether([Paragraph(escape(language.t(GRANTS)), css["heading"]),
                               *_grants(report, language)]))
    story.append(KeepTogether([Paragraph(escape(language.t(TOWNS)), css["heading"]),
                               _towns(report, language)]))
    return story, title
