"""Contact export: CSV for Excel, XLSX, vCard 3.0; selections; atomic files."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from partnerdesk.domain import Contact
from partnerdesk.domain.enums import ContactKind
from partnerdesk.messages import UserError
from partnerdesk.services import contacts, exports
from partnerdesk.services.exports import writers


@pytest.fixture
def people(db):
    with db.unit() as s:
        s.add_all(
            [
                Contact(
                    given_name="Jürgen",
                    family_name="Müller",
                    postal_code="01067",
                    city="Dresden",
                    phone="+49 351 1234",
                    birth_date=date(1970, 2, 3),
                    notes='=HYPERLINK("http://evil")',
                ),
                Contact(
                    given_name="Pyotr",
                    family_name="Semyonov",
                    given_name_native="Пётр",
                    family_name_native="Семёнов",
                    notes="Zeile 1\nZeile 2; mit, Zeichen",
                    email="@pyotr",
                ),
                Contact(
                    kind=ContactKind.ORGANISATION,
                    organisation_name="Schule Nr. 5",
                    street="ул. Ленина 1",
                    city="Новоберёзовск",
                    country="RU",
                ),
            ]
        )
        s.commit()
    return db


def _csv_rows(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel recognises UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_for_excel(people, tmp_path):
    target = tmp_path / "k.csv"
    assert exports.export_contacts(people, target, "csv") == 3
    rows = _csv_rows(target)
    header = rows[0]
    assert header[:5] == ["Art", "Anrede", "Titel", "Vorname", "Nachname"]
    by_name = {r[header.index("Nachname")] or r[header.index("Organisation")]: r for r in rows[1:]}
    mueller = by_name["Müller"]
    assert mueller[header.index("PLZ")] == "01067"
    assert mueller[header.index("Geburtsdatum")] == "03.02.1970"
    assert mueller[header.index("Telefon")] == "'+49 351 1234"
    assert mueller[header.index("Notizen")].startswith("'=HYPERLINK")
    semyonov = by_name["Semyonov"]
    assert semyonov[header.index("Nachname (Originalschrift)")] == "Семёнов"
    assert semyonov[header.index("Notizen")] == "Zeile 1\nZeile 2; mit, Zeichen"
    assert semyonov[header.index("E-Mail")] == "'@pyotr"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_formula_starts_are_neutralised(value):
    assert writers.neutralise(value) == "'" + value
    assert writers.neutralise("Müller") == "Müller"


def test_xlsx_keeps_text_and_real_dates(people, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "k.xlsx"
    assert exports.export_contacts(people, target, "xlsx") == 3
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[1]]
    rows = {
        r[header.index("Nachname")].value or r[header.index("Organisation")].value: r
        for r in sheet.iter_rows(min_row=2)
    }
    postcode = rows["Müller"][header.index("PLZ")]
    assert postcode.value == "01067" and postcode.number_format == "@"
    birth = rows["Müller"][header.index("Geburtsdatum")]
    assert isinstance(birth.value, datetime) and birth.value.date() == date(1970, 2, 3)
    assert rows["Semyonov"][header.index("Vorname (Originalschrift)")].value == "Пётр"
    note = rows["Müller"][header.index("Notizen")]
    assert note.value == '=HYPERLINK("http://evil")' and note.data_type == "s"  # text, no formula


def test_vcard_3(people, tmp_path):
    target = tmp_path / "k.vcf"
    assert exports.export_contacts(people, target, "vcf") == 3
    text = target.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 3 and text.count("VERSION:3.0") == 3
    assert "N:Müller;Jürgen;;;" in text and "BDAY:1970-02-03" in text
    assert "NOTE:Zeile 1\\nZeile 2\\; mit\\, Zeichen" in text
    assert "ORG:Schule Nr. 5" in text and "ADR;TYPE=WORK:;;ул. Ленина 1;Новоберёзовск;;;RU" in text
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_long_lines_fold_without_breaking_characters():
    line = "NOTE:" + "Щёлково " * 30
    folded = writers._fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_search_and_selection(people, tmp_path):
    target = tmp_path / "s.csv"
    assert exports.export_contacts(people, target, "csv", search="семёнов") == 1
    ids = [row.id for row in contacts.list_contacts(people)][:2]
    assert exports.export_contacts(people, target, "csv", ids=ids) == 2


def test_failed_export_keeps_the_previous_file(people, tmp_path, monkeypatch):
    target = tmp_path / "k.csv"
    target.write_text("the previous export")

    def broken(path, records, progress=None):
        path.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(exports.WRITERS, "csv", broken)
    with pytest.raises(UserError, match="could not be written"):
        exports.export_contacts(people, target, "csv")
    assert target.read_text() == "the previous export"
    assert not list(tmp_path.glob(".k.csv*"))  # no temporary file left behind


def test_unknown_format(people, tmp_path):
    with pytest.raises(UserError):
        exports.export_contacts(people, tmp_path / "x.pdf", "pdf")
