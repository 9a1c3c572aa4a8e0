"""Findings of the exchange checks: what is off, where to fix it, and how urgent it is.

A `Finding` carries an English source `message` (marked with QT_TRANSLATE_NOOP in the
context "Findings") and its `params`; the UI and the CLI translate the message first and
fill the placeholders afterwards (`Finding.render`). Params named in `translated_params`
are themselves source strings of the same context (e.g. a side: "home", "partner"). Money
params are `Amount`s (a Decimal and its currency): the UI formats them for its locale
(`1.234,50 €`), plain text and the CLI show `1234.50 EUR`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

FINDINGS_CONTEXT = "Findings"

SEVERITIES = ("error", "warning")
AREAS = ("participants", "youth", "documents", "hosts", "programme", "overview")

Translate = Callable[[str, str], str]
FormatMoney = Callable[[Decimal, str], str]


def _untranslated(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Amount:
    """An amount of money in a finding's params: exact (Decimal) with its currency code."""

    value: Decimal
    currency: str

    def __str__(self) -> str:
        """Locale-neutral, as the CLI prints it: `1234.50 EUR`."""
        return f"{self.value:.2f} {self.currency}"


@dataclass(frozen=True)
class Finding:
    """One thing the organiser should fix before (or during) an exchange."""

    kind: str                                # machine key, e.g. "passport_expiring"
    severity: str                            # "error" | "warning"
    exchange_id: int
    exchange_title: str
    participation_id: int | None
    contact_id: int | None
    subject: str                             # a person's display name, or ""
    message: str                             # English source text, context "Findings"
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    due_on: date | None = None               # by when it must be fixed
    area: str = "overview"                   # the workspace tab that fixes it
    translated_params: tuple[str, ...] = ()  # params that are source strings themselves

    @property
    def is_error(self) -> bool:
        """True for errors, False for warnings."""
        return self.severity == "error"

    @property
    def sort_key(self) -> tuple:
        """Most urgent first: earliest due date (so overdue ones lead), errors before warnings.

        Findings without a due date come last; ties keep a stable, readable order.
        """
        return (
            self.due_on is None,
            self.due_on or date.max,
            0 if self.is_error else 1,
            self.exchange_id,
            self.area,
            self.kind,
            self.subject,
            self.participation_id or 0,
        )

    def is_overdue(self, today: date) -> bool:
        """True when the due date lies before `today`."""
        return self.due_on is not None and self.due_on < today

    def is_due_within(self, today: date, days: int) -> bool:
        """True when due on or before `today + days` (overdue ones included)."""
        return self.due_on is not None and (self.due_on - today).days <= days

    def render(self, translate: Translate | None = None,
               money: FormatMoney | None = None) -> str:
        """The message with its params filled, translated by `translate(context, text)`;
        `Amount`s formatted by `money(value, currency)` (default: `1234.50 EUR`)."""
        tr = translate or _untranslated
        params = {
            key: tr(FINDINGS_CONTEXT, str(value)) if key in self.translated_params
            else _shown(value, money)
            for key, value in self.params.items()
        }
        text = tr(FINDINGS_CONTEXT, self.message)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**params)


def _shown(value: object, money: FormatMoney | None = None) -> object:
    """Dates as people read them here (dd.mm.yyyy), amounts by `money`, the rest as it is."""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Amount) and money is not None:
        return money(value.value, value.currency)
    return value


def most_urgent_first(findings: list[Finding]) -> list[Finding]:
    """The findings sorted by `Finding.sort_key`."""
    return sorted(findings, key=lambda finding: finding.sort_key)
