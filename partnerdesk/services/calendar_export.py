"""Calendar export: exchanges and their programmes as an iCalendar (.ics) file.

Each exchange becomes an all-day event (end exclusive, as RFC 5545 wants); each programme
item of an exchange that is not cancelled becomes an event of its own, at its clock times in
the time zone of the place where it happens — the home town's zone for incoming and
third-place exchanges, the (first) partner town's zone for outgoing ones. A VTIMEZONE is
written for every zone used, so calendar programs need no zone database of their own.
UIDs are the records' stable UUIDs, so importing a newer export updates events in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from partnerdesk.domain import Exchange, PartnerTown, ProgrammeItem
from partnerdesk.domain.enums import ExchangeDirection, ExchangeStatus
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.storage.database import Database
from partnerdesk.storage.fileio import atomic_path
from partnerdesk.vocabulary import EXCHANGE_DIRECTION, EXCHANGE_KIND, EXCHANGE_STATUS

log = logging.getLogger(__name__)

HOME_TIME_ZONE = "Europe/Berlin"
UID_DOMAIN = "partnerdesk"
PRODID = "-//PartnerDesk//Calendar export//EN"

Translate = Callable[[str, str], str]

KIND_LINE = QT_TRANSLATE_NOOP("Calendar", "Kind: {value}")
DIRECTION_LINE = QT_TRANSLATE_NOOP("Calendar", "Direction: {value}")
STATUS_LINE = QT_TRANSLATE_NOOP("Calendar", "Status: {value}")
TOWNS_LINE = QT_TRANSLATE_NOOP("Calendar", "Partner towns: {value}")
RESPONSIBLE_LINE = QT_TRANSLATE_NOOP("Calendar", "Responsible: {value}")
CALENDAR_NAME = QT_TRANSLATE_NOOP("Calendar", "PartnerDesk exchanges")

# iCalendar STATUS of an exchange's event (cancelled exchanges: CANCELLED).
EVENT_STATUS = {
    ExchangeStatus.IDEA: "TENTATIVE",
    ExchangeStatus.PLANNING: "TENTATIVE",
    ExchangeStatus.CONFIRMED: "CONFIRMED",
    ExchangeStatus.DONE: "CONFIRMED",
    ExchangeStatus.CANCELLED: "CANCELLED",
}


def _untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class _Zone:
    tzid: str
    info: ZoneInfo


def export_calendar(
    db: Database,
    target: Path,
    *,
    exchange_ids: list[int] | None = None,
    since: date | None = None,
    translate: Translate | None = None,
) -> int:
    """Write exchanges and their programme items to the iCalendar file `target`.

    `exchange_ids` limits the export to those exchanges; `since` to exchanges ending on or
    after that day. `translate(context, text)` puts the description labels into the user's
    language (English without it). The file is written atomically: if anything fails, an
    older file at `target` stays as it was. Returns the number of events written.
    """
    label = translate or _untranslated
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", label("Calendar", CALENDAR_NAME))
    zones: dict[str, _Zone] = {}
    days: list[date] = []
    count = 0
    with db.unit() as session:
        query = (
            sa.select(Exchange)
            .options(
                selectinload(Exchange.partner_towns), selectinload(Exchange.programme_items)
            )
            .order_by(Exchange.start_date, Exchange.id)
        )
        if exchange_ids is not None:
            query = query.where(Exchange.id.in_(exchange_ids))
        if since is not None:
            query = query.where(Exchange.end_date >= since)
        for exchange in session.execute(query).scalars():
            towns = sorted(exchange.partner_towns, key=lambda town: town.id)
            calendar.add_component(_exchange_event(exchange, towns, label))
            days += [exchange.start_date, exchange.end_date]
            count += 1
            if exchange.status == ExchangeStatus.CANCELLED:
                continue
            zone = _zone_of(exchange, towns)
            for item in exchange.programme_items:
                event = _item_event(item, exchange, zone, label)
                if item.start_time is not None:
                    zones.setdefault(zone.tzid, zone)
                calendar.add_component(event)
                days.append(item.day)
                count += 1
    _add_time_zones(calendar, zones.values(), days)
    with atomic_path(Path(target)) as tmp:
        tmp.write_bytes(calendar.to_ical())
    return count


def _zone_of(exchange: Exchange, towns: list[PartnerTown]) -> _Zone:
    """Where the exchange's programme happens, as a time zone."""
    tzid = HOME_TIME_ZONE
    if exchange.direction == ExchangeDirection.OUTGOING and towns:
        tzid = towns[0].time_zone or HOME_TIME_ZONE
    try:
        return _Zone(tzid, ZoneInfo(tzid))
    except (ZoneInfoNotFoundError, ValueError):
        log.warning(
            "exchange %s: unknown time zone %r, using %s", exchange.id, tzid, HOME_TIME_ZONE
        )
        return _Zone(HOME_TIME_ZONE, ZoneInfo(HOME_TIME_ZONE))


def _stamp(moment: datetime | None) -> datetime:
    """DTSTAMP: the record's last change in UTC (stable between exports of unchanged data)."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _exchange_event(
    exchange: Exchange, towns: list[PartnerTown], label: Translate
) -> icalendar.Event:
    """The all-day event of one exchange (DTEND is the day after its last day)."""
    event = icalendar.Event()
    event.add("uid", f"{exchange.uuid}@{UID_DOMAIN}")
    event.add("dtstamp", _stamp(exchange.updated_at))
    event.add("dtstart", exchange.start_date)
    event.add("dtend", exchange.end_date + timedelta(days=1))
    event.add("summary", exchange.title)
    if exchange.place:
        event.add("location", exchange.place)
    lines = [
        label("Calendar", KIND_LINE).format(
            value=label("ExchangeKind", EXCHANGE_KIND.get(exchange.kind.value, exchange.kind.value))
        ),
        label("Calendar", DIRECTION_LINE).format(
            value=label(
                "ExchangeDirection",
                EXCHANGE_DIRECTION.get(exchange.direction.value, exchange.direction.value),
            )
        ),
        label("Calendar", STATUS_LINE).format(
            value=label(
                "ExchangeStatus",
                EXCHANGE_STATUS.get(exchange.status.value, exchange.status.value),
            )
        ),
    ]
    if towns:
        names = ", ".join(town.name for town in sorted(towns, key=lambda town: town.name))
        lines.append(label("Calendar", TOWNS_LINE).format(value=names))
    event.add("description", "\n".join(lines))
    event.add("status", EVENT_STATUS.get(exchange.status, "TENTATIVE"))
    event.add("transp", "TRANSPARENT")
    return event


def _item_event(
    item: ProgrammeItem, exchange: Exchange, zone: _Zone, label: Translate
) -> icalendar.Event:
    """The event of one programme item: timed in `zone`, or all-day without a start time."""
    event = icalendar.Event()
    event.add("uid", f"{item.uuid}@{UID_DOMAIN}")
    event.add("dtstamp", _stamp(item.updated_at))
    if item.start_time is None:
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
    else:
        event.add("dtstart", datetime.combine(item.day, item.start_time, tzinfo=zone.info))
        if item.end_time is not None:
            event.add("dtend", datetime.combine(item.day, item.end_time, tzinfo=zone.info))
    summary = item.title
    if item.title_native:
        summary = f"{item.title} / {item.title_native}"
    event.add("summary", summary)
    if item.place:
        event.add("location", item.place)
    lines = []
    if item.responsible_name:
        lines.append(label("Calendar", RESPONSIBLE_LINE).format(value=item.responsible_name))
    if item.notes:
        lines.append(item.notes)
    if lines:
        event.add("description", "\n".join(lines))
    event.add("related-to", f"{exchange.uuid}@{UID_DOMAIN}")
    return event


def _add_time_zones(
    calendar: icalendar.Calendar, zones: Iterable[_Zone], days: list[date]
) -> None:
    """Add a VTIMEZONE for each zone used, covering the transitions around the events."""
    zones = sorted(zones, key=lambda zone: zone.tzid)
    if not zones:
        return
    first = min(days) - timedelta(days=366)
    last = max(days) + timedelta(days=366)
    timezones = [
        icalendar.Timezone.from_tzid(zone.tzid, first_date=first, last_date=last)
        for zone in zones
    ]
    # RFC 5545 puts no order on components, but many readers want zones first.
    events = list(calendar.subcomponents)
    calendar.subcomponents[:] = [*timezones, *events]
