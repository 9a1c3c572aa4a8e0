"""Open an import file of any supported kind as a table: format, encoding, header, rows.

`open_table(path)` recognises XLSX by its zip signature, vCard by `BEGIN:VCARD`, and reads
anything else as CSV. The header is the first of the first rows whose cells are mostly
known column names (or, failing that, text in most columns), so a title row above it is
skipped. Nothing is read into memory whole: rows are streamed on each `rows()` call.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.imports.csv_reader import CsvFile, sniff_delimiter
from partnerdesk.services.imports.encoding import codec_label, detect_encoding, read_sample
from partnerdesk.services.imports.presets import KNOWN_HEADERS, normalise_header
from partnerdesk.services.imports.rows import BadRow, RawRow
from partnerdesk.services.imports.vcard_reader import HEADERS as VCARD_HEADERS
from partnerdesk.services.imports.vcard_reader import VcardFile
from partnerdesk.services.imports.xlsx_reader import XlsxFile

HEADER_SCAN_ROWS = 10
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls of Excel 97–2003


def _error(message: str, path: Path) -> UserError:
    return UserError(message, context="Import", path=str(path))


@dataclass
class Table:
    """An opened import file: what was detected, the header, and a way to stream the rows."""

    source: CsvFile | XlsxFile | VcardFile
    header_line: int
    headers: tuple[str, ...]

    @property
    def format(self) -> str:
        """"csv", "xlsx" or "vcard"."""
        return self.source.format

    @property
    def encoding(self) -> str:
        """The text encoding as users know it ("" for XLSX)."""
        return codec_label(self.source.encoding) if self.source.encoding else ""

    def rows(self) -> Iterator[RawRow | BadRow]:
        """The data rows below the header, each exactly as wide as the header."""
        width = len(self.headers)
        strict = self.source.strict_width
        for record in self.source.records(width if strict else None):
            if record.line <= self.header_line:
                continue
            if isinstance(record, BadRow):
                yield record
                continue
            cells = record.cells
            if len(cells) > width:
                extra = [c for c in cells[width:] if c.strip()]
                if extra and strict:
                    yield BadRow(
                        record.line,
                        QT_TRANSLATE_NOOP(
                            "Import", "The row has {count} cells but the header only {width}."
                        ),
                        {"count": len(cells), "width": width},
                    )
                    continue
                record = RawRow(record.line, cells[:width], extra)
            elif len(cells) < width:
                record.cells = cells + [""] * (width - len(cells))
            yield record

    def position(self) -> int:
        """Bytes read so far."""
        return self.source.position()

    @property
    def size(self) -> int:
        """The file's size in bytes."""
        return self.source.size


def _check_file(path: Path) -> None:
    if not path.exists():
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {path} does not exist."), path)
    if not path.is_file():
        raise _error(QT_TRANSLATE_NOOP("Import", "{path} is not a file."), path)
    if not os.access(path, os.R_OK):
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read."), path)
    if path.stat().st_size == 0:
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {path} is empty."), path)


def _header_score(cells: list[str]) -> tuple[int, int]:
    filled = [c for c in cells if c.strip()]
    known = sum(1 for c in filled if normalise_header(c) in KNOWN_HEADERS)
    return known, len(filled)


def _looks_like_text(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and "@" not in text and not any(ch.isdigit() for ch in text)


def choose_header(rows: list[RawRow]) -> RawRow | None:
    """The header row among the first rows of a file (see the module docstring)."""
    for row in rows:
        known, filled = _header_score(row.cells)
        if known and known * 3 >= filled:
            return row
    widest = max((_header_score(r.cells)[1] for r in rows), default=0)
    for row in rows:
        filled = [c for c in row.cells if c.strip()]
        if len(filled) >= 2 and len(filled) * 2 >= widest and all(map(_looks_like_text, filled)):
            return row
    return next((r for r in rows if _header_score(r.cells)[1] * 2 >= widest), None)


def header_names(cells: list[str], trim: bool) -> tuple[str, ...]:
    """Header cells as unique names: empty ones become `#n`, repeats get ` (2)`."""
    cells = [c.strip().replace("\ufeff", "") for c in cells]
    if trim:
        while cells and not cells[-1]:
            cells.pop()
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells, start=1):
        name = cell or f"#{index}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return tuple(names)


def _sample_text(sample: bytes, encoding: str) -> str:
    text = sample.decode(encoding, errors="replace")
    if len(sample) >= 64 * 1024:  # the last line may be cut off
        text = text[: max(text.rfind("\n"), 0) + 1] or text
    return text.replace("\x00", "")


def open_table(path: str | Path) -> Table:
    """Open `path` for import; raises UserError when it cannot be read at all."""
    path = Path(path)
    _check_file(path)
    try:
        sample = read_sample(path)
    except OSError:
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read."), path) from None
    if sample.startswith(_OLE):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Import",
                "{path} is an old Excel file (.xls). Save it as .xlsx or CSV and import that.",
            ),
            path,
        )
    if sample.startswith(_ZIP):
        source: CsvFile | XlsxFile | VcardFile = XlsxFile(path)
    else:
        encoding = detect_encoding(sample)
        if encoding is None:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "{path} is neither a CSV or text file, nor XLSX, nor vCard."
                ),
                path,
            )
        text = _sample_text(sample, encoding)
        if text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD"):
            return Table(VcardFile(path, encoding), 0, VCARD_HEADERS)
        first_line = text.lstrip("\ufeff").split("\n", 1)[0].strip()
        if re.fullmatch(r"sep=[,;\t|]", first_line, re.IGNORECASE):  # Excel's own hint
            delimiter = first_line[4]
        else:
            delimiter = sniff_delimiter(text)
        source = CsvFile(path, encoding, delimiter)
    first: list[RawRow] = []
    for record in source.records():
        if isinstance(record, RawRow):
            first.append(record)
            if len(first) >= HEADER_SCAN_ROWS:
                break
    header = choose_header(first)
    if header is None:
        raise _error(QT_TRANSLATE_NOOP("Import", "The file {path} contains no rows."), path)
    return Table(source, header.line, header_names(header.cells, trim=source.format == "xlsx"))
