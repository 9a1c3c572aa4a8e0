"""Presets recognised from their headers, saved mappings, dates and cell values."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.messages import UserError
from partnerdesk.services import imports
from partnerdesk.services.imports.dates import (
    PartialDate,
    RowProblem,
    check_birth_date,
    excel_serial_to_date,
    parse_date,
)
from partnerdesk.services.imports.validation import clean

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize("name,preset", [
    ("outlook_de_utf8_bom.csv", "outlook_de"),
    ("outlook_en_utf16be.csv", "outlook_en"),
    ("google_old.csv", "google"),
    ("google_new.csv", "google"),
    ("thunderbird_de.csv", "thunderbird"),
    ("thunderbird_en.csv", "thunderbird"),
    ("member_list_cp1252.csv", "member_list"),
    ("members_header_row3.xlsx", "member_list"),
    ("contacts_30.vcf", "vcard"),
])
def test_each_preset_is_recognised_from_its_headers(fixture_file, name, preset):
    assert imports.preview(fixture_file(name)).preset == preset


def test_suggest_mapping_field_by_field():
    preset, mapping = imports.suggest_mapping(["Vorname", "Nachname", "Geburtstag",
                                               "Primäre E-Mail-Adresse", "Privat: PLZ"])
    assert preset == "thunderbird"
    assert mapping["Geburtstag"] == "birth_day"  # a day of the month in Thunderbird
    preset, mapping = imports.suggest_mapping(["Vorname", "Nachname", "Geburtstag",
                                               "E-Mail-Adresse", "Postleitzahl privat"])
    assert preset == "outlook_de" and mapping["Geburtstag"] == "birth_date"
    assert imports.suggest_mapping(["Name", "Vorname"])[1]["Name"] == "family_name"
    assert imports.suggest_mapping(["Name", "E-Mail"])[1]["Name"] == "full_name"
    assert imports.suggest_mapping(["Имя", "Фамилия", "Телефон"]) == (
        None, {"Имя": "given_name_native", "Фамилия": "family_name_native", "Телефон": "phone"})
    assert imports.suggest_mapping(["Whatever"]) == (None, {"Whatever": ""})


def test_mapping_json_round_trip_and_validation():
    mapping = {"Vorname": "given_name", "Straße": "street", "Egal": ""}
    assert imports.from_json(imports.to_json(mapping)) == mapping
    assert imports.from_json('{"Name": "family_name"}') == {"Name": "family_name"}
    for bad in ("[1, 2]", "not json", '{"a": 1}', '{"a": "no_such_field"}'):
        with pytest.raises(UserError):
            imports.from_json(bad)


def test_google_phone_type_decides_mobile(db, fixture_file):
    from import_helpers import contacts_by_family

    result = imports.run_import(db, fixture_file("google_old.csv"))
    assert result.imported == 3 and not result.rejected
    people = contacts_by_family(db)
    olga = people["Petrova"]
    assert olga["mobile"] == "+7 912 345-67-89" and olga["phone"] == "+7 8152 12 34 56"
    assert (olga["city"], olga["country"], olga["gender"].value) == ("Мурманск", "RU", "female")
    assert people["Stadtverwaltung Twer"]["kind"].value == "organisation"
    ivan = next(p for p in people.values() if p["given_name"] == "Ivan")
    assert ivan["birth_date"] is None and "Birthday: --05-09" in ivan["notes"]


def test_thunderbird_birthday_in_three_columns_and_display_name(db, fixture_file):
    from import_helpers import contacts_by_family

    assert imports.run_import(db, fixture_file("thunderbird_de.csv")).imported == 2
    people = contacts_by_family(db)
    assert people["Becker"]["birth_date"] == date(1962, 7, 4)
    assert (people["Vogel"]["given_name"], people["Vogel"]["email"]) == (
        "Heike", "heike@example.de")


@pytest.mark.parametrize("text,expected", [
    ("15.01.1980", date(1980, 1, 15)),
    ("5.1.1980", date(1980, 1, 5)),
    ("05.01.80", date(1980, 1, 5)),
    ("1.2.03", date(2003, 2, 1)),
    ("1.2.99", date(1999, 2, 1)),
    ("1980-01-15", date(1980, 1, 15)),
    ("1980-01-15T00:00:00Z", date(1980, 1, 15)),
    ("15.01.1980 00:00", date(1980, 1, 15)),
    ("19800115", date(1980, 1, 15)),
    ("4/2/1971", date(1971, 4, 2)),
    ("24/12/1985", date(1985, 12, 24)),
    ("29221", date(1980, 1, 1)),
    ("29221.0", date(1980, 1, 1)),
    ("59", date(1900, 2, 28)),
    ("61", date(1900, 3, 1)),
    ("1", date(1900, 1, 1)),
    ("", None),
    ("0.0.00", None),
    ("0/0/00", None),
])
def test_parse_date(text, expected):
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["31.02.1980", "30.02.2000", "1980-13-01", "morgen", "60",
                                  "32.1.1990", "29.02.2023"])
def test_invalid_dates_are_row_problems(text):
    with pytest.raises(RowProblem):
        parse_date(text, today=TODAY)


@pytest.mark.parametrize("text", ["15.01.", "--0115", "--01-15", "1980"])
def test_dates_without_day_or_year_are_partial(text):
    with pytest.raises(PartialDate):
        parse_date(text, today=TODAY)


def test_excel_serials_follow_the_1900_system():
    assert excel_serial_to_date(45658) == date(2025, 1, 1)
    with pytest.raises(RowProblem, match="29 February 1900"):
        excel_serial_to_date(60)


def test_impossible_birth_dates():
    check_birth_date(date(1910, 1, 1), "", today=TODAY)
    with pytest.raises(RowProblem, match="future"):
        check_birth_date(date(2027, 1, 1), "1.1.2027", today=TODAY)
    with pytest.raises(RowProblem, match="120 years"):
        check_birth_date(date(1900, 1, 1), "1.1.1900", today=TODAY)


def test_rejected_rows_name_the_reason(db, tmp_path):
    path = tmp_path / "reasons.csv"
    future = f"01.01.{date.today().year + 1}"
    path.write_text(
        "Vorname;Nachname;Geburtsdatum;E-Mail;Land;Rollen;Geschlecht;Telefon\n"
        f"A;Eins;{future};;;;;\n"
        "B;Zwei;01.01.1850;;;;;\n"
        "C;Drei;;kein-at-zeichen;;;;\n"
        "D;Vier;;;Atlantis;;;\n"
        "E;Fünf;;;;König;;\n"
        "F;Sechs;;;;;vielleicht;\n"
        "G;Sieben;;;;;;4,91701E+11\n"
        ";;;x@example.org;;;;\n"
        "H;Acht;;h@example.org, h2@example.org;Russland;Vorstand, Gastfamilie;w;\n",
        encoding="utf-8",
    )
    result = imports.run_import(db, path)
    reasons = {r.line: r.english() for r in result.rejected}
    assert "future" in reasons[2] and "120 years" in reasons[3]
    assert "not a valid e-mail" in reasons[4] and "Unknown country Atlantis" in reasons[5]
    assert "Unknown role König" in reasons[6] and "Unknown gender" in reasons[7]
    assert "shortened" in reasons[8] and "no name" in reasons[9]
    assert result.imported == 1


@pytest.mark.parametrize("raw,expected", [
    ('="01067"', "01067"),
    ("'+49 351 1234", "+49 351 1234"),
    ("  Anna\x00 ", "Anna"),
    ("Zeile\r\nzwei", "Zeile zwei"),
])
def test_clean_cells(raw, expected):
    assert clean(raw) == expected


def test_duplicate_reasons_have_labels():
    assert imports.reason_labels("uuid") == [("Import", "same PartnerDesk ID")]
    labels = imports.reason_labels("name+birth_date")
    assert len(labels) == 2 and all(text for _context, text in labels)


def test_reason_text_shows_field_labels(db, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Vorname;Nachname\n" + "A" * 150 + ";Lang\n", encoding="utf-8")
    [row] = imports.run_import(db, path).rejected
    assert imports.reason_text(row) == "Given name is longer than 100 characters."
    german = {"Given name": "Vorname", "{field} is longer than {max} characters.":
              "{field} ist länger als {max} Zeichen."}
    assert imports.reason_text(row, lambda _c, text: german.get(text, text)) == (
        "Vorname ist länger als 100 Zeichen.")
