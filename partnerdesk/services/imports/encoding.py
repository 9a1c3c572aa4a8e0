"""Which encoding a text file is in: byte-order mark first, then UTF-8, then charset-normalizer.

Address lists reaching a German association come in UTF-8 (with or without BOM), UTF-16
(Excel's "Unicode text", Outlook), Windows-1252 (old Excel CSV) and, from partner towns,
Windows-1251 or KOI8-R. charset-normalizer alone mislabels short samples (cp1252 as cp1250 or
Shift-JIS, cp1251 as mac_cyrillic), so its verdict is narrowed to those families: Cyrillic
when the high bytes form whole words, Western when they sit inside Latin words ("Müller").
"""

from __future__ import annotations

import codecs

SAMPLE_BYTES = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = set(range(0x01, 0x09)) | {0x0B, 0x0C} | set(range(0x0E, 0x20)) | {0x7F}


def read_sample(path, size: int = SAMPLE_BYTES) -> bytes:
    """The first `size` bytes of a file."""
    with open(path, "rb") as handle:
        return handle.read(size)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without BOM shows as a NUL in every other byte of Latin text."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _is_utf8(sample: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # a character cut at the sample's end is fine
    except UnicodeDecodeError:
        return False
    return True


def looks_binary(sample: bytes) -> bool:
    """Control characters (other than tab and line ends) in more than 1 % of the bytes, or
    NUL in more than 10 % (a stray NUL or two happens in exported text)."""
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > max(1, len(sample) // 100) or sample.count(0) > max(2, len(sample) // 10)


def _cyrillic_words(sample: bytes) -> bool:
    """True when bytes ≥ 0x80 mostly neighbour each other (whole Cyrillic words in a
    single-byte code page) rather than ASCII letters (umlauts inside German words)."""
    western = cyrillic = 0
    for index, byte in enumerate(sample):
        if byte < 0x80:
            continue
        neighbours = sample[max(index - 1, 0) : index] + sample[index + 1 : index + 2]
        if any(chr(n).isascii() and chr(n).isalpha() for n in neighbours):
            western += 1
        elif any(n >= 0x80 for n in neighbours):
            cyrillic += 1
    return cyrillic > western


def detect_encoding(sample: bytes) -> str | None:
    """The Python codec to read a file that starts with `sample`; None for binary data."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    if _is_utf8(sample):
        return None if looks_binary(sample) else "utf-8"
    if looks_binary(sample):
        return None
    if not _cyrillic_words(sample):
        return "cp1252"
    from charset_normalizer import from_bytes  # only to tell the Cyrillic code pages apart

    best = from_bytes(sample[:SAMPLE_BYTES]).best()
    return "koi8_r" if best is not None and best.encoding == "koi8_r" else "cp1251"


def codec_label(encoding: str) -> str:
    """A label users know: UTF-8, UTF-8 (BOM), UTF-16, Windows-1252 …"""
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16LE",
        "utf-16-be": "UTF-16BE",
        "utf-32": "UTF-32",
        "cp1252": "Windows-1252",
        "cp1251": "Windows-1251",
        "koi8_r": "KOI8-R",
    }.get(encoding, encoding)
