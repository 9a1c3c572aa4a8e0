"""The contact list: every language, the contact page's order, selections and filters."""

from __future__ import annotations

import pytest

from partnerdesk.messages import UserError
from partnerdesk.reports import catalogue
from partnerdesk.services import contact_reports, contacts
from tests.reports.conftest import TODAY, pdf_fonts, pdf_pages

FAKE = {"de": {"Contact list": "Kontaktliste", "Page {page} of {pages}": "Seite {page} von {pages}",
               "Contacts: {count}": "Kontakte: {count}", "Member": "Mitglied",
               "Russia": "Russland"},
        "ru": {"Contact list": "Список контактов",
               "Page {page} of {pages}": "Страница {page} из {pages}",
               "Contacts: {count}": "Контакты: {count}", "Russia": "Россия"}}


def fake_translator(language: str):
    return lambda _context, source: FAKE.get(language, {}).get(source, source)


def _list(db, language: str = "de", **request) -> list[str]:
    pdf = catalogue.generate(db, catalogue.ReportRequest("contact-list", language, **request),
                             fake_translator, today=TODAY)
    assert all(pdf_fonts(pdf).values()), pdf_fonts(pdf)
    return pdf_pages(pdf)


def _all_rows(db, **filters):
    rows, after = [], None
    while page := contacts.list_contacts(db, limit=50, after=after, **filters):
        rows += page
        after = (page[-1].sort_key, page[-1].id)
    return rows


@pytest.mark.parametrize("language", ["de", "ru", "en"])
def test_contact_list_in_every_language(demo, language):
    pages = _list(demo, language)
    text = "\n".join(pages)
    rows = _all_rows(demo)
    assert {"de": "Kontakte: {n}", "ru": "Контакты: {n}", "en": "Contacts: {n}"}[
        language].format(n=len(rows)) in pages[0]
    expected = {"de": "Seite 1 von {n}", "ru": "Страница 1 из {n}", "en": "Page 1 of {n}"}
    assert expected[language].format(n=len(pages)) in pages[0]
    assert 4 <= len(pages) <= 8  # ~150 contacts, two lines each
    below = "Below, Pawel\n(Белов, Павел)" if language != "ru" else "Белов, Павел\n(Below, Pawel)"
    assert below in text  # the reader's script first, the other in brackets
    assert ("Russland" if language == "de" else "Россия" if language == "ru" else
            "Russia") in text


def test_rows_come_in_the_contact_pages_order_with_member_numbers(demo):
    text = "\n".join(_list(demo, "en"))
    position = 0
    for row in _all_rows(demo):  # German phone-book order, as on the contacts page
        position = text.index(row.display_name[:12], position)
    members = contacts.list_contacts(demo, membership="active", limit=5)
    numbers = contact_reports.select_contacts(demo, [row.id for row in members])
    for person in numbers:
        assert person.member_number
        assert f"{person.family_name}, {person.given_name}\n{person.member_number}" in text


def test_selection_search_and_filters(demo):
    members = _all_rows(demo, role="member")
    text = "\n".join(_list(demo, "de", options=(("role", "member"),)))
    assert f"Kontakte: {len(members)}" in text
    assert all(row.display_name.split(",")[0] in text for row in members[:10])
    chosen = [row.id for row in members[:3]]
    text = "\n".join(_list(demo, "de", contact_ids=tuple(reversed(chosen))))
    assert "Chosen contacts · Kontakte: 3" in text
    assert [text.index(row.display_name) for row in members[:3]] == sorted(
        text.index(row.display_name) for row in members[:3])
    found = contacts.list_contacts(demo, "Белов")
    text = "\n".join(_list(demo, "de", search="Белов"))
    assert f"Search: “Белов” · Kontakte: {len(found)}" in text
    text = "\n".join(_list(demo, "de", search="zzzzqqq"))
    assert "Kontakte: 0" in text and "No contacts match." in text


def test_unknown_contact_or_filter_is_a_user_error(demo):
    with pytest.raises(UserError, match="no contact with the id 99999"):
        _list(demo, contact_ids=(1, 99999))
    with pytest.raises(UserError, match="Unknown contact role"):
        _list(demo, options=(("role", "mayor"),))
