"""Which consents count for an exchange, and whether one is given: the rule the checks
(a travelling minor's travel consent) and the workspace's *Youth* tab share.

A consent counts for an exchange when it was given for that exchange or for none in
particular (a general one). On a day it is valid unless it was withdrawn by then; a
consent withdrawn only later still counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa

from partnerdesk.domain import Consent
from partnerdesk.domain.enums import ConsentPurpose

GIVEN, WITHDRAWN, MISSING = "given", "withdrawn", "missing"
YOUTH_PURPOSES = (ConsentPurpose.MINOR_TRAVEL, ConsentPurpose.PHOTOS,
                  ConsentPurpose.MEDICAL_TREATMENT, ConsentPurpose.HEALTH_DATA)
"""The purposes the *Youth* tab shows for each participant, in its column order."""


def counts_for(exchange_id: int) -> sa.ColumnElement[bool]:
    """The SQL condition: a consent given for exchange `exchange_id` or for none."""
    return sa.or_(Consent.exchange_id == exchange_id, Consent.exchange_id.is_(None))


def is_valid_on(consent: Consent, day: date) -> bool:
    """True unless the consent was withdrawn on or before `day`."""
    return consent.withdrawn_on is None or consent.withdrawn_on > day


def consent_state(consents: Sequence[Consent], purpose: ConsentPurpose,
                  today: date) -> tuple[str, Consent | None]:
    """The state of `purpose` among `consents` (those counting for the exchange) on `today`.

    `(GIVEN, the latest valid consent)`, else `(WITHDRAWN, the latest withdrawn one)`, else
    `(MISSING, None)`.
    """
    relevant = [c for c in consents if c.purpose == purpose]
    latest = sorted(relevant, key=lambda c: (c.given_on, c.id or 0), reverse=True)
    for consent in latest:
        if is_valid_on(consent, today):
            return GIVEN, consent
    if latest:
        return WITHDRAWN, latest[0]
    return MISSING, None
