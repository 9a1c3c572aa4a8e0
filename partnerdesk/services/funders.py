"""Funder profiles (a funder's programme and its rules) as data the user edits, and the
example profiles the app ships, marked as examples to verify against current guidelines."""

from __future__ import annotations

from partnerdesk.dto.grants import FunderProfileForm, FunderProfileRow
from partnerdesk.storage.database import Database


def list_profiles(db: Database) -> list[FunderProfileRow]:
    """All profiles by funder and programme."""
    raise NotImplementedError


def load_profile(db: Database, profile_id: int) -> FunderProfileForm:
    """One profile (UserError when gone)."""
    raise NotImplementedError


def save_profile(db: Database, form: FunderProfileForm) -> tuple[int, int]:
    """Validate (funder, programme unique per funder, age range, non-negative numbers,
    currency) and save; returns (id, version)."""
    raise NotImplementedError


def delete_profile(db: Database, profile_id: int, expected_version: int | None = None) -> None:
    """Delete a profile; refused (UserError naming how many) while applications use it."""
    raise NotImplementedError


def install_examples(db: Database) -> int:
    """Add the shipped example profiles (and their funder organisations when missing),
    marked as examples; profiles already present are skipped. Returns how many were added."""
    raise NotImplementedError
