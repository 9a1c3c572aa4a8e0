"""Milestones: edit, generate from the funder profile, and the dashboard's reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from partnerdesk.domain import (
    Exchange,
    FunderProfile,
    GrantApplication,
    Milestone,
)
from partnerdesk.domain.enums import ExchangeDirection, ExchangeKind
from partnerdesk.dto.grants import MilestoneForm
from partnerdesk.messages import UserError
from partnerdesk.services.demo import build_demo
from partnerdesk.services.milestones import (
    add_months,
    delete_milestone,
    due_milestones,
    generate_milestones,
    list_milestones,
    save_milestone,
)
from partnerdesk.storage.database import create_database

TODAY = date(2026, 3, 1)


def _rules(db, profile_id: int, **rules) -> None:
    with db.unit() as session:
        profile = session.get(FunderProfile, profile_id)
        for name, value in rules.items():
            setattr(profile, name, value)
        session.commit()


def _grant(db, sample, status="draft", exchanges=(), profile=True, **fields) -> int:
    with db.unit() as session:
        grant = GrantApplication(
            title=f"Antrag {status}", funder_id=sample["funder"], status=status,
            funder_profile_id=sample["funder_profile"] if profile else None,
            exchanges=[session.get(Exchange, e) for e in exchanges], **fields)
        session.add(grant)
        session.commit()
        return grant.id


def _exchange(db, start: date, end: date) -> int:
    with db.unit() as session:
        exchange = Exchange(title="Begegnung", kind=ExchangeKind.CULTURAL,
                            direction=ExchangeDirection.OUTGOING, start_date=start, end_date=end)
        session.add(exchange)
        session.commit()
        return exchange.id


def _kinds(db, grant_id: int) -> dict[str, tuple[date, date | None]]:
    return {m.kind: (m.due_on, m.done_on) for m in list_milestones(db, grant_id)}


def test_add_months_keeps_the_day_or_takes_the_month_end():
    assert add_months(date(2025, 7, 10), 2) == date(2025, 9, 10)
    assert add_months(date(2025, 12, 31), 2) == date(2026, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2025, 11, 30), 14) == date(2027, 1, 30)


def test_generate_leaves_kinds_already_there_alone(db, sample):
    _rules(db, sample["funder_profile"], application_weeks_before=12,
           proof_of_use_months_after=2, retention_years=5)
    assert generate_milestones(db, sample["grant"]) == 2
    assert _kinds(db, sample["grant"]) == {
        "application_deadline": (date(2025, 4, 8), None),     # 1 July 2025 − 12 weeks
        "proof_of_use": (date(2025, 12, 31), None),           # the sample's own, not 10 Sep
        "retain_receipts": (date(2030, 12, 31), None),        # 5 years after its proof date
    }
    assert generate_milestones(db, sample["grant"]) == 0       # nothing twice
    assert len(list_milestones(db, sample["grant"])) == 3


def test_generate_counts_from_the_first_start_and_the_last_end(db, sample):
    _rules(db, sample["funder_profile"], application_weeks_before=8,
           proof_of_use_months_after=2, retention_years=10)
    later = _exchange(db, date(2025, 12, 20), date(2025, 12, 31))
    grant = _grant(db, sample, status="submitted", exchanges=(later, sample["exchange"]),
                   submitted_on=date(2025, 4, 20))
    assert generate_milestones(db, grant) == 3
    assert _kinds(db, grant) == {
        "application_deadline": (date(2025, 5, 6), date(2025, 4, 20)),  # done: submitted
        "proof_of_use": (date(2026, 2, 28), None),
        "retain_receipts": (date(2036, 12, 31), None),
    }
    draft = _grant(db, sample, exchanges=(later,))
    generate_milestones(db, draft)
    assert _kinds(db, draft)["application_deadline"] == (date(2025, 10, 25), None)


def test_generate_only_what_the_profile_says(db, sample):
    grant = _grant(db, sample, exchanges=(sample["exchange"],))
    assert generate_milestones(db, grant) == 0                 # the sample's rules: no dates
    _rules(db, sample["funder_profile"], retention_years=3)
    assert generate_milestones(db, grant) == 1                  # from the last end
    assert _kinds(db, grant) == {"retain_receipts": (date(2028, 12, 31), None)}


def test_generate_needs_a_profile_and_an_exchange(db, sample):
    with pytest.raises(UserError, match="no funder profile"):
        generate_milestones(db, _grant(db, sample, exchanges=(sample["exchange"],),
                                       profile=False))
    with pytest.raises(UserError, match="not linked to an exchange"):
        generate_milestones(db, _grant(db, sample))
    with pytest.raises(UserError, match="no longer exists"):
        generate_milestones(db, 999)


def test_save_list_delete_with_checks_and_locking(db, sample):
    form = MilestoneForm(grant_id=sample["grant"], kind="interim_report", title=" Sachbericht ",
                         due_on=date(2025, 9, 1))
    milestone_id, version = save_milestone(db, form)
    listed = list_milestones(db, sample["grant"])
    assert [m.id for m in listed][0] == milestone_id          # by due date
    saved = listed[0]
    assert (saved.title, saved.kind, saved.version) == ("Sachbericht", "interim_report", version)
    _, version2 = save_milestone(db, replace(saved, done_on=date(2025, 8, 30)))
    assert version2 == version + 1
    with pytest.raises(UserError, match="changed elsewhere"):
        save_milestone(db, replace(saved, notes="alt"))
    with pytest.raises(UserError, match="changed elsewhere"):
        delete_milestone(db, milestone_id, version)
    delete_milestone(db, milestone_id, version2)
    assert [m.kind for m in list_milestones(db, sample["grant"])] == ["proof_of_use"]
    with pytest.raises(UserError, match="no longer exists"):
        delete_milestone(db, milestone_id)


@pytest.mark.parametrize(("change", "expected"), [
    ({"due_on": None}, "needs a due date"),
    ({"done_on": date.today() + timedelta(days=1)}, "future day"),
    ({"kind": "party"}, "Unknown kind"),
    ({"grant_id": 999}, "no longer exists"),
    ({"id": 999, "version": 1}, "no longer exists"),
])
def test_save_refused(db, sample, change, expected):
    form = MilestoneForm(grant_id=sample["grant"], kind="other", due_on=date(2025, 9, 1))
    with pytest.raises(UserError, match=expected):
        save_milestone(db, replace(form, **change))


def test_reminders_by_date_with_boundaries(db, sample):
    open_grant = _grant(db, sample, status="approved")
    offsets = {"overdue long": -200, "overdue": -1, "today": 0, "in 30 days": 30,
               "in 31 days": 31}
    with db.unit() as session:
        session.add_all(Milestone(grant_id=open_grant, kind="other", title=title,
                                  due_on=TODAY + timedelta(days=days))
                        for title, days in offsets.items())
        session.add(Milestone(grant_id=open_grant, kind="fund_request", title="done",
                              due_on=TODAY, done_on=TODAY - timedelta(days=2)))
        for status in ("rejected", "withdrawn", "closed"):
            session.add(Milestone(grant_id=_grant(db, sample, status=status), kind="other",
                                  title=status, due_on=TODAY))
        session.commit()
    due = due_milestones(db, TODAY)
    # the sample's proof of use (31.12.2025) is overdue as well
    assert [(m.title, m.days_left, m.overdue) for m in due] == [
        ("overdue long", -200, True), ("", -60, True), ("overdue", -1, True),
        ("today", 0, False), ("in 30 days", 30, False)]
    assert due[2].grant_id == open_grant and due[2].grant_title == "Antrag approved"
    assert due[1].kind == "proof_of_use" and due[1].grant_id == sample["grant"]
    assert [m.title for m in due_milestones(db, TODAY, days=0)] == [
        "overdue long", "", "overdue", "today"]
    assert len(due_milestones(db, TODAY, days=31)) == 6


def test_reminders_of_the_demo(tmp_path):
    today = date(2026, 11, 21)
    db = create_database(tmp_path / "demo.sqlite")
    try:
        build_demo(db, today=today)
        due = due_milestones(db, today)
        assert [m.days_left for m in due] == [-8, -3, 5, 12, 26]
        assert [m.overdue for m in due] == [True, True, False, False, False]
        assert {m.kind for m in due} == {"interim_report", "change_notice", "other",
                                         "proof_of_use", "fund_request"}
        assert all(isinstance(m.due_on, date) for m in due)
    finally:
        db.close()
