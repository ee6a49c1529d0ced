"""The document container that flows through every stage, and the typed output records.

A `Document` keeps the ORIGINAL text untouched and a normalized copy (`text`) with an
offset map between them. Stages read and write normalized offsets; `Document.to_original`
turns a normalized span into a span of the original text, which is what every output
record carries.

>>> doc = Document(id="d1", original="Sáng 16/8, phường Trường Xuân")
"""
from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Word:
    """One word of the segmenter (may hold several syllables: `Lê Văn Dũng`).

    `start`/`end` are offsets into the normalized text; `ner` is underthesea's CRF tag,
    kept as one signal among several.
    """

    start: int
    end: int
    text: str
    pos: str = ""
    chunk: str = ""
    ner: str = "O"


@dataclass(slots=True)
class Sentence:
    """A sentence as a span of the normalized text, with its words."""

    start: int
    end: int
    words: list[Word] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """One extracted mention; one row of the `mentions` table.

    Extractors create mentions with NORMALIZED offsets in `start`/`end`; the pipeline maps
    them to the original text before output (then `original[start:end] == text`).

    >>> Mention(label="LOC", start=18, end=29, text="Trường Xuân", kind="phường")
    """

    label: str
    start: int
    end: int
    text: str
    sentence: int = -1
    norm: str | None = None  # normalized surface form (NFC, one tone convention)
    value: str | None = None  # DATE: ISO value
    kind: str | None = None  # LOC: generic word (phường, tỉnh, ...)
    role: str | None = None  # PER: title written beside the name
    cue: str | None = None  # QUOTED: introducing noun
    canonical: str | None = None  # PER: full name this mention refers to
    admin_code: str | None = None  # LOC: official code of the linked unit
    admin_level: str | None = None  # LOC: province / district / ward
    province: str | None = None  # LOC: province before the 1 July 2025 reform
    province_2025: str | None = None  # LOC: province after the reform
    ward_2025: str | None = None  # LOC: ward after the reform (wards only)
    link_note: str | None = None  # LOC: why the link is empty or how it was chosen
    source: str = ""  # which rule or model produced it
    score: float = 1.0
    debug: str | None = None  # why a candidate was kept (debug output only)


@dataclass
class Document:
    """A document flowing through the stages.

    `original` is never modified. `text` is the normalized text; `_starts[i]`/`_ends[i]`
    give the original span of normalized character i.
    """

    id: str
    original: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    status: str = "ok"
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    _starts: array = field(default_factory=lambda: array("l"), repr=False)
    _ends: array = field(default_factory=lambda: array("l"), repr=False)

    def set_text(self, text: str, starts: array, ends: array) -> None:
        """Install the normalized text and its map to the original."""
        if not (len(text) == len(starts) == len(ends)):
            raise ValueError("offset map length does not match the normalized text")
        self.text, self._starts, self._ends = text, starts, ends

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if not self._starts:  # normalization not run: identity
            return start, end
        if end <= start:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span back to the normalized text (inverse of `to_original`)."""
        if not self._starts:
            return start, end
        return bisect_left(self._starts, start), bisect_left(self._ends, end) + 1

    def words(self):
        """All words of the document in order."""
        for sent in self.sentences:
            yield from sent.words

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding normalized offset `pos` (-1 when none)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1
