"""Letter templates the user edits, and letters written from them for contacts.

A template's subject and body carry fields such as `{salutation}` or `{exchange_start}`
(`known_fields`); a field ending in `_de`, `_ru` or `_en` is written in that language (a
bilingual `de+ru` template uses `{salutation_ru}` in its Russian part), any other in the
template's (first) language. Unknown fields are refused with the list of the known ones,
when a template is saved and when a letter is written. A line whose fields are all empty is
left out of the letter (no "Passport no.: ," when there is no passport).

The Reports page (template editor, preview) and `reports.letter` use these functions:
`list_templates`, `load_template`, `new_template`, `validate_template`, `save_template`,
`delete_template`, `install_examples`, `known_fields`, `default_template`, `load_batch`,
`fill_letter`, `render_letter`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain.base import utcnow
from partnerdesk.domain.letters import (
    EXAMPLE_TEMPLATES,
    TEMPLATE_LANGUAGES,
    LetterTemplate,
    example_uuid,
)
from partnerdesk.dto.contacts import ContactFilter
from partnerdesk.dto.letters import (
    LetterBatch,
    LetterField,
    LetterInput,
    LetterTemplateForm,
    LetterTemplateRow,
    LetterText,
)
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services import association, exchange_editing, exchanges
from partnerdesk.services.contact_reports import select_contacts
from partnerdesk.services.letter_fields import (
    EXCHANGE_FIELDS,
    FIELDS,
    PASSPORT_FIELDS,
    Translate,
    fields_in,
    fill,
    letter_extras,
    unknown_fields,
)
from partnerdesk.storage.database import Database

CONTEXT = "Letters"
GONE = QT_TRANSLATE_NOOP("Letters", "This letter template no longer exists.")
CHANGED = QT_TRANSLATE_NOOP(
    "Letters", "This letter template was changed elsewhere meanwhile. Nothing was saved.")
NO_NAME = QT_TRANSLATE_NOOP("Letters", "The letter template needs a name.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("Letters", "Unknown language of a letter template: {value}.")
DUPLICATE = QT_TRANSLATE_NOOP(
    "Letters", "There already is a letter template named “{name}” in this language.")
UNKNOWN = QT_TRANSLATE_NOOP(
    "Letters", "The letter uses unknown fields: {fields}. Known fields: {known}.")
NEEDS_EXCHANGE = QT_TRANSLATE_NOOP(
    "Letters", "The letter template uses fields of an exchange ({fields}): choose the "
    "exchange the letter is about.")
NO_EXCHANGE = QT_TRANSLATE_NOOP("Letters", "There is no exchange with the id {id}.")
NO_TEMPLATE = QT_TRANSLATE_NOOP(
    "Letters", "There is no letter template in the language {language}. Add one, or install "
    "the examples, on the Reports page.")
_STARTERS = {"de": "{salutation}\n\n\n\nMit freundlichen Grüßen",
             "ru": "{salutation}\n\n\n\nС уважением",
             "en": "{salutation}\n\n\n\nYours sincerely",
             "de+ru": "{salutation}\n\n\n\n{salutation_ru}\n\n\n\n"
                      "Mit freundlichen Grüßen / С уважением"}


def known_fields() -> tuple[LetterField, ...]:
    """The fields a template may use, in the order the editor lists them."""
    return FIELDS


def list_templates(db: Database, language: str | None = None) -> list[LetterTemplateRow]:
    """The templates by name and language (only those in `language` when given)."""
    with db.unit() as session:
        query = sa.select(LetterTemplate).order_by(LetterTemplate.name, LetterTemplate.language,
                                                   LetterTemplate.id)
        if language is not None:
            query = query.where(LetterTemplate.language == language)
        return [LetterTemplateRow(t.id, t.name, t.language, t.subject, t.is_example, t.version)
                for t in session.execute(query).scalars()]


def load_template(db: Database, template_id: int) -> LetterTemplateForm:
    """One template for editing (UserError when it is gone)."""
    with db.unit() as session:
        return _form(_get(session, template_id))


def new_template(language: str = "de") -> LetterTemplateForm:
    """An empty template in `language`: a salutation and a closing to write between."""
    return LetterTemplateForm(language=language, body=_STARTERS.get(language, ""))


def validate_template(form: LetterTemplateForm) -> list[UserError]:
    """What is wrong with `form` (no name, unknown language, unknown fields); empty if fine."""
    problems = []
    if not form.name.strip():
        problems.append(UserError(NO_NAME, CONTEXT))
    if form.language not in TEMPLATE_LANGUAGES:
        problems.append(UserError(BAD_LANGUAGE, CONTEXT, value=form.language))
    unknown = unknown_fields(form.subject) + unknown_fields(form.body)
    if unknown:
        problems.append(_unknown(unknown))
    return problems


def save_template(db: Database, form: LetterTemplateForm) -> tuple[int, int]:
    """Validate and save (a new one when `form.id` is None); returns (id, version).

    Refused (UserError, nothing written) when invalid, when another template of the same
    language has the name, or when the template was changed elsewhere since it was loaded.
    """
    problems = validate_template(form)
    if problems:
        raise problems[0]
    name = form.name.strip()
    with db.unit() as session:
        twin = session.execute(sa.select(LetterTemplate.id).where(
            LetterTemplate.name == name, LetterTemplate.language == form.language,
            LetterTemplate.id != (form.id or 0))).first()
        if twin is not None:
            raise UserError(DUPLICATE, CONTEXT, name=name)
        if form.id is None:
            template = LetterTemplate()
            session.add(template)
        else:
            template = _get(session, form.id)
            exchange_editing.check_version(template, form.version, CHANGED, CONTEXT)
        template.name, template.language = name, form.language
        template.subject, template.body = form.subject.strip(), form.body
        template.is_example = form.is_example
        template.updated_at = utcnow()
        _commit(session)
        return template.id, template.version


def delete_template(db: Database, template_id: int, expected_version: int | None = None) -> None:
    """Delete a template (UserError when it is gone or was changed since it was loaded)."""
    with db.unit() as session:
        template = _get(session, template_id)
        exchange_editing.check_version(template, expected_version, CHANGED, CONTEXT)
        session.delete(template)
        _commit(session)


def install_examples(db: Database) -> int:
    """Add the shipped examples that are missing; how many. An example is there when a
    template has its name and language, or is the example itself, renamed."""
    with db.unit() as session:
        present: set[object] = set()
        for name, language, key in session.execute(
                sa.select(LetterTemplate.name, LetterTemplate.language, LetterTemplate.uuid)):
            present |= {(name, language), key}
        added = []
        for example in EXAMPLE_TEMPLATES:
            key = example_uuid(example["name"], example["language"])
            if (example["name"], example["language"]) not in present and key not in present:
                added.append(LetterTemplate(**example, uuid=key))
        session.add_all(added)
        session.commit()
        return len(added)


def default_template(db: Database, language: str) -> int:
    """The id of the first template in `language` (UserError when there is none)."""
    rows = list_templates(db, language)
    if not rows:
        raise UserError(NO_TEMPLATE, CONTEXT, language=language)
    return rows[0].id


def load_batch(db: Database, template_id: int, contact_ids: Sequence[int] = (),
               search: str = "", filters: ContactFilter | None = None,
               exchange_id: int | None = None) -> LetterBatch:
    """Everything to write the template's letters to a selection of contacts (chosen ids,
    else a search, else all; see `contact_reports.select_contacts`), about an exchange.

    UserError when the template or exchange is gone, the template uses unknown fields, or
    it uses exchange fields and no exchange is given. Passport data is read only when the
    template asks for it.
    """
    template = load_template(db, template_id)
    used = set(fields_in(template.subject) + fields_in(template.body))
    unknown = unknown_fields(template.subject) + unknown_fields(template.body)
    if unknown:
        raise _unknown(unknown)
    exchange = None
    if exchange_id is not None:
        rows = exchanges.list_exchanges(db, ids=[exchange_id])
        if not rows:
            raise UserError(NO_EXCHANGE, CONTEXT, id=exchange_id)
        exchange = rows[0]
    elif used & EXCHANGE_FIELDS:
        raise UserError(NEEDS_EXCHANGE, CONTEXT,
                        fields=", ".join(sorted(f"{{{f}}}" for f in used & EXCHANGE_FIELDS)))
    people = select_contacts(db, contact_ids, search, filters)
    with db.unit() as session:
        extras = letter_extras(session, [p.id for p in people], exchange_id,
                               passports=bool(used & PASSPORT_FIELDS))
    letters = tuple(LetterInput(person, *extras.get(person.id, ("", None, ())))
                    for person in people)
    return LetterBatch(template, association.get_profile(db), exchange, letters)


def fill_letter(batch: LetterBatch, letter: LetterInput, on: date,
                translators: Mapping[str, Translate] | None = None) -> LetterText:
    """One letter of `batch` with its fields filled in, dated `on`; country names are
    translated with `translators` (language code → (context, source) → text), English
    when none is given for a language."""
    template = batch.template
    first = template.language.split("+")[0]
    subject, missing = fill(template.subject, first, batch, letter, on, translators or {})
    body, missing_body = fill(template.body, first, batch, letter, on, translators or {})
    return LetterText(letter.addressee.id, subject, body,
                      tuple(dict.fromkeys(missing + missing_body)))


def render_letter(db: Database, template_id: int, contact_id: int,
                  exchange_id: int | None = None, on: date | None = None,
                  translators: Mapping[str, Translate] | None = None) -> LetterText:
    """The letter from template `template_id` to contact `contact_id` (a preview)."""
    batch = load_batch(db, template_id, (contact_id,), exchange_id=exchange_id)
    return fill_letter(batch, batch.letters[0], on or date.today(), translators)


# --- helpers --------------------------------------------------------------------------------


def _unknown(names: Sequence[str]) -> UserError:
    return UserError(UNKNOWN, CONTEXT, fields=", ".join(f"{{{n}}}" for n in dict.fromkeys(names)),
                     known=", ".join(f"{{{f.name}}}" for f in FIELDS))


def _form(template: LetterTemplate) -> LetterTemplateForm:
    return LetterTemplateForm(template.id, template.name, template.language, template.subject,
                              template.body, template.is_example, template.version)


def _get(session: Session, template_id: int) -> LetterTemplate:
    return exchange_editing.get_or_fail(session, LetterTemplate, template_id, GONE, CONTEXT)


def _commit(session: Session) -> None:
    try:
        session.commit()
    except StaleDataError as error:
        session.rollback()
        raise UserError(CHANGED, CONTEXT) from error
