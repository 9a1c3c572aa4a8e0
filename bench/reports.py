"""Reports benchmark: the participant list with 1,000 and 10,000 participants, and the
annual report on the demo data.

Participant list: synthetic DTOs (two sides, Latin and Cyrillic names, a few partial
attendances) through `participant_list.build` and `styles.render` — the real code path
after loading, letterhead, footer with "page x of y" and the signature line included. The
baseline, in the same run: bare ReportLab, the simplest way to the same rows — a `Canvas`
loop drawing a shaded header per page and the same cell texts (same font and size, same row
height, names wrapped with `simpleSplit`, a rule per row), with nothing around them.
Also: how the time grows from 1,000 to 10,000 rows, against the baseline's growth.

Annual report: `catalogue.generate` on a fresh demo database (150 contacts), loading
included. Baseline: bare ReportLab drawing the report's own extracted text lines, page by
page, on a `Canvas` with the same font.

Prints the median of `--runs` runs per figure (value and baseline runs alternate; 10,000
rows: two runs fewer); the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from partnerdesk.dto.exchanges import ParticipantRow  # noqa: E402
from partnerdesk.dto.reports import (  # noqa: E402
    ExchangePaperHeader,
    FundingRef,
    PersonDetails,
)
from partnerdesk.reports import catalogue, participant_list, styles  # noqa: E402
from partnerdesk.reports.texts import ReportLanguage, untranslated  # noqa: E402

TODAY = date(2026, 11, 21)
START = date(2026, 7, 1)
GIVEN = ("Olga", "Jurij", "Swetlana", "Pjotr", "Anna", "Jonas", "Lena", "Maxim")
GIVEN_RU = ("Ольга", "Юрий", "Светлана", "Пётр", "Анна", "Йонас", "Лена", "Максим")
FAMILY = ("Iwanowa", "Semjonow", "Schtschukina", "Koroljow", "Müller", "Weiß", "Groß", "Bär")
FAMILY_RU = ("Иванова", "Семёнов", "Щукина", "Королёв", "", "", "", "")
HEADER = ("No.", "Family name", "Given name", "Born", "f/m/d", "Town, country", "Role", "Days",
          "Signature")


def synthetic(count: int) -> participant_list.ParticipantListData:
    """`count` participants, half from each side, every 50th only partly present."""
    end = START + timedelta(days=9)
    header = ExchangePaperHeader(1, "Jugendbegegnung „Wasser verbindet“ 2026",
                                 "youth_exchange", "incoming", "Mühlenstedt", START, end, 9,
                                 "Partnerschaftsverein Mühlenstedt e.V.", "Mühlenstedt",
                                 ("Nowoberjosowsk",), (FundingRef("DRJA", "DRJA-2026-0457"),))
    people = []
    for i in range(count):
        side = "home" if i < count // 2 else "partner"
        k = i % len(GIVEN)
        partial = i % 50 == 7
        row = ParticipantRow(
            i + 1, i + 1, f"{FAMILY[k]}{i:05d}, {GIVEN[k]}",
            f"{FAMILY_RU[k]}{i:05d}, {GIVEN_RU[k]}" if FAMILY_RU[k] else "",
            "leader" if i % 12 == 0 else "participant", side, "confirmed",
            START + timedelta(days=2) if partial else None,
            START + timedelta(days=6) if partial else None, None, None,
            date(2008 + i % 8, 1 + i % 12, 1 + i % 28), 14, True, False, "not_needed", None,
            None, "", None, "", "", 1)
        person = PersonDetails(
            i + 1, f"{FAMILY[k]}{i:05d}", GIVEN[k],
            f"{FAMILY_RU[k]}{i:05d}" if FAMILY_RU[k] else "", GIVEN_RU[k] if FAMILY_RU[k] else "",
            gender=("female", "male")[i % 2],
            birth_date=row.birth_date, city="Mühlenstedt" if side == "home" else "Twer",
            country="DE" if side == "home" else "RU")
        people.append((row, person))
    return participant_list.ParticipantListData(header, tuple(people), people[0][1])


def report_pdf(data: participant_list.ParticipantListData) -> bytes:
    """The participant list as PartnerDesk makes it (after loading)."""
    language = ReportLanguage.of("de", lambda _code: untranslated)
    story, title, overrides = participant_list.build(data, language)
    setup = styles.PageSetup(styles.Letterhead(data.header.association, "Am Markt 7"),
                             language, title, TODAY, **overrides)
    return styles.render(story, setup)


def _named(latin: str, native: str) -> str:
    return f"{latin} ({native})" if native else latin


def bare_list_pdf(data: participant_list.ParticipantListData) -> bytes:
    """Bare ReportLab, the simplest way to the same page: a canvas loop drawing a shaded
    header per page and the same rows (names and towns wrapped with `simpleSplit`, numbers
    right-aligned, days centred, a rule under each row) — no platypus, letterhead, footer."""
    styles.register_fonts()
    size, height = participant_list.SIZE, participant_list.ROW_HEIGHT
    widths, left = participant_list.WIDTHS, styles.MARGIN_LEFT
    top = styles.PAGE_HEIGHT - styles.MARGIN_TOP
    bottom = styles.MARGIN_BOTTOM + styles.SIGNATURE_SPACE
    start, end = data.header.start_date, data.header.end_date
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=styles.FONT)
    y = bottom  # the first row starts a page
    for number, (row, person) in enumerate(data.people, 1):
        if y - height < bottom:
            if number > 1:
                canvas.showPage()
            y = top - 16
            canvas.setFillColor(styles.SHADE)
            canvas.rect(left, y, sum(widths), 16, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont(styles.BOLD, size)
            x = left
            for text, width in zip(HEADER, widths, strict=True):
                canvas.drawString(x + 3, y + 5, text)
                x += width
            canvas.setFont(styles.FONT, size)
        days = ((row.departs_on or end) - (row.arrives_on or start)).days
        cells = (str(number), _named(person.family_name, person.family_name_native),
                 _named(person.given_name, person.given_name_native),
                 person.birth_date.strftime("%d.%m.%Y"), person.gender[0],
                 f"{person.city}, {person.country}", row.role, str(days), "")
        x = left
        for column, (text, width) in enumerate(zip(cells, widths, strict=True)):
            lines = simpleSplit(text, styles.FONT, size, width - 6)[:2] if column in (
                1, 2, 5) else [text]
            line_y = y - height / 2 + len(lines) * size * 0.6 - size * 0.8
            for line in lines:
                if column == 0:
                    canvas.drawRightString(x + width - 3, line_y, line)
                elif column == 7:
                    canvas.drawCentredString(x + width / 2, line_y, line)
                else:
                    canvas.drawString(x + 3, line_y, line)
                line_y -= size * 1.2
            x += width
        y -= height
        canvas.line(left, y, left + sum(widths), y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bare_text_pdf(pages: list[list[str]]) -> bytes:
    """Bare ReportLab: text lines drawn page by page with the report's font."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=styles.FONT)
    for lines in pages:
        canvas.setFont(styles.FONT, 9)
        y = styles.PAGE_HEIGHT - styles.MARGIN_TOP
        for line in lines:
            canvas.drawString(styles.MARGIN_LEFT, y, line)
            y -= 11
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def medians(value: Callable[[], object], baseline: Callable[[], object],
            runs: int) -> tuple[float, float]:
    """The median seconds of `runs` runs of `value` and of `baseline`, after one warm-up
    run each; the runs alternate, so a noisy neighbour slows both alike."""
    value(), baseline()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, found in ((value, times[0]), (baseline, times[1])):
            start = time.perf_counter()
            action()
            found.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def figure(value: float, baseline: float, target: float | None) -> dict:
    """One metric of the JSON line."""
    return {"value": round(value, 3), "baseline": round(baseline, 3),
            "ratio": round(value / baseline, 2), "target": target}


def annual_report(runs: int) -> dict:
    """The annual report on a fresh demo database."""
    from partnerdesk.services.demo import build_demo
    from partnerdesk.storage.database import create_database

    with tempfile.TemporaryDirectory() as name:
        os.environ["PARTNERDESK_DATA_DIR"] = str(Path(name) / "data")
        db = create_database(Path(name) / "demo.sqlite")
        try:
            build_demo(db, contacts=150, today=TODAY)
            year = START.year
            request = catalogue.ReportRequest("annual-report", "de", year=year)

            def generate() -> bytes:
                return catalogue.generate(db, request, lambda _code: untranslated,
                                          today=TODAY)

            start = time.perf_counter()
            pdf = generate()  # the first one imports the report's modules
            first = time.perf_counter() - start
            pages = [page.extract_text().splitlines()
                     for page in PdfReader(io.BytesIO(pdf)).pages]
            value, base = medians(generate, lambda: bare_text_pdf(pages), runs)
        finally:
            db.close()
    print(f"annual-report {year}: {value:.3f} s ({len(pages)} pages; first run {first:.3f} s), "
          f"bare canvas {base:.3f} s", file=sys.stderr)
    return figure(value, base, 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results: dict[str, dict] = {}
    times, bare = {}, {}
    for count, runs in ((1_000, args.runs), (10_000, max(3, args.runs - 2))):
        data = synthetic(count)
        value, base = medians(lambda data=data: report_pdf(data),
                              lambda data=data: bare_list_pdf(data), runs)
        times[count], bare[count] = value, base
        pages = len(PdfReader(io.BytesIO(report_pdf(data))).pages)
        print(f"participant-list {count} rows: {value:.3f} s ({pages} pages), bare canvas "
              f"{base:.3f} s, ratio {value / base:.2f}", file=sys.stderr)
        results[f"participant_list_{count}_seconds"] = figure(
            value, base, 0.5 if count == 1_000 else None)
    results["participant_list_1000_seconds"]["ratio_target"] = 1.5
    growth, bare_growth = times[10_000] / times[1_000], bare[10_000] / bare[1_000]
    print(f"10,000 rows take {growth:.1f}× the time of 1,000 (target ≤ 12; bare canvas "
          f"{bare_growth:.1f}×)", file=sys.stderr)
    results["participant_list_10k_over_1k"] = figure(growth, bare_growth, 12.0)
    results["annual_report_seconds"] = annual_report(args.runs)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
