"""The 31 dirty real articles (tests/data/edge_cases.jsonl): NFD text, HTML tags and
entities, NBSP inside names, control and zero-width characters, U+FFFD, broken capitals.

Each must come out `ok` with offsets into the untouched original, and with the same
mentions as a copy cleaned here by a deliberately simple, independent cleaner.
"""
import html
import json
import re
import unicodedata
from collections import Counter

import pytest

from pipeline.document import Document
from pipeline.runner import process_documents

TONES = "\u0300\u0301\u0303\u0309\u0323"
BLOCK = {"p", "br", "div", "li", "tr", "td", "th", "table", "tbody", "thead", "ul", "ol", "h1", "h2", "h3"}


def _tag(m: re.Match) -> str:
    return "\n" if m.group(1).lower() in BLOCK else ""


def _old_tone(word: str) -> str:
    """hoà → hòa, thuỷ → thủy: move the tone of a final oa/oe/uy to the first vowel."""
    if len(word) < 2 or word[:-2].lower().endswith("q"):
        return word
    first, second = word[-2], word[-1]
    d = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in d if c in TONES)
    if not tone or (first + d[0]).lower() not in ("oa", "oe", "uy"):
        return word
    if word[:-2] and not word[:-2].isalpha():
        return word
    return word[:-2] + unicodedata.normalize("NFC", first + tone) + d[0]


def _upper(word: str) -> str:
    lower = [c for c in word if c.islower()]
    if lower and sum(c.isupper() for c in word) >= 2 and all(not c.isascii() for c in lower):
        return word.upper()
    return word


def clean(text: str) -> str:
    """The simple cleaner: tags, entities, invisible characters, NFC, spaces, tones, capitals."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"</?([a-zA-Z][a-zA-Z0-9]*)[^<>]*>", _tag, text)
    text = html.unescape(text)
    text = "".join(" " if unicodedata.category(c) == "Cc" and c not in "\n\t" else c for c in text)
    text = re.sub("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]", "", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    text = re.sub(r"\w+", lambda m: _upper(_old_tone(m.group(0))), text)
    return text.strip()


def load():
    from conftest import DATA

    with open(DATA / "edge_cases.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


RECORDS = load()


def run(nlp, doc_id: str, text: str) -> Document:
    doc = Document(id=doc_id, original=text)
    process_documents(nlp, [doc])
    return doc


def test_all_31_are_here():
    assert len(RECORDS) == 31


def test_clean_examples():
    assert clean("GIữ VữNG <b>hoà</b>&nbsp;bình\u200b\r\n\x08Ông") == "GIỮ VỮNG hòa bình\nÔng"


@pytest.mark.slow
@pytest.mark.parametrize("rec", RECORDS, ids=[r["id"].rsplit("/", 1)[-1] for r in RECORDS])
def test_edge_case_article(nlp, rec):
    original = rec["text"]
    doc = run(nlp, rec["id"], original)
    assert doc.status == "ok", doc.error
    assert doc.original == original  # untouched
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(original)
        assert original[m.start:m.end] == m.text
    cleaned = run(nlp, rec["id"], clean(original))
    assert cleaned.status == "ok"

    def key(d):
        return Counter((m.label, clean(m.text)) for m in d.mentions)

    assert key(doc) == key(cleaned)
