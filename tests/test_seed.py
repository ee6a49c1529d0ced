"""The owner's seed article end to end: every gold mention, with its attributes, and nothing else."""
import unicodedata

import pytest

from pipeline.goldfile import read_gold

ATTRS = ("value", "kind", "cue")


@pytest.fixture(scope="module")
def seed(data_dir):
    return read_gold(data_dir / "seed.gold.txt")


@pytest.fixture(scope="module")
def seed_doc(nlp, seed, data_dir):
    text = (data_dir / "seed.txt").read_text(encoding="utf-8")
    assert text == seed.text
    return nlp(text, doc_id="seed")


def _key(m):
    return (m.label, m.start, m.end)


def test_seed_spans_exact(seed, seed_doc):
    want = sorted(_key(m) for m in seed.mentions)
    got = sorted(_key(m) for m in seed_doc.mentions)
    missing = [k for k in want if k not in got]
    extra = [(k, seed.text[k[1]:k[2]]) for k in got if k not in want]
    assert not missing and not extra, f"missing {missing}, extra {extra}"


def test_seed_attributes(seed, seed_doc):
    got = {_key(m): m for m in seed_doc.mentions}
    for g in seed.mentions:
        m = got[_key(g)]
        for attr in ATTRS:
            if attr in g.attrs:
                assert getattr(m, attr) == g.attrs[attr], (g.text, attr)


def test_seed_person_role_and_canonical(seed_doc):
    people = [m for m in seed_doc.mentions if m.label == "PER"]
    assert people and all(m.text == "Lê Văn Dũng" for m in people)
    assert people[0].role == "Chủ tịch UBND tỉnh; Trưởng đoàn ĐBQH tỉnh"
    assert all(m.canonical == "Lê Văn Dũng" for m in people)


def test_seed_offsets_point_into_original(seed, seed_doc):
    for m in seed_doc.mentions:
        assert seed.text[m.start:m.end] == m.text
        assert m.sentence >= 0


@pytest.mark.parametrize("form", ["NFD", "old-tone", "crlf"])
def test_seed_variants_same_mentions(nlp, seed, seed_doc, form):
    text = seed.text
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    elif form == "old-tone":
        text = text.replace("hòa", "hoà").replace("Hòa", "Hoà")
    else:
        text = text.replace("\n", "\r\n")
    doc = nlp(text, doc_id="variant")
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
    assert _facts(doc.mentions) == _facts(seed_doc.mentions)


def _facts(mentions):
    return sorted((m.label, unicodedata.normalize("NFC", m.text), m.value, m.kind, m.cue) for m in mentions)


def test_seed_spacy_view(nlp, seed_doc):
    sdoc = nlp.to_spacy(seed_doc)
    labels = {(s.label_, s.text) for s in sdoc.spans["mentions"]}
    assert ("PER", "Lê Văn Dũng") in labels
    assert ("LOC", "Tam Kỳ") in labels and ("ORG", "UBND thành phố Tam Kỳ") in labels
    assert all(e.label_ in {"PER", "LOC", "ORG", "DATE", "QUOTED"} for e in sdoc.ents)
    assert any(t.tag_ == "Np" for t in sdoc)
