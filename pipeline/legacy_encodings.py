"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC) and VNI Windows → Unicode, and detection.

TCVN3 puts each accented lower-case letter in one byte of 0xA1-0xFE; VNI writes a base
letter followed by a byte that draws the marks. Both were read on Windows as if they were
Windows-1252, which is why such text shows up as `Hµ Néi` or `Haø Noäi`.

Sources for the tables (written as data here, checked by round-trip tests):
- TCVN 5712:1993 as implemented by glibc iconv `TCVN5712-1` and XFree86
  `lcUniConv/tcvn.h` (VN1 superset; VN3 = ABC uses its 0xA1-0xFE part);
- VNI Windows sequences as listed by the xvnkb input method (lamdao/xvnkb, `vni.h`) and the
  `vietnamese-conversion` converter (duydev/vietnamese-conversion, `charsets`).

>>> LegacyCodec().decode("Hµ Néi".encode("cp1252"), "tcvn3")
'Hà Nội'
"""
from __future__ import annotations

import re
import unicodedata

# --- TCVN3 (ABC): byte 0xA1 + i → character i of this string ------------------------------
# 0x80-0x9F stay Windows-1252 (smart quotes, dashes): ABC fonts kept them. The few VN1-only
# capitals inside 0xA1-0xFF (Ằ at 0xAF, Ẳ at 0xBA...) are kept: they never clash with ABC.
_TCVN3_HIGH = (
    "ĂÂÊÔƠƯĐăâêôơưđẰ"   # A1-AF
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # B0-BF (B0-B4: combining tone marks)
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # C0-CF
    "éẹềểễếệìỉỄẾỒĩíịò"  # D0-DF
    "Ổỏõóọồổỗốộờởỡớợù"  # E0-EF
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # F0-FF
)
TCVN3: dict[int, str] = {0xA1 + i: ch for i, ch in enumerate(_TCVN3_HIGH)}

# --- VNI Windows: marks as Windows-1252 characters -------------------------------------------
# Tone marks after a, e, o, u, y, ơ, ư (sắc, huyền, hỏi, ngã, nặng), lower and upper case.
_VNI_TONES = ("ùøûõï", "ÙØÛÕÏ")
# Circumflex (â ê ô) alone, then with each tone; breve (ă) alone, then with each tone.
_VNI_CIRCUMFLEX = ("âáàåãä", "ÂÁÀÅÃÄ")
_VNI_BREVE = ("êéèúüë", "ÊÉÈÚÜË")
# One-byte letters: i with tones, ỵ, đ, ơ, ư.
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư"}
_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"  # same order as the VNI tone bytes
_VNI_BASES = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ô": "ơ", "ö": "ư"}

# Characters only Unicode Vietnamese text has (ă, đ, ơ, ư and the Latin Extended Additional
# block, combining tone marks): their presence means the text is not legacy mojibake.
_VIETNAMESE_ONLY = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]")
_WORD = re.compile(r"[^\W\d_]{1,30}")
_TYPOGRAPHY = set("\u00a0“”‘’–—…•«»°·©®")
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# Vowel nuclei of Vietnamese syllables, tone marks removed (data).
_NUCLEI = (
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ưu ươ uy yê "
    "a ă â e ê i o ô ơ u ư y"
).split()
_SYLLABLE = re.compile(_ONSET + "(?:" + "|".join(_NUCLEI) + ")(?:ch|ng|nh|[cmnpt])?")
SAMPLE_BYTES = 65536  # detection looks at the start of a file only


def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # the five bytes Windows-1252 leaves undefined


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, target in _VNI_BASES.items():
        for upper in (False, True):
            b, t = (base.upper(), target.upper()) if upper else (base, target)
            for case in (0, 1):  # marks of either case: the base letter decides
                for mark, tone in zip(_VNI_TONES[case], _TONE_MARKS, strict=True):
                    table[b + mark] = unicodedata.normalize("NFC", t + tone)
                if base in "aeo":
                    hat = "\u0302"
                    for mark, tone in zip(_VNI_CIRCUMFLEX[case], ("",) + tuple(_TONE_MARKS), strict=True):
                        table[b + mark] = unicodedata.normalize("NFC", t + hat + tone)
                if base == "a":
                    for mark, tone in zip(_VNI_BREVE[case], ("",) + tuple(_TONE_MARKS), strict=True):
                        table[b + mark] = unicodedata.normalize("NFC", t + "\u0306" + tone)
    for src, dst in _VNI_SINGLE.items():
        table[src] = dst
        table[src.upper()] = dst.upper()
    return table


def _vni_pattern(table: dict[str, str]) -> re.Pattern:
    pairs = sorted((k for k in table if len(k) == 2), key=lambda k: k)
    singles = "".join(sorted(k for k in table if len(k) == 1))
    bases = "".join(sorted({k[0] for k in pairs}))
    marks = "".join(sorted({k[1] for k in pairs}))
    # one base letter and one mark, or a one-byte letter: fixed width, linear
    return re.compile(f"[{re.escape(bases)}][{re.escape(marks)}]|[{re.escape(singles)}]")


class LegacyCodec:
    """TCVN3 and VNI decoding tables, built once on first use (pass the instance around).

    >>> LegacyCodec().decode("Vieät Nam".encode("cp1252"), "vni")
    'Việt Nam'
    """

    def __init__(self) -> None:
        self.tcvn3 = {b: TCVN3.get(b, _cp1252_char(b)) for b in range(0x80, 0x100)}
        self.tcvn3_str = str.maketrans({chr(b): ch for b, ch in self.tcvn3.items()})
        self.cp1252_str = str.maketrans({chr(b): _cp1252_char(b) for b in range(0x80, 0x100)})
        self.from_cp1252 = str.maketrans({_cp1252_char(b): chr(b) for b in range(0x80, 0x100)})
        self.vni = _vni_table()
        self.vni_re = _vni_pattern(self.vni)

    def decode(self, data: bytes, encoding: str) -> str:
        """Bytes in `tcvn3` or `vni` → Unicode (NFC)."""
        latin = data.decode("latin-1")
        if encoding == "tcvn3":
            return unicodedata.normalize("NFC", latin.translate(self.tcvn3_str))
        if encoding == "vni":
            text = latin.translate(self.cp1252_str)
            return self.vni_re.sub(lambda m: self.vni.get(m.group(0), m.group(0)), text)
        raise ValueError(f"unknown legacy encoding {encoding!r}: use 'tcvn3' or 'vni'")

    def to_bytes(self, text: str) -> bytes | None:
        """The bytes a Windows-1252 mojibake string was read from (None if it is not one)."""
        try:
            return text.translate(self.from_cp1252).encode("latin-1")
        except UnicodeEncodeError:
            return None


def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable, any case (`Nội`, `nghiêng`; not `Néi`)."""
    if len(word) > 7:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(c in _TONE_MARKS for c in decomposed)
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return tones <= 1 and _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> int:
    """How Vietnamese a decoding looks: +1 per accented word that is a syllable, -1 per other
    accented word, -1 per stray non-ASCII symbol, -2 per U+FFFD."""
    text = unicodedata.normalize("NFC", text)  # Windows-1258 writes tones as combining marks
    score = 0
    for m in _WORD.finditer(text):
        w = m.group(0)
        if not w.isascii():
            score += 1 if is_syllable(w) else -1
    for ch in text:
        if ch > "\x7f" and not ch.isalpha() and not ch.isspace() and ch not in _TYPOGRAPHY:
            score -= 2 if ch == "\ufffd" else 1
    return score


def detect_legacy_bytes(data: bytes, codec: LegacyCodec) -> tuple[str, int] | None:
    """`('tcvn3'|'vni', score)` when the bytes read best as a legacy encoding, else None.

    Compared with Windows-1258, the usual alternative for bytes that are not UTF-8.
    """
    sample = data[:SAMPLE_BYTES]
    best = ("cp1258", vietnamese_score(sample.decode("cp1258", errors="replace")))
    for enc in ("tcvn3", "vni"):
        score = vietnamese_score(codec.decode(sample, enc))
        if score > best[1]:
            best = (enc, score)
    return best if best[0] != "cp1258" and best[1] > 0 else None


def detect_legacy_text(text: str, codec: LegacyCodec) -> tuple[str, bytes] | None:
    """For Unicode text that is legacy bytes read as Windows-1252 (`Hµ Néi`): the encoding and
    the recovered bytes; None for ordinary text (any ă, đ, ơ, ư, ạ... rules legacy out)."""
    if text.isascii() or _VIETNAMESE_ONLY.search(text):
        return None
    data = codec.to_bytes(text)
    if data is None:
        return None
    sample = text[:SAMPLE_BYTES]
    as_is = vietnamese_score(sample)
    best: tuple[str, int] | None = None
    for enc in ("tcvn3", "vni"):
        score = vietnamese_score(codec.decode(data[:SAMPLE_BYTES], enc))
        if score > max(0, as_is) and (best is None or score > best[1]):
            best = (enc, score)
    return (best[0], data) if best else None
