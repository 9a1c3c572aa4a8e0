"""What the contact list is narrowed to: `ContactFilter` (the rows are `dto.ContactRow`)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum


class MembershipState(StrEnum):
    """Membership on a given day, as the contact list filters it (every contact has one)."""

    ACTIVE = "active"   # a membership that has begun and not ended (no `left_on`, or later)
    FORMER = "former"   # memberships, every one of them ended
    NONE = "none"       # no membership that had begun by that day


@dataclass(frozen=True)
class ContactFilter:
    """Filters of the contact list besides the search text; `None` means "any".

    Values are the stored enum values (strings), so the UI, the CLI and saved views can
    pass them on as they are.
    """

    role: str | None = None              # a ContactRole value: carries this role or tag
    side: str | None = None              # a Side value
    partner_town_id: int | None = None   # belongs to this partner town
    membership: str | None = None        # a MembershipState value
    missing_consent: str | None = None   # a ConsentPurpose value: no valid consent for it
    kind: str | None = None              # a ContactKind value: persons or organisations
    on: date | None = None               # the day memberships and consents count on (today)

    def is_empty(self) -> bool:
        """True when nothing is filtered (`on` alone filters nothing)."""
        return all(getattr(self, f.name) is None for f in fields(self) if f.name != "on")
