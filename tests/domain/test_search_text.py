"""A contact's search text and sort name: their content, and that every write keeps them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Contact
from partnerdesk.domain.enums import ContactKind
from partnerdesk.domain.search_text import (
    contact_search_text,
    contact_sort_name,
    fold,
    like_patterns,
    search_terms,
    sort_fold,
)


def test_fold_ignores_case_and_yo():
    assert fold("ЩЁКИНА") == fold("щекина") == "щекина"
    assert fold("Straße") == "strasse"


def test_search_text_has_names_email_town_phone_digits_and_skeletons():
    text = contact_search_text({
        "given_name": "Olga", "family_name_native": "Щёкина", "email": "Olga@Example.ru",
        "city": "Великие Луки", "phone": "+7 (811) 53-3", "mobile": None,
    })
    assert text == (" olga щекина olga example ru великие луки 7811533"
                    " shchekina velikie luki")


def test_every_token_follows_one_space():
    text = contact_search_text({"given_name": "Jürgen", "family_name": "Müller-Lüdenscheidt"})
    assert text == " jürgen müller lüdenscheidt iurgen muler ludensheit"
    assert "  " not in text and not text.endswith(" ")
    assert contact_search_text({}) == ""


def test_a_skeleton_already_there_as_a_word_is_not_repeated():
    text = contact_search_text({"given_name": "Anna", "given_name_native": "Анна",
                                "passport_given_name": "ANNA"})
    assert text.split() == ["anna", "анна", "anna", "ana"]


@pytest.mark.parametrize(
    ("phone", "tokens"),
    [
        ("0351 123 45", ["035112345", "35112345"]),
        ("+49 351 12345", ["4935112345", "935112345", "35112345", "5112345"]),
        ("0049 351 12345", ["004935112345", "4935112345", "935112345", "35112345", "5112345"]),
        ("+7 (811) 53-3", ["7811533"]),          # too short to be sure of a country code
        ("", []),
    ],
)
def test_phone_tokens_carry_national_forms(phone, tokens):
    assert contact_search_text({"phone": phone}).split() == tokens


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("iva", [(("iva",),)]),
        ("Иванова", [(("иванова",), ("ivanova",))]),
        ("Mue", [(("mu",),)]),                     # `mue…` is covered by `mu…`
        ("Семёнов", [(("семенов",), ("semenov",))]),
        ("ivan  Petr", [(("ivan",),), (("petr",),)]),
        ("olga@example.ru", [(("olga", "example", "ru"),)]),
        ("Müller-Lüdenscheidt", [(("müller", "lüdenscheidt"),)]),
        ("+49 (351) 123 45", [(("4935112345",), ("935112345",), ("35112345",), ("5112345",))]),
        ("0351 12345 Weber", [(("035112345",), ("35112345",)), (("weber",), ("veber",))]),
        ("Weber -", [(("weber",), ("veber",))]),
        ("%", [()]),
        ("", []),
        ("   ", []),
    ],
)
def test_search_terms(typed, terms):
    assert search_terms(typed) == terms


def test_like_patterns_start_at_a_token_and_escape_wildcards():
    assert like_patterns((("iva",), ("olga", "ex"))) == ["% iva%", "% olga ex%"]
    assert like_patterns((("a%b_c\\",),)) == ["% a\\%b\\_c\\\\%"]


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
