"""Translated labels for the stored values of the domain's vocabularies.

Each vocabulary has its own translation context (the enum's name), because one English word
can need different German or Russian forms in different places ("Confirmed" exchange vs
participant). Values are the ones stored in the database (see `domain/enums.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partnerdesk.vocabulary import (
    BACKUP_KIND,
    BUDGET_CATEGORY,
    BUDGET_SIDE,
    CONTACT_KIND,
    CONTACT_ROLE,
    COUNTRY,
    EXCHANGE_DIRECTION,
    EXCHANGE_KIND,
    EXCHANGE_STATUS,
    GRANT_STATUS,
    MILESTONE_KIND,
    PARTICIPATION_ROLE,
    PARTICIPATION_STATUS,
    PARTNER_TOWN_RELATION,
    PARTNER_TOWN_STATUS,
    REPORT_LANGUAGE,
    SIDE,
)

LANGUAGE_NAMES = {"de": "Deutsch", "ru": "Русский", "en": "English"}
"""UI languages in their own names (never translated: a reader must find their language)."""

_CONTEXTS = {
    id(EXCHANGE_KIND): "ExchangeKind",
    id(EXCHANGE_DIRECTION): "ExchangeDirection",
    id(EXCHANGE_STATUS): "ExchangeStatus",
    id(PARTICIPATION_STATUS): "ParticipationStatus",
    id(PARTICIPATION_ROLE): "ParticipationRole",
    id(SIDE): "Side",
    id(CONTACT_KIND): "ContactKind",
    id(CONTACT_ROLE): "ContactRole",
    id(PARTNER_TOWN_RELATION): "PartnerTownRelation",
    id(PARTNER_TOWN_STATUS): "PartnerTownStatus",
    id(GRANT_STATUS): "GrantStatus",
    id(MILESTONE_KIND): "MilestoneKind",
    id(BUDGET_SIDE): "BudgetSide",
    id(BUDGET_CATEGORY): "BudgetCategory",
    id(BACKUP_KIND): "BackupKind",
    id(REPORT_LANGUAGE): "ReportLanguage",
    id(COUNTRY): "Country",
}


def label(vocabulary: dict[str, str], value: str | None) -> str:
    """The translated label of `value` in `vocabulary` (the raw value when unknown)."""
    if not value:
        return ""
    source = vocabulary.get(value)
    if source is None:
        return value
    return QCoreApplication.translate(_CONTEXTS[id(vocabulary)], source)


def labels(vocabulary: dict[str, str], values: tuple[str, ...] | list[str]) -> str:
    """Several translated labels, comma-separated."""
    return ", ".join(label(vocabulary, value) for value in values)
