"""Checks on the group as a whole: the funders' rules, the chaperone ratio, the programme.

Group sizes and ratios count the people who are coming (registered or confirmed); ages are
checked for every participant not cancelled.
"""

from __future__ import annotations

from collections import Counter

from partnerdesk.domain import FunderProfile
from partnerdesk.domain.enums import ExchangeKind, ParticipationRole, Side
from partnerdesk.dto.findings import Finding
from partnerdesk.messages import QT_TRANSLATE_NOOP
from partnerdesk.services.checks.base import ERROR, SIDE_LABELS, WARNING, make
from partnerdesk.services.checks.loading import ExchangeData
from partnerdesk.services.checks.rules import (
    age_on,
    is_minor,
    leaders_needed,
    overlapping_pairs,
    programme_days,
)

MINORS_PER_LEADER = 8  # the association's own rule for youth and school exchanges
YOUTH_KINDS = (ExchangeKind.YOUTH_EXCHANGE, ExchangeKind.SCHOOL_EXCHANGE)
SIDES = (Side.HOME, Side.PARTNER, Side.OTHER)
SIDE = ("side",)


def group_findings(data: ExchangeData) -> list[Finding]:
    """Funder rules of every linked profile, the chaperone ratio, ages and programme overlaps."""
    found: list[Finding] = []
    for profile in data.funder_profiles:
        found += funder_findings(data, profile)
    found += chaperone_findings(data)
    found += birth_date_findings(data)
    found += overlap_findings(data)
    return found


def _counts(data: ExchangeData, role: ParticipationRole, minors_only: bool = False) -> Counter:
    """People coming in `role`, per side (only minors at the start if asked)."""
    start = data.exchange.start_date
    counts: Counter = Counter()
    for person in data.people:
        if not person.coming or person.participation.role != role:
            continue
        birth = person.contact.birth_date
        if minors_only and (birth is None or not is_minor(birth, start)):
            continue
        counts[person.participation.side] += 1
    return counts


def funder_findings(data: ExchangeData, profile: FunderProfile) -> list[Finding]:
    """The rules of one funder profile: ages, group sizes, leaders, programme days."""
    exchange, found = data.exchange, []
    start, programme = exchange.start_date, profile.programme

    def add(kind: str, message: str, area: str, **params: object) -> None:
        found.append(make(data, kind, ERROR, message, area=area, due_on=start,
                          translated=SIDE if "side" in params else (), programme=programme,
                          **params))

    days = programme_days(exchange.start_date, exchange.end_date)
    if profile.min_programme_days and days < profile.min_programme_days:
        add("funder_programme_days", QT_TRANSLATE_NOOP(
            "Findings", "The exchange has {days} programme days; “{programme}” requires at "
            "least {min_days}."), "overview", days=days, min_days=profile.min_programme_days)
    found += _age_findings(data, profile)
    participants = _counts(data, ParticipationRole.PARTICIPANT)
    leaders = _counts(data, ParticipationRole.LEADER)
    for side in SIDES:
        count, led = participants[side], leaders[side]
        label = SIDE_LABELS[side.value]
        limit = profile.max_participants_per_side
        if limit is not None and count > limit:
            add("funder_participants_per_side", QT_TRANSLATE_NOOP(
                "Findings", "{count} participants on the {side} side; “{programme}” allows at "
                "most {max}."), "participants", count=count, side=label, max=limit)
        limit = profile.max_leaders_per_side
        if limit is not None and led > limit:
            add("funder_leaders_per_side", QT_TRANSLATE_NOOP(
                "Findings", "{count} leaders on the {side} side; “{programme}” allows at most "
                "{max}."), "participants", count=led, side=label, max=limit)
        needed = leaders_needed(count, profile.participants_per_leader or 0)
        if led < needed:
            add("funder_leader_ratio", QT_TRANSLATE_NOOP(
                "Findings", "{count} participants on the {side} side need at least {needed} "
                "leaders under “{programme}” (one per {ratio}); there are {leaders}."),
                "participants", count=count, side=label, needed=needed,
                ratio=profile.participants_per_leader, leaders=led)
    return found


def _age_findings(data: ExchangeData, profile: FunderProfile) -> list[Finding]:
    """Participants (not leaders) younger or older at the start than the profile allows."""
    low, high, start = profile.min_age, profile.max_age, data.exchange.start_date
    if low is None and high is None:
        return []
    found = []
    for person in data.people:
        birth = person.contact.birth_date
        if person.participation.role != ParticipationRole.PARTICIPANT or birth is None:
            continue
        age = age_on(birth, start)
        if low is not None and age < low:
            message = QT_TRANSLATE_NOOP(
                "Findings", "{name} is {age} at the start, younger than the minimum age "
                "{min_age} of “{programme}”.")
        elif high is not None and age > high:
            message = QT_TRANSLATE_NOOP(
                "Findings", "{name} is {age} at the start, older than the maximum age "
                "{max_age} of “{programme}”.")
        else:
            continue
        found.append(make(data, "funder_age", ERROR, message, area="youth", due_on=start,
                          person=person, age=age, min_age=low, max_age=high,
                          programme=profile.programme))
    return found


def chaperone_findings(data: ExchangeData) -> list[Finding]:
    """Youth and school exchanges: one leader per 8 minors per side (unless a funder says)."""
    if data.exchange.kind not in YOUTH_KINDS:
        return []
    if any(profile.participants_per_leader for profile in data.funder_profiles):
        return []  # the funder's ratio replaces the association's own
    minors = _counts(data, ParticipationRole.PARTICIPANT, minors_only=True)
    leaders = _counts(data, ParticipationRole.LEADER)
    found = []
    for side in SIDES:
        needed = leaders_needed(minors[side], MINORS_PER_LEADER)
        if leaders[side] < needed:
            found.append(make(
                data, "chaperone_ratio", ERROR, QT_TRANSLATE_NOOP(
                    "Findings", "{minors} minors on the {side} side need at least {needed} "
                    "leaders (one per {ratio}); there are {leaders}."),
                area="participants", due_on=data.exchange.start_date, translated=SIDE,
                minors=minors[side], side=SIDE_LABELS[side.value], needed=needed,
                ratio=MINORS_PER_LEADER, leaders=leaders[side]))
    return found


def birth_date_findings(data: ExchangeData) -> list[Finding]:
    """Participants without a birth date where age matters (youth exchanges, age rules)."""
    age_rules = any(p.min_age is not None or p.max_age is not None
                    for p in data.funder_profiles)
    if data.exchange.kind not in YOUTH_KINDS and not age_rules:
        return []
    return [make(data, "birth_date_missing", WARNING, QT_TRANSLATE_NOOP(
        "Findings", "The birth date of {name} is missing; the age at the start cannot be "
        "checked."), area="youth", due_on=data.exchange.start_date, person=person)
        for person in data.people
        if person.participation.role == ParticipationRole.PARTICIPANT
        and person.contact.birth_date is None]


def overlap_findings(data: ExchangeData) -> list[Finding]:
    """Programme items on the same day whose times intersect."""
    pairs = overlapping_pairs(data.programme, span=lambda i: (i.start_time, i.end_time),
                              day=lambda i: i.day)
    return [make(data, "programme_overlap", WARNING, QT_TRANSLATE_NOOP(
        "Findings", "“{first}” ({first_start}–{first_end}) and “{second}” "
        "({second_start}–{second_end}) overlap on {day}."),
        area="programme", due_on=first.day, first=first.title,
        first_start=first.start_time.strftime("%H:%M"),
        first_end=first.end_time.strftime("%H:%M"), second=second.title,
        second_start=second.start_time.strftime("%H:%M"),
        second_end=second.end_time.strftime("%H:%M"), day=first.day)
        for first, second in pairs]
