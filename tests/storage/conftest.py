"""Storage fixtures: a test-only revision after the packaged head, known or not to the app."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from partnerdesk.storage import schema

from .helpers import write_revision


@pytest.fixture
def extra_versions(tmp_path: Path) -> Path:
    """A folder holding the test-only revision that follows the packaged head."""
    return write_revision(tmp_path / "extra_versions")


@pytest.fixture
def next_version(extra_versions: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make PartnerDesk know the test revision, as the next release would ship it."""
    original = schema.alembic_config

    def with_extra(extra_version_locations: Sequence[Path] = ()):
        return original([extra_versions, *extra_version_locations])

    monkeypatch.setattr(schema, "alembic_config", with_extra)
    monkeypatch.setattr(schema, "HEAD_REVISION", schema.script_head())
    return extra_versions
