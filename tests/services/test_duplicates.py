"""Duplicate detection on SQLite without Qt: match keys, candidates for one contact, pairs."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Contact, contact_match_key
from partnerdesk.domain.enums import ContactKind
from partnerdesk.domain.match_key import contact_keys, phone_key
from partnerdesk.services.demo import build_demo
from partnerdesk.services.duplicates import (
    MIN_SCORE,
    STRONG_SCORE,
    find_duplicate_pairs,
    find_duplicates_for,
    find_duplicates_for_many,
    score,
)
from partnerdesk.storage import schema
from partnerdesk.storage.database import create_database

TODAY = date(2026, 11, 21)


def add(db, **values) -> int:
    """Store one contact through the ORM (its match keys come from the flush event)."""
    with db.unit() as session:
        contact = Contact(**values)
        session.add(contact)
        session.commit()
        return contact.id


def candidates(db, **values) -> dict[int, tuple[int, tuple[str, ...]]]:
    with db.unit() as session:
        found = find_duplicates_for(session, values)
    return {c.contact_id: (c.score, c.reasons) for c in found}


def stored_keys(db, contact_id: int) -> set[tuple[str, str]]:
    with db.engine.connect() as connection:
        rows = connection.execute(sa.select(contact_match_key.c.kind, contact_match_key.c.value)
                                  .where(contact_match_key.c.contact_id == contact_id))
        return {tuple(row) for row in rows}


# ------------------------------------------------------------------------------ keys


@pytest.mark.parametrize(("one", "other"), [
    ("+49 341 1234567", "0341 1234567"),
    ("0049 341 1234567", "0341/123 45 67"),
    ("+49 (0)341 1234567", "0341-1234567"),
    ("+7 912 345-67-89", "8 (912) 345 67 89"),
    ("+48 58 123 45 67", "058 123 45 67"),
])
def test_phone_numbers_meet_across_prefixes(one, other):
    assert phone_key(one) == phone_key(other) != ""


@pytest.mark.parametrize("number", ["", "112", "12 34", "+49"])
def test_short_numbers_give_no_key(number):
    assert phone_key(number) == ""


def test_keys_of_a_person_cover_every_spelling_and_channel():
    keys = contact_keys({
        "family_name": "Iwanowa", "given_name": "Olga Petrowna",
        "family_name_native": "Иванова", "given_name_native": "Ольга",
        "passport_family_name": "IVANOVA", "passport_given_name": "OLGA",
        "email": "Olga.Iwanowa@Example.RU; olga@mail.ru", "phone": "+7 912 345-67-89",
        "mobile": "",
    })
    names = {value for kind, value in keys if kind == "name"}
    assert len(names) == 1  # one skeleton for all three spellings
    assert ("email", "olga.iwanowa@example.ru") in keys and ("email", "olga@mail.ru") in keys
    assert ("phone", phone_key("89123456789")) in keys


def test_keys_follow_every_orm_write(db):
    contact_id = add(db, given_name="Anna", family_name="Müller", email="A.Mueller@example.org")
    assert ("email", "a.mueller@example.org") in stored_keys(db, contact_id)
    with db.unit() as session:
        contact = session.get(Contact, contact_id)
        contact.email = "anna@example.org"
        contact.city = "Leipzig"  # not a key field: nothing to redo
        session.commit()
    keys = stored_keys(db, contact_id)
    assert ("email", "anna@example.org") in keys
    assert ("email", "a.mueller@example.org") not in keys
    with db.unit() as session:
        session.delete(session.get(Contact, contact_id))
        session.commit()
    assert stored_keys(db, contact_id) == set()


def test_the_migration_computes_keys_of_contacts_stored_before(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    try:
        schema.upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.execute(sa.text(
                "INSERT INTO contact (kind, salutation, title, given_name, family_name,"
                " given_name_native, family_name_native, passport_given_name,"
                " passport_family_name, gender, birth_place, nationality, languages,"
                " organisation_name, side, street, address_extra, postal_code, city, country,"
                " phone, mobile, email, website, notes, search_text, sort_name, uuid,"
                " created_at, updated_at, version) VALUES ('person', '', '', '', '', 'Ольга',"
                " 'Иванова', '', '', 'female', '', '', '', '', 'partner', '', '', '', '', 'RU',"
                " '', '', 'olga@example.ru', '', '', '', '', 'a1b2c3d4e5f60718293a4b5c6d7e8f90',"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"))
        schema.upgrade(engine)
        with engine.connect() as connection:
            keys = set(connection.execute(sa.select(contact_match_key.c.kind)).scalars())
        assert keys == {"name", "email"}
    finally:
        engine.dispose()


# --------------------------------------------------------------- one contact's candidates


@pytest.mark.parametrize(("stored", "typed"), [
    ({"family_name_native": "Иванова", "given_name_native": "Ольга"},
     {"family_name": "Ivanova", "given_name": "Olga"}),
    ({"family_name": "Ivanova", "given_name": "Olga"},
     {"family_name_native": "Иванова", "given_name_native": "Ольга"}),
    ({"family_name": "Iwanowa", "given_name": "Olga"},
     {"family_name": "Ivanova", "given_name": "Olga"}),
    ({"family_name": "Müller", "given_name": "Jürgen"},
     {"family_name": "Mueller", "given_name": "Juergen"}),
    ({"family_name_native": "Семёнов", "given_name_native": "Юрий"},
     {"family_name": "Semjonow", "given_name": "Jurij"}),
    ({"family_name": "SCHMIDT", "given_name": "anna"},
     {"family_name": "Schmidt", "given_name": "Anna-Lena"}),
])
def test_same_name_across_scripts_and_spellings_is_a_weak_candidate(db, stored, typed):
    stored_id = add(db, **stored)
    found = candidates(db, **typed)
    assert found == {stored_id: (found[stored_id][0], ("name",))}
    assert MIN_SCORE <= found[stored_id][0] < STRONG_SCORE


def test_name_and_birth_date_is_strong(db):
    stored = add(db, family_name_native="Иванова", given_name_native="Ольга",
                 birth_date=date(1980, 5, 17))
    score_, reasons = candidates(db, family_name="Ivanova", given_name="Olga",
                                 birth_date=date(1980, 5, 17))[stored]
    assert score_ >= STRONG_SCORE and reasons == ("name", "birth_date")
    # an ISO date from an import row counts the same
    assert candidates(db, family_name="Ivanova", given_name="Olga",
                      birth_date="1980-05-17")[stored][1] == ("name", "birth_date")


def test_namesakes_with_different_birth_dates_are_no_candidates(db):
    add(db, family_name="Müller", given_name="Thomas", birth_date=date(1950, 1, 1))
    assert candidates(db, family_name="Mueller", given_name="Thomas",
                      birth_date=date(1985, 3, 3)) == {}


def test_same_email_in_another_case_is_strong_alone(db):
    stored = add(db, family_name="Schmidt", given_name="Anna", email="Anna.Schmidt@Example.org")
    found = candidates(db, family_name="Schneider", email=" anna.schmidt@example.ORG ")
    assert found[stored][0] >= STRONG_SCORE and found[stored][1] == ("email",)


@pytest.mark.parametrize("typed", ["0341 1234567", "0049 341 1234567", "+49 (0)341 123 45 67"])
def test_same_phone_and_name_is_strong(db, typed):
    stored = add(db, family_name="Weber", given_name="Jens", phone="+49 341 1234567")
    found = candidates(db, family_name="Weber", given_name="Jens", mobile=typed)
    assert found[stored][0] >= STRONG_SCORE and found[stored][1] == ("name", "phone")


def test_same_phone_alone_is_no_candidate(db):
    """A family shares its landline: the phone alone says nothing."""
    add(db, family_name="Weber", given_name="Jens", phone="0341 1234567")
    assert candidates(db, family_name="Weber", given_name="Mia", phone="0341 1234567") == {}


def _anna(family: str, given: str = "Anna", **more) -> dict:
    return {"family_name": family, "given_name": given, **more}


@pytest.mark.parametrize(("stored", "typed"), [
    (_anna("Ivanov", "Oleg"), _anna("Ivanova", "Oleg")),    # another gender
    (_anna("Schmidt"), _anna("Schmitz")),
    (_anna("Müller"), _anna("Möller")),
    (_anna("Müller"), _anna("Müller", "Jana")),
    (_anna("Lange", email="t.lange@example.org"),            # namesake, another birthday
     _anna("Lange", email="t.lang@example.org", birth_date=date(1990, 1, 1))),
])
def test_different_people_are_no_candidates(db, stored, typed):
    add(db, **stored, birth_date=date(1970, 1, 1))
    assert candidates(db, **typed) == {}


def test_persons_and_organisations_never_match(db):
    add(db, kind=ContactKind.ORGANISATION, organisation_name="Gymnasium am Markt",
        email="info@gymnasium.example")
    assert candidates(db, family_name="Lehmann", email="info@gymnasium.example") == {}


def test_organisations_match_by_name(db):
    stored = add(db, kind=ContactKind.ORGANISATION, organisation_name="Gymnasium am Markt",
                 phone="03431 12345")
    found = candidates(db, kind="organisation", organisation_name="GYMNASIUM AM MARKT",
                       phone="+49 3431 12345")
    assert found[stored][1] == ("phone", "organisation")
    assert found[stored][0] >= STRONG_SCORE


def test_the_contact_itself_is_left_out_and_best_comes_first(db):
    weak = add(db, family_name="Krüger", given_name="Ursula")
    strong = add(db, family_name="Krueger", given_name="Ursula", birth_date=date(1958, 2, 2))
    with db.unit() as session:
        values = {"family_name": "Krüger", "given_name": "Ursula", "birth_date": date(1958, 2, 2)}
        found = find_duplicates_for(session, values)
        assert [c.contact_id for c in found] == [strong, weak]
        assert [c.contact_id for c in find_duplicates_for(session, values, limit=1)] == [strong]
        assert [c.contact_id for c in find_duplicates_for(session, values, exclude_id=strong)
                ] == [weak]


def test_contacts_flushed_in_the_same_session_count(db):
    """An import adds rows in one transaction: a duplicate within the file is found too."""
    with db.unit() as session:
        session.add(Contact(family_name="Neumann", given_name="Klaus", email="kn@example.org"))
        session.flush()
        values = {"family_name": "Neumann", "given_name": "Klaus", "email": "KN@example.org"}
        found = find_duplicates_for(session, values)
        assert len(found) == 1 and found[0].reasons == ("name", "email")
        session.rollback()


def test_nothing_to_look_up_finds_nothing(db):
    add(db, family_name="Leer")
    assert candidates(db, city="Leipzig") == {}


def test_score_is_bounded_and_reasons_are_ordered():
    assert score({"email", "phone", "name"}, date(2000, 1, 1), date(2000, 1, 1)) == (
        100, ("name", "birth_date", "email", "phone"))
    assert score({"name"}, date(2000, 1, 1), date(2001, 1, 1))[0] == 0


# ------------------------------------------------------------------------ the whole database


@pytest.fixture
def demo(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERDESK_DATA_DIR", str(tmp_path / "data"))
    db = create_database(tmp_path / "demo.sqlite")
    build_demo(db, today=TODAY)
    yield db
    db.close()


def _person(db, contact_id: int) -> dict:
    with db.unit() as session:
        contact = session.get(Contact, contact_id)
        return {c.key: getattr(contact, c.key) for c in Contact.__table__.columns
                if c.key not in {"id", "uuid", "created_at", "updated_at", "version",
                                 "search_text", "sort_name"}}


def test_bulk_rows_of_the_demo_carry_the_keys_the_orm_event_would_write(demo):
    with demo.unit() as session:
        contacts = session.execute(sa.select(Contact)).scalars().all()
        for contact in contacts:
            values = {c.key: getattr(contact, c.key) for c in Contact.__table__.columns}
            assert stored_keys(demo, contact.id) == contact_keys(values), contact.display_name


def test_pairs_find_planted_duplicates_and_few_others(demo):
    before = find_duplicate_pairs(demo)
    # families share a landline, partner-town staff their office phone: no duplicates yet
    assert len(before) <= 5
    assert len(find_duplicate_pairs(demo, min_score=0)) <= 100
    with demo.unit() as session:
        russian = session.execute(sa.select(Contact.id).where(
            Contact.family_name_native != "", Contact.birth_date.is_not(None),
            Contact.passport_family_name != "").order_by(Contact.id)).scalars().first()
        german = session.execute(sa.select(Contact.id).where(
            Contact.family_name.like("M%ller"), Contact.email != "").order_by(Contact.id)
        ).scalars().first()
    original = _person(demo, russian)
    # typed in again from a passport copy: Latin only, same birth date, nothing else
    twin = add(demo, family_name=original["passport_family_name"],
               given_name=original["passport_given_name"] or original["given_name"],
               birth_date=original["birth_date"], side=original["side"])
    member = _person(demo, german)
    copy = add(demo, family_name=member["family_name"].replace("ü", "ue"),
               given_name=member["given_name"], email=member["email"].upper())

    pairs = {(p.a_id, p.b_id): p for p in find_duplicate_pairs(demo)}
    assert pairs[(russian, twin)].reasons == ("name", "birth_date")
    assert pairs[(german, copy)].reasons == ("name", "email")
    assert pairs[(russian, twin)].score >= STRONG_SCORE <= pairs[(german, copy)].score
    assert len(pairs) <= len(before) + 2


def test_pairs_are_sorted_best_first_and_limited(demo):
    pairs = find_duplicate_pairs(demo, limit=1000, min_score=0)
    assert pairs == sorted(pairs, key=lambda p: (-p.score, p.a_id, p.b_id))
    assert all(p.a_id < p.b_id for p in pairs)
    assert find_duplicate_pairs(demo, limit=2, min_score=0) == pairs[:2]


def test_many_at_once_gives_what_one_at_a_time_gives(demo):
    with demo.unit() as session:
        contacts = session.execute(sa.select(Contact).order_by(Contact.id)).scalars().all()
        rows = [{c.key: getattr(contact, c.key) for c in Contact.__table__.columns}
                for contact in contacts]
        rows += [dict(row, id=None, email=row["email"].upper()) for row in rows[:20]]
        excluded = [row["id"] for row in rows]
        batch = find_duplicates_for_many(session, rows, excluded)
        assert batch == [find_duplicates_for(session, row, row["id"]) for row in rows]
        assert sum(1 for found in batch[-20:] if found) >= 15  # the copies find their originals
