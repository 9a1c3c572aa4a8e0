"""An exchange's programme: items per day with times; list, save, delete, find overlaps.

Items without a start time (whole-day notes such as "arrival") never overlap; an item with
a start but no end time is a moment. Two items overlap when they are on the same day and
their time ranges intersect (touching ends do not count), or when they start together.
"""

from __future__ import annotations

from datetime import time
from itertools import combinations

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain import Exchange, ProgrammeItem
from partnerdesk.domain.base import utcnow
from partnerdesk.dto.exchanges import ProgrammeItemForm
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.exchange_editing import CONTEXT, NOT_FOUND, check_version, get_or_fail
from partnerdesk.storage.database import Database

ITEM_GONE = QT_TRANSLATE_NOOP("Exchanges", "This programme item no longer exists.")
ITEM_CHANGED = QT_TRANSLATE_NOOP(
    "Exchanges", "This programme item was changed elsewhere meanwhile. Nothing was saved.")
NO_TITLE = QT_TRANSLATE_NOOP("Exchanges", "The programme item needs a title.")
NO_DAY = QT_TRANSLATE_NOOP("Exchanges", "The programme item needs a day.")
OUTSIDE = QT_TRANSLATE_NOOP(
    "Exchanges", "The day must lie within the exchange ({start} – {end}).")
TIMES_ORDER = QT_TRANSLATE_NOOP("Exchanges", "The item cannot end before it starts.")
END_WITHOUT_START = QT_TRANSLATE_NOOP("Exchanges", "An end time needs a start time.")

_FIELDS = ("day", "start_time", "end_time", "title", "title_native", "place",
           "responsible_id", "responsible_name", "notes")


def _form(item: ProgrammeItem) -> ProgrammeItemForm:
    return ProgrammeItemForm(exchange_id=item.exchange_id, id=item.id, version=item.version,
                             **{name: getattr(item, name) for name in _FIELDS})


def _sort_key(item: ProgrammeItem | ProgrammeItemForm) -> tuple:
    # whole-day items first, then by start time
    return (item.day, item.start_time is not None, item.start_time or time.min, item.id or 0)


def list_items(db: Database, exchange_id: int) -> list[ProgrammeItemForm]:
    """The exchange's programme by day, then start time (items without a time first)."""
    with db.unit() as session:
        items = session.execute(
            sa.select(ProgrammeItem).where(ProgrammeItem.exchange_id == exchange_id)
        ).scalars().all()
        return [_form(item) for item in sorted(items, key=_sort_key)]


def validate_item(form: ProgrammeItemForm, exchange: Exchange) -> list[UserError]:
    """What is wrong with `form` for `exchange` (empty when all is well)."""
    problems = []
    if not form.title.strip():
        problems.append(UserError(NO_TITLE, CONTEXT))
    if form.day is None:
        problems.append(UserError(NO_DAY, CONTEXT))
    elif not exchange.start_date <= form.day <= exchange.end_date:
        problems.append(UserError(OUTSIDE, CONTEXT, start=exchange.start_date,
                                  end=exchange.end_date))
    if form.end_time is not None and form.start_time is None:
        problems.append(UserError(END_WITHOUT_START, CONTEXT))
    elif form.end_time is not None and form.end_time < form.start_time:  # type: ignore[operator]
        problems.append(UserError(TIMES_ORDER, CONTEXT))
    return problems


def save_item(db: Database, form: ProgrammeItemForm) -> tuple[int, int]:
    """Save a programme item in one unit of work; returns (id, new version)."""
    with db.unit() as session:
        exchange = get_or_fail(session, Exchange, form.exchange_id, NOT_FOUND)
        problems = validate_item(form, exchange)
        if problems:
            raise problems[0]
        if form.id is None:
            item = ProgrammeItem(exchange_id=exchange.id)
            session.add(item)
        else:
            item = get_or_fail(session, ProgrammeItem, form.id, ITEM_GONE)
            check_version(item, form.version, ITEM_CHANGED)
        for name in _FIELDS:
            value = getattr(form, name)
            setattr(item, name, value.strip() if isinstance(value, str) else value)
        item.updated_at = utcnow()
        try:
            session.commit()
        except StaleDataError as exc:
            raise UserError(ITEM_CHANGED, CONTEXT) from exc
        return item.id, item.version


def delete_item(db: Database, item_id: int, expected_version: int | None = None) -> None:
    """Delete a programme item (refused when it changed since `expected_version`)."""
    with db.unit() as session:
        item = get_or_fail(session, ProgrammeItem, item_id, ITEM_GONE)
        check_version(item, expected_version, ITEM_CHANGED)
        session.delete(item)
        session.commit()


def _overlap(a: ProgrammeItemForm, b: ProgrammeItemForm) -> bool:
    if a.day != b.day or a.start_time is None or b.start_time is None:
        return False
    a_end, b_end = a.end_time or a.start_time, b.end_time or b.start_time
    return a.start_time == b.start_time or (a.start_time < b_end and b.start_time < a_end)


def overlapping(items: list[ProgrammeItemForm]) -> list[tuple[int, int]]:
    """Pairs of item ids (in the order of `items`) whose times overlap on the same day.

    For a list already loaded with `list_items` (no second query)."""
    return [(a.id, b.id) for a, b in combinations(items, 2)  # type: ignore[misc]
            if _overlap(a, b)]


def overlaps(db: Database, exchange_id: int) -> list[tuple[int, int]]:
    """Pairs of item ids (in programme order) whose times overlap on the same day."""
    return overlapping(list_items(db, exchange_id))
