"""A contact's search text and sort name are kept up to date on every write."""

from __future__ import annotations

import sqlalchemy as sa

from partnerdesk.domain import Contact
from partnerdesk.domain.enums import ContactKind
from partnerdesk.domain.search_text import (
    contact_search_text,
    contact_sort_name,
    fold,
    sort_fold,
)


def test_fold_ignores_case_and_yo():
    assert fold("ЩЁКИНА") == fold("щекина") == "щекина"
    assert fold("Straße") == "strasse"


def test_search_text_has_names_email_town_and_phone_digits():
    text = contact_search_text({
        "given_name": "Olga", "family_name_native": "Щёкина", "email": "Olga@Example.ru",
        "city": "Великие Луки", "phone": "+7 (811) 53-3", "mobile": None,
    })
    assert text == "olga щекина olga@example.ru великие луки 7811533"


def test_sort_name_family_first_or_organisation():
    assert contact_sort_name({"family_name": "Ärger", "given_name": "Jörg"}) == "arger jorg"
    assert contact_sort_name({"family_name_native": "Ёлкина", "given_name_native": "Аня"}) \
        == "елкина аня"
    assert contact_sort_name({"kind": "organisation", "organisation_name": "Chor e.V."}) \
        == "chor e.v."


def test_sort_order_is_german_for_latin_and_russian_for_cyrillic():
    names = ["Busreisen", "Böhm", "Bauer", "Bär", "Strauß", "Strauss", "Straub"]
    assert sorted(names, key=sort_fold) == [
        "Bär", "Bauer", "Böhm", "Busreisen", "Straub", "Strauß", "Strauss"
    ]
    cyrillic = ["Йодина", "Иванова", "Ёлкина", "Ефимова", "Жукова"]
    assert sorted(cyrillic, key=sort_fold) == ["Ёлкина", "Ефимова", "Жукова", "Иванова", "Йодина"]


def test_search_text_is_written_on_insert_and_update(db):
    with db.unit() as session:
        contact = Contact(given_name_native="Пётр", family_name_native="Ильин")
        session.add(contact)
        session.commit()
    with db.unit() as session:
        found = session.execute(
            sa.select(Contact.id).where(Contact.search_text.contains(fold("ПЕТР")))
        ).scalar_one()
        assert found == contact.id
        loaded = session.get(Contact, contact.id)
        loaded.kind = ContactKind.ORGANISATION
        loaded.organisation_name = "Хор «Радуга»"
        session.commit()
    with db.unit() as session:
        loaded = session.get(Contact, contact.id)
        assert loaded.sort_name == "хор «радуга»"
        assert "радуга" in loaded.search_text
