"""Participants: list with age at start, counts, add, change, cancel, remove, health data,
emergency contact and insurance, consents recorded for the exchange."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from partnerdesk.domain import Contact, HostPlacement, Participation, ParticipationHealth
from partnerdesk.dto.contact_form import ConsentData
from partnerdesk.dto.exchanges import HealthData, NewPerson
from partnerdesk.messages import UserError
from partnerdesk.services.participants import (
    add_participant,
    age_on,
    cancel_participant,
    counts,
    create_and_add,
    list_participants,
    load_health,
    record_consent,
    remove_participant,
    save_health,
    update_participation,
)


def _row(db, exchange_id, participation_id):
    return next(r for r in list_participants(db, exchange_id) if r.id == participation_id)


def _count(db, entity):
    with db.unit() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(entity))


@pytest.mark.parametrize("birth, day, age", [
    (date(2007, 7, 1), date(2025, 7, 1), 18),  # birthday on the start day counts
    (date(2007, 7, 2), date(2025, 7, 1), 17),
    (date(2008, 2, 29), date(2026, 2, 28), 17),  # 29 Feb: birthday on 1 March
    (date(2008, 2, 29), date(2026, 3, 1), 18),
    (date(2008, 2, 29), date(2028, 2, 29), 20),
])
def test_age_on(birth, day, age):
    assert age_on(birth, day) == age


def test_list_with_names_age_and_minor(db, sample):
    with db.unit() as session:
        session.get(Contact, sample["kid"]).birth_date = date(2007, 7, 2)
        session.get(Contact, sample["olga"]).birth_date = date(2007, 7, 1)
        session.commit()
    rows = {r.id: r for r in list_participants(db, sample["exchange"])}
    kid, olga = rows[sample["pupil"]], rows[sample["guest"]]
    assert (kid.name, kid.age_at_start, kid.minor) == ("Schmidt, Max", 17, True)
    assert (olga.native_name, olga.age_at_start, olga.minor) == ("Щёкина, Ольга", 18, False)
    assert olga.name == "Щёкина, Ольга"  # no Latin spelling yet: the native one
    assert olga.fee_due == Decimal("150.00") and olga.side == "partner"


def test_list_unknown_birth_date(db, sample):
    row = _row(db, sample["exchange"], sample["pupil"])
    assert row.age_at_start is None and row.minor is None


def test_counts_exclude_cancelled_except_per_status(db, sample):
    version = _row(db, sample["exchange"], sample["pupil"]).version
    cancel_participant(db, sample["pupil"], version)
    result = counts(db, sample["exchange"])
    assert result.by_side == {"partner": 1}
    assert result.by_role == {"participant": 1}
    assert result.by_status == {"registered": 1, "cancelled": 1}
    assert result.total == 1


def test_add_and_duplicate_refused(db, sample):
    pid = add_participant(db, sample["exchange"], sample["anna"], role="leader")
    row = _row(db, sample["exchange"], pid)
    assert (row.role, row.side, row.status) == ("leader", "home", "registered")
    with pytest.raises(UserError, match="already takes part"):
        add_participant(db, sample["exchange"], sample["anna"])
    with pytest.raises(UserError):
        add_participant(db, sample["exchange"], 999)
    with pytest.raises(UserError):
        add_participant(db, 999, sample["school"])
    with pytest.raises(UserError, match="Unknown value"):
        add_participant(db, sample["exchange"], sample["school"], role="boss")


def test_create_and_add_is_one_unit(db, sample):
    contact_id, pid = create_and_add(db, sample["exchange"], NewPerson(
        given_name_native="Иван", family_name_native="Петров", side="partner",
        birth_date=date(2010, 1, 1)), role="participant", status="confirmed")
    row = _row(db, sample["exchange"], pid)
    assert row.contact_id == contact_id and row.minor and row.side == "partner"
    with pytest.raises(UserError, match="needs a name"):
        create_and_add(db, sample["exchange"], NewPerson(given_name_native="Иван"))
    before = _count(db, Contact)
    with pytest.raises(UserError):  # unknown exchange: the new contact is not kept either
        create_and_add(db, 999, NewPerson(family_name="Neu"))
    assert _count(db, Contact) == before


def test_update_fields_and_locking(db, sample):
    row = _row(db, sample["exchange"], sample["pupil"])
    result = update_participation(db, row.id, {
        "arrives_on": date(2025, 7, 3), "departs_on": date(2025, 7, 8),
        "fee_paid": Decimal("75.00"), "signature_collected": True, "visa_status": "applied",
        "visa_applied_on": date(2025, 5, 1), "insurance": " ADAC ", "role": "interpreter",
        "emergency_contact_name": "Anna", "emergency_contact_phone": "0123"}, row.version)
    new = _row(db, sample["exchange"], row.id)
    assert new.version == result.version > row.version
    assert (new.arrives_on, new.departs_on, new.fee_paid) == (
        date(2025, 7, 3), date(2025, 7, 8), Decimal("75.00"))
    assert new.visa_status == "applied" and new.insurance == "ADAC" and new.signature_collected
    with pytest.raises(UserError, match="changed elsewhere"):
        update_participation(db, row.id, {"insurance": "x"}, row.version)


@pytest.mark.parametrize("changes, expected", [
    ({"arrives_on": date(2025, 6, 30)}, "within the exchange"),
    ({"departs_on": date(2025, 7, 11)}, "within the exchange"),
    ({"arrives_on": date(2025, 7, 5), "departs_on": date(2025, 7, 4)}, "before the arrival"),
    ({"fee_due": Decimal("-1")}, "Fees"),
    ({"fee_paid": 3.5}, "Fees"),
    ({"status": "gone"}, "Unknown value"),
])
def test_update_refused(db, sample, changes, expected):
    row = _row(db, sample["exchange"], sample["pupil"])
    with pytest.raises(UserError, match=expected):
        update_participation(db, row.id, changes, row.version)
    assert _row(db, sample["exchange"], row.id).version == row.version


def test_update_unknown_field_is_a_programming_error(db, sample):
    with pytest.raises(ValueError):
        update_participation(db, sample["pupil"], {"contact_id": 1}, 1)
    with pytest.raises(UserError):
        update_participation(db, 999, {}, 1)


def test_cancel_keeps_participation_and_reports_placements(db, sample):
    row = _row(db, sample["exchange"], sample["guest"])
    result = cancel_participant(db, row.id, row.version)
    assert [(p.host_id, p.from_date) for p in result.removed_placements] == [
        (sample["anna"], date(2025, 7, 1))]
    assert _row(db, sample["exchange"], row.id).status == "cancelled"
    assert _count(db, HostPlacement) == 0
    assert _count(db, ParticipationHealth) == 1  # health stays until removed or purged


def test_remove_deletes_health_and_placements(db, sample):
    row = _row(db, sample["exchange"], sample["guest"])
    with pytest.raises(UserError):
        remove_participant(db, row.id, row.version + 1)
    remove_participant(db, row.id, row.version)
    assert [r.id for r in list_participants(db, sample["exchange"])] == [sample["pupil"]]
    assert _count(db, HostPlacement) == 0 and _count(db, ParticipationHealth) == 0
    with pytest.raises(UserError):
        remove_participant(db, row.id, row.version)


def test_health_load_save_and_clear(db, sample):
    stored = load_health(db, sample["guest"])
    assert stored.allergies == "Nüsse" and stored.version >= 1
    assert "Nüsse" not in repr(stored)
    empty = load_health(db, sample["pupil"])
    assert empty == HealthData(sample["pupil"])
    saved = save_health(db, HealthData(sample["pupil"], allergies="Katzenhaare", diet="vegan"))
    assert load_health(db, sample["pupil"]) == saved and saved.version == 1
    with pytest.raises(UserError):
        save_health(db, HealthData(sample["pupil"], allergies="x"))  # stale: version 0
    cleared = save_health(db, HealthData(sample["pupil"], version=saved.version))
    assert cleared.version == 0 and load_health(db, sample["pupil"]) == HealthData(
        sample["pupil"])
    with pytest.raises(UserError):
        load_health(db, 999)


def test_deleting_a_participating_contact_is_refused_by_the_database(db, sample):
    with db.unit() as session, pytest.raises(IntegrityError):
        session.execute(sa.delete(Contact).where(Contact.id == sample["kid"]))
        session.commit()
    assert _count(db, Participation) == 2
    assert sample["pupil"] in [r.id for r in list_participants(db, sample["exchange"])]


def test_delete_contact_service_refuses_a_participant(db, sample):
    from partnerdesk.services.contact_editing import delete_contact, load_contact

    with pytest.raises(UserError):
        delete_contact(db, sample["kid"], load_contact(db, sample["kid"]).version)
    assert _row(db, sample["exchange"], sample["pupil"]).contact_id == sample["kid"]


def test_emergency_contact_and_insurance_are_edited_with_locking(db, sample):
    row = _row(db, sample["exchange"], sample["pupil"])
    result = update_participation(db, row.id, {
        "emergency_contact_id": sample["anna"], "emergency_contact_name": " Anna Schmidt ",
        "emergency_contact_phone": "0171 555", "insurance": " ADAC 12-34 "}, row.version)
    row = _row(db, sample["exchange"], sample["pupil"])
    assert (row.emergency_contact_id, row.emergency_contact_name, row.emergency_contact_phone,
            row.insurance) == (sample["anna"], "Anna Schmidt", "0171 555", "ADAC 12-34")
    assert row.version == result.version
    update_participation(db, row.id, {"emergency_contact_id": None}, row.version)
    assert _row(db, sample["exchange"], sample["pupil"]).emergency_contact_id is None
    with pytest.raises(UserError):
        update_participation(db, row.id, {"insurance": "x"}, row.version)  # stale


def _consents(db, contact_id):
    with db.unit() as session:
        return [(c.purpose.value, c.exchange_id, c.given_by.value, c.guardian_id,
                 c.guardian_name, c.given_on, c.channel.value)
                for c in session.get(Contact, contact_id).consents]


def test_record_consent_by_a_guardian_for_this_exchange(db, sample):
    before = _consents(db, sample["kid"])
    new_id = record_consent(db, sample["pupil"], ConsentData(
        purpose="photos", given_by="guardian", guardian_id=sample["anna"],
        given_on=date(2025, 6, 1), channel="email"))
    assert new_id
    added = [c for c in _consents(db, sample["kid"]) if c not in before]
    assert added == [("photos", sample["exchange"], "guardian", sample["anna"],
                      "Anna Schmidt", date(2025, 6, 1), "email")]
    record_consent(db, sample["guest"], ConsentData(
        purpose="medical_treatment", given_by="self", guardian_name="ignored",
        given_on=date(2025, 6, 2)))
    assert ("medical_treatment", sample["exchange"], "self", None, "", date(2025, 6, 2),
            "paper") in _consents(db, sample["olga"])
    record_consent(db, sample["pupil"], ConsentData(
        purpose="minor_travel", given_by="guardian", guardian_name=" Peter Schmidt ",
        given_on=date(2025, 6, 3)))
    assert ("minor_travel", sample["exchange"], "guardian", None, "Peter Schmidt",
            date(2025, 6, 3), "paper") in _consents(db, sample["kid"])


@pytest.mark.parametrize("consent, expected", [
    (ConsentData(purpose="photos", given_by="guardian", given_on=date(2025, 6, 1)),
     "guardian's name"),
    (ConsentData(purpose="photos", given_on=None), "date it was given"),
    (ConsentData(purpose="moon_travel", given_on=date(2025, 6, 1)), "moon_travel"),
])
def test_record_consent_refused(db, sample, consent, expected):
    before = _consents(db, sample["kid"])
    with pytest.raises(UserError) as error:
        record_consent(db, sample["pupil"], consent)
    assert expected in error.value.english()
    assert _consents(db, sample["kid"]) == before
    with pytest.raises(UserError):
        record_consent(db, 999, ConsentData(given_on=date(2025, 6, 1)))
