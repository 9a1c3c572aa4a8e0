"""The command-line interface (DESIGN.md §6): `partnerdesk [--db …] [--lang …] [COMMAND …]`.

Without a sub-command it opens the GUI. Exit status 0 on success, 1 on a user error (one
translated line on stderr, no traceback), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from partnerdesk import __version__, i18n, paths
from partnerdesk.cli.contacts_io import add_import_parser
from partnerdesk.cli.report_cmd import add_report_parser
from partnerdesk.logs import log_file, setup_logging
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.vocabulary import GRANT_STATUS

log = logging.getLogger(__name__)
LIST_KINDS = ("contacts", "exchanges", "grants", "findings")


def _common(defaults: bool) -> argparse.ArgumentParser:
    """--db and --lang, accepted before and after the sub-command."""
    parser = argparse.ArgumentParser(add_help=False)
    default = None if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH_OR_URL",
        help="database file or URL (default: $PARTNERDESK_DB, then the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=(*i18n.LANGUAGES, "de+ru"),
        default=default,
        help="language of messages and of the GUI; of a report (de+ru: bilingual reports)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `partnerdesk` command."""
    common = _common(defaults=False)
    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        parents=[_common(defaults=True)],
        description="PartnerDesk: the office of a town-twinning association. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo", parents=[common], help="create a database with the demo association"
    )
    demo.add_argument(
        "--contacts",
        type=int,
        default=150,
        metavar="N",
        help="number of contacts (default 150, up to 100000)",
    )
    demo.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)

    ls = sub.add_parser("ls", parents=[common], help="list contacts, exchanges or grants")
    ls.add_argument("kind", choices=LIST_KINDS)
    ls.add_argument("--search", default="", metavar="TEXT", help="only entries matching TEXT")
    ls.add_argument("--json", action="store_true", help="machine-readable output (docs/CLI.md)")
    ls.add_argument(
        "--exchange", type=int, metavar="ID", help="findings: only those of this exchange"
    )
    ls.add_argument("--status", choices=tuple(GRANT_STATUS), help="grants: only in this status")
    ls.add_argument(
        "--year", type=int, metavar="YYYY",
        help="grants: only of this year (start of the first linked exchange, else submission, "
        "else creation)",
    )
    ls.add_argument("--funder", type=int, metavar="ID", help="grants: only to this funder")

    add_import_parser(sub, common)
    add_report_parser(sub, common)

    export = sub.add_parser(
        "export",
        parents=[common],
        help="export contacts, or exchanges and programmes as a calendar",
    )
    export.add_argument("what", choices=("contacts", "calendar"))
    export.add_argument(
        "--format",
        choices=("csv", "xlsx", "vcf"),
        help="contacts: csv (for Excel), xlsx or vcf (vCard 3.0); default: from the file name",
    )
    export.add_argument("--search", default="", metavar="TEXT", help="only contacts matching TEXT")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    sub.add_parser("check", parents=[common], help="check a database without changing it")

    backup = sub.add_parser("backup", parents=[common], help="write a verified backup")
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="backup file (default: the backup folder of the database)",
    )

    restore = sub.add_parser(
        "restore", parents=[common], help="replace the database by a verified backup"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    return parser


def database_target(args: argparse.Namespace) -> str:
    """--db, else $PARTNERDESK_DB, else partnerdesk.sqlite in the user data folder."""
    return args.db or os.environ.get("PARTNERDESK_DB") or str(paths.default_database())


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    ui_language = args.lang.split("+")[0] if args.lang else None  # de+ru: German messages
    if args.command is None:
        from partnerdesk.app import run_gui

        return run_gui(args.db or os.environ.get("PARTNERDESK_DB"), ui_language)
    setup_logging()
    i18n.install_for_cli(ui_language)
    try:
        from partnerdesk.cli import commands  # not needed (nor imported) to open the window

        return commands.run(args, database_target(args))
    except UserError as error:
        print(f"partnerdesk: {i18n.translate_message(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `partnerdesk ls … | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("unexpected error in `partnerdesk %s`", args.command)
        message = i18n.translate(
            "Cli", QT_TRANSLATE_NOOP("Cli", "Unexpected error. The details are in {log}.")
        ).format(log=log_file())
        print(f"partnerdesk: {message}", file=sys.stderr)
        return 1
