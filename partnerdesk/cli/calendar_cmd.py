"""`partnerdesk export calendar -o FILE.ics`: exchanges and programmes as an iCalendar file."""

from __future__ import annotations

import argparse
from pathlib import Path

from partnerdesk.i18n import translate
from partnerdesk.messages import QT_TRANSLATE_NOOP


def cmd_export_calendar(args: argparse.Namespace, target: str) -> int:
    """Write every exchange and its programme to `args.output`; print how many events."""
    from partnerdesk.services.calendar_export import export_calendar
    from partnerdesk.storage.database import open_database

    output = Path(args.output)
    db = open_database(target)
    try:
        count = export_calendar(db, output, translate=translate)
    finally:
        db.close()
    print(
        translate("Cli", QT_TRANSLATE_NOOP("Cli", "{count} events written to {path}.")).format(
            count=count, path=output
        )
    )
    return 0
