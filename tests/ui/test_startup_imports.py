"""The start-up path stays light: the window shows before SQLAlchemy is imported."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_app_and_main_window_do_not_import_sqlalchemy():
    code = (
        "import partnerdesk.app, partnerdesk.ui.main_window; import sys; "
        "print(any(m == 'sqlalchemy' or m.startswith('sqlalchemy.') for m in sys.modules))"
    )
    assert _run(code) == "False"


def test_the_light_path_imports_neither_services_nor_storage():
    code = (
        "import partnerdesk.cli, partnerdesk.app, partnerdesk.ui.main_window, "
        "partnerdesk.ui.startup; import sys; "
        "print(sorted(m for m in sys.modules if m.startswith(('partnerdesk.services', "
        "'partnerdesk.storage', 'partnerdesk.domain', 'alembic', 'reportlab'))))"
    )
    assert _run(code) == "[]"
