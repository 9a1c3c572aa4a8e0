"""The disclosure (GDPR Art. 15) covers every table that refers to a person, and shows it."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Base, MergeLog
from partnerdesk.messages import UserError
from partnerdesk.services import disclosure
from partnerdesk.services.disclosure import SECTIONS, VIA_PARTICIPATION
from partnerdesk.services.merge_references import contact_foreign_keys


def test_every_reference_to_a_person_is_covered():
    assert disclosure.uncovered() == set()
    assert set(SECTIONS) == contact_foreign_keys()
    assert set(VIA_PARTICIPATION) == disclosure.references_to("participation")


def test_a_reference_the_disclosure_does_not_know_stops_it(db, sample, monkeypatch):
    """What a new table referring to contacts would do: the disclosure refuses to run."""
    monkeypatch.delitem(SECTIONS, ("passport", "contact_id"))
    with pytest.raises(RuntimeError, match="passport"):
        disclosure.disclose(db, sample["olga"])
    monkeypatch.undo()
    monkeypatch.delitem(VIA_PARTICIPATION, ("participation_health", "participation_id"))
    assert disclosure.uncovered() == {("participation_health", "participation_id")}


def _all_disclosures(db) -> list[disclosure.Disclosure]:
    with db.unit() as session:
        ids = session.execute(sa.text("SELECT id FROM contact ORDER BY id")).scalars().all()
    return [disclosure.disclose(db, contact_id) for contact_id in ids]


def test_every_row_that_refers_to_a_person_is_in_their_disclosure(db, sample):
    """The sample has a row in every table: summed over everyone, each referring row is
    shown once for each person it refers to."""
    shown: Counter = Counter()
    for found in _all_disclosures(db):
        for section in found.sections:
            shown[section.key] += len(section.rows)
    tables = Base.metadata.tables
    with db.unit() as session:
        for (table, column), section in SECTIONS.items():
            if section is None:
                continue
            stored = session.execute(sa.select(sa.func.count()).select_from(tables[table])
                                     .where(tables[table].c[column].is_not(None))).scalar_one()
            assert stored > 0, f"the sample has no {table}.{column}"
            assert shown[section[0]] == stored, (table, column)
        for (table, _column), key in VIA_PARTICIPATION.items():
            stored = session.execute(sa.select(sa.func.count()).select_from(tables[table])
                                     ).scalar_one()
            assert shown[key] == stored, table
    assert shown["contact"] == len(_all_disclosures(db))


def _section(found: disclosure.Disclosure, key: str) -> list[dict]:
    return [dict(row) for section in found.sections if section.key == key
            for row in section.rows]


def test_a_guests_disclosure_holds_passport_health_and_stay(db, sample):
    olga = disclosure.disclose(db, sample["olga"])
    assert olga.display_name == "Щёкина, Ольга" and olga.native_name == "Щёкина, Ольга"
    person = _section(olga, "contact")[0]
    assert person["family_name_native"] == "Щёкина" and person["side"] == "partner"
    assert person["partner_town_id"] == "Welikije Luki"  # a foreign key shows a name
    assert "search_text" not in person and "id" not in person
    assert _section(olga, "passports") == [{"number": "75 1234567",
                                            "issued_on": date(2020, 1, 1),
                                            "expires_on": date(2030, 1, 1),
                                            "issuing_country": "RU"}]
    assert _section(olga, "health")[0]["allergies"] == "Nüsse"
    assert _section(olga, "health")[0]["participation_id"] == "Jugendaustausch 2025"
    assert _section(olga, "stays")[0]["host_id"] == "Schmidt, Anna"
    assert _section(olga, "participations")[0]["emergency_contact_id"] == "Schmidt, Anna"
    assert _section(olga, "correspondence")[0]["subject"] == "Einladung"


def test_rows_of_others_show_only_what_concerns_the_person(db, sample):
    anna = disclosure.disclose(db, sample["anna"])
    emergency = _section(anna, "emergency_contact_for")
    assert emergency == [{"exchange_id": "Jugendaustausch 2025", "contact_id": "Щёкина, Ольга",
                          "emergency_contact_name": "", "emergency_contact_phone": ""}]
    assert set(_section(anna, "exchanges_organised")[0]) == {"title", "start_date", "end_date",
                                                            "place"}
    assert _section(anna, "wards") == [{"ward_id": "Schmidt, Max", "relation": "Mutter"}]
    assert _section(anna, "consents_as_guardian")[0]["contact_id"] == "Schmidt, Max"
    assert _section(anna, "board") == [{"name": "Anna Schmidt", "function": "Vorsitzende",
                                        "signs": True}]
    merges = _section(anna, "merges")
    assert merges[0]["merged_name"] == "Schmidt, Anna"
    assert "family_name: Schmidt" in merges[0]["snapshot"]


def test_merges_are_followed_along_chains(db, sample):
    """Anna absorbed a contact that had absorbed another one before: both logs are hers."""
    with db.unit() as session:
        first = session.execute(sa.select(MergeLog)).scalar_one()
        session.add(MergeLog(survivor_id=0, survivor_uuid=first.merged_uuid, merged_id=0,
                             merged_uuid=uuid.UUID(int=2, version=4), merged_name="A. Schmidt",
                             snapshot={"email": "a.schmidt@example.org"}, choices={},
                             moved={}, folded={}))
        session.commit()
    merges = _section(disclosure.disclose(db, sample["anna"]), "merges")
    assert [m["merged_name"] for m in merges] == ["Schmidt, Anna", "A. Schmidt"]
    assert merges[1]["snapshot"] == "email: a.schmidt@example.org"
    assert _section(disclosure.disclose(db, sample["olga"]), "merges") == []


def test_unknown_contact_is_a_user_error(db):
    with pytest.raises(UserError, match="no contact with the id 4711"):
        disclosure.disclose(db, 4711)
