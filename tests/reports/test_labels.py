"""Address labels: positions read back from the PDF match the sheets' published dimensions
(also with a first free label and a printer offset); text stays on its label."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from partnerdesk.dto import AssociationProfileData
from partnerdesk.dto.letters import Addressee
from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue, labels, styles
from partnerdesk.reports.sheets import SHEETS, address_lines
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import contact_reports
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {"de": {"Russia": "Russland", "Germany": "Deutschland", "France": "Frankreich"},
        "ru": {"Russia": "Россия", "Germany": "Германия", "France": "Франция"}}
TOLERANCE = 0.5  # mm
PAGE_HEIGHT_MM = styles.PAGE_HEIGHT / mm


def fake_translator(language: str):
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _labels(db, language: str = "de", **options) -> bytes:
    request = catalogue.ReportRequest("labels", language, options=tuple(options.items()))
    return catalogue.generate(db, request, fake_translator, today=TODAY)


def label_boxes(pdf: bytes) -> list[list[tuple[float, float, float, float]]]:
    """Per page, each label's clipping rectangle as (left, top, width, height) in mm from
    the sheet's top left corner, in drawing order."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        operations = ContentStream(page.get_contents(), reader).operations
        boxes = []
        for (operands, operator), (_, following) in zip(operations, operations[1:],
                                                        strict=False):
            if operator == b"re" and following in (b"W", b"W*"):
                x, y, width, height = (float(v) / mm for v in operands)
                boxes.append((x, PAGE_HEIGHT_MM - y - height, width, height))
        pages.append(boxes)
    return pages


def _addressed(db) -> int:
    return sum(1 for person in contact_reports.select_contacts(db)
               if person.city.strip() or person.street.strip())


def _near(box, left, top, width, height) -> bool:
    return all(abs(a - b) <= TOLERANCE for a, b in zip(box, (left, top, width, height),
                                                       strict=True))


@pytest.mark.parametrize(("sheet", "first", "last"), [
    ("L7160", (7.25, 15.15), (7.25 + 2 * 66.04, 15.15 + 6 * 38.1)),
    ("3490", (0.0, 4.5), (140.0, 4.5 + 7 * 36.0)),
])
def test_first_and_last_label_of_a_sheet_match_the_published_dimensions(demo, sheet, first,
                                                                        last):
    spec = SHEETS[sheet]
    pages = label_boxes(_labels(demo, sheet=sheet))
    size = (spec.label_width, spec.label_height)
    assert len(pages[0]) == spec.per_sheet
    assert _near(pages[0][0], *first, *size), pages[0][0]
    assert _near(pages[0][-1], *last, *size), pages[0][-1]
    assert _near(pages[1][0], *first, *size)
    assert sum(map(len, pages)) == _addressed(demo)
    assert len(pages) == -(-_addressed(demo) // spec.per_sheet)


@pytest.mark.parametrize("sheet", ["L7160", "3490"])
def test_first_free_label_and_printer_offset_move_the_labels(demo, sheet):
    spec = SHEETS[sheet]
    dx, dy = 1.5, -2.0  # the printer prints 1.5 mm too far left and 2 mm too low
    pages = label_boxes(_labels(demo, sheet=sheet, first_label=5, offset_x_mm="1,5",
                                offset_y_mm=dy))
    size = (spec.label_width, spec.label_height)
    row, column = divmod(4, spec.columns)  # position 5
    assert len(pages[0]) == spec.per_sheet - 4
    assert _near(pages[0][0], spec.left + column * spec.pitch_x + dx,
                 spec.top + row * spec.pitch_y + dy, *size), pages[0][0]
    assert _near(pages[0][-1], spec.left + (spec.columns - 1) * spec.pitch_x + dx,
                 spec.top + (spec.rows - 1) * spec.pitch_y + dy, *size)
    assert _near(pages[1][0], spec.left + dx, spec.top + dy, *size)  # a new sheet: from 1
    assert sum(map(len, pages)) == _addressed(demo)


@pytest.mark.parametrize("language", ["de", "ru", "en"])
def test_labels_in_every_language(demo, language):
    pdf = _labels(demo, language)
    text = "\n".join(pdf_pages(pdf))
    assert "Павел Белов" in text and "пр-т Мира, д. 8, кв. 17" in text  # Cyrillic address
    assert {"de": "RUSSLAND", "ru": "РОССИЯ", "en": "RUSSIA"}[language] in text
    assert "Mühlenstedt" in text and "Seite" not in text  # no footer on label sheets
    assert ("Herrn\nBernd Bauer" in text) == (language == "de")  # DIN 5008, German only
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)


def _language(code: str = "de") -> ReportLanguage:
    return ReportLanguage.of(code, fake_translator)


def test_long_text_is_shrunk_then_cut_and_never_leaves_its_label():
    long_name = Addressee(
        id=1, kind="person", gender="female", title="Prof. Dr. Dr. h. c.",
        given_name="Maria-Magdalena Anastasia", family_name="Müller-Lüdenscheidt-Oberhausen",
        address_extra="c/o Gesellschaft für deutsch-russische Begegnungen und Zusammenarbeit",
        street="Straße des 17. Juni 135", postal_code="10623", city="Berlin", country="DE")
    spec = SHEETS["3490"]
    width = spec.label_width * mm - 2 * labels.PAD_X
    size, lines = labels.fit_block(address_lines(long_name, _language(), "DE"), width,
                                   spec.label_height * mm)
    assert size == labels.SIZES[-1]
    assert all(stringWidth(line, styles.FONT, size) <= width for line in lines)
    assert lines[-1] == "10623 Berlin" and lines[1].endswith("…")
    sender = AssociationProfileData(name="Deutsch-Russische Gesellschaft "
                                         "Mühlenstedt-Nowoberjosowsk e.V.",
                                    street="Am Markt 7", postal_code="04758", city="Mühlenstedt")
    data = labels.LabelData((long_name,), spec, sender=sender)
    pdf = labels.render(data, _language(), styles.Letterhead("Verein"), TODAY)
    (box,), = label_boxes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    positions: list[tuple[float, float]] = []
    reader.pages[0].extract_text(visitor_text=lambda text, _cm, tm, *_: positions.append(
        (tm[4] / mm, PAGE_HEIGHT_MM - tm[5] / mm)) if text.strip() else None)
    assert positions
    for x, y in positions:  # every line starts inside the label
        assert box[0] <= x <= box[0] + box[2] and box[1] <= y <= box[1] + box[3]
    assert "04758 Mühlenstedt" in pdf_pages(pdf)[0]  # the sender's town stays in the line


@pytest.mark.parametrize(("options", "expected"), [
    ({"sheet": "L7999"}, "Unknown label sheet “L7999”. Known: L7160, 3490"),
    ({"first_label": 0}, "from 1 to 21"),
    ({"sheet": "3490", "first_label": "25"}, "from 1 to 24"),
    ({"first_label": "erstes"}, "from 1 to 21"),
    ({"offset_x_mm": 25}, "printer offset"),
    ({"offset_y_mm": "oben"}, "printer offset"),
])
def test_bad_options_are_user_errors(demo, options, expected):
    with pytest.raises(UserError, match=expected):
        _labels(demo, **options)


def test_only_contacts_with_an_address_get_a_label(demo):
    people = contact_reports.select_contacts(demo, search="Below")
    request = catalogue.ReportRequest("labels", contact_ids=tuple(p.id for p in people))
    pages = label_boxes(catalogue.generate(demo, request, fake_translator, today=TODAY))
    assert len(pages[0]) == len(people) > 1
    with pytest.raises(UserError, match="has a postal address"):
        catalogue.generate(demo, catalogue.ReportRequest("labels", search="zzzzqqq"),
                           fake_translator)
