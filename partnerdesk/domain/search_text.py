"""The text a contact is found by: names in every script and spelling, e-mail, town, phones.

Kept in `Contact.search_text` and refreshed on every insert and update (the ORM events
below; bulk inserts call `contact_search_text` themselves). It is a list of *tokens*, each
preceded by one space:

* the words (`names.words`) of the names, native-script and passport names, organisation
  name, e-mail and town, folded with `fold` (`casefold()`, `ё` → `е`; folded in Python, as
  SQLite's `lower()` knows only ASCII and PostgreSQL's `LIKE` is case-sensitive);
* the digits of each phone number, and the number without its leading zeros or, when
  written internationally (`+49 …`, `0049 …`), without a 1–3 digit country code, so that
  `0351 12345`, `351…` and `+49 351 12345` find each other;
* the skeleton (`names.skeleton`) of every name and town word that is not a token
  already: `Ivanova` finds `Иванова`, `Mueller` finds `Müller`, `jurij` finds `Юрий`.

Search (`search_terms`) matches every typed word against the *start* of a token (a typed
word of several tokens, such as `olga@example`, against consecutive tokens), in its folded
form or by its skeleton. The same text serves two ways of looking it up: `LIKE ' tok%'`
patterns (`like_patterns`, portable) and the SQLite FTS5 index in
`partnerdesk.storage.search_index`, which is derived from this column.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sqlalchemy import event

from partnerdesk.domain.contacts import Contact
from partnerdesk.domain.names import skeleton, words

_NON_DIGITS = re.compile(r"\D+")
_DIGITS_ONLY = re.compile(r"^[\d\s()+./-]*\d[\d\s()+./-]*$")
_TEXT_FIELDS = (
    "given_name", "family_name", "given_name_native", "family_name_native",
    "passport_given_name", "passport_family_name", "organisation_name", "email", "city",
)
_NAME_FIELDS = (
    "given_name", "family_name", "given_name_native", "family_name_native",
    "passport_given_name", "passport_family_name", "organisation_name", "city",
)
_PHONE_FIELDS = ("phone", "mobile")
MIN_INTERNATIONAL_DIGITS = 8   # shorter digit runs are not treated as international numbers
LIKE_ESCAPE = "\\"

# A typed word's alternatives: each a phrase of tokens; a contact matches the word when
# its search text holds one phrase as consecutive tokens, the last one as a prefix.
Phrase = tuple[str, ...]
Term = tuple[Phrase, ...]


def fold(text: str) -> str:
    """Case-fold and unify `ё`→`е` so that search does not depend on case or on `ё`."""
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def sort_fold(text: str) -> str:
    """Fold for sorting: Latin letters lose their accents as in German phone books
    (DIN 5007-1: ä→a, ö→o, ß→ss), Cyrillic keeps its letters (й stays after и), `ё` as `е`.
    """
    decomposed = unicodedata.normalize("NFD", fold(text).replace("ß", "ss"))
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1] < "\u0250":
            continue  # an accent on a Latin letter
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _phone_tokens(phone: str) -> list[str]:
    """The tokens of one phone number: its digits and its national forms (module docstring)."""
    digits = _NON_DIGITS.sub("", phone)
    if not digits:
        return []
    tokens = [digits, digits.lstrip("0")]
    international = phone.lstrip().startswith("+") or digits.startswith("00")
    if international and len(digits.lstrip("0")) >= MIN_INTERNATIONAL_DIGITS:
        national = digits.lstrip("0")
        tokens += [national[cut:] for cut in (1, 2, 3)]
    return [token for token in dict.fromkeys(tokens) if token]


@lru_cache(maxsize=16384)
def _folded_words(value: str) -> tuple[str, ...]:
    return tuple(words(fold(value)))


@lru_cache(maxsize=16384)
def _skeleton_words(value: str) -> tuple[str, ...]:
    return tuple(key for key in (skeleton(word) for word in words(value)) if key)


def contact_search_text(values: dict) -> str:
    """The search text of a contact given its column values (format: module docstring).

    The one function that computes `Contact.search_text`: the ORM events call it, and so
    does every bulk insert (the demo generator, imports).
    """
    tokens: list[str] = []
    for key in _TEXT_FIELDS:
        if value := values.get(key):   # names and towns repeat, e-mail addresses do not
            tokens += words(fold(value)) if key == "email" else _folded_words(value)
    for key in _PHONE_FIELDS:
        if value := values.get(key):
            tokens += _phone_tokens(value)
    seen = set(tokens)
    for key in _NAME_FIELDS:
        if value := values.get(key):
            for word_key in _skeleton_words(value):
                if word_key not in seen:
                    seen.add(word_key)
                    tokens.append(word_key)
    return "".join(f" {token}" for token in tokens)


def _digit_term(typed: str) -> Term:
    """Alternatives for a typed phone number (or a part of one): the tokens it would have."""
    return tuple((token,) for token in _phone_tokens(typed))


def _word_term(typed: str) -> Term:
    """Alternatives for one typed word: its folded tokens, and its skeleton if one word."""
    alternatives = [tuple(words(fold(typed)))]
    if len(words(typed)) == 1 and (key := skeleton(typed)):
        alternatives.append((key,))
    kept: list[Phrase] = []
    for phrase in dict.fromkeys(alternatives):
        if not phrase:
            continue
        covered = any(
            len(other) == len(phrase) == 1 and other != phrase and phrase[0].startswith(other[0])
            for other in alternatives
        )
        if not covered:
            kept.append(phrase)
    return tuple(kept)


def search_terms(search: str) -> list[Term]:
    """What the user typed, as terms that must all match (rules in the module docstring).

    Words are split on white space; a run of words of digits and phone punctuation
    (`+49 (351) 123 45`) is one phone number. Each term lists its alternatives. Words
    without a letter or digit (`-`, `%`) are left out; when nothing else was typed, the
    one term without alternatives that remains matches nothing.
    """
    terms: list[Term] = []
    number: list[str] = []
    for typed in [*search.split(), ""]:
        if typed and _DIGITS_ONLY.match(typed):
            number.append(typed)
            continue
        if number:
            terms.append(_digit_term(" ".join(number)))
            number = []
        if typed:
            terms.append(_word_term(typed))
    kept = [term for term in terms if term]
    return kept if kept or not terms else [()]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_patterns(term: Term) -> list[str]:
    """`LIKE` patterns (escape character `LIKE_ESCAPE`) for one term: ` tok1 tok2%`.

    A pattern starts at a token, as the text gives every token a leading space; it is
    anchored at the start (`% tok%`), so `LIKE` and the FTS5 index agree.
    """
    return [f"% {_like_escape(' '.join(phrase))}%" for phrase in term]


def contact_sort_name(values: dict) -> str:
    """The key contacts are sorted by: family name, then given name (see `sort_fold`)."""
    if values.get("kind") == "organisation":
        return sort_fold(values.get("organisation_name") or "")[:250]
    family = values.get("family_name") or values.get("family_name_native") or ""
    given = values.get("given_name") or values.get("given_name_native") or ""
    return sort_fold(f"{family} {given}".strip())[:250]


def _column_values(contact: Contact) -> dict:
    return {c.key: getattr(contact, c.key) for c in Contact.__table__.columns}


@event.listens_for(Contact, "before_insert")
@event.listens_for(Contact, "before_update")
def _refresh_search_text(mapper, connection, contact: Contact) -> None:
    values = _column_values(contact)
    contact.search_text = contact_search_text(values)
    contact.sort_name = contact_sort_name(values)
