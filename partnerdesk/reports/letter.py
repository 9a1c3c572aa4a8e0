"""Letters (mail merge) from an editable template to a selection of contacts, one letter per
contact, each on new pages (e.g. the invitation partners need for a visa).

DIN 5008 form B: the letterhead of every report at the top, the address field 45 mm from
the top and 20 mm from the left edge (85 × 45 mm: a return-address line in its upper zone,
the address block below, its text on the 25 mm margin of the body), the information block
with the date at 125 mm, subject, body, closing with the signing board member, fold and
hole marks at the left edge; pages after the first of a letter carry the letterhead only.
Page numbers count the pages of each letter ("page 1 of 2").

Options: `template_id` (else the first template in the letter's language); the exchange
is `ReportRequest.exchange_id`. The letter's language must be the template's.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from partnerdesk.dto.letters import Addressee, LetterBatch, LetterText
from partnerdesk.messages import QT_TRANSLATE_NOOP, Label, UserError
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import BILINGUAL, CONTEXT, ReportInfo, ReportRequest
from partnerdesk.reports.contact_list import selection
from partnerdesk.reports.sheets import address_lines, is_abroad, return_address
from partnerdesk.reports.styles import fit
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import letters
from partnerdesk.vocabulary import REPORT_LANGUAGE

TITLE = QT_TRANSLATE_NOOP("Reports", "Letters")
INFO = ReportInfo("letter", TITLE, "contacts", BILINGUAL)
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
OTHER_LANGUAGE = QT_TRANSLATE_NOOP(
    "Reports", "The letter template “{name}” is written in {language}: write the letter in "
    "that language.")
NOBODY = QT_TRANSLATE_NOOP("Reports", "No contacts match.")
LEFT, RIGHT, BOTTOM = 25 * mm, 20 * mm, 25 * mm
ADDRESS_TOP, ADDRESS_ZONE = 45 * mm, 17.7 * mm  # DIN 5008 form B
INFO_LEFT, INFO_TOP = 125 * mm, 50 * mm
SUBJECT_TOP = 98.46 * mm
FOLD_MARKS, HOLE_MARK = (105 * mm, 210 * mm), 148.5 * mm
ADDRESS_SIZE, RETURN_SIZE = 10, 7


@dataclass(frozen=True)
class LetterData:
    """The letters' template, sender, exchange and addressees."""

    batch: LetterBatch


def load(db, request: ReportRequest) -> LetterData:
    """The batch of letters for the requested template, exchange and contacts."""
    template_id = request.option("template_id") or letters.default_template(db,
                                                                            request.language)
    batch = letters.load_batch(db, int(template_id), exchange_id=request.exchange_id,
                               **selection(request))
    if batch.template.language != request.language:
        raise UserError(OTHER_LANGUAGE, CONTEXT, name=batch.template.name, language=Label(
            "ReportLanguage", REPORT_LANGUAGE.get(batch.template.language,
                                                  batch.template.language)))
    if not batch.letters:
        raise UserError(NOBODY, CONTEXT)
    return LetterData(batch)


class _AddressField(Flowable):
    """The top of a letter's first page: return address, address block, date."""

    def __init__(self, person: Addressee, batch: LetterBatch, language: ReportLanguage,
                 today: date) -> None:
        super().__init__()
        self.person, self.batch, self.language, self.today = person, batch, language, today

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, SUBJECT_TOP - ADDRESS_TOP

    def draw(self) -> None:
        canvas, top = self.canv, SUBJECT_TOP - ADDRESS_TOP  # y of the field's top edge
        sender = self.batch.sender
        home = sender.country or "DE"
        width = 85 * mm - (LEFT - 20 * mm) - 2 * mm
        back, size = return_address(sender, is_abroad(self.person, home), self.language, width,
                                    RETURN_SIZE)
        canvas.setFont(styles.FONT, size)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(0, top - ADDRESS_ZONE + 2.5 * mm, back)
        canvas.setFillColor(colors.black)
        canvas.setFont(styles.FONT, ADDRESS_SIZE)
        y = top - ADDRESS_ZONE - ADDRESS_SIZE
        for line in address_lines(self.person, self.language, home)[:6]:
            canvas.drawString(0, y, fit(line, width, ADDRESS_SIZE, 1))
            y -= ADDRESS_SIZE * 1.2
        x, y = INFO_LEFT - LEFT, top - (INFO_TOP - ADDRESS_TOP)
        canvas.setFont(styles.FONT, 7.5)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(x, y, self.language.t(DATE))
        canvas.setFillColor(colors.black)
        canvas.setFont(styles.FONT, ADDRESS_SIZE)
        canvas.drawString(x, y - 4.5 * mm, self.language.date(self.today))


def _letter_story(text: LetterText, person: Addressee, data: LetterData,
                  language: ReportLanguage, today: date) -> list[Flowable]:
    css = styles.paragraph_styles()
    body = ParagraphStyle("letter", parent=css["body"], fontSize=10.5, leading=14,
                          spaceAfter=3.5 * mm)
    subject = ParagraphStyle("subject", parent=body, fontName=styles.BOLD, spaceAfter=8 * mm)
    paragraphs = [part.strip("\n") for part in text.body.split("\n\n") if part.strip()]
    story: list[Flowable] = [_AddressField(person, data.batch, language, today),
                             NextPageTemplate("next"),
                             Paragraph(escape(text.subject), subject)]
    flowed = [Paragraph(escape(part).replace("\n", "<br/>"), body) for part in paragraphs]
    signer = next((member for member in data.batch.sender.board if member.signs), None)
    closing = flowed[-1:] + [Spacer(1, 12 * mm)]
    if signer is not None:
        closing.append(Paragraph(escape(signer.name) + (
            f"<br/>{escape(signer.function)}" if signer.function else ""), body))
    return story + flowed[:-1] + [KeepTogether(closing)]


class _LetterCanvas(styles.NumberedCanvas):
    """Numbers the pages of each letter on their own ("page 1 of 2"); the footer holds only
    the page number."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.letter_starts: list[int] = []  # 1-based page numbers where a letter begins

    def page_numbers(self, count: int) -> list[tuple[int, int]]:
        starts = [*self.letter_starts, count + 1]
        numbers = []
        for number in range(1, count + 1):
            letter = bisect_right(starts, number) - 1  # the letter this page belongs to
            begin, total = starts[letter], starts[letter + 1] - starts[letter]
            numbers.append((number - begin + 1, total))
        return numbers

    def footer(self, page: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(styles.RULE)
        self.setLineWidth(0.4)
        self.line(LEFT, 15 * mm, styles.PAGE_WIDTH - RIGHT, 15 * mm)
        self.setFont(styles.FONT, styles.FOOTER_SIZE)
        self.setFillColor(styles.MUTED)
        self.drawRightString(styles.PAGE_WIDTH - RIGHT, 11 * mm, self.setup.language.t(
            styles.PAGE_OF).format(page=page, pages=total))
        self.restoreState()


def _first_page(canvas: _LetterCanvas, setup: styles.PageSetup) -> None:
    canvas.letter_starts.append(canvas.getPageNumber())
    styles.draw_letterhead(canvas, setup)  # the one letterhead of every report
    canvas.saveState()
    canvas.setStrokeColor(styles.RULE)
    canvas.setLineWidth(0.4)
    for y in FOLD_MARKS:
        canvas.line(3 * mm, styles.PAGE_HEIGHT - y, 8 * mm, styles.PAGE_HEIGHT - y)
    canvas.line(3 * mm, styles.PAGE_HEIGHT - HOLE_MARK, 10 * mm, styles.PAGE_HEIGHT - HOLE_MARK)
    canvas.restoreState()


def render(data: LetterData, language: ReportLanguage, letterhead: styles.Letterhead,
           today: date) -> bytes:
    """The letters as one PDF, each from a new page."""
    styles.register_fonts()
    translators = dict(zip(language.codes, language.translators, strict=True))
    title = f"{language.t(TITLE)} – {data.batch.template.name}"
    setup = styles.PageSetup(letterhead, language, title, today)
    width = styles.PAGE_WIDTH - LEFT - RIGHT
    first = Frame(LEFT, BOTTOM, width, styles.PAGE_HEIGHT - ADDRESS_TOP - BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    following = Frame(LEFT, BOTTOM, width, styles.PAGE_HEIGHT - styles.MARGIN_TOP - BOTTOM,
                      id="next", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=A4, title=title, author=letterhead.name,
                               creator="PartnerDesk", lang=language.first)
    document.addPageTemplates([
        PageTemplate("first", [first], onPage=lambda c, _d: _first_page(c, setup)),
        PageTemplate("next", [following],
                     onPage=lambda c, _d: styles.draw_letterhead(c, setup))])
    story: list[Flowable] = []
    for letter in data.batch.letters:
        text = letters.fill_letter(data.batch, letter, today, translators)
        if story:
            story += [NextPageTemplate("first"), PageBreak()]
        story += _letter_story(text, letter.addressee, data, language, today)
    canvas_class = type("LetterCanvas", (_LetterCanvas,), {"setup": setup})
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()
