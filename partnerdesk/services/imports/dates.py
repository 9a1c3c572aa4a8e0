"""Dates as they come in address-book exports: `dd.mm.yyyy`, `d.m.yy`, ISO, US slashes,
`yyyymmdd` (vCard) and Excel serial numbers (1900 system, with its phantom 1900-02-29).

`parse_date` returns a `date`, `None` for an empty value (Outlook writes `0.0.00`), or raises
`RowProblem` with a translatable reason. A birthday without a year (`15.01.`, `--01-15`)
raises `PartialDate`: it cannot be stored as a date, so staging keeps it in the notes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.checks.rules import shift_years

MAX_AGE_YEARS = 120
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 = 1900-03-01 (serials ≥ 61 skip the phantom day)
_MAX_SERIAL = 2_958_465  # 9999-12-31
_EMPTY = re.compile(r"^[0\s./-]*$")  # '0.0.00', '00/00/0000', '--' …
_DOTTED = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})\.?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_DASHED_DMY = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NO_YEAR = re.compile(r"^(?:--(\d{2})-?(\d{2})|(\d{1,2})\.\s*(\d{1,2})\.?)$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_TIME_PART = re.compile(r"[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


class RowProblem(Exception):
    """A row cannot be imported; `message` is marked for translation in context "Import"."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


class PartialDate(Exception):
    """A date without a year (a birthday a phone knows only by day and month)."""


def _century(two_digits: int, today: date) -> int:
    """`yy` → a four-digit year not after this year (d.m.yy in lists of living people)."""
    year = 2000 + two_digits
    return year if year <= today.year else year - 100


def excel_serial_to_date(serial: int) -> date:
    """An Excel serial (1900 date system) as a date; 60 is Excel's non-existent 1900-02-29."""
    if serial == 60:
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "Import", "{value} is Excel's 29 February 1900, a day that never existed."
            ),
            value=serial,
        )
    if serial < 60:
        return date(1899, 12, 31) + timedelta(days=serial)
    return _EXCEL_EPOCH + timedelta(days=serial)


def _build(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise RowProblem(
            QT_TRANSLATE_NOOP("Import", "{value} is not a valid date."), value=text
        ) from None


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """Parse one date cell; see the module docstring for the accepted forms."""
    today = today or date.today()
    value = text.strip()
    if not value or _EMPTY.match(value):
        return None
    value = _TIME_PART.sub("", value).strip()
    if match := _ISO.match(value):
        year, month, day = (int(g) for g in match.groups())
        return _build(year, month, day, text)
    if match := _DOTTED.match(value):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year = _century(year, today)
        return _build(year, month, day, text)
    if match := _SLASHED.match(value):
        first, second, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year = _century(year, today)
        # slashes are the US order (Outlook in English) unless the first part cannot be a month
        month, day = (second, first) if first > 12 else (first, second)
        return _build(year, month, day, text)
    if match := _DASHED_DMY.match(value):
        day, month, year = (int(g) for g in match.groups())
        return _build(year, month, day, text)
    if match := _COMPACT.match(value):
        year, month, day = (int(g) for g in match.groups())
        return _build(year, month, day, text)
    if _NO_YEAR.match(value):
        raise PartialDate(text)
    if _NUMBER.match(value):
        serial = int(value.split(".")[0])
        if 1900 <= serial <= 2100 and len(value.split(".")[0]) == 4:
            raise PartialDate(text)  # a year alone
        if 1 <= serial <= _MAX_SERIAL:
            return excel_serial_to_date(serial)
    raise RowProblem(QT_TRANSLATE_NOOP("Import", "{value} is not a valid date."), value=text)


def check_birth_date(birth: date, text: str, *, today: date | None = None) -> None:
    """Refuse birth dates in the future or more than 120 years ago."""
    today = today or date.today()
    if birth > today:
        raise RowProblem(
            QT_TRANSLATE_NOOP("Import", "The birth date {value} lies in the future."),
            value=text,
        )
    if birth < shift_years(today, -MAX_AGE_YEARS):
        raise RowProblem(
            QT_TRANSLATE_NOOP(
                "Import", "The birth date {value} lies more than 120 years in the past."
            ),
            value=text,
        )


def cell_date_text(value: date | datetime) -> str:
    """How a reader hands on a real date cell (XLSX): ISO, without a midnight time."""
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    return value.isoformat()
