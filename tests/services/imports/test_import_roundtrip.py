"""Export → import gives the same contacts (CSV, XLSX, vCard), and the PartnerDesk ID."""

from __future__ import annotations

import pytest
from import_helpers import contact_count, contacts_by_family

from partnerdesk.services import imports
from partnerdesk.storage.database import create_database

exports = pytest.importorskip("partnerdesk.services.exports")

ALL_FIELDS = (
    "kind", "salutation", "title", "given_name", "family_name", "given_name_native",
    "family_name_native", "passport_given_name", "passport_family_name", "organisation_name",
    "organisation_kind", "gender", "birth_date", "birth_place", "nationality", "languages",
    "side", "street", "address_extra", "postal_code", "city", "country", "phone", "mobile",
    "email", "website", "notes", "roles", "uuid",
)
VCARD_FIELDS = (
    "kind", "title", "given_name", "family_name", "given_name_native", "family_name_native",
    "organisation_name", "birth_date", "street", "address_extra", "postal_code", "city",
    "country", "phone", "mobile", "email", "website", "notes", "roles", "uuid",
)


def _enrich(db) -> None:
    """Give the sample's contacts the awkward values an export must carry."""
    from partnerdesk.domain import Contact

    with db.unit() as session:
        for contact in session.query(Contact):
            if contact.family_name == "Schmidt" and contact.given_name == "Anna":
                contact.street, contact.postal_code = "Hauptstraße 1", "01067"
                contact.city = "Dresden"
                contact.phone, contact.mobile = "+49 351 1234567", "-0171 2345678"
                contact.notes = "Zwei Zeilen\nmit; Semikolon, \"Zitat\""
                contact.title, contact.salutation = "Dr.", "Frau"
            if contact.family_name_native == "Щёкина":
                contact.passport_given_name, contact.passport_family_name = "Olga", "Shchekina"
                contact.nationality, contact.languages = "RU", "ru, de"
                contact.birth_place = "Псков"
        session.commit()


def _by_uuid(db, fields) -> dict:
    people = contacts_by_family(db, unique=False)
    return {str(p["uuid"]): {f: p[f] for f in fields} for p in people}


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_export_then_import_gives_the_same_contacts(db, sample, tmp_path, fmt):
    _enrich(db)
    target = tmp_path / f"contacts.{fmt}"
    count = exports.export_contacts(db, target, fmt)
    other = create_database(tmp_path / "other.sqlite")
    try:
        preview = imports.preview(target)
        assert preview.preset == ("vcard" if fmt == "vcf" else "partnerdesk")
        result = imports.run_import(other, target)
        assert not result.rejected and not result.duplicates
        assert result.imported == count == contact_count(db)
        fields = VCARD_FIELDS if fmt == "vcf" else ALL_FIELDS
        assert _by_uuid(other, fields) == _by_uuid(db, fields)
    finally:
        other.close()


def test_importing_an_export_into_its_own_database_finds_every_contact(db, sample, tmp_path):
    target = tmp_path / "contacts.csv"
    count = exports.export_contacts(db, target, "csv")
    result = imports.run_import(db, target)
    assert result.imported == 0 and len(result.duplicates) == count
    assert {d.reason.split("+")[0] for d in result.duplicates} == {"uuid"}
    created = imports.run_import(db, target, on_duplicate="create")
    assert created.imported == count and contact_count(db) == 2 * count  # new IDs for copies


def test_every_export_header_is_known_to_the_partnerdesk_preset():
    preset, mapping = imports.suggest_mapping([header for _f, header, _k in exports.COLUMNS])
    assert preset == "partnerdesk"
    assert {field: mapping[header] for field, header, _k in exports.COLUMNS} == {
        field: field for field, _h, _k in exports.COLUMNS}
