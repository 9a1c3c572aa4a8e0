"""The list of receipts (Belegliste) of a grant application: per side of the plan in date
order — no., date, payee or payer, purpose, budget line, amount, paid on — a receipt in
another currency with its original amount, currency, rate and the rate's date on a second
line; the grant payments received; totals per side and the balance.

The totals are `services.grant_reports.receipt_list`'s, which match the plan's actual
amounts (`budget.budget_plan`). Long lists are cut into tables of `CHUNK` receipts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from partnerdesk.dto.annual import ReceiptList
from partnerdesk.dto.grants import ReceiptRow
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest, require
from partnerdesk.reports.financial_statement import grant_header_story
from partnerdesk.reports.texts import CURRENCY_SIGNS, ReportLanguage
from partnerdesk.services import grant_reports
from partnerdesk.vocabulary import BUDGET_CATEGORY, BUDGET_SIDE

TITLE = QT_TRANSLATE_NOOP("Reports", "List of receipts")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "Receipts in date order, per side of the plan")
NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
COUNTERPARTY = QT_TRANSLATE_NOOP("Reports", "Payee / payer")
PURPOSE = QT_TRANSLATE_NOOP("Reports", "Purpose")
LINE = QT_TRANSLATE_NOOP("Reports", "Budget line")
AMOUNT = QT_TRANSLATE_NOOP("Reports", "Amount")
PAID_ON = QT_TRANSLATE_NOOP("Reports", "Paid on")
FOREIGN = QT_TRANSLATE_NOOP(
    "Reports", "Paid in {currency}: {amount} · rate 1 {base} = {rate} {currency} of {date}")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
NONE = QT_TRANSLATE_NOOP("Reports", "No receipts.")
PAYMENTS = QT_TRANSLATE_NOOP("Reports", "Grant payments received")
RECEIVED_ON = QT_TRANSLATE_NOOP("Reports", "Received on")
NOTE = QT_TRANSLATE_NOOP("Reports", "Note")
NO_PAYMENTS = QT_TRANSLATE_NOOP("Reports", "No grant money received yet.")
TOTALS = QT_TRANSLATE_NOOP("Reports", "Totals")
COSTS_TOTAL = QT_TRANSLATE_NOOP("Reports", "Costs (receipts)")
INCOME_TOTAL = QT_TRANSLATE_NOOP("Reports", "Income (receipts)")
INCOME_ALL = QT_TRANSLATE_NOOP("Reports", "Income in total")
BALANCE = QT_TRANSLATE_NOOP("Reports", "Balance (income − costs)")
INFO = ReportInfo("receipts", TITLE, "grant", ONE_LANGUAGE)

CHUNK = 200  # receipts per table (DESIGN.md §5: no giant tables)
WIDTHS = (9 * mm, 18 * mm, 32 * mm, None, 34 * mm, 22 * mm, 18 * mm)


@dataclass(frozen=True)
class ReceiptsData:
    """What the list of receipts shows."""

    receipts: ReceiptList


def load(db, request: ReportRequest) -> ReceiptsData:
    """The application's receipts, payments and totals."""
    return ReceiptsData(grant_reports.receipt_list(db, require(request, "grant")))


def _rate(rate: Decimal, language: ReportLanguage) -> str:
    text = format(rate.normalize(), "f")
    return language.number(Decimal(text if "." in text else f"{text}.00"))


def _foreign(row: ReceiptRow, currency: str, language: ReportLanguage) -> str:
    return language.t(FOREIGN).format(
        currency=row.original_currency,
        amount=language.money(row.original_amount, row.original_currency),
        base=CURRENCY_SIGNS.get(currency, currency), rate=_rate(row.exchange_rate, language),
        date=language.date(row.rate_date))


def _rows(receipts: tuple[ReceiptRow, ...], currency: str,
          language: ReportLanguage) -> tuple[list[list], list[int]]:
    """Table rows of the receipts and the indexes of their foreign-currency second lines."""
    css = styles.paragraph_styles()
    rows: list[list] = []
    second: list[int] = []
    for row in receipts:
        line = (f"{escape(language.label(BUDGET_CATEGORY, row.budget_category, 'BudgetCategory'))}"
                f"<br/><font size=7>{escape(row.budget_description)}</font>")
        rows.append([str(row.number), language.date(row.issued_on),
                     Paragraph(escape(row.counterparty), css["cell"]),
                     Paragraph(escape(row.purpose), css["cell"]),
                     Paragraph(line, css["cell"]), language.money(row.amount, currency),
                     language.date(row.paid_on)])
        if row.original_currency and row.original_amount is not None and row.exchange_rate:
            second.append(len(rows))
            rows.append(["", "", "", Paragraph(escape(_foreign(row, currency, language)),
                                               css["small"]), "", "", ""])
    return rows, second


def _widths() -> list[float]:
    """The column widths in points, the purpose taking what is left."""
    fixed = sum(w for w in WIDTHS if w is not None)
    return [styles.CONTENT_WIDTH - fixed if w is None else w for w in WIDTHS]


def _tables(receipts: tuple[ReceiptRow, ...], total: Decimal, currency: str,
            language: ReportLanguage) -> list[Table]:
    """The receipts of one side in tables of `CHUNK`, the last with the side's total."""
    header = styles.header_cells([language.t(word) for word in (
        NUMBER, DATE, COUNTERPARTY, PURPOSE, LINE, AMOUNT, PAID_ON)], right=(5,))
    css = styles.paragraph_styles()
    tables = []
    chunks = [receipts[i:i + CHUNK] for i in range(0, len(receipts), CHUNK)] or [()]
    for index, chunk in enumerate(chunks):
        rows, second = _rows(chunk, currency, language)
        if not chunk:
            rows.append([Paragraph(escape(language.t(NONE)), css["cell"])] + [""] * 6)
        extra = [("ALIGN", (5, 0), (5, -1), "RIGHT")]
        if not chunk:
            extra.append(("SPAN", (0, 1), (-1, 1)))
        for at in (i + 1 for i in second):  # the second line belongs to the receipt above
            extra += [("SPAN", (3, at), (-1, at)), ("TOPPADDING", (0, at), (-1, at), 0)]
        if index == len(chunks) - 1:
            rows.append([language.t(TOTAL), "", "", "", "", language.money(total, currency), ""])
            extra += [("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                      ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.ACCENT)]
        tables.append(Table([header] + rows, colWidths=_widths(), repeatRows=1,
                            style=_style(len(rows), {i + 1 for i in second}, extra)))
    return tables


def _style(count: int, second_lines: set[int], extra: list) -> TableStyle:
    """The one table style, with the rule under a receipt moved below its second line."""
    base = [command for command in styles.table_style().getCommands()
            if command[:3] != ("LINEBELOW", (0, 1), (-1, -1))]
    rules = [("LINEBELOW", (0, row), (-1, row), 0.25, styles.RULE)
             for row in range(1, count + 1) if row + 1 not in second_lines]
    return TableStyle(base + rules + extra)


def _payments(data: ReceiptList, language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    currency = data.header.currency
    rows: list[list] = [styles.header_cells([language.t(RECEIVED_ON), language.t(NOTE),
                                      language.t(AMOUNT)], right=(2,))]
    rows += [[language.date(p.received_on), Paragraph(escape(p.note), css["cell"]),
              language.money(p.amount, currency)] for p in data.payments]
    if not data.payments:
        rows.append([language.t(NO_PAYMENTS), "", ""])
    rows.append([language.t(TOTAL), "", language.money(data.payments_total, currency)])
    return Table(rows, colWidths=[30 * mm, 70 * mm, 30 * mm], hAlign="LEFT", repeatRows=1,
                 style=styles.table_style(extra=[
                     ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                     ("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.ACCENT)]))


def _totals(data: ReceiptList, language: ReportLanguage) -> Table:
    currency = data.header.currency
    rows = [(COSTS_TOTAL, data.cost_total), (INCOME_TOTAL, data.income_total),
            (PAYMENTS, data.payments_total),
            (INCOME_ALL, data.income_total + data.payments_total), (BALANCE, data.balance)]
    return Table([[language.t(label), language.money(value, currency)] for label, value in rows],
                 colWidths=[100 * mm, 30 * mm], hAlign="LEFT",
                 style=TableStyle([("FONT", (0, 0), (-1, -1), styles.FONT, 8.5),
                                   ("FONT", (0, -1), (-1, -1), styles.BOLD, 8.5),
                                   ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, styles.RULE),
                                   ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.ACCENT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))


def build(data: ReceiptsData, language: ReportLanguage) -> tuple[list, str]:
    """The story of the list of receipts and the PDF's title."""
    css = styles.paragraph_styles()
    receipts = data.receipts
    currency = receipts.header.currency
    story = grant_header_story(receipts.header, language.t(TITLE), language.t(SUBTITLE),
                               language)
    for side, rows, total in (("cost", receipts.costs, receipts.cost_total),
                              ("income", receipts.income, receipts.income_total)):
        story.append(Paragraph(escape(language.label(BUDGET_SIDE, side, "BudgetSide")),
                               css["heading"]))
        story += _tables(rows, total, currency, language)
    story.append(KeepTogether([Paragraph(escape(language.t(PAYMENTS)), css["heading"]),
                               _payments(receipts, language)]))
    story.append(KeepTogether([Paragraph(escape(language.t(TOTALS)), css["heading"]),
                               _totals(receipts, language)]))
    return story, f"{language.t(TITLE)} – {receipts.header.title}"
