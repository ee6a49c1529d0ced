"""Stages `sentences` and `words`: sentence spans, then words, POS tags and chunks.

underthesea's `ner()` reruns chunking, POS tagging and segmentation from the raw string
on every call; here each model runs exactly once per sentence and its output is reused.

>>> # "Chủ tịch UBND tỉnh Lê Văn Dũng" -> words Chủ tịch/N, UBND/Ny, tỉnh/N, Lê Văn Dũng/Np
"""
from __future__ import annotations

import re

from pipeline.document import Document, Sentence, Word
from pipeline.resources import Resources

# Paragraph breaks always end a sentence (Dan Tri photo captions have no full stop).
_PARAGRAPH = re.compile(r"[^\n]+")
MAX_SENTENCE_CHARS = 2000  # longer "sentences" (tables, lists) are cut to keep CRFs fast


class SentenceSplitter:
    """Stage: `doc.sentences` as spans of `doc.text` (needs `text`)."""

    name = "sentences"
    requires = ("text",)
    provides = ("sentences",)

    def __init__(self, resources: Resources):
        self.res = resources

    def __call__(self, doc: Document) -> Document:
        splitter = self.res.sentence_splitter
        text = doc.text
        doc.sentences = []
        for para in _PARAGRAPH.finditer(text):
            pos = para.start()
            for sent in splitter.sentences_from_text(para.group(0)):
                start = text.find(sent, pos, para.end())
                if start < 0:  # the splitter changed the string: fall back to the paragraph rest
                    start, sent = pos, text[pos:para.end()].strip()
                    if not sent:
                        break
                    start = text.find(sent, pos)
                end = start + len(sent)
                for a in range(start, end, MAX_SENTENCE_CHARS):
                    b = min(end, a + MAX_SENTENCE_CHARS)
                    if text[a:b].strip():
                        doc.sentences.append(Sentence(a, b))
                pos = end
        return doc


class WordTagger:
    """Stage: words, POS tags, chunk tags and underthesea's CRF NER tag per sentence.

    Needs `sentences`; adds `Sentence.words`. Tokens come from underthesea's regex
    tokenizer run on the normalized text (so each token is a substring with offsets).
    """

    name = "words"
    requires = ("sentences",)
    provides = ("words", "pos", "chunk", "ner")

    def __init__(self, resources: Resources, with_ner: bool = True, with_chunk: bool = True):
        self.res = resources
        self.with_ner = with_ner
        self.with_chunk = with_chunk or with_ner  # the NER model reads the chunk tags

    def tag_sentence(self, text: str, sent: Sentence) -> None:
        from underthesea.pipeline.word_tokenize.regex_tokenize import patterns

        chunk = text[sent.start:sent.end]
        spans = [m.span() for m in patterns.finditer(chunk)]
        spans = [(a, b) for a, b in spans if chunk[a:b].strip()]
        if not spans:
            sent.words = []
            return
        tokens = [chunk[a:b] for a, b in spans]
        tags = self.res.word_segmenter.predict([[t] for t in tokens])
        words: list[list[int]] = []
        for (a, b), tag in zip(spans, tags):
            if tag == "I-W" and words:
                words[-1][1] = b
            else:
                words.append([a, b])
        forms = [" ".join(chunk[a:b].split()) for a, b in words]
        feats = self.res.featurizers
        pos = self.res.pos_tagger.tag(feats.pos.process([[[w, "X"] for w in forms]])[0])
        if self.with_chunk:
            chk = self.res.chunker.tag(feats.chunk.process([[[w, p, "X"] for w, p in zip(forms, pos)]])[0])
        else:
            chk = [""] * len(forms)
        if self.with_ner:
            rows = [[w, p, c, "X"] for w, p, c in zip(forms, pos, chk)]
            ner = self.res.ner_tagger.tag(feats.ner.process([rows])[0])
        else:
            ner = ["O"] * len(forms)
        off = sent.start
        sent.words = [
            Word(off + a, off + b, text[off + a:off + b], p, c, n)
            for (a, b), p, c, n in zip(words, pos, chk, ner)
        ]

    def __call__(self, doc: Document) -> Document:
        for sent in doc.sentences:
            self.tag_sentence(doc.text, sent)
        return doc
