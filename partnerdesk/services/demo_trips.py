"""The demo association's trips: exchanges, participations, health data, hosts, programmes.

Two youth exchanges with minors (one done, one coming), a delegation visit, a conference
trip, a cancelled trip and an idea; who takes part in which, with visas, fees and emergency
contacts; health data, host placements (one host family over capacity), day programmes
and the consents the trips need (one travel consent missing).
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from partnerdesk import domain
from partnerdesk.services import demo_data as data
from partnerdesk.services.demo_cast import (
    GERMAN_HOST_GUESTS,
    RUSSIAN_HOST_GUESTS,
    CastBuilder,
    Who,
    money,
)

UPCOMING_VISAS = ["issued", "issued", "issued", "applied", "issued", "applied", "issued",
                  "issued", "applied", "needed", "refused", "not_needed"]


def _hm(text: str | None) -> time | None:
    """A clock time given as "HH:MM" (or None) as a `time`."""
    return None if text is None else time.fromisoformat(text)


class TripBuilder(CastBuilder):
    """Writes the exchanges and everything hanging on them, once the cast is written."""

    past_fees: Decimal                          # fees paid for the past exchange

    def exchanges(self) -> None:
        """Two youth exchanges, a delegation, a conference, a cancelled trip and an idea."""
        d, (p, p_end), (n, n_end), (s_, s_end) = self.day, self.past, self.next, self.school
        specs = [  # key, title, kind, direction, start, end, place, status, organiser,
                   # capacity, fee, partner town
            ("past", f"Jugendbegegnung „Wasser verbindet“ in Nowoberjosowsk {p.year}",
             "youth_exchange", "outgoing", p, p_end, "Nowoberjosowsk", "done", "leader1", 16,
             "250.00", "nowo"),
            ("next", f"Rückbegegnung „Unsere Flüsse“ in Mühlenstedt {n.year}", "youth_exchange",
             "incoming", n, n_end, "Mühlenstedt", "confirmed", "secretary", 30, "120.00",
             "nowo"),
            ("school", "Schüleraustausch mit Zielonów", "school_exchange", "outgoing", s_,
             s_end, "Zielonów", "planning", "leader2", 12, "95.00", "ziel"),
            ("deleg", "Delegation aus Zielonów zum Stadtfest", "delegation", "incoming", d(-75),
             d(-73), "Mühlenstedt", "done", "chair", 6, None, "ziel"),
            ("conf", "Deutsch-Russische Städtepartnerkonferenz (hybrid)", "conference",
             "outgoing", d(95), d(96), "Erfurt und online", "planning", "chair", 4, "85.00",
             "nowo"),
            ("cancel", "Bürgerreise nach Krasnoklinsk", "citizen_trip", "outgoing",
             date(2022, 5, 14), date(2022, 5, 21), "Krasnoklinsk", "cancelled", "assessor1", 20,
             "690.00", "kras"),
            ("idea", "Online-Sprachcafé mit Zielonów", "online", "third_place", d(200), d(200),
             "online", "idea", "leader2", 25, None, "ziel")]
        ids = self.w.insert(domain.Exchange, [
            {"title": s[1], "kind": s[2], "direction": s[3], "start_date": s[4], "end_date": s[5],
             "place": s[6], "status": s[7], "organiser_id": self.id(s[8]), "capacity": s[9],
             "participant_fee": money(s[10]), "topics": data.EXCHANGE_TOPICS[s[0]][0],
             "goals": data.EXCHANGE_TOPICS[s[0]][1], "notes": data.EXCHANGE_TOPICS[s[0]][2]}
            for s in specs])
        self.exchange = {s[0]: exchange_id for s, exchange_id in zip(specs, ids, strict=True)}
        self.w.insert(domain.exchange_partner_town, [
            {"exchange_id": self.exchange[s[0]], "partner_town_id": self.towns[s[11]]}
            for s in specs], ids=False)
        participation = self.participations()
        self.trip_details(participation)

    def participations(self) -> dict[tuple[str, Who], int]:
        """Who takes part in which exchange; returns (exchange key, who) → participation id."""
        rng, d, p = self.rng, self.day, self.past[0]
        rows: list[dict] = []
        index: dict[tuple[str, Who], int] = {}

        def take(key: str, who: Who, role: str = "participant", side: str = "home",
                 status: str = "confirmed", visa: str = "not_needed", **fields: object) -> None:
            applied = {"issued": -rng.randint(25, 50), "applied": -rng.randint(5, 20),
                       "refused": -rng.randint(20, 40)}.get(visa)
            anchor = p if key == "past" else None
            index[key, who] = len(rows)
            rows.append({"exchange_id": self.exchange[key], "contact_id": self.id(who),
                         "role": role, "side": side, "status": status, "visa_status": visa,
                         "visa_applied_on": None if applied is None else d(applied, anchor),
                         "visa_issued_on": d(applied + 14, anchor) if visa == "issued" else None,
                         **fields})

        def minor(key: str, who: int, side: str, **fields: object) -> None:
            guardian = self.guardians[who][0]
            take(key, who, side=side, emergency_contact_id=self.id(guardian),
                 emergency_contact_name=self.name(guardian),
                 emergency_contact_phone=self.row(guardian).get("phone")
                 or self.row(guardian)["mobile"], **fields)

        paid = [Decimal("250.00")] * 10
        paid[3] = Decimal("150.00")                                 # still owes 100 €
        self.past_fees = sum(paid)
        for i, who in enumerate(self.de_minors[:10]):
            minor("past", who, "home", visa="issued", fee_due=Decimal("250.00"), fee_paid=paid[i],
                  signature_collected=True, insurance=data.INSURERS[0])
        for who, role in (("leader1", "leader"), ("leader2", "leader"),
                          ("interpreter", "interpreter")):
            take("past", who, role, visa="issued", signature_collected=True,
                 insurance=data.INSURERS[0])
        take("past", "ruleader1", "leader", "partner", signature_collected=True)
        for who in self.ru_hosts:
            take("past", who, "host", "partner")
        for i, who in enumerate(self.ru_minors):
            minor("next", who, "partner", visa=UPCOMING_VISAS[i], insurance=data.INSURERS[3],
                  status="registered" if i == 11 else "confirmed",
                  notes={10: "Visum abgelehnt, Remonstration eingelegt",
                         11: "Schengen-Visum (Mehrfach) noch gültig"}.get(i, ""))
        for who, role, visa in (("ruleader1", "leader", "issued"),
                                ("ruleader2", "leader", "issued"),
                                ("ruinterpreter", "interpreter", "applied"),
                                ("ruteamer", "participant", "issued")):  # too old
            take("next", who, role, "partner", visa=visa, insurance=data.INSURERS[3])
        fees = ["120.00"] * 6 + ["60.00", "60.00", "0.00", "0.00"]  # two paid half, two not
        for i, who in enumerate(self.de_minors[4:14]):
            minor("next", who, "home", fee_due=Decimal("120.00"), fee_paid=Decimal(fees[i]),
                  insurance=data.INSURERS[1 + i % 2],
                  status="waiting_list" if i == 9 else "confirmed")
        for who, role in (("leader1", "leader"), ("secretary", "leader"),
                          ("interpreter", "interpreter"), ("chair", "organiser")):
            take("next", who, role)
        for who in self.de_hosts:
            take("next", who, "host")
        take("next", "latepupil", fee_due=Decimal("120.00"), fee_paid=Decimal("120.00"),
             insurance=data.INSURERS[1], status="registered")
        for i, who in enumerate(self.de_minors[:9] + ["newpupil"]):  # one more than allowed
            fields = {"fee_due": Decimal("95.00"), "fee_paid": Decimal("95.00"),
                      "insurance": data.INSURERS[1], "status": "registered" if i > 6 else
                      "confirmed"}
            if i < 8:
                minor("school", who, "home", **fields)
            else:                       # the last two registered without an emergency contact
                take("school", who, **fields)
        take("school", "leader2", "leader")                     # alone with ten minors
        for who in ("plteacher1", "plteacher2"):                # one more than the funder pays
            take("school", who, "leader", "partner")
        for who in ("plofficer", "plmayor", "plguest1", "plguest2"):
            take("deleg", who, "guest", "partner", signature_collected=True)
        for who, role in (("chair", "organiser"), ("mayor", "host"), ("assessor1", "driver")):
            take("deleg", who, role)
        for who, fee_paid in (("chair", "85.00"), ("secretary", None), ("interpreter", None)):
            take("conf", who, status="registered", fee_due=Decimal("85.00"),
                 fee_paid=money(fee_paid))
        for who in ("assessor1", "assessor2", "treasurer"):
            take("cancel", who, status="cancelled")
        return dict(zip(index, self.w.insert(domain.Participation, rows), strict=True))

    def trip_details(self, participation: dict[tuple[str, Who], int]) -> None:
        """Health data, host placements, programmes and the consents the trips need."""
        d, p, n = self.day, self.past[0], self.next[0]
        sick = [("past", self.de_minors[1]), ("past", self.de_minors[5]),
                ("next", self.ru_minors[0]), ("next", self.ru_minors[3]),
                ("next", self.ru_minors[6]), ("next", self.ru_minors[10]),
                ("next", self.de_minors[4]), ("next", "ruleader2")]
        self.w.insert(domain.ParticipationHealth, [
            {"participation_id": participation[key], "allergies": allergies,
             "medication": medication, "diet": diet}
            for key, (allergies, medication, diet) in zip(sick, data.HEALTH * 2, strict=False)],
            ids=False)
        placements = []
        for key, guests, hosts, per_host, (start, end) in (
                ("past", self.de_minors[:10], self.ru_hosts, RUSSIAN_HOST_GUESTS, self.past),
                ("next", self.ru_minors, self.de_hosts, GERMAN_HOST_GUESTS, self.next),
                ("deleg", ["plguest1", "plguest2"], self.de_hosts[:2], [1, 1], (d(-75), d(-73)))):
            queue = iter(guests)
            placements += [{"participation_id": participation[key, next(queue)],
                            "host_id": self.id(host), "from_date": start, "to_date": end}
                           for host, guests_here in zip(hosts, per_host, strict=True)
                           for _ in range(guests_here)]
        self.w.insert(domain.HostPlacement, placements, ids=False)
        self.w.insert(domain.ProgrammeItem, [
            {"exchange_id": self.exchange[key], "day": d(offset, start), "title": item[2],
             "start_time": _hm(item[0]), "end_time": _hm(item[1]), "title_native": item[3],
             "place": item[4], "responsible_id": self.id(who), "responsible_name": self.name(who)}
            for key, start, days, who in (("past", p, data.PROGRAMME_OUTGOING, "ruleader1"),
                                          ("next", n, data.PROGRAMME_INCOMING, "leader1"),
                                          ("deleg", d(-75), data.PROGRAMME_DELEGATION, "chair"),
                                          ("conf", d(95), data.PROGRAMME_CONFERENCE, "chair"))
            for offset, items in enumerate(days) for item in items], ids=False)
        consents = [self.consent(who, "minor_travel", d(-40, p), self.guardians[who][0], "past")
                    for who in self.de_minors[:10]]
        consents += [self.consent(who, "minor_travel", d(-10), self.guardians[who][0], "school")
                     for who in self.de_minors[:9]]
        for i, who in enumerate(self.ru_minors):
            purposes = ["medical_treatment"] + (["minor_travel"] if i != 11 else [])  # one lacks
            consents += [self.consent(who, purpose, d(-30), self.guardians[who][0], "next")
                         for purpose in purposes]
        consents += [self.consent(who, "health_data", d(-45, p if key == "past" else None),
                                  self.guardians[who][0] if who in self.guardians else None, key)
                     for key, who in sick]
        self.w.insert(domain.Consent, consents, ids=False)
        self.tick(50)

