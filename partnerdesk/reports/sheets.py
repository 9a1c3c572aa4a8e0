"""Label sheets, the DIN 5008 address block, and PDFs drawn on a plain canvas.

The sheets' geometry (mm, from the top left corner of the A4 sheet):

* **Avery L7160** (also J8160): 21 labels of 63.5 × 38.1 mm, 3 across, 7 down. Avery's
  published template gives a top margin of 15.15 mm, a side margin of 7.25 mm, a vertical
  pitch of 38.1 mm and a horizontal pitch of 66.04 mm (a 2.54 mm gap between columns).
  Cross-check: gLabels' `avery-iso-templates.xml` (template 7160) puts the first label at
  x0 = 21.2 pt = 7.48 mm, y0 = 43.9 pt = 15.49 mm with dx = 187.2 pt = 66.04 mm and
  dy = 108 pt = 38.1 mm — within 0.35 mm of Avery's figures, which are used here.
* **Avery Zweckform 3490**: 24 labels of 70 × 36 mm, 3 across, 8 down, cut to the edges
  left and right (no side margin, no gaps); Zweckform's template gives a top (and bottom)
  margin of 4.5 mm = (297 − 8 × 36) / 2. Cross-check: gLabels'
  `zweckform-iso-templates.xml` (template 3490): x0 = 0, y0 = 12.557 pt = 4.43 mm,
  dx = 198.425 pt = 70 mm, dy = 102.047 pt = 36 mm.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from partnerdesk.dto import AssociationProfileData
from partnerdesk.dto.letters import Addressee
from partnerdesk.reports import styles
from partnerdesk.reports.styles import fit
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services.contact_reports import full_name, gender_of
from partnerdesk.vocabulary import COUNTRY

_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True)
class Sheet:
    """A sheet of labels: label size, grid, margins and pitch, in mm."""

    code: str
    label_width: float
    label_height: float
    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        """How many labels a sheet holds."""
        return self.columns * self.rows

    def origin(self, position: int) -> tuple[float, float]:
        """The top left corner (x, y in mm from the sheet's top left) of the label at
        `position` (0-based, row by row)."""
        row, column = divmod(position, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y


SHEETS = {
    "L7160": Sheet("L7160", 63.5, 38.1, 3, 7, left=7.25, top=15.15, pitch_x=66.04,
                   pitch_y=38.1),
    "3490": Sheet("3490", 70.0, 36.0, 3, 8, left=0.0, top=4.5, pitch_x=70.0, pitch_y=36.0),
}


def is_abroad(person: Addressee, home_country: str) -> bool:
    """True when the address is in another country than the association's."""
    return bool(person.country) and person.country != (home_country or "DE")


def address_lines(person: Addressee, language: ReportLanguage, home_country: str) -> list[str]:
    """The address block after DIN 5008: (Frau/Herrn,) name, extra line, street, postal code
    and town, and for another country its name in capitals.

    The name is written in the script of the address (Cyrillic for an address in Cyrillic),
    so the post abroad can deliver it; the country name is in the report's language.
    """
    cyrillic = bool(_CYRILLIC.search(person.street + person.city))
    lines = []
    if person.kind == "person" and language.first == "de" and not cyrillic:
        gender = gender_of(person)
        if gender in ("female", "male"):
            lines.append("Frau" if gender == "female" else "Herrn")
    lines.append(full_name(person, "ru" if cyrillic else "de"))
    lines += [person.address_extra, person.street,
              " ".join(filter(None, (person.postal_code, person.city)))]
    if is_abroad(person, home_country):
        lines.append(language.label(COUNTRY, person.country, "Country").upper())
    return [line for line in lines if line.strip()]


def return_address(sender: AssociationProfileData, abroad: bool, language: ReportLanguage,
                   width: float, size: float) -> tuple[str, float]:
    """The sender in one line no wider than `width` points, and its font size: name,
    street, postal code and town (and the sender's country for mail abroad); without the
    street and one point smaller when that is too long; as a last resort the name is cut
    with "…" (the town stays)."""
    town = " ".join(filter(None, (sender.postal_code, sender.city)))
    country = (language.label(COUNTRY, sender.country or "DE", "Country").upper()
               if abroad else "")
    full = [sender.name, sender.street, town, country]
    short = [sender.name, town, country]
    for parts, font_size in ((full, size), (full, size - 1), (short, size), (short, size - 1)):
        text = " · ".join(part for part in parts if part.strip())
        if stringWidth(text, styles.FONT, font_size) <= width:
            return text, font_size
    size -= 1
    rest = " · ".join(part for part in short[1:] if part.strip())
    room = width - stringWidth(f" · {rest}", styles.FONT, size) if rest else width
    name = fit(sender.name, max(room, width / 3), size, 1)
    return fit(" · ".join(filter(None, (name, rest))), width, size, 1), size


def render_plain(draw_pages: Callable[[Canvas], None], title: str, author: str,
                 language: ReportLanguage) -> bytes:
    """A PDF drawn by `draw_pages` on plain A4 pages: no letterhead, no footer, the bundled
    font (embedded) as the canvas' font. `draw_pages` ends each page with `showPage()`."""
    styles.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=styles.FONT, lang=language.first)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("PartnerDesk")
    draw_pages(canvas)
    canvas.save()
    return buffer.getvalue()
