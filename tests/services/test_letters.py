"""Letter templates (shipped examples, editing, fields) and letters written from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from partnerdesk.domain import Contact, HostPlacement, Participation, PassportRecord
from partnerdesk.domain.enums import Gender
from partnerdesk.domain.letters import EXAMPLE_TEMPLATES, LetterTemplate
from partnerdesk.dto.letters import Addressee, LetterTemplateForm
from partnerdesk.messages import UserError
from partnerdesk.services import letters
from partnerdesk.services.contact_reports import salutation, written_name

ON = date(2026, 11, 21)


def _template(db, name: str, language: str) -> int:
    return next(row.id for row in letters.list_templates(db, language) if row.name == name)


def test_every_database_starts_with_the_examples_and_can_get_them_back(db):
    rows = letters.list_templates(db)
    assert {(row.name, row.language) for row in rows} == {
        (example["name"], example["language"]) for example in EXAMPLE_TEMPLATES}
    assert all(row.is_example for row in rows)
    assert {row.language for row in rows} == {"de", "ru", "en", "de+ru"}
    visa = _template(db, "Einladung für das Visum", "de")
    letters.delete_template(db, visa)
    assert letters.install_examples(db) == 1
    assert letters.install_examples(db) == 0
    general = letters.load_template(db, _template(db, "General letter", "en"))
    letters.save_template(db, replace(general, name="Our general letter"))
    assert letters.install_examples(db) == 0  # renamed, it is still the example
    every_field = {field.name for field in letters.known_fields()}
    for example in EXAMPLE_TEMPLATES:  # the examples use known fields only
        form = LetterTemplateForm(name=example["name"], language=example["language"],
                                  subject=example["subject"], body=example["body"])
        assert letters.validate_template(form) == []
    assert {"salutation", "exchange_start", "passport_number", "host"} <= every_field


def test_save_load_list_delete_round_trip(db):
    form = replace(letters.new_template("de"), name=" Einladung Sommerfest ",
                   subject="Sommerfest {association}")
    assert form.body.startswith("{salutation}") and "Mit freundlichen Grüßen" in form.body
    template_id, version = letters.save_template(db, form)
    loaded = letters.load_template(db, template_id)
    assert loaded == replace(form, id=template_id, name="Einladung Sommerfest", version=version)
    _, version2 = letters.save_template(db, replace(loaded, body="{salutation}\n\nHallo."))
    assert version2 == version + 1
    with pytest.raises(UserError, match="changed elsewhere"):
        letters.save_template(db, replace(loaded, body="alt"))
    with pytest.raises(UserError, match="already is a letter template named"):
        letters.save_template(db, replace(form, name="Einladung Sommerfest"))
    letters.save_template(db, replace(form, language="ru"))  # the same name in Russian: fine
    with pytest.raises(UserError, match="changed elsewhere"):
        letters.delete_template(db, template_id, expected_version=version)
    letters.delete_template(db, template_id, expected_version=version2)
    with pytest.raises(UserError, match="no longer exists"):
        letters.load_template(db, template_id)


@pytest.mark.parametrize(("change", "expected"), [
    ({"name": "  "}, "needs a name"),
    ({"language": "fr"}, "Unknown language"),
    ({"body": "{salutation} {birthday} {name_fr}"}, r"unknown fields: \{birthday\}, \{name_fr\}"),
])
def test_invalid_templates_are_refused_and_nothing_is_written(db, change, expected):
    form = replace(LetterTemplateForm(name="Neu", subject="Betreff", body="{name}"), **change)
    before = len(letters.list_templates(db))
    with pytest.raises(UserError, match=expected) as raised:
        letters.save_template(db, form)
    if "fields" in expected:  # the message lists the known fields
        assert "{salutation}" in raised.value.params["known"]
        assert "{exchange_start}" in raised.value.params["known"]
    assert len(letters.list_templates(db)) == before


def _person(**fields) -> Addressee:
    return Addressee(**{"id": 1, "kind": "person", **fields})


@pytest.mark.parametrize(("person", "expected"), [
    (_person(gender="female", family_name="Iwanowa", family_name_native="Иванова",
             given_name_native="Ольга", passport_family_name="Ivanova"),
     ("Sehr geehrte Frau Iwanowa,", "Уважаемая госпожа Иванова,", "Dear Ms Ivanova,")),
    (_person(gender="female", family_name="Iwanowa", family_name_native="Иванова",
             given_name_native="Ольга Петровна"),
     ("Sehr geehrte Frau Iwanowa,", "Уважаемая Ольга Петровна,", "Dear Ms Iwanowa,")),
    (_person(gender="male", title="Dr.", given_name="Jörg", family_name="Weißenfels"),
     ("Sehr geehrter Herr Dr. Weißenfels,", "Уважаемый господин Weißenfels,",
      "Dear Dr. Weißenfels,")),
    (_person(salutation="Frau", given_name="Anja", family_name="Hoßfeld"),
     ("Sehr geehrte Frau Hoßfeld,", "Уважаемая госпожа Hoßfeld,", "Dear Ms Hoßfeld,")),
    (_person(gender="diverse", given_name="Kim", family_name="Berger"),
     ("Guten Tag Kim Berger,", "Здравствуйте, Kim Berger!", "Dear Kim Berger,")),
    (Addressee(id=2, kind="organisation", organisation_name="Stadtverwaltung"),
     ("Sehr geehrte Damen und Herren,", "Уважаемые дамы и господа!", "Dear Sir or Madam,")),
])
def test_salutation_by_gender_and_language(person, expected):
    assert tuple(salutation(person, language) for language in ("de", "ru", "en")) == expected


def test_names_in_the_readers_script():
    olga = _person(given_name="Olga", family_name="Iwanowa", given_name_native="Ольга",
                   family_name_native="Иванова", passport_given_name="Olga",
                   passport_family_name="Ivanova")
    assert written_name(olga, "de") == ("Olga", "Iwanowa")
    assert written_name(olga, "ru") == ("Ольга", "Иванова")
    assert written_name(olga, "en") == ("Olga", "Ivanova")
    anna = _person(given_name="Anna", family_name="Müller", passport_family_name="MUELLER")
    assert written_name(anna, "en") == ("Anna", "Müller")  # no transcription: the own name


def _visa_letter(db, sample, language="de", **kwargs):
    template = _template(db, {"de": "Einladung für das Visum", "ru": "Приглашение для визы",
                              "en": "Invitation for a visa"}[language], language)
    return letters.render_letter(db, template, sample["olga"], sample["exchange"], ON, **kwargs)


def test_visa_letter_is_filled_in_with_passport_host_and_exchange(db, sample):
    with db.unit() as session:
        olga = session.get(Contact, sample["olga"])
        olga.gender = Gender.FEMALE
        olga.family_name, olga.given_name = "Schtschjokina", "Olga"
        olga.passport_given_name, olga.passport_family_name = "Olga", "Shchekina"
        olga.birth_date, olga.nationality = date(2008, 3, 9), "RU"
        session.add(PassportRecord(contact_id=olga.id, number="75 7654321",
                                   expires_on=date(2034, 5, 1)))  # the one valid longest
        session.commit()
    letter = _visa_letter(db, sample, translators={"de": lambda _c, s: {"Russia": "Russland"}
                                                   .get(s, s)})
    assert letter.subject == "Einladung zur Begegnung „Jugendaustausch 2025“"
    body = letter.body
    assert body.startswith("Sehr geehrte Frau Schtschjokina,\n\nwir, Partnerschaftsverein")
    assert "vom 1. Juli 2025 bis zum 10. Juli 2025" in body
    assert "Name: Olga Shchekina\n" in body and "Geburtsdatum: 9. März 2008" in body
    assert "Staatsangehörigkeit: Russland" in body
    assert "Reisepass Nr.: 75 7654321, gültig bis 1. Mai 2034" in body
    assert "Unterkunft: Anna Schmidt" in body
    assert "Geburtsort" not in body  # every field of the line empty: the line is left out
    assert "birth_place" in letter.missing and "exchange_place" in letter.missing
    russian = _visa_letter(db, sample, "ru")
    assert russian.body.startswith("Уважаемая госпожа Щёкина,")
    assert "с 1 июля 2025 г. по 10 июля 2025 г." in russian.body
    assert "Dear Ms Shchekina," in _visa_letter(db, sample, "en").body


def test_passports_are_read_only_for_templates_that_ask(db, sample):
    general = _template(db, "Allgemeiner Brief", "de")
    batch = letters.load_batch(db, general, (sample["olga"],))
    assert batch.letters[0].passport_number == ""
    visa = _template(db, "Einladung für das Visum", "de")
    batch = letters.load_batch(db, visa, (sample["olga"],), exchange_id=sample["exchange"])
    assert batch.letters[0].passport_number == "75 1234567"


def test_bilingual_template_writes_each_part_in_its_language(db, sample):
    template = _template(db, "Einladung für das Visum / Приглашение для визы", "de+ru")
    letter = letters.render_letter(db, template, sample["olga"], sample["exchange"], ON)
    assert letter.body.startswith("Guten Tag Ольга Щёкина,")  # no Latin name, no gender
    assert "Здравствуйте, Ольга Щёкина!" in letter.body
    assert "10. Juli 2025" in letter.body and "10 июля 2025 г." in letter.body
    assert letter.body.endswith("Mit freundlichen Grüßen / С уважением")


def test_exchange_fields_need_an_exchange_and_unknown_fields_are_refused(db, sample):
    visa = _template(db, "Einladung für das Visum", "de")
    with pytest.raises(UserError, match=r"fields of an exchange \(\{exchange_end\}"):
        letters.load_batch(db, visa, (sample["olga"],))
    with pytest.raises(UserError, match="no exchange with the id 999"):
        letters.load_batch(db, visa, (sample["olga"],), exchange_id=999)
    with db.unit() as session:  # a template broken outside the editor (e.g. an old file)
        session.add(LetterTemplate(name="Kaputt", language="de", body="{salutation} {foo}"))
        session.commit()
        broken = session.execute(sa.select(LetterTemplate.id).where(
            LetterTemplate.name == "Kaputt")).scalar_one()
    with pytest.raises(UserError, match=r"unknown fields: \{foo\}\. Known fields: "
                                        r"\{salutation\}, \{title\}"):
        letters.render_letter(db, broken, sample["olga"])


def test_hosts_come_from_the_placements_in_that_exchange(db, sample):
    visa = _template(db, "Invitation for a visa", "en")
    batch = letters.load_batch(db, visa, (sample["olga"], sample["kid"]),
                               exchange_id=sample["exchange"])
    hosts = {letter.addressee.id: letter.hosts for letter in batch.letters}
    assert [host.id for host in hosts[sample["olga"]]] == [sample["anna"]]
    assert hosts[sample["kid"]] == ()
    with db.unit() as session:
        session.execute(sa.delete(HostPlacement))
        session.execute(sa.delete(Participation).where(
            Participation.contact_id == sample["olga"]))
        session.commit()
    batch = letters.load_batch(db, visa, (sample["olga"],), exchange_id=sample["exchange"])
    assert batch.letters[0].hosts == ()
