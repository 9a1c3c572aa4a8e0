"""The grant overview of a year for the board: per application funder, title, status,
requested, approved, received and the next deadline; totals per currency; and a chart of
the money requested / approved / received by funder.

The applications are those of the grant list's year (`grants.list_grants(year=…)`): the
year of the first linked exchange's start, else of the submission, else of the creation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from partnerdesk.dto import GrantRow
from partnerdesk.dto.annual import FunderTotals, GrantOverview, MoneyTotals
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import charts, styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest, require
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import grant_reports
from partnerdesk.vocabulary import GRANT_STATUS, MILESTONE_KIND

TITLE = QT_TRANSLATE_NOOP("Reports", "Grant overview")
HEADING = QT_TRANSLATE_NOOP("Reports", "Grant overview {year}")
SUBTITLE = QT_TRANSLATE_NOOP(
    "Reports", "Applications for {year}: those whose first exchange starts in {year} (without "
    "an exchange: submitted or, as drafts, created in {year}).")
FUNDER = QT_TRANSLATE_NOOP("Reports", "Funder")
APPLICATION = QT_TRANSLATE_NOOP("Reports", "Application")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
REQUESTED = QT_TRANSLATE_NOOP("Reports", "Requested")
APPROVED = QT_TRANSLATE_NOOP("Reports", "Approved")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
DEADLINE = QT_TRANSLATE_NOOP("Reports", "Next deadline")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
EMPTY = QT_TRANSLATE_NOOP("Reports", "No grant applications for {year}.")
BY_FUNDER = QT_TRANSLATE_NOOP("Reports", "Grant money by funder ({currency})")
INFO = ReportInfo("grant-overview", TITLE, "year", ONE_LANGUAGE)

MONEY_WIDTH = 21 * mm


@dataclass(frozen=True)
class OverviewData:
    """What the grant overview shows."""

    overview: GrantOverview


def load(db, request: ReportRequest) -> OverviewData:
    """The applications of the year with their totals."""
    return OverviewData(grant_reports.grant_overview(db, require(request, "year")))


def _application(row: GrantRow) -> str:
    details = " · ".join(filter(None, (row.programme, row.file_reference)))
    text = f"<b>{escape(row.title)}</b>"
    return text + (f"<br/><font size=7>{escape(details)}</font>" if details else "")


def _deadline(row: GrantRow, language: ReportLanguage) -> str:
    milestone = row.next_milestone
    if milestone is None:
        return ""
    what = milestone.title or language.label(MILESTONE_KIND, milestone.kind, "MilestoneKind")
    return f"{escape(language.date(milestone.due_on))}<br/><font size=7>{escape(what)}</font>"


def _money(value: Decimal | None, currency: str, language: ReportLanguage) -> str:
    return "–" if value is None else language.money(value, currency)


def _table(data: GrantOverview, language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    header = styles.header_cells([language.t(word) for word in (
        FUNDER, APPLICATION, STATUS, REQUESTED, APPROVED, RECEIVED, DEADLINE)], right=(3, 4, 5))
    rows: list[list] = [header]
    for row in data.grants:
        rows.append([
            Paragraph(escape(row.funder), css["cell"]), Paragraph(_application(row), css["cell"]),
            Paragraph(escape(language.label(GRANT_STATUS, row.status, "GrantStatus")),
                      css["cell"]),
            _money(row.amount_requested, row.currency, language),
            _money(row.amount_approved, row.currency, language),
            language.money(row.amount_received, row.currency),
            Paragraph(_deadline(row, language), css["cell"])])
    for totals in data.totals:
        rows.append([language.t(TOTAL), "", "",
                     *(language.money(value, totals.currency)
                       for value in (totals.requested, totals.approved, totals.received)), ""])
    fixed = 30 * mm + 20 * mm + 3 * MONEY_WIDTH + 24 * mm
    first_total = len(rows) - len(data.totals)
    return Table(rows, colWidths=[30 * mm, styles.CONTENT_WIDTH - fixed, 20 * mm, MONEY_WIDTH,
                                  MONEY_WIDTH, MONEY_WIDTH, 24 * mm], repeatRows=1,
                 style=styles.table_style(extra=[
                     ("ALIGN", (3, 0), (5, -1), "RIGHT"),
                     ("FONT", (0, first_total), (-1, -1), styles.BOLD, 8.5),
                     ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, styles.ACCENT)]))


def funder_chart(funders: tuple[FunderTotals, ...], currency: str,
                 language: ReportLanguage) -> list:
    """The heading and chart of the money requested / approved / received by funder in
    `currency` (nothing when no funder has money in it)."""
    rows = [f.totals for f in funders if f.totals.currency == currency]
    if not rows:
        return []
    names = [f.funder for f in funders if f.totals.currency == currency]
    series = [charts.Series(language.t(label), tuple(getattr(t, key) for t in rows))
              for key, label in (("requested", REQUESTED), ("approved", APPROVED),
                                 ("received", RECEIVED))]
    heading = language.t(BY_FUNDER).format(currency=currency)
    return [KeepTogether([Paragraph(escape(heading), styles.paragraph_styles()["heading"]),
                          charts.bar_chart(names, series, language)])]


def build(data: OverviewData, language: ReportLanguage) -> tuple[list, str]:
    """The story of the grant overview and the PDF's title."""
    css = styles.paragraph_styles()
    overview = data.overview
    title = language.t(HEADING).format(year=overview.year)
    story: list = [Paragraph(escape(title), css["title"]),
                   Paragraph(escape(language.t(SUBTITLE).format(year=overview.year)),
                             css["subtitle"])]
    if not overview.grants:
        story.append(Paragraph(escape(language.t(EMPTY).format(year=overview.year)),
                               css["body"]))
        return story, title
    story += [_table(overview, language), Spacer(1, 4 * mm)]
    totals: tuple[MoneyTotals, ...] = overview.totals
    for money in totals:
        story += funder_chart(overview.by_funder, money.currency, language)
    return story, title
