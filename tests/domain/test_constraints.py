"""The database refuses bad data: check, unique and enum constraints on the migrated schema."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, StatementError

from partnerdesk.domain import (
    AssociationProfile,
    Base,
    BoardMember,
    BudgetLine,
    Consent,
    Contact,
    ContactRoleAssignment,
    Correspondence,
    Exchange,
    FunderProfile,
    GrantApplication,
    Guardianship,
    HostPlacement,
    HostProfile,
    LetterTemplate,
    Membership,
    OrganisationLink,
    Participation,
    ParticipationHealth,
    PartnerTown,
    PassportRecord,
    Payment,
    ProgrammeItem,
    Receipt,
)
from partnerdesk.domain.enums import (
    BudgetCategory,
    BudgetSide,
    ConsentGivenBy,
    ConsentPurpose,
    ContactKind,
    ContactRole,
    Direction,
    ExchangeDirection,
    ExchangeKind,
    Side,
)


def refusal(session) -> str:
    """Flush `session`, which must fail with an IntegrityError; return the database's reason."""
    with pytest.raises(IntegrityError) as error:
        session.flush()
    return str(error.value.orig)


def _exchange(**overrides) -> Exchange:
    values = dict(title="Bürgerreise", kind=ExchangeKind.CITIZEN_TRIP,
                  direction=ExchangeDirection.OUTGOING, start_date=date(2025, 5, 1),
                  end_date=date(2025, 5, 5))
    values.update(overrides)
    return Exchange(**values)


def _receipt(ids, **overrides) -> Receipt:
    values = dict(grant_id=ids["grant"], budget_line_id=ids["budget_line"], number=2,
                  issued_on=date(2025, 7, 2), amount=Decimal("10.00"))
    values.update(overrides)
    return Receipt(**values)


# (id, factory given the sample ids, name of the constraint that must refuse it)
CHECK_CASES: list[tuple[str, Callable[[dict], object], str]] = [
    ("letter template without a name", lambda ids: LetterTemplate(name="", language="de"),
     "ck_letter_template_name_not_empty"),
    ("letter template in French", lambda ids: LetterTemplate(name="Brief", language="fr"),
     "ck_letter_template_language_code"),
    ("person without any name", lambda ids: Contact(kind=ContactKind.PERSON, city="Berlin"),
     "ck_contact_has_name"),
    ("organisation without its name",
     lambda ids: Contact(kind=ContactKind.ORGANISATION, given_name="Anna"),
     "ck_contact_has_name"),
    ("contact country of 3 letters", lambda ids: Contact(family_name="X", country="DEU"),
     "ck_contact_country_code"),
    ("membership left before joined",
     lambda ids: Membership(contact_id=ids["anna"], number="M-9", joined_on=date(2020, 1, 1),
                            left_on=date(2019, 12, 31)),
     "ck_membership_dates_in_order"),
    ("exchange ends before it starts",
     lambda ids: _exchange(start_date=date(2025, 5, 5), end_date=date(2025, 5, 4)),
     "ck_exchange_dates_in_order"),
    ("exchange without title", lambda ids: _exchange(title=""), "ck_exchange_title_not_empty"),
    ("exchange negative fee", lambda ids: _exchange(participant_fee=Decimal("-0.01")),
     "ck_exchange_fee_positive"),
    ("exchange negative capacity", lambda ids: _exchange(capacity=-1),
     "ck_exchange_capacity_positive"),
    ("exchange currency code", lambda ids: _exchange(currency="EURO"),
     "ck_exchange_currency_code"),
    ("participation departs before arriving",
     lambda ids: Participation(exchange_id=ids["exchange"], contact_id=ids["school"],
                               side=Side.HOME, arrives_on=date(2025, 7, 3),
                               departs_on=date(2025, 7, 2)),
     "ck_participation_dates_in_order"),
    ("participation negative fee due",
     lambda ids: Participation(exchange_id=ids["exchange"], contact_id=ids["school"],
                               side=Side.HOME, fee_due=Decimal("-1.00")),
     "ck_participation_fee_due_positive"),
    ("participation negative fee paid",
     lambda ids: Participation(exchange_id=ids["exchange"], contact_id=ids["school"],
                               side=Side.HOME, fee_paid=Decimal("-1.00")),
     "ck_participation_fee_paid_positive"),
    ("placement ends before it starts",
     lambda ids: HostPlacement(participation_id=ids["pupil"], host_id=ids["anna"],
                               from_date=date(2025, 7, 5), to_date=date(2025, 7, 4)),
     "ck_host_placement_dates_in_order"),
    ("programme item ends before it starts",
     lambda ids: ProgrammeItem(exchange_id=ids["exchange"], day=date(2025, 7, 3),
                               start_time=time(14), end_time=time(13), title="Stadtführung"),
     "ck_programme_item_times_in_order"),
    ("programme item without title",
     lambda ids: ProgrammeItem(exchange_id=ids["exchange"], day=date(2025, 7, 3), title=""),
     "ck_programme_item_title_not_empty"),
    ("payment of zero",
     lambda ids: Payment(grant_id=ids["grant"], received_on=date(2025, 1, 1),
                         amount=Decimal("0.00")),
     "ck_payment_amount_positive"),
    ("budget line negative plan",
     lambda ids: BudgetLine(grant_id=ids["grant"], side=BudgetSide.COST,
                            category=BudgetCategory.FEES, planned=Decimal("-5.00")),
     "ck_budget_line_planned_positive"),
    ("budget line negative approval",
     lambda ids: BudgetLine(grant_id=ids["grant"], side=BudgetSide.COST,
                            category=BudgetCategory.FEES, approved=Decimal("-5.00")),
     "ck_budget_line_approved_positive"),
    ("receipt number zero", lambda ids: _receipt(ids, number=0), "ck_receipt_number_positive"),
    ("receipt foreign currency without rate",
     lambda ids: _receipt(ids, original_currency="RUB", original_amount=Decimal("1000.00")),
     "ck_receipt_foreign_currency_complete"),
    ("receipt rate of zero",
     lambda ids: _receipt(ids, original_currency="RUB", original_amount=Decimal("1000.00"),
                          exchange_rate=Decimal("0"), rate_date=date(2025, 7, 1)),
     "ck_receipt_rate_positive"),
    ("receipt currency code",
     lambda ids: _receipt(ids, original_currency="RU", original_amount=Decimal("1000.00"),
                          exchange_rate=Decimal("0.01"), rate_date=date(2025, 7, 1)),
     "ck_receipt_currency_code"),
    ("grant negative request",
     lambda ids: GrantApplication(title="A", funder_id=ids["funder"],
                                  amount_requested=Decimal("-1.00")),
     "ck_grant_application_requested_positive"),
    ("grant negative approval",
     lambda ids: GrantApplication(title="A", funder_id=ids["funder"],
                                  amount_approved=Decimal("-1.00")),
     "ck_grant_application_approved_positive"),
    ("grant without title", lambda ids: GrantApplication(title="", funder_id=ids["funder"]),
     "ck_grant_application_title_not_empty"),
    ("grant currency code",
     lambda ids: GrantApplication(title="A", funder_id=ids["funder"], currency="€"),
     "ck_grant_application_currency_code"),
    ("funder ages upside down",
     lambda ids: FunderProfile(funder_id=ids["funder"], programme="P2", min_age=27, max_age=12),
     "ck_funder_profile_age_range"),
    ("funder negative daily rate",
     lambda ids: FunderProfile(funder_id=ids["funder"], programme="P2",
                               daily_rate=Decimal("-1.00")),
     "ck_funder_profile_rate_positive"),
    ("funder currency code",
     lambda ids: FunderProfile(funder_id=ids["funder"], programme="P2", currency=""),
     "ck_funder_profile_currency_code"),
    ("association currency code", lambda ids: AssociationProfile(default_currency="EURO"),
     "ck_association_profile_currency_code"),
    ("association report language", lambda ids: AssociationProfile(default_report_language="fr"),
     "ck_association_profile_report_language"),
    ("board member without name",
     lambda ids: BoardMember(profile_id=ids["profile"], name=""),
     "ck_board_member_name_not_empty"),
    ("partner town country code", lambda ids: PartnerTown(name="Pskow", country="RUS"),
     "ck_partner_town_country_code"),
    ("partner town without name", lambda ids: PartnerTown(name="", country="RU"),
     "ck_partner_town_name_not_empty"),
    ("partner town passport margin",
     lambda ids: PartnerTown(name="Pskow", country="RU", passport_margin_months=25),
     "ck_partner_town_passport_margin"),
    ("person linked to itself",
     lambda ids: OrganisationLink(person_id=ids["school"], organisation_id=ids["school"]),
     "ck_organisation_link_not_self"),
    ("own guardian", lambda ids: Guardianship(ward_id=ids["kid"], guardian_id=ids["kid"]),
     "ck_guardianship_not_self"),
    ("guardian consent without guardian",
     lambda ids: Consent(contact_id=ids["kid"], purpose=ConsentPurpose.PHOTOS,
                         given_by=ConsentGivenBy.GUARDIAN, given_on=date(2025, 1, 1)),
     "ck_consent_guardian_named"),
    ("consent withdrawn before given",
     lambda ids: Consent(contact_id=ids["anna"], purpose=ConsentPurpose.PHOTOS,
                         given_on=date(2025, 1, 2), withdrawn_on=date(2025, 1, 1)),
     "ck_consent_dates_in_order"),
    ("letter without counterpart",
     lambda ids: Correspondence(dated=date(2025, 1, 1), direction=Direction.OUTGOING,
                                subject="Gruß"),
     "ck_correspondence_has_counterpart"),
    ("passport expires before issue",
     lambda ids: PassportRecord(contact_id=ids["anna"], number="C1", issued_on=date(2020, 1, 1),
                                expires_on=date(2020, 1, 1)),
     "ck_passport_dates_in_order"),
    ("host with 51 beds",
     lambda ids: HostProfile(contact_id=ids["kid"], beds=51), "ck_host_profile_beds_range"),
]


@pytest.mark.parametrize(("factory", "constraint"), [case[1:] for case in CHECK_CASES],
                         ids=[case[0] for case in CHECK_CASES])
def test_check_constraint_refuses(db, sample, factory, constraint):
    with db.unit() as session:
        session.add(factory(sample))
        assert refusal(session) == f"CHECK constraint failed: {constraint}"


def test_every_check_constraint_is_exercised():
    """A new CHECK constraint in the model needs a case above (enum checks are tested below)."""
    named = set()
    for table in Base.metadata.tables.values():
        enum_checks = {f"ck_{table.name}_{column.type.name}"
                       for column in table.columns if isinstance(column.type, sa.Enum)}
        named |= {str(constraint.name) for constraint in table.constraints
                  if isinstance(constraint, sa.CheckConstraint)} - enum_checks
    assert named == {case[2] for case in CHECK_CASES}


def test_valid_rows_pass_the_same_constraints(db, sample):
    """The boundaries themselves are allowed (so the checks are not simply always failing)."""
    with db.unit() as session:
        session.add_all([
            _exchange(start_date=date(2025, 5, 1), end_date=date(2025, 5, 1), capacity=0,
                      participant_fee=Decimal("0.00")),
            Contact(kind=ContactKind.ORGANISATION, organisation_name="Verein", country=""),
            Contact(family_name_native="Иванова"),
            PartnerTown(name="Pskow", country="RU", passport_margin_months=24),
            Consent(contact_id=sample["kid"], purpose=ConsentPurpose.PHOTOS,
                    given_by=ConsentGivenBy.GUARDIAN, guardian_name="Anna Schmidt",
                    given_on=date(2025, 1, 1), withdrawn_on=date(2025, 1, 1)),
            _receipt(sample, original_currency="RUB", original_amount=Decimal("1.00"),
                     exchange_rate=Decimal("0.000001"), rate_date=date(2025, 7, 1)),
            HostProfile(contact_id=sample["kid"], beds=0),
        ])
        session.commit()


UNIQUE_CASES: list[tuple[str, Callable[[dict], object], str]] = [
    ("membership number",
     lambda ids: Membership(contact_id=ids["kid"], number="M-001", joined_on=date(2020, 1, 1)),
     "membership.number"),
    ("partner town name and country", lambda ids: PartnerTown(name="Welikije Luki", country="RU"),
     "partner_town.name, partner_town.country"),
    ("contact role twice",
     lambda ids: ContactRoleAssignment(contact_id=ids["anna"], role=ContactRole.MEMBER),
     "contact_role.contact_id, contact_role.role"),
    ("participation twice",
     lambda ids: Participation(exchange_id=ids["exchange"], contact_id=ids["olga"],
                               side=Side.PARTNER),
     "participation.exchange_id, participation.contact_id"),
    ("receipt number twice per grant", lambda ids: _receipt(ids, number=1),
     "receipt.grant_id, receipt.number"),
    ("second host profile", lambda ids: HostProfile(contact_id=ids["anna"]),
     "host_profile.contact_id"),
    ("second health record", lambda ids: ParticipationHealth(participation_id=ids["guest"]),
     "participation_health.participation_id"),
    ("funder programme twice",
     lambda ids: FunderProfile(funder_id=ids["funder"], programme="Jugendbegegnungen"),
     "funder_profile.funder_id, funder_profile.programme"),
    ("guardian twice", lambda ids: Guardianship(ward_id=ids["kid"], guardian_id=ids["anna"]),
     "guardianship.ward_id, guardianship.guardian_id"),
    ("placement twice on the same night",
     lambda ids: HostPlacement(participation_id=ids["guest"], host_id=ids["kid"],
                               from_date=date(2025, 7, 1), to_date=date(2025, 7, 2)),
     "host_placement.participation_id, host_placement.from_date"),
]


@pytest.mark.parametrize(("factory", "columns"), [case[1:] for case in UNIQUE_CASES],
                         ids=[case[0] for case in UNIQUE_CASES])
def test_unique_constraint_refuses(db, sample, factory, columns):
    with db.unit() as session:
        session.add(factory(sample))
        assert refusal(session) == f"UNIQUE constraint failed: {columns}"


def test_duplicate_uuid_is_refused(db, sample):
    with db.unit() as session:
        existing = session.get(Contact, sample["anna"]).uuid
        session.add(Contact(family_name="Doppelt", uuid=existing))
        assert refusal(session) == "UNIQUE constraint failed: contact.uuid"


# ---------------------------------------------------------------- enums

ENUM_COLUMNS = [
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, sa.Enum)
]


def test_enums_are_stored_as_their_values(db, sample):
    with db.engine.connect() as connection:
        kinds = connection.execute(sa.text("SELECT DISTINCT kind FROM contact")).scalars().all()
    assert set(kinds) == {"person", "organisation"}


@pytest.mark.parametrize(("table", "column"), ENUM_COLUMNS,
                         ids=[f"{t}.{c}" for t, c in ENUM_COLUMNS])
def test_database_refuses_unknown_enum_value(db, sample, table, column):
    """Even SQL that bypasses the ORM cannot store a value outside the enum."""
    with db.engine.connect() as connection:
        assert connection.execute(sa.text(f'SELECT COUNT(*) FROM "{table}"')).scalar() > 0
        with pytest.raises(IntegrityError, match="CHECK constraint failed"):
            connection.execute(sa.text(f'UPDATE "{table}" SET "{column}" = :v'), {"v": "bogus"})
        connection.rollback()


def test_orm_refuses_unknown_enum_string(db):
    with db.unit() as session:
        session.add(Contact(family_name="X", kind="alien"))
        with pytest.raises(StatementError) as error:
            session.flush()
    assert isinstance(error.value.orig, LookupError)


def test_enum_accepts_its_values_as_strings(db):
    with db.unit() as session:
        contact = Contact(kind="organisation", organisation_name="Chor")
        session.add(contact)
        session.commit()
    with db.unit() as session:
        assert session.get(Contact, contact.id).kind is ContactKind.ORGANISATION
