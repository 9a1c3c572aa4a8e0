"""Update the translation catalogues from the code, then compile them.

    python translations/update.py            # lupdate + English fill-in + lrelease
    python translations/update.py --check    # only report unfinished entries (exit 1 if any)

1. `pyside6-lupdate -no-obsolete` reads every .py file in partnerdesk/ and updates
   translations/partnerdesk_{de,ru,en}.ts (new strings arrive as type="unfinished"; strings
   gone from the code are dropped, so no obsolete entries remain).
2. English is the source language: unfinished English entries get the source text; plural
   sources written as "%n contact(s)" get the forms "%n contact" / "%n contacts".
3. German and Russian are translated by people (Qt Linguist: `pyside6-linguist FILE.ts`,
   or any editor); run this script again afterwards.
4. `pyside6-lrelease` compiles each .ts into the .qm file the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "translations"
LANGUAGES = ("de", "ru", "en")


def tool(name: str) -> str:
    """A Qt tool from the running Python's environment (or the PATH)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found; install PySide6-Essentials in this environment")
    return found


def ts_file(language: str) -> Path:
    """The catalogue of `language`."""
    return FOLDER / f"partnerdesk_{language}.ts"


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository (stable order)."""
    files = sorted((ROOT / "partnerdesk").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if "__pycache__" not in p.parts]


def lupdate(language: str) -> None:
    """Bring one catalogue up to date with the code, dropping vanished strings."""
    command = [
        tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
        "-source-language", "en", "-target-language", language,
        *sources(), "-ts", str(ts_file(language).relative_to(ROOT)),
    ]
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def fill_english(path: Path) -> int:
    """Give unfinished English entries their source text; returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            if "(s)" not in source:
                continue
            forms = translation.findall("numerusform")
            singular, plural = source.replace("(s)", ""), source.replace("(s)", "s")
            for index, form in enumerate(forms):
                form.text = singular if index == 0 else plural
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(path: Path) -> list[str]:
    """The source texts still unfinished in a catalogue."""
    root = ET.parse(path).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]


def lrelease(language: str) -> None:
    """Compile one catalogue."""
    ts = ts_file(language)
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Update, fill English, compile; print what still needs a translator."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished entries")
    args = parser.parse_args(argv)
    if not args.check:
        for language in LANGUAGES:
            lupdate(language)
        if fill_english(ts_file("en")):
            lupdate("en")  # let lupdate write the file back in its own layout
        for language in LANGUAGES:
            lrelease(language)
    missing = 0
    for language in LANGUAGES:
        todo = unfinished(ts_file(language))
        missing += len(todo)
        print(f"{ts_file(language).name}: {len(todo)} unfinished")
        for entry in todo[:20]:
            print(f"    {entry}")
        if len(todo) > 20:
            print(f"    … and {len(todo) - 20} more")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
