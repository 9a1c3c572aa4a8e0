"""The person and organisation form's service: load, validate, save whole, delete, passports."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Consent, Contact, ContactRoleAssignment, HostProfile, Membership
from partnerdesk.dto.contact_form import (
    ConsentData,
    ContactForm,
    CorrespondenceData,
    DeleteRefused,
    HostProfileData,
    LinkData,
    MembershipData,
    PassportData,
    PossibleDuplicates,
)
from partnerdesk.messages import UserError
from partnerdesk.services import contact_editing as editing
from partnerdesk.storage import search_index

TODAY = date(2025, 6, 1)


def _full_person(school_id: int, guardian_id: int) -> ContactForm:
    """A new person with every field and every list filled in."""
    return dataclasses.replace(
        editing.new_contact("person"),
        salutation="Herr", title="Dr.", given_name="Jurij", family_name="Schtscherbakow",
        given_name_native="Юрий", family_name_native="Щербаков",
        passport_given_name="IURII", passport_family_name="SHCHERBAKOV", gender="male",
        birth_date=date(2010, 2, 28), birth_place="Великие Луки", nationality="RU",
        languages="ru, de", side="partner", street="ул. Ленина 1", address_extra="кв. 5",
        postal_code="01234", city="Welikije Luki", country="RU", phone="0049 341 0012345",
        mobile="+7 911 000-00-01", email="jurij@example.ru", website="www.example.ru",
        notes="Spielt Geige.",
        roles=("member", "interpreter"),
        memberships=(MembershipData(None, "M-900", date(2020, 1, 1), date(2022, 12, 31), "x"),
                     MembershipData(None, "M-901", date(2024, 1, 1))),
        links=(LinkData(None, school_id, "", "Schüler"),),
        guardians=(LinkData(None, guardian_id, "", "Mutter"),),
        host_profile=HostProfileData(beds=3, pets="Katze", smoking=True, languages="ru",
                                     notes="Etagenbett"),
        consents=(
            ConsentData(None, "photos", "self", None, "", date(2025, 1, 2), "email", "v2"),
            ConsentData(None, "minor_travel", "guardian", guardian_id, "", date(2025, 1, 3),
                        "form", "v1", date(2025, 3, 1)),
        ),
        correspondence=(CorrespondenceData(None, date(2025, 2, 1), "outgoing", "Einladung",
                                           "Programm anbei", "/tmp/einladung.pdf"),),
    )


def _strip_ids(form: ContactForm) -> ContactForm:
    """`form` without what saving adds (ids, names of linked contacts, version)."""
    def rows(items, **extra):
        return tuple(dataclasses.replace(item, id=None, **extra) for item in items)
    return dataclasses.replace(
        form, id=None, version=0, memberships=rows(form.memberships),
        links=rows(form.links, other_name=""), guardians=rows(form.guardians, other_name=""),
        consents=rows(form.consents, guardian_name=""),
        correspondence=rows(form.correspondence))


def test_every_field_and_list_survives_a_round_trip(db, sample):
    form = _full_person(sample["school"], sample["anna"])
    result = editing.save_contact(db, form, today=TODAY)
    loaded = editing.load_contact(db, result.contact_id)
    assert loaded.version == result.version
    assert _strip_ids(loaded) == form
    assert loaded.postal_code == "01234" and loaded.phone == "0049 341 0012345"
    assert [link.other_name for link in loaded.links] == ["Gymnasium am Markt"]
    assert [g.other_name for g in loaded.guardians] == ["Schmidt, Anna"]
    assert loaded.consents[1].guardian_name == "Anna Schmidt"  # copied from the guardian
    assert editing.load_contact(db, sample["anna"]).wards[-1].other_name == "Schtscherbakow, Jurij"

    again = editing.save_contact(db, loaded, today=TODAY)  # unchanged: saved as it was
    assert again.version == loaded.version + 1
    assert dataclasses.replace(editing.load_contact(db, loaded.id), version=0) == \
        dataclasses.replace(loaded, version=0)


def test_an_organisation_round_trip_lists_its_people(db, sample):
    form = dataclasses.replace(editing.load_contact(db, sample["school"]),
                               organisation_kind="club", city="Musterstadt")
    assert [p.other_name for p in form.links] == ["Schmidt, Anna"]
    editing.save_contact(db, form, today=TODAY)
    loaded = editing.load_contact(db, sample["school"])
    assert (loaded.organisation_kind, loaded.city) == ("club", "Musterstadt")
    assert loaded.links == form.links


def _uuids(db, entity, contact_id):
    with db.unit() as session:
        query = sa.select(entity.id, entity.uuid).where(entity.contact_id == contact_id)
        return dict(session.execute(query).all())


def test_kept_child_rows_keep_their_uuids(db, sample):
    anna = sample["anna"]
    before = {e: _uuids(db, e, anna) for e in (Membership, ContactRoleAssignment, HostProfile)}
    form = editing.load_contact(db, anna)
    form = dataclasses.replace(
        form, roles=(*form.roles, "board"),
        memberships=(dataclasses.replace(form.memberships[0], notes="Gründungsmitglied"),
                     MembershipData(None, "M-002", date(2024, 5, 1))),
        host_profile=dataclasses.replace(form.host_profile, beds=4))
    editing.save_contact(db, form, today=TODAY)
    after = {e: _uuids(db, e, anna) for e in before}
    for entity, rows in before.items():
        assert all(after[entity][row_id] == uuid for row_id, uuid in rows.items()), entity
    assert len(after[Membership]) == 2 and len(after[ContactRoleAssignment]) == 2
    loaded = editing.load_contact(db, anna)
    assert loaded.memberships[0].notes == "Gründungsmitglied" and loaded.host_profile.beds == 4


def test_rows_left_out_of_the_form_are_deleted(db, sample):
    form = editing.load_contact(db, sample["anna"])
    editing.save_contact(db, dataclasses.replace(
        form, roles=(), memberships=(), links=(), host_profile=None), today=TODAY)
    loaded = editing.load_contact(db, sample["anna"])
    assert (loaded.roles, loaded.memberships, loaded.links, loaded.host_profile) == (
        (), (), (), None)


def test_a_stored_consent_is_never_deleted(db, sample):
    form = editing.load_contact(db, sample["kid"])
    assert form.consents and form.consents[0].exchange_title == "Jugendaustausch 2025"
    with pytest.raises(UserError, match="withdrawn"):
        editing.save_contact(db, dataclasses.replace(form, consents=()), today=TODAY)
    withdrawn = dataclasses.replace(form.consents[0], withdrawn_on=date(2025, 5, 20))
    editing.save_contact(db, dataclasses.replace(form, consents=(withdrawn,)), today=TODAY)
    assert editing.load_contact(db, sample["kid"]).consents[0].withdrawn_on == date(2025, 5, 20)


PERSON = ContactForm(given_name="Anna")


@pytest.mark.parametrize(("changes", "field"), [
    ({"given_name": "", "given_name_native": "Анна"}, "family_name"),
    ({"kind": "organisation"}, "organisation_name"),
    ({"email": "anna.example.org"}, "email"),
    ({"email": "anna@example.org; bad@"}, "email"),
    ({"website": "not a site"}, "website"),
    ({"birth_date": date(2025, 6, 2)}, "birth_date"),
    ({"birth_date": date(1905, 5, 31)}, "birth_date"),
    ({"country": "de"}, "country"),
    ({"nationality": "r"}, "nationality"),
    ({"postal_code": "1" * 21}, "postal_code"),
    ({"gender": "robot"}, "gender"),
    ({"memberships": (MembershipData(None, "", date(2020, 1, 1)),)}, "memberships"),
    ({"memberships": (MembershipData(None, "M-1", None),)}, "memberships"),
    ({"memberships": (MembershipData(None, "M-1", date(2020, 1, 2), date(2020, 1, 1)),)},
     "memberships"),
    ({"memberships": (MembershipData(None, "M-1", date(2020, 1, 1)),
                      MembershipData(None, "M-1", date(2021, 1, 1)))}, "memberships"),
    ({"consents": (ConsentData(given_by="guardian", given_on=date(2025, 1, 1)),)}, "consents"),
    ({"consents": (ConsentData(given_on=None),)}, "consents"),
    ({"consents": (ConsentData(given_on=date(2025, 1, 2), withdrawn_on=date(2025, 1, 1)),)},
     "consents"),
    ({"correspondence": (CorrespondenceData(dated=date(2025, 1, 1), subject=" "),)},
     "correspondence"),
    ({"correspondence": (CorrespondenceData(subject="Brief"),)}, "correspondence"),
    ({"host_profile": HostProfileData(beds=51)}, "host_profile"),
    ({"links": (LinkData(None, 0, "", ""),)}, "links"),
])
def test_validation_names_the_field(changes, field):
    problems = editing.validate_contact(dataclasses.replace(PERSON, **changes), TODAY)
    assert [p.field for p in problems] == [field]
    assert problems[0].error.context == "ContactEditing"


@pytest.mark.parametrize("changes", [
    {},
    {"given_name": "", "family_name_native": "Иванова"},
    {"birth_date": date(1905, 6, 1)},
    {"birth_date": TODAY},
    {"email": "anna@example.org, a.schmidt@example.de"},
    {"postal_code": "01067", "phone": "0351 0012", "country": ""},
    {"memberships": (MembershipData(None, "M-1", date(2020, 1, 1), date(2020, 1, 1)),)},
    {"consents": (ConsentData(given_by="guardian", guardian_name="Olga Petrowa",
                              given_on=date(2025, 1, 1)),)},
    {"kind": "organisation", "organisation_name": "Gymnasium", "given_name": ""},
])
def test_valid_forms_pass(changes):
    assert editing.validate_contact(dataclasses.replace(PERSON, **changes), TODAY) == []


def test_an_invalid_form_is_not_saved(db, sample):
    with pytest.raises(UserError, match="e-mail"):
        editing.save_contact(db, dataclasses.replace(PERSON, email="x"), today=TODAY)


def test_a_member_number_of_another_contact_is_refused(db, sample):
    form = dataclasses.replace(editing.load_contact(db, sample["kid"]),
                               memberships=(MembershipData(None, "M-001", date(2024, 1, 1)),))
    with pytest.raises(UserError, match="M-001 already belongs to Schmidt, Anna"):
        editing.save_contact(db, form, today=TODAY)


def test_a_concurrent_change_is_detected_and_nothing_is_written(db, sample):
    mine = editing.load_contact(db, sample["anna"])
    theirs = editing.load_contact(db, sample["anna"])
    editing.save_contact(db, dataclasses.replace(theirs, city="Leipzig"), today=TODAY)
    with pytest.raises(UserError, match="changed elsewhere"):
        editing.save_contact(db, dataclasses.replace(mine, city="Dresden", roles=()),
                             today=TODAY)
    now = editing.load_contact(db, sample["anna"])
    assert now.city == "Leipzig" and now.roles == ("member",)


def test_a_child_list_change_alone_moves_the_version_on(db, sample):
    form = editing.load_contact(db, sample["anna"])
    result = editing.save_contact(db, dataclasses.replace(form, roles=()), today=TODAY)
    assert result.version == form.version + 1
    with pytest.raises(UserError, match="changed elsewhere"):
        editing.save_contact(db, dataclasses.replace(form, roles=("press",)), today=TODAY)


def _count(db) -> int:
    with db.unit() as session:
        return session.execute(sa.select(sa.func.count(Contact.id))).scalar_one()


def test_a_new_possible_duplicate_asks_first_and_saves_when_confirmed(db, sample):
    form = dataclasses.replace(editing.new_contact("person"), given_name="Anna",
                               family_name="Schmidt", email="ANNA@example.org")
    before = _count(db)
    with pytest.raises(PossibleDuplicates) as raised:
        editing.save_contact(db, form, today=TODAY)
    assert [(m.contact_id, m.display_name) for m in raised.value.matches] == [
        (sample["anna"], "Schmidt, Anna")]
    assert "email" in raised.value.matches[0].reasons and raised.value.matches[0].score >= 60
    assert _count(db) == before

    result = editing.save_contact(db, dataclasses.replace(form, confirmed_not_duplicate=True),
                                  today=TODAY)
    assert _count(db) == before + 1
    assert sample["anna"] in [c.contact_id for c in result.duplicates]


def test_a_new_contact_unlike_others_is_saved_at_once(db, sample):
    form = dataclasses.replace(editing.new_contact("organisation"),
                               organisation_name="Chor Musterstadt")
    result = editing.save_contact(db, form, today=TODAY)
    assert result.duplicates == () and result.version == 1
    assert editing.load_contact(db, result.contact_id).organisation_name == "Chor Musterstadt"


def test_delete_is_refused_for_a_participant_naming_the_exchange(db, sample):
    olga = editing.load_contact(db, sample["olga"])
    with pytest.raises(DeleteRefused) as raised:
        editing.delete_contact(db, olga.id, olga.version)
    assert "Jugendaustausch 2025" in raised.value.english()
    assert raised.value.blockers == {"participations": ("Jugendaustausch 2025",)}
    assert editing.load_contact(db, olga.id).id == olga.id


@pytest.mark.parametrize(("who", "kinds"), [
    ("anna", {"host_placements"}),
    ("funder", {"funder_profiles", "grant_applications"}),
])
def test_delete_is_refused_for_hosts_and_funders(db, sample, who, kinds):
    form = editing.load_contact(db, sample[who])
    with pytest.raises(DeleteRefused) as raised:
        editing.delete_contact(db, form.id, form.version)
    assert set(raised.value.blockers) == kinds


def test_a_plain_contact_is_deleted_with_its_own_data(db, sample):
    form = dataclasses.replace(_full_person(sample["school"], sample["anna"]), roles=())
    saved = editing.save_contact(db, form, today=TODAY)
    editing.save_passports(db, saved.contact_id, [PassportData(None, "75 0000001")])
    with pytest.raises(UserError, match="changed elsewhere"):
        editing.delete_contact(db, saved.contact_id, saved.version - 1)
    editing.delete_contact(db, saved.contact_id, saved.version)
    with pytest.raises(UserError, match="no longer exists"):
        editing.load_contact(db, saved.contact_id)
    with db.unit() as session:
        left = session.execute(sa.select(sa.func.count(Membership.id)).where(
            Membership.number.in_(["M-900", "M-901"]))).scalar_one()
    assert left == 0 and editing.load_passports(db, saved.contact_id) == ()


def test_passports_are_loaded_and_saved_on_their_own(db, sample):
    olga = sample["olga"]
    assert not hasattr(editing.load_contact(db, olga), "passports")
    (stored,) = editing.load_passports(db, olga)
    assert (stored.number, stored.issuing_country) == ("75 1234567", "RU")
    new = PassportData(None, "76 7654321", date(2030, 1, 1), date(2040, 1, 1), "RU")
    saved = editing.save_passports(db, olga, [dataclasses.replace(stored, issuing_country="BY"),
                                              new])
    assert [p.number for p in saved] == ["75 1234567", "76 7654321"]
    assert (saved[0].id, saved[0].version) == (stored.id, stored.version + 1)
    assert editing.load_passports(db, olga) == saved
    with pytest.raises(UserError, match="changed elsewhere"):
        editing.save_passports(db, olga, [stored])          # an old version
    with pytest.raises(UserError, match="expire after"):
        editing.save_passports(db, olga, [dataclasses.replace(new, expires_on=new.issued_on)])
    with pytest.raises(UserError, match="number"):
        editing.save_passports(db, olga, [PassportData(None, " ")])
    with pytest.raises(UserError, match="person"):
        editing.save_passports(db, sample["school"], [new])
    editing.save_passports(db, olga, [])
    assert editing.load_passports(db, olga) == ()


def test_a_guardian_consent_keeps_the_name_after_the_guardian_is_deleted(db, sample):
    mother = editing.save_contact(db, dataclasses.replace(
        editing.new_contact(), given_name="Irina", family_name="Sokolowa"), today=TODAY)
    child = editing.save_contact(db, dataclasses.replace(
        editing.new_contact(), given_name="Mascha", family_name="Sokolowa",
        birth_date=date(2012, 4, 1),
        guardians=(LinkData(None, mother.contact_id, "", "Mutter"),),
        consents=(ConsentData(None, "minor_travel", "guardian", mother.contact_id, "",
                              date(2025, 5, 1)),)), today=TODAY)
    editing.delete_contact(db, mother.contact_id, mother.version)
    form = editing.load_contact(db, child.contact_id)
    (consent,) = form.consents
    assert (consent.guardian_id, consent.guardian_name) == (None, "Irina Sokolowa")
    assert form.guardians == ()
    with db.unit() as session:
        stored = session.get(Consent, consent.id)
        assert stored.guardian_name == "Irina Sokolowa"
    editing.save_contact(db, form, today=TODAY)  # still valid without the guardian contact


def test_the_pickers_search_people_and_organisations(db, sample):
    search_index.forget(db.engine)  # `sample` replaced the file under the open database
    assert [r.id for r in editing.search_organisations(db, "gymn")] == [sample["school"]]
    assert editing.search_organisations(db, "Schmidt") == []
    people = {r.id for r in editing.search_people(db, "Schmidt")}
    assert people == {sample["anna"], sample["kid"]}
    assert [t.name for t in editing.partner_town_choices(db)] == ["Welikije Luki"]


def test_new_contact_defaults_and_unknown_kind():
    form = editing.new_contact("person")
    assert (form.id, form.country, form.side, form.gender, form.version) == (
        None, "DE", "home", "unknown", 0)
    with pytest.raises(UserError):
        editing.new_contact("robot")
