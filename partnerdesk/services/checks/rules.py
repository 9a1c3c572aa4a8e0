"""Pure rule helpers of the exchange checks: ages, dates, passport margins, overlaps.

No database and no Qt here; every function is unit-tested on plain dates.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time
from typing import TypeVar

ADULT_AGE = 18

T = TypeVar("T")


def birthday_in(birth: date, year: int) -> date:
    """The birthday in `year`; a 29 February birthday falls on 1 March in common years."""
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


def age_on(birth: date, day: date) -> int:
    """Completed years on `day`; the birthday itself counts (born 1 July: a year older then)."""
    years = day.year - birth.year
    return years - 1 if day < birthday_in(birth, day.year) else years


def is_minor(birth: date, day: date) -> bool:
    """True when the person is under 18 on `day`."""
    return age_on(birth, day) < ADULT_AGE


def programme_days(start: date, end: date) -> int:
    """Programme days, arrival and departure day counting as one (a one-day event counts 1)."""
    return max(1, (end - start).days)


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months, clamped to the end of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def shift_years(day: date, years: int) -> date:
    """`day` moved by `years` years; 29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


def passport_needed_until(return_day: date, margin_months: int) -> date:
    """The day a passport must still be valid on: return day plus the margin in months."""
    return add_months(return_day, max(0, margin_months))


def passport_valid_through(expires_on: date, return_day: date, margin_months: int) -> bool:
    """True when a passport expiring on `expires_on` is valid through return plus margin."""
    return expires_on >= passport_needed_until(return_day, margin_months)


def leaders_needed(people: int, per_leader: int) -> int:
    """How many leaders `people` need at one leader per `per_leader` (0 for nobody)."""
    if people <= 0 or per_leader <= 0:
        return 0
    return -(-people // per_leader)


def times_overlap(
    first: tuple[time | None, time | None], second: tuple[time | None, time | None]
) -> bool:
    """True when two (start, end) ranges intersect; touching ends and open ranges do not."""
    (a_start, a_end), (b_start, b_end) = first, second
    if None in (a_start, a_end, b_start, b_end):
        return False
    return a_start < b_end and b_start < a_end  # type: ignore[operator]


def overlapping_pairs(
    items: Sequence[T],
    span: Callable[[T], tuple[time | None, time | None]],
    day: Callable[[T], date],
) -> Iterable[tuple[T, T]]:
    """Pairs of items on the same `day(item)` whose `span(item)` ranges intersect.

    Items are compared in order of start time, so each pair is reported once.
    """
    by_day: dict[date, list[T]] = {}
    for item in items:
        by_day.setdefault(day(item), []).append(item)
    for same_day in by_day.values():
        timed = sorted(
            (item for item in same_day if None not in span(item)), key=lambda i: span(i)[0]
        )
        for index, first in enumerate(timed):
            for second in timed[index + 1:]:
                if span(second)[0] >= span(first)[1]:
                    break
                yield first, second
