"""All or nothing: one transaction, cancel, dry run, duplicates, merges and member numbers."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from import_helpers import contact_by_id, contact_count, contacts_by_family

from partnerdesk.domain import Contact
from partnerdesk.services import imports
from partnerdesk.services.imports import staging
from partnerdesk.services.imports.matching import LocalMatcher, matcher


def _people_csv(tmp_path, count: int, extra: str = "") -> object:
    path = tmp_path / "people.csv"
    lines = ["Vorname;Nachname;E-Mail;Ort"]
    lines += [f"Given{i};Family{i};p{i}@example.org;Town{i % 7}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(imports, "CHUNK_ROWS", 10)


def test_an_error_midway_imports_nothing(db, tmp_path, monkeypatch, small_chunks):
    path = _people_csv(tmp_path, 50)
    real, calls = staging.stage_row, []

    def failing(row, plan, **kw):
        calls.append(row.line)
        if len(calls) == 35:
            raise RuntimeError("disk on fire")
        return real(row, plan, **kw)

    monkeypatch.setattr(staging, "stage_row", failing)
    with pytest.raises(RuntimeError):
        imports.run_import(db, path)
    assert len(calls) == 35  # three chunks had been inserted already
    assert contact_count(db) == 0


def test_a_database_error_midway_imports_nothing(db, tmp_path, monkeypatch, small_chunks):
    path = _people_csv(tmp_path, 50)
    real, calls = staging._insert_extras, []

    def failing(*args):
        calls.append(1)
        if len(calls) == 3:
            raise sa.exc.OperationalError("INSERT", {}, Exception("database is locked"))
        return real(*args)

    monkeypatch.setattr(staging, "_insert_extras", failing)
    with pytest.raises(sa.exc.OperationalError):
        imports.run_import(db, path)
    assert contact_count(db) == 0


def test_cancel_imports_nothing(db, tmp_path, small_chunks):
    path = _people_csv(tmp_path, 50)
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    result = imports.run_import(db, path, cancel=cancel)
    assert result.cancelled and result.imported == 0 and result.rows_read == 30
    assert contact_count(db) == 0


def test_progress_that_raises_rolls_back(db, tmp_path, small_chunks):
    path = _people_csv(tmp_path, 50)
    seen = []

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        imports.run_import(db, path, progress=progress)
    assert contact_count(db) == 0
    assert seen[0][1] == path.stat().st_size and 0 < seen[0][0] <= seen[0][1]


def test_progress_reaches_the_end(db, tmp_path, small_chunks):
    path = _people_csv(tmp_path, 25)
    seen = []
    imports.run_import(db, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (path.stat().st_size, path.stat().st_size)


def test_dry_run_reports_the_same_and_saves_nothing(db, tmp_path, small_chunks):
    path = _people_csv(tmp_path, 30, "Bad;Date;;;\nX;Y;p3@example.org;Z\n")
    path.write_text(path.read_text().replace("Vorname;Nachname;E-Mail;Ort",
                                             "Vorname;Nachname;E-Mail;Ort;Geburtsdatum")
                    .replace("Bad;Date;;;", "Bad;Date;;;31.02.2000"))
    dry = imports.run_import(db, path, dry_run=True)
    assert contact_count(db) == 0
    real = imports.run_import(db, path)
    assert contact_count(db) == real.imported == dry.imported == 30
    assert dry.dry_run and not real.dry_run
    assert dry.rejected == real.rejected and len(dry.rejected) == 1
    assert [(d.line, d.reason, d.within_file) for d in dry.duplicates] == [
        (d.line, d.reason, d.within_file) for d in real.duplicates] == [(33, "email", True)]
    assert dry.duplicates[0].contact_id is None and real.duplicates[0].contact_id is not None


def test_existing_contact_with_the_same_email_is_flagged(db, sample, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("Vorname;Nachname;E-Mail;Ort;Telefon\n"
                    "Anna;Schmidt-Wolf;ANNA@example.org;Dresden;0351 1\n"
                    "Neu;Mensch;neu@example.org;Pirna;\n", encoding="utf-8")
    before = contact_count(db)
    result = imports.run_import(db, path)
    assert result.imported == 1 and contact_count(db) == before + 1
    [duplicate] = result.duplicates
    assert (duplicate.line, duplicate.contact_id, duplicate.action) == (2, sample["anna"],
                                                                        "skipped")
    assert "email" in duplicate.reason


def test_merge_fills_empty_fields_only(db, sample, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("Vorname;Nachname;E-Mail;Ort;Telefon;Rollen\n"
                    "Annette;Schmidt;anna@example.org;Dresden;0351 1234567;Vorstand\n",
                    encoding="utf-8")
    result = imports.run_import(db, path, on_duplicate="merge")
    assert (result.imported, result.merged) == (0, 1)
    anna = contact_by_id(db, sample["anna"])
    assert anna["given_name"] == "Anna"  # never overwritten
    assert (anna["city"], anna["phone"]) == ("Dresden", "0351 1234567")  # were empty
    assert anna["roles"] == ["board", "member"] and anna["version"] == 2
    assert "dresden" in anna["search_text"]


def test_create_imports_duplicates_anyway(db, sample, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("Vorname;Nachname;E-Mail\nAnna;Schmidt;anna@example.org\n")
    before = contact_count(db)
    result = imports.run_import(db, path, on_duplicate="create")
    assert result.imported == 1 and contact_count(db) == before + 1
    assert result.duplicates[0].action == "created"


def test_duplicates_within_the_file_across_chunks(db, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK_ROWS", 2)
    path = tmp_path / "twice.csv"
    path.write_text("Vorname;Nachname;E-Mail;Ort\nA;Eins;a@example.org;\nB;Zwei;b@example.org;\n"
                    "A;Eins;a@example.org;Pirna\nC;Drei;c@example.org;\nB;Zwo;b@example.org;\n")
    result = imports.run_import(db, path, on_duplicate="merge")
    assert (result.imported, result.merged) == (3, 2)
    assert [(d.line, d.within_file) for d in result.duplicates] == [(4, True), (6, True)]
    people = contacts_by_family(db)
    assert people["Eins"]["city"] == "Pirna"


@pytest.fixture
def local_matcher(monkeypatch):
    monkeypatch.setattr(staging, "matcher", LocalMatcher)


def test_duplicates_within_one_chunk(db, tmp_path, local_matcher):
    path = tmp_path / "twice.csv"
    path.write_text("Vorname;Nachname;Telefon\nA;Eins;0351 123456\nA;Uno;(0351) 12 34 56\n")
    result = imports.run_import(db, path)
    assert result.imported == 1
    [duplicate] = result.duplicates
    assert (duplicate.line, duplicate.reason, duplicate.within_file) == (3, "phone", True)


def test_member_numbers_must_be_free(db, sample, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("Name;Vorname;Mitgliedsnummer;Eintritt\n"
                    "Alt;Anton;M-001;01.01.2020\n"  # taken by Anna in the sample
                    "Neu;Nina;M-900;01.01.2020\n"
                    "Noch;Norbert;M-900;02.02.2021\n"  # the row above took it
                    "Ohne;Olaf;M-901;\n")
    result = imports.run_import(db, path)
    assert result.imported == 1
    assert [r.line for r in result.rejected] == [2, 4, 5]


def test_local_matcher_email_phone_and_name_with_birth_date(db):
    with db.unit() as session:
        session.add_all([
            Contact(given_name="Ольга", family_name="Иванова", birth_date=date(1990, 3, 8)),
            Contact(given_name="Max", family_name="Muster", email="Max@Example.org"),
            Contact(given_name="Tel", family_name="Fon", mobile="+49 171/234-567"),
        ])
        session.commit()
        ids = dict(session.execute(sa.select(Contact.family_name, Contact.id)).all())
    rows = [
        {"given_name": "Ольга", "family_name": "Иванова", "birth_date": date(1990, 3, 8)},
        {"given_name": "Ольга", "family_name": "Иванова", "birth_date": date(1991, 3, 8)},
        {"given_name": "X", "family_name": "Y", "email": "max@example.ORG"},
        {"given_name": "X", "family_name": "Y", "phone": "49171234567"},
        {"given_name": "Nobody", "family_name": "Here"},
    ]
    local = LocalMatcher()
    with db.unit() as session:
        found = local.find(session, rows, [local.keys(r) for r in rows])
    assert found == [[(ids["Иванова"], "name_birth_date")], [], [(ids["Muster"], "email")],
                     [(ids["Fon"], "phone")], []]


def test_the_duplicates_service_rules_are_used_when_installed(db, sample, tmp_path):
    duplicates = pytest.importorskip("partnerdesk.services.duplicates")
    found = matcher()
    assert not isinstance(found, LocalMatcher)
    rows = [
        {"kind": "person", "given_name": "Anna", "family_name": "Schmidt",
         "email": "anna@example.org"},
        {"kind": "person", "given_name": "Olga", "family_name": "Shchyokina"},
        {"kind": "person", "given_name": "Ольга", "family_name_native": "Щёкина",
         "birth_date": date(1990, 1, 1)},
        {"kind": "organisation", "organisation_name": "Gymnasium am Markt"},
        {"kind": "person", "given_name": "Nobody", "family_name": "Here"},
    ]
    with db.unit() as session:
        batch = found.find(session, rows, [found.keys(r) for r in rows])
        one_by_one = [
            [(c.contact_id, "+".join(c.reasons)) for c in duplicates.find_duplicates_for(
                session, r) if c.score >= duplicates.STRONG_SCORE]
            for r in rows
        ]
    assert batch == one_by_one
    assert batch[0] and batch[0][0][0] == sample["anna"]


def test_long_lists_of_bad_rows_are_counted_not_kept(db, tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "MAX_LISTED", 3)
    path = tmp_path / "bad.csv"
    path.write_text("Vorname;Nachname;Geburtsdatum;E-Mail\n" + "A;B;31.02.2000;\n" * 5
                    + "C;D;;c@example.org\n" * 5, encoding="utf-8")
    result = imports.run_import(db, path)
    assert (len(result.rejected), result.rejected_count) == (3, 5)
    assert result.imported == 1 and (len(result.duplicates), result.duplicate_count) == (3, 4)
