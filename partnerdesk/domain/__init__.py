"""The domain: SQLAlchemy entities, enums and rules. No Qt, no database engine."""

from partnerdesk.domain import search_text  # noqa: F401  (registers the search-text events)
from partnerdesk.domain.association import (
    AssociationProfile,
    BoardMember,
    PartnerTown,
    PartnerTownStatusChange,
)
from partnerdesk.domain.base import Base
from partnerdesk.domain.contacts import (
    Consent,
    Contact,
    ContactRoleAssignment,
    Correspondence,
    Guardianship,
    HostProfile,
    Membership,
    OrganisationLink,
    PassportRecord,
)
from partnerdesk.domain.exchanges import (
    Exchange,
    HostPlacement,
    Participation,
    ParticipationHealth,
    ProgrammeItem,
    exchange_partner_town,
)
from partnerdesk.domain.grants import (
    BudgetLine,
    FunderProfile,
    GrantApplication,
    GrantStatusChange,
    Milestone,
    Payment,
    Receipt,
    grant_exchange,
)
from partnerdesk.domain.letters import LetterTemplate  # noqa: F401  (registers its table)
from partnerdesk.domain.match_key import contact_match_key
from partnerdesk.domain.merge_log import MergeLog

__all__ = [
    "AssociationProfile", "Base", "BoardMember", "BudgetLine", "Consent", "Contact",
    "ContactRoleAssignment", "Correspondence", "Exchange", "FunderProfile", "GrantApplication",
    "GrantStatusChange", "Guardianship", "HostPlacement", "HostProfile", "Membership",
    "Milestone", "OrganisationLink", "PartnerTown", "PartnerTownStatusChange", "Participation",
    "ParticipationHealth", "PassportRecord", "Payment", "ProgrammeItem", "Receipt",
    "exchange_partner_town", "grant_exchange",
    "MergeLog", "contact_match_key",
]
