"""`partnerdesk import contacts FILE [--dry-run] [--on-duplicate …] [--mapping …] [--json]`.

Exit status 0 when the import ran (rejected rows included, they are listed), 1 when the file
cannot be read at all (one line on stderr, via UserError). The JSON summary is documented in
docs/CLI.md: `{"file", "format", "encoding", "imported", "merged", "rows_read", "dry_run",
"rejected_count", "duplicate_count", "rejected": [{"line", "reason"}], "duplicates": [{"line",
"contact_id", "reason", "action", "within_file"}]}`; a rejected row's `reason` is in the
CLI's language, a duplicate's is a key (`+`-joined). The lists stop at 100,000 entries.

Importing this module is light (no services, storage or domain): `partnerdesk.cli` may call
`add_import_parser` while building its parser, on the path that opens the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.i18n import translate
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from partnerdesk.dto.imports import ImportResult, RejectedRow

ON_DUPLICATE = ("skip", "merge", "create")  # = services.imports.ON_DUPLICATE (tested)


def add_import_parser(
    subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """Add the `import` sub-command (only `import contacts` for now)."""
    parser = subparsers.add_parser(
        "import", parents=[common], help="import contacts from CSV, XLSX or vCard"
    )
    parser.add_argument("kind", choices=("contacts",))
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--dry-run", action="store_true", help="check and report everything, save nothing"
    )
    parser.add_argument(
        "--on-duplicate",
        choices=ON_DUPLICATE,
        default="skip",
        help="skip (default), merge into the existing contact, or create anyway",
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE.json",
        help="a saved column mapping (default: recognised from the headers)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    return parser


def reason_text(row: RejectedRow) -> str:
    """A rejected row's reason in the installed language."""
    from partnerdesk.services import imports

    return imports.reason_text(row, translate)


def _read_mapping(path: Path) -> dict[str, str]:
    from partnerdesk.services import imports

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "The mapping file {path} cannot be read."),
            context="Import",
            path=str(path),
        ) from None
    return imports.from_json(text)


def summary_json(result: ImportResult) -> dict:
    """The `--json` summary of an import."""
    return {
        "file": result.file,
        "format": result.format,
        "encoding": result.encoding,
        "imported": result.imported,
        "merged": result.merged,
        "rows_read": result.rows_read,
        "dry_run": result.dry_run,
        "rejected_count": result.rejected_count,
        "duplicate_count": result.duplicate_count,
        "rejected": [{"line": r.line, "reason": reason_text(r)} for r in result.rejected],
        "duplicates": [
            {
                "line": d.line,
                "contact_id": d.contact_id,
                "reason": d.reason,
                "action": d.action,
                "within_file": d.within_file,
            }
            for d in result.duplicates
        ],
    }


def _say(text: str, **params: object) -> None:
    print(translate("Import", text).format(**params))


def print_summary(result: ImportResult) -> None:
    """A short human summary, then the rejected lines."""
    kind = result.format.upper() if result.format != "vcard" else "vCard"
    details = ", ".join(p for p in (kind, result.encoding) if p)
    _say(QT_TRANSLATE_NOOP("Import", "File: {file} ({details})"), file=result.file, details=details)
    _say(QT_TRANSLATE_NOOP("Import", "Imported: {count}"), count=result.imported)
    if result.merged:
        _say(
            QT_TRANSLATE_NOOP("Import", "Merged into existing contacts: {count}"),
            count=result.merged,
        )
    if result.duplicate_count:
        _say(QT_TRANSLATE_NOOP("Import", "Duplicates found: {count}"), count=result.duplicate_count)
    _say(QT_TRANSLATE_NOOP("Import", "Rejected: {count}"), count=result.rejected_count)
    for row in result.rejected:
        line = translate("Import", QT_TRANSLATE_NOOP("Import", "line {line}: {reason}"))
        print("  " + line.format(line=row.line, reason=reason_text(row)))
    if result.dry_run:
        _say(QT_TRANSLATE_NOOP("Import", "Dry run: nothing was saved."))


def cmd_import(args: argparse.Namespace, target: str) -> int:
    """Import contacts from a file into the database `target`."""
    from partnerdesk.services import imports
    from partnerdesk.storage.database import open_database

    mapping = _read_mapping(args.mapping) if args.mapping else None
    db = open_database(target)
    try:
        result = imports.run_import(
            db, args.file, mapping, dry_run=args.dry_run, on_duplicate=args.on_duplicate
        )
    finally:
        db.close()
    if args.json:
        json.dump(summary_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_summary(result)
    return 0
