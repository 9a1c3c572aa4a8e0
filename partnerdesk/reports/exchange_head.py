"""What the papers of one exchange share: loading their head, the title block, the side
headings and people's names.

Used by the programme, the participant list, the emergency sheet, the travel list and the
host families.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from partnerdesk.dto.reports import ExchangePaperHeader, PersonDetails
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.reports import styles
from partnerdesk.reports.catalogue import CONTEXT, ReportRequest, require
from partnerdesk.reports.texts import ReportLanguage
from partnerdesk.services import exchange_papers
from partnerdesk.vocabulary import EXCHANGE_KIND, SIDE

SIDES = ("home", "partner", "other")
NONE_YET = QT_TRANSLATE_NOOP("Reports", "Nobody to list yet.")
NO_EXCHANGE = QT_TRANSLATE_NOOP("Reports", "There is no exchange with the id {id}.")


def load_header(db, request: ReportRequest) -> ExchangePaperHeader:
    """The head of the requested exchange's papers (UserError when it is missing or gone)."""
    exchange_id = require(request, "exchange")
    header = exchange_papers.paper_header(db, exchange_id)
    if header is None:
        raise UserError(NO_EXCHANGE, CONTEXT, id=exchange_id)
    return header


def title_block(title: str, header: ExchangePaperHeader,
                language: ReportLanguage) -> list[Flowable]:
    """The report's title and a line naming the exchange: kind, dates, place."""
    css = styles.paragraph_styles()
    line = " · ".join(filter(None, (
        language.label(EXCHANGE_KIND, header.kind, "ExchangeKind"),
        language.period(header.start_date, header.end_date), header.place)))
    return [Paragraph(escape(language.t(title)), css["title"]),
            Paragraph(f"<b>{escape(header.title)}</b><br/>{escape(line)}", css["subtitle"])]


def side_title(side: str, header: ExchangePaperHeader, language: ReportLanguage) -> str:
    """"Home town: Mühlenstedt", "Partner town: Twer" — a side and its town(s)."""
    towns = {"home": header.home_town, "partner": ", ".join(header.partner_towns)}.get(side, "")
    label = language.label(SIDE, side, "Side")
    return f"{label}: {towns}" if towns else label


def person_name(person: PersonDetails, language: ReportLanguage, natural: bool = False) -> str:
    """"Family, Given" (or "Given Family" when `natural`) in the reader's script, the other
    script in brackets."""
    def joined(family: str, given: str) -> str:
        parts = (given, family) if natural else (family, given)
        return (" " if natural else ", ").join(p for p in parts if p)

    return language.name(joined(person.family_name, person.given_name),
                         joined(person.family_name_native, person.given_name_native))


def by_side(items, side_of) -> list[tuple[str, list]]:
    """`items` grouped by side (home, partner, other; empty sides left out), order kept."""
    groups: dict[str, list] = {side: [] for side in SIDES}
    for item in items:
        groups.setdefault(side_of(item), []).append(item)
    return [(side, found) for side, found in groups.items() if found]


