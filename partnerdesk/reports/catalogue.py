"""The report catalogue: names (used by the CLI and the Reports page), what each needs, the
languages it offers; `generate` loads the data through the services and renders the PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.reports import programme, styles
from partnerdesk.reports.texts import ReportLanguage, Translate
from partnerdesk.services import association, exchanges
from partnerdesk.services import programme as programme_service

Database = Any  # an open `storage.database.Database` (reports do not import storage)
CONTEXT = "Reports"
ONE_LANGUAGE = ("de", "ru", "en")
BILINGUAL = ("de", "ru", "en", "de+ru")

UNKNOWN = QT_TRANSLATE_NOOP("Reports", "There is no report named “{name}”.")
LANGUAGE = QT_TRANSLATE_NOOP(
    "Reports", "The report “{name}” is available in: {languages}.")
NEEDS_EXCHANGE = QT_TRANSLATE_NOOP("Reports", "Choose the exchange for this report.")
NO_EXCHANGE = QT_TRANSLATE_NOOP("Reports", "There is no exchange with the id {id}.")


@dataclass(frozen=True)
class ReportInfo:
    """One report of the catalogue."""

    name: str
    title: str  # English source, context "Reports"
    scope: str  # exchange, grant, year, contacts, contact
    languages: tuple[str, ...]
    confidential: bool = False


@dataclass(frozen=True)
class ReportRequest:
    """Which report, for what, in which language."""

    name: str
    language: str = "de"
    exchange_id: int | None = None
    grant_id: int | None = None
    contact_id: int | None = None
    year: int | None = None


REPORTS = (
    ReportInfo("programme", programme.TITLE, "exchange", BILINGUAL),
)


def find(name: str) -> ReportInfo:
    """The report named `name` (UserError when there is none)."""
    for info in REPORTS:
        if info.name == name:
            return info
    raise UserError(UNKNOWN, CONTEXT, name=name)


def letterhead(db: Database) -> styles.Letterhead:
    """The letterhead from the association profile."""
    profile = association.get_profile(db)
    address = " · ".join(filter(None, (profile.street,
                                       f"{profile.postal_code} {profile.city}".strip())))
    contact = " · ".join(filter(None, (profile.phone, profile.email, profile.website)))
    return styles.Letterhead(profile.name or "PartnerDesk", address, contact, profile.logo)


def _programme_story(db: Database, request: ReportRequest, language: ReportLanguage):
    if request.exchange_id is None:
        raise UserError(NEEDS_EXCHANGE, CONTEXT)
    rows = exchanges.list_exchanges(db, ids=[request.exchange_id])
    if not rows:
        raise UserError(NO_EXCHANGE, CONTEXT, id=request.exchange_id)
    items = tuple(programme_service.list_items(db, request.exchange_id))
    data = programme.ProgrammeData(rows[0], items)
    return programme.build(data, language), f"{language.t(programme.TITLE)} – {rows[0].title}"


_BUILDERS = {"programme": _programme_story}


def generate(db: Database, request: ReportRequest, translator_for: Callable[[str], Translate],
             today: date | None = None) -> bytes:
    """The PDF of `request` (UserError when the report, language or subject is wrong)."""
    info = find(request.name)
    if request.language not in info.languages:
        raise UserError(LANGUAGE, CONTEXT, name=info.name, languages=", ".join(info.languages))
    language = ReportLanguage.of(request.language, translator_for)
    story, title = _BUILDERS[info.name](db, request, language)
    setup = styles.PageSetup(letterhead(db), language, title, today or date.today(),
                             info.confidential)
    return styles.render(story, setup)
