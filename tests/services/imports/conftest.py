"""Fixtures of the import tests."""

from __future__ import annotations

import pytest
from import_helpers import FIXTURES


@pytest.fixture
def fixture_file():
    """The path of a sample file in tests/fixtures/imports."""
    return lambda name: FIXTURES / name
