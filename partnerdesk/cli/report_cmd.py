"""`partnerdesk report list` and `partnerdesk report NAME [--exchange ID] [--grant ID]
[--contact ID] [--year YYYY] [--lang de|ru|en|de+ru] -o FILE.pdf` (DESIGN.md §6).

`--lang` chooses the report's language (it also sets the messages' language); without it
the report is written in the association's default report language… here simply German,
the first language of every report. The PDF is written atomically.

Importing this module is light: `partnerdesk.cli` adds the parser on the path that opens
the window.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from partnerdesk.i18n import translate, translator_for
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError


def add_report_parser(subparsers: argparse._SubParsersAction,
                      common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the `report` sub-command."""
    parser = subparsers.add_parser(
        "report", parents=[common], help="write a report as PDF, or list the reports")
    parser.add_argument("name", metavar="NAME", help="a report name, or `list`")
    parser.add_argument("--exchange", type=int, metavar="ID", help="the exchange")
    parser.add_argument("--grant", type=int, metavar="ID", help="the grant application")
    parser.add_argument("--contact", type=int, metavar="ID", help="the contact")
    parser.add_argument("--year", type=int, metavar="YYYY", help="the year")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="the PDF file")
    return parser


def cmd_report(args: argparse.Namespace, target: str) -> int:
    """List the reports, or write one."""
    from partnerdesk.reports import catalogue

    if args.name == "list":
        for info in catalogue.reports():
            print(f"{info.name:<20} {info.scope:<9} {','.join(info.languages):<14} "
                  f"{translate('Reports', info.title)}")
        return 0
    if args.output is None:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "Name the PDF file with -o FILE.pdf."), "Cli")
    from partnerdesk.storage.database import open_database
    from partnerdesk.storage.fileio import write_bytes_atomic

    request = catalogue.ReportRequest(
        args.name, args.lang or catalogue.find(args.name).languages[0],
        exchange_id=args.exchange, grant_id=args.grant, contact_id=args.contact,
        year=args.year)
    db = open_database(target)
    try:
        pdf = catalogue.generate(db, request, translator_for)
    finally:
        db.close()
    write_bytes_atomic(Path(args.output), pdf)
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Report written to {path}.")).format(
        path=args.output))
    return 0
