"""Each file format and quirk: encodings, delimiters, broken quoting, title rows, XLSX, vCard."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from import_helpers import contact_count, contacts_by_family

from partnerdesk.messages import UserError
from partnerdesk.services import imports
from partnerdesk.services.imports.encoding import detect_encoding


def _cells(preview) -> list[list[str]]:
    return [[c for c in row.cells if c] for row in preview.rows]


def test_utf8_bom_outlook_german(db, fixture_file):
    path = fixture_file("outlook_de_utf8_bom.csv")
    preview = imports.preview(path)
    assert (preview.format, preview.encoding, preview.delimiter) == ("csv", "UTF-8 (BOM)", ",")
    assert preview.headers[0] == "Anrede"  # no BOM left on the first header
    assert preview.preset == "outlook_de"
    result = imports.run_import(db, path)
    assert result.imported == 2 and not result.rejected
    people = contacts_by_family(db)
    anna = people["Schmidt"]
    assert anna["salutation"] == "Frau" and anna["birth_date"] == date(1980, 1, 15)
    assert anna["phone"] == "0351 1234567" and anna["mobile"] == "0171 2345678"
    assert anna["postal_code"] == "01067" and anna["country"] == "DE"
    assert "Telefon privat: 0351 7654321" in anna["notes"]  # the second phone is kept
    assert "E-mail: anna@example.net" in anna["notes"] or "anna@example.net" in anna["notes"]
    joerg = people["Müller"]
    assert joerg["birth_date"] is None  # Outlook writes 0.0.00 for "no birthday"
    assert joerg["notes"] == "Zwei Zeilen\nNotiz"


def test_cp1252_semicolons_title_row_empty_lines_and_dates(db, fixture_file):
    path = fixture_file("member_list_cp1252.csv")
    preview = imports.preview(path)
    assert (preview.encoding, preview.delimiter, preview.header_line) == (
        "Windows-1252", ";", 3)
    assert preview.preset == "member_list"
    result = imports.run_import(db, path)
    assert result.imported == 3
    assert [(r.line, r.params.get("value")) for r in result.rejected] == [(7, "31.02.1980")]
    people = contacts_by_family(db)
    assert set(people) == {"Schäfer", "Weiß", "Groß"}
    assert people["Schäfer"]["street"] == "Löwenstraße 5"
    assert people["Groß"]["street"] == "Bäckerstraße 7 (Beitrag 12 €)"
    assert people["Schäfer"]["postal_code"] == "01067"
    assert people["Weiß"]["postal_code"] == "01069"  # Excel had dropped the leading zero
    assert people["Weiß"]["birth_date"] == date(1948, 7, 12)  # d.m.yy, last century
    assert people["Groß"]["birth_date"] == date(1980, 1, 1)  # Excel serial 29221
    assert people["Groß"]["memberships"] == [("104", date(2010, 1, 1))]  # serial 40179
    assert people["Schäfer"]["roles"] == ["member"]


@pytest.mark.parametrize("name,delimiter", [
    ("outlook_en_utf16le_tab.txt", "\t"), ("outlook_en_utf16be.csv", ","),
])
def test_utf16_with_bom_and_tabs(db, fixture_file, name, delimiter):
    preview = imports.preview(fixture_file(name))
    assert (preview.encoding, preview.delimiter, preview.preset) == (
        "UTF-16", delimiter, "outlook_en")
    result = imports.run_import(db, fixture_file(name))
    assert result.imported == 3 and not result.rejected
    people = contacts_by_family(db)
    assert people["Smith"]["title"] == "Dr." and people["Smith"]["country"] == "GB"
    assert people["Smith"]["birth_date"] == date(1971, 4, 2)  # m/d/yyyy, as Outlook writes
    assert people["Jones"]["salutation"] == "Ms." and people["Jones"]["mobile"]
    assert people["Jones"]["birth_date"] == date(1985, 12, 24)
    assert people["Brown"]["birth_date"] is None


def test_broken_quoting_does_not_swallow_the_rest(db, fixture_file):
    path = fixture_file("broken_quotes.csv")
    result = imports.run_import(db, path)
    assert [r.line for r in result.rejected] == [3]
    assert "quotation mark" in result.rejected[0].english()
    people = contacts_by_family(db)
    assert set(people) == {"Schmidt", "Neumann", "Wolf", "Koch", "Richter"}
    assert people["Koch"]["city"] == "Pirna Heidenau"  # a real line break inside quotes


def test_unterminated_quote_at_the_end(db, fixture_file):
    result = imports.run_import(db, fixture_file("unterminated_at_end.csv"))
    assert result.imported == 2
    assert [r.line for r in result.rejected] == [4]


def test_a_quote_opened_early_is_caught_within_a_few_lines(db, tmp_path):
    lines = ["Vorname,Nachname,Ort"] + [f"Name{i},Family{i},Town{i}" for i in range(200)]
    lines[5] = 'Broken,"Family,Town'
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = imports.run_import(db, path)
    assert [r.line for r in result.rejected] == [6]
    assert result.imported == 199


def test_delimiter_tab_and_semicolon_sniffed(tmp_path):
    for delimiter in (";", "\t", ","):
        path = tmp_path / "d.csv"
        path.write_text(delimiter.join(["Vorname", "Nachname", "Ort"]) + "\n"
                        + delimiter.join(["Anna", "Schmidt, geb. Wolf", "Dresden"]) + "\n")
        assert imports.preview(path).delimiter == delimiter


def test_detect_encoding_cp1252_and_cp1251():
    german = "Jörg Müller;Große Straße 5;Köln;12 €\n".encode("cp1252") * 3
    russian = "Иван Семёнов;Москва;улица Ленина\n".encode("cp1251") * 3
    assert detect_encoding(german) == "cp1252"
    assert detect_encoding(russian) == "cp1251"
    assert detect_encoding(codecs.BOM_UTF8 + b"a") == "utf-8-sig"
    assert detect_encoding("Name\n".encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(bytes(range(256)) * 4) is None


def test_xlsx_header_on_row_three_serials_and_text_numbers(db, fixture_file):
    path = fixture_file("members_header_row3.xlsx")
    preview = imports.preview(path)
    assert (preview.format, preview.header_line, preview.preset) == ("xlsx", 3, "member_list")
    result = imports.run_import(db, path)
    assert result.imported == 3
    assert [(r.line, r.params.get("value")) for r in result.rejected] == [(7, "31.02.1970")]
    people = contacts_by_family(db)
    anna = people["Schmidt"]
    assert anna["postal_code"] == "01067"  # number formatted 00000
    assert anna["phone"] == "491711234567"  # no ".0", no exponent
    assert anna["birth_date"] == date(1980, 1, 15)  # a real date cell
    assert anna["memberships"] == [("7", date(2010, 1, 1))]  # serial in a date column
    assert people["Kühn"]["birth_date"] == date(1980, 1, 1)
    assert people["Kühn"]["postal_code"] == "02826"
    assert people["Frei"]["notes"] == "Notiz rechts"  # a cell right of the header is kept


def test_vcard_21_quoted_printable_cyrillic(db, fixture_file):
    result = imports.run_import(db, fixture_file("phone_21_qp.vcf"))
    assert result.format == "vcard" and result.imported == 2 and not result.rejected
    people = contacts_by_family(db)
    olga = people["Иванова"]
    assert (olga["given_name_native"], olga["family_name"]) == ("Ольга", "")
    assert olga["mobile"] == "+79123456789" and olga["phone"] == "+7 8152 123456"
    assert olga["notes"] == "Встреча в Мурманске"  # a soft line break inside the note
    petr = people["Семёнов"]  # CHARSET=windows-1251
    assert petr["given_name_native"] == "Пётр" and petr["birth_date"] == date(1971, 4, 2)


def test_vcard_30(db, fixture_file):
    assert imports.run_import(db, fixture_file("contacts_30.vcf")).imported == 1
    klaus = contacts_by_family(db)["Becker"]
    assert (klaus["title"], klaus["given_name"]) == ("Dr.", "Klaus")
    assert klaus["organisation_name"] == "Stadtverwaltung Leipzig, Amt für Städtepartnerschaften"
    assert (klaus["email"], klaus["mobile"], klaus["phone"]) == (
        "klaus@example.de", "0171 1234567", "0341 123-0")
    assert (klaus["street"], klaus["postal_code"], klaus["city"], klaus["country"]) == (
        "Ringstraße 3", "04109", "Leipzig", "DE")
    assert klaus["notes"].startswith("Erste Zeile\nzweite Zeile, mit Komma")
    assert "EMAIL: k.becker@leipzig.example" in klaus["notes"]
    assert "TITLE: Referent" in klaus["notes"]


def test_vcard_40(db, fixture_file):
    assert imports.run_import(db, fixture_file("contacts_40.vcf")).imported == 2
    people = contacts_by_family(db)
    petr = people["Семёнов"]
    assert petr["gender"].value == "male" and petr["country"] == "RU"
    assert petr["mobile"] == "+7-912-000-11-22" and petr["email"] == "petr@example.ru"
    assert petr["birth_date"] is None and "Birthday: --0412" in petr["notes"]
    school = people["Гимназия № 1"]
    assert school["kind"].value == "organisation"


@pytest.mark.parametrize("content,expected", [
    (b"", "is empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old Excel"),
    (b"PK\x03\x04 not really a zip", "Excel workbook"),
    (bytes(range(256)) * 50, "neither"),
])
def test_unreadable_files_raise_one_user_error(db, tmp_path, content, expected):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=expected):
        imports.preview(path)
    with pytest.raises(UserError, match=expected):
        imports.run_import(db, path)
    assert contact_count(db) == 0


def test_missing_file_and_folder(db, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        imports.run_import(db, tmp_path / "nope.csv")
    with pytest.raises(UserError, match="not a file"):
        imports.preview(tmp_path)


def test_preview_shows_rows_with_their_problems(fixture_file):
    preview = imports.preview(fixture_file("member_list_cp1252.csv"), limit=3)
    assert [r.line for r in preview.rows] == [4, 6, 7]
    assert [r.problem is None for r in preview.rows] == [True, True, False]
    assert preview.size > 0 and preview.suggested_mapping == preview.mapping


def test_no_mapped_column_is_a_user_error(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Foo;Bar\n1;2\n")
    assert imports.preview(path).mapping == {"Foo": "", "Bar": ""}
    with pytest.raises(UserError, match="No column"):
        imports.run_import(db, path)


def test_excel_sep_line(db, tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\nVorname,Nachname,Ort\nAnna,Schmidt,\"Dresden; Altstadt\"\n")
    preview = imports.preview(path)
    assert (preview.delimiter, preview.header_line) == (",", 2)
    assert imports.run_import(db, path).imported == 1
