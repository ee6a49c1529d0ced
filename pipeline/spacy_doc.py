"""Stage `spacy`: the document as a spaCy `Doc` over the normalized text.

Tokens are the segmenter's words (a word may contain spaces: `Lê Văn Dũng`), white space
between sentences becomes whitespace tokens, so `doc.spacy.text == doc.text` and spaCy
character offsets ARE normalized offsets. POS goes in `tag_`, chunk tags in `Token._.chunk`.

>>> # to_spacy(doc, nlp).ents -> (Lê Văn Dũng, Tam Kỳ, ...) after extraction
"""
from __future__ import annotations

from typing import Any

from pipeline.document import Document
from pipeline.resources import Resources


def build_spacy(doc: Document, nlp: Any) -> Any:
    """A spaCy Doc whose text equals `doc.text`, one token per word."""
    from spacy.tokens import Doc, Token

    if not Token.has_extension("chunk"):
        Token.set_extension("chunk", default="")
    words, spaces, tags, chunks, sent_starts = [], [], [], [], []
    pos = 0
    text = doc.text
    for sent in doc.sentences:
        first = True
        for w in sent.words:
            gap = text[pos:w.start]
            if gap and gap != " ":
                # keep any white space that is not one plain space as its own token
                if words and gap.startswith(" ") and not spaces[-1]:
                    spaces[-1], gap = True, gap[1:]
                if gap.strip(" \n\t"):
                    raise ValueError(f"text between words is not white space: {gap!r}")
                if gap:
                    words.append(gap)
                    spaces.append(False)
                    tags.append("_SP")
                    chunks.append("O")
                    sent_starts.append(False)
            elif gap == " " and words:
                spaces[-1] = True
            words.append(w.text)
            spaces.append(False)
            tags.append(w.pos or "X")
            chunks.append(w.chunk)
            sent_starts.append(first)
            first = False
            pos = w.end
    tail = text[pos:]
    if tail:
        words.append(tail)
        spaces.append(False)
        tags.append("_SP")
        chunks.append("O")
        sent_starts.append(False)
    sdoc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags,
               sent_starts=[bool(s) if i else True for i, s in enumerate(sent_starts)] if words else None)
    for tok, ch in zip(sdoc, chunks):
        tok._.chunk = ch
    return sdoc


SPAN_ATTRS = ("value", "kind", "role", "cue", "canonical", "admin_code", "province", "province_2025")


def add_mentions(sdoc: Any, doc: Document) -> Any:
    """Put a processed document's mentions on its spaCy Doc: all of them (with a LOC nested
    in an ORG) in `spans["mentions"]`, the outermost non-overlapping ones in `ents`; the
    attributes in `span._.value`, `span._.kind`, ..."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    for attr in SPAN_ATTRS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
    spans = []
    for m in doc.mentions:
        start, end = doc.to_normalized(m.start, m.end)
        span = sdoc.char_span(start, end, label=m.label, alignment_mode="expand")
        if span is None:
            continue
        for attr in SPAN_ATTRS:
            setattr(span._, attr, getattr(m, attr))
        spans.append(span)
    sdoc.spans["mentions"] = spans
    sdoc.ents = filter_spans(spans)
    return sdoc


def to_spacy(doc: Document, resources: Resources) -> Any:
    """The processed document as a spaCy Doc with its mentions (see `add_mentions`)."""
    return add_mentions(build_spacy(doc, resources.spacy_nlp), doc)


class SpacyBuilder:
    """Stage: `doc.meta["spacy"]`, the spaCy view used by Matcher-based extractors."""

    name = "spacy"
    requires = ("words",)
    provides = ("spacy",)

    def __init__(self, resources: Resources):
        self.res = resources

    def __call__(self, doc: Document) -> Document:
        doc.meta["spacy"] = build_spacy(doc, self.res.spacy_nlp)
        return doc

