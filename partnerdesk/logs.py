"""The rotating log file in the user data folder. No Qt.

Sensitive data (health, passport numbers) is never logged: code logs ids, not contents.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from partnerdesk import paths

LOG_NAME = "partnerdesk.log"


def log_file() -> Path:
    """The path of the current log file."""
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file (5 × 1 MB); returns its path. Safe to call twice."""
    root = logging.getLogger()
    target = log_file()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(target):
            return target
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
    # SQL statements carry their parameters (passport numbers, allergies): never log them,
    # whatever level the rest of the program logs at.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return target
