"""A streaming CSV reader that survives broken quoting.

The `csv` module alone lets one unterminated quote swallow the rest of a file into a single
field. Here records are assembled line by line with a small quote-state scanner; a quoted
field that runs to the end of the file, over `MAX_RECORD_LINES` lines or `MAX_RECORD_CHARS`
characters, or whose record then has the wrong number of cells, is reported as a broken row
(with the line it starts on) and reading resumes at the very next line.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.imports.rows import BadRow, RawRow, StreamedFile

MAX_RECORD_LINES = 50
MAX_RECORD_CHARS = 20_000
MAX_LINE_CHARS = 1_000_000
DELIMITERS = (",", ";", "\t")
_START, _FIELD, _QUOTED, _QUOTE_IN_QUOTED = range(4)
_ENDS = ("\n", "\r")


def _scan(text: str, state: int, delim: str) -> int:
    """The quote state after `text` (one physical line): `_QUOTED` when the record goes on."""
    i, n = 0, len(text)
    while i < n:
        if state == _QUOTED:
            j = text.find('"', i)
            if j < 0:
                return _QUOTED
            i, state = j + 1, _QUOTE_IN_QUOTED
            continue
        char = text[i]
        if state == _QUOTE_IN_QUOTED:
            if char == '"':
                i, state = i + 1, _QUOTED
                continue
            if char == delim:
                i, state = i + 1, _START
                continue
            state = _FIELD
        if state == _START and char == '"':
            i, state = i + 1, _QUOTED
            continue
        j = text.find(delim, i)  # an unquoted field: jump to its end
        if j < 0:
            return _START
        i, state = j + 1, _START
    return _START


def sniff_delimiter(sample: str) -> str:
    """`,` `;` or tab: csv.Sniffer's guess if the rows agree with it, else by counting cells."""
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    scores = {}
    for delim in DELIMITERS:
        widths: dict[int, int] = {}
        try:
            for row in csv.reader(io.StringIO(sample), delimiter=delim, strict=False):
                if any(cell.strip() for cell in row):
                    widths[len(row)] = widths.get(len(row), 0) + 1
        except csv.Error:
            pass
        width, rows = max(widths.items(), key=lambda item: (item[1], item[0]), default=(1, 0))
        scores[delim] = (rows if width > 1 else 0, width, delim == sniffed)
    return max(DELIMITERS, key=lambda d: scores[d])


class CsvFile(StreamedFile):
    """Records of a CSV file, re-readable from the start; bytes read so far in `position()`."""

    format = "csv"

    def __init__(self, path: Path, encoding: str, delimiter: str) -> None:
        self.path = Path(path)
        self.encoding = encoding
        self.delimiter = delimiter
        self.size = self.path.stat().st_size
        self.strict_width = True

    def _lines(self) -> Iterator[tuple[int, str | None]]:
        """(line number, text) per physical line; text None for an absurdly long line."""
        raw = io.FileIO(self.path, "r")
        self._raw = raw
        text = io.TextIOWrapper(
            io.BufferedReader(raw, 256 * 1024), encoding=self.encoding, errors="replace",
            newline="",
        )
        with text:
            number = 0
            while line := text.readline(MAX_LINE_CHARS):
                number += 1
                if len(line) >= MAX_LINE_CHARS and not line.endswith(_ENDS):
                    while (more := text.readline(MAX_LINE_CHARS)) and not more.endswith(_ENDS):
                        pass
                    yield number, None
                    continue
                yield number, line.replace("\x00", "")
            self._read = raw.tell()

    def _parse(self, line: int, text: str) -> RawRow | BadRow:
        try:
            cells = next(csv.reader((text,), delimiter=self.delimiter, strict=False), [])
        except csv.Error:
            return BadRow(line, QT_TRANSLATE_NOOP("Import", "The line cannot be read as CSV."))
        return RawRow(line, cells)

    def records(self, width: int | None = None) -> Iterator[RawRow | BadRow]:
        """Every non-empty record from the start; broken ones as `BadRow`.

        With `width` (the header's cell count) a record spanning several lines must have that
        many cells, and none of its continuation lines may look like a row of its own.
        """
        pending: deque[tuple[int, str | None]] = deque()
        lines = self._lines()
        while True:
            first = pending.popleft() if pending else next(lines, None)
            if first is None:
                return
            number, text = first
            if text is None:
                yield BadRow(number, QT_TRANSLATE_NOOP("Import", "The line is far too long."))
                continue
            if not text.strip():
                continue
            state = _scan(text, _START, self.delimiter)
            if state != _QUOTED:
                row = self._parse(number, text)
                if isinstance(row, BadRow) or any(c.strip() for c in row.cells):
                    yield row
                continue
            taken = [first]
            chars = len(text)
            broken = False
            while state == _QUOTED:
                following = pending.popleft() if pending else next(lines, None)
                if following is None or following[1] is None:
                    if following is not None:
                        taken.append(following)
                    broken = True
                    break
                taken.append(following)
                chars += len(following[1])
                if len(taken) > MAX_RECORD_LINES or chars > MAX_RECORD_CHARS:
                    broken = True
                    break
                state = _scan(following[1], state, self.delimiter)
            row = None if broken else self._parse(number, "".join(t for _, t in taken))
            if row is not None and width and isinstance(row, RawRow):
                if len(row.cells) != width or self._looks_like_rows(taken[1:], width):
                    row = None
            if row is None:
                yield BadRow(
                    number,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "A quotation mark in this line is not closed; the line was skipped.",
                    ),
                )
                pending.extendleft(reversed(taken[1:]))  # read on from the next line
                continue
            yield row

    def _looks_like_rows(self, lines: list[tuple[int, str | None]], width: int) -> bool:
        """A continuation line with exactly the cells of a row is a row of its own."""
        if width < 3:
            return False
        return any(t is not None and t.count(self.delimiter) == width - 1 for _, t in lines)
