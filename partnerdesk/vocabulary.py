"""English labels of shared vocabularies, marked for translation, for every layer.

The UI (`ui/labels.py`) and the services that write texts for people (the calendar export,
the grant workflow's refusals) both use these; each vocabulary is translated in the context
named after its enum.
"""

from __future__ import annotations

from partnerdesk.messages import QT_TRANSLATE_NOOP

EXCHANGE_KIND = {
    "delegation": QT_TRANSLATE_NOOP("ExchangeKind", "Delegation"),
    "citizen_trip": QT_TRANSLATE_NOOP("ExchangeKind", "Citizen trip"),
    "youth_exchange": QT_TRANSLATE_NOOP("ExchangeKind", "Youth exchange"),
    "school_exchange": QT_TRANSLATE_NOOP("ExchangeKind", "School exchange"),
    "professional": QT_TRANSLATE_NOOP("ExchangeKind", "Professional exchange"),
    "cultural": QT_TRANSLATE_NOOP("ExchangeKind", "Cultural exchange"),
    "sports": QT_TRANSLATE_NOOP("ExchangeKind", "Sports exchange"),
    "conference": QT_TRANSLATE_NOOP("ExchangeKind", "Conference"),
    "online": QT_TRANSLATE_NOOP("ExchangeKind", "Online / hybrid"),
}
EXCHANGE_DIRECTION = {
    "incoming": QT_TRANSLATE_NOOP("ExchangeDirection", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("ExchangeDirection", "Outgoing"),
    "third_place": QT_TRANSLATE_NOOP("ExchangeDirection", "Third place"),
}
EXCHANGE_STATUS = {
    "idea": QT_TRANSLATE_NOOP("ExchangeStatus", "Idea"),
    "planning": QT_TRANSLATE_NOOP("ExchangeStatus", "Planning"),
    "confirmed": QT_TRANSLATE_NOOP("ExchangeStatus", "Confirmed"),
    "done": QT_TRANSLATE_NOOP("ExchangeStatus", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("ExchangeStatus", "Cancelled"),
}
GRANT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("GrantStatus", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("GrantStatus", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("GrantStatus", "Approved"),
    "partly_approved": QT_TRANSLATE_NOOP("GrantStatus", "Partly approved"),
    "rejected": QT_TRANSLATE_NOOP("GrantStatus", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("GrantStatus", "Withdrawn"),
    "funds_requested": QT_TRANSLATE_NOOP("GrantStatus", "Funds requested"),
    "funds_received": QT_TRANSLATE_NOOP("GrantStatus", "Funds received"),
    "proof_submitted": QT_TRANSLATE_NOOP("GrantStatus", "Proof of use submitted"),
    "closed": QT_TRANSLATE_NOOP("GrantStatus", "Closed"),
}
