"""The personal data disclosure (GDPR Art. 15): everything stored about one person, section
by section (`services.disclosure` walks every table that refers to the contact), with the
purposes and the person's rights. Confidential: it holds passport and health data.

Every column shown has a label (`column_label`; a contact's own fields use the import's
labels) and stored vocabulary values are printed as their labels (`value_label`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest, require
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import association, disclosure
from partnerdesk.services.disclosure import Disclosure
from partnerdesk.services.imports.fields import FIELDS as CONTACT_FIELDS
from partnerdesk.vocabulary import (
    CONTACT_KIND,
    CONTACT_ROLE,
    COUNTRY,
    GRANT_STATUS,
    PARTICIPATION_ROLE,
    PARTICIPATION_STATUS,
    SIDE,
)

TITLE = QT_TRANSLATE_NOOP("Reports", "Personal data disclosure")
INFO = ReportInfo("data-disclosure", TITLE, "contact", ONE_LANGUAGE, confidential=True)
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "Information under Art. 15 GDPR for {name}")
INTRO = QT_TRANSLATE_NOOP(
    "Reports",
    "These are all the personal data {association} stores about you. We keep them to "
    "organise the work of the town partnership: contacts, exchanges and visits, "
    "memberships and grants; the consents below name further purposes. They are passed "
    "on only to partners, funders and insurers of the exchanges you take part in.")
DERIVED = QT_TRANSLATE_NOOP(
    "Reports",
    "To find you and to notice entries made twice, PartnerDesk also keeps search forms "
    "of your name, e-mail address and phone numbers, derived from the data above.")
RIGHTS = QT_TRANSLATE_NOOP(
    "Reports",
    "You may ask us to correct these data (Art. 16 GDPR), to delete them (Art. 17), to "
    "restrict their processing (Art. 18) and to hand them over (Art. 20), and you may "
    "withdraw a consent at any time for the future. You may also lodge a complaint "
    "with a data protection supervisory authority (Art. 77).")
ENTRY = QT_TRANSLATE_NOOP("Reports", "Entry {number}")
YES, NO = QT_TRANSLATE_NOOP("Reports", "Yes"), QT_TRANSLATE_NOOP("Reports", "No")
LABEL_WIDTH = 48 * mm

SECTION_TITLES = {
    "contact": QT_TRANSLATE_NOOP("Reports", "Your contact data"),
    "roles": QT_TRANSLATE_NOOP("Reports", "Roles"),
    "memberships": QT_TRANSLATE_NOOP("Reports", "Memberships"),
    "organisations": QT_TRANSLATE_NOOP("Reports", "Organisations you belong to"),
    "people_of_organisation": QT_TRANSLATE_NOOP("Reports", "People of the organisation"),
    "guardians": QT_TRANSLATE_NOOP("Reports", "Guardians"),
    "wards": QT_TRANSLATE_NOOP("Reports", "Children you are a guardian of"),
    "host_profile": QT_TRANSLATE_NOOP("Reports", "Host family profile"),
    "passports": QT_TRANSLATE_NOOP("Reports", "Passports"),
    "consents": QT_TRANSLATE_NOOP("Reports", "Consents"),
    "consents_as_guardian": QT_TRANSLATE_NOOP("Reports", "Consents given as a guardian"),
    "correspondence": QT_TRANSLATE_NOOP("Reports", "Correspondence"),
    "participations": QT_TRANSLATE_NOOP("Reports", "Taking part in exchanges"),
    "health": QT_TRANSLATE_NOOP("Reports", "Health data for exchanges"),
    "stays": QT_TRANSLATE_NOOP("Reports", "Stays with host families"),
    "emergency_contact_for": QT_TRANSLATE_NOOP("Reports", "Emergency contact for"),
    "guests_hosted": QT_TRANSLATE_NOOP("Reports", "Guests hosted"),
    "programme_items": QT_TRANSLATE_NOOP("Reports", "Programme items you are responsible for"),
    "exchanges_organised": QT_TRANSLATE_NOOP("Reports", "Exchanges organised"),
    "funder_profiles": QT_TRANSLATE_NOOP("Reports", "Funder profiles"),
    "grant_applications": QT_TRANSLATE_NOOP("Reports", "Grant applications to you as a funder"),
    "merges": QT_TRANSLATE_NOOP("Reports", "Entries merged into yours"),
    "board": QT_TRANSLATE_NOOP("Reports", "Board of the association"),
}
COLUMNS = {  # column → label; (table, column) for columns named alike in several tables
    "role": QT_TRANSLATE_NOOP("Reports", "Role"),
    ("membership", "number"): QT_TRANSLATE_NOOP("Reports", "Member number"),
    "joined_on": QT_TRANSLATE_NOOP("Reports", "Member since"),
    "left_on": QT_TRANSLATE_NOOP("Reports", "Member until"),
    ("passport", "number"): QT_TRANSLATE_NOOP("Reports", "Passport number"),
    "notes": QT_TRANSLATE_NOOP("Reports", "Notes"),
    "organisation_id": QT_TRANSLATE_NOOP("Reports", "Organisation"),
    "person_id": QT_TRANSLATE_NOOP("Reports", "Person"),
    "function": QT_TRANSLATE_NOOP("Reports", "Function"),
    "guardian_id": QT_TRANSLATE_NOOP("Reports", "Guardian"),
    "ward_id": QT_TRANSLATE_NOOP("Reports", "Child (ward)"),
    "relation": QT_TRANSLATE_NOOP("Reports", "Relation"),
    "beds": QT_TRANSLATE_NOOP("Reports", "Beds"),
    "pets": QT_TRANSLATE_NOOP("Reports", "Pets"),
    "smoking": QT_TRANSLATE_NOOP("Reports", "Smoking"),
    ("host_profile", "languages"): QT_TRANSLATE_NOOP("Reports", "Languages spoken"),
    "issued_on": QT_TRANSLATE_NOOP("Reports", "Issued on"),
    "expires_on": QT_TRANSLATE_NOOP("Reports", "Valid until"),
    "issuing_country": QT_TRANSLATE_NOOP("Reports", "Issued by"),
    "purpose": QT_TRANSLATE_NOOP("Reports", "Purpose"),
    "exchange_id": QT_TRANSLATE_NOOP("Reports", "Exchange"),
    "given_by": QT_TRANSLATE_NOOP("Reports", "Given by"),
    "guardian_name": QT_TRANSLATE_NOOP("Reports", "Guardian's name"),
    "given_on": QT_TRANSLATE_NOOP("Reports", "Given on"),
    "channel": QT_TRANSLATE_NOOP("Reports", "Given how"),
    "text_version": QT_TRANSLATE_NOOP("Reports", "Text version"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Reports", "Withdrawn on"),
    ("consent", "contact_id"): QT_TRANSLATE_NOOP("Reports", "Person concerned"),
    ("participation", "contact_id"): QT_TRANSLATE_NOOP("Reports", "Participant"),
    "partner_town_id": QT_TRANSLATE_NOOP("Reports", "Partner town"),
    "dated": QT_TRANSLATE_NOOP("Reports", "Date"),
    "direction": QT_TRANSLATE_NOOP("Reports", "Direction"),
    "subject": QT_TRANSLATE_NOOP("Reports", "Subject"),
    "summary": QT_TRANSLATE_NOOP("Reports", "Summary"),
    "attachment_path": QT_TRANSLATE_NOOP("Reports", "Attachment"),
    "side": QT_TRANSLATE_NOOP("Reports", "Side"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "arrives_on": QT_TRANSLATE_NOOP("Reports", "Arrives on"),
    "departs_on": QT_TRANSLATE_NOOP("Reports", "Leaves on"),
    "fee_due": QT_TRANSLATE_NOOP("Reports", "Fee due"),
    "fee_paid": QT_TRANSLATE_NOOP("Reports", "Fee paid"),
    "signature_collected": QT_TRANSLATE_NOOP("Reports", "Signed the participant list"),
    "emergency_contact_id": QT_TRANSLATE_NOOP("Reports", "Emergency contact"),
    "emergency_contact_name": QT_TRANSLATE_NOOP("Reports", "Emergency contact's name"),
    "emergency_contact_phone": QT_TRANSLATE_NOOP("Reports", "Emergency contact's phone"),
    "insurance": QT_TRANSLATE_NOOP("Reports", "Insurance"),
    "visa_status": QT_TRANSLATE_NOOP("Reports", "Visa"),
    "visa_applied_on": QT_TRANSLATE_NOOP("Reports", "Visa applied for on"),
    "visa_issued_on": QT_TRANSLATE_NOOP("Reports", "Visa issued on"),
    "participation_id": QT_TRANSLATE_NOOP("Reports", "Exchange"),
    "host_id": QT_TRANSLATE_NOOP("Reports", "Host"),
    "from_date": QT_TRANSLATE_NOOP("Reports", "From"),
    "to_date": QT_TRANSLATE_NOOP("Reports", "To"),
    "allergies": QT_TRANSLATE_NOOP("Reports", "Allergies"),
    "medication": QT_TRANSLATE_NOOP("Reports", "Medication"),
    "diet": QT_TRANSLATE_NOOP("Reports", "Diet"),
    "day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "title": QT_TRANSLATE_NOOP("Reports", "Title"),
    "responsible_name": QT_TRANSLATE_NOOP("Reports", "Responsible"),
    "start_date": QT_TRANSLATE_NOOP("Reports", "Start"),
    "end_date": QT_TRANSLATE_NOOP("Reports", "End"),
    "place": QT_TRANSLATE_NOOP("Reports", "Place"),
    "programme": QT_TRANSLATE_NOOP("Reports", "Programme"),
    "file_reference": QT_TRANSLATE_NOOP("Reports", "File reference"),
    "merged_at": QT_TRANSLATE_NOOP("Reports", "Merged on"),
    "merged_name": QT_TRANSLATE_NOOP("Reports", "Merged entry"),
    "snapshot": QT_TRANSLATE_NOOP("Reports", "Data of the merged entry"),
    "folded": QT_TRANSLATE_NOOP("Reports", "Entries joined into yours"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "signs": QT_TRANSLATE_NOOP("Reports", "Signs documents"),
    "created_at": QT_TRANSLATE_NOOP("Reports", "Stored since"),
    "updated_at": QT_TRANSLATE_NOOP("Reports", "Last changed"),
}
VALUES = {  # column → (context, vocabulary); (table, column) where the tables differ
    ("contact", "kind"): ("ContactKind", CONTACT_KIND),
    "side": ("Side", SIDE),
    ("contact_role", "role"): ("ContactRole", CONTACT_ROLE),
    ("participation", "role"): ("ParticipationRole", PARTICIPATION_ROLE),
    ("participation", "status"): ("ParticipationStatus", PARTICIPATION_STATUS),
    ("grant_application", "status"): ("GrantStatus", GRANT_STATUS),
    "nationality": ("Country", COUNTRY),
    "country": ("Country", COUNTRY),
    "issuing_country": ("Country", COUNTRY),
    "gender": ("Reports", {
        "female": QT_TRANSLATE_NOOP("Reports", "female"),
        "male": QT_TRANSLATE_NOOP("Reports", "male"),
        "diverse": QT_TRANSLATE_NOOP("Reports", "diverse"),
        "unknown": QT_TRANSLATE_NOOP("Reports", "not stated"),
    }),
    "organisation_kind": ("Reports", {
        "town_administration": QT_TRANSLATE_NOOP("Reports", "Town administration"),
        "school": QT_TRANSLATE_NOOP("Reports", "School"),
        "club": QT_TRANSLATE_NOOP("Reports", "Club"),
        "funder": QT_TRANSLATE_NOOP("Reports", "Funder"),
        "company": QT_TRANSLATE_NOOP("Reports", "Company"),
        "media": QT_TRANSLATE_NOOP("Reports", "Media"),
        "other": QT_TRANSLATE_NOOP("Reports", "Other organisation"),
    }),
    "purpose": ("Reports", {
        "data_processing": QT_TRANSLATE_NOOP("Reports", "Data processing"),
        "photos": QT_TRANSLATE_NOOP("Reports", "Photos and publication"),
        "newsletter": QT_TRANSLATE_NOOP("Reports", "Newsletter"),
        "health_data": QT_TRANSLATE_NOOP("Reports", "Health data for a trip"),
        "minor_travel": QT_TRANSLATE_NOOP("Reports", "Travel of a minor"),
        "medical_treatment": QT_TRANSLATE_NOOP("Reports", "Medical treatment"),
    }),
    "given_by": ("Reports", {
        "self": QT_TRANSLATE_NOOP("Reports", "the person"),
        "guardian": QT_TRANSLATE_NOOP("Reports", "a guardian"),
    }),
    "channel": ("Reports", {
        "paper": QT_TRANSLATE_NOOP("Reports", "on paper"),
        "email": QT_TRANSLATE_NOOP("Reports", "by e-mail"),
        "form": QT_TRANSLATE_NOOP("Reports", "by form"),
        "oral": QT_TRANSLATE_NOOP("Reports", "orally"),
    }),
    "direction": ("Reports", {
        "incoming": QT_TRANSLATE_NOOP("Reports", "received"),
        "outgoing": QT_TRANSLATE_NOOP("Reports", "sent"),
    }),
    "visa_status": ("Reports", {
        "not_needed": QT_TRANSLATE_NOOP("Reports", "not needed"),
        "needed": QT_TRANSLATE_NOOP("Reports", "needed"),
        "applied": QT_TRANSLATE_NOOP("Reports", "applied for"),
        "issued": QT_TRANSLATE_NOOP("Reports", "issued"),
        "refused": QT_TRANSLATE_NOOP("Reports", "refused"),
    }),
}


def column_label(table: str, column: str) -> tuple[str, str] | None:
    """(context, English source) of a column's label; None when there is none."""
    if table == "contact" and column in CONTACT_FIELDS:
        return "Import", CONTACT_FIELDS[column]
    source = COLUMNS.get((table, column)) or COLUMNS.get(column)
    return ("Reports", source) if source else None


def value_label(table: str, column: str, value: object) -> tuple[str, str] | None:
    """(context, English source) of a stored vocabulary value's label, if it has one."""
    found = VALUES.get((table, column)) or VALUES.get(column)
    if found is None or value not in found[1]:
        return None
    return found[0], found[1][value]


def load(db, request: ReportRequest) -> tuple[Disclosure, str]:
    """Everything stored about the requested person, and the association's name."""
    return (disclosure.disclose(db, require(request, "contact")),
            association.get_profile(db).name)


def _text(table: str, column: str, value: object, language: ReportLanguage) -> str:
    if isinstance(value, bool):
        return language.t(YES if value else NO)
    if isinstance(value, date):
        return language.date(value)
    if isinstance(value, Decimal):
        return language.number(value)
    label = value_label(table, column, value)
    return language.t(label[1], label[0]) if label else str(value)


def _entry(pairs, table: str, language: ReportLanguage) -> Table:
    css = styles.paragraph_styles()
    rows = []
    for column, value in pairs:
        if (value is None or value == "" or (value is False and column != "signs")
                or (column == "gender" and value == "unknown")):
            continue
        context, source = column_label(table, column) or ("Reports", column)
        text = escape(_text(table, column, value, language)).replace("\n", "<br/>")
        rows.append([Paragraph(escape(language.t(source, context)), css["small"]),
                     Paragraph(text, css["cell"])])
    return Table(rows or [["", ""]], colWidths=[LABEL_WIDTH, styles.CONTENT_WIDTH - LABEL_WIDTH],
                 style=styles.table_style(0, [("LINEABOVE", (0, 0), (-1, 0), 0.6,
                                                styles.ACCENT)]))


def build(data: tuple[Disclosure, str], language: ReportLanguage) -> tuple[list, str]:
    """Title, purposes, every section with its entries, the derived data, the rights."""
    found, association_name = data
    css = styles.paragraph_styles()
    name = language.name(found.display_name, found.native_name)
    story: list = [
        Paragraph(escape(language.t(TITLE)), css["title"]),
        Paragraph(escape(language.t(SUBTITLE).format(name=name)), css["subtitle"]),
        Paragraph(escape(language.t(INTRO).format(association=association_name)), css["body"]),
    ]
    for section in found.sections:
        heading = Paragraph(escape(language.t(SECTION_TITLES[section.key])), css["heading"])
        for number, pairs in enumerate(section.rows, 1):
            parts = [_entry(pairs, section.table, language), Spacer(1, 2 * mm)]
            if len(section.rows) > 1:
                parts.insert(0, Paragraph(escape(language.t(ENTRY).format(number=number)),
                                          css["small"]))
            story.append(KeepTogether([heading, *parts] if number == 1 else parts))
    story += [Spacer(1, 3 * mm), Paragraph(escape(language.t(DERIVED)), css["body"]),
              Spacer(1, 2 * mm), Paragraph(escape(language.t(RIGHTS)), css["body"])]
    return story, f"{language.t(TITLE)} – {found.display_name}"
