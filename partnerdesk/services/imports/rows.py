"""What readers yield: a row of cells with its line number, or a row that could not be read;
and what the text readers share: how far they have read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field


@dataclass(slots=True)
class RawRow:
    """The cells of one record and the (first) line it starts on, 1-based."""

    line: int
    cells: list[str]
    extra: list[str] = field(default_factory=list)
    """Filled cells right of the last header (XLSX): kept in the notes."""


@dataclass(slots=True)
class BadRow:
    """A record the reader could not make sense of; `message` is marked in context "Import"."""

    line: int
    message: str
    params: dict[str, object] = field(default_factory=dict)


class StreamedFile:
    """A text file read from its start on every pass (CSV, vCard), with how far it got."""

    _raw: io.FileIO | None = None  # the file of the pass under way
    _read = 0  # where the last finished pass stopped

    def position(self) -> int:
        """Bytes of the file read so far (for progress)."""
        raw = self._raw
        try:
            return raw.tell() if raw is not None and not raw.closed else self._read
        except (OSError, ValueError):
            return self._read
