"""Importing contacts from CSV, XLSX and vCard files (issue 3, item 5).

Public API:

- `preview(path, mapping=None, limit=20) -> ImportPreview` — what was detected, the header,
  the first rows (with the reason each would be rejected) and the suggested mapping.
- `run_import(db, path, mapping=None, *, dry_run=False, on_duplicate="skip", progress=None,
  cancel=None) -> ImportResult` — all accepted rows in one transaction, or none.
- `suggest_mapping(headers) -> (preset | None, mapping)`, `to_json`, `from_json` — mappings
  are plain dicts `{header: field}`; `FIELDS` and `PRESET_LABELS` label fields and presets
  (context "Import"); `reason_text` renders a rejected row's reason, `reason_labels` a
  duplicate's.

Files that cannot be read at all raise `UserError` (context "Import"); bad rows never do —
they are reported in the result with their line number and reason.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from partnerdesk.dto.duplicates import REASON_LABELS
from partnerdesk.dto.imports import ImportPreview, ImportResult, PreviewRow, RejectedRow
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.imports.dates import RowProblem
from partnerdesk.services.imports.fields import FIELDS, IGNORE
from partnerdesk.services.imports.mapping import compile_mapping, from_json, to_json
from partnerdesk.services.imports.presets import PRESET_LABELS, suggest_mapping
from partnerdesk.services.imports.readers import Table, open_table
from partnerdesk.services.imports.rows import BadRow
from partnerdesk.services.imports.staging import ON_DUPLICATE, Loader
from partnerdesk.services.imports.validation import stage_row
from partnerdesk.storage.database import Database

__all__ = [
    "DUPLICATE_REASONS", "FIELDS", "IGNORE", "ON_DUPLICATE", "PRESET_LABELS", "from_json",
    "preview", "reason_labels", "reason_text", "run_import", "suggest_mapping", "to_json",
]

log = logging.getLogger(__name__)
CHUNK_ROWS = 500

DUPLICATE_REASONS = {
    "uuid": QT_TRANSLATE_NOOP("Import", "same PartnerDesk ID"),
    "email": QT_TRANSLATE_NOOP("Import", "same e-mail address"),
    "phone": QT_TRANSLATE_NOOP("Import", "same phone number"),
    "name_birth_date": QT_TRANSLATE_NOOP("Import", "same name and birth date"),
}
"""Labels of the import's own duplicate reasons (translate in context "Import")."""


def reason_text(row: RejectedRow,
                translate: Callable[[str, str], str] = lambda _context, text: text) -> str:
    """Why a row was rejected, in the language of `translate(context, text)` (the UI's or
    the CLI's; English without it). A `field` parameter is a field key shown by its label."""
    params = dict(row.params)
    if params.get("field") in FIELDS:
        params["field"] = translate("Import", FIELDS[str(params["field"])])
    try:
        return translate(row.context, row.message).format(**params)
    except (KeyError, IndexError, ValueError):
        return row.english()


def reason_labels(reason: str) -> list[tuple[str, str]]:
    """A duplicate's reason ("name+birth_date", "uuid" …) as (context, English label) pairs
    to translate: the import's own reasons, then those of `dto.duplicates.REASON_LABELS`."""
    labels = []
    for part in reason.split("+"):
        if part in REASON_LABELS:
            labels.append(("Duplicates", REASON_LABELS[part]))
        elif part in DUPLICATE_REASONS:
            labels.append(("Import", DUPLICATE_REASONS[part]))
        elif part:
            labels.append(("Import", part))
    return labels


def _suggest(table: Table) -> tuple[str | None, dict[str, str]]:
    preset, mapping = suggest_mapping(table.headers)
    return ("vcard" if table.format == "vcard" else preset), mapping


def preview(path: str | Path, mapping: dict[str, str] | None = None,
            limit: int = 20) -> ImportPreview:
    """Read the start of a file: format, encoding, header, the first `limit` rows."""
    table = open_table(path)
    preset, suggested = _suggest(table)
    used = dict(suggested if mapping is None else mapping)
    plan = compile_mapping(table.headers, used)
    today = date.today()
    rows = []
    try:
        for record in itertools.islice(table.rows(), max(limit, 0)):
            if isinstance(record, BadRow):
                problem = RejectedRow(record.line, record.message, dict(record.params))
                rows.append(PreviewRow(record.line, (), problem))
                continue
            problem = None
            if plan:
                try:
                    stage_row(record, plan, today=today)
                except RowProblem as exc:
                    problem = RejectedRow(record.line, exc.message, dict(exc.params))
            rows.append(PreviewRow(record.line, tuple(record.cells), problem))
    except OSError:
        raise _unreadable(path) from None
    return ImportPreview(
        path=str(path), format=table.format, encoding=table.encoding,
        delimiter=getattr(table.source, "delimiter", ""), header_line=table.header_line,
        headers=table.headers, rows=tuple(rows), preset=preset, mapping=used,
        suggested_mapping=suggested, size=table.size,
    )


def _unreadable(path: str | Path) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read."),
                     context="Import", path=str(path))


def run_import(
    db: Database,
    path: str | Path,
    mapping: dict[str, str] | None = None,
    *,
    dry_run: bool = False,
    on_duplicate: str = "skip",
    progress: Callable[[int, int], object] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import the contacts of `path`: every accepted row, in one transaction, or none.

    `mapping` None uses the suggested mapping. `on_duplicate`: "skip" leaves a duplicate row
    out, "merge" fills the empty fields of the existing contact, "create" imports it anyway.
    `progress(done_bytes, total_bytes)` is called after each chunk (an exception it raises,
    e.g. the UI's Cancelled, rolls back and propagates); `cancel()` returning True rolls back
    and returns a result with `cancelled=True` and nothing imported.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate must be one of {ON_DUPLICATE}")
    table = open_table(path)
    plan = compile_mapping(table.headers, _suggest(table)[1] if mapping is None else mapping)
    if not plan:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Import", "No column of {path} is assigned to a contact field. Choose a mapping."
            ),
            context="Import", path=str(path),
        )
    loader = Loader(plan, on_duplicate, dry_run)
    cancelled = False
    rows = table.rows()
    with db.unit() as session:
        loader.start(session)
        try:
            while True:
                if cancel is not None and cancel():
                    cancelled = True
                    break
                chunk = list(itertools.islice(rows, CHUNK_ROWS))
                if not chunk:
                    break
                loader.load(session, chunk)
                if progress is not None:
                    progress(table.position(), table.size)
            if progress is not None and not cancelled:
                progress(table.size, table.size)
        except OSError:
            raise _unreadable(path) from None
        if cancelled or dry_run:
            session.rollback()
        else:
            session.commit()
    log.info("import of %s: %d rows read, %d imported, %d merged, %d rejected%s", path,
             loader.rows_read, loader.imported, loader.merged, len(loader.rejected),
             " (dry run)" if dry_run else " (cancelled)" if cancelled else "")
    return ImportResult(
        file=str(path), format=table.format, encoding=table.encoding,
        delimiter=getattr(table.source, "delimiter", ""),
        imported=0 if cancelled else loader.imported, merged=0 if cancelled else loader.merged,
        rows_read=loader.rows_read, dry_run=dry_run, cancelled=cancelled,
        rejected=tuple(sorted(loader.rejected, key=lambda row: row.line)),
        duplicates=tuple(loader.duplicates), rejected_count=loader.rejected_count,
        duplicate_count=loader.duplicate_count,
    )
