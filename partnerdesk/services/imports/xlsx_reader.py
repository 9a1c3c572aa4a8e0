"""A streaming XLSX reader (openpyxl, read-only): every cell as the text a user typed.

Whole numbers lose Excel's `.0` (postcodes, phone numbers), a `00000` number format keeps its
leading zeros, date cells become ISO dates; numbers in date columns (Excel serials) are left
to the date parser, which knows the 1900 date system.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.imports.dates import cell_date_text
from partnerdesk.services.imports.rows import BadRow, RawRow

log = logging.getLogger(__name__)
_ZEROS = re.compile(r"^0+$")


def cell_text(value: object, number_format: str | None = None) -> str:
    """One cell value as text (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return cell_date_text(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    else:
        return str(value)
    if number_format and _ZEROS.match(number_format) and text.isdigit():
        text = text.zfill(len(number_format))
    return text


def _unreadable(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Import", "{path} cannot be read as an Excel workbook (.xlsx)."),
        context="Import",
        path=str(path),
    )


class XlsxFile:
    """The rows of the first sheet with data (the active sheet preferred)."""

    format = "xlsx"
    encoding = ""
    delimiter = ""
    strict_width = False

    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook  # imported only when an .xlsx file is read

        self.path = Path(path)
        self.size = self.path.stat().st_size
        self._load = load_workbook
        self._done = 0
        self._estimate = 1
        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
            try:
                self.sheet = self._choose_sheet(book)
            finally:
                book.close()
        except UserError:
            raise
        except Exception as exc:  # zip, XML and openpyxl errors alike: the file is damaged
            log.warning("cannot open %s as xlsx: %s", self.path, exc)
            raise _unreadable(self.path) from None

    @staticmethod
    def _choose_sheet(book) -> str:
        sheets = [book.active] + [s for s in book.worksheets if s is not book.active]
        for sheet in sheets:
            if sheet is None:
                continue
            for row in sheet.iter_rows(max_row=30, values_only=True):
                if any(v not in (None, "") for v in row):
                    return sheet.title
        return book.worksheets[0].title if book.worksheets else ""

    def position(self) -> int:
        """An estimate of the bytes read so far (rows read × size ÷ rows in the sheet)."""
        return min(self.size, self.size * self._done // max(self._estimate, 1))

    def records(self, width: int | None = None) -> Iterator[RawRow | BadRow]:
        """Every non-empty row from the top, numbered as Excel numbers them."""
        try:
            book = self._load(self.path, read_only=True, data_only=True)
        except Exception:
            raise _unreadable(self.path) from None
        try:
            if not self.sheet:
                return
            sheet = book[self.sheet]
            self._estimate = sheet.max_row or 1
            sheet.reset_dimensions()  # some writers record a wrong sheet size
            number = 0
            for cells in sheet.iter_rows():
                number += 1
                texts = []
                for cell in cells:
                    number = getattr(cell, "row", None) or number
                    texts.append(cell_text(cell.value, getattr(cell, "number_format", None)))
                self._done = number
                if any(t.strip() for t in texts):
                    yield RawRow(number, texts)
        except UserError:
            raise
        except Exception as exc:
            log.warning("reading %s failed: %s", self.path, exc)
            raise _unreadable(self.path) from None
        finally:
            book.close()
