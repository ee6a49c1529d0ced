"""The writer's signature on the closing lines of a whole article: a person, never a place.

Dan Tri and most Vietnamese papers end an article with the writer's name on a line of its own,
sometimes followed by the source (`Theo Reuters`, `TTXVN`, `Tổng hợp`). About 2,000 of the 2,553
Dan Tri articles of the shared corpus end so. The name is often spelled like a place (`Hải Vân`,
`Phước Hải`), so the place stage leaves it and the people stage takes it.

>>> # closing_signature("Tiêu đề\\nNội dung bài.\\nVĩnh Ngọc\\nTheo DM") -> the span of `Vĩnh Ngọc`
"""
from __future__ import annotations

import re

from pipeline.extract.name_lexicon import NameLexicon

# A name of two to four capitalised syllables, or initials with a name (`T.Thủy`, `H.Long`, `K.Đ`),
# alone on its line or glued to a source credit (`Minh Phương Theo AFP`).
_INITIALED = r"(?:[A-ZĐ]\.)++[A-ZĐ]?\w*+"
_WORD = r"(?!(?:Theo|Video|Nguồn)\b)[A-ZĐ\u00c0-\u1ef9]\w*+"  # (possessive: linear; the
# normalizer has put the space back before a glued credit, `Minh PhươngTheo` -> `Minh Phương Theo`)
_SIGNATURE = re.compile(rf"({_INITIALED}|{_WORD}(?: {_WORD}){{1,3}})[ \t]*(?=(?:Theo|Video|Nguồn)\b|[ \t]*$)")
# Lines that may follow the signature: the source, a video credit, a news agency's acronym.
_CREDIT = re.compile(r"(?:Theo|Nguồn|Video|Ảnh|Clip|Tổng hợp|Tham khảo)\b|[A-ZĐ&]{2,8}[ \t]*$")
_LINE = re.compile(r"[^\n]+")
MIN_LINES = 3  # a title and some text before the signature
_PROSE_ENDS = tuple('.!?"”…)')  # the article's last paragraph ends so before the signature
PROSE_LINE = 60  # or is a paragraph this long (a caption without its full stop)
MAX_CREDIT_LINES = 2


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
    if not m or before.startswith("Theo "):
        return None  # (`Theo Linh Chi⏎Dân Việt`: the last line names the paper)
    if not (before.endswith(_PROSE_ENDS) or len(before) >= PROSE_LINE):
        return None  # the last cell of a table (`2.864⏎265⏎Bến Nghé`), not a signature
    words = m.group(1).split()
    if len(words) == 1 and "." not in words[0]:
        return None
    if not all(w[0].isupper() and (NameLexicon.is_vietnamese(w) or "." in w) for w in words):
        return None  # `Reuters`, `Live Science`: a source, not a writer
    if m.group(1) in text[:lines[k][0]]:
        return None  # named in the article already: a subheading or caption (`Cù Lao Chàm`)
    return m.start(1), m.end(1)


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
