"""The contact (member) list: a selection of contacts in phone-book order with name (the
reader's script, the other in brackets), member number, roles, town, phones and e-mail.

The selection (`selection`) is shared by the contact reports: `ReportRequest.contact_ids`
(or the one `contact_id`), else `ReportRequest.search`, else everyone; the options `role`,
`side`, `partner_town_id`, `membership`, `missing_consent` and `kind` filter as the contact
list does. Long lists stay fast: plain text cut to fit rows of a fixed height, one table
per page.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table

from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.dto.letters import Addressee
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import ONE_LANGUAGE, ReportInfo, ReportRequest
from partnerdesk.reports.sheets import is_abroad
from partnerdesk.reports.styles import ELLIPSIS, fit
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import association, contact_reports
from partnerdesk.vocabulary import CONTACT_ROLE, COUNTRY

TITLE = QT_TRANSLATE_NOOP("Reports", "Contact list")
INFO = ReportInfo("contact-list", TITLE, "contacts", ONE_LANGUAGE)
COLUMNS = (QT_TRANSLATE_NOOP("Reports", "Name"), QT_TRANSLATE_NOOP("Reports", "Member no."),
           QT_TRANSLATE_NOOP("Reports", "Roles"), QT_TRANSLATE_NOOP("Reports", "Town"),
           QT_TRANSLATE_NOOP("Reports", "Phone"), QT_TRANSLATE_NOOP("Reports", "E-mail"))
COUNT = QT_TRANSLATE_NOOP("Reports", "Contacts: {count}")
SEARCHED = QT_TRANSLATE_NOOP("Reports", "Search: “{search}”")
CHOSEN = QT_TRANSLATE_NOOP("Reports", "Chosen contacts")
EMPTY = QT_TRANSLATE_NOOP("Reports", "No contacts match.")
WIDTHS = tuple(w * mm for w in (40, 16, 23, 33, 25, 38))
SIZE, PADDING = 8, 3
ROW_HEIGHT = 2 * SIZE * 1.2 + 5  # two lines
_FILTERS = tuple(f.name for f in fields(ContactFilter) if f.name != "on")


def selection(request: ReportRequest) -> dict:
    """The keyword arguments of `contact_reports.select_contacts` for `request`."""
    ids = request.contact_ids or ((request.contact_id,) if request.contact_id else ())
    chosen = {name: request.option(name) for name in _FILTERS
              if request.option(name) is not None}
    return {"contact_ids": tuple(ids), "search": "" if ids else request.search,
            "filters": ContactFilter(**chosen) if chosen and not ids else None}


@dataclass(frozen=True)
class ContactListData:
    """The contacts, in phone-book order, and how they were chosen."""

    people: tuple[Addressee, ...]
    search: str = ""
    chosen: bool = False
    home_country: str = "DE"


def load(db, request: ReportRequest) -> ContactListData:
    """The selected contacts."""
    chosen = selection(request)
    people = tuple(contact_reports.select_contacts(db, **chosen))
    return ContactListData(people, chosen["search"], bool(chosen["contact_ids"]),
                           association.get_profile(db).country or "DE")


def _name(person: Addressee, language: ReportLanguage) -> str:
    if person.kind == "organisation":
        return person.organisation_name
    latin = ", ".join(p for p in (person.family_name, person.given_name) if p)
    native = ", ".join(p for p in (person.family_name_native, person.given_name_native) if p)
    return language.name(latin, native).replace(" (", "\n(", 1)


def _cells(person: Addressee, data: ContactListData, language: ReportLanguage,
           roles: dict[str, str]) -> list[str]:
    w = [width - 2 * PADDING for width in WIDTHS]
    town = " ".join(filter(None, (person.postal_code, person.city)))
    if is_abroad(person, data.home_country):
        town += "\n" + language.label(COUNTRY, person.country, "Country")
    phones = "\n".join(filter(None, dict.fromkeys((person.phone, person.mobile))))
    return [fit(_name(person, language), w[0], SIZE), fit(person.member_number, w[1], SIZE, 1),
            fit(", ".join(roles.get(r, r) for r in person.roles), w[2], SIZE),
            fit(town, w[3], SIZE), fit(phones, w[4], SIZE), _email(person.email, w[5])]


def _email(address: str, width: float) -> str:
    """An e-mail address on one line, else on two: broken after a hyphen or a slash, or
    before the "@"."""
    for text in (address, fit(address, width, SIZE, 2)):
        if ELLIPSIS not in text and all(stringWidth(line, styles.FONT, SIZE) <= width
                                        for line in text.split("\n")):
            return text
    local, at, domain = address.partition("@")
    if not at:
        return fit(address, width, SIZE, 2)
    return f"{fit(local, width, SIZE, 1)}\n{fit(at + domain, width, SIZE, 1)}"


def _table(rows: list[list[str]], head: list[str]) -> Table:
    extra = [("FONTSIZE", (0, 0), (-1, -1), SIZE), ("LEADING", (0, 0), (-1, -1), SIZE * 1.2),
             ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
    return Table([head, *rows], colWidths=WIDTHS, rowHeights=[ROW_HEIGHT] * (len(rows) + 1),
                 style=styles.table_style(1, extra), repeatRows=1)


def build(data: ContactListData, language: ReportLanguage) -> tuple[list, str]:
    """The list in tables of one page each, and the PDF's title."""
    css = styles.paragraph_styles()
    what = (language.t(CHOSEN) if data.chosen else
            language.t(SEARCHED).format(search=data.search) if data.search else "")
    line = " · ".join(filter(None, (what, language.t(COUNT).format(count=len(data.people)))))
    story: list = [Paragraph(escape(language.t(TITLE)), css["title"]),
                   Paragraph(escape(line), css["subtitle"])]
    if not data.people:
        story.append(Paragraph(escape(language.t(EMPTY)), css["body"]))
        return story, language.t(TITLE)
    head = [fit(language.t(source), width - 2 * PADDING, SIZE, 2, styles.BOLD)
            for source, width in zip(COLUMNS, WIDTHS, strict=True)]
    roles = {role: language.t(source, "ContactRole") for role, source in CONTACT_ROLE.items()}
    frame = styles.frame_height()
    first = int((frame - 22 * mm) // ROW_HEIGHT) - 1  # below the title
    per_page = int(frame // ROW_HEIGHT) - 1
    rows = [_cells(person, data, language, roles) for person in data.people]
    story.append(_table(rows[:first], head))
    for start in range(first, len(rows), per_page):
        story.append(_table(rows[start:start + per_page], head))
    story.append(Spacer(1, 2 * mm))
    return story, language.t(TITLE)
