"""Stage `resolve`: settle overlaps between extractors, then map offsets to the original.

Rules (ANNOTATION.md): the only nesting allowed is a LOC inside an ORG; nothing is
reported inside a QUOTED name; otherwise of two overlapping mentions the one with the
higher label priority wins, then the longer one.

>>> # [ORG UBND thành phố [LOC Tam Kỳ]] keeps both; [PER Tam Kỳ] vs [LOC Tam Kỳ] keeps LOC
"""
from __future__ import annotations

import re
import unicodedata

from pipeline.document import Document, Mention
from pipeline.extract.name_tokens import DIGRAPH_INITIALS

# Higher wins an overlap (a date or a quoted name is found with more certainty).
PRIORITY = {"QUOTED": 5, "DATE": 4, "ORG": 3, "LOC": 2, "PER": 1}
REJECTED_SUFFIX = "_REJECTED"  # label of a candidate kept only for debugging (QUOTED_REJECTED)
_EDGE_STRIP = " \t\n.,;:!?\"'“”‘’«»()[]{}…-–—"
# `Trần Q.`, `chị Kh.` keep their one initial's dot (not `L.T.H.`)
_LAST_INITIAL = re.compile(rf"(?<![\w.])(?:[A-ZĐ]|{DIGRAPH_INITIALS})\.$")


def _nested_ok(outer: Mention, inner: Mention) -> bool:
    # strictly inside: a place standing alone for a team (`Hải Phòng` as ORG) is not also a LOC
    inside = outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (
        inner.start, inner.end)
    return outer.label == "ORG" and inner.label == "LOC" and inside


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a consistent set of mentions (normalized offsets)."""
    # de-duplicate identical spans and labels, keeping the first (richest) one
    seen: dict[tuple[str, int, int], Mention] = {}
    for m in mentions:
        seen.setdefault((m.label, m.start, m.end), m)
    ranked = sorted(seen.values(),
                    key=lambda m: (-PRIORITY.get(m.label, 0), -m.score, -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for m in ranked:
        if all(not _overlaps(m, k) or _nested_ok(k, m) or _nested_ok(m, k) for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: (m.start, -m.end))
    return kept


def _trim(doc: Document, m: Mention) -> bool:
    """Shrink a span to drop outer white space and punctuation; False if nothing is left."""
    text = doc.text
    while m.start < m.end and text[m.start] in _EDGE_STRIP:
        m.start += 1
    while m.end > m.start and text[m.end - 1] in _EDGE_STRIP and not (
        text[m.end - 1] == "." and m.label in ("ORG", "PER", "LOC") and m.end - m.start <= 4
        or m.label == "PER" and _LAST_INITIAL.search(text, m.start, m.end)
        or m.label == "QUOTED" and text[m.end - 1] in "?!"  # a title's own mark: `Bạn có nói tục không?`
    ):
        m.end -= 1
    return m.end > m.start


def resolved_candidates(doc: Document) -> list[Mention]:
    """The mentions that win overlap resolution, still in normalized offsets (trimmed in place)."""
    return resolve_overlaps(
        [m for m in doc.mentions if not m.label.endswith(REJECTED_SUFFIX) and _trim(doc, m)]
    )


class Resolver:
    """Stage: final mention set with ORIGINAL offsets, sentence index and `norm`."""

    name = "resolve"
    requires = ("text", "sentences", "mentions")
    provides = ("mentions",)

    def __init__(self, keep_rejected: bool = False):
        self.keep_rejected = keep_rejected

    def __call__(self, doc: Document) -> Document:
        rejected = [m for m in doc.mentions if m.label.endswith(REJECTED_SUFFIX)]
        final = resolved_candidates(doc)
        if self.keep_rejected:  # debug output: candidates an extractor turned down, with the reason
            final += sorted(rejected, key=lambda m: m.start)
        for m in final:
            m.sentence = doc.sentence_at(m.start)
            m.norm = unicodedata.normalize("NFC", doc.text[m.start:m.end])
            m.start, m.end = doc.to_original(m.start, m.end)
            m.text = doc.original[m.start:m.end]
        doc.mentions = final
        return doc
