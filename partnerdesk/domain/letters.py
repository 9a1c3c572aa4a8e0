"""Letter templates: texts with fields (`{salutation}`, `{exchange_title}` …) the user edits.

A template is written in one language (`de`, `ru`, `en`) or in two (`de+ru`: the German text
and the Russian one in the same body, Russian fields spelled with `_ru`, e.g.
`{salutation_ru}`). `EXAMPLE_TEMPLATES` are the examples PartnerDesk ships: the invitation a
partner needs for a visa and a general letter. Migration 0003 adds them to every database;
`services.letters.install_examples` adds back those the user deleted.
"""

from __future__ import annotations

import re
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from partnerdesk.domain.base import Base, Record

TEMPLATE_LANGUAGES = ("de", "ru", "en", "de+ru")
_EXAMPLES = uuid.UUID("6f1d1c2e-52a4-4b5e-9d0c-1e0a7d3b8c41")  # namespace of the examples' UUIDs


class LetterTemplate(Record, Base):
    """A letter's subject and body with fields, in one language (or German and Russian)."""

    __tablename__ = "letter_template"

    name: Mapped[str] = mapped_column(sa.String(200))
    language: Mapped[str] = mapped_column(sa.String(5), default="de")
    subject: Mapped[str] = mapped_column(sa.String(300), default="")
    body: Mapped[str] = mapped_column(sa.Text, default="")
    is_example: Mapped[bool] = mapped_column(sa.Boolean, default=False)

    __table_args__ = (
        sa.UniqueConstraint("name", "language"),
        sa.CheckConstraint("length(name) > 0", name="name_not_empty"),
        sa.CheckConstraint("language IN ('de', 'ru', 'en', 'de+ru')", name="language_code"),
    )


# --- the examples ---------------------------------------------------------------------------
# language → (name, subject, body without the closing, closing)
_VISA = {
    "de": ("Einladung für das Visum", "Einladung zur Begegnung „{exchange_title}“",
           "{salutation}\n\n"
           "wir, {association}, laden Sie herzlich zur Begegnung „{exchange_title}“ ein. Sie "
           "findet vom {exchange_start} bis zum {exchange_end} statt, Ort: {exchange_place}.\n\n"
           "Angaben zur eingeladenen Person (wie im Reisepass):\n"
           "Name: {passport_name}\n"
           "Geburtsdatum: {birth_date}\n"
           "Geburtsort: {birth_place}\n"
           "Staatsangehörigkeit: {nationality}\n"
           "Reisepass Nr.: {passport_number}, gültig bis {passport_expires}\n"
           "Unterkunft: {host}\n\n"
           "Wir bitten die zuständige Auslandsvertretung, das erforderliche Visum zu erteilen. "
           "Für Rückfragen stehen wir gern zur Verfügung.",
           "Mit freundlichen Grüßen"),
    "ru": ("Приглашение для визы", "Приглашение на встречу «{exchange_title}»",
           "{salutation}\n\n"
           "{association} сердечно приглашает Вас на встречу «{exchange_title}». Она "
           "состоится с {exchange_start} по {exchange_end}, место проведения: "
           "{exchange_place}.\n\n"
           "Данные приглашённого лица (как в заграничном паспорте):\n"
           "Имя и фамилия: {passport_name}\n"
           "Дата рождения: {birth_date}\n"
           "Место рождения: {birth_place}\n"
           "Гражданство: {nationality}\n"
           "Паспорт №: {passport_number}, действителен до {passport_expires}\n"
           "Проживание: {host}\n\n"
           "Просим консульское учреждение выдать необходимую визу. На все вопросы мы охотно "
           "ответим.",
           "С уважением"),
    "en": ("Invitation for a visa", "Invitation to “{exchange_title}”",
           "{salutation}\n\n"
           "{association} cordially invites you to “{exchange_title}”, which takes place "
           "from {exchange_start} to {exchange_end} in {exchange_place}.\n\n"
           "Details of the person invited (as in the passport):\n"
           "Name: {passport_name}\n"
           "Date of birth: {birth_date}\n"
           "Place of birth: {birth_place}\n"
           "Nationality: {nationality}\n"
           "Passport no.: {passport_number}, valid until {passport_expires}\n"
           "Accommodation: {host}\n\n"
           "We kindly ask the consulate to issue the necessary visa. Please do not hesitate "
           "to contact us with any questions.",
           "Yours sincerely"),
}
_GENERAL = {
    "de": ("Allgemeiner Brief", "Nachricht von {association}",
           "{salutation}\n\nhier steht Ihr Text.", "Mit freundlichen Grüßen"),
    "ru": ("Общее письмо", "Сообщение от {association}",
           "{salutation}\n\nЗдесь Ваш текст.", "С уважением"),
    "en": ("General letter", "A message from {association}",
           "{salutation}\n\nYour text goes here.", "Yours sincerely"),
}
_FIELD = re.compile(r"\{([a-z_]+)\}")


def _in_russian(text: str) -> str:
    """The fields of a Russian text spelled for a bilingual template (`{name}` → `{name_ru}`)."""
    return _FIELD.sub(r"{\1_ru}", text)


def _examples() -> tuple[dict[str, object], ...]:
    rows: list[dict[str, object]] = []
    for texts in (_VISA, _GENERAL):
        for language, (name, subject, body, closing) in texts.items():
            rows.append({"name": name, "language": language, "subject": subject,
                         "body": f"{body}\n\n{closing}", "is_example": True})
    (de_name, de_subject, de_body, de_closing) = _VISA["de"]
    (ru_name, ru_subject, ru_body, ru_closing) = _VISA["ru"]
    rows.append({"name": f"{de_name} / {ru_name}", "language": "de+ru",
                 "subject": f"{de_subject} / {_in_russian(ru_subject)}",
                 "body": f"{de_body}\n\n{_in_russian(ru_body)}\n\n{de_closing} / {ru_closing}",
                 "is_example": True})
    return tuple(rows)


EXAMPLE_TEMPLATES = _examples()
"""The shipped examples: column values of `LetterTemplate` (name, language, subject, body,
is_example)."""


def example_uuid(name: str, language: str) -> uuid.UUID:
    """The UUID of a shipped example: the same in every database (derived from its name and
    language), so databases made alike hold identical rows (the demo is reproducible)."""
    return uuid.uuid5(_EXAMPLES, f"{language}:{name}")
