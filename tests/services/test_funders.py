"""Funder profiles: list, load, save with validation, delete while used, shipped examples."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Contact, FunderProfile
from partnerdesk.domain.enums import OrganisationKind
from partnerdesk.dto.grants import FunderProfileForm, FunderProfileRow
from partnerdesk.messages import UserError
from partnerdesk.services import funder_examples
from partnerdesk.services.demo import build_demo
from partnerdesk.services.funders import (
    delete_profile,
    install_examples,
    list_profiles,
    load_profile,
    save_profile,
)
from partnerdesk.services.grant_editing import funder_choices, profile_choices
from partnerdesk.storage.database import create_database


def _form(sample, **changes) -> FunderProfileForm:
    return replace(FunderProfileForm(funder_id=sample["funder"], programme=" Kulturaustausch ",
                                     min_age=16, max_age=30, daily_rate=Decimal("22.50")),
                   **changes)


def test_save_load_list_round_trip(db, sample):
    profile_id, version = save_profile(db, _form(sample, required_documents="Sachbericht"))
    loaded = load_profile(db, profile_id)
    assert loaded == _form(sample, id=profile_id, version=version, programme="Kulturaustausch",
                           required_documents="Sachbericht")
    assert list_profiles(db) == [
        FunderProfileRow(sample["funder_profile"], sample["funder"], "Stiftung Brücken",
                         "Jugendbegegnungen", False, 1),
        FunderProfileRow(profile_id, sample["funder"], "Stiftung Brücken", "Kulturaustausch",
                         False, 0)]
    _, version2 = save_profile(db, replace(loaded, max_age=None, retention_years=10))
    assert version2 == version + 1
    assert load_profile(db, profile_id).retention_years == 10
    with pytest.raises(UserError, match="changed elsewhere"):
        save_profile(db, replace(loaded, notes="alt"))
    with pytest.raises(UserError, match="no longer exists"):
        load_profile(db, 999)


@pytest.mark.parametrize(("change", "expected"), [
    ({"funder_id": None}, "Choose the funder"),
    ({"programme": " "}, "programme's name"),
    ({"programme": "Jugendbegegnungen"}, "already has a profile"),
    ({"min_age": 27, "max_age": 26}, "minimum age cannot be above"),
    ({"min_programme_days": -1}, "cannot be negative"),
    ({"retention_years": -5}, "cannot be negative"),
    ({"daily_rate": Decimal("-0.01")}, "daily rate"),
    ({"daily_rate": Decimal("12.345")}, "daily rate"),
    ({"currency": "Euro"}, "three-letter"),
    ({"funder_id": 999}, "funder no longer exists"),
])
def test_save_refused(db, sample, change, expected):
    with pytest.raises(UserError, match=expected):
        save_profile(db, _form(sample, **change))
    assert len(list_profiles(db)) == 1


def test_a_person_is_no_funder_and_the_same_programme_may_go_to_another_funder(db, sample):
    with pytest.raises(UserError, match="not a person"):
        save_profile(db, _form(sample, funder_id=sample["anna"]))
    profile_id, _ = save_profile(db, _form(sample, funder_id=sample["school"],
                                           programme="Jugendbegegnungen"))
    # renaming itself to its own name is no duplicate
    save_profile(db, replace(load_profile(db, profile_id), notes="ok"))


def test_delete_refused_while_used(db, sample):
    with pytest.raises(UserError, match=r"applications use it \(1\)"):
        delete_profile(db, sample["funder_profile"])
    profile_id, version = save_profile(db, _form(sample))
    with pytest.raises(UserError, match="changed elsewhere"):
        delete_profile(db, profile_id, version + 1)
    delete_profile(db, profile_id, version)
    assert [row.id for row in list_profiles(db)] == [sample["funder_profile"]]


def test_install_examples_on_an_empty_database_is_idempotent(db):
    added = install_examples(db)
    assert added == len(funder_examples.EXAMPLE_PROFILES) == 3
    assert install_examples(db) == 0
    rows = list_profiles(db)
    assert len(rows) == 3 and all(row.is_example for row in rows)
    assert {row.funder for row in rows} == {f[1] for f in funder_examples.EXAMPLE_FUNDERS}
    for row in rows:
        form = load_profile(db, row.id)
        assert form.is_example and "Beispiel" in form.notes and "Förderrichtlinie" in form.notes
        assert isinstance(form.daily_rate, Decimal)
    with db.unit() as session:
        funders = session.execute(sa.select(Contact)).scalars().all()
        assert len(funders) == 2
        assert all(f.organisation_kind == OrganisationKind.FUNDER and f.email == ""
                   and f.city for f in funders)
    assert [c.text for c in funder_choices(db)] == sorted(f[1] for f in
                                                         funder_examples.EXAMPLE_FUNDERS)
    assert len(profile_choices(db, rows[0].funder_id)) == 2  # the Landesstiftung's


def test_install_examples_reuses_funders_and_keeps_existing_profiles(db, sample):
    with db.unit() as session:
        drja = Contact(kind="organisation", organisation_kind="funder",
                       organisation_name=funder_examples.EXAMPLE_FUNDERS[0][1])
        session.add(drja)
        session.flush()
        session.add(FunderProfile(funder_id=drja.id, programme=funder_examples.
                                  EXAMPLE_PROFILES[0][1], daily_rate=Decimal("31.00")))
        session.commit()
        drja_id = drja.id
    assert install_examples(db) == 2
    with db.unit() as session:
        kept = session.execute(sa.select(FunderProfile).where(FunderProfile.funder_id == drja_id)
                               ).scalar_one()
        assert (kept.daily_rate, kept.is_example) == (Decimal("31.00"), False)  # user's edit
        names = session.execute(sa.select(Contact.organisation_name)
                                .where(Contact.organisation_kind == "funder")).scalars().all()
        assert sorted(names) == sorted(["Stiftung Brücken",
                                        *(f[1] for f in funder_examples.EXAMPLE_FUNDERS)])


def test_demo_profiles_are_the_examples(tmp_path):
    db = create_database(tmp_path / "demo.sqlite")
    try:
        build_demo(db)
        rows = list_profiles(db)
        names = {f[0]: f[1] for f in funder_examples.EXAMPLE_FUNDERS}
        assert [(r.funder, r.programme, r.is_example) for r in rows] == sorted(
            ((names[p[0]], p[1], True) for p in funder_examples.EXAMPLE_PROFILES),
            key=lambda row: (row[0].lower(), row[1].lower()))
        assert sum(r.applications for r in rows) == 3
        assert install_examples(db) == 0   # the demo's funders and profiles are found
    finally:
        db.close()
