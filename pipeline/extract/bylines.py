"""The writer's signature on the closing lines of a whole article: a person, never a place.

Dan Tri and most Vietnamese papers end an article with the writer's name on a line of its own,
sometimes followed by the source (`Theo Reuters`, `TTXVN`, `Tổng hợp`). About 2,000 of the 2,553
Dan Tri articles of the shared corpus end so. The name is often spelled like a place (`Hải Vân`,
`Phước Hải`) or a body (`Khoa Nam`), so the place and organisation stages leave it, the people
stage takes it (source `per-signature`) and the refining CRF does not revise it.

>>> # closing_signature("Tiêu đề\\nNội dung bài.\\nVĩnh Ngọc\\nTheo DM") -> the span of `Vĩnh Ngọc`
"""
from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.extract.name_lexicon import NameLexicon

SOURCE = "per-signature"  # the `source` of the PER mention the people stage makes of it
CREDIT_SOURCE = "org-credit"  # and of the ORG mentions the organisation stage makes of the credits

# A name of two to four capitalised syllables, or initials with a name (`T.Thủy`, `H.Long`, `K.Đ`),
# alone on its line or glued to a source credit (`Minh Phương Theo AFP`).
_INITIALED = r"(?:[A-ZĐ]\.)++[A-ZĐ]?\w*+"
_WORD = r"(?!(?:Theo|Video|Nguồn)\b)[A-ZĐ\u00c0-\u1ef9]\w*+"  # (possessive: linear; the
# normalizer has put the space back before a glued credit, `Minh PhươngTheo` -> `Minh Phương Theo`)
_SIGNATURE = re.compile(  # (it opens a word: a search over a long capitalised run stays linear)
    rf"(?<![\w.])({_INITIALED}|{_WORD}(?: {_WORD}){{1,3}})[ \t]*(?=(?:Theo|Video|Nguồn)\b|[ \t]*$)")
# Lines that may follow the signature: the source, a video credit, a news agency's acronym.
_CREDIT = re.compile(r"(?:Theo|Nguồn|Video|Ảnh|Clip|Tổng hợp|Tham khảo)\b|[A-ZĐ&]{2,8}[ \t]*$")
_LINE = re.compile(r"[^\n]+")
# a source line (`Theo Elle/Vogue`, `Nguồn: SCMP`), on its own or after the signature on its line
_CREDITED = re.compile(r"(?<![^\s])(?:Theo|Nguồn)[ \t]*:?[ \t]+([^\n]+)")
_NAME = re.compile(r"[A-ZĐ0-9][^/,\n]*+")  # one name between slashes or commas (possessive: linear)
MAX_CREDIT_WORDS = 4
MIN_LINES = 3  # a title and some text before the signature
_PROSE_ENDS = tuple('.!?"”…)')  # the article's last paragraph ends so before the signature
PROSE_LINE = 60  # or is a paragraph this long (a caption without its full stop)
MAX_CREDIT_LINES = 2


def signature(doc: Document) -> tuple[int, int] | None:
    """`closing_signature` of `doc.text`, computed once per document (kept in `doc.meta`)."""
    if "signature" not in doc.meta:
        doc.meta["signature"] = closing_signature(doc.text)
    return doc.meta["signature"]


def credits(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sources credited after the signature (`Theo DM`, `Theo NYPost/Daily Mail`,
    `Minh Phương Theo Guardian`): bodies, each of them; once per document (`doc.meta`)."""
    if "credits" not in doc.meta:
        signed = signature(doc)
        doc.meta["credits"] = closing_credits(doc.text, signed[1]) if signed else []
    return doc.meta["credits"]


def closing_credits(text: str, start: int) -> list[tuple[int, int]]:
    """Source names on the credit lines from `start` (the signature's end) to the end of `text`;
    not a Vietnamese pen name (`Theo Linh Chi`: a writer, left to the people stage)."""
    out = []
    for line in _CREDITED.finditer(text, start):
        for name in _NAME.finditer(text, *line.span(1)):
            words = name.group().split()
            if len(words) <= MAX_CREDIT_WORDS and not all(NameLexicon.is_vietnamese(w) for w in words):
                out.append((name.start(), name.start() + len(name.group().rstrip())))
    return out


def overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    """[start, end) overlaps `span` (the signature or a credit; None overlaps nothing)."""
    return span is not None and start < span[1] and span[0] < end


def closing_signature(text: str) -> tuple[int, int] | None:
    """Span of the writer's name on the article's closing lines, or None."""
    lines = [m.span() for m in _LINE.finditer(text) if m.group().strip()]
    k = len(lines) - 1
    while k >= MIN_LINES - 1 and len(lines) - 1 - k < MAX_CREDIT_LINES and _CREDIT.match(
            text, *_stripped(text, *lines[k])):
        k -= 1
    if k < MIN_LINES - 1:
        return None
    a, b = _stripped(text, *lines[k])
    m = _SIGNATURE.match(text, a, b)
    before = text[slice(*_stripped(text, *lines[k - 1]))]
    if not m or not _prose(before):
        # the last cell of a table (`2.864⏎265⏎Bến Nghé`), or the paper after a source line
        # (`Theo Linh Chi⏎Dân Việt`); a prose paragraph may open with `Theo` (`Theo họ, …`)
        return None
    words = m.group(1).split()
    if len(words) == 1 and "." not in words[0]:
        return None
    if not all(w[0].isupper() and (NameLexicon.is_vietnamese(w) or "." in w) for w in words):
        return None  # `Reuters`, `Live Science`: a source, not a writer
    if m.group(1) in text[:lines[k][0]]:
        return None  # named in the article already: a subheading or caption (`Cù Lao Chàm`)
    return m.start(1), m.end(1)


def _prose(line: str) -> bool:
    """A paragraph of the article (a sentence's end, or a caption's length)."""
    return line.endswith(_PROSE_ENDS) or len(line) >= PROSE_LINE


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
