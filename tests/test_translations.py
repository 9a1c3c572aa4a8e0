"""The catalogues are complete, real, current and compiled (DESIGN.md §4).

Fails when a .ts file has unfinished, vanished or obsolete entries; when a string in the
code is missing from the catalogues (run `python translations/update.py`); when Russian
text is copied English; when placeholders differ from the source; and when a .qm file is
missing or stale (not what `pyside6-lrelease` makes of the .ts file).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "ru", "en")


def _load_update_script():
    """translations/update.py, the project's own lupdate/lrelease wrapper."""
    spec = importlib.util.spec_from_file_location(
        "partnerdesk_translations_update", ROOT / "translations" / "update.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()

# Russian may equal the English source only for these (names, codes, neutral symbols)
RU_SAME_AS_SOURCE = {"PartnerDesk", "E-Mail", "OK", "ID"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(update.ts_file(language)).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_or_obsolete_entries(language: str):
    problems = []
    for context, message in _messages(language):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        texts = _texts(message)
        if kind in ("unfinished", "vanished", "obsolete", "missing") or not all(texts):
            problems.append(f"{context}: {message.findtext('source')!r} ({kind or 'empty'})")
    assert not problems, f"{language}: {len(problems)} entries to do:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_source(language: str):
    problems = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in _texts(message):
            if text and sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_russian_is_not_copied_english():
    copied = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages("ru")
        for text in _texts(message)
        if re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", message.findtext("source") or ""))
        and text == message.findtext("source")
        and text not in RU_SAME_AS_SOURCE
    ]
    assert not copied, "Russian equals English:\n" + "\n".join(copied)


def test_german_sentences_are_translated():
    copied = [
        message.findtext("source")
        for _context, message in _messages("de")
        if len(message.findtext("source") or "") > 25
        and re.search(r"[A-Za-z]{3}", re.sub(r"\{\w+\}", "", message.findtext("source") or ""))
        and message.findtext("source") in _texts(message)
    ]
    assert not copied, "German equals English:\n" + "\n".join(copied)


def test_english_is_the_source_text():
    different = [
        message.findtext("source")
        for _context, message in _messages("en")
        if message.get("numerus") != "yes" and _texts(message) != [message.findtext("source")]
    ]
    assert not different


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_present_and_current(language: str, tmp_path: Path):
    ts = update.ts_file(language)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run translations/update.py"
    fresh = tmp_path / committed.name
    subprocess.run(
        [update.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run translations/update.py"
    )


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path):
    """lupdate on a copy finds nothing new (else: run translations/update.py)."""
    copy = tmp_path / "partnerdesk_de.ts"
    shutil.copyfile(update.ts_file("de"), copy)
    subprocess.run(
        [update.tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
         *update.sources(), "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )
    before = {(c, m.findtext("source")) for c, m in _messages("de")}
    after_root = ET.parse(copy).getroot()
    after = {
        (context.findtext("name") or "", message.findtext("source"))
        for context in after_root.iter("context")
        for message in context.iter("message")
    }
    assert after - before == set(), f"not in the catalogues yet: {sorted(after - before)}"
    assert before - after == set(), f"gone from the code: {sorted(before - after)}"
