"""Host families: who sleeps where, and what is off about it (`host_warnings`).

A placement is a guest (a participation) staying with a host contact from one date to
another, within the exchange. A guest sleeps at the host on the nights from `from_date` up
to the night before `to_date` (a placement of a single day counts as one night). Warnings:

- ``over_capacity``: more guests on some night than the host profile's beds (hosts without
  a profile have unknown beds: no warning);
- ``pets_allergies``: the host keeps pets and the guest's allergies mention animals
  (`ANIMAL_WORDS`, or a word of the host's pets). The allergy text is not put in the
  warning (health data);
- ``no_common_language``: host (profile, else contact) and guest share no language code
  (languages unknown on either side: no warning);
- ``host_travelling``: the host has a participation, not cancelled, in another exchange
  (not cancelled) overlapping the placement, or travels in this one (`_travels`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from partnerdesk.domain import (
    Contact,
    Exchange,
    HostPlacement,
    HostProfile,
    Participation,
    ParticipationHealth,
)
from partnerdesk.domain.enums import (
    ExchangeDirection,
    ExchangeStatus,
    ParticipationRole,
    ParticipationStatus,
)
from partnerdesk.dto.exchanges import HostWarning, PlacementRow
from partnerdesk.messages import QT_TRANSLATE_NOOP, UserError
from partnerdesk.services.checks.loading import TRAVELLING_SIDES  # who travels, one rule
from partnerdesk.services.exchange_editing import CONTEXT, check_version, get_or_fail
from partnerdesk.storage.database import Database

# Word starts that mark an allergy to animals, in German, English and Russian (lower case;
# matched at the start of a word, so "Katzenhaare" and "кошки" are found).
ANIMAL_WORDS = (
    "tier", "haustier", "katze", "katzen", "hund", "pferd", "meerschwein", "kaninchen",
    "hamster", "vogel", "vögel", "feder",
    "animal", "pets", "pet hair", "pet dander", "dander", "cat", "dog", "horse", "rabbit",
    "guinea pig", "bird", "feather",
    "животн", "шерст", "кошк", "кошек", "кошач", "собак", "пёс", "лошад", "кролик", "хомяк",
    "птиц", "перь", "перо",
)
WARNING_KINDS = ("over_capacity", "pets_allergies", "no_common_language", "host_travelling")
MESSAGES = {
    "over_capacity": QT_TRANSLATE_NOOP(
        "Exchanges", "{host} has {guests} guests on {day} but only {beds} beds."),
    "pets_allergies": QT_TRANSLATE_NOOP(
        "Exchanges", "{host} keeps pets ({pets}) and {guest} has an allergy to animals."),
    "no_common_language": QT_TRANSLATE_NOOP(
        "Exchanges", "{host} ({host_languages}) and {guest} ({guest_languages}) share no "
        "language."),
    "host_travelling": QT_TRANSLATE_NOOP(
        "Exchanges", "{host} hosts {guest} but travels with {exchange} at the same time."),
}
PARTICIPATION_GONE = QT_TRANSLATE_NOOP("Exchanges", "This participant is no longer listed.")
HOST_GONE = QT_TRANSLATE_NOOP("Exchanges", "This host no longer exists.")
PLACEMENT_GONE = QT_TRANSLATE_NOOP("Exchanges", "This host placement no longer exists.")
PLACEMENT_CHANGED = QT_TRANSLATE_NOOP(
    "Exchanges", "This host placement was changed elsewhere meanwhile. Nothing was changed.")
CANCELLED_GUEST = QT_TRANSLATE_NOOP("Exchanges", "A cancelled participant cannot be placed.")
SELF_HOST = QT_TRANSLATE_NOOP("Exchanges", "A guest cannot be their own host.")
PLACEMENT_DATES = QT_TRANSLATE_NOOP(
    "Exchanges", "The stay must lie within the exchange ({start} – {end}) and end after it "
    "starts.")
DOUBLE_PLACEMENT = QT_TRANSLATE_NOOP(
    "Exchanges", "{guest} already stays with {host} during these days.")

Guest = aliased(Contact)
Host = aliased(Contact)


def _rows(session: Session, *where: sa.ColumnElement[bool]) -> list[PlacementRow]:
    result = session.execute(
        sa.select(HostPlacement, Participation.contact_id, Guest, Host)
        .join(Participation, Participation.id == HostPlacement.participation_id)
        .join(Guest, Guest.id == Participation.contact_id)
        .join(Host, Host.id == HostPlacement.host_id)
        .where(*where)
        .order_by(Host.sort_name, HostPlacement.from_date, HostPlacement.id)
    )
    return [PlacementRow(h.id, h.participation_id, guest_id, guest.display_name, h.host_id,
                         host.display_name, h.from_date, h.to_date, h.version)
            for h, guest_id, guest, host in result]


def list_placements(db: Database, exchange_id: int) -> list[PlacementRow]:
    """The exchange's host placements, by host, then date."""
    with db.unit() as session:
        return _rows(session, Participation.exchange_id == exchange_id)


def remove_placements_of(session: Session, participation_id: int) -> tuple[PlacementRow, ...]:
    """Delete a participation's placements inside the caller's unit of work; what went."""
    removed = _rows(session, HostPlacement.participation_id == participation_id)
    session.execute(sa.delete(HostPlacement).where(
        HostPlacement.participation_id == participation_id))
    return tuple(removed)


def assign_guest(db: Database, participation_id: int, host_contact_id: int,
                 from_date: date, to_date: date) -> int:
    """Place a guest with a host from `from_date` to `to_date` (within the exchange); its id."""
    with db.unit() as session:
        guest = get_or_fail(session, Participation, participation_id, PARTICIPATION_GONE)
        host = get_or_fail(session, Contact, host_contact_id, HOST_GONE)
        if guest.status == ParticipationStatus.CANCELLED:
            raise UserError(CANCELLED_GUEST, CONTEXT)
        if guest.contact_id == host.id:
            raise UserError(SELF_HOST, CONTEXT)
        start, end = guest.exchange.start_date, guest.exchange.end_date
        if not start <= from_date <= to_date <= end:
            raise UserError(PLACEMENT_DATES, CONTEXT, start=start, end=end)
        nights = set(_nights(from_date, to_date))
        for other, other_host in session.execute(
            sa.select(HostPlacement, Host).join(Host, Host.id == HostPlacement.host_id)
            .where(HostPlacement.participation_id == participation_id)
        ):
            if nights & set(_nights(other.from_date, other.to_date)):
                raise UserError(DOUBLE_PLACEMENT, CONTEXT, guest=guest.contact.display_name,
                                host=other_host.display_name)
        placement = HostPlacement(participation_id=participation_id, host_id=host.id,
                                  from_date=from_date, to_date=to_date)
        session.add(placement)
        session.commit()
        return placement.id


def unassign(db: Database, placement_id: int, expected_version: int | None = None) -> None:
    """Delete a host placement (refused when it changed since `expected_version`)."""
    with db.unit() as session:
        placement = get_or_fail(session, HostPlacement, placement_id, PLACEMENT_GONE)
        check_version(placement, expected_version, PLACEMENT_CHANGED)
        session.delete(placement)
        session.commit()


def _nights(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range(max((end - start).days, 1))]


def _codes(text: str) -> set[str]:
    return {code for code in re.split(r"[\s,;/]+", text.lower()) if code}


def _mentions_animals(allergies: str, pets: str) -> bool:
    words = ANIMAL_WORDS + tuple(w for w in re.split(r"\W+", pets.lower()) if len(w) >= 4)
    text = allergies.lower()
    return any(re.search(r"(?<!\w)" + re.escape(word), text) for word in words)


def _travels(p: Participation, direction: ExchangeDirection) -> bool:
    """Whether a participation in an exchange takes the person away from home."""
    if p.role == ParticipationRole.HOST or p.status == ParticipationStatus.CANCELLED:
        return False
    return p.side in TRAVELLING_SIDES[direction]


def host_warnings(db: Database, exchange_id: int) -> list[HostWarning]:
    """Everything off with the exchange's host placements (see the module docstring)."""
    warnings: list[HostWarning] = []

    def warn(kind: str, host_id: int, participation_id: int | None, **params: object) -> None:
        warnings.append(HostWarning(kind, host_id, participation_id, params, MESSAGES[kind]))

    with db.unit() as session:
        exchange = session.get(Exchange, exchange_id)
        if exchange is None:
            return []
        rows = session.execute(
            sa.select(HostPlacement, Participation, Guest, Host, HostProfile,
                      ParticipationHealth.allergies)
            .join(Participation, Participation.id == HostPlacement.participation_id)
            .join(Guest, Guest.id == Participation.contact_id)
            .join(Host, Host.id == HostPlacement.host_id)
            .outerjoin(HostProfile, HostProfile.contact_id == Host.id)
            .outerjoin(ParticipationHealth,
                       ParticipationHealth.participation_id == Participation.id)
            .where(Participation.exchange_id == exchange_id,
                   Participation.status != ParticipationStatus.CANCELLED)
            .order_by(Host.sort_name, HostPlacement.from_date, HostPlacement.id)
        ).all()
        per_night: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        hosts: dict[int, tuple[Contact, HostProfile | None]] = {}
        taking_part = _participations_of(session, {row[3].id for row in rows})
        for placement, guest_p, guest, host, profile, allergies in rows:
            hosts[host.id] = (host, profile)
            for night in _nights(placement.from_date, placement.to_date):
                per_night[host.id][night] += 1
            if profile is not None and profile.pets.strip() and allergies \
                    and _mentions_animals(allergies, profile.pets):
                warn("pets_allergies", host.id, guest_p.id, host=host.display_name,
                     guest=guest.display_name, pets=profile.pets)
            host_langs = _codes(profile.languages if profile and profile.languages
                                else host.languages)
            guest_langs = _codes(guest.languages)
            if host_langs and guest_langs and not host_langs & guest_langs:
                warn("no_common_language", host.id, guest_p.id, host=host.display_name,
                     guest=guest.display_name, host_languages=", ".join(sorted(host_langs)),
                     guest_languages=", ".join(sorted(guest_langs)))
            for trip in _trips(taking_part.get(host.id, ()), exchange, placement):
                warn("host_travelling", host.id, guest_p.id, host=host.display_name,
                     guest=guest.display_name, exchange=trip.title, exchange_id=trip.id)
        for host_id, nights in per_night.items():
            host, profile = hosts[host_id]
            if profile is None:
                continue
            crowded = sorted(day for day, n in nights.items() if n > profile.beds)
            if crowded:
                warn("over_capacity", host_id, None, host=host.display_name, day=crowded[0],
                     guests=nights[crowded[0]], beds=profile.beds)
    return warnings


def _participations_of(session: Session, host_ids: set[int]
                       ) -> dict[int, list[tuple[Participation, Exchange]]]:
    """The hosts' participations (not cancelled) in exchanges (not cancelled), by host."""
    found: dict[int, list[tuple[Participation, Exchange]]] = defaultdict(list)
    if not host_ids:
        return found
    rows = session.execute(
        sa.select(Participation, Exchange)
        .join(Exchange, Exchange.id == Participation.exchange_id)
        .where(Participation.contact_id.in_(host_ids),
               Participation.status != ParticipationStatus.CANCELLED,
               Exchange.status != ExchangeStatus.CANCELLED)
        .order_by(Participation.id)
    ).all()
    for p, other in rows:
        found[p.contact_id].append((p, other))
    return found


def _trips(rows: Iterable[tuple[Participation, Exchange]], exchange: Exchange,
           placement: HostPlacement) -> list[Exchange]:
    """The exchanges (of the host's participations `rows`) that take the host away during
    the placement."""
    trips = []
    for p, other in rows:
        if other.id == exchange.id:
            if _travels(p, exchange.direction):
                trips.append(other)
            continue
        begins = p.arrives_on or other.start_date
        ends = p.departs_on or other.end_date
        if begins <= placement.to_date and placement.from_date <= ends:
            trips.append(other)
    return trips
