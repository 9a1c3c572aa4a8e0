"""Foreign keys and their deliberate delete behaviour: RESTRICT, CASCADE and SET NULL.

Each rule is checked twice where it matters: with plain SQL (what the database itself
guarantees, whatever code runs) and through the ORM (what a service doing
`session.delete(obj)` gets).
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from partnerdesk.domain import (
    BudgetLine,
    Consent,
    Contact,
    ContactRoleAssignment,
    Correspondence,
    Exchange,
    GrantApplication,
    Guardianship,
    HostPlacement,
    HostProfile,
    Membership,
    OrganisationLink,
    PartnerTown,
    PassportRecord,
)
from partnerdesk.domain.enums import (
    BudgetCategory,
    BudgetSide,
    ConsentGivenBy,
    ConsentPurpose,
    ContactRole,
    Direction,
)

FK_FAILED = "FOREIGN KEY constraint failed"


def count(db, table: str, where: str = "1 = 1", **params) -> int:
    with db.engine.connect() as connection:
        return connection.execute(
            sa.text(f'SELECT COUNT(*) FROM "{table}" WHERE {where}'), params
        ).scalar_one()


def all_counts(db) -> dict[str, int]:
    with db.engine.connect() as connection:
        names = sa.inspect(connection).get_table_names()
        return {n: connection.execute(sa.text(f'SELECT COUNT(*) FROM "{n}"')).scalar_one()
                for n in names}


def sql_delete(db, table: str, row_id: int) -> None:
    """DELETE one row in its own transaction (committed when it succeeds)."""
    with db.engine.begin() as connection:
        connection.execute(sa.text(f'DELETE FROM "{table}" WHERE id = :id'), {"id": row_id})


def refused_sql_delete(db, table: str, row_id: int) -> str:
    before = all_counts(db)
    with pytest.raises(IntegrityError) as error:
        sql_delete(db, table, row_id)
    assert all_counts(db) == before, "a refused delete must change nothing"
    return str(error.value.orig)


def new_contact(db, **values) -> int:
    with db.unit() as session:
        contact = Contact(**({"family_name": "Neu"} | values))
        session.add(contact)
        session.commit()
        return contact.id


# ------------------------------------------------------------------ RESTRICT


def test_participant_cannot_be_deleted_by_sql(db, sample):
    assert refused_sql_delete(db, "contact", sample["olga"]) == FK_FAILED


def test_participant_cannot_be_deleted_by_the_orm(db, sample):
    before = all_counts(db)
    with db.unit() as session:
        session.delete(session.get(Contact, sample["olga"]))
        with pytest.raises(IntegrityError):
            session.commit()
    assert all_counts(db) == before


def test_host_of_a_placement_cannot_be_deleted(db, sample):
    host = new_contact(db, family_name="Gastgeber")
    with db.unit() as session:
        session.add(HostPlacement(participation_id=sample["pupil"], host_id=host,
                                  from_date=date(2025, 7, 1), to_date=date(2025, 7, 2)))
        session.commit()
    assert refused_sql_delete(db, "contact", host) == FK_FAILED


def test_funder_with_an_application_cannot_be_deleted(db, sample):
    assert refused_sql_delete(db, "contact", sample["funder"]) == FK_FAILED


def test_exchange_funded_by_a_grant_cannot_be_deleted(db, sample):
    assert refused_sql_delete(db, "exchange", sample["exchange"]) == FK_FAILED


def test_partner_town_of_an_exchange_cannot_be_deleted(db, sample):
    assert refused_sql_delete(db, "partner_town", sample["town"]) == FK_FAILED


def test_budget_line_with_receipts_cannot_be_deleted_by_sql(db, sample):
    assert refused_sql_delete(db, "budget_line", sample["budget_line"]) == FK_FAILED


@pytest.mark.parametrize("load_receipts", [False, True])
def test_budget_line_with_receipts_cannot_be_deleted_by_the_orm(db, sample, load_receipts):
    before = all_counts(db)
    with db.unit() as session:
        line = session.get(BudgetLine, sample["budget_line"])
        if load_receipts:
            assert len(line.receipts) == 1
        session.delete(line)
        with pytest.raises(IntegrityError):
            session.commit()
    assert all_counts(db) == before


def test_budget_line_without_receipts_can_be_deleted(db, sample):
    with db.unit() as session:
        line = BudgetLine(grant_id=sample["grant"], side=BudgetSide.INCOME,
                          category=BudgetCategory.OWN_SHARE)
        session.add(line)
        session.commit()
        session.delete(line)
        session.commit()
    assert count(db, "budget_line") == 1


# ------------------------------------------------------------------- CASCADE

EXCHANGE_CHILDREN = ["participation", "participation_health", "host_placement",
                     "programme_item", "consent", "exchange_partner_town"]


def _unlink_grant(db, sample) -> None:
    with db.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM grant_exchange"))


def test_deleting_an_exchange_by_sql_cascades_to_its_children(db, sample):
    _unlink_grant(db, sample)
    assert all(count(db, table) > 0 for table in EXCHANGE_CHILDREN)
    sql_delete(db, "exchange", sample["exchange"])
    assert {table: count(db, table) for table in EXCHANGE_CHILDREN} == dict.fromkeys(
        EXCHANGE_CHILDREN, 0)
    # the people and the town stay
    assert count(db, "contact") == 5
    assert count(db, "partner_town") == 1


@pytest.mark.parametrize("load_children", [False, True])
def test_deleting_an_exchange_by_the_orm_cascades_to_its_children(db, sample, load_children):
    _unlink_grant(db, sample)
    with db.unit() as session:
        exchange = session.get(Exchange, sample["exchange"])
        if load_children:
            assert [p.health is not None for p in exchange.participations] == [True, False]
            assert len(exchange.programme_items) == 1
            assert len(exchange.partner_towns) == 1
        session.delete(exchange)
        session.commit()
    assert {table: count(db, table) for table in EXCHANGE_CHILDREN} == dict.fromkeys(
        EXCHANGE_CHILDREN, 0)
    assert count(db, "contact") == 5


GRANT_CHILDREN = ["grant_status_change", "milestone", "budget_line", "receipt", "payment",
                  "grant_exchange"]


def test_deleting_a_grant_by_sql_cascades_to_budget_and_receipts(db, sample):
    sql_delete(db, "grant_application", sample["grant"])
    assert {table: count(db, table) for table in GRANT_CHILDREN} == dict.fromkeys(
        GRANT_CHILDREN, 0)
    assert count(db, "exchange") == 1
    assert count(db, "funder_profile") == 1


@pytest.mark.parametrize("load", ["nothing", "budget_lines", "budget_lines_and_receipts"])
def test_deleting_a_grant_by_the_orm_cascades_to_budget_and_receipts(db, sample, load):
    """Whatever the session has loaded, the whole application goes (receipts before lines)."""
    with db.unit() as session:
        grant = session.get(GrantApplication, sample["grant"])
        if load != "nothing":
            lines = list(grant.budget_lines)
            assert len(lines) == 1
        if load == "budget_lines_and_receipts":
            assert len(lines[0].receipts) == 1
        session.delete(grant)
        session.commit()
    assert {table: count(db, table) for table in GRANT_CHILDREN} == dict.fromkeys(
        GRANT_CHILDREN, 0)
    assert count(db, "exchange") == 1


def test_deleting_a_contact_cascades_to_what_hangs_on_it(db, sample):
    person = new_contact(db, given_name="Ilse", family_name="Kurz")
    with db.unit() as session:
        session.add_all([
            ContactRoleAssignment(contact_id=person, role=ContactRole.VOLUNTEER),
            Membership(contact_id=person, number="M-777", joined_on=date(2020, 1, 1)),
            HostProfile(contact_id=person, beds=1),
            PassportRecord(contact_id=person, number="P-1"),
            Consent(contact_id=person, purpose=ConsentPurpose.PHOTOS, given_on=date(2025, 1, 1)),
            Correspondence(contact_id=person, dated=date(2025, 1, 1),
                           direction=Direction.OUTGOING, subject="Dank"),
            OrganisationLink(person_id=person, organisation_id=sample["school"]),
            OrganisationLink(person_id=sample["anna"], organisation_id=person),
            Guardianship(ward_id=person, guardian_id=sample["anna"]),
            Guardianship(ward_id=sample["olga"], guardian_id=person),
        ])
        session.commit()
    before = all_counts(db)
    sql_delete(db, "contact", person)
    after = all_counts(db)
    changed = {table: before[table] - after[table]
               for table in before if before[table] != after[table]}
    assert changed == {
        "contact": 1, "contact_role": 1, "membership": 1, "host_profile": 1, "passport": 1,
        "consent": 1, "correspondence": 1, "organisation_link": 2, "guardianship": 2,
        "contact_match_key": 1,  # the name key "kurz|ilse"
    }


def test_deleting_a_partner_town_cascades_to_history_and_letters(db, sample):
    with db.unit() as session:
        town = PartnerTown(name="Pskow", country="RU")
        session.add(town)
        session.flush()
        session.add(Correspondence(partner_town_id=town.id, dated=date(2025, 1, 1),
                                   direction=Direction.INCOMING, subject="Grüße"))
        contact = Contact(family_name="Petrow", partner_town_id=town.id)
        session.add(contact)
        session.commit()
    sql_delete(db, "partner_town", town.id)
    assert count(db, "correspondence", "partner_town_id IS NOT NULL") == 1  # the sample's
    assert count(db, "contact", "id = :id AND partner_town_id IS NULL", id=contact.id) == 1


def test_deleting_the_profile_cascades_to_board_members(db, sample):
    sql_delete(db, "association_profile", sample["profile"])
    assert count(db, "board_member") == 0


# ------------------------------------------------------------------ SET NULL


@pytest.mark.parametrize(
    ("table", "column", "row"),
    [
        ("exchange", "organiser_id", "exchange"),
        ("participation", "emergency_contact_id", "guest"),
        ("programme_item", "responsible_id", None),
        ("consent", "guardian_id", None),
    ],
)
def test_deleting_a_referenced_contact_sets_null(db, sample, table, column, row):
    other = new_contact(db, family_name="Vertretung")
    with db.engine.begin() as connection:
        if table == "consent":  # the consent keeps the guardian's name when the contact goes
            connection.execute(sa.text("UPDATE consent SET guardian_name = 'Anna Schmidt'"))
        connection.execute(sa.text(f'UPDATE "{table}" SET "{column}" = :other'), {"other": other})
    sql_delete(db, "contact", other)
    assert count(db, table, f'"{column}" IS NULL') == count(db, table) > 0
    assert row is None or count(db, table, "id = :id", id=sample[row]) == 1


def test_deleting_a_funder_profile_keeps_the_application(db, sample):
    sql_delete(db, "funder_profile", sample["funder_profile"])
    assert count(db, "grant_application", "funder_profile_id IS NULL") == 1


def test_foreign_keys_refuse_dangling_references(db, sample):
    with db.unit() as session:
        session.add(Membership(contact_id=999_999, number="M-X", joined_on=date(2020, 1, 1)))
        with pytest.raises(IntegrityError, match=FK_FAILED):
            session.flush()


def test_guardian_consent_survives_unlinking_when_named(db, sample):
    """A consent given by a guardian keeps its proof: the name stays when the link goes."""
    with db.unit() as session:
        consent = session.execute(sa.select(Consent)).scalar_one()
        assert consent.given_by is ConsentGivenBy.GUARDIAN
        consent.guardian_name = "Anna Schmidt"
        session.commit()
    with db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE consent SET guardian_id = NULL"))
    assert count(db, "consent", "guardian_name = 'Anna Schmidt'") == 1
