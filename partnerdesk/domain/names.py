"""Names across scripts and spellings: a matching key, a tokeniser and Latin spellings.

Pure functions, no database, no Qt. Search (`search_text`) and the duplicate detector rely
on this API, so keep it stable:

* `words(text)` splits text into words (runs of letters and digits).
* `skeleton(text)` is a spelling- and script-independent key of a name: the spellings a
  German office meets for one name share one skeleton (Иванова = Ivanova = Iwanowa;
  Müller = Muller = Mueller; Семёнов = Семенов = Semenov = Semjonow = Semyonov;
  Юрий = Jurij = Juri = Yuriy = Iurii; Щербаков = Shcherbakov = Schtscherbakow).
  It is a *key*, not a spelling: never show it to a user.
* `latin_suggestions(given, family)` proposes Latin spellings of a Cyrillic name for the
  user to choose from: ICAO 9303 (passports) and German (Duden) transcription (letters).

How `skeleton` folds one word (the rules run in this order; multi-word text is folded word
by word and joined with single spaces):

1. NFC, `casefold()` (so `ß` → `ss`, case is ignored).
2. Cyrillic (Russian, Ukrainian, Belarusian letters) → Latin by a fixed table close to
   ICAO 9303 (`ё` → `e`, `й` → `i`, `х` → `kh`, `ц` → `ts`, `щ` → `shch`, `ю` → `iu`,
   `я` → `ia`); hard and soft signs are dropped.
3. Letters without a decomposition map to plain ones (`ł` → `l`, `ø` → `o`, `æ` → `ae`,
   `œ` → `oe`); accents are dropped (`ä` → `a`, `é` → `e`, `ś` → `s`); only a–z and
   digits stay.
4. German and Polish letter groups meet the English/ICAO ones: `schtsch` → `shch`;
   `tsch`, `tch`, `cz` → `ch`; `sch`, `sz`, `zh` (ж) → `sh`; `kh` (х) → `ch`.
5. Sounds spelt several ways: `ph` → `f`, `th` → `t`, `dt` → `t`, `ck` → `k`, `x` → `ks`,
   `w` → `v`; `c` before e/i/y → `s`, other `c` (not in `ch`) → `k`;
   `ts`, `tz`, `z` → `s` (German writes ц as `z` and з as `s`).
6. Iotated vowels: a word-initial `je`/`ye` → `e` (Jelena = Yelena = Elena); `jev`/`yev`
   after a vowel → `ev` (Timofejew = Timofeyev = Timofeev; only before `v`, so that
   Meyer stays with Meier); `jo`/`yo`/`je`/`ye` after a consonant → `e` (Semjonow =
   Semyonov = Semenov, Afanasjew = Afanasev); then every `j` and `y` → `i` (Jurij = Yuriy
   = Iurii, Natalja = Natalya = Natalia).
7. After `ch`/`sh` an `o` → `e` (German writes ё as `o` there: Gorbatschow = Gorbachev).
8. German umlauts written out meet the plain vowel: `ae` → `a`, `oe` → `o`, `ue` → `u`
   (Mueller = Müller); `ai` → `ei` (Maier = Meier = Mayer = Meyer, Zaitsev = Saizew).
9. A word-final `off` → `ov` (Iwanoff = Ivanov); then doubled letters are single
   (Müller = Muler, Kirill = Kiril, `ii` → `i`); digits stay as they are.

What stays apart: grammatical gender (Ivanov ≠ Ivanova), different vowels (Müller ≠ Möller,
Maier ≠ Müller), different consonants (Schmidt ≠ Schmitz). The key is deliberately lossy:
a few different names meet (ж and ш; с, з and ц; ч and х; `sho` and `she`) — fine for search
and for proposing duplicate *candidates*, which a person confirms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia

__all__ = ["latin_suggestions", "skeleton", "words"]

_WORD = re.compile(r"[^\W_]+")

# --- skeleton --------------------------------------------------------------------------------

_CYRILLIC_PIVOT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Ukrainian and Belarusian
    "є": "ie", "і": "i", "ї": "i", "ґ": "g", "ў": "u",
})
_LATIN_SPECIAL = str.maketrans({
    "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    "ħ": "h",
})
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")
_VOWELS = "aeiou"

# (pattern, replacement), applied in this order (numbers refer to the module docstring)
_RULES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), r) for p, r in [
    # 4. letter groups
    (r"schtsch", "shch"),
    (r"tsch|tch|cz", "ch"),
    (r"sch|sz|zh", "sh"),
    (r"kh", "ch"),
    # 5. sounds spelt several ways
    (r"ph", "f"), (r"th", "t"), (r"dt", "t"), (r"ck", "k"), (r"x", "ks"), (r"w", "v"),
    (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"),
    (r"ts|tz|z", "s"),
    # 6. iotated vowels, then j/y as i
    (r"^[jy]e", "e"),
    (rf"(?<=[{_VOWELS}])[jy]e(?=v)", "e"),
    (rf"(?<=[^{_VOWELS}jy])[jy][eo]", "e"),
    (r"[jy]", "i"),
    # 7. ё after hushing consonants
    (r"(?<=[cs]h)o", "e"),
    # 8. umlauts written out, ai/ei
    (r"ae", "a"), (r"oe", "o"), (r"ue", "u"), (r"ai", "ei"),
    # 9. old -off endings, doubled letters
    (r"off$", "ov"),
    (r"([a-z])\1+", r"\1"),
]]


@lru_cache(maxsize=65536)
def _skeleton_word(word: str) -> str:
    text = unicodedata.normalize("NFC", word).casefold().translate(_CYRILLIC_PIVOT)
    text = unicodedata.normalize("NFD", text.translate(_LATIN_SPECIAL))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _NOT_ASCII_ALNUM.sub("", text)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def words(text: str) -> list[str]:
    """The words of `text` as written (NFC): runs of letters and digits.

    Everything else separates words: spaces, hyphens, apostrophes, `@`, `.`, `+` …
    ("Müller-Lüdenscheidt" → ["Müller", "Lüdenscheidt"]).
    """
    return _WORD.findall(unicodedata.normalize("NFC", text or ""))


def skeleton(text: str) -> str:
    """The spelling- and script-independent key of a name (rules in the module docstring).

    Each word of `text` is folded on its own; the keys are joined with single spaces, empty
    ones left out. Example: `skeleton("Семёнов") == skeleton("Semjonow") == "semenov"`.
    """
    keys = (_skeleton_word(word) for word in words(text))
    return " ".join(key for key in keys if key)


# --- Latin spellings of Cyrillic names -------------------------------------------------------

_RU_VOWELS = "аеёиоуыэюя"
_IOTATED = "еёюя"
_HUSHING = "жчшщ"
_GERMAN = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "ж": "sch", "з": "s", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ъ": "", "ы": "y", "э": "e", "ю": "ju", "я": "ja",
    "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ў": "w",
}
_WORD_OR_GAP = re.compile(r"[^\W_]+|[\W_]+")


def _german_word(word: str) -> str:
    """One lower-case word in German (Duden) transcription.

    е is `je` at the start, after vowels and after ь/ъ, else `e`; ё is `jo`, but `o` after
    ж, ч, ш, щ; й is `j` before a vowel (left out before е, ё, ю, я, which bring their
    own), left out at the end after и/ы, `j` after и/ы before a consonant, else `i`;
    ь is `j` before и/о and silent elsewhere; с between vowels is `ss`; кс is `x`.
    """
    out: list[str] = []
    for i, char in enumerate(word):
        before = word[i - 1] if i else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        soft_start = not before or before in _RU_VOWELS or before in "ьъ"
        if char == "е":
            out.append("je" if soft_start else "e")
        elif char == "ё":
            out.append("o" if before and before in _HUSHING else "jo")
        elif char == "й":
            if after and after in _IOTATED:
                continue  # Майя → Maja: the next vowel brings its j
            if after and after in _RU_VOWELS:
                out.append("j")
            elif before and before in "иы":
                out.append("j" if after else "")  # Новороссийск, but Юрий → Juri
            else:
                out.append("i")
        elif char == "ь":
            out.append("j" if after in ("и", "о") else "")
        elif char == "с" and before and after and before in _RU_VOWELS and after in _RU_VOWELS:
            out.append("ss")
        elif char == "к" and after == "с":
            out.append("x")
        elif char == "с" and before == "к":
            continue
        else:
            out.append(_GERMAN.get(char, char))
    return "".join(out)


def _icao_word(word: str) -> str:
    return iuliia.ICAO_DOC_9303.translate(word)


def _recase(source: str, latin: str) -> str:
    """Give `latin` the case pattern of the Cyrillic `source` (ЮРИЙ → JURI, Юрий → Juri)."""
    if not latin:
        return latin
    if len(source) > 1 and source.isupper():
        return latin.upper()
    if source[:1].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


def _transcribe(text: str, scheme) -> str:
    parts = []
    for piece in _WORD_OR_GAP.findall(unicodedata.normalize("NFC", text or "").strip()):
        if piece[0].isalnum():
            parts.append(_recase(piece, scheme(piece.lower())))
        else:
            parts.append(piece)
    return "".join(parts)


def latin_suggestions(given_native: str, family_native: str) -> dict[str, tuple[str, str]]:
    """Proposed Latin spellings (given, family) of a name written in Cyrillic.

    * `"icao"`: ICAO Doc 9303, as in Russian passports since 2014 (Юрий Семёнов →
      Iurii Semenov; Щербаков → Shcherbakov), via the `iuliia` package.
    * `"german"`: German (Duden) transcription for letters (Юрий Семёнов → Juri Semjonow;
      Щербаков → Schtscherbakow).

    Suggestions only: the name *as in the passport* is typed from the passport, never
    computed. Latin letters in the input are kept as they are.
    """
    return {
        "icao": (_transcribe(given_native, _icao_word), _transcribe(family_native, _icao_word)),
        "german": (_transcribe(given_native, _german_word),
                   _transcribe(family_native, _german_word)),
    }
