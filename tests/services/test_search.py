"""Searching and filtering the contact list (issue 3, items 1 and 2), on SQLite without Qt.

Every search example of the issue, both ways round; prefixes, word order, e-mail, phone,
town; each filter passing and failing; keyset paging with a search; the index following
every write; and the FTS5 index agreeing with the portable `LIKE` search.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain import Consent, Contact, ContactRoleAssignment, Membership
from partnerdesk.domain.enums import ConsentPurpose, ContactRole, Side
from partnerdesk.domain.search_text import contact_search_text, contact_sort_name
from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.messages import UserError
from partnerdesk.services import contacts
from partnerdesk.services.demo import build_demo
from partnerdesk.storage import search_index
from partnerdesk.storage.database import create_database, open_database

TODAY = date(2026, 11, 21)

PEOPLE = {  # key → contact fields; each name written in one script or spelling only
    "ivanova_native": {"given_name_native": "Анна", "family_name_native": "Иванова"},
    "ivanova_latin": {"given_name": "Olga", "family_name": "Ivanova"},
    "mueller_umlaut": {"given_name": "Jürgen", "family_name": "Müller", "city": "Dresden",
                       "email": "juergen.mueller@example.de", "phone": "0351 123 45"},
    "mueller_ue": {"given_name": "Hans", "family_name": "Mueller", "mobile": "+49 171 2345678"},
    "muller_plain": {"given_name": "Pierre", "family_name": "Muller", "city": "Vaubecourt"},
    "semenov_native": {"given_name_native": "Юрий", "family_name_native": "Семёнов",
                       "city": "Новоберёзовск"},
    "semenov_german": {"given_name": "Jurij", "family_name": "Semjonow"},
    "semenov_english": {"given_name": "Yuriy", "family_name": "Semyonov"},
    "shcherbakov_native": {"given_name_native": "Ксения", "family_name_native": "Щербакова"},
    "shcherbakov_german": {"given_name": "Xenija", "family_name": "Schtscherbakowa"},
    "strauss": {"given_name": "Lea", "family_name": "Strauß"},
    "school": {"kind": "organisation", "organisation_name": "Gymnasium am Markt"},
}


@pytest.fixture
def people(db) -> dict[str, int]:
    """`PEOPLE` written through the ORM; key → id."""
    with db.unit() as session:
        rows = {key: Contact(**fields) for key, fields in PEOPLE.items()}
        session.add_all(rows.values())
        session.commit()
        return {key: contact.id for key, contact in rows.items()}


def found(db, search: str, **filters) -> set[int]:
    """Ids of every contact `list_contacts` finds (one big page), checked against the count."""
    rows = contacts.list_contacts(db, search, limit=10_000, **filters)
    assert contacts.count_contacts(db, search, **filters) == len(rows)
    return {row.id for row in rows}


def ids(people: dict[str, int], *keys: str) -> set[int]:
    return {people[key] for key in keys}


IVANOVA = ("ivanova_native", "ivanova_latin")
MUELLER = ("mueller_umlaut", "mueller_ue", "muller_plain")
SEMENOV = ("semenov_native", "semenov_german", "semenov_english")
SHCHERBAKOVA = ("shcherbakov_native", "shcherbakov_german")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Ivanova finds Иванова, Иванова finds Ivanova
        ("Ivanova", IVANOVA), ("Иванова", IVANOVA), ("IWANOWA", IVANOVA),
        # Muller / Mueller find Müller, and back
        ("Muller", MUELLER), ("Mueller", MUELLER), ("Müller", MUELLER), ("MÜLLER", MUELLER),
        # Семенов finds Семёнов, and every spelling finds every other
        ("Семенов", SEMENOV), ("Семёнов", SEMENOV), ("Semenov", SEMENOV),
        ("Semjonow", SEMENOV), ("Semyonov", SEMENOV),
        # jurij finds Юрий
        ("jurij", SEMENOV), ("Юрий", SEMENOV), ("Iurii", SEMENOV), ("yuriy", SEMENOV),
        ("Shcherbakova", SHCHERBAKOVA), ("Щербакова", SHCHERBAKOVA),
        ("Schtscherbakowa", SHCHERBAKOVA), ("Kseniia", SHCHERBAKOVA),
        ("Strauss", ("strauss",)), ("STRAUß", ("strauss",)),
        ("gymnasium", ("school",)),
    ],
)
def test_names_are_found_across_scripts_and_spellings(db, people, query, expected):
    assert found(db, query) == ids(people, *expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("iva", IVANOVA), ("Iw", IVANOVA), ("ив", IVANOVA), ("ИВ", IVANOVA),
        ("Sem", SEMENOV), ("сем", SEMENOV), ("Semjo", SEMENOV), ("Semyo", SEMENOV),
        ("mü", MUELLER), ("mue", MUELLER), ("Mul", MUELLER),
        ("ju", ("semenov_german", "semenov_english", "semenov_native", "mueller_umlaut")),
        ("Щерб", SHCHERBAKOVA), ("schtsch", SHCHERBAKOVA), ("shch", SHCHERBAKOVA),
    ],
)
def test_prefixes_match(db, people, query, expected):
    assert found(db, query) == ids(people, *expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("anna ivanova", ("ivanova_native",)),
        ("Ivanova Anna", ("ivanova_native",)),
        ("иванова ольга", ("ivanova_latin",)),
        ("Семёнов Юрий", SEMENOV),
        ("jurij semenov", SEMENOV),
        ("yu sem", SEMENOV),
        ("müller jürgen", ("mueller_umlaut",)),
        ("jurgen muller", ("mueller_umlaut",)),
        ("ivanova müller", ()),
    ],
)
def test_two_words_in_any_order_must_both_match(db, people, query, expected):
    assert found(db, query) == ids(people, *expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("juergen.mueller@example.de", ("mueller_umlaut",)),
        ("example.de", ("mueller_umlaut",)),
        ("juergen.mu", ("mueller_umlaut",)),
        ("0351 123 45", ("mueller_umlaut",)),       # as written
        ("035112345", ("mueller_umlaut",)),         # digits only
        ("0351", ("mueller_umlaut",)),              # the start of the number
        ("+49 351 12345", ("mueller_umlaut",)),     # written internationally
        ("0171 2345678", ("mueller_ue",)),          # stored as +49 171 …
        ("1712345", ("mueller_ue",)),
        ("Dresden", ("mueller_umlaut",)),
        ("Новоберёзовск", ("semenov_native",)),
        ("Nowoberjosowsk", ("semenov_native",)),    # a town in another script
        ("vaubecourt", ("muller_plain",)),
    ],
)
def test_email_phone_and_town_match(db, people, query, expected):
    assert found(db, query) == ids(people, *expected)


@pytest.mark.parametrize("query", ["%", "_", "-", "Ivanov-", "qqq", "ivanovo", "müllerin"])
def test_what_does_not_match(db, people, query):
    expected = ids(people, *IVANOVA) if query == "Ivanov-" else set()
    assert found(db, query) == expected


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=30))
def test_any_typed_text_searches_without_error_and_both_ways_agree(db, people, typed):
    """Quotes, FTS5 operators, emoji, combining marks, control characters: never an error."""
    with_index = found(db, typed)
    assert found_by_like(db, typed) == with_index


def found_by_like(db, search: str) -> set[int]:
    """What the portable `LIKE` search finds (the FTS5 index switched off)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_index, "ensure_search_index", lambda engine: False)
        return found(db, search)


def test_empty_search_lists_everyone(db, people):
    assert found(db, "") == found(db, "   ") == set(people.values())


# --------------------------------------------------------------------------- the index


def test_a_contact_is_found_by_its_new_name_after_an_update(db, people):
    contact_id = people["ivanova_latin"]
    assert contact_id in found(db, "Ivanova")
    with db.unit() as session:
        contact = session.get(Contact, contact_id)
        contact.family_name = "Petrowa"
        contact.given_name_native, contact.family_name_native = "Ольга", "Петрова"
        session.commit()
    assert contact_id not in found(db, "Ivanova")
    assert found(db, "Petrova") == found(db, "петрова") == {contact_id}
    assert found(db, "olga petr") == {contact_id}


def test_a_deleted_contact_is_no_longer_found(db, people):
    with db.unit() as session:
        session.delete(session.get(Contact, people["strauss"]))
        session.commit()
    assert found(db, "strauss") == set()


def test_bulk_inserted_rows_are_found(db, people):
    """Core inserts (the demo, imports) pass no ORM event, but the index follows them."""
    row = {"kind": "person", "given_name_native": "Фёдор", "family_name_native": "Журавлёв",
           "side": "partner", "uuid": uuid.uuid4()}
    row.update(search_text=contact_search_text(row), sort_name=contact_sort_name(row))
    with db.unit() as session:
        session.execute(sa.insert(Contact), [row])
        session.commit()
    assert len(found(db, "Fjodor Schurawljow")) == 1
    assert found(db, "zhuravlev") == found(db, "Журавлёв")


def _index_objects(db) -> set[str]:
    with db.engine.connect() as connection:
        return {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'contact_search%'")}


def test_the_index_is_built_by_the_first_search_on_a_database_that_has_none(tmp_path):
    fresh = create_database(tmp_path / "fresh.sqlite")       # as Alembic made the file
    try:
        assert _index_objects(fresh) == set()
        with fresh.unit() as session:
            session.add(Contact(given_name_native="Анна", family_name_native="Иванова"))
            session.commit()
        assert len(found(fresh, "Ivanova")) == 1
        assert {search_index.TABLE, f"{search_index.TABLE}_insert"} <= _index_objects(fresh)
    finally:
        fresh.close()


def test_opening_a_database_builds_the_index_before_the_first_search(tmp_path):
    create_database(tmp_path / "f.sqlite").close()
    opened = open_database(tmp_path / "f.sqlite")
    try:
        assert {search_index.TABLE, f"{search_index.TABLE}_update"} <= _index_objects(opened)
    finally:
        opened.close()


@pytest.fixture
def demo_db(db):
    build_demo(db, contacts=400, today=TODAY)
    return db


def test_keyset_paging_with_a_search_visits_every_match_once_in_order(demo_db):
    for query in ("a", "ив", "sem", "0"):
        seen, after = [], None
        while page := contacts.list_contacts(demo_db, query, limit=7, after=after):
            seen.extend(page)
            after = (page[-1].sort_key, page[-1].id)
        assert len(seen) == len({row.id for row in seen}) == contacts.count_contacts(
            demo_db, query)
        assert [(r.sort_key, r.id) for r in seen] == sorted((r.sort_key, r.id) for r in seen)
        assert {row.id for row in seen} == found(demo_db, query)


@pytest.mark.parametrize(
    "query",
    ["a", "i", "и", "iv", "ив", "iva", "ива", "sem", "сем", "mü", "mue", "jur", "юр",
     "ivan petr", "иван пётр", "anna müller", "0343", "+7 9", "schtsch", "example org",
     "mühlenstedt", "nowo", "Щербакова", "Schurawljowa", "%", "zzz"],
)
def test_the_index_finds_what_the_portable_like_search_finds(demo_db, query):
    assert found(demo_db, query) == found_by_like(demo_db, query)


def test_the_demo_finds_its_people_in_every_spelling(demo_db):
    with demo_db.unit() as session:
        semenova = session.execute(sa.select(Contact.id).where(
            Contact.family_name_native == "Семёнова")).scalars().all()
    assert semenova
    for query in ("Семёнова", "Семенова", "Semjonowa", "Semyonova", "Semenova"):
        assert set(semenova) <= found(demo_db, query)


# --------------------------------------------------------------------------- filters


@pytest.fixture
def filtered(db, sample):
    """`sample` plus a former member, a withdrawn consent and a consent for photos."""
    with db.unit() as session:
        former = Contact(given_name="Erika", family_name="Alt")
        session.add(former)
        session.flush()
        session.add_all([
            Membership(contact_id=former.id, number="M-002", joined_on=date(2001, 1, 1),
                       left_on=date(2020, 12, 31)),
            Membership(contact_id=sample["kid"], number="M-003", joined_on=date(2024, 1, 1),
                       left_on=date(2099, 12, 31)),
            Consent(contact_id=sample["anna"], purpose=ConsentPurpose.PHOTOS,
                    given_on=date(2020, 1, 1)),
            Consent(contact_id=former.id, purpose=ConsentPurpose.PHOTOS,
                    given_on=date(2019, 1, 1), withdrawn_on=date(2021, 1, 1)),
            ContactRoleAssignment(contact_id=sample["olga"], role=ContactRole.PARTNER_CONTACT),
        ])
        session.commit()
        return {**sample, "former": former.id}


def test_filter_by_role(db, filtered):
    assert found(db, "", role="member") == {filtered["anna"]}
    assert found(db, "", role="partner_contact") == {filtered["olga"]}
    assert found(db, "", role="press") == set()
    assert found(db, "schmidt", role="member") == {filtered["anna"]}
    assert found(db, "olga", role="member") == set()


def test_filter_by_side_and_partner_town(db, filtered):
    assert found(db, "", side="partner") == {filtered["olga"]}
    assert filtered["olga"] not in found(db, "", side="home")
    assert found(db, "", partner_town_id=filtered["town"]) == {filtered["olga"]}
    assert found(db, "", partner_town_id=filtered["town"] + 1000) == set()
    assert found(db, "schmidt", side="partner") == set()


def test_filter_by_membership(db, filtered):
    assert found(db, "", membership="active") == {filtered["anna"], filtered["kid"]}
    assert found(db, "", membership="former") == {filtered["former"]}
    nobody = found(db, "", membership="none")
    assert {filtered["olga"], filtered["school"], filtered["funder"]} <= nobody
    assert nobody.isdisjoint({filtered["anna"], filtered["kid"], filtered["former"]})
    # judged on a given day: before she left, Erika was active; Max had not joined yet
    past = ContactFilter(membership="active", on=date(2015, 6, 1))
    assert found(db, "", filters=past) == {filtered["anna"], filtered["former"]}
    past_none = found(db, "", filters=ContactFilter(membership="none", on=date(2015, 6, 1)))
    assert filtered["kid"] in past_none and filtered["former"] not in past_none


def test_filter_by_missing_consent(db, filtered):
    missing = found(db, "", missing_consent="photos")
    assert filtered["anna"] not in missing
    assert filtered["former"] in missing                 # withdrawn counts as missing
    assert filtered["olga"] in missing
    # Max's guardian consented to his travel on 1 May 2025
    assert filtered["kid"] not in found(db, "", missing_consent="minor_travel")
    before = ContactFilter(missing_consent="minor_travel", on=date(2025, 4, 30))
    assert filtered["kid"] in found(db, "", filters=before)
    # a withdrawn consent was valid before its withdrawal
    assert filtered["former"] not in found(
        db, "", filters=ContactFilter(missing_consent="photos", on=date(2020, 6, 1)))


def test_filter_by_kind(db, filtered):
    assert found(db, "", kind="organisation") == {filtered["school"], filtered["funder"]}
    assert filtered["school"] not in found(db, "", kind="person")
    assert found(db, "stiftung", kind="person") == set()


def test_filters_combine_and_keywords_override_the_filter_object(db, filtered):
    both = ContactFilter(role="member", side="home", membership="active")
    assert found(db, "", filters=both) == {filtered["anna"]}
    assert found(db, "", filters=both, side="partner") == set()
    assert ContactFilter().is_empty() and not both.is_empty()
    assert ContactFilter(on=date(2020, 1, 1)).is_empty()


@pytest.mark.parametrize(
    "bad",
    [{"role": "king"}, {"side": "left"}, {"membership": "maybe"},
     {"missing_consent": "everything"}, {"kind": "robot"}],
)
def test_unknown_filter_values_are_a_clear_user_error(db, bad):
    with pytest.raises(UserError) as raised:
        contacts.list_contacts(db, **bad)
    assert next(iter(bad.values())) in raised.value.english()
    with pytest.raises(UserError):
        contacts.count_contacts(db, **bad)


def test_filters_page_with_keyset(demo_db):
    criteria = {"side": Side.PARTNER.value, "membership": "none"}
    seen, after = [], None
    while page := contacts.list_contacts(demo_db, limit=5, after=after, **criteria):
        seen.extend(page)
        after = (page[-1].sort_key, page[-1].id)
    assert seen and len(seen) == contacts.count_contacts(demo_db, **criteria)
    assert all(row.side == "partner" for row in seen)


def test_rows_show_what_the_list_needs(db, filtered):
    (anna,) = contacts.list_contacts(db, "anna schmidt")
    assert (anna.display_name, anna.roles, anna.email) == (
        "Schmidt, Anna", ("member",), "anna@example.org")
    (olga,) = contacts.list_contacts(db, "Shchekina")
    assert (olga.display_name, olga.native_name, olga.side) == ("Щёкина, Ольга", "Ольга Щёкина",
                                                                 "partner")
    (school,) = contacts.list_contacts(db, "gymnasium")
    assert (school.kind, school.display_name) == ("organisation", "Gymnasium am Markt")
    with db.unit() as session:
        for row in contacts.list_contacts(db):
            assert row.display_name == session.get(Contact, row.id).display_name
