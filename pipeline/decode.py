"""Bytes → text for input files: BOMs, UTF-8, UTF-16, Windows-1258, TCVN3, VNI; refuses binaries.

Undecodable bytes become U+FFFD and are reported in the warning, never fatal. Bytes that are
not UTF-8 are read as whichever of Windows-1258, TCVN3 and VNI gives the most well-formed
Vietnamese syllables; UTF-8 text that is legacy bytes read as Windows-1252 (`Hµ Néi`) is
converted too.

>>> decode_bytes("Hà Nội".encode("utf-16"))[0]
'Hà Nội'
"""
from __future__ import annotations

import codecs

from pipeline.legacy_encodings import LegacyCodec, detect_legacy_bytes, detect_legacy_text, vietnamese_score

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Magic numbers of common binary formats, refused even when the sample has no NUL byte.
BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
                b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x80\x04\x95", b"\x80\x03",
                b"PAR1", b"SQLite format")
SAMPLE = 4096
MAX_CONTROL_SHARE = 0.05  # more C0 control bytes than this in the sample (and at least
MIN_CONTROLS = 8  # this many, so a short text with one stray \x08 stays text): binary


class BinaryInputError(ValueError):
    """The bytes are not text (an image, an archive, an executable...)."""


def looks_binary(data: bytes) -> str | None:
    """Why `data` is not text (None when it may be text)."""
    sample = data[:SAMPLE]
    if not sample:
        return None
    for magic in BINARY_MAGIC:
        if sample.startswith(magic):
            return f"binary content (starts with {magic[:8]!r}): not a text document"
    if b"\x00" in sample:
        return "binary content (NUL bytes): not a text document"
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    if controls >= MIN_CONTROLS and controls / len(sample) > MAX_CONTROL_SHARE:
        return f"binary content ({controls} control bytes in the first {len(sample)}): not a text document"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:SAMPLE]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _replaced(text: str) -> str | None:
    bad = text.count("\ufffd")
    return f"{bad} undecodable bytes replaced by U+FFFD" if bad else None


def _not_utf8(data: bytes, error: UnicodeDecodeError, codec: LegacyCodec) -> tuple[str, str, str | None]:
    """Pick UTF-8 with replacements, Windows-1258, TCVN3 or VNI for bytes that are not UTF-8."""
    where = f"invalid UTF-8 ({error.reason} at byte {error.start})"
    utf8 = data[:SAMPLE * 16].decode("utf-8", errors="replace")
    cp1258 = data[:SAMPLE * 16].decode("cp1258", errors="replace")
    legacy = detect_legacy_bytes(data, codec)
    if legacy and legacy[1] > max(vietnamese_score(utf8), vietnamese_score(cp1258)):
        text = codec.decode(data, legacy[0])
        return text, legacy[0], f"{where}: decoded as {legacy[0].upper()} and converted to Unicode"
    if vietnamese_score(utf8) >= vietnamese_score(cp1258):
        text = data.decode("utf-8", errors="replace")
        return text, "utf-8", f"{where}: {_replaced(text)}"
    text = data.decode("cp1258", errors="replace")
    bad = _replaced(text)
    return text, "cp1258", f"{where}: decoded as Windows-1258" + (f"; {bad}" if bad else "")


def decode_bytes(data: bytes, codec: LegacyCodec | None = None) -> tuple[str, str, str | None]:
    """Return (text, encoding used, warning or None). Raise BinaryInputError for binaries.

    >>> decode_bytes("Hµ Néi".encode("cp1252"))[:2]
    ('Hà Nội', 'tcvn3')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            return text, enc, _replaced(text)
    enc16 = _utf16_without_bom(data)
    if enc16:
        text = data.decode(enc16, errors="replace")
        return text, enc16, _replaced(text)
    reason = looks_binary(data)
    if reason:
        raise BinaryInputError(reason)
    codec = codec or LegacyCodec()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _not_utf8(data, e, codec)
    legacy = detect_legacy_text(text, codec)
    if legacy:
        enc, raw = legacy
        return codec.decode(raw, enc), enc, f"{enc.upper()} text read as Windows-1252: converted to Unicode"
    return text, "utf-8", None
