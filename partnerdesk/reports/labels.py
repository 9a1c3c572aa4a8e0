"""Address labels on Avery L7160 or Zweckform 3490 sheets (geometry in `reports.sheets`).

Options (`ReportRequest.options`): `sheet` ("L7160" or "3490"), `first_label` (1-based
position of the first free label on the first sheet), `offset_x_mm` / `offset_y_mm` (the
printer's offset: positive moves the print right and down, negative left and up),
`sender` (a small return-address line on each label, default on), `outline` (draw the
labels' edges, for a test print on plain paper). Each label holds a DIN 5008 address block;
its text is shrunk, then cut with "…", and clipped to the label, so it never leaves it. No
letterhead, no footer: the sheets are drawn on a plain canvas.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from partnerdesk.dto import AssociationProfileData
from partnerdesk.dto.letters import Addressee
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import CONTEXT, ONE_LANGUAGE, ReportInfo, ReportRequest
from partnerdesk.reports.contact_list import selection
from partnerdesk.reports.sheets import (
    SHEETS,
    Sheet,
    address_lines,
    is_abroad,
    render_plain,
    return_address,
)
from partnerdesk.reports.styles import fit
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import association, contact_reports

TITLE = QT_TRANSLATE_NOOP("Reports", "Address labels")
INFO = ReportInfo("labels", TITLE, "contacts", ONE_LANGUAGE)
BAD_SHEET = QT_TRANSLATE_NOOP("Reports", "Unknown label sheet “{sheet}”. Known: {known}.")
BAD_FIRST = QT_TRANSLATE_NOOP(
    "Reports", "The first free label must be a position from 1 to {last} on this sheet.")
BAD_OFFSET = QT_TRANSLATE_NOOP(
    "Reports", "The printer offset must be a number of millimetres from -20 to 20.")
NOBODY = QT_TRANSLATE_NOOP("Reports", "None of the chosen contacts has a postal address.")
PAD_X, PAD_Y = 4 * mm, 3 * mm
SIZES = (10, 9.5, 9, 8.5, 8, 7.5, 7)  # the address text shrinks down to 7 pt, then is cut
SENDER_SIZE, SENDER_GAP = 6, 1.5 * mm
MAX_OFFSET = Decimal(20)


@dataclass(frozen=True)
class LabelData:
    """The people to label (with an address), the sheet and where to start on it."""

    people: tuple[Addressee, ...]
    sheet: Sheet
    first_label: int = 1
    offset_x: Decimal = Decimal(0)  # mm, + right
    offset_y: Decimal = Decimal(0)  # mm, + down
    sender: AssociationProfileData | None = None  # None: no return-address line
    outline: bool = False


def _offset(value: object) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", ".").strip() or "0")
    except InvalidOperation:
        raise UserError(BAD_OFFSET, CONTEXT) from None
    if not number.is_finite() or abs(number) > MAX_OFFSET:
        raise UserError(BAD_OFFSET, CONTEXT)
    return number


def _first_label(value: object, sheet: Sheet) -> int:
    try:
        first = int(str(value).strip())
    except ValueError:
        first = 0
    if not 1 <= first <= sheet.per_sheet:
        raise UserError(BAD_FIRST, CONTEXT, last=sheet.per_sheet)
    return first


def load(db, request: ReportRequest) -> LabelData:
    """The chosen contacts that have a postal address, and the sheet options."""
    code = str(request.option("sheet", "L7160")).upper().removeprefix("AVERY").strip()
    if code not in SHEETS:
        raise UserError(BAD_SHEET, CONTEXT, sheet=request.option("sheet"),
                        known=", ".join(SHEETS))
    sheet = SHEETS[code]
    first = _first_label(request.option("first_label", 1), sheet)
    offsets = (_offset(request.option("offset_x_mm", 0)),
               _offset(request.option("offset_y_mm", 0)))
    people = tuple(person for person in contact_reports.select_contacts(db, **selection(request))
                   if person.city.strip() or person.street.strip())
    if not people:
        raise UserError(NOBODY, CONTEXT)
    sender = association.get_profile(db) if request.option("sender", True) else None
    return LabelData(people, sheet, first, *offsets, sender, bool(request.option("outline")))


def fit_block(lines: list[str], width: float, height: float) -> tuple[float, list[str]]:
    """The largest size (of `SIZES`) at which `lines` fit `width` × `height` points, and
    the lines; at the smallest size lines too wide are cut with "…" and lines beyond the
    height are left out."""
    for size in SIZES:
        if (len(lines) * size * 1.2 <= height
                and all(stringWidth(line, styles.FONT, size) <= width for line in lines)):
            return size, lines
    size = SIZES[-1]
    room = max(1, int(height // (size * 1.2)))
    return size, [fit(line, width, size, 1) for line in lines[:room]]


def _draw_label(canvas: Canvas, data: LabelData, person: Addressee, left: float, top: float,
                language: ReportLanguage) -> None:
    """One label whose top left corner is at (`left`, `top`) points from the top left."""
    sheet = data.sheet
    width, height = sheet.label_width * mm, sheet.label_height * mm
    bottom = styles.PAGE_HEIGHT - top - height
    canvas.saveState()
    outline = canvas.beginPath()
    outline.rect(left, bottom, width, height)
    canvas.setStrokeColor(styles.RULE)
    canvas.setLineWidth(0.3)
    canvas.clipPath(outline, stroke=1 if data.outline else 0, fill=0)
    inner_width, inner_height = width - 2 * PAD_X, height - 2 * PAD_Y
    home = data.sender.country if data.sender else "DE"
    sender, sender_size = "", SENDER_SIZE
    if data.sender is not None:
        sender, sender_size = return_address(data.sender, is_abroad(person, home), language,
                                             inner_width, SENDER_SIZE)
        inner_height -= SENDER_SIZE * 1.2 + SENDER_GAP
    size, lines = fit_block(address_lines(person, language, home), inner_width, inner_height)
    block = len(lines) * size * 1.2
    y = bottom + PAD_Y + (inner_height + block) / 2 - size  # centred in the room left
    if sender:
        canvas.setFont(styles.FONT, sender_size)
        sender_y = bottom + height - PAD_Y - SENDER_SIZE
        canvas.drawString(left + PAD_X, sender_y, sender)
        canvas.setLineWidth(0.3)
        canvas.line(left + PAD_X, sender_y - 1.2, left + PAD_X
                    + stringWidth(sender, styles.FONT, sender_size), sender_y - 1.2)
    canvas.setFont(styles.FONT, size)
    for line in lines:
        canvas.drawString(left + PAD_X, y, line)
        y -= size * 1.2
    canvas.restoreState()


def render(data: LabelData, language: ReportLanguage, letterhead: styles.Letterhead,
           _today: date) -> bytes:
    """The label sheets as a PDF (a plain canvas: labels only)."""
    sheet = data.sheet

    def draw(canvas: Canvas) -> None:
        position = data.first_label - 1
        for person in data.people:
            if position == sheet.per_sheet:
                canvas.showPage()
                position = 0
            x, y = sheet.origin(position)
            _draw_label(canvas, data, person, (x + float(data.offset_x)) * mm,
                        (y + float(data.offset_y)) * mm, language)
            position += 1
        canvas.showPage()

    return render_plain(draw, language.t(TITLE), letterhead.name, language)
