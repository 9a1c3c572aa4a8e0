"""Writers for the export formats. Each takes records (field → value) and returns the count."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from partnerdesk.services.exports.columns import COLUMNS

Progress = Callable[[int], None] | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection): prefix a `'`."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell_text(value: object) -> str:
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)


def _tick(progress: Progress, count: int) -> None:
    if progress is not None and count % 200 == 0:
        progress(count)


def write_csv(path: Path, records: Iterable[dict], progress: Progress = None) -> int:
    """CSV for Excel: UTF-8 with BOM, `;` between fields, dates as dd.mm.yyyy."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([header for _field, header, _kind in COLUMNS])
        for record in records:
            writer.writerow([neutralise(_cell_text(record[f])) for f, _h, _k in COLUMNS])
            count += 1
            _tick(progress, count)
    return count


def write_xlsx(path: Path, records: Iterable[dict], progress: Progress = None) -> int:
    """XLSX: text columns stay text (leading zeros), dates are real dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kontakte")
    sheet.freeze_panes = "A2"
    for index, (_field, header, _kind) in enumerate(COLUMNS):
        width = max(10, min(32, len(header) + 4))
        sheet.column_dimensions[_column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for _field, header, _kind in COLUMNS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for record in records:
        row = []
        for field, _header, kind in COLUMNS:
            value = record[field]
            cell = WriteOnlyCell(sheet, value=value if kind == "date" else _cell_text(value))
            cell.number_format = "DD.MM.YYYY" if kind == "date" else "@"
            if kind != "date" and cell.data_type == "f":
                cell.data_type = "s"  # text that starts with "=" stays text, never a formula
            row.append(cell)
        sheet.append(row)
        count += 1
        _tick(progress, count)
    book.save(path)
    return count


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 2425)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def vcard(record: dict) -> str:
    """One contact as a vCard 3.0."""
    e = {key: _escape(_cell_text(value)) for key, value in record.items()}
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if record["kind"] == "organisation":
        lines += [
            f"FN:{e['organisation_name']}",
            "N:;;;;",
            f"ORG:{e['organisation_name']}",
            "X-ABShowAs:COMPANY",
        ]
    else:
        full = " ".join(p for p in (e["title"], e["given_name"], e["family_name"]) if p)
        native = " ".join(p for p in (e["given_name_native"], e["family_name_native"]) if p)
        lines += [f"FN:{full or native}", f"N:{e['family_name']};{e['given_name']};;{e['title']};"]
        if native:
            lines.append(f"X-PHONETIC-FIRST-NAME:{e['given_name_native']}")
            lines.append(f"X-PHONETIC-LAST-NAME:{e['family_name_native']}")
        if e["organisation_name"]:
            lines.append(f"ORG:{e['organisation_name']}")
    if isinstance(record.get("birth_date"), date):
        lines.append(f"BDAY:{record['birth_date'].isoformat()}")
    if e["email"]:
        lines.append(f"EMAIL;TYPE=INTERNET:{e['email']}")
    if e["phone"]:
        lines.append(f"TEL;TYPE=VOICE:{e['phone']}")
    if e["mobile"]:
        lines.append(f"TEL;TYPE=CELL:{e['mobile']}")
    if any(e[k] for k in ("street", "postal_code", "city", "country")):
        where = "WORK" if record["kind"] == "organisation" else "HOME"
        lines.append(
            f"ADR;TYPE={where}:;{e['address_extra']};{e['street']};{e['city']};;"
            f"{e['postal_code']};{e['country']}"
        )
    if e["website"]:
        lines.append(f"URL:{e['website']}")
    if e["notes"]:
        lines.append(f"NOTE:{e['notes']}")
    if e["roles"]:
        lines.append(f"CATEGORIES:{e['roles'].replace(chr(92) + ',', ',')}")
    lines.append(f"UID:urn:uuid:{e['uuid']}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def write_vcard(path: Path, records: Iterable[dict], progress: Progress = None) -> int:
    """vCard 3.0, UTF-8, one card per contact."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for record in records:
            handle.write(vcard(record))
            count += 1
            _tick(progress, count)
    return count
