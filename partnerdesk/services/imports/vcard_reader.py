"""vCard 2.1, 3.0 and 4.0 as rows of contact fields, read line by line.

vobject stumbles over what old phones write (vCard 2.1 with `ENCODING=QUOTED-PRINTABLE`,
`CHARSET=windows-1251`, soft line breaks ending in `=`, bare `CELL` types), so the few
properties an address book needs are parsed here: N, FN, ORG, EMAIL, TEL, ADR, BDAY, NOTE,
URL, TITLE, GENDER. What has no field of its own (a second e-mail, a fax, a job title) is
kept in the notes as `PROPERTY: value`.
"""

from __future__ import annotations

import codecs
import io
import quopri
import uuid
from collections.abc import Iterator
from pathlib import Path

from partnerdesk.services.imports.dates import RowProblem
from partnerdesk.services.imports.encoding import detect_encoding
from partnerdesk.services.imports.rows import BadRow, RawRow, StreamedFile
from partnerdesk.services.imports.vocabulary import parse_roles

HEADERS = (
    "kind", "title", "given_name", "family_name", "given_name_native", "family_name_native",
    "full_name", "organisation_name", "email", "phone", "mobile", "street", "address_extra",
    "postal_code", "city", "country", "birth_date", "gender", "website", "roles", "notes", "uuid",
)
MAX_LOGICAL_LINE = 1_000_000
_SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")  # binary data, nothing for an address book
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


def _split(text: str, separator: str) -> list[str]:
    """Split at `separator` outside double quotes and not escaped by a backslash."""
    parts, current, quoted, escaped = [], [], False, False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            current.append(char)
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current) + ("\\" if escaped else ""))
    return parts


def _head_end(line: str) -> int:
    """The index of the colon that ends a content line's name and parameters."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return len(line)


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(_ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out).strip()


def _decode_bytes(data: bytes, charset: str) -> str:
    for name in (charset, "utf-8"):
        if not name:
            continue
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode(detect_encoding(data) or "cp1252", errors="replace")


class Property:
    """One content line: name, parameters (upper-cased), type set and decoded value."""

    def __init__(self, line: str, file_encoding: str) -> None:
        end = _head_end(line)
        head, value = line[:end], line[end + 1 :]
        pieces = _split(head, ";")
        self.name = pieces[0].rsplit(".", 1)[-1].strip().upper()
        self.types: set[str] = set()
        params: dict[str, str] = {}
        for piece in pieces[1:]:
            key, sep, val = piece.partition("=")
            if not sep:  # vCard 2.1: a bare type or encoding
                key, val = ("ENCODING", key) if key.upper() in ("QUOTED-PRINTABLE", "BASE64") else (
                    "TYPE", key
                )
            key = key.strip().upper()
            val = val.strip().strip('"')
            params[key] = val
            if key == "TYPE":
                self.types.update(t.strip().upper() for t in val.split(",") if t.strip())
        self.encoding = params.get("ENCODING", "").upper()
        charset = params.get("CHARSET", "")
        if self.encoding == "QUOTED-PRINTABLE":
            data = quopri.decodestring(value.encode(file_encoding, errors="replace"))
            value = _decode_bytes(data, charset)
        elif charset and file_encoding not in ("utf-8", "utf-8-sig"):
            try:
                value = value.encode(file_encoding).decode(charset)
            except (LookupError, UnicodeError):
                pass
        self.value = value

    def components(self) -> list[str]:
        """The `;`-separated parts of a structured value, unescaped."""
        return [_unescape(part) for part in _split(self.value, ";")]

    def text(self) -> str:
        """The value unescaped as one text."""
        return _unescape(self.value)


class VcardFile(StreamedFile):
    """The cards of a .vcf file as rows under `HEADERS`."""

    format = "vcard"
    delimiter = ""
    strict_width = False

    def __init__(self, path: Path, encoding: str) -> None:
        self.path = Path(path)
        self.encoding = encoding
        self.size = self.path.stat().st_size

    def _logical_lines(self) -> Iterator[tuple[int, str]]:
        raw = io.FileIO(self.path, "r")
        self._raw = raw
        stream = io.TextIOWrapper(io.BufferedReader(raw), encoding=self.encoding,
                                  errors="replace")
        with stream:
            current, start, number = None, 0, 0
            while physical := stream.readline(MAX_LOGICAL_LINE):
                number += 1
                if len(physical) >= MAX_LOGICAL_LINE and not physical.endswith("\n"):
                    while (more := stream.readline(MAX_LOGICAL_LINE)) and not more.endswith(
                            "\n"):
                        pass  # the rest of an absurdly long line (binary data) is dropped
                line = physical.rstrip("\r\n").replace("\x00", "")
                if current is not None and len(current) < MAX_LOGICAL_LINE:
                    head = current.split(":", 1)[0].upper()
                    if "QUOTED-PRINTABLE" in head and current.endswith("="):
                        current = current[:-1] + line.lstrip()  # a soft line break
                        continue
                    if line[:1] in (" ", "\t"):
                        current += line[1:]  # folding
                        continue
                elif current is not None and line[:1] in (" ", "\t"):
                    continue
                if current is not None:
                    yield start, current
                current, start = line, number
            if current is not None:
                yield start, current
            self._read = raw.tell()

    def records(self, width: int | None = None) -> Iterator[RawRow | BadRow]:
        """One row per card, numbered by its BEGIN:VCARD line."""
        reencode = "utf-8" if self.encoding.startswith(("utf-16", "utf-32")) else self.encoding
        codecs.lookup(reencode)
        depth, start, props = 0, 0, []
        for number, line in self._logical_lines():
            upper = line.strip().upper()
            if upper == "BEGIN:VCARD":
                depth += 1
                if depth == 1:
                    start, props = number, []
                continue
            if upper == "END:VCARD":
                depth -= 1
                if depth == 0:
                    yield RawRow(start, card_cells(props))
                depth = max(depth, 0)
                continue
            if depth == 1 and ":" in line and not upper.startswith(_SKIPPED):
                props.append(Property(line, reencode))
        if depth > 0:
            yield RawRow(start, card_cells(props))


def card_cells(props: list[Property]) -> list[str]:
    """The cells of one card in the order of `HEADERS`."""
    out = dict.fromkeys(HEADERS, "")
    extra: list[str] = []
    phones: list[str] = []
    mobiles: list[str] = []
    emails: list[str] = []
    addresses: list[Property] = []
    for prop in props:
        name = prop.name
        if name == "N":
            parts = prop.components() + [""] * 5
            family, given, additional, prefix, suffix = parts[:5]
            out["family_name"] = family
            out["given_name"] = " ".join(p for p in (given, additional) if p)
            out["title"] = " ".join(p for p in (prefix, suffix) if p)
        elif name == "FN":
            out["full_name"] = prop.text()
        elif name == "ORG":
            out["organisation_name"] = ", ".join(p for p in prop.components() if p)
        elif name == "EMAIL":
            (emails.insert(0, prop.text()) if "PREF" in prop.types else emails.append(prop.text()))
        elif name == "TEL":
            number = prop.text().removeprefix("tel:")
            if prop.types & {"FAX", "PAGER"}:
                extra.append(f"TEL;{','.join(sorted(prop.types))}: {number}")
            elif prop.types & {"CELL", "MOBILE"}:
                mobiles.append(number)
            else:
                phones.append(number)
        elif name == "ADR":
            addresses.append(prop)
        elif name == "BDAY":
            out["birth_date"] = prop.text()
        elif name in ("GENDER", "X-GENDER"):
            out["gender"] = prop.components()[0]
        elif name == "NOTE":
            out["notes"] = "\n".join(p for p in (out["notes"], prop.text()) if p)
        elif name == "URL":
            (extra.append(f"URL: {prop.text()}") if out["website"] else
             out.__setitem__("website", prop.text()))
        elif name == "TITLE":
            extra.append(f"TITLE: {prop.text()}")
        elif name in ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME"):
            out["given_name_native" if "FIRST" in name else "family_name_native"] = prop.text()
        elif name == "CATEGORIES":
            _categories(prop.text(), out, extra)
        elif name == "UID":
            _uid(prop.text(), out)
        elif name == "X-ABSHOWAS" and prop.text().upper() == "COMPANY":
            out["kind"] = "organisation"
    for field, values, label in (("email", emails, "EMAIL"), ("phone", phones, "TEL"),
                                 ("mobile", mobiles, "TEL;CELL")):
        values = [v for v in values if v]
        if values:
            out[field] = values[0]
            extra.extend(f"{label}: {v}" for v in values[1:])
    if addresses:
        addresses.sort(key=lambda p: ("HOME" not in p.types, "PREF" not in p.types))
        parts = addresses[0].components() + [""] * 7
        pobox, ext, street, city, _region, code, country = parts[:7]
        out.update(street=street, address_extra=", ".join(p for p in (ext, pobox) if p),
                   city=city, postal_code=code, country=country)
        for other in addresses[1:]:
            extra.append("ADR: " + ", ".join(p for p in other.components() if p))
    if extra:
        out["notes"] = "\n".join(p for p in [out["notes"], *extra] if p)
    return [out[h] for h in HEADERS]


def _categories(text: str, out: dict[str, str], extra: list[str]) -> None:
    """CATEGORIES that are all PartnerDesk roles become roles; others stay in the notes."""
    try:
        parse_roles(text)
    except RowProblem:
        extra.append(f"CATEGORIES: {text}")
    else:
        out["roles"] = text


def _uid(text: str, out: dict[str, str]) -> None:
    """A UID that is a UUID (PartnerDesk's export writes `urn:uuid:…`) is kept as the ID."""
    try:
        out["uuid"] = str(uuid.UUID(text.strip().removeprefix("urn:uuid:")))
    except ValueError:
        pass
