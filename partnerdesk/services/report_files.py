"""Report PDFs on disk: a file name people recognise, and an atomic write (DESIGN.md §3.8:
a failed save never destroys the previous file)."""

from __future__ import annotations

import re
from pathlib import Path

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage.fileio import write_bytes_atomic

NOT_A_PDF = QT_TRANSLATE_NOOP("Reports", "There is no PDF to save.")
MAX_NAME = 120
# characters Windows forbids in file names (and control characters), and runs of spaces
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_SPACES = re.compile(r"\s+")


def file_name(title: str, subject: str = "") -> str:
    """`<title>-<subject>.pdf` (e.g. "Teilnehmerliste-Jugendbegegnung 2026.pdf"), safe as a
    file name on every system."""
    parts = [_SPACES.sub(" ", _FORBIDDEN.sub(" ", part)).strip(" .-") for part in
             (title, subject)]
    stem = "-".join(part for part in parts if part)[:MAX_NAME].rstrip(" .-")
    return f"{stem or 'report'}.pdf"


def save_pdf(path: Path, data: bytes) -> Path:
    """Write the PDF `data` to `path` atomically (".pdf" added when missing); the path
    written. OSError when the folder cannot be written."""
    if not data.startswith(b"%PDF"):
        raise UserError(NOT_A_PDF, "Reports")
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_bytes_atomic(path, data)
    return path
