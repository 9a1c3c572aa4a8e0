"""The exchange checks: pure rule helpers, each rule passing and failing, ordering, demo, CLI."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from partnerdesk.cli.findings_cmd import cmd_ls_findings
from partnerdesk.domain import (
    Consent,
    Contact,
    Exchange,
    FunderProfile,
    GrantApplication,
    Guardianship,
    Participation,
    PartnerTown,
    PassportRecord,
    ProgrammeItem,
)
from partnerdesk.domain.enums import (
    ContactKind,
    ExchangeDirection,
    ExchangeKind,
    ExchangeStatus,
    GrantStatus,
    OrganisationKind,
    ParticipationStatus,
    VisaStatus,
)
from partnerdesk.dto.findings import Amount, Finding, most_urgent_first
from partnerdesk.messages import UserError
from partnerdesk.services.checks import all_findings, check_exchange
from partnerdesk.services.checks.rules import (
    add_months,
    age_on,
    is_minor,
    overlapping_pairs,
    passport_valid_through,
    programme_days,
)

TODAY = date(2026, 3, 1)
START, END = date(2026, 7, 1), date(2026, 7, 8)


# ---------------------------------------------------------------- pure helpers


def test_age_counts_the_birthday_on_the_start_day():
    assert age_on(date(2008, 7, 1), date(2026, 7, 1)) == 18
    assert age_on(date(2008, 7, 2), date(2026, 7, 1)) == 17
    assert not is_minor(date(2008, 7, 1), date(2026, 7, 1))
    assert is_minor(date(2008, 7, 2), date(2026, 7, 1))


def test_age_of_29_february_birthdays():
    leapling = date(2008, 2, 29)
    assert age_on(leapling, date(2026, 2, 28)) == 17   # common year: birthday is 1 March
    assert age_on(leapling, date(2026, 3, 1)) == 18
    assert age_on(leapling, date(2028, 2, 28)) == 19   # leap year: birthday is 29 February
    assert age_on(leapling, date(2028, 2, 29)) == 20


def test_programme_days_count_arrival_and_departure_as_one():
    assert programme_days(START, END) == 7
    assert programme_days(START, START) == 1
    assert programme_days(START, START + timedelta(days=1)) == 1


def test_passport_margins_clamp_to_month_end():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert passport_valid_through(date(2027, 2, 28), date(2026, 8, 31), 6)
    assert not passport_valid_through(date(2027, 2, 27), date(2026, 8, 31), 6)
    assert passport_valid_through(date(2026, 8, 31), date(2026, 8, 31), 0)
    assert not passport_valid_through(date(2026, 8, 30), date(2026, 8, 31), 0)


def test_overlapping_pairs_on_the_same_day_only():
    items = [("a", date(2026, 7, 2), time(9), time(11)), ("b", date(2026, 7, 2), time(10),
             time(12)), ("c", date(2026, 7, 2), time(12), time(13)),
             ("d", date(2026, 7, 3), time(9), time(11)), ("e", date(2026, 7, 2), None, None)]
    pairs = list(overlapping_pairs(items, span=lambda i: (i[2], i[3]), day=lambda i: i[1]))
    assert [(a[0], b[0]) for a, b in pairs] == [("a", "b")]


def _finding(due: date | None, severity: str, kind: str = "k") -> Finding:
    return Finding(kind, severity, 1, "X", None, None, "", "m", {}, due, "overview")


def test_most_urgent_first_overdue_then_due_date_then_errors():
    found = most_urgent_first([
        _finding(None, "error", "none"), _finding(date(2026, 5, 1), "warning", "later"),
        _finding(date(2026, 4, 1), "warning", "soon-w"), _finding(date(2026, 4, 1), "error",
                                                                  "soon-e"),
        _finding(date(2026, 1, 1), "warning", "overdue")])
    assert [f.kind for f in found] == ["overdue", "soon-e", "soon-w", "later", "none"]
    assert found[0].is_overdue(TODAY) and not found[1].is_overdue(TODAY)


# ---------------------------------------------------------------- crafted exchanges


class Trip:
    """Builds one small exchange in the test database."""

    made = 0

    def __init__(self, db, kind=ExchangeKind.YOUTH_EXCHANGE,
                 direction=ExchangeDirection.OUTGOING, start=START, end=END, margin=6):
        self.db = db
        with db.unit() as s:
            Trip.made += 1
            town = PartnerTown(name=f"Nowo {Trip.made}", country="RU",
                               passport_margin_months=margin)
            ex = Exchange(title="Trip", kind=kind, direction=direction, start_date=start,
                          end_date=end, status=ExchangeStatus.CONFIRMED, partner_towns=[town])
            s.add(ex)
            s.commit()
            self.id = ex.id

    def person(self, role="participant", side="home", age=30, guardian=True, consent=True,
               emergency=True, passport: date | None = date(2030, 1, 1), passport_name=True,
               birth: date | None = None, **fields) -> int:
        """Adds a contact taking part; returns the participation id."""
        birth = birth or (None if age is None else date(START.year - age, 1, 1))
        with self.db.unit() as s:
            kid = Contact(given_name=f"P{age}", family_name="Test", birth_date=birth,
                          passport_given_name="P" if passport_name else "",
                          passport_family_name="TEST" if passport_name else "")
            parent = Contact(given_name="Parent", family_name="Test")
            s.add_all([kid, parent])
            s.flush()
            if guardian:
                s.add(Guardianship(ward_id=kid.id, guardian_id=parent.id))
            if consent:
                s.add(Consent(contact_id=kid.id, purpose="minor_travel", exchange_id=self.id,
                              given_by="guardian", guardian_id=parent.id,
                              given_on=date(2026, 1, 1)))
            if passport:
                s.add(PassportRecord(contact_id=kid.id, number="1", expires_on=passport))
            part = Participation(exchange_id=self.id, contact_id=kid.id, role=role, side=side,
                                 emergency_contact_id=parent.id if emergency else None,
                                 **fields)
            s.add(part)
            s.commit()
            return part.id

    def funder(self, **rules) -> None:
        with self.db.unit() as s:
            org = Contact(kind=ContactKind.ORGANISATION, organisation_name="Fonds",
                          organisation_kind=OrganisationKind.FUNDER)
            s.add(org)
            s.flush()
            profile = FunderProfile(funder_id=org.id, programme="Jugend", **rules)
            s.add(profile)
            s.flush()
            grant = GrantApplication(title="G", funder_id=org.id,
                                     funder_profile_id=profile.id,
                                     status=GrantStatus.SUBMITTED)
            grant.exchanges.append(s.get(Exchange, self.id))
            s.add(grant)
            s.commit()

    def kinds(self, today: date = TODAY) -> Counter:
        return Counter(f.kind for f in check_exchange(self.db, self.id, today))


def test_funder_age_range_for_participants_only(db):
    trip = Trip(db)
    trip.funder(min_age=12, max_age=26)
    trip.person(age=12)
    trip.person(age=26)
    trip.person(role="leader", age=40)
    assert trip.kinds()["funder_age"] == 0
    trip.person(age=11)
    trip.person(age=27)
    assert trip.kinds()["funder_age"] == 2


def test_funder_age_counts_birthday_on_start_day(db):
    trip = Trip(db)
    trip.funder(min_age=12)
    trip.person(birth=date(2014, 7, 1))                     # turns 12 on the start day
    assert trip.kinds()["funder_age"] == 0
    trip.person(birth=date(2014, 7, 2))
    assert trip.kinds()["funder_age"] == 1


def test_funder_group_size_per_side(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL)
    trip.funder(max_participants_per_side=2, max_leaders_per_side=1)
    trip.person()
    trip.person()
    trip.person(role="leader")
    trip.person(side="partner", status=ParticipationStatus.CANCELLED)
    trip.person(status=ParticipationStatus.WAITING_LIST)    # not coming: not counted
    assert not trip.kinds()
    trip.person()
    trip.person(role="leader")
    kinds = trip.kinds()
    assert kinds["funder_participants_per_side"] == 1
    assert kinds["funder_leaders_per_side"] == 1


def test_funder_participants_per_leader(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL)
    trip.funder(participants_per_leader=2)
    trip.person()
    trip.person()
    trip.person(role="leader")
    assert not trip.kinds()
    trip.person()
    found = check_exchange(db, trip.id, TODAY)
    assert [f.kind for f in found] == ["funder_leader_ratio"]
    assert "home side" in found[0].render() and found[0].params["needed"] == 2


def test_funder_minimum_programme_days(db):
    passing = Trip(db, kind=ExchangeKind.CULTURAL, end=START + timedelta(days=5))
    passing.funder(min_programme_days=5)
    assert not passing.kinds()
    failing = Trip(db, kind=ExchangeKind.CULTURAL, end=START + timedelta(days=4))
    failing.funder(min_programme_days=5)
    assert failing.kinds() == Counter({"funder_programme_days": 1})


def test_chaperone_ratio_one_leader_per_eight_minors(db):
    trip = Trip(db)
    for _ in range(8):
        trip.person(age=15)
    trip.person(role="leader")
    assert trip.kinds()["chaperone_ratio"] == 0
    trip.person(age=15)
    assert trip.kinds()["chaperone_ratio"] == 1
    trip.funder(participants_per_leader=10)                 # the funder's rule replaces it
    assert trip.kinds()["chaperone_ratio"] == 0


def test_minor_needs_travel_consent_guardian_and_emergency_contact(db):
    trip = Trip(db)
    trip.person(role="leader")
    trip.person(age=15)
    trip.person(age=17, birth=date(2008, 7, 1))             # 18 on the start day: adult
    assert not trip.kinds()
    trip.person(age=15, consent=False, guardian=False, emergency=False)
    kinds = trip.kinds()
    assert kinds == Counter({"consent_missing": 1, "guardian_missing": 1,
                             "emergency_contact_missing": 1})


def test_travel_consent_general_counts_withdrawn_does_not(db):
    trip = Trip(db)
    trip.person(role="leader")
    general = trip.person(age=15, consent=False)
    withdrawn = trip.person(age=15, consent=False)
    with db.unit() as s:
        for pid, withdrawn_on in ((general, None), (withdrawn, date(2026, 2, 1))):
            contact_id = s.get(Participation, pid).contact_id
            s.add(Consent(contact_id=contact_id, purpose="minor_travel", exchange_id=None,
                          given_on=date(2025, 1, 1), withdrawn_on=withdrawn_on))
        s.commit()
    found = check_exchange(db, trip.id, TODAY)
    assert [(f.kind, f.participation_id) for f in found] == [("consent_missing", withdrawn)]


def test_home_minors_of_an_incoming_exchange_need_no_travel_consent(db):
    trip = Trip(db, direction=ExchangeDirection.INCOMING)
    trip.person(role="leader", side="partner")
    trip.person(role="leader", passport=None)
    trip.person(age=15, consent=False, passport=None)
    assert not trip.kinds()
    trip.person(age=15, side="partner", consent=False)
    assert trip.kinds() == Counter({"consent_missing": 1})


def test_fees_unpaid_and_partly_paid(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL)
    trip.person(fee_due=Decimal("100.00"), fee_paid=Decimal("100.00"))
    trip.person(fee_due=None)
    assert not trip.kinds()
    trip.person(fee_due=Decimal("100.00"), fee_paid=Decimal("40.00"))
    trip.person(fee_due=Decimal("100.00"))
    found = check_exchange(db, trip.id, TODAY)
    assert [f.kind for f in found] == ["fee_open", "fee_open"]
    partly = next(f for f in found if "open" in f.render())
    assert partly.params["open"] == Amount(Decimal("60.00"), "EUR")
    assert isinstance(partly.params["paid"].value, Decimal)
    assert partly.render() == ("Test, P30 has paid 40.00 EUR of 100.00 EUR; 60.00 EUR are "
                               "still open.")
    shown = partly.render(money=lambda value, currency: f"<{value}|{currency}>")
    assert shown.endswith("<100.00|EUR>; <60.00|EUR> are still open.")


def test_visa_pending_warning_turns_error_within_30_days_and_refused(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL)
    trip.person(visa_status=VisaStatus.ISSUED)
    trip.person(visa_status=VisaStatus.NOT_NEEDED)
    assert not trip.kinds()
    trip.person(visa_status=VisaStatus.APPLIED, visa_applied_on=date(2026, 2, 1))
    early = check_exchange(db, trip.id, TODAY)
    assert [(f.kind, f.severity, f.due_on) for f in early] == [
        ("visa_pending", "warning", START - timedelta(days=30))]
    late = check_exchange(db, trip.id, START - timedelta(days=30))
    assert late[0].severity == "error"
    trip.person(visa_status=VisaStatus.REFUSED)
    assert trip.kinds()["visa_refused"] == 1


def test_passport_missing_or_expiring_before_return_plus_margin(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL, margin=6)
    trip.person(passport=date(2027, 1, 8))                  # return 8 July + 6 months
    trip.person(side="partner", passport=None)              # stays at home: not checked
    trip.person(role="host", passport=None)
    assert not trip.kinds()
    trip.person(passport=date(2027, 1, 7))
    trip.person(passport=None)
    trip.person(passport_name=False)
    assert trip.kinds() == Counter({"passport_expiring": 1, "passport_missing": 1,
                                    "passport_name_missing": 1})


def test_passport_margin_of_the_partner_town_and_partial_stay(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL, margin=0)
    trip.person(passport=END)
    assert not trip.kinds()
    trip.person(passport=START + timedelta(days=2), departs_on=START + timedelta(days=2))
    assert not trip.kinds()
    trip.person(passport=START)
    assert trip.kinds() == Counter({"passport_expiring": 1})


def test_programme_overlaps(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL)
    with db.unit() as s:
        s.add_all([ProgrammeItem(exchange_id=trip.id, day=START, start_time=time(9),
                                 end_time=time(11), title="A"),
                   ProgrammeItem(exchange_id=trip.id, day=START, start_time=time(11),
                                 end_time=time(12), title="B")])
        s.commit()
    assert not trip.kinds()
    with db.unit() as s:
        s.add(ProgrammeItem(exchange_id=trip.id, day=START, start_time=time(10, 30),
                            end_time=time(11, 15), title="C"))
        s.commit()
    found = check_exchange(db, trip.id, TODAY)
    assert [f.kind for f in found] == ["programme_overlap"] * 2
    assert all(f.area == "programme" and f.due_on == START for f in found)


def test_birth_date_missing_in_youth_exchange(db):
    trip = Trip(db)
    trip.person(role="leader")
    trip.person(age=15)
    assert not trip.kinds()
    trip.person(age=None)
    assert trip.kinds() == Counter({"birth_date_missing": 1})


def test_all_findings_skips_done_and_cancelled_and_sorts(db):
    soon = Trip(db, kind=ExchangeKind.CULTURAL, start=date(2026, 3, 20), end=date(2026, 3, 25))
    later = Trip(db, kind=ExchangeKind.CULTURAL)
    done = Trip(db, kind=ExchangeKind.CULTURAL)
    for trip in (soon, later, done):
        trip.person(fee_due=Decimal("10.00"))
    later.person(visa_status=VisaStatus.REFUSED)
    with db.unit() as s:
        s.get(Exchange, done.id).status = ExchangeStatus.DONE
        s.commit()
    found = all_findings(db, TODAY)
    assert [(f.exchange_id, f.kind) for f in found] == [
        (soon.id, "fee_open"), (later.id, "visa_refused"), (later.id, "fee_open")]
    assert [f.exchange_id for f in all_findings(db, TODAY, exchange_id=done.id)] == [done.id]
    with pytest.raises(UserError):
        all_findings(db, TODAY, exchange_id=9999)


# ---------------------------------------------------------------- demo and CLI

DEMO_KINDS = {  # every kind the checks implement
    "funder_age", "funder_participants_per_side", "funder_leaders_per_side",
    "funder_leader_ratio", "funder_programme_days", "chaperone_ratio", "birth_date_missing",
    "programme_overlap", "consent_missing", "guardian_missing", "emergency_contact_missing",
    "fee_open", "visa_pending", "visa_refused", "passport_name_missing", "passport_missing",
    "passport_expiring"}


def test_demo_association_produces_findings(db):
    from partnerdesk.services.demo import build_demo

    build_demo(db, contacts=150, today=date(2026, 11, 21))
    found = all_findings(db, date(2026, 11, 21))
    assert {f.kind for f in found} == DEMO_KINDS
    assert found == most_urgent_first(found)


def test_cli_ls_findings_json_and_table(db, capsys):
    trip = Trip(db, kind=ExchangeKind.CULTURAL, start=date(2099, 7, 1), end=date(2099, 7, 8))
    trip.person(fee_due=Decimal("10.00"), passport=date(2100, 12, 31))
    target = str(db.path)
    db.close()
    assert cmd_ls_findings(argparse.Namespace(exchange=None, json=True), target) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in rows] == ["fee_open"]
    assert set(rows[0]) == {"kind", "severity", "exchange_id", "exchange", "participation_id",
                            "contact_id", "subject", "message", "due_on", "area"}
    assert rows[0]["due_on"] == "2099-07-01" and "10.00 EUR" in rows[0]["message"]
    args = argparse.Namespace(exchange=trip.id, json=False)
    assert cmd_ls_findings(args, target) == 0
    assert "Test, P30" in capsys.readouterr().out
    with pytest.raises(UserError):
        cmd_ls_findings(argparse.Namespace(exchange=4242, json=True), target)


def test_dates_in_messages_read_as_dd_mm_yyyy():
    from partnerdesk.dto.findings import Finding

    finding = Finding(
        kind="visa_pending", severity="warning", exchange_id=1, exchange_title="T",
        participation_id=None, contact_id=None, subject="", area="documents",
        message="Applied on {applied_on}.", params={"applied_on": date(2026, 11, 2)},
        due_on=None,
    )
    assert finding.render() == "Applied on 02.11.2026."


# ---------------------------------------------------------------- papers for the tabs


def _papers(trip: Trip):
    from partnerdesk.services.checks import participant_papers

    return participant_papers(trip.db, trip.id, TODAY)


@pytest.mark.parametrize("direction, kind, travelling", [
    (ExchangeDirection.OUTGOING, ExchangeKind.YOUTH_EXCHANGE, {"home"}),
    (ExchangeDirection.INCOMING, ExchangeKind.YOUTH_EXCHANGE, {"partner"}),
    (ExchangeDirection.THIRD_PLACE, ExchangeKind.YOUTH_EXCHANGE, {"home", "partner"}),
    (ExchangeDirection.THIRD_PLACE, ExchangeKind.ONLINE, set()),
])
def test_papers_say_who_travels_as_the_passport_checks_do(db, direction, kind, travelling):
    trip = Trip(db, kind=kind, direction=direction)
    home, partner = trip.person(side="home"), trip.person(side="partner")
    host = trip.person(role="host", side="home" if "home" in travelling else "partner")
    papers = _papers(trip)
    assert {side for side, pid in (("home", home), ("partner", partner))
            if papers[pid].travels} == travelling
    assert not papers[host].travels


def test_papers_show_consents_given_withdrawn_missing_and_guardians(db):
    trip = Trip(db)                                        # outgoing: home minors travel
    other = Trip(db)
    kid = trip.person(age=15)                              # travel consent for this trip
    bare = trip.person(age=15, consent=False, guardian=False)
    adult = trip.person(age=30, consent=False)
    with db.unit() as s:
        contact_id = s.get(Participation, kid).contact_id
        s.add_all([
            Consent(contact_id=contact_id, purpose="photos", exchange_id=trip.id,
                    given_by="guardian", guardian_name="Erika Test",
                    given_on=date(2026, 1, 2), withdrawn_on=date(2026, 2, 1)),
            Consent(contact_id=contact_id, purpose="medical_treatment", exchange_id=None,
                    given_on=date(2025, 5, 1), channel="email"),
            Consent(contact_id=contact_id, purpose="health_data", exchange_id=other.id,
                    given_on=date(2026, 1, 1)),
        ])
        s.commit()
    papers = _papers(trip)
    states = {c.purpose: c for c in papers[kid].consents}
    assert list(states) == ["minor_travel", "photos", "medical_treatment", "health_data"]
    travel = states["minor_travel"]
    assert (travel.state, travel.needed, travel.given_by, travel.given_on) == (
        "given", True, "Test, Parent", date(2026, 1, 1))
    photos = states["photos"]
    assert (photos.state, photos.given_by, photos.withdrawn_on) == (
        "withdrawn", "Erika Test", date(2026, 2, 1))
    medical = states["medical_treatment"]
    assert (medical.state, medical.given_by, medical.channel) == ("given", "", "email")
    assert states["health_data"].state == "missing"          # given for another exchange
    assert [g.name for g in papers[kid].guardians] == ["Test, Parent"]
    bare_travel = papers[bare].consents[0]
    assert (bare_travel.state, bare_travel.needed) == ("missing", True)
    assert papers[bare].guardians == ()
    assert not papers[adult].consents[0].needed              # adults need none


def test_papers_emergency_contact_and_passport(db):
    trip = Trip(db, kind=ExchangeKind.CULTURAL)
    linked = trip.person(passport=date(2029, 1, 1))
    typed = trip.person(emergency=False, passport=None, passport_name=False,
                        emergency_contact_name="Oma Test", emergency_contact_phone="0171 1")
    with db.unit() as s:
        participation = s.get(Participation, linked)
        parent = s.get(Contact, participation.emergency_contact_id)
        parent.mobile = "0160 2"
        s.add(PassportRecord(contact_id=participation.contact_id, number="2",
                             expires_on=date(2031, 5, 1)))
        s.commit()
    papers = _papers(trip)
    assert papers[linked].emergency_contact == "Test, Parent 0160 2"
    assert papers[linked].emergency_contact_linked == "Test, Parent"
    assert papers[typed].emergency_contact == "Oma Test 0171 1"
    assert (papers[linked].passport_name, papers[linked].passport_expires_on) == (
        True, date(2031, 5, 1))
    assert (papers[typed].passport_name, papers[typed].passport_expires_on) == (False, None)
    from partnerdesk.services.checks import participant_papers

    with pytest.raises(UserError):
        participant_papers(db, 4242, TODAY)
