"""The one look of every report (DESIGN.md §5): fonts, paragraph and table styles, and the
page template — letterhead from the association profile, footer with the print date and
"page x of y" in the report's language, A4.

The bundled Liberation Sans (resources/fonts, SIL OFL) covers German, Polish, French and
Cyrillic; it is embedded into every PDF (subset), so no reader depends on installed fonts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from partnerdesk import paths
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports.texts import ReportLanguage

FONT, BOLD, ITALIC = "PDSans", "PDSans-Bold", "PDSans-Italic"
_FONT_FILES = {FONT: "LiberationSans-Regular.ttf", BOLD: "LiberationSans-Bold.ttf",
               ITALIC: "LiberationSans-Italic.ttf", "PDSans-BoldItalic":
               "LiberationSans-BoldItalic.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 15 * mm
MARGIN_TOP, MARGIN_BOTTOM = 32 * mm, 20 * mm
SIGNATURE_SPACE = 16 * mm  # kept free above the footer when every page carries a signature
SIGNATURE_WIDTH = 75 * mm  # the signature line and its label
FOOTER_SIZE = 7.5
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa9b8")
SHADE = colors.HexColor("#eef2f6")
MUTED = colors.HexColor("#444444")  # footers and small print
WARN = "#a4262c"  # what needs attention (markup colour)

PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
PRINTED_ON = QT_TRANSLATE_NOOP("Reports", "Printed on {date}")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Reports", "Confidential")


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = paths.resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic="PDSans-BoldItalic")


def has_glyphs(text: str) -> bool:
    """True when the bundled font can draw every character of `text`."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return all(ord(char) in face.charToGlyph for char in text if char not in "\n\t")


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every report uses."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=8.5, leading=10.5,
                                     alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16,
                                leading=20, textColor=ACCENT, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14,
                                   spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11.5,
                                  leading=15, textColor=ACCENT, spaceBefore=4 * mm,
                                  spaceAfter=2 * mm, keepWithNext=1),
    }


def frame_height(signature: bool = False) -> float:
    """The height of a page's body frame (less when a signature line is in the footer)."""
    return PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - (SIGNATURE_SPACE if signature else 0)


def header_cells(texts: list[str], right: range | tuple[int, ...] = ()) -> list[Paragraph]:
    """Bold table headers that wrap between words (translations run longer than English);
    the columns in `right` (figures) right-aligned."""
    css = paragraph_styles()
    left = css["cell"].clone("head", fontName=BOLD)
    right_style = css["cell_right"].clone("head_right", fontName=BOLD)
    return [Paragraph(escape(text), right_style if index in right else left)
            for index, text in enumerate(texts)]


def table_style(header_rows: int = 1, extra: Sequence[tuple] = ()) -> TableStyle:
    """Grid tables: a shaded bold header (repeated on each page), thin rules."""
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])


@dataclass(frozen=True)
class Letterhead:
    """What the top of every page shows: from the association profile."""

    name: str
    address: str = ""
    contact: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class PageSetup:
    """Everything the page template needs besides the story."""

    letterhead: Letterhead
    language: ReportLanguage
    title: str
    printed_on: date
    confidential: bool = False
    signature: str = ""  # a signature line on every page, labelled with this text


class NumberedCanvas(Canvas):
    """Keeps the pages until the end, then draws each page's footer once the page count is
    known ("page x of y"). Subclasses may number differently (`page_numbers`) or draw
    another footer (`footer`)."""

    setup: PageSetup

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = FONT  # never Helvetica: it is not embedded
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def page_numbers(self, count: int) -> list[tuple[int, int]]:
        """(page, pages) for each of the `count` pages."""
        return [(page, count) for page in range(1, count + 1)]

    def footer(self, page: int, total: int) -> None:
        """Draw the footer of the current page."""
        _draw_footer(self, self.setup, page, total)

    def save(self) -> None:
        numbers = self.page_numbers(len(self._pages))
        for state, (page, total) in zip(self._pages, numbers, strict=True):
            self.__dict__.update(state)
            self.footer(page, total)
            super().showPage()
        super().save()


def draw_letterhead(canvas: Canvas, setup: PageSetup) -> None:
    """The letterhead at the top of a page (every report and letter shares it)."""
    head = setup.letterhead
    top = PAGE_HEIGHT - 12 * mm
    text_right = PAGE_WIDTH - MARGIN_RIGHT
    if head.logo:
        try:
            image = ImageReader(io.BytesIO(head.logo))
            width, height = image.getSize()
            scale = min(40 * mm / width, 14 * mm / height)
            canvas.drawImage(image, text_right - width * scale, top - height * scale + 4 * mm,
                             width * scale, height * scale, mask="auto")
            text_right -= width * scale + 4 * mm
        except (OSError, ValueError):
            pass  # a broken logo must not stop the report
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 12)
    canvas.drawString(MARGIN_LEFT, top, head.name)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, 8)
    for offset, line in enumerate(filter(None, (head.address, head.contact)), 1):
        canvas.drawString(MARGIN_LEFT, top - offset * 3.6 * mm, line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_LEFT, PAGE_HEIGHT - 25 * mm, PAGE_WIDTH - MARGIN_RIGHT,
                PAGE_HEIGHT - 25 * mm)


def _draw_footer(canvas: Canvas, setup: PageSetup, page: int, total: int) -> None:
    language = setup.language
    y = 11 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, y + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, y + 4 * mm)
    if setup.signature:
        line_y = y + 13 * mm
        canvas.setStrokeColor(colors.black)
        canvas.line(PAGE_WIDTH - MARGIN_RIGHT - SIGNATURE_WIDTH, line_y,
                    PAGE_WIDTH - MARGIN_RIGHT, line_y)
        canvas.setFont(FONT, FOOTER_SIZE)
        canvas.drawString(PAGE_WIDTH - MARGIN_RIGHT - SIGNATURE_WIDTH, line_y - 3.5 * mm,
                          setup.signature)
    canvas.setFont(FONT, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    printed = language.t(PRINTED_ON).format(date=language.date(setup.printed_on))
    canvas.drawString(MARGIN_LEFT, y, printed)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y,
                           language.t(PAGE_OF).format(page=page, pages=total))
    if setup.confidential:
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(colors.HexColor(WARN))
        canvas.drawCentredString(PAGE_WIDTH / 2, y, language.t(CONFIDENTIAL).upper())
    canvas.restoreState()


def render(story: list[Flowable], setup: PageSetup) -> bytes:
    """Lay out `story` on A4 pages with letterhead and footer; the PDF as bytes."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=setup.title,
        author=setup.letterhead.name, creator="PartnerDesk", lang=setup.language.first)
    height = frame_height(bool(setup.signature))
    frame = Frame(MARGIN_LEFT, PAGE_HEIGHT - MARGIN_TOP - height, CONTENT_WIDTH, height,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(
        "page", [frame], onPage=lambda canvas, _doc: draw_letterhead(canvas, setup))])
    canvas_class = type("ReportCanvas", (NumberedCanvas,), {"setup": setup})
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


ELLIPSIS = "…"
_PIECES = re.compile(r"[^ /\-]+[ /\-]*|[ /\-]+")


@lru_cache(maxsize=4096)  # towns, given names and labels repeat down a long list
def fit(text: str, width: float, size: float, lines: int = 2, font: str = FONT) -> str:
    """`text` broken into at most `lines` lines of at most `width` points (after spaces,
    slashes and hyphens), the rest cut off with "…": plain text for fixed-height cells."""
    register_fonts()
    if not text or ("\n" not in text and stringWidth(text, font, size) <= width):
        return text
    result: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for piece in _PIECES.findall(paragraph):
            if current.strip() and stringWidth(current + piece.rstrip(), font, size) > width:
                result.append(current.rstrip())
                current = ""
            current += piece
        result.append(current.rstrip())
    cut = [_cut(line, width, size, font) for line in result[:lines]]
    if len(result) > lines and not cut[-1].endswith(ELLIPSIS):
        cut[-1] = _cut(cut[-1] + ELLIPSIS, width, size, font, force=True)
    return "\n".join(cut)


def _cut(text: str, width: float, size: float, font: str, force: bool = False) -> str:
    """`text`, or as much of it as fits with "…" after it."""
    if not force and stringWidth(text, font, size) <= width:
        return text
    text = text.removesuffix(ELLIPSIS)
    while text and stringWidth(text.rstrip() + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS
