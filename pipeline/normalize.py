"""Stage `normalize`: clean and normalize text while keeping a map to the original.

Every edit is a regular-expression replacement; each replacement character maps to the
whole original span it replaced, deleted characters map to nothing, so any span of the
normalized text maps back to a span of the original (`Document.to_original`).

>>> normalize_text("Thanh Hoá&nbsp;và  TP.HCM")[0]
'Thanh Hóa và TP.HCM'
"""
from __future__ import annotations

import html
import re
import unicodedata
from array import array
from collections.abc import Callable

from pipeline.document import Document

Replacement = Callable[[re.Match], str]

# Block-level HTML tags end a paragraph; inline ones vanish. Bounded lengths keep the
# patterns linear on hostile input.
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|tr|td|th|h[1-6]|table|tbody|thead|tfoot|ul|ol|dl|dt|dd|hr|blockquote|pre|center"
    r"|section|article|header|footer|caption)\b[^<>]{0,500}>", re.I)
_HTML_COMMENT = re.compile(r"<!--.{0,2000}?-->", re.S)
_INLINE_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}\b[^<>]{0,500}>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_CRLF = re.compile(r"\r\n?")
# Control characters (but tab and newline) stand between words (`H2O \x14 Al(OH)3`, `ông \x08H`):
# they become a space. Zero-width characters, soft hyphen and BOM sit inside words: deleted.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_COMBINING = re.compile(r".[\u0300-\u036f]+", re.S)
# Runs of spaces are single spaces by then (`spaces` step); a bounded pattern stays linear.
_LINE_EDGE_SPACE = re.compile(r" ?\n ?")
# Old-style tone placement on the second vowel of an open oa/oe/uy syllable (hoà, khoẻ,
# thuỷ); the new style, used by underthesea's models, puts it on the first (hòa, khỏe, thủy).
_OLD_TONE = re.compile(
    r"(?<![qQ\w])([bcdghklmnprstvxđBCDGHKLMNPRSTVXĐ]{0,3})([oOuU])"
    r"([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\w)"
)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# A lower-case Vietnamese word glued to the capitalised word after it, its space lost in the
# source (`củaSHB`, `bàUrsula`, `Chủ tịchHội đồng`): a space goes in between. The word before
# must be a whole lower-case Vietnamese syllable of two letters or more, so brands stay whole
# (`iPhone`, `macOS`, `TikTok`, `000mAh`).
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
_GLUED = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}{_UPPER}])")
_GLUED_KEEP = frozenset({"mac"})  # English words of one Vietnamese-looking syllable (`macOS`)
# A capitalised name's last syllable glued to the function word after it (`TP. Hồ Chí Minhmà`,
# `Tiền Giangcó`, `Sài Gònvẫn`): a space goes in between when the word before is capitalised too and
# the stem is a Vietnamese syllable. Only words with a diacritic are looked for, so foreign names
# stay whole (`Chopra`, `Laura`).
_GLUED_TAIL = re.compile(
    rf"(?<=[{_LOWER}])(?=(?:mà|có|và|là|được|đã|để|với|của|sẽ|không|cũng|bị|tại|thì|này|nhưng|đang|vẫn"
    rf"|rồi|nên|từ|đến|về|trước|hơn|đây|đó|gồm|cùng|vào|vừa)(?![{_LOWER}{_UPPER}\d]))")
# A comma glued to the word after it (`ông Trần Đăng Phi,Phó Chánh Thanh tra`, `vậy,Suzuki`): a
# space goes in after it when letters stand on both sides (`1,5` keeps its decimal comma).
_COMMA_GLUED = re.compile(rf"(?<=[{_LOWER}{_UPPER}][{_LOWER}{_UPPER}],)(?=[{_LOWER}{_UPPER}])")
# A closing signature glued to the source credit after it (`Minh PhươngTheo AFP`, `T.ThủyVideo:`).
_GLUED_CREDIT = re.compile(rf"(?<=[{_LOWER}])(?=(?:Theo|Video|Nguồn)(?![{_LOWER}{_UPPER}]))")
# onset? + 1-3 vowels (any tone) + coda?: the shape of every Vietnamese syllable (linear)
_VOWELS = "".join(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy"
                  for t in ("",) + tuple(_TONE_MARKS))
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?")
_GLUED_MAX = 7  # letters of the word looked at before a glued boundary
_OLD_TONE_PAIRS = {"oa", "oe", "uy"}
# Upper-case words broken by a lower-case accented letter (GIữ VữNG → GIỮ VỮNG).
_BROKEN_UPPER = re.compile(r"\b(?=\w*[A-ZĐ]\w*[A-ZĐ])(?=\w*[^\W\dA-Za-z_])\w{3,40}\b")


def _retone(m: re.Match) -> str:
    onset, first, second = m.group(1), m.group(2), m.group(3)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], "".join(c for c in decomposed[1:] if c in _TONE_MARKS)
    if (first + base).lower() not in _OLD_TONE_PAIRS or not marks:
        return m.group(0)
    return onset + unicodedata.normalize("NFC", first + marks) + base


def new_tone_placement(text: str) -> str:
    """The new-style tone placement the models use: `Hoà Thuỷ` -> `Hòa Thủy`, `Hoàng` unchanged."""
    return _OLD_TONE.sub(_retone, text)


def _fix_upper(m: re.Match) -> str:
    word = m.group(0)
    lower = [c for c in word if c.islower()]
    if lower and all(ord(c) > 127 for c in lower) and sum(c.isupper() for c in word) >= 2:
        return word.upper() if len(word.upper()) == len(word) else word
    return word


def is_syllable(word: str) -> bool:
    """Spelled like a Vietnamese syllable, in any case (`Dũng` yes; `Nadal`, `Mark` no)."""
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", word).lower()) is not None


def _letters_before(text: str, end: int) -> int:
    """Start of the run of letters ending at `end` (at most _GLUED_MAX + 1 of them)."""
    start = end
    while start > 0 and end - start <= _GLUED_MAX and text[start - 1].isalpha():
        start -= 1
    return start


def _unglue(m: re.Match) -> str:
    text, end = m.string, m.start()
    start = _letters_before(text, end)
    word = text[start:end]
    if len(word) < 2 or not word.islower() or (start and text[start - 1].isalnum()):
        return ""
    return " " if is_syllable(word) and word not in _GLUED_KEEP else ""


def _unglue_tail(m: re.Match) -> str:
    text, end = m.string, m.start()
    start = _letters_before(text, end)
    stem = text[start:end]
    before = text.rfind(" ", 0, start - 1) + 1
    if len(stem) < 2 or not stem[0].isupper() or not stem[1:].islower() or start < 2 or (
            text[start - 1] != " " or not text[before:start - 1].istitle()):
        return ""
    return " " if is_syllable(stem) else ""


def _unescape(m: re.Match) -> str:
    out = html.unescape(m.group(0))
    return m.group(0) if out == m.group(0) else out


# The steps in order: (name, pattern, replacement). Data, not logic.
STEPS: list[tuple[str, re.Pattern, Replacement | str]] = [
    ("crlf", _CRLF, "\n"),
    ("html_comment", _HTML_COMMENT, ""),
    ("html_block", _BLOCK_TAG, "\n"),
    ("html_inline", _INLINE_TAG, ""),
    ("html_entity", _ENTITY, _unescape),
    ("control", _CONTROL, " "),
    ("invisible", _INVISIBLE, ""),
    ("nfc", _COMBINING, lambda m: unicodedata.normalize("NFC", m.group(0))),
    ("spaces", _SPACES, " "),
    ("line_edges", _LINE_EDGE_SPACE, "\n"),
    ("tone", _OLD_TONE, _retone),
    ("upper", _BROKEN_UPPER, _fix_upper),
    ("glued", _GLUED, _unglue),
    ("glued_tail", _GLUED_TAIL, _unglue_tail),
    ("comma_glued", _COMMA_GLUED, " "),
    ("credit_glued", _GLUED_CREDIT, " "),
]


def _apply(text: str, starts: array, ends: array, pattern: re.Pattern, repl) -> tuple[str, array, array]:
    """Replace every match of `pattern`, carrying the offset map along."""
    pieces: list[str] = []
    new_s, new_e = array("l"), array("l")
    last = 0
    changed = False
    for m in pattern.finditer(text):
        a, b = m.span()
        out = repl(m) if callable(repl) else repl
        if out == m.group(0):
            continue
        changed = True
        pieces.append(text[last:a])
        new_s.extend(starts[last:a])
        new_e.extend(ends[last:a])
        if out:
            if a < b:
                o_start, o_end = starts[a], ends[b - 1]
            else:  # an insertion (`củaSHB` -> `của SHB`) maps to the character before it
                o_start, o_end = (starts[a - 1], ends[a - 1]) if a else (0, 0)
            pieces.append(out)
            new_s.extend([o_start] * len(out))
            new_e.extend([o_end] * len(out))
        last = b
    if not changed:
        return text, starts, ends
    pieces.append(text[last:])
    new_s.extend(starts[last:])
    new_e.extend(ends[last:])
    return "".join(pieces), new_s, new_e


def normalize_text(original: str) -> tuple[str, array, array]:
    """Return (normalized text, start map, end map) for `original`.

    >>> normalize_text("Hoà")[0]
    'Hòa'
    """
    text = original
    starts = array("l", range(len(original)))
    ends = array("l", range(1, len(original) + 1))
    for _name, pattern, repl in STEPS:
        text, starts, ends = _apply(text, starts, ends, pattern, repl)
    # Strip outer white space through the same mechanism.
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    return text[lead:trail], starts[lead:trail], ends[lead:trail]


class Normalizer:
    """Stage: fills `doc.text` and its offset map from `doc.original`."""

    name = "normalize"
    requires: tuple[str, ...] = ()
    provides = ("text",)

    def __call__(self, doc: Document) -> Document:
        doc.set_text(*normalize_text(doc.original))
        return doc
