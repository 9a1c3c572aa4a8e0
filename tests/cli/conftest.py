"""CLI tests run `main()` in-process; they share pytest-qt's QApplication.

Without this the first CLI test would create a plain QCoreApplication (as the real command
line does in its own process), and later widget tests could not get a QApplication.
"""

import pytest


@pytest.fixture(autouse=True)
def _shared_application(qapp):
    return qapp
