"""The grant status workflow: every allowed step, every refused one, the dated history."""

from __future__ import annotations

from collections import deque
from datetime import date, timedelta
from decimal import Decimal

import pytest

from partnerdesk.dto.grants import GrantForm
from partnerdesk.messages import Label, UserError
from partnerdesk.services.grant_editing import load_grant, save_grant
from partnerdesk.services.grant_workflow import TRANSITIONS, allowed_next, change_status, history
from partnerdesk.vocabulary import GRANT_STATUS

START = date(2025, 2, 1)
EDGES = [(source, target) for source, targets in TRANSITIONS.items() for target in targets]


def _path(goal: str) -> list[str]:
    """The shortest way from draft to `goal` (without draft itself)."""
    before = {"draft": None}
    queue = deque(["draft"])
    while queue:
        status = queue.popleft()
        for following in TRANSITIONS[status]:
            if following not in before:
                before[following] = status
                queue.append(following)
    steps, status = [], goal
    while status != "draft":
        steps.append(status)
        status = before[status]
    return steps[::-1]


def _grant(db, sample, requested="2000.00") -> int:
    grant_id, _ = save_grant(db, GrantForm(
        title="Antrag", funder_id=sample["funder"], exchange_ids=(sample["exchange"],),
        amount_requested=Decimal(requested)))
    return grant_id


def _walk(db, grant_id: int, steps: list[str], start: date = START) -> date:
    """Take `steps` one day apart; partial approvals approve 1500.00; the last day."""
    day = start
    for step in steps:
        amount = Decimal("1500.00") if step == "partly_approved" else None
        change_status(db, grant_id, step, day, amount_approved=amount)
        day += timedelta(days=1)
    return day


def test_transitions_cover_every_status_and_finals_are_final():
    assert set(TRANSITIONS) == set(GRANT_STATUS)
    assert all(set(targets) <= set(TRANSITIONS) for targets in TRANSITIONS.values())
    assert [s for s, targets in TRANSITIONS.items() if not targets] == \
        ["rejected", "withdrawn", "closed"]
    assert allowed_next("funds_received") == ("funds_requested", "proof_submitted")
    assert allowed_next("nonsense") == ()


@pytest.mark.parametrize(("source", "target"), EDGES, ids=[f"{s}->{t}" for s, t in EDGES])
def test_every_allowed_step_is_taken_and_dated(db, sample, source, target):
    grant_id = _grant(db, sample)
    day = _walk(db, grant_id, _path(source))
    before = load_grant(db, grant_id)
    amount = Decimal("1200.00") if target == "partly_approved" else None
    version = change_status(db, grant_id, target, day, note=f" nach {target} ",
                            expected_version=before.version, amount_approved=amount)
    after = load_grant(db, grant_id)
    assert after.status == target and after.version == version > before.version
    last = history(db, grant_id)[-1]
    assert (last.status, last.changed_on, last.note) == (target, day, f"nach {target}")


@pytest.mark.parametrize("source", list(TRANSITIONS))
def test_every_other_step_is_refused_with_the_possible_ones(db, sample, source):
    grant_id = _grant(db, sample)
    day = _walk(db, grant_id, _path(source))
    before = load_grant(db, grant_id)
    steps = len(history(db, grant_id))
    for target in set(TRANSITIONS) - set(TRANSITIONS[source]):
        with pytest.raises(UserError) as refused:
            change_status(db, grant_id, target, day, amount_approved=Decimal("1.00"))
        params = refused.value.params
        assert params["current"] == Label("GrantStatus", GRANT_STATUS[source])
        if TRANSITIONS[source]:
            assert params["target"] == Label("GrantStatus", GRANT_STATUS[target])
            assert params["allowed"] == Label(
                "GrantStatus", *(GRANT_STATUS[s] for s in TRANSITIONS[source]))
        else:
            assert "final" in str(refused.value)
    assert load_grant(db, grant_id) == before
    assert len(history(db, grant_id)) == steps


def test_refusal_reads_well_in_english(db, sample):
    grant_id = _grant(db, sample)
    with pytest.raises(UserError) as refused:
        change_status(db, grant_id, "approved", START)
    assert str(refused.value) == ("An application that is “Draft” cannot become “Approved”. "
                                  "Possible next: Submitted, Withdrawn.")


def test_full_way_to_closed_with_two_tranches_keeps_a_dated_history(db, sample):
    grant_id = _grant(db, sample)
    steps = ["submitted", "approved", "funds_requested", "funds_received", "funds_requested",
             "funds_received", "proof_submitted", "closed"]
    _walk(db, grant_id, steps)
    form = load_grant(db, grant_id)
    assert form.status == "closed"
    assert form.submitted_on == START and form.decided_on == START + timedelta(days=1)
    assert form.amount_approved == Decimal("2000.00")  # approved without amount: as requested
    steps_seen = history(db, grant_id)
    assert [s.status for s in steps_seen] == ["draft", *steps]
    assert [s.changed_on for s in steps_seen[1:]] == [
        START + timedelta(days=i) for i in range(len(steps))]
    assert steps_seen[0].changed_on == START  # entered today: the draft step moved back


def test_approval_amounts(db, sample):
    given = _grant(db, sample)
    change_status(db, given, "submitted", START)
    change_status(db, given, "approved", START, amount_approved=Decimal("1999.99"))
    assert load_grant(db, given).amount_approved == Decimal("1999.99")

    partly = _grant(db, sample)
    change_status(db, partly, "submitted", START)
    for amount, message in ((None, "needs the approved amount"),
                            (Decimal("2000.00"), "below the requested"),
                            (Decimal("-1.00"), "0 or more"),
                            (Decimal("1.001"), "to the cent")):
        with pytest.raises(UserError, match=message):
            change_status(db, partly, "partly_approved", START, amount_approved=amount)
    change_status(db, partly, "partly_approved", START, amount_approved=Decimal("1999.99"))
    form = load_grant(db, partly)
    assert (form.status, form.amount_approved, form.decided_on) == (
        "partly_approved", Decimal("1999.99"), START)

    rejected = _grant(db, sample)
    change_status(db, rejected, "submitted", START)
    change_status(db, rejected, "rejected", START + timedelta(days=3), note="Mittel erschöpft")
    form = load_grant(db, rejected)
    assert form.amount_approved is None and form.decided_on == START + timedelta(days=3)


def test_dates_versions_and_unknown_values_are_refused(db, sample):
    grant_id = _grant(db, sample)
    change_status(db, grant_id, "submitted", START)
    with pytest.raises(UserError, match="before the last one \\(01.02.2025\\)"):
        change_status(db, grant_id, "approved", START - timedelta(days=1))
    with pytest.raises(UserError, match="future"):
        change_status(db, grant_id, "approved", date.today() + timedelta(days=1))
    stale = load_grant(db, grant_id).version - 1
    with pytest.raises(UserError, match="changed elsewhere"):
        change_status(db, grant_id, "approved", START, expected_version=stale)
    with pytest.raises(UserError, match="Unknown application status"):
        change_status(db, grant_id, "granted", START)
    with pytest.raises(UserError, match="no longer exists"):
        change_status(db, 999, "submitted", START)
    change_status(db, grant_id, "approved", START)  # the same day as the last step is fine
    assert [s.status for s in history(db, grant_id)] == ["draft", "submitted", "approved"]
