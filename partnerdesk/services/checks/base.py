"""Building findings: one factory so every rule fills the same fields the same way."""

from __future__ import annotations

from datetime import date

from partnerdesk.dto.findings import Finding
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.checks.loading import ExchangeData, Person

ERROR = "error"
WARNING = "warning"

SIDE_LABELS = {
    "home": QT_TRANSLATE_NOOP("Findings", "home"),
    "partner": QT_TRANSLATE_NOOP("Findings", "partner"),
    "other": QT_TRANSLATE_NOOP("Findings", "other"),
}


def make(
    data: ExchangeData,
    kind: str,
    severity: str,
    message: str,
    *,
    area: str,
    due_on: date | None,
    person: Person | None = None,
    translated: tuple[str, ...] = (),
    **params: object,
) -> Finding:
    """A finding about `data`'s exchange, and about `person` when given.

    The person's display name is always available to the message as `{name}`.
    """
    if person is not None:
        params.setdefault("name", person.name)
    return Finding(
        kind=kind,
        severity=severity,
        exchange_id=data.exchange.id,
        exchange_title=data.exchange.title,
        participation_id=person.participation.id if person else None,
        contact_id=person.contact.id if person else None,
        subject=person.name if person else "",
        message=message,
        params=params,
        due_on=due_on,
        area=area,
        translated_params=translated,
    )
