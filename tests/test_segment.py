"""Sentences and words: each underthesea model once per sentence, offsets into the text."""
from pipeline.document import Document, Sentence
from pipeline.normalize import Normalizer
from pipeline.segment import SentenceSplitter, WordTagger


def _doc(text):
    return Normalizer()(Document(id="t", original=text))


def test_sentences_are_spans_and_paragraphs_split(resources):
    text = "Câu một ở Hà Nội. Câu hai!\nChú thích ảnh không dấu chấm\nCâu ba."
    doc = SentenceSplitter(resources)(_doc(text))
    sents = [doc.text[s.start:s.end] for s in doc.sentences]
    assert sents == ["Câu một ở Hà Nội.", "Câu hai!", "Chú thích ảnh không dấu chấm", "Câu ba."]


def test_words_pos_chunk(resources):
    doc = _doc("Chủ tịch UBND tỉnh Lê Văn Dũng thăm TP. Tam Kỳ.")
    sent = Sentence(0, len(doc.text))
    WordTagger(resources).tag_sentence(doc.text, sent)
    words = [(w.text, w.pos) for w in sent.words]
    assert ("Lê Văn Dũng", "Np") in words
    assert ("Chủ tịch", "N") in words
    for w in sent.words:
        assert doc.text[w.start:w.end] == w.text
        assert w.chunk


def test_word_tagger_runs_each_model_once_per_sentence(resources, monkeypatch):
    calls = []

    class Spy:
        def __init__(self, inner, name):
            self.inner, self.name = inner, name

        def tag(self, x):
            calls.append(self.name)
            return self.inner.tag(x)

    tagger = WordTagger(resources)
    for attr in ("pos_tagger", "chunker", "ner_tagger"):
        monkeypatch.setitem(resources.__dict__, attr, Spy(getattr(resources, attr), attr))
    doc = SentenceSplitter(resources)(_doc("Ông Dũng đến Hà Nội. Bà Lan ở Huế."))
    tagger(doc)
    assert sorted(calls) == sorted(["pos_tagger", "chunker", "ner_tagger"] * 2)


def test_spacy_doc_text_equals_normalized_text(resources):
    from pipeline.spacy_doc import SpacyBuilder

    doc = _doc("Sáng 16/8, phường Trường Xuân.\n\nTP. Tam Kỳ  tổ chức ngày hội.")
    SentenceSplitter(resources)(doc)
    WordTagger(resources)(doc)
    sdoc = SpacyBuilder(resources)(doc).meta["spacy"]
    assert sdoc.text == doc.text
    assert "Trường Xuân" in [t.text for t in sdoc if t.tag_ == "Np"]
    assert sdoc.lang_ == "vi"
