"""Fixtures shared by every test: an isolated data folder, a fresh database, sample data.

No test may touch the real user data folder: `data_dir` (autouse) points
`PARTNERDESK_DATA_DIR` at the test's own `tmp_path` and hides `PARTNERDESK_DB`.
"""

from __future__ import annotations

import os

# Headless by default: the suite runs the same on a desktop, a server and CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from partnerdesk.domain import (
    AssociationProfile,
    BoardMember,
    BudgetLine,
    Consent,
    Contact,
    ContactRoleAssignment,
    Correspondence,
    Exchange,
    FunderProfile,
    GrantApplication,
    GrantStatusChange,
    Guardianship,
    HostPlacement,
    HostProfile,
    Membership,
    MergeLog,
    Milestone,
    OrganisationLink,
    Participation,
    ParticipationHealth,
    PartnerTown,
    PartnerTownStatusChange,
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
    GrantStatus,
    MilestoneKind,
    OrganisationKind,
    PartnerTownStatus,
    Side,
)
from partnerdesk.storage import search_index
from partnerdesk.storage.database import Database, create_database, open_database


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder of this test: its own `tmp_path`, never the real home."""
    monkeypatch.setenv("PARTNERDESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("PARTNERDESK_DB", raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def _database_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Databases made once per run by `create_database` (one empty, one with `populate`).

    Creating and migrating a database takes ~0.1 s; tests get byte copies of these instead.
    """
    folder = tmp_path_factory.mktemp("templates")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERDESK_DATA_DIR", str(folder / "data"))
        empty = create_database(folder / "empty.sqlite")
        empty.close()
        filled = create_database(folder / "filled.sqlite")
        ids = populate(filled)
        filled.close()
    return {"empty": folder / "empty.sqlite", "filled": folder / "filled.sqlite", "ids": ids}


@pytest.fixture
def db(data_dir: Path, tmp_path: Path, _database_templates) -> Iterator[Database]:
    """A freshly created, empty PartnerDesk database in `tmp_path`, closed afterwards.

    It is a copy of a database made by `create_database` (Alembic migration) this run.
    """
    path = tmp_path / "partnerdesk.sqlite"
    shutil.copyfile(_database_templates["empty"], path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def populate(database: Database) -> dict[str, int]:
    """Put at least one row into every table; return the ids of the main records."""
    with database.unit() as session:
        profile = AssociationProfile(
            name="Partnerschaftsverein Musterstadt e.V.",
            board_members=[BoardMember(name="Anna Schmidt", function="Vorsitzende")],
        )
        town = PartnerTown(
            name="Welikije Luki",
            name_native="Великие Луки",
            country="RU",
            status_history=[PartnerTownStatusChange(status=PartnerTownStatus.ACTIVE,
                                                    since=date(1990, 5, 1))],
        )
        anna = Contact(given_name="Anna", family_name="Schmidt", email="anna@example.org")
        olga = Contact(given_name_native="Ольга", family_name_native="Щёкина",
                       side=Side.PARTNER, country="RU")
        kid = Contact(given_name="Max", family_name="Schmidt")
        school = Contact(kind=ContactKind.ORGANISATION, organisation_name="Gymnasium am Markt",
                         organisation_kind=OrganisationKind.SCHOOL)
        funder = Contact(kind=ContactKind.ORGANISATION, organisation_name="Stiftung Brücken",
                         organisation_kind=OrganisationKind.FUNDER)
        session.add_all([profile, town, anna, olga, kid, school, funder])
        session.flush()
        olga.partner_town_id = town.id
        anna.roles.append(ContactRoleAssignment(role=ContactRole.MEMBER))
        anna.memberships.append(Membership(number="M-001", joined_on=date(2010, 1, 1)))
        anna.host_profile = HostProfile(beds=2, languages="de, ru")
        exchange = Exchange(
            title="Jugendaustausch 2025", kind=ExchangeKind.YOUTH_EXCHANGE,
            direction=ExchangeDirection.INCOMING, start_date=date(2025, 7, 1),
            end_date=date(2025, 7, 10), organiser_id=anna.id,
            participant_fee=Decimal("150.00"), partner_towns=[town],
        )
        session.add(exchange)
        session.flush()
        guest = Participation(exchange=exchange, contact_id=olga.id, side=Side.PARTNER,
                              fee_due=Decimal("150.00"), emergency_contact_id=anna.id)
        pupil = Participation(exchange=exchange, contact_id=kid.id, side=Side.HOME)
        session.add_all([guest, pupil])
        guest.health = ParticipationHealth(allergies="Nüsse")
        exchange.programme_items.append(ProgrammeItem(
            day=date(2025, 7, 2), start_time=time(10), end_time=time(12),
            title="Empfang im Rathaus", title_native="Приём в ратуше", responsible_id=anna.id,
        ))
        session.flush()
        fund_profile = FunderProfile(funder_id=funder.id, programme="Jugendbegegnungen",
                                     daily_rate=Decimal("25.00"))
        session.add(fund_profile)
        session.flush()
        grant = GrantApplication(
            title="Antrag Jugendaustausch 2025", funder_id=funder.id,
            funder_profile_id=fund_profile.id, amount_requested=Decimal("2000.00"),
            exchanges=[exchange],
            status_history=[GrantStatusChange(status=GrantStatus.DRAFT,
                                              changed_on=date(2025, 1, 10))],
            milestones=[Milestone(kind=MilestoneKind.PROOF_OF_USE, due_on=date(2025, 12, 31))],
            payments=[Payment(received_on=date(2025, 6, 1), amount=Decimal("1000.00"))],
        )
        line = BudgetLine(side=BudgetSide.COST, category=BudgetCategory.TRAVEL,
                          planned=Decimal("1500.00"))
        grant.budget_lines.append(line)
        session.add(grant)
        session.flush()
        session.add_all([
            OrganisationLink(person_id=anna.id, organisation_id=school.id, function="Lehrerin"),
            Guardianship(ward_id=kid.id, guardian_id=anna.id, relation="Mutter"),
            PassportRecord(contact_id=olga.id, number="75 1234567", issued_on=date(2020, 1, 1),
                           expires_on=date(2030, 1, 1), issuing_country="RU"),
            Consent(contact_id=kid.id, purpose=ConsentPurpose.MINOR_TRAVEL,
                    exchange_id=exchange.id, given_by=ConsentGivenBy.GUARDIAN,
                    guardian_id=anna.id, given_on=date(2025, 5, 1)),
            Correspondence(contact_id=olga.id, partner_town_id=town.id, dated=date(2025, 3, 1),
                           direction=Direction.INCOMING, subject="Einladung"),
            HostPlacement(participation_id=guest.id, host_id=anna.id,
                          from_date=date(2025, 7, 1), to_date=date(2025, 7, 10)),
            Receipt(grant_id=grant.id, budget_line=line, number=1, issued_on=date(2025, 7, 1),
                    amount=Decimal("123.45"), original_amount=Decimal("12345.00"),
                    original_currency="RUB", exchange_rate=Decimal("0.010000"),
                    rate_date=date(2025, 7, 1)),
            MergeLog(survivor_id=anna.id, survivor_uuid=anna.uuid, merged_id=anna.id + 100,
                     merged_uuid=uuid.UUID(int=1, version=4), merged_name="Schmidt, Anna",
                     snapshot={"family_name": "Schmidt", "given_name": "Anna"}, choices={},
                     moved={"consents": 1}, folded={}),
        ])
        session.commit()
        return {
            "profile": profile.id, "town": town.id, "anna": anna.id, "olga": olga.id,
            "kid": kid.id, "school": school.id, "funder": funder.id, "exchange": exchange.id,
            "guest": guest.id, "pupil": pupil.id, "funder_profile": fund_profile.id,
            "grant": grant.id, "budget_line": line.id,
        }


@pytest.fixture
def sample(db: Database, _database_templates) -> dict[str, int]:
    """Fill `db` with one small association that has a row in every table; returns ids.

    The content is what `populate` writes (copied from a template for speed).
    """
    assert db.path is not None
    db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(_database_templates["filled"], db.path)
    search_index.forget(db.engine)  # the file under the engine changed: check its index again
    return dict(_database_templates["ids"])
