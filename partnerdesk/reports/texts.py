"""The words of a report in its language, dates and money as its reader writes them.

Reports do not import Qt: the caller (CLI, UI) passes one `Translate` per language — a
function (context, English source) → text, usually `i18n.translator_for(lang)`. Report
strings are marked with `QT_TRANSLATE_NOOP("Reports", …)`, so they live in the same
catalogues as the rest of the app. A bilingual report (`de+ru`) gets two translators and
shows German first, Russian second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Translate = Callable[[str, str], str]
"""(context, English source) → the text in one language."""

CONTEXT = "Reports"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec")
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}
"""Signs the bundled font has; other currencies are written as their ISO code."""


def untranslated(_context: str, source: str) -> str:
    """The English source itself (English reports, tests)."""
    return source


@dataclass(frozen=True)
class ReportLanguage:
    """The language(s) a report is written in and how to say things in them."""

    codes: tuple[str, ...]
    translators: tuple[Translate, ...]

    @classmethod
    def of(cls, code: str, translator_for: Callable[[str], Translate]) -> ReportLanguage:
        """`de`, `ru`, `en` or `de+ru`, with translators from `translator_for(code)`."""
        codes = tuple(code.split("+"))
        return cls(codes, tuple(translator_for(c) for c in codes))

    @property
    def code(self) -> str:
        """The language code as given (`de+ru` for a bilingual report)."""
        return "+".join(self.codes)

    @property
    def first(self) -> str:
        """The language of numbers and dates (the first one)."""
        return self.codes[0]

    def each(self, source: str, context: str = CONTEXT) -> tuple[str, ...]:
        """`source` in each language of the report."""
        return tuple(dict.fromkeys(t(context, source) for t in self.translators))

    def t(self, source: str, context: str = CONTEXT, joiner: str = " / ") -> str:
        """`source` in the report's language(s), bilingual ones joined by `joiner`."""
        return joiner.join(self.each(source, context))

    def label(self, vocabulary: dict[str, str], value: str, context: str) -> str:
        """A vocabulary label (e.g. an exchange kind) in the report's language(s)."""
        source = vocabulary.get(value)
        return self.t(source, context) if source else value

    def date(self, value: date | None) -> str:
        """`21.11.2026` (German, Russian) or `21 Nov 2026` (English); empty for None."""
        if value is None:
            return ""
        if self.first == "en":
            return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
        return value.strftime("%d.%m.%Y")

    def period(self, start: date | None, end: date | None) -> str:
        """`01.07.2026 – 10.07.2026`, one date when both are the same."""
        if start == end:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"

    def money(self, amount: Decimal | None, currency: str = "EUR") -> str:
        """`1.234,50 €` (de), `1 234,50 €` (ru), `€1,234.50` (en); Decimal only, no float."""
        if amount is None:
            return ""
        sign = "-" if amount < 0 else ""
        whole, _, cents = f"{abs(amount):.2f}".partition(".")
        group, point = {"de": (".", ","), "ru": ("\u00a0", ",")}.get(self.first, (",", "."))
        digits = group.join(_groups(whole)) + point + cents
        symbol = CURRENCY_SIGNS.get(currency, currency)
        if self.first == "en":
            return f"{sign}{symbol}{digits}" if len(symbol) == 1 else f"{sign}{digits} {symbol}"
        return f"{sign}{digits}\u00a0{symbol}"

    def name(self, latin: str, native: str) -> str:
        """A person's name in the script the reader needs: a Russian reader gets the native
        spelling first, others the Latin one; the other follows in brackets when it differs
        (partners and funders both read the list)."""
        latin, native = latin.strip(), native.strip()
        first, second = (native, latin) if self.first == "ru" else (latin, native)
        if not first:
            return second
        return f"{first} ({second})" if second and second != first else first

    def number(self, value: Decimal | int) -> str:
        """A count or percentage with the language's decimal point."""
        text = str(value)
        return text if self.first == "en" else text.replace(".", ",")


def _groups(whole: str) -> Sequence[str]:
    groups: list[str] = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    groups.insert(0, whole)
    return groups
