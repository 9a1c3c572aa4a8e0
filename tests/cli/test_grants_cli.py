"""`partnerdesk ls grants`: JSON with exact amounts, totals and the next milestone; filters;
and grant refusals in the user's language."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from partnerdesk import i18n
from partnerdesk.cli import main
from partnerdesk.messages import UserError
from partnerdesk.services.grant_editing import funder_choices
from partnerdesk.services.grant_workflow import change_status
from partnerdesk.storage.database import open_database

AMOUNT = re.compile(r"\d+\.\d{2}")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("grants-demo") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


def _json(capsys, *argv: str):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_ls_grants_json_has_exact_amounts_totals_and_the_next_milestone(demo_db, capsys):
    rows = _json(capsys, "ls", "grants", "--db", str(demo_db), "--json")
    assert len(rows) == 3
    past = next(r for r in rows if r["status"] == "funds_received")
    assert (past["amount_requested"], past["amount_approved"], past["amount_received"]) == (
        "6200.00", "5400.00", "5400.00")
    assert (past["planned_costs"], past["planned_income"]) == ("11500.00", "11500.00")
    assert AMOUNT.fullmatch(past["actual_costs"])
    assert past["actual_income"] == past["actual_costs"]       # the demo's books balance
    assert past["next_milestone"] == {
        "kind": "interim_report", "title": "Sachbericht an den Vorstand",
        "due_on": (date.today() - timedelta(days=8)).isoformat()}
    assert past["exchanges"] and past["exchanges"][0].startswith("Jugendbegegnung")
    for row in rows:
        for key in ("amount_received", "planned_costs", "actual_costs", "planned_income",
                    "actual_income"):
            assert isinstance(row[key], str) and AMOUNT.fullmatch(row[key]), key
        assert row["amount_requested"] is None or AMOUNT.fullmatch(row["amount_requested"])
        assert row["currency"] == "EUR" and len(row["exchanges"]) == 1
    draft = next(r for r in rows if r["status"] == "draft")
    assert (draft["amount_approved"], draft["next_milestone"]) == (None, None)
    assert draft["planned_costs"] == "0.00"


def test_ls_grants_filters(demo_db, capsys):
    db_arg = ("--db", str(demo_db))
    rows = _json(capsys, "ls", "grants", *db_arg, "--json")
    submitted = _json(capsys, "ls", "grants", *db_arg, "--json", "--status", "submitted")
    assert [r["id"] for r in submitted] == [r["id"] for r in rows if r["status"] == "submitted"]
    starts = {e["title"]: e["start_date"] for e in
              _json(capsys, "ls", "exchanges", *db_arg, "--json")}
    years = {r["id"]: int(starts[r["exchanges"][0]][:4]) for r in rows}
    for year in set(years.values()):
        found = _json(capsys, "ls", "grants", *db_arg, "--json", "--year", str(year))
        assert sorted(r["id"] for r in found) == sorted(i for i, y in years.items() if y == year)
    assert _json(capsys, "ls", "grants", *db_arg, "--json", "--year", "1990") == []
    db = open_database(demo_db)
    try:
        funders = {c.text: c.id for c in funder_choices(db)}
    finally:
        db.close()
    land = funders["Landesstiftung Sachsen für Jugend und Partnerschaft"]
    found = _json(capsys, "ls", "grants", *db_arg, "--json", "--funder", str(land),
                  "--status", "draft")
    assert [r["status"] for r in found] == ["draft"]
    assert {r["funder"] for r in found} == {"Landesstiftung Sachsen für Jugend und Partnerschaft"}
    assert len(_json(capsys, "ls", "grants", *db_arg, "--json", "--funder", str(land))) == 2


def test_ls_grants_bad_filters_and_table(demo_db, capsys):
    with pytest.raises(SystemExit) as usage:
        main(["ls", "grants", "--db", str(demo_db), "--status", "granted"])
    assert usage.value.code == 2
    capsys.readouterr()
    assert main(["ls", "grants", "--db", str(demo_db), "--lang", "en", "--status", "closed"]) == 0
    assert "(nothing found)" in capsys.readouterr().out


def test_refused_step_names_the_statuses_in_the_users_language(qapp, demo_db):
    db = open_database(demo_db)
    try:
        with pytest.raises(UserError) as refused:
            change_status(db, 3, "closed", date.today())   # the demo's draft
    finally:
        db.close()
    assert str(refused.value).endswith("Possible next: Submitted, Withdrawn.")
    try:
        i18n.install(qapp, "de")
        german = i18n.translate_message(refused.value)
    finally:
        i18n.install(qapp, "en")
    assert "„Entwurf“" in german or "“Entwurf”" in german
    assert "Eingereicht" in german and "Submitted" not in german
