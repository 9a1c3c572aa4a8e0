"""Cell values as people type them → PartnerDesk's codes: countries, genders, roles, sides.

Each `parse_*` returns the code or raises `RowProblem` naming the value it did not understand.
"""

from __future__ import annotations

import re

from partnerdesk.domain.enums import ContactKind, ContactRole, Gender, OrganisationKind, Side
from partnerdesk.domain.search_text import fold
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.imports.dates import RowProblem

_COUNTRIES_RAW = {
    "DE": "deutschland germany allemagne германия d deu brd",
    "RU": "russland russia russian federation россия российская федерация рф rus",
    "UA": "ukraine україна украина ukr",
    "BY": "belarus weißrussland weissrussland беларусь белоруссия blr",
    "PL": "polen poland polska польша pol",
    "FR": "frankreich france франция fra",
    "AT": "österreich oesterreich austria австрия aut",
    "CH": "schweiz switzerland suisse швейцария che",
    "IT": "italien italy italia италия ita",
    "NL": "niederlande netherlands holland нидерланды nld",
    "BE": "belgien belgium бельгия bel",
    "CZ": "tschechien czech republic czechia чехия cze",
    "GB": "vereinigtes königreich united kingdom uk großbritannien great britain england "
          "великобритания gbr",
    "US": "usa united states united states of america vereinigte staaten сша",
    "KZ": "kasachstan kazakhstan казахстан kaz",
    "LT": "litauen lithuania литва ltu",
    "LV": "lettland latvia латвия lva",
    "EE": "estland estonia эстония est",
    "GE": "georgien georgia грузия geo",
    "AM": "armenien armenia армения arm",
    "MD": "moldau moldawien moldova молдова молдавия mda",
    "DK": "dänemark denmark дания dnk",
    "SE": "schweden sweden швеция swe",
    "FI": "finnland finland финляндия fin",
    "ES": "spanien spain испания esp",
    "TR": "türkei turkey turkiye турция tur",
    "IL": "israel израиль isr",
    "UZ": "usbekistan uzbekistan узбекистан uzb",
}
_MULTIWORD = (
    "russian federation", "российская федерация", "czech republic", "united kingdom",
    "vereinigtes königreich", "great britain", "united states of america", "united states",
    "vereinigte staaten",
)
COUNTRIES: dict[str, str] = {}
"""Folded country name (German, English, Russian, ISO alpha-3) → ISO alpha-2 code."""
for _code, _names in _COUNTRIES_RAW.items():
    _text = f" {_names} "
    for _phrase in _MULTIWORD:
        if f" {_phrase} " in _text:
            COUNTRIES[_phrase] = _code
            _text = _text.replace(f" {_phrase} ", " ")
    for _word in _text.split():
        COUNTRIES[_word] = _code

GENDERS = {
    Gender.FEMALE: "f w female weiblich frau woman ж жен женский",
    Gender.MALE: "m male männlich maennlich mann man м муж мужской",
    Gender.DIVERSE: "d x o other divers diverse другой",
    Gender.UNKNOWN: "u n unknown unbekannt unspecified nicht angegeben keine angabe -",
}
_GENDER_INDEX = {w: g for g, words in GENDERS.items() for w in words.split()}
_GENDER_INDEX.update({"nicht angegeben": Gender.UNKNOWN, "keine angabe": Gender.UNKNOWN})

_ROLE_SYNONYMS = {
    ContactRole.MEMBER: "mitglied member член",
    ContactRole.BOARD: "vorstand board правление",
    ContactRole.HOST_FAMILY: "gastfamilie host host_family гастфамилие принимающая_семья",
    ContactRole.PARTNER_CONTACT: "partner partnerkontakt partner_contact",
    ContactRole.INTERPRETER: "dolmetscher dolmetscherin interpreter переводчик",
    ContactRole.SPONSOR: "sponsor förderer спонсор",
    ContactRole.PRESS: "presse press пресса",
    ContactRole.VOLUNTEER: "ehrenamt ehrenamtlich helfer volunteer волонтёр волонтер",
}
_ROLE_INDEX = {w: r for r, words in _ROLE_SYNONYMS.items() for w in words.split()}
_ROLE_INDEX.update({r.value: r for r in ContactRole})

_SIDES = {
    "home": Side.HOME, "heimat": Side.HOME, "hier": Side.HOME, "partner": Side.PARTNER,
    "partnerstadt": Side.PARTNER, "other": Side.OTHER, "andere": Side.OTHER,
}
_KINDS = {
    "person": ContactKind.PERSON, "privatperson": ContactKind.PERSON, "лицо": ContactKind.PERSON,
    "organisation": ContactKind.ORGANISATION, "organization": ContactKind.ORGANISATION,
    "firma": ContactKind.ORGANISATION, "организация": ContactKind.ORGANISATION,
}
_ORGANISATION_KINDS = {
    **{kind.value: kind for kind in OrganisationKind},
    "stadtverwaltung": OrganisationKind.TOWN_ADMINISTRATION,
    "verwaltung": OrganisationKind.TOWN_ADMINISTRATION,
    "schule": OrganisationKind.SCHOOL, "school": OrganisationKind.SCHOOL,
    "verein": OrganisationKind.CLUB, "club": OrganisationKind.CLUB,
    "fördergeber": OrganisationKind.FUNDER, "förderer": OrganisationKind.FUNDER,
    "stiftung": OrganisationKind.FUNDER, "unternehmen": OrganisationKind.COMPANY,
    "firma": OrganisationKind.COMPANY, "medien": OrganisationKind.MEDIA,
    "presse": OrganisationKind.MEDIA, "sonstige": OrganisationKind.OTHER,
    "andere": OrganisationKind.OTHER,
}
SALUTATIONS = {
    "herr", "frau", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "господин", "госпожа",
    "г-н", "г-жа", "familie", "family",
}


def _key(value: str) -> str:
    return fold(value).strip()


def parse_country(value: str) -> str:
    """A two-letter code for a code or a country name in German, English or Russian."""
    key = _key(value).rstrip(".")
    if key in COUNTRIES:
        return COUNTRIES[key]
    if re.fullmatch(r"[a-z]{2}", key):
        return key.upper()
    raise RowProblem(
        QT_TRANSLATE_NOOP(
            "Import", "Unknown country {value}: use a two-letter code such as DE or RU."
        ),
        value=value,
    )


def parse_gender(value: str) -> Gender:
    """female / male / diverse / unknown from the usual spellings."""
    key = _key(value).rstrip(".")
    if key in _GENDER_INDEX:
        return _GENDER_INDEX[key]
    raise RowProblem(QT_TRANSLATE_NOOP("Import", "Unknown gender {value}."), value=value)


def parse_roles(value: str) -> list[ContactRole]:
    """Roles separated by commas or semicolons, as codes or German/English/Russian words."""
    roles: list[ContactRole] = []
    for part in re.split(r"[,;/|]", value):
        key = _key(part).replace(" ", "_").replace("-", "_")
        if not key:
            continue
        role = _ROLE_INDEX.get(key)
        if role is None:
            raise RowProblem(
                QT_TRANSLATE_NOOP("Import", "Unknown role {value}."), value=part.strip()
            )
        if role not in roles:
            roles.append(role)
    return roles


def parse_side(value: str) -> Side:
    """home / partner / other."""
    key = _key(value)
    if key in _SIDES:
        return _SIDES[key]
    raise RowProblem(QT_TRANSLATE_NOOP("Import", "Unknown side {value}."), value=value)


def parse_kind(value: str) -> ContactKind:
    """person / organisation."""
    key = _key(value)
    if key in _KINDS:
        return _KINDS[key]
    raise RowProblem(
        QT_TRANSLATE_NOOP("Import", "Unknown kind of contact {value}."), value=value
    )


def parse_organisation_kind(value: str) -> OrganisationKind:
    """An organisation's kind: its code or a German word (Schule, Verein …)."""
    key = _key(value).replace(" ", "_")
    if key in _ORGANISATION_KINDS:
        return _ORGANISATION_KINDS[key]
    raise RowProblem(
        QT_TRANSLATE_NOOP("Import", "Unknown kind of organisation {value}."), value=value
    )
