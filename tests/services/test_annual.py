"""The annual report's figures: which exchanges and participants count, age bands at the
start, participant-days with partial attendance, five years by side, grants won and the
partner towns' status at the end of the year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from partnerdesk.domain import (
    Contact,
    Exchange,
    GrantApplication,
    Participation,
    PartnerTown,
    PartnerTownStatusChange,
)
from partnerdesk.domain.enums import (
    ContactKind,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    Gender,
    GrantStatus,
    ParticipationRole,
    ParticipationStatus,
    PartnerTownStatus,
    Side,
)
from partnerdesk.services import annual

YEAR = 2026


def test_age_bands_and_their_limits():
    assert [annual.age_band(age) for age in (0, 13, 14, 17, 18, 26, 27, 59, 60, 99)] == [
        "under_14", "under_14", "14_17", "14_17", "18_26", "18_26", "27_59", "27_59",
        "60_plus", "60_plus"]
    assert annual.age_band(None) == annual.age_band(-1) == annual.UNKNOWN


def test_days_present_count_partial_attendance_as_funders_do():
    start, end = date(2026, 7, 1), date(2026, 7, 10)
    assert annual.days_present(start, end, None, None) == 9  # arrival and departure: one day
    assert annual.days_present(start, end, date(2026, 7, 3), date(2026, 7, 5)) == 2
    assert annual.days_present(start, end, date(2026, 7, 10), None) == 1  # the last day only
    assert annual.days_present(start, end, date(2026, 6, 1), date(2026, 8, 1)) == 9  # clamped
    assert annual.days_present(start, start, None, None) == 1


def _exchange(title: str, start: date, end: date, status=ExchangeStatus.DONE,
              towns=()) -> Exchange:
    return Exchange(title=title, kind=ExchangeKind.YOUTH_EXCHANGE,
                    direction=ExchangeDirection.INCOMING, start_date=start, end_date=end,
                    status=status, partner_towns=list(towns))


def _person(name: str, gender: Gender, born: date | None, side=Side.HOME) -> Contact:
    return Contact(given_name=name, family_name="Test", gender=gender, birth_date=born,
                   side=side)


def _fill(db) -> dict[str, int]:
    """Five years of exchanges, people of every band, statuses that count and do not."""
    with db.unit() as session:
        active = PartnerTown(name="Welikije Luki", name_native="Великие Луки", country="RU",
                             status=PartnerTownStatus.RESTING, status_history=[
                                 PartnerTownStatusChange(status=PartnerTownStatus.ACTIVE,
                                                         since=date(1990, 5, 1)),
                                 PartnerTownStatusChange(status=PartnerTownStatus.RESTING,
                                                         since=date(2027, 3, 1))])
        later = PartnerTown(name="Später", country="PL", partnership_since=date(2028, 1, 1))
        quiet = PartnerTown(name="Stillstadt", country="FR", partnership_since=date(2000, 1, 1),
                            status=PartnerTownStatus.RESTING)
        kid = _person("Kid", Gender.FEMALE, date(2014, 6, 1))
        teen = _person("Teen", Gender.MALE, date(2010, 8, 1), Side.PARTNER)
        eighteen = _person("Eighteen", Gender.FEMALE, date(2008, 7, 1))  # 18 on the first day
        adult = _person("Adult", Gender.DIVERSE, date(1986, 1, 1))
        senior = _person("Senior", Gender.MALE, date(1950, 1, 1), Side.PARTNER)
        nobody = _person("Unknown", Gender.UNKNOWN, None, Side.OTHER)
        funder = Contact(kind=ContactKind.ORGANISATION, organisation_name="Stiftung")
        summer = _exchange("Sommer", date(YEAR, 7, 1), date(YEAR, 7, 10), towns=[active])
        new_year = _exchange("Silvester", date(YEAR, 12, 30), date(YEAR + 1, 1, 2),
                             ExchangeStatus.CONFIRMED)
        cancelled = _exchange("Abgesagt", date(YEAR, 5, 1), date(YEAR, 5, 3),
                              ExchangeStatus.CANCELLED)
        next_year = _exchange("Nächstes Jahr", date(YEAR + 1, 1, 5), date(YEAR + 1, 1, 9))
        earlier = _exchange("Früher", date(YEAR - 3, 4, 1), date(YEAR - 3, 4, 5))
        too_old = _exchange("Zu alt", date(YEAR - 5, 4, 1), date(YEAR - 5, 4, 5))
        session.add_all([active, later, quiet, kid, teen, eighteen, adult, senior, nobody, funder,
                         summer, new_year, cancelled, next_year, earlier, too_old])
        session.flush()
        taking_part = [
            (summer, kid, Side.HOME, ParticipationStatus.CONFIRMED, None, None),
            (summer, teen, Side.PARTNER, ParticipationStatus.REGISTERED, date(YEAR, 7, 3),
             date(YEAR, 7, 5)),
            (summer, eighteen, Side.HOME, ParticipationStatus.CONFIRMED, None, None),
            (summer, nobody, Side.OTHER, ParticipationStatus.CONFIRMED, None, None),
            (summer, adult, Side.HOME, ParticipationStatus.WAITING_LIST, None, None),
            (summer, senior, Side.PARTNER, ParticipationStatus.CANCELLED, None, None),
            (new_year, kid, Side.HOME, ParticipationStatus.CONFIRMED, None, None),
            (cancelled, adult, Side.HOME, ParticipationStatus.CONFIRMED, None, None),
            (next_year, senior, Side.PARTNER, ParticipationStatus.CONFIRMED, None, None),
            (earlier, adult, Side.HOME, ParticipationStatus.CONFIRMED, None, None),
            (earlier, senior, Side.HOME, ParticipationStatus.CONFIRMED, None, None),
            (too_old, adult, Side.HOME, ParticipationStatus.CONFIRMED, None, None)]
        session.add_all([
            Participation(exchange_id=exchange.id, contact_id=person.id, side=side,
                          status=status, arrives_on=arrives, departs_on=departs,
                          role=ParticipationRole.HOST if person is nobody
                          else ParticipationRole.PARTICIPANT)
            for exchange, person, side, status, arrives, departs in taking_part])
        grants = [("Bewilligt", GrantStatus.FUNDS_RECEIVED, Decimal("900.00"), [summer]),
                  ("Abgelehnt", GrantStatus.REJECTED, Decimal("100.00"), [new_year]),
                  ("Offen", GrantStatus.SUBMITTED, None, [summer]),
                  ("Nächstes", GrantStatus.APPROVED, Decimal("50.00"), [next_year])]
        session.add_all([GrantApplication(title=title, funder_id=funder.id, status=status,
                                          amount_approved=approved, exchanges=linked)
                         for title, status, approved, linked in grants])
        session.commit()
        return {"summer": summer.id, "new_year": new_year.id}


def test_the_years_exchanges_and_who_counts(db):
    ids = _fill(db)
    report = annual.annual_report(db, YEAR)
    assert [e.title for e in report.exchanges] == ["Abgesagt", "Sommer", "Silvester"]
    summer, new_year = report.exchanges[1], report.exchanges[2]
    assert (summer.id, new_year.id) == (ids["summer"], ids["new_year"])
    assert summer.by_side == {"home": 2, "partner": 1, "other": 1} and summer.participants == 4
    assert summer.participant_days == 9 + 2 + 9 + 9
    assert summer.partner_towns[0].name_native == "Великие Луки"
    assert new_year.participants == 1 and new_year.participant_days == 3
    assert report.exchanges[0].participants == 0  # cancelled: listed, nobody counted
    assert (report.participants, report.people, report.participant_days) == (5, 4, 32)
    assert report.by_side == {"home": 3, "partner": 1, "other": 1}
    assert report.by_age == {"under_14": 2, "14_17": 1, "18_26": 1, annual.UNKNOWN: 1}
    assert report.by_gender == {"female": 3, "male": 1, "unknown": 1}
    assert report.by_side_and_age == {"home": {"under_14": 2, "18_26": 1},
                                      "partner": {"14_17": 1}, "other": {annual.UNKNOWN: 1}}


def test_five_years_by_side_each_exchange_in_its_first_year(db):
    _fill(db)
    history = annual.annual_report(db, YEAR).history
    assert [h.year for h in history] == list(range(YEAR - 4, YEAR + 1))
    assert {h.year: h.by_side for h in history if h.by_side} == {
        YEAR - 3: {"home": 2}, YEAR: {"home": 3, "partner": 1, "other": 1}}
    following = annual.annual_report(db, YEAR + 1)
    assert [e.title for e in following.exchanges] == ["Nächstes Jahr"]
    assert following.by_side == {"partner": 1}


def test_grants_won_and_their_totals(db):
    _fill(db)
    report = annual.annual_report(db, YEAR)
    assert [g.title for g in report.grants] == ["Bewilligt"]
    (totals,) = report.grant_totals
    assert (totals.currency, totals.approved, totals.received) == (
        "EUR", Decimal("900.00"), Decimal("0.00"))


def test_partner_towns_as_they_stood_at_the_end_of_the_year(db):
    _fill(db)
    towns = {t.name: t for t in annual.annual_report(db, YEAR).towns}
    assert set(towns) == {"Welikije Luki", "Stillstadt"}  # "Später" begins in 2028
    assert (towns["Welikije Luki"].status, towns["Welikije Luki"].since) == (
        "active", date(1990, 5, 1))  # resting only from March next year
    assert (towns["Stillstadt"].status, towns["Stillstadt"].since) == (
        "resting", date(2000, 1, 1))
    later = {t.name: t.status for t in annual.annual_report(db, YEAR + 1).towns}
    assert later["Welikije Luki"] == "resting"


def test_an_empty_database_gives_an_empty_year(db):
    report = annual.annual_report(db, YEAR)
    assert (report.exchanges, report.participants, report.grants, report.towns) == (
        (), 0, (), ())
    assert len(report.history) == annual.HISTORY_YEARS
