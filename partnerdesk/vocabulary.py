"""English labels of shared vocabularies, marked for translation, for every layer.

The UI (`ui/labels.py`), the services that write texts for people (the calendar export, the
grant workflow's refusals) and the reports all use these; each vocabulary is translated in
the context named after its enum.
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
PARTICIPATION_STATUS = {
    "interested": QT_TRANSLATE_NOOP("ParticipationStatus", "Interested"),
    "registered": QT_TRANSLATE_NOOP("ParticipationStatus", "Registered"),
    "confirmed": QT_TRANSLATE_NOOP("ParticipationStatus", "Confirmed"),
    "waiting_list": QT_TRANSLATE_NOOP("ParticipationStatus", "Waiting list"),
    "cancelled": QT_TRANSLATE_NOOP("ParticipationStatus", "Cancelled"),
}
PARTICIPATION_ROLE = {
    "participant": QT_TRANSLATE_NOOP("ParticipationRole", "Participant"),
    "leader": QT_TRANSLATE_NOOP("ParticipationRole", "Leader"),
    "interpreter": QT_TRANSLATE_NOOP("ParticipationRole", "Interpreter"),
    "guest": QT_TRANSLATE_NOOP("ParticipationRole", "Guest"),
    "host": QT_TRANSLATE_NOOP("ParticipationRole", "Host"),
    "organiser": QT_TRANSLATE_NOOP("ParticipationRole", "Organiser"),
    "driver": QT_TRANSLATE_NOOP("ParticipationRole", "Driver"),
}
SIDE = {
    "home": QT_TRANSLATE_NOOP("Side", "Home town"),
    "partner": QT_TRANSLATE_NOOP("Side", "Partner town"),
    "other": QT_TRANSLATE_NOOP("Side", "Other"),
}
CONTACT_KIND = {
    "person": QT_TRANSLATE_NOOP("ContactKind", "Person"),
    "organisation": QT_TRANSLATE_NOOP("ContactKind", "Organisation"),
}
CONTACT_ROLE = {
    "member": QT_TRANSLATE_NOOP("ContactRole", "Member"),
    "board": QT_TRANSLATE_NOOP("ContactRole", "Board"),
    "host_family": QT_TRANSLATE_NOOP("ContactRole", "Host family"),
    "partner_contact": QT_TRANSLATE_NOOP("ContactRole", "Partner contact"),
    "interpreter": QT_TRANSLATE_NOOP("ContactRole", "Interpreter"),
    "sponsor": QT_TRANSLATE_NOOP("ContactRole", "Sponsor"),
    "press": QT_TRANSLATE_NOOP("ContactRole", "Press"),
    "volunteer": QT_TRANSLATE_NOOP("ContactRole", "Volunteer"),
}
PARTNER_TOWN_RELATION = {
    "partnership": QT_TRANSLATE_NOOP("PartnerTownRelation", "Town partnership"),
    "friendship": QT_TRANSLATE_NOOP("PartnerTownRelation", "Friendship"),
    "contact": QT_TRANSLATE_NOOP("PartnerTownRelation", "Contact only"),
}
PARTNER_TOWN_STATUS = {
    "active": QT_TRANSLATE_NOOP("PartnerTownStatus", "Active"),
    "resting": QT_TRANSLATE_NOOP("PartnerTownStatus", "Resting"),
    "ended": QT_TRANSLATE_NOOP("PartnerTownStatus", "Ended"),
}
MILESTONE_KIND = {
    "application_deadline": QT_TRANSLATE_NOOP("MilestoneKind", "Application deadline"),
    "fund_request": QT_TRANSLATE_NOOP("MilestoneKind", "Fund request"),
    "change_notice": QT_TRANSLATE_NOOP("MilestoneKind", "Change notice"),
    "interim_report": QT_TRANSLATE_NOOP("MilestoneKind", "Interim report"),
    "proof_of_use": QT_TRANSLATE_NOOP("MilestoneKind", "Proof of use due"),
    "retain_receipts": QT_TRANSLATE_NOOP("MilestoneKind", "Keep receipts until"),
    "other": QT_TRANSLATE_NOOP("MilestoneKind", "Other deadline"),
}
BUDGET_SIDE = {
    "cost": QT_TRANSLATE_NOOP("BudgetSide", "Costs"),
    "income": QT_TRANSLATE_NOOP("BudgetSide", "Income"),
}
BUDGET_CATEGORY = {
    "travel": QT_TRANSLATE_NOOP("BudgetCategory", "Travel"),
    "accommodation": QT_TRANSLATE_NOOP("BudgetCategory", "Accommodation"),
    "board": QT_TRANSLATE_NOOP("BudgetCategory", "Board (meals)"),
    "programme": QT_TRANSLATE_NOOP("BudgetCategory", "Programme"),
    "fees": QT_TRANSLATE_NOOP("BudgetCategory", "Fees and interpreters"),
    "insurance": QT_TRANSLATE_NOOP("BudgetCategory", "Insurance"),
    "material": QT_TRANSLATE_NOOP("BudgetCategory", "Material"),
    "preparation": QT_TRANSLATE_NOOP("BudgetCategory", "Preparation"),
    "other_costs": QT_TRANSLATE_NOOP("BudgetCategory", "Other costs"),
    "own_share": QT_TRANSLATE_NOOP("BudgetCategory", "Own share"),
    "participant_fees": QT_TRANSLATE_NOOP("BudgetCategory", "Participant fees"),
    "town_grant": QT_TRANSLATE_NOOP("BudgetCategory", "Town grant"),
    "this_grant": QT_TRANSLATE_NOOP("BudgetCategory", "This grant"),
    "other_grants": QT_TRANSLATE_NOOP("BudgetCategory", "Other grants"),
}
BACKUP_KIND = {
    "daily": QT_TRANSLATE_NOOP("BackupKind", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("BackupKind", "Weekly"),
    "monthly": QT_TRANSLATE_NOOP("BackupKind", "Monthly"),
    "manual": QT_TRANSLATE_NOOP("BackupKind", "Made by hand"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupKind", "Before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupKind", "Before a restore"),
}
REPORT_LANGUAGE = {
    "de": QT_TRANSLATE_NOOP("ReportLanguage", "German"),
    "ru": QT_TRANSLATE_NOOP("ReportLanguage", "Russian"),
    "en": QT_TRANSLATE_NOOP("ReportLanguage", "English"),
    "de+ru": QT_TRANSLATE_NOOP("ReportLanguage", "German and Russian"),
}
COUNTRY = {
    "DE": QT_TRANSLATE_NOOP("Country", "Germany"),
    "AT": QT_TRANSLATE_NOOP("Country", "Austria"),
    "CH": QT_TRANSLATE_NOOP("Country", "Switzerland"),
    "RU": QT_TRANSLATE_NOOP("Country", "Russia"),
    "UA": QT_TRANSLATE_NOOP("Country", "Ukraine"),
    "BY": QT_TRANSLATE_NOOP("Country", "Belarus"),
    "PL": QT_TRANSLATE_NOOP("Country", "Poland"),
    "CZ": QT_TRANSLATE_NOOP("Country", "Czechia"),
    "FR": QT_TRANSLATE_NOOP("Country", "France"),
    "IT": QT_TRANSLATE_NOOP("Country", "Italy"),
    "NL": QT_TRANSLATE_NOOP("Country", "Netherlands"),
    "GB": QT_TRANSLATE_NOOP("Country", "United Kingdom"),
}
