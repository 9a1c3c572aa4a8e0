"""Merging two contacts on SQLite without Qt: every reference moves, nothing is lost."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from partnerdesk.domain import (
    Base,
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
    Membership,
    MergeLog,
    OrganisationLink,
    Participation,
    ParticipationHealth,
    PassportRecord,
    ProgrammeItem,
)
from partnerdesk.domain.enums import (
    ConsentGivenBy,
    ConsentPurpose,
    ContactKind,
    ContactRole,
    Direction,
    ExchangeDirection,
    ExchangeKind,
    Gender,
    ParticipationStatus,
    Side,
)
from partnerdesk.domain.search_text import contact_search_text
from partnerdesk.dto.duplicates import REFERENCE_LABELS
from partnerdesk.messages import UserError
from partnerdesk.services.duplicates import find_duplicates_for
from partnerdesk.services.merge import MERGE_FIELDS, merge_contacts, merge_preview
from partnerdesk.services.merge_references import HANDLED, contact_foreign_keys

D = date(2025, 7, 1)


def add(db, *rows) -> list[int]:
    with db.unit() as session:
        session.add_all(rows)
        session.commit()
        return [row.id for row in rows]


def versions(db, *ids: int) -> tuple[int, ...]:
    with db.unit() as session:
        return tuple(session.get(Contact, i).version for i in ids)


def count(db, table: str, column: str, value: int) -> int:
    t = Base.metadata.tables[table]
    with db.engine.connect() as connection:
        return connection.execute(
            sa.select(sa.func.count()).select_from(t).where(t.c[column] == value)).scalar_one()


def merge(db, keep: int, gone: int, choices: dict | None = None):
    return merge_contacts(db, keep, gone, choices or {}, versions(db, keep, gone))


# ------------------------------------------------------------------------ the guard


def test_merge_handles_every_foreign_key_to_contact():
    """A new column referring to a contact must be taught to the merge (merge_references)."""
    assert contact_foreign_keys() == set(HANDLED)
    assert {kind for kind in HANDLED.values() if kind} == set(REFERENCE_LABELS)


def test_merge_refuses_to_run_with_an_unknown_reference(db, sample, monkeypatch):
    keep, gone = add(db, Contact(family_name="Eins"), Contact(family_name="Zwei"))
    monkeypatch.delitem(HANDLED, ("passport", "contact_id"))
    with pytest.raises(RuntimeError, match="passport"):
        merge(db, keep, gone)
    assert count(db, "contact", "id", gone) == 1


# -------------------------------------------------------- every reference ends on the survivor


def _references(s: dict[str, int], gone: int) -> dict[tuple[str, str], Callable[[], object]]:
    """One row in every table, pointing at `gone` through each foreign key to a contact."""
    ex, guest, pupil = s["exchange"], s["guest"], s["pupil"]
    return {
        ("contact_role", "contact_id"): lambda: ContactRoleAssignment(
            contact_id=gone, role=ContactRole.VOLUNTEER),
        ("membership", "contact_id"): lambda: Membership(
            contact_id=gone, number="M-900", joined_on=D),
        ("organisation_link", "person_id"): lambda: OrganisationLink(
            person_id=gone, organisation_id=s["school"], function="Elternbeirat"),
        ("organisation_link", "organisation_id"): lambda: OrganisationLink(
            person_id=s["anna"], organisation_id=gone, function="Kontakt"),
        ("guardianship", "ward_id"): lambda: Guardianship(ward_id=gone, guardian_id=s["anna"]),
        ("guardianship", "guardian_id"): lambda: Guardianship(ward_id=s["kid"], guardian_id=gone),
        ("host_profile", "contact_id"): lambda: HostProfile(contact_id=gone, beds=3),
        ("passport", "contact_id"): lambda: PassportRecord(contact_id=gone, number="C01X00T47"),
        ("consent", "contact_id"): lambda: Consent(
            contact_id=gone, purpose=ConsentPurpose.PHOTOS, given_on=D),
        ("consent", "guardian_id"): lambda: Consent(
            contact_id=s["kid"], purpose=ConsentPurpose.PHOTOS, given_on=D,
            given_by=ConsentGivenBy.GUARDIAN, guardian_id=gone),
        ("correspondence", "contact_id"): lambda: Correspondence(
            contact_id=gone, dated=D, direction=Direction.INCOMING, subject="Anfrage"),
        ("participation", "contact_id"): lambda: Participation(
            exchange_id=ex, contact_id=gone, side=Side.HOME),
        ("participation", "emergency_contact_id"): None,  # set on the pupil below
        ("host_placement", "host_id"): lambda: HostPlacement(
            participation_id=guest, host_id=gone, from_date=date(2025, 7, 11),
            to_date=date(2025, 7, 12)),
        ("programme_item", "responsible_id"): lambda: ProgrammeItem(
            exchange_id=ex, day=D, title="Stadtführung", responsible_id=gone),
        ("exchange", "organiser_id"): lambda: Exchange(
            title="Chorreise", kind=ExchangeKind.CULTURAL, direction=ExchangeDirection.OUTGOING,
            start_date=D, end_date=D, organiser_id=gone),
        ("funder_profile", "funder_id"): lambda: FunderProfile(funder_id=gone, programme="Kultur"),
        ("grant_application", "funder_id"): lambda: GrantApplication(
            title="Antrag Chorreise", funder_id=gone),
        "pupil": lambda: pupil,
    }


def test_every_reference_ends_on_the_survivor_and_in_the_log(db, sample):
    keep, gone = add(db, Contact(given_name="Petra", family_name="Lorenz"),
                     Contact(given_name="Petra", family_name="Lorenz", email="pl@example.org"))
    factories = _references(sample, gone)
    assert set(factories) - {"pupil"} == set(HANDLED) - {("contact_match_key", "contact_id")}
    with db.unit() as session:
        session.add_all(f() for key, f in factories.items() if f and key != "pupil")
        session.get(Participation, sample["pupil"]).emergency_contact_id = gone
        session.commit()
    columns = [key for key in HANDLED if key[0] != "contact_match_key"]
    before = {key: (count(db, *key, keep), count(db, *key, gone)) for key in columns}
    assert all(theirs == 1 for _, theirs in before.values())

    result = merge(db, keep, gone)

    for key in columns:
        mine, theirs = before[key]
        assert (count(db, *key, keep), count(db, *key, gone)) == (mine + theirs, 0), key
    assert count(db, "contact", "id", gone) == 0
    assert count(db, "contact_match_key", "contact_id", gone) == 0
    expected = dict.fromkeys(REFERENCE_LABELS, 0)
    for key, (_, theirs) in before.items():
        expected[HANDLED[key]] += theirs
    assert result.moved == expected and result.folded == {}
    with db.unit() as session:
        log = session.get(MergeLog, result.log_id)
        survivor = session.get(Contact, keep)
        assert (log.survivor_id, log.survivor_uuid, log.moved) == (keep, survivor.uuid, expected)
        assert str(log.merged_uuid) == result.merged_uuid and log.merged_id == gone
        assert log.snapshot["email"] == "pl@example.org" and log.merged_name == "Lorenz, Petra"
        assert survivor.email == "pl@example.org" and survivor.version == result.survivor_version
        assert "C01X00T47" not in json.dumps([log.snapshot, log.folded, log.moved])


# ------------------------------------------------------------ rows the survivor has already


@pytest.fixture
def twins(db, sample) -> dict[str, int]:
    """Two records of one person, each with the same kind of data, one exchange for both."""
    keep, gone = add(db, Contact(given_name="Jana", family_name="Krause"),
                     Contact(given_name="Jana", family_name="Krause"))
    ex = sample["exchange"]
    mine = Participation(exchange_id=ex, contact_id=keep, side=Side.HOME, notes="Zimmer mit Lea",
                         status=ParticipationStatus.INTERESTED,
                         health=ParticipationHealth(allergies="Laktose"))
    theirs = Participation(exchange_id=ex, contact_id=gone, side=Side.HOME, notes="Vegetarisch",
                           status=ParticipationStatus.CONFIRMED, fee_paid=Decimal("150.00"),
                           signature_collected=True, health=ParticipationHealth(
                               allergies="Nüsse", medication="Asthmaspray"))
    mine_id, theirs_id = add(db, mine, theirs)
    keep_profile, gone_profile = add(db, FunderProfile(funder_id=keep, programme="Jugend"),
                                     FunderProfile(funder_id=gone, programme="Jugend"))
    grant, = add(db, GrantApplication(title="Antrag", funder_id=gone,
                                      funder_profile_id=gone_profile))
    add(db,
        ContactRoleAssignment(contact_id=keep, role=ContactRole.MEMBER),
        ContactRoleAssignment(contact_id=gone, role=ContactRole.MEMBER),
        ContactRoleAssignment(contact_id=gone, role=ContactRole.HOST_FAMILY),
        OrganisationLink(person_id=keep, organisation_id=sample["school"], function="Mutter"),
        OrganisationLink(person_id=gone, organisation_id=sample["school"], function="Mutter"),
        Guardianship(ward_id=gone, guardian_id=keep),  # would now be her own guardian
        HostProfile(contact_id=keep, beds=2), HostProfile(contact_id=gone, beds=4, pets="Katze"),
        HostPlacement(participation_id=mine_id, host_id=sample["anna"], from_date=D,
                      to_date=date(2025, 7, 4)),
        HostPlacement(participation_id=theirs_id, host_id=sample["anna"], from_date=D,
                      to_date=date(2025, 7, 3)),
        HostPlacement(participation_id=theirs_id, host_id=sample["anna"],
                      from_date=date(2025, 7, 5), to_date=date(2025, 7, 10)))
    return {"keep": keep, "gone": gone, "mine": mine_id, "theirs": theirs_id, "grant": grant,
            "keep_profile": keep_profile, "exchange": ex}


def test_rows_the_survivor_has_already_are_folded_into_its_own(db, twins):
    result = merge(db, twins["keep"], twins["gone"])
    assert result.folded == {"roles": 1, "organisation_links": 1, "guardianships": 1,
                             "host_profile": 1, "participations": 1, "host_placements": 1,
                             "funder_profiles": 1}
    assert result.moved["roles"] == 1 and result.moved["participations"] == 0
    with db.unit() as session:
        keep = twins["keep"]
        roles = session.execute(sa.select(ContactRoleAssignment.role).where(
            ContactRoleAssignment.contact_id == keep)).scalars().all()
        assert sorted(roles) == [ContactRole.HOST_FAMILY, ContactRole.MEMBER]
        assert session.execute(sa.select(sa.func.count(Guardianship.id)).where(
            Guardianship.ward_id == keep)).scalar() == 0
        assert session.execute(sa.select(HostProfile.beds).where(
            HostProfile.contact_id == keep)).scalar_one() == 2
        grant = session.get(GrantApplication, twins["grant"])
        assert (grant.funder_id, grant.funder_profile_id) == (keep, twins["keep_profile"])
        log = session.get(MergeLog, result.log_id)
        assert log.folded["host_profile"][0]["pets"] == "Katze"  # the log keeps what was folded
        assert "Nüsse" not in json.dumps(log.folded) and "Asthma" not in json.dumps(log.folded)


def test_participations_in_the_same_exchange_become_one(db, twins):
    merge(db, twins["keep"], twins["gone"])
    with db.unit() as session:
        rows = session.execute(sa.select(Participation).where(
            Participation.contact_id == twins["keep"])).scalars().all()
        assert [p.id for p in rows] == [twins["mine"]]
        p = rows[0]
        assert p.status == ParticipationStatus.CONFIRMED  # the stronger status wins
        assert p.fee_paid == Decimal("150.00") and p.signature_collected
        assert p.notes == "Zimmer mit Lea\n\nVegetarisch"
        assert (p.health.allergies, p.health.medication) == ("Laktose; Nüsse", "Asthmaspray")
        assert session.execute(sa.select(sa.func.count(ParticipationHealth.id))).scalar() == 2
        stays = session.execute(sa.select(HostPlacement.from_date, HostPlacement.to_date).where(
            HostPlacement.participation_id == p.id).order_by(HostPlacement.from_date)).all()
        assert stays == [(D, date(2025, 7, 4)), (date(2025, 7, 5), date(2025, 7, 10))]
        assert session.get(Participation, twins["theirs"]) is None


# ------------------------------------------------------------------------------ fields


def test_fields_default_to_the_survivors_and_fill_its_gaps(db, sample):
    keep, gone = add(db,
                     Contact(given_name="Anna", family_name="Schmidt", phone="0341 111",
                             notes="Mitglied seit 2010"),
                     Contact(given_name="Anne", family_name="Schmidt", phone="0341 222",
                             email="anne@example.org", gender=Gender.FEMALE,
                             birth_date=date(1970, 3, 4), notes="Aus dem Import",
                             partner_town_id=sample["town"]))
    preview = merge_preview(db, keep, gone)
    fields = {f.name: f for f in preview.fields}
    assert set(fields) == set(MERGE_FIELDS) and "search_text" not in fields
    assert fields["birth_date"].other_value == "04.03.1970"
    assert fields["partner_town_id"].other_value == "Welikije Luki"
    assert fields["gender"].other_value == "female" and fields["gender"].default == "other"
    assert fields["phone"].default == "survivor" and fields["email"].default == "other"
    assert fields["notes"].default == "both" and not fields["family_name"].differs

    result = merge_contacts(db, keep, gone, {"given_name": "other"}, preview.expected_versions)
    with db.unit() as session:
        survivor = session.get(Contact, keep)
        assert (survivor.given_name, survivor.phone, survivor.email, survivor.gender) == (
            "Anne", "0341 111", "anne@example.org", Gender.FEMALE)
        assert survivor.birth_date == date(1970, 3, 4)
        assert survivor.notes == "Mitglied seit 2010\n\nAus dem Import"
        values = {c.key: getattr(survivor, c.key) for c in Contact.__table__.columns}
        assert survivor.search_text == contact_search_text(values)  # the ORM events ran
        log = session.get(MergeLog, result.log_id)
        assert log.choices == {"given_name": "other", "phone": "survivor", "email": "other",
                               "gender": "other", "birth_date": "other", "notes": "both",
                               "partner_town_id": "other"}
        assert log.snapshot["given_name"] == "Anne" and log.snapshot["birth_date"] == "1970-03-04"
        assert "search_text" not in log.snapshot


def test_unknown_choices_are_a_programming_error(db, sample):
    with pytest.raises(ValueError):
        merge_contacts(db, sample["anna"], sample["kid"], {"search_text": "other"}, (1, 1))
    with pytest.raises(ValueError):
        merge_contacts(db, sample["anna"], sample["kid"], {"email": "both"}, (1, 1))


def test_the_merged_contact_is_no_longer_found_and_the_survivor_is(db, sample):
    keep, gone = add(db, Contact(given_name="Olga", family_name="Iwanowa"),
                     Contact(given_name_native="Ольга", family_name_native="Иванова",
                             email="olga@example.ru"))
    merge(db, keep, gone)
    with db.unit() as session:
        found = find_duplicates_for(session, {"family_name": "Ivanova", "given_name": "Olga",
                                              "email": "OLGA@example.ru"})
    assert [(c.contact_id, c.reasons) for c in found] == [(keep, ("name", "email"))]


# ----------------------------------------------------------------------------- refusals


def test_a_contact_changed_since_the_preview_is_not_merged(db, twins):
    preview = merge_preview(db, twins["keep"], twins["gone"])
    with db.unit() as session:
        session.get(Contact, twins["gone"]).city = "Leipzig"
        session.commit()
    with pytest.raises(UserError) as raised:
        merge_contacts(db, twins["keep"], twins["gone"], {}, preview.expected_versions)
    assert raised.value.context == "Duplicates" and "changed elsewhere" in raised.value.english()
    assert count(db, "contact", "id", twins["gone"]) == 1
    assert count(db, "participation", "contact_id", twins["gone"]) == 1
    assert versions(db, twins["keep"]) == (preview.survivor_version,)


@pytest.mark.parametrize(("pair", "message"), [
    (("anna", "anna"), "itself"),
    (("anna", None), "no longer exists"),
    (("anna", "school"), "person and an organisation"),
])
def test_impossible_merges_are_refused(db, sample, pair, message):
    keep, gone = (sample[k] if k else 999_999 for k in pair)
    with pytest.raises(UserError, match=message):
        merge_contacts(db, keep, gone, {}, (1, 1))
    with pytest.raises(UserError, match=message):
        merge_preview(db, keep, gone)


def test_preview_counts_the_references_of_each_side(db, sample):
    preview = merge_preview(db, sample["anna"], sample["kid"])
    assert preview.survivor_name == "Schmidt, Anna" and preview.other_name == "Schmidt, Max"
    mine, theirs = preview.survivor_references, preview.other_references
    assert (mine["roles"], mine["memberships"], mine["host_profile"]) == (1, 1, 1)
    assert (mine["exchanges_organised"], mine["emergency_contact_for"]) == (1, 1)
    assert (mine["host_placements"], mine["programme_items"]) == (1, 1)
    assert (mine["consents_as_guardian"], mine["guardianships"]) == (1, 1)
    assert (theirs["participations"], theirs["consents"], theirs["guardianships"]) == (1, 1, 1)


def test_organisations_merge_with_their_people_and_grants(db, sample):
    copy, = add(db, Contact(kind=ContactKind.ORGANISATION, organisation_name="Stiftung Bruecken",
                            email="info@stiftung.example"))
    add(db, GrantApplication(title="Zweiter Antrag", funder_id=copy),
        OrganisationLink(person_id=sample["anna"], organisation_id=copy, function="Gutachterin"))
    result = merge(db, sample["funder"], copy)
    assert (result.moved["organisation_links"], result.moved["grant_applications"]) == (1, 1)
    assert count(db, "grant_application", "funder_id", sample["funder"]) == 2
