"""The sub-commands of `partnerdesk`; each returns an exit status or raises UserError."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from partnerdesk.cli import output
from partnerdesk.i18n import translate
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import contacts, exchanges, grants, maintenance
from partnerdesk.storage.database import Database, create_database, open_database
from partnerdesk.storage.engine import is_url

MAX_DEMO_CONTACTS = 100_000


def _say(text: str, **params: object) -> None:
    print(translate("Cli", text).format(**params))


def cmd_demo(args: argparse.Namespace, target: str) -> int:
    """Create a new database filled with the demo association."""
    from partnerdesk.services.demo import build_demo

    if not 1 <= args.contacts <= MAX_DEMO_CONTACTS:
        raise UserError(
            QT_TRANSLATE_NOOP("Cli", "--contacts must be between 1 and {max}."),
            context="Cli",
            max=MAX_DEMO_CONTACTS,
        )
    if is_url(target):
        raise UserError(
            QT_TRANSLATE_NOOP("Cli", "The demo is created in a database file."), context="Cli"
        )
    path = Path(target)
    db = create_database(path)
    try:
        options = {"contacts": args.contacts}
        if args.seed is not None:
            options["seed"] = args.seed
        summary = build_demo(db, **options)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    _say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Demo association created in {path}: {contacts} contacts, {exchanges} exchanges, "
            "{grants} grant applications.",
        ),
        path=path,
        contacts=summary.contacts,
        exchanges=summary.exchanges,
        grants=summary.grants,
    )
    return 0


def _with_db(target: str, action: Callable[[Database], int]) -> int:
    db = open_database(target)
    try:
        return action(db)
    finally:
        db.close()


def cmd_ls(args: argparse.Namespace, target: str) -> int:
    """List contacts, exchanges, grants or findings, as a table or as JSON."""
    if args.kind == "findings":
        from partnerdesk.cli.findings_cmd import cmd_ls_findings

        return cmd_ls_findings(args, target)

    def run(db: Database) -> int:
        if args.kind == "contacts":
            rows = list(contacts.all_contacts(db, args.search))
        elif args.kind == "exchanges":
            rows = exchanges.list_exchanges(db, args.search)
        else:
            rows = grants.list_grants(db, args.search, status=args.status, year=args.year,
                                      funder_id=args.funder)
        if args.json:
            json.dump(output.as_json(args.kind, rows), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            output.print_table(args.kind, rows)
        return 0

    return _with_db(target, run)


def cmd_export(args: argparse.Namespace, target: str) -> int:
    """Export contacts (all, or those matching --search), or the calendar, atomically."""
    if args.what == "calendar":
        from partnerdesk.cli.calendar_cmd import cmd_export_calendar

        return cmd_export_calendar(args, target)
    from partnerdesk.services.exports import FORMATS, export_contacts

    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError(
            QT_TRANSLATE_NOOP("Cli", "Choose the format with --format csv, xlsx or vcf."),
            context="Cli",
        )

    def run(db: Database) -> int:
        count = export_contacts(db, args.output, fmt, search=args.search)
        _say(
            QT_TRANSLATE_NOOP("Cli", "{count} contacts exported to {path}."),
            count=count,
            path=args.output,
        )
        return 0

    return _with_db(target, run)


def cmd_check(args: argparse.Namespace, target: str) -> int:
    """Check a database file read-only."""
    report = maintenance.check(target)
    _say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "OK: {path} (schema {revision}; {contacts} contacts, {exchanges} exchanges, "
            "{grants} grant applications)",
        ),
        path=report.target,
        revision=report.revision,
        contacts=report.counts.get("contact", 0),
        exchanges=report.counts.get("exchange", 0),
        grants=report.counts.get("grant_application", 0),
    )
    return 0


def cmd_backup(args: argparse.Namespace, target: str) -> int:
    """Write a verified backup."""

    def run(db: Database) -> int:
        written = maintenance.backup_now(db, args.output)
        _say(QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path}"), path=written)
        return 0

    return _with_db(target, run)


def cmd_restore(args: argparse.Namespace, target: str) -> int:
    """Replace the database by a verified backup (the current one is kept as a backup)."""
    if is_url(target):
        raise UserError(
            QT_TRANSLATE_NOOP("Cli", "Only database files can be restored here."), context="Cli"
        )
    if not args.file.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} does not exist."), path=str(args.file)
        )
    safety = maintenance.restore(Path(target), args.file)
    _say(QT_TRANSLATE_NOOP("Cli", "Restored {path} from {backup}."), path=target, backup=args.file)
    if safety is not None:
        _say(QT_TRANSLATE_NOOP("Cli", "The previous state was kept in {path}."), path=safety)
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "ls": cmd_ls,
    "export": cmd_export,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def cmd_import(args: argparse.Namespace, target: str) -> int:
    """Import contacts from a CSV, XLSX or vCard file (cli/contacts_io.py)."""
    from partnerdesk.cli.contacts_io import cmd_import as run_import

    return run_import(args, target)


COMMANDS["import"] = cmd_import


def cmd_report(args: argparse.Namespace, target: str) -> int:
    """List the reports or write one (cli/report_cmd.py)."""
    from partnerdesk.cli.report_cmd import cmd_report as run_report

    return run_report(args, target)


COMMANDS["report"] = cmd_report


def run(args: argparse.Namespace, target: str) -> int:
    """Dispatch to the sub-command."""
    return COMMANDS[args.command](args, target)
