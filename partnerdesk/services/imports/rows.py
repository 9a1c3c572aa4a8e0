"""What readers yield: a row of cells with its line number, or a row that could not be read."""

from __future__ import annotations

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
