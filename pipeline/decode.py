"""Bytes → text for input files: BOMs, UTF-8, UTF-16, Windows-1258, refusing binaries.

>>> decode_bytes("Hà Nội".encode("utf-16"))[0]
'Hà Nội'
"""
from __future__ import annotations

import codecs

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]


class BinaryInputError(ValueError):
    """The bytes are not text (an image, an archive, an executable...)."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    return controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, encoding used, warning or None). Raise BinaryInputError for binaries.

    Undecodable bytes become U+FFFD and are reported in the warning, never fatal.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            bad = text.count("\ufffd")
            return text, enc, (f"{bad} undecodable bytes replaced" if bad else None)
    enc16 = _utf16_without_bom(data)
    if enc16:
        text = data.decode(enc16, errors="replace")
        return text, enc16, None
    if _looks_binary(data):
        raise BinaryInputError("binary content (NUL or control bytes): not a text document")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        return data.decode("cp1258"), "cp1258", "not UTF-8: decoded as Windows-1258"
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        where = f"{utf8_error.reason} at byte {utf8_error.start}"
        return text, "utf-8", f"invalid UTF-8 ({where}): bytes replaced"
