"""The pipeline: stages in order over one `Document`.

>>> nlp = Pipeline()                      # nothing loaded yet
>>> doc = nlp("Sáng 16/8, phường Trường Xuân, TP. Tam Kỳ tổ chức ngày hội.")
>>> [(m.label, m.text) for m in doc.mentions][:2]
[('DATE', 'Sáng 16/8'), ('LOC', 'Trường Xuân')]
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pipeline.document import Document
from pipeline.extract.dates import DateExtractor
from pipeline.extract.orgs import OrgExtractor
from pipeline.extract.people import PersonExtractor
from pipeline.extract.places import PlaceExtractor
from pipeline.extract.quoted import QuotedExtractor
from pipeline.extract.refine import CrfRefiner
from pipeline.normalize import Normalizer
from pipeline.resolve import Resolver
from pipeline.resources import Resources
from pipeline.segment import SentenceSplitter, WordTagger
from pipeline.spacy_doc import to_spacy

EXTRACTORS = {
    "DATE": DateExtractor,
    "QUOTED": QuotedExtractor,
    "ORG": OrgExtractor,
    "LOC": PlaceExtractor,
    "PER": PersonExtractor,
}
LABELS = tuple(EXTRACTORS)
TRANSIENT = ("spacy", "name_tokens", "signature", "credits")


class Pipeline:
    """All stages, built once with shared lazily-loaded resources."""

    def __init__(self, resources: Resources | None = None, labels: Iterable[str] = LABELS,
                 debug: bool = False, crf_ner: bool = False, chunks: bool = True, refine: bool = True):
        """`crf_ner` adds underthesea's 2017 CRF NER tag to each word (`Word.ner`, one more PER
        signal); off by default: it changed no score on the dev sets and costs ~13% of the time.
        `chunks=False` skips the chunker, which no extractor reads (only the tokens table).
        `refine` adds the project's CRF that revises the rules' ORG and LOC spans
        (`models/refine_crf.bin`, see `pipeline/extract/refine.py`); on by default: on 31
        articles neither it nor the rules had seen (dev15, dev16) it raised ORG F1 from 0.728 to
        0.766 (LOC, revised then too, is left to the rules since: see `pipeline/train.py`).
        `refine=False` gives the rules alone, and so does a subset of `labels` (the CRF reads the
        rule tags of all five labels)."""
        self.resources = resources or Resources()
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise ValueError(f"unknown labels {sorted(unknown)}; choose from {', '.join(LABELS)}")
        r = self.resources
        # The spaCy view is not a stage: no extractor needs it, `to_spacy` builds it on demand.
        self.stages = [Normalizer(), SentenceSplitter(r), WordTagger(r, with_ner=crf_ner, with_chunk=chunks)]
        wanted = set(labels)
        self.stages += [
            QuotedExtractor(r, debug=debug) if lab == "QUOTED" else EXTRACTORS[lab](r)
            for lab in LABELS if lab in wanted
        ]
        if refine and wanted >= set(LABELS):  # it reads the tags of every extractor, as in training
            self.stages.append(CrfRefiner(r, labels=wanted))
        self.stages.append(Resolver(keep_rejected=debug))

    def process(self, doc: Document, until: str | None = None) -> Document:
        """Run every stage on `doc` (in place) and return it; with `until`, stop before the
        stage of that name (the training of the refiner sees the rules' raw output)."""
        for stage in self.stages:
            if stage.name == until:
                return doc
            stage(doc)
        for key in TRANSIENT:  # per-document intermediates; the spaCy view is rebuilt by `to_spacy`
            doc.meta.pop(key, None)
        return doc

    def to_spacy(self, doc: Document):
        """The processed `doc` as a spaCy Doc: words, `tag_` POS, mentions in ents/spans."""
        return to_spacy(doc, self.resources)

    def __call__(self, text: str, *, doc_id: str = "text", date: dt.date | None = None) -> Document:
        return self.process(Document(id=doc_id, original=text, date=date))
