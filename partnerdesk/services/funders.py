"""Funder profiles (a funder's programme and its rules) as data the user edits, and the
example profiles the app ships, marked as examples to verify against current guidelines."""

from __future__ import annotations

import sqlalchemy as sa

from partnerdesk.domain import Contact, FunderProfile, GrantApplication
from partnerdesk.domain.base import utcnow
from partnerdesk.domain.enums import ContactKind
from partnerdesk.dto.grants import FunderProfileForm, FunderProfileRow
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import funder_examples
from partnerdesk.services.grant_editing import (
    BAD_CURRENCY,
    CONTEXT,
    NO_FUNDER,
    amount_ok,
    check_version,
    commit,
    currency_ok,
    get_funder,
    get_or_fail,
)
from partnerdesk.storage.database import Database

GONE = QT_TRANSLATE_NOOP("Grants", "This funder profile no longer exists.")
CHANGED = QT_TRANSLATE_NOOP(
    "Grants", "This funder profile was changed elsewhere meanwhile. Nothing was saved.")
NO_PROGRAMME = QT_TRANSLATE_NOOP("Grants", "The funder profile needs the programme's name.")
DUPLICATE = QT_TRANSLATE_NOOP(
    "Grants", "This funder already has a profile for the programme “{programme}”.")
AGE_RANGE = QT_TRANSLATE_NOOP("Grants", "The minimum age cannot be above the maximum age.")
NEGATIVE = QT_TRANSLATE_NOOP("Grants", "Ages, days, group sizes and periods cannot be negative.")
BAD_RATE = QT_TRANSLATE_NOOP(
    "Grants", "The daily rate must be an amount of 0 or more, to the cent.")
IN_USE = QT_TRANSLATE_NOOP(
    "Grants",
    "This funder profile cannot be deleted: applications use it ({count}). Choose another "
    "profile for them first.")

_COUNTS = ("min_age", "max_age", "min_programme_days", "max_participants_per_side",
           "max_leaders_per_side", "participants_per_leader", "application_weeks_before",
           "proof_of_use_months_after", "retention_years")
_FIELDS = ("funder_id", "programme", "is_example", *_COUNTS, "daily_rate", "currency",
           "required_documents", "notes")


def _in_use() -> sa.ScalarSelect:
    return (sa.select(sa.func.count(GrantApplication.id))
            .where(GrantApplication.funder_profile_id == FunderProfile.id).scalar_subquery())


def list_profiles(db: Database) -> list[FunderProfileRow]:
    """All profiles by funder and programme."""
    with db.unit() as session:
        rows = session.execute(
            sa.select(FunderProfile, Contact.organisation_name, _in_use())
            .join(Contact, Contact.id == FunderProfile.funder_id)
            .order_by(sa.func.lower(Contact.organisation_name),
                      sa.func.lower(FunderProfile.programme), FunderProfile.id)
        ).all()
        return [FunderProfileRow(id=p.id, funder_id=p.funder_id, funder=funder,
                                 programme=p.programme, is_example=p.is_example,
                                 applications=uses)
                for p, funder, uses in rows]


def load_profile(db: Database, profile_id: int) -> FunderProfileForm:
    """One profile (UserError when gone)."""
    with db.unit() as session:
        profile = get_or_fail(session, FunderProfile, profile_id, GONE)
        return FunderProfileForm(id=profile.id, version=profile.version,
                                 **{name: getattr(profile, name) for name in _FIELDS})


def validate_profile(form: FunderProfileForm) -> list[UserError]:
    """What is wrong with `form` on its own (empty when all is well); the funder and the
    uniqueness of the programme are checked when saving."""
    problems = []
    if form.funder_id is None:
        problems.append(UserError(NO_FUNDER, CONTEXT))
    if not form.programme.strip():
        problems.append(UserError(NO_PROGRAMME, CONTEXT))
    if any(getattr(form, name) is not None and getattr(form, name) < 0 for name in _COUNTS):
        problems.append(UserError(NEGATIVE, CONTEXT))
    elif form.min_age is not None and form.max_age is not None and form.min_age > form.max_age:
        problems.append(UserError(AGE_RANGE, CONTEXT))
    if not amount_ok(form.daily_rate):
        problems.append(UserError(BAD_RATE, CONTEXT))
    if not currency_ok(form.currency):
        problems.append(UserError(BAD_CURRENCY, CONTEXT))
    return problems


def save_profile(db: Database, form: FunderProfileForm) -> tuple[int, int]:
    """Validate (funder, programme unique per funder, age range, non-negative numbers,
    currency) and save; returns (id, version)."""
    problems = validate_profile(form)
    if problems:
        raise problems[0]
    programme = form.programme.strip()
    with db.unit() as session:
        funder = get_funder(session, form.funder_id)
        twin = session.execute(
            sa.select(FunderProfile.id).where(
                FunderProfile.funder_id == funder.id, FunderProfile.programme == programme,
                FunderProfile.id != (form.id or 0))).first()
        if twin is not None:
            raise UserError(DUPLICATE, CONTEXT, programme=programme)
        if form.id is None:
            profile = FunderProfile()
            session.add(profile)
        else:
            profile = get_or_fail(session, FunderProfile, form.id, GONE)
            check_version(profile, form.version, CHANGED)
        for name in _FIELDS:
            value = getattr(form, name)
            setattr(profile, name, value.strip() if isinstance(value, str) else value)
        profile.updated_at = utcnow()
        commit(session, CHANGED)
        return profile.id, profile.version


def delete_profile(db: Database, profile_id: int, expected_version: int | None = None) -> None:
    """Delete a profile; refused (UserError naming how many) while applications use it."""
    with db.unit() as session:
        profile = get_or_fail(session, FunderProfile, profile_id, GONE)
        check_version(profile, expected_version, CHANGED)
        uses = session.execute(
            sa.select(sa.func.count(GrantApplication.id))
            .where(GrantApplication.funder_profile_id == profile_id)).scalar_one()
        if uses:
            raise UserError(IN_USE, CONTEXT, count=uses)
        session.delete(profile)
        commit(session, CHANGED)


def install_examples(db: Database) -> int:
    """Add the shipped example profiles (and their funder organisations when missing),
    marked as examples; profiles already present are skipped. Returns how many were added.

    A funder is found by its organisation name; a new one gets its name and address only."""
    with db.unit() as session:
        funders: dict[str, int] = {}
        for example in funder_examples.EXAMPLE_FUNDERS:
            row = funder_examples.funder_row(example)
            funder_id = session.execute(
                sa.select(Contact.id).where(
                    Contact.kind == ContactKind.ORGANISATION,
                    Contact.organisation_name == row["organisation_name"])
                .order_by(Contact.id).limit(1)).scalar()
            if funder_id is None:
                funder = Contact(**row)
                session.add(funder)
                session.flush()
                funder_id = funder.id
            funders[example[0]] = funder_id
        present = {tuple(row) for row in session.execute(
            sa.select(FunderProfile.funder_id, FunderProfile.programme))}
        added = 0
        for example in funder_examples.EXAMPLE_PROFILES:
            row = funder_examples.profile_row(example, funders[example[0]])
            if (row["funder_id"], row["programme"]) not in present:
                session.add(FunderProfile(**row))
                added += 1
        session.commit()
        return added
