"""`partnerdesk ls findings [--exchange ID] [--json]`: the exchange checks, most urgent first.

JSON rows: kind, severity, exchange_id, exchange, participation_id, contact_id, subject,
message (translated into the CLI's language, placeholders filled), due_on (ISO date or
null), area. Without --json a plain table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import date

from partnerdesk.dto.findings import Finding
from partnerdesk.i18n import translate
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.checks import all_findings
from partnerdesk.storage.database import open_database

HEADERS = (
    QT_TRANSLATE_NOOP("Findings", "Due"),
    QT_TRANSLATE_NOOP("Findings", "Severity"),
    QT_TRANSLATE_NOOP("Findings", "Exchange"),
    QT_TRANSLATE_NOOP("Findings", "Person"),
    QT_TRANSLATE_NOOP("Findings", "Finding"),
)
SEVERITY_LABELS = {
    "error": QT_TRANSLATE_NOOP("Findings", "error"),
    "warning": QT_TRANSLATE_NOOP("Findings", "warning"),
}
WIDTHS = (10, 8, 30, 25, 200)


def finding_as_json(finding: Finding) -> dict:
    """One finding as the JSON row of `ls findings --json`."""
    return {
        "kind": finding.kind,
        "severity": finding.severity,
        "exchange_id": finding.exchange_id,
        "exchange": finding.exchange_title,
        "participation_id": finding.participation_id,
        "contact_id": finding.contact_id,
        "subject": finding.subject,
        "message": finding.render(translate),
        "due_on": finding.due_on.isoformat() if finding.due_on else None,
        "area": finding.area,
    }


def print_findings_table(findings: list[Finding]) -> None:
    """The findings as a plain text table, cut to the terminal's width."""
    rows = [[translate("Findings", h) for h in HEADERS]] + [
        [
            f.due_on.strftime("%d.%m.%Y") if f.due_on else "",
            translate("Findings", SEVERITY_LABELS.get(f.severity, f.severity)),
            f.exchange_title,
            f.subject,
            f.render(translate),
        ]
        for f in findings
    ]
    widths = [min(limit, max(len(row[i]) for row in rows)) for i, limit in enumerate(WIDTHS)]
    width = shutil.get_terminal_size((160, 20)).columns
    for row in rows:
        text = "  ".join(value[:w].ljust(w) for value, w in zip(row, widths, strict=True))
        print(text.rstrip()[:width])
    if not findings:
        print(translate("Findings", QT_TRANSLATE_NOOP("Findings", "(no findings)")))


def cmd_ls_findings(args: argparse.Namespace, target: str) -> int:
    """Print the findings of every active exchange (or of `args.exchange`); exit status 0.

    An unknown exchange id raises a UserError (the CLI turns it into exit status 1).
    """
    exchange_id = getattr(args, "exchange", None)
    db = open_database(target)
    try:
        findings = all_findings(db, date.today(), exchange_id=exchange_id)
    finally:
        db.close()
    if getattr(args, "json", False):
        rows = [finding_as_json(finding) for finding in findings]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_findings_table(findings)
    return 0
