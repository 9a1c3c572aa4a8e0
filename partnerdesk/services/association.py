"""The association profile: read it, save it (with a check for concurrent changes)."""

from __future__ import annotations

import re

import sqlalchemy as sa

from partnerdesk.domain import AssociationProfile, BoardMember
from partnerdesk.domain.base import utcnow
from partnerdesk.dto import AssociationProfileData, BoardMemberData
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.storage.database import Database

REPORT_LANGUAGES = ("de", "ru", "en", "de+ru")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FIELDS = (
    "name",
    "street",
    "postal_code",
    "city",
    "country",
    "register_number",
    "home_town",
    "email",
    "phone",
    "website",
    "logo",
    "logo_mime",
    "default_currency",
    "default_report_language",
)


def _to_data(profile: AssociationProfile | None) -> AssociationProfileData:
    if profile is None:
        return AssociationProfileData()
    values = {name: getattr(profile, name) for name in _FIELDS}
    board = tuple(BoardMemberData(m.name, m.function, m.signs) for m in profile.board_members)
    return AssociationProfileData(**values, board=board, version=profile.version)


def get_profile(db: Database) -> AssociationProfileData:
    """The association's profile (empty defaults when none was saved yet)."""
    with db.unit() as session:
        profile = session.execute(sa.select(AssociationProfile).limit(1)).scalar_one_or_none()
        return _to_data(profile)


def validate_profile(data: AssociationProfileData) -> list[UserError]:
    """What is wrong with `data`, as translatable messages (empty when all is well)."""
    problems = []
    if not data.name.strip():
        problems.append(UserError(QT_TRANSLATE_NOOP("Errors", "The association needs a name.")))
    if data.email and not _EMAIL.match(data.email):
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("Errors", "{value} is not an e-mail address."), value=data.email
            )
        )
    if not re.fullmatch(r"[A-Z]{3}", data.default_currency):
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("Errors", "The currency must be a three-letter code such as EUR.")
            )
        )
    if len(data.country) != 2:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("Errors", "The country must be a two-letter code such as DE.")
            )
        )
    if data.default_report_language not in REPORT_LANGUAGES:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown report language {value}."),
                value=data.default_report_language,
            )
        )
    if any(not member.name.strip() for member in data.board):
        problems.append(UserError(QT_TRANSLATE_NOOP("Errors", "Every board member needs a name.")))
    return problems


def save_profile(db: Database, data: AssociationProfileData) -> AssociationProfileData:
    """Save the profile; refused when invalid or when someone else saved it meanwhile."""
    problems = validate_profile(data)
    if problems:
        raise problems[0]
    with db.unit() as session:
        profile = session.execute(sa.select(AssociationProfile).limit(1)).scalar_one_or_none()
        if profile is None:
            profile = AssociationProfile()
            session.add(profile)
        elif profile.version != data.version:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The profile was changed elsewhere meanwhile. Close the dialog and open it "
                    "again to see the current data.",
                )
            )
        for name in _FIELDS:
            setattr(profile, name, getattr(data, name))
        profile.updated_at = utcnow()  # a save always counts as a change of the profile
        profile.board_members.clear()
        for order, member in enumerate(data.board):
            profile.board_members.append(
                BoardMember(
                    name=member.name.strip(),
                    function=member.function,
                    signs=member.signs,
                    sort_order=order,
                )
            )
        session.commit()
        return _to_data(profile)
