"""What the contact import hands to the UI and the CLI: a preview and a result.

Reasons are English source strings marked in translation context "Import" plus parameters;
show them with `services.imports.reason_text(row, translate)` (it also shows a `field`
parameter, a field key, by its translated label).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: its line in the file and why."""

    line: int
    message: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = "Import"

    def english(self) -> str:
        """The reason in English (logs, tests)."""
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


@dataclass(frozen=True)
class DuplicateRow:
    """A row that matches a contact already there (or an earlier row of the same file).

    `reason` is a key: "email", "phone", "name_birth_date" (or the duplicate finder's own);
    `action` is what happened: "skipped", "merged" or "created". `within_file` marks a
    duplicate of an earlier row of the same file; its `contact_id` is that row's new contact,
    or None in a dry run (which stores nothing).
    """

    line: int
    contact_id: int | None
    reason: str
    action: str
    within_file: bool = False


@dataclass(frozen=True)
class PreviewRow:
    """A data row as read, and why it would be rejected (None: it would be imported)."""

    line: int
    cells: tuple[str, ...]
    problem: RejectedRow | None = None


@dataclass(frozen=True)
class ImportPreview:
    """What the mapping dialog shows before anything is imported."""

    path: str
    format: str  # "csv", "xlsx" or "vcard"
    encoding: str  # e.g. "UTF-8 (BOM)", "Windows-1252"; "" for XLSX
    delimiter: str  # "," ";" or "\t"; "" unless CSV
    header_line: int  # 1-based; 0 for vCard (no header row)
    headers: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    preset: str | None  # a key of `imports.PRESET_LABELS`, or None
    mapping: dict[str, str]  # the mapping used for `rows` (given or suggested)
    suggested_mapping: dict[str, str]
    size: int


@dataclass(frozen=True)
class ImportResult:
    """The outcome of one import (or dry run): counts, rejected rows and duplicates."""

    file: str
    format: str
    encoding: str
    delimiter: str
    imported: int
    merged: int
    rows_read: int
    dry_run: bool
    cancelled: bool
    rejected: tuple[RejectedRow, ...]
    duplicates: tuple[DuplicateRow, ...]
    rejected_count: int  # all rejected rows; `rejected` lists the first 100,000
    duplicate_count: int  # all duplicates; `duplicates` lists the first 100,000
