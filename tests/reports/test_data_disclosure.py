"""The personal data disclosure: every language, confidential, every stored table of the
person shown, every column labelled."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Base, Guardianship, ParticipationHealth, PassportRecord
from partnerdesk.domain.exchanges import Participation
from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue, data_disclosure
from partnerdesk.services import disclosure
from partnerdesk.services.disclosure import (
    BOARD_COLUMNS,
    MERGE_COLUMNS,
    NOISE,
    SECTIONS,
    VIA_PARTICIPATION,
)
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {"de": {"Personal data disclosure": "Selbstauskunft", "Confidential": "Vertraulich",
               "Page {page} of {pages}": "Seite {page} von {pages}", "Allergies": "Allergien",
               "Passport number": "Reisepassnummer"},
        "ru": {"Personal data disclosure": "Информация о персональных данных",
               "Confidential": "Конфиденциально", "Allergies": "Аллергии",
               "Page {page} of {pages}": "Страница {page} из {pages}",
               "Passport number": "Номер паспорта"}}


def fake_translator(language: str):
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _minor_with_everything(db) -> int:
    """A young guest with a passport, health data and a guardian."""
    with db.unit() as session:
        return session.execute(
            sa.select(Participation.contact_id)
            .join(ParticipationHealth, ParticipationHealth.participation_id == Participation.id)
            .join(PassportRecord, PassportRecord.contact_id == Participation.contact_id)
            .join(Guardianship, Guardianship.ward_id == Participation.contact_id)
            .order_by(Participation.contact_id).limit(1)).scalar_one()


@pytest.mark.parametrize("language", ["de", "ru", "en"])
def test_disclosure_in_every_language(demo, language):
    contact_id = _minor_with_everything(demo)
    found = disclosure.disclose(demo, contact_id)
    request = catalogue.ReportRequest("data-disclosure", language, contact_id=contact_id)
    pdf = catalogue.generate(demo, request, fake_translator, today=TODAY)
    pages = pdf_pages(pdf)
    text = "\n".join(pages)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    confidential = {"de": "VERTRAULICH", "ru": "КОНФИДЕНЦИАЛЬНО", "en": "CONFIDENTIAL"}
    assert all(confidential[language] in page for page in pages)
    expected = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}
    assert expected[language].format(n=len(pages)) in pages[0]
    assert {"de": "Selbstauskunft", "ru": "Информация о персональных данных",
            "en": "Personal data disclosure"}[language] in pages[0]
    assert found.display_name in text.replace("\n", " ")
    rows = {s.key: s.rows for s in found.sections}
    passport = dict(rows["passports"][0])
    assert passport["number"] in text
    assert {"de": "Reisepassnummer", "ru": "Номер паспорта", "en": "Passport number"}[
        language] in text
    health = dict(rows["health"][0])
    assert health["allergies"].split()[0] in text
    assert {"de": "Allergien", "ru": "Аллергии", "en": "Allergies"}[language] in text
    assert {"guardians", "consents", "participations", "stays"} <= set(rows)
    assert "Art. 77" in text  # the right to complain
    assert "data_processing" not in text and "not_needed" not in text  # labels, not values


def test_every_column_shown_has_a_label_and_every_section_a_title():
    tables: dict[str, set[str]] = {}
    for (table, column), section in SECTIONS.items():
        if section is not None:
            columns = section[1] or [c for c in Base.metadata.tables[table].c.keys()
                                     if c not in NOISE and c != column]
            tables.setdefault(table, set()).update(columns)
            assert section[0] in data_disclosure.SECTION_TITLES
    for (table, _column), key in VIA_PARTICIPATION.items():
        tables.setdefault(table, set()).update(
            c for c in Base.metadata.tables[table].c.keys() if c not in NOISE)
        assert key in data_disclosure.SECTION_TITLES
    tables["contact"] = {c for c in Base.metadata.tables["contact"].c.keys()
                         if c not in NOISE} | {"created_at", "updated_at"}
    tables["merge_log"], tables["board_member"] = set(MERGE_COLUMNS), set(BOARD_COLUMNS)
    unlabelled = sorted(f"{table}.{column}" for table, columns in tables.items()
                        for column in columns
                        if data_disclosure.column_label(table, column) is None)
    assert unlabelled == []
    assert {"contact", "merges", "board"} <= set(data_disclosure.SECTION_TITLES)


def test_stored_values_print_as_their_labels():
    assert data_disclosure.value_label("consent", "purpose", "minor_travel") == (
        "Reports", "Travel of a minor")
    assert data_disclosure.value_label("participation", "role", "leader") == (
        "ParticipationRole", "Leader")
    assert data_disclosure.value_label("contact_role", "role", "host_family") == (
        "ContactRole", "Host family")
    assert data_disclosure.value_label("passport", "issuing_country", "RU") == ("Country",
                                                                              "Russia")
    assert data_disclosure.value_label("consent", "text_version", "2024-01") is None


def test_the_disclosure_needs_an_existing_person(demo):
    with pytest.raises(UserError, match="Choose the person"):
        catalogue.generate(demo, catalogue.ReportRequest("data-disclosure"), fake_translator)
    with pytest.raises(UserError, match="no contact with the id 99999"):
        catalogue.generate(demo, catalogue.ReportRequest("data-disclosure", contact_id=99999),
                           fake_translator)
