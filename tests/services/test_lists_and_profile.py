"""Services on SQLite without Qt: contact paging and search, exchange counts, grant sums,
the association profile, the overview and maintenance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from partnerdesk.domain import (
    BudgetLine,
    Contact,
    ContactRoleAssignment,
    Exchange,
    GrantApplication,
    Milestone,
    Participation,
    PartnerTown,
    Payment,
    Receipt,
)
from partnerdesk.domain.enums import (
    BudgetCategory,
    BudgetSide,
    ContactKind,
    ContactRole,
    ExchangeDirection,
    ExchangeKind,
    MilestoneKind,
    ParticipationStatus,
    Side,
)
from partnerdesk.dto import AssociationProfileData, BoardMemberData
from partnerdesk.messages import UserError
from partnerdesk.services import association, contacts, exchanges, grants, maintenance, overview
from partnerdesk.storage.database import create_database


@pytest.fixture
def small_db(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERDESK_DATA_DIR", str(tmp_path / "data"))
    db = create_database(tmp_path / "small.sqlite")
    with db.unit() as s:
        town = PartnerTown(name="Wolgograd", name_native="Волгоград", country="RU")
        people = [
            Contact(
                given_name="Jürgen",
                family_name="Müller",
                city="Dresden",
                email="j.mueller@example.de",
                phone="0351 123 45",
            ),
            Contact(
                given_name="Pyotr",
                family_name="Semyonov",
                given_name_native="Пётр",
                family_name_native="Семёнов",
                side=Side.PARTNER,
                country="RU",
            ),
            Contact(given_name="Anna", family_name="Schmidt"),
            Contact(kind=ContactKind.ORGANISATION, organisation_name="Stiftung Beispiel"),
        ] + [Contact(given_name=f"Person{i:03d}", family_name="Zander") for i in range(30)]
        s.add_all(people + [town])
        s.flush()
        s.add(ContactRoleAssignment(contact_id=people[0].id, role=ContactRole.MEMBER))
        s.add(ContactRoleAssignment(contact_id=people[0].id, role=ContactRole.BOARD))
        trip = Exchange(
            title="Jugendbegegnung 2027",
            kind=ExchangeKind.YOUTH_EXCHANGE,
            direction=ExchangeDirection.INCOMING,
            start_date=date(2027, 7, 5),
            end_date=date(2027, 7, 14),
            partner_towns=[town],
        )
        s.add(trip)
        s.flush()
        s.add_all(
            [
                Participation(exchange_id=trip.id, contact_id=people[0].id, side=Side.HOME),
                Participation(exchange_id=trip.id, contact_id=people[1].id, side=Side.PARTNER),
                Participation(
                    exchange_id=trip.id,
                    contact_id=people[2].id,
                    side=Side.HOME,
                    status=ParticipationStatus.CANCELLED,
                ),
            ]
        )
        grant = GrantApplication(
            title="Förderung 2027",
            funder_id=people[3].id,
            amount_requested=Decimal("5000.00"),
            exchanges=[trip],
        )
        s.add(grant)
        s.flush()
        travel = BudgetLine(
            grant_id=grant.id,
            side=BudgetSide.COST,
            category=BudgetCategory.TRAVEL,
            planned=Decimal("3000.10"),
        )
        board = BudgetLine(
            grant_id=grant.id,
            side=BudgetSide.COST,
            category=BudgetCategory.BOARD,
            planned=Decimal("2000.20"),
        )
        income = BudgetLine(
            grant_id=grant.id,
            side=BudgetSide.INCOME,
            category=BudgetCategory.THIS_GRANT,
            planned=Decimal("5000.30"),
        )
        s.add_all([travel, board, income])
        s.flush()
        s.add_all(
            [
                Receipt(
                    grant_id=grant.id,
                    budget_line_id=travel.id,
                    number=1,
                    issued_on=date(2027, 7, 1),
                    amount=Decimal("0.10"),
                ),
                Receipt(
                    grant_id=grant.id,
                    budget_line_id=board.id,
                    number=2,
                    issued_on=date(2027, 7, 2),
                    amount=Decimal("0.20"),
                ),
                Payment(grant_id=grant.id, received_on=date(2027, 6, 1), amount=Decimal("2500.05")),
                Milestone(
                    grant_id=grant.id,
                    kind=MilestoneKind.PROOF_OF_USE,
                    title="VN",
                    due_on=date(2027, 10, 31),
                ),
                Milestone(
                    grant_id=grant.id,
                    kind=MilestoneKind.FUND_REQUEST,
                    title="done",
                    due_on=date(2027, 5, 1),
                    done_on=date(2027, 5, 1),
                ),
            ]
        )
        s.commit()
    yield db
    db.close()


def test_contacts_page_through_all_rows_in_name_order(small_db):
    seen, after = [], None
    while True:
        page = contacts.list_contacts(small_db, limit=7, after=after)
        seen.extend(page)
        if len(page) < 7:
            break
        after = (page[-1].sort_key, page[-1].id)
    assert len(seen) == contacts.count_contacts(small_db) == 34
    assert len({row.id for row in seen}) == 34
    keys = [row.sort_key for row in seen]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("müller", "Müller, Jürgen"),
        ("MÜLLER", "Müller, Jürgen"),
        ("семенов", "Semyonov, Pyotr"),
        ("Семёнов", "Semyonov, Pyotr"),
        ("пётр семёнов", "Semyonov, Pyotr"),
        ("35112345", "Müller, Jürgen"),
        ("example.de", "Müller, Jürgen"),
        ("stiftung", "Stiftung Beispiel"),
    ],
)
def test_contact_search(small_db, query, expected):
    rows = contacts.list_contacts(small_db, query)
    assert [row.display_name for row in rows] == [expected]
    assert contacts.count_contacts(small_db, query) == 1


def test_search_wildcards_are_literal(small_db):
    assert contacts.list_contacts(small_db, "%") == []
    assert contacts.list_contacts(small_db, "_") == []


def test_contact_rows_carry_roles_and_native_names(small_db):
    row = contacts.list_contacts(small_db, "müller")[0]
    assert row.roles == ("board", "member")
    semyonov = contacts.list_contacts(small_db, "semyonov")[0]
    assert semyonov.native_name == "Пётр Семёнов"


def test_exchange_counts_leave_out_cancelled(small_db):
    (row,) = exchanges.list_exchanges(small_db)
    assert row.participants_by_side == {"home": 1, "partner": 1}
    assert row.participants_by_status == {"registered": 2, "cancelled": 1}
    assert row.participants_total == 2
    assert row.partner_towns == ("Wolgograd",)
    assert exchanges.list_exchanges(small_db, "nothing like it") == []


def test_exchange_years_cover_every_year_an_exchange_touches(small_db, tmp_path):
    assert exchanges.exchange_years(small_db) == [2027]
    with small_db.unit() as s:
        s.add(Exchange(title="Silvester", kind=ExchangeKind.CITIZEN_TRIP,
                       direction=ExchangeDirection.OUTGOING,
                       start_date=date(2029, 12, 28), end_date=date(2030, 1, 3)))
        s.commit()
    assert exchanges.exchange_years(small_db) == [2030, 2029, 2027]
    for year in exchanges.exchange_years(small_db):
        assert exchanges.list_exchanges(small_db, year=year)
    empty = create_database(tmp_path / "empty.sqlite")
    try:
        assert exchanges.exchange_years(empty) == []
    finally:
        empty.close()


def test_grant_sums_are_exact_decimals(small_db):
    (row,) = grants.list_grants(small_db)
    assert row.planned_costs == Decimal("5000.30")
    assert row.actual_costs == Decimal("0.30")
    assert row.amount_received == Decimal("2500.05")
    assert all(isinstance(v, Decimal) for v in (row.planned_costs, row.actual_costs))
    assert row.next_milestone is not None and row.next_milestone.kind == "proof_of_use"
    assert row.funder == "Stiftung Beispiel"


def test_profile_round_trip_and_concurrent_change(small_db):
    empty = association.get_profile(small_db)
    assert empty.version == 0 and empty.name == ""
    data = AssociationProfileData(
        name="Partnerschaftsverein Musterstadt e.V.",
        city="Musterstadt",
        postal_code="01067",
        board=(BoardMemberData("Erika Muster", "Vorsitzende"), BoardMemberData("Max Muster")),
        logo=b"\x89PNG fake",
        logo_mime="image/png",
    )
    saved = association.save_profile(small_db, data)
    assert saved.version == 1 and saved.postal_code == "01067"
    assert [m.name for m in saved.board] == ["Erika Muster", "Max Muster"]
    again = association.save_profile(
        small_db,
        AssociationProfileData(
            **{**saved.__dict__, "board": (BoardMemberData("Max Muster", "Kassenwart"),)}
        ),
    )
    assert [m.function for m in again.board] == ["Kassenwart"]
    with pytest.raises(UserError, match="changed elsewhere"):
        association.save_profile(small_db, saved)  # stale version
    assert association.get_profile(small_db) == again


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": " "}, "needs a name"),
        ({"email": "kein-at"}, "e-mail"),
        ({"default_currency": "euro"}, "three-letter"),
        ({"country": "DEU"}, "two-letter"),
        ({"board": (BoardMemberData(""),)}, "board member"),
    ],
)
def test_profile_validation(small_db, changes, message):
    data = AssociationProfileData(**{"name": "Verein", **changes})
    with pytest.raises(UserError, match=message):
        association.save_profile(small_db, data)
    assert association.get_profile(small_db).version == 0


def test_overview(small_db):
    data = overview.overview(small_db, today=date(2027, 1, 1))
    assert (data.contacts, data.exchanges, data.grants) == (34, 1, 1)
    assert [e.title for e in data.upcoming] == ["Jugendbegegnung 2027"]
    assert overview.overview(small_db, today=date(2028, 1, 1)).upcoming == ()
    assert data.partner_towns[0].name_native == "Волгоград"


def test_backup_list_and_restore(small_db, tmp_path):
    written = maintenance.backup_now(small_db)
    assert written.exists()
    daily = maintenance.automatic_backup(small_db, date(2027, 3, 3))
    kinds = {b.kind for b in maintenance.list_backups(small_db)}
    assert {"manual", "daily", "weekly", "monthly"} <= kinds and daily.exists()
    with small_db.unit() as s:
        s.execute(sa.delete(Receipt))
        s.commit()
    small_db.close()
    safety = maintenance.restore(small_db.path, written)
    assert safety is not None and safety.exists()
    report = maintenance.check(small_db.path)
    assert report.counts["receipt"] == 2 and report.counts["contact"] == 34
