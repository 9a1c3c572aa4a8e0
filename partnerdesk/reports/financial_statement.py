"""The financial statement of a grant application (zahlenmäßiger Nachweis): the cost and
financing plan planned / approved / actual per budget line with the percentage used, income
by source, totals, the grant's share, the result (surplus to repay or still outstanding),
and a signature block for the board members who sign.

Every figure is `budget.budget_plan`'s or `budget.grant_result`'s, printed as they are.
The grant's head (`grant_header_story`) is shared with the list of receipts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from partnerdesk.dto.annual import GrantHeader
from partnerdesk.dto.grants import BudgetLineRow, BudgetPlan, BudgetTotals, GrantResult
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest, require
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import budget, grant_reports
from partnerdesk.vocabulary import BUDGET_CATEGORY, BUDGET_SIDE, GRANT_STATUS

TITLE = QT_TRANSLATE_NOOP("Reports", "Financial statement")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "Cost and financing plan: planned, approved, actual")
FUNDER = QT_TRANSLATE_NOOP("Reports", "Funder")
PROGRAMME = QT_TRANSLATE_NOOP("Reports", "Funding programme")
FILE_REFERENCE = QT_TRANSLATE_NOOP("Reports", "File reference")
EXCHANGES = QT_TRANSLATE_NOOP("Reports", "Exchange")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
CATEGORY = QT_TRANSLATE_NOOP("Reports", "Budget line")
DESCRIPTION = QT_TRANSLATE_NOOP("Reports", "Description")
PLANNED = QT_TRANSLATE_NOOP("Reports", "Planned")
APPROVED = QT_TRANSLATE_NOOP("Reports", "Approved")
ACTUAL = QT_TRANSLATE_NOOP("Reports", "Actual")
TOTAL_COSTS = QT_TRANSLATE_NOOP("Reports", "Total costs")
TOTAL_INCOME = QT_TRANSLATE_NOOP("Reports", "Total income")
UNPLANNED = QT_TRANSLATE_NOOP("Reports", "Grant money received (no line in the plan)")
NO_LINES = QT_TRANSLATE_NOOP("Reports", "No budget lines yet.")
DIFFERENCE = QT_TRANSLATE_NOOP("Reports", "Difference (income − costs)")
SHARE = QT_TRANSLATE_NOOP("Reports", "Share of this grant in the costs")
RESULT = QT_TRANSLATE_NOOP("Reports", "Balance and result")
RESULT_ROWS = (
    ("approved", QT_TRANSLATE_NOOP("Reports", "Grant approved")),
    ("received", QT_TRANSLATE_NOOP("Reports", "Grant received")),
    ("actual_costs", QT_TRANSLATE_NOOP("Reports", "Actual costs")),
    ("other_income", QT_TRANSLATE_NOOP("Reports", "Other income")),
    ("entitled", QT_TRANSLATE_NOOP("Reports", "Grant due for the actual costs")),
)
REPAY = QT_TRANSLATE_NOOP("Reports", "Surplus to repay")
OUTSTANDING = QT_TRANSLATE_NOOP("Reports", "Grant still outstanding")
SETTLED = QT_TRANSLATE_NOOP("Reports", "Nothing to repay, nothing outstanding")
CONFIRM = QT_TRANSLATE_NOOP(
    "Reports", "We confirm that the expenditure was necessary, that we managed economically "
    "and sparingly, and that the figures agree with the books and the receipts.")
PLACE_DATE = QT_TRANSLATE_NOOP("Reports", "Place, date")
SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Signature")
INFO = ReportInfo("financial-statement", TITLE, "grant", ONE_LANGUAGE)

MONEY_WIDTH = 22 * mm


@dataclass(frozen=True)
class StatementData:
    """What the financial statement shows."""

    header: GrantHeader
    plan: BudgetPlan
    result: GrantResult


def load(db, request: ReportRequest) -> StatementData:
    """The application's head, its cost and financing plan and its result."""
    grant_id = require(request, "grant")
    header = grant_reports.grant_header(db, grant_id)  # UserError when it is gone
    return StatementData(header, budget.budget_plan(db, grant_id),
                         budget.grant_result(db, grant_id))


def percent_text(value: Decimal | None, language: ReportLanguage) -> str:
    """`87,5 %` (de, ru) or `87.5%` (en); empty for None."""
    if value is None:
        return ""
    number = language.number(value)
    return f"{number}%" if language.first == "en" else f"{number}\u00a0%"


def grant_header_story(header: GrantHeader, title: str, subtitle: str,
                       language: ReportLanguage) -> list:
    """Title, the application's title and the table of funder, programme, file reference,
    exchanges, period and status."""
    css = styles.paragraph_styles()
    exchanges = "<br/>".join(
        f"{escape(e.title)} ({escape(language.period(e.start_date, e.end_date))})"
        for e in header.exchanges)
    rows = [(FUNDER, escape(header.funder)), (PROGRAMME, escape(header.programme)),
            (FILE_REFERENCE, escape(header.file_reference)), (EXCHANGES, exchanges),
            (PERIOD, escape(language.period(header.period_start, header.period_end))
             if header.period_start else ""),
            (STATUS, escape(language.label(GRANT_STATUS, header.status, "GrantStatus")))]
    table = Table([[Paragraph(f"<b>{escape(language.t(key))}</b>", css["cell"]),
                    Paragraph(value, css["cell"])]
                   for key, value in rows if value],
                  colWidths=[36 * mm, styles.CONTENT_WIDTH - 36 * mm],
                  style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 8.5),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [Paragraph(escape(title), css["title"]),
            Paragraph(f"<b>{escape(header.title)}</b><br/>{escape(subtitle)}", css["subtitle"]),
            table, Spacer(1, 3 * mm)]


def _line(row: BudgetLineRow, language: ReportLanguage, currency: str, css) -> list:
    return [Paragraph(escape(language.label(BUDGET_CATEGORY, row.category, "BudgetCategory")),
                      css["cell"]),
            Paragraph(escape(row.description), css["cell"]),
            language.money(row.planned, currency),
            language.money(row.approved, currency) if row.approved is not None else "–",
            language.money(row.actual, currency),
            percent_text(grant_reports.line_percent(row.actual, row.planned, row.approved),
                         language)]


def _side(lines: tuple[BudgetLineRow, ...], totals: BudgetTotals, total_label: str,
          extra: Decimal, language: ReportLanguage, currency: str) -> Table:
    css = styles.paragraph_styles()
    header = styles.header_cells([language.t(word) for word in (
        CATEGORY, DESCRIPTION, PLANNED, APPROVED, ACTUAL)] + ["%"], right=range(2, 6))
    rows = [header] + [_line(row, language, currency, css) for row in lines]
    if extra:
        rows.append([Paragraph(escape(language.t(UNPLANNED)), css["cell"]), "", "", "",
                     language.money(extra, currency), ""])
    if len(rows) == 1:
        rows.append([Paragraph(escape(language.t(NO_LINES)), css["cell"]), "", "", "", "", ""])
    rows.append([language.t(total_label), "", language.money(totals.planned, currency),
                 language.money(totals.approved, currency),
                 language.money(totals.actual, currency),
                 percent_text(grant_reports.percent(totals.actual, totals.approved), language)])
    fixed = 34 * mm + 3 * MONEY_WIDTH + 14 * mm
    return Table(rows, colWidths=[34 * mm, styles.CONTENT_WIDTH - fixed, MONEY_WIDTH,
                                  MONEY_WIDTH, MONEY_WIDTH, 14 * mm], repeatRows=1,
                 style=styles.table_style(extra=[
                     ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                     ("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                     ("SPAN", (0, -1), (1, -1)),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.ACCENT)]))


def _result(plan: BudgetPlan, result: GrantResult, language: ReportLanguage) -> Table:
    """The balance and the grant's share (planned / approved / actual), then what the grant
    comes to: received, due, and the surplus to repay or the money still outstanding."""
    money, currency = language.money, result.currency
    columns = " / ".join(language.t(word) for word in (PLANNED, APPROVED, ACTUAL))
    differences = (plan.planned_difference, plan.approved_difference, plan.actual_difference)
    shares = (plan.grant_share_planned, plan.grant_share_approved, plan.grant_share_actual)
    rows = [(f"{language.t(DIFFERENCE)} – {columns}",
             " / ".join(money(value, currency) for value in differences)),
            (f"{language.t(SHARE)} – {columns}",
             " / ".join(percent_text(value, language) or "–" for value in shares))]
    rows += [(language.t(label), money(getattr(result, key), currency))
             for key, label in RESULT_ROWS if getattr(result, key) is not None]
    if result.repayment:
        rows.append((language.t(REPAY), money(result.repayment, currency)))
    elif result.outstanding:
        rows.append((language.t(OUTSTANDING), money(result.outstanding, currency)))
    else:
        rows.append((language.t(SETTLED), money(Decimal("0.00"), currency)))
    return Table([list(row) for row in rows], colWidths=[115 * mm, 50 * mm], hAlign="LEFT",
                 style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 8.5),
                                   ("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                                   ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, styles.RULE),
                                   ("LINEBELOW", (0, 1), (-1, 1), 0.8, styles.ACCENT),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))


def signature_block(header: GrantHeader, language: ReportLanguage) -> Table:
    """Place (prefilled with the association's town) and date, and a signature line for each
    board member who signs (one unnamed line when none is recorded)."""
    css = styles.paragraph_styles()
    signers = header.signers[:3] or (None,)
    gap = 6 * mm
    width = (styles.CONTENT_WIDTH - gap * len(signers)) / (len(signers) + 1)
    top, labels, names, widths = [f"{header.place}," if header.place else ""], \
        [language.t(PLACE_DATE)], [""], [width]
    for signer in signers:
        top += ["", ""]
        labels += ["", language.t(SIGNATURE)]
        names += ["", Paragraph(escape(", ".join(filter(None, (signer.name, signer.function))))
                              if signer else "", css["small"])]
        widths += [gap, width]
    lines = [("LINEABOVE", (col, 1), (col, 1), 0.6, colors.black)
             for col in range(0, len(widths), 2)]
    return Table([top, labels, names], colWidths=widths, rowHeights=[14 * mm, None, None],
                 hAlign="LEFT", style=TableStyle([
                     ("FONT", (0, 0), (-1, -1), styles.FONT, 8), ("VALIGN", (0, 0), (-1, 0),
                                                                   "BOTTOM"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0), *lines]))


def build(data: StatementData, language: ReportLanguage) -> tuple[list, str]:
    """The story of the financial statement and the PDF's title."""
    css = styles.paragraph_styles()
    plan, currency = data.plan, data.plan.currency
    story = grant_header_story(data.header, language.t(TITLE), language.t(SUBTITLE), language)
    for side, lines, totals, label, extra in (
            ("cost", plan.cost_lines, plan.costs, TOTAL_COSTS, Decimal("0.00")),
            ("income", plan.income_lines, plan.income, TOTAL_INCOME, plan.unplanned_payments)):
        story.append(Paragraph(escape(language.label(BUDGET_SIDE, side, "BudgetSide")),
                               css["heading"]))
        story.append(_side(lines, totals, label, extra, language, currency))
    story.append(KeepTogether([  # the result and the signatures under it stay together
        Paragraph(escape(language.t(RESULT)), css["heading"]),
        _result(plan, data.result, language), Spacer(1, 5 * mm),
        Paragraph(escape(language.t(CONFIRM)), css["body"]), Spacer(1, 2 * mm),
        signature_block(data.header, language)]))
    return story, f"{language.t(TITLE)} – {data.header.title}"
