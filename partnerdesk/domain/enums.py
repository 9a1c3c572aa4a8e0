"""The fixed vocabularies of the domain. Values are stored; labels live in the UI layer."""

from __future__ import annotations

from enum import StrEnum


class ContactKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNKNOWN = "unknown"


class Side(StrEnum):
    """Which side of the partnership someone belongs to."""

    HOME = "home"
    PARTNER = "partner"
    OTHER = "other"


class OrganisationKind(StrEnum):
    TOWN_ADMINISTRATION = "town_administration"
    SCHOOL = "school"
    CLUB = "club"
    FUNDER = "funder"
    COMPANY = "company"
    MEDIA = "media"
    OTHER = "other"


class ContactRole(StrEnum):
    """Roles and tags a contact can carry (several at once)."""

    MEMBER = "member"
    BOARD = "board"
    HOST_FAMILY = "host_family"
    PARTNER_CONTACT = "partner_contact"
    INTERPRETER = "interpreter"
    SPONSOR = "sponsor"
    PRESS = "press"
    VOLUNTEER = "volunteer"


class PartnerTownRelation(StrEnum):
    PARTNERSHIP = "partnership"
    FRIENDSHIP = "friendship"
    CONTACT = "contact"


class PartnerTownStatus(StrEnum):
    ACTIVE = "active"
    RESTING = "resting"
    ENDED = "ended"


class ConsentPurpose(StrEnum):
    DATA_PROCESSING = "data_processing"
    PHOTOS = "photos"
    NEWSLETTER = "newsletter"
    HEALTH_DATA = "health_data"
    MINOR_TRAVEL = "minor_travel"
    MEDICAL_TREATMENT = "medical_treatment"


class ConsentGivenBy(StrEnum):
    SELF = "self"
    GUARDIAN = "guardian"


class ConsentChannel(StrEnum):
    PAPER = "paper"
    EMAIL = "email"
    FORM = "form"
    ORAL = "oral"


class Direction(StrEnum):
    """Direction of a letter or e-mail."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class ExchangeKind(StrEnum):
    DELEGATION = "delegation"
    CITIZEN_TRIP = "citizen_trip"
    YOUTH_EXCHANGE = "youth_exchange"
    SCHOOL_EXCHANGE = "school_exchange"
    PROFESSIONAL = "professional"
    CULTURAL = "cultural"
    SPORTS = "sports"
    CONFERENCE = "conference"
    ONLINE = "online"


class ExchangeDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    THIRD_PLACE = "third_place"


class ExchangeStatus(StrEnum):
    IDEA = "idea"
    PLANNING = "planning"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class ParticipationRole(StrEnum):
    PARTICIPANT = "participant"
    LEADER = "leader"
    INTERPRETER = "interpreter"
    GUEST = "guest"
    HOST = "host"
    ORGANISER = "organiser"
    DRIVER = "driver"


class ParticipationStatus(StrEnum):
    INTERESTED = "interested"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    WAITING_LIST = "waiting_list"
    CANCELLED = "cancelled"


class VisaStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    NEEDED = "needed"
    APPLIED = "applied"
    ISSUED = "issued"
    REFUSED = "refused"


class GrantStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PARTLY_APPROVED = "partly_approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    FUNDS_REQUESTED = "funds_requested"
    FUNDS_RECEIVED = "funds_received"
    PROOF_SUBMITTED = "proof_submitted"
    CLOSED = "closed"


class MilestoneKind(StrEnum):
    APPLICATION_DEADLINE = "application_deadline"
    FUND_REQUEST = "fund_request"
    CHANGE_NOTICE = "change_notice"
    INTERIM_REPORT = "interim_report"
    PROOF_OF_USE = "proof_of_use"
    RETAIN_RECEIPTS = "retain_receipts"
    OTHER = "other"


class BudgetSide(StrEnum):
    COST = "cost"
    INCOME = "income"


class BudgetCategory(StrEnum):
    # cost side
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    BOARD = "board"
    PROGRAMME = "programme"
    FEES = "fees"
    INSURANCE = "insurance"
    MATERIAL = "material"
    PREPARATION = "preparation"
    OTHER_COSTS = "other_costs"
    # income side
    OWN_SHARE = "own_share"
    PARTICIPANT_FEES = "participant_fees"
    TOWN_GRANT = "town_grant"
    THIS_GRANT = "this_grant"
    OTHER_GRANTS = "other_grants"


COST_CATEGORIES = frozenset(
    {
        BudgetCategory.TRAVEL,
        BudgetCategory.ACCOMMODATION,
        BudgetCategory.BOARD,
        BudgetCategory.PROGRAMME,
        BudgetCategory.FEES,
        BudgetCategory.INSURANCE,
        BudgetCategory.MATERIAL,
        BudgetCategory.PREPARATION,
        BudgetCategory.OTHER_COSTS,
    }
)
