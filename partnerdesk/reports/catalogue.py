"""The report catalogue: names (used by the CLI and the Reports page), what each needs, the
languages it offers; `generate` loads the data through the report's module and renders the
PDF with the one look of `styles`.

Each report lives in its own module (listed in `REPORT_MODULES`) with:
- `INFO`: a `ReportInfo` (name, English title, scope, languages, confidential);
- `load(db, request) -> data`: the DTOs it needs, through the services (UserError when the
  subject is missing or gone);
- `build(data, language) -> (story, title)`: the flowables and the PDF's title, from DTOs
  only (no database access); optionally a third element, a dict of `PageSetup` fields that
  depend on the data (e.g. `{"signature": "…"}`);
- or, for a report that lays out its own pages (label sheets, letters), instead of `build`:
  `render(data, language, letterhead, today) -> bytes`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.reports import styles
from partnerdesk.reports.texts import ReportLanguage, Translate
from partnerdesk.services import association

Database = Any  # an open `storage.database.Database` (reports do not import storage)
CONTEXT = "Reports"
ONE_LANGUAGE = ("de", "ru", "en")
BILINGUAL = ("de", "ru", "en", "de+ru")

# the modules of the reports, in the order the catalogue lists them
REPORT_MODULES = (
    "participant_list",
    "emergency_sheet",
    "travel_list",
    "programme",
    "host_families",
    "financial_statement",
    "receipts",
    "grant_overview",
    "annual_report",
    "contact_list",
    "birthdays",
    "labels",
    "letter",
    "data_disclosure",
)

UNKNOWN = QT_TRANSLATE_NOOP("Reports", "There is no report named “{name}”.")
LANGUAGE = QT_TRANSLATE_NOOP(
    "Reports", "The report “{name}” is available in: {languages}.")
NEEDS = {
    "exchange": QT_TRANSLATE_NOOP("Reports", "Choose the exchange for this report."),
    "grant": QT_TRANSLATE_NOOP("Reports", "Choose the grant application for this report."),
    "year": QT_TRANSLATE_NOOP("Reports", "Choose the year for this report."),
    "contact": QT_TRANSLATE_NOOP("Reports", "Choose the person for this report."),
}


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
    """Which report, for what, in which language. `contact_ids`/`search` choose the
    contacts of a list, label or letter report (all contacts when both are empty)."""

    name: str
    language: str = "de"
    exchange_id: int | None = None
    grant_id: int | None = None
    contact_id: int | None = None
    year: int | None = None
    contact_ids: tuple[int, ...] = ()
    search: str = ""
    options: tuple[tuple[str, Any], ...] = ()  # report-specific (e.g. labels: sheet, offset)

    def option(self, key: str, default: Any = None) -> Any:
        """A report-specific option."""
        return dict(self.options).get(key, default)


@cache
def _module(name: str) -> ModuleType:
    return importlib.import_module(f"partnerdesk.reports.{name}")


def reports() -> tuple[ReportInfo, ...]:
    """Every report, in catalogue order."""
    return tuple(_module(name).INFO for name in REPORT_MODULES)


def find(name: str) -> ReportInfo:
    """The report named `name` (UserError when there is none)."""
    for info in reports():
        if info.name == name:
            return info
    raise UserError(UNKNOWN, CONTEXT, name=name)


def require(request: ReportRequest, scope: str) -> int:
    """The id (or year) the report's scope needs (UserError asking for it when missing)."""
    value = {"exchange": request.exchange_id, "grant": request.grant_id,
             "year": request.year, "contact": request.contact_id}[scope]
    if value is None:
        raise UserError(NEEDS[scope], CONTEXT)
    return value


def letterhead(db: Database) -> styles.Letterhead:
    """The letterhead from the association profile."""
    profile = association.get_profile(db)
    address = " · ".join(filter(None, (profile.street,
                                       f"{profile.postal_code} {profile.city}".strip())))
    contact = " · ".join(filter(None, (profile.phone, profile.email, profile.website)))
    return styles.Letterhead(profile.name or "PartnerDesk", address, contact, profile.logo)


def _module_of(info: ReportInfo) -> ModuleType:
    return _module(REPORT_MODULES[[i.name for i in reports()].index(info.name)])


def generate(db: Database, request: ReportRequest, translator_for: Callable[[str], Translate],
             today: date | None = None) -> bytes:
    """The PDF of `request` (UserError when the report, language or subject is wrong)."""
    info = find(request.name)
    if request.language not in info.languages:
        raise UserError(LANGUAGE, CONTEXT, name=info.name, languages=", ".join(info.languages))
    language = ReportLanguage.of(request.language, translator_for)
    module = _module_of(info)
    data = module.load(db, request)
    if hasattr(module, "render"):  # it lays out its own pages (label sheets, letters)
        return module.render(data, language, letterhead(db), today or date.today())
    story, title, *overrides = module.build(data, language)
    setup = styles.PageSetup(letterhead(db), language, title, today or date.today(),
                             info.confidential)
    return styles.render(story, replace(setup, **overrides[0]) if overrides else setup)
