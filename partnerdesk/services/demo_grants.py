"""The demo association's grants: funder profiles, applications and their bookkeeping.

One application for the past exchange with funds received (status history, milestones,
budget, receipts (some paid in roubles) and payments, booked to balance) and one submitted
for the coming exchange, with overdue milestones.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from partnerdesk import domain
from partnerdesk.services import demo_data as data
from partnerdesk.services import funder_examples as examples
from partnerdesk.services.demo_cast import CastBuilder, money

CENT = Decimal("0.01")


class GrantBuilder(CastBuilder):
    """Writes the funder profiles and grant applications, once the exchanges are written."""

    past_fees: Decimal                          # set by `TripBuilder.participations`

    def grants(self) -> None:
        """The example funder profiles; one application with funds received, one submitted."""
        rng, d, (p, p_end), (n, n_end) = self.rng, self.day, self.past, self.next
        profiles = self.w.insert(domain.FunderProfile, [
            examples.profile_row(f, self.orgs[f[0]]) for f in examples.EXAMPLE_PROFILES])
        past, upcoming, school = self.w.insert(domain.GrantApplication, [
            {"title": f"Jugendbegegnung Nowoberjosowsk {p.year}", "funder_id": self.orgs["drja"],
             "funder_profile_id": profiles[0], "programme": examples.EXAMPLE_PROFILES[0][1],
             "file_reference": f"DRJA-{p.year}-0457", "status": "funds_received",
             "amount_requested": Decimal("6200.00"), "amount_approved": Decimal("5400.00"),
             "submitted_on": d(-120, p), "decided_on": d(-75, p)},
            {"title": f"Rückbegegnung Mühlenstedt {n.year}", "funder_id": self.orgs["land"],
             "funder_profile_id": profiles[1], "programme": examples.EXAMPLE_PROFILES[1][1],
             "file_reference": f"LSJP-{n.year}-112", "status": "submitted",
             "amount_requested": Decimal("4800.00"), "submitted_on": d(-35)},
            {"title": f"Schüleraustausch Zielonów {self.school[0].year}",
             "funder_id": self.orgs["land"], "funder_profile_id": profiles[2],
             "programme": examples.EXAMPLE_PROFILES[2][1], "status": "draft",
             "amount_requested": Decimal("900.00")}])
        self.w.insert(domain.grant_exchange, [
            {"grant_id": past, "exchange_id": self.exchange["past"]},
            {"grant_id": upcoming, "exchange_id": self.exchange["next"]},
            {"grant_id": school, "exchange_id": self.exchange["school"]}], ids=False)
        self.w.insert(domain.GrantStatusChange, [
            {"grant_id": grant, "status": status, "changed_on": day}
            for grant, status, day in (
                (past, "draft", d(-150, p)), (past, "submitted", d(-120, p)),
                (past, "approved", d(-75, p)), (past, "funds_requested", d(-30, p)),
                (past, "funds_received", d(30, p_end)),
                (upcoming, "draft", d(-60)), (upcoming, "submitted", d(-35)),
                (school, "draft", d(-10)))], ids=False)
        self.w.insert(domain.Milestone, [
            {"grant_id": grant, "kind": kind, "title": title, "due_on": due, "done_on": done}
            for grant, kind, title, due, done in (
                (past, "application_deadline", "Antragsfrist", d(-119, p), d(-120, p)),
                (past, "fund_request", "Mittelabruf 1. Rate", d(-28, p), d(-30, p)),
                (past, "interim_report", "Sachbericht an den Vorstand", d(-8), None),
                (past, "proof_of_use", "Verwendungsnachweis (Frist verlängert)", d(12), None),
                (past, "retain_receipts", "Belege aufbewahren bis", d(5 * 365, p_end), None),
                (upcoming, "application_deadline", "Antragsfrist", d(-34), d(-35)),
                (upcoming, "change_notice", "Geänderte Teilnehmerzahl melden", d(-3), None),
                (upcoming, "other", "Programm zweisprachig nachreichen", d(5), None),
                (upcoming, "fund_request", "Mittelabruf", d(-14, n), None),
                (upcoming, "proof_of_use", "Verwendungsnachweis", d(90, n_end), None))],
            ids=False)
        lines = self.w.insert(domain.BudgetLine, [
            {"grant_id": grant, "side": side, "category": category, "description": text,
             "planned": Decimal(planned), "approved": money(approved), "sort_order": i}
            for grant, plan in ((past, data.BUDGET_PAST), (upcoming, data.BUDGET_UPCOMING))
            for i, (side, category, text, planned, approved) in enumerate(plan)])
        line = {plan[1]: line_id for plan, line_id in zip(data.BUDGET_PAST, lines,
                                                          strict=False)}
        receipts = []
        for days, counterparty, purpose, category, amount in data.RECEIPTS_PAST:
            issued = d(days, p)
            row = {"budget_line_id": line[category], "issued_on": issued,
                   "counterparty": counterparty, "purpose": purpose,
                   "paid_on": issued if days > 0 else d(rng.randint(1, 10), issued)}
            if isinstance(amount, tuple):               # paid in roubles on the spot
                original, rate = Decimal(amount[0]), Decimal(amount[2])
                row.update(amount=(original / rate).quantize(CENT, ROUND_HALF_UP),
                           original_amount=original, original_currency=amount[1],
                           exchange_rate=rate, rate_date=issued)
            else:
                row["amount"] = Decimal(amount)
            receipts.append(row)
        payments = [(d(-21, p), Decimal("3000.00")), (d(30, p_end), Decimal("2400.00"))]
        town = Decimal("500.00")
        own = (sum(r["amount"] for r in receipts) - self.past_fees - town  # books balance
               - sum(amount for _, amount in payments))
        for category, counterparty, purpose, day, amount in (
                ("participant_fees", "Teilnehmende", "Teilnehmerbeiträge lt. Liste", d(-5, p),
                 self.past_fees),
                ("town_grant", "Stadtverwaltung Mühlenstedt", "Zuschuss Städtepartnerschaft",
                 d(14, p_end), town),
                ("own_share", data.ASSOCIATION["name"], "Eigenanteil aus Mitgliedsbeiträgen",
                 d(40, p_end), own)):
            receipts.append({"budget_line_id": line[category], "issued_on": day, "paid_on": day,
                             "counterparty": counterparty, "purpose": purpose, "amount": amount})
        receipts.sort(key=lambda r: (r["issued_on"], r["purpose"]))
        self.w.insert(domain.Receipt, [{**r, "grant_id": past, "number": i}
                                for i, r in enumerate(receipts, 1)], ids=False)
        self.w.insert(domain.Payment, [{"grant_id": past, "received_on": day, "amount": amount,
                                 "note": f"{i}. Rate"}
                                for i, (day, amount) in enumerate(payments, 1)], ids=False)
        self.tick(50)
