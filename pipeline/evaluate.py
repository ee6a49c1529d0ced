"""Scoring: mentions against gold files (P/R/F1 per label, exact offsets, DATE values),
with underthesea's `ner` alone as the baseline row; word segmentation and UPOS against a
CoNLL-U treebank.

>>> # python -m pipeline eval corpus/gold/test --baseline
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import Document, Sentence
from pipeline.goldfile import gold_files, read_gold
from pipeline.normalize import Normalizer

LABELS = ("PER", "LOC", "ORG", "DATE", "QUOTED")
# Folders annotated for one label only are scored for that label only.
PARTIAL_SETS = {"quoted": ("QUOTED",)}
ATTRS = {"DATE": "value", "LOC": "kind", "QUOTED": "cue"}


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    attr_ok: Counter = field(default_factory=Counter)
    attr_n: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)
    with_attributes: bool = True  # False for systems that produce no attributes (the baseline)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def attr_accuracy(self, label: str) -> float | None:
        n = self.attr_n[label]
        return self.attr_ok[label] / n if n else None


def labels_for(path: Path) -> tuple[str, ...]:
    for part in path.parts:
        if part in PARTIAL_SETS:
            return PARTIAL_SETS[part]
    return LABELS


def score_document(score: Score, path: Path, gold: list, predicted: list, labels: Iterable[str]) -> None:
    """Add one document's exact-match counts (label, start, end) to `score`."""
    labels = set(labels)
    g = {(m.label, m.start, m.end): m for m in gold if m.label in labels}
    p = {(m.label, m.start, m.end): m for m in predicted if m.label in labels}
    for key, gm in g.items():
        if key in p:
            score.tp[key[0]] += 1
            attr = ATTRS.get(key[0]) if score.with_attributes else None
            if attr:
                want = gm.attrs.get(attr)
                got = getattr(p[key], attr, None)
                if attr != "kind" or want:
                    score.attr_n[key[0]] += 1
                    score.attr_ok[key[0]] += want == got
                    if want != got:
                        note = f"{attr}={want!r} got {got!r}"
                        score.errors.append((path.name, "ATTR", key[0], gm.text, note))
        else:
            score.fn[key[0]] += 1
            score.errors.append((path.name, "FN", key[0], gm.text, key[1]))
    for key, pm in p.items():
        if key not in g:
            score.fp[key[0]] += 1
            score.errors.append((path.name, "FP", key[0], pm.text, key[1]))


def evaluate_pipeline(folder: str | Path, pipeline) -> Score:
    score = Score()
    for path in gold_files(folder):
        gd = read_gold(path)
        doc = pipeline.process(Document(id=path.name, original=gd.text, date=gd.date))
        score_document(score, path, gd.mentions, doc.mentions, labels_for(path))
    return score


@dataclass
class _Span:
    label: str
    start: int
    end: int
    text: str


class UndertheseaBaseline:
    """underthesea's `ner()` called on each sentence, as a user would, spans aligned back."""

    def __init__(self, resources):
        from pipeline.segment import SentenceSplitter

        self.normalize = Normalizer()
        self.split = SentenceSplitter(resources)

    def __call__(self, text: str) -> list[_Span]:
        from underthesea import ner

        doc = self.split(self.normalize(Document(id="b", original=text)))
        spans: list[_Span] = []
        for sent in doc.sentences:
            pos = sent.start
            current = None
            for word, _pos, _chunk, tag in ner(doc.text[sent.start:sent.end]):
                at = doc.text.find(word, pos, sent.end)
                if at < 0:
                    current = None
                    continue
                pos = at + len(word)
                if tag.startswith("B-") or (tag.startswith("I-") and current is None):
                    current = _Span(tag[2:], at, pos, "")
                    spans.append(current)
                elif tag.startswith("I-") and current is not None and current.label == tag[2:]:
                    current.end = pos
                else:
                    current = None
        out = []
        for s in spans:
            start, end = doc.to_original(s.start, s.end)
            out.append(_Span(s.label, start, end, text[start:end]))
        return out


def evaluate_baseline(folder: str | Path, resources) -> Score:
    baseline = UndertheseaBaseline(resources)
    score = Score(with_attributes=False)
    for path in gold_files(folder):
        gd = read_gold(path)
        score_document(score, path, gd.mentions, baseline(gd.text), labels_for(path))
    return score


def format_table(rows: list[tuple[str, Score]], labels: Iterable[str] = LABELS) -> str:
    """One line per (system, label): P, R, F1, gold count, attribute accuracy."""
    w = max([len(name) for name, _ in rows] + [20]) + 2
    lines = [f"{'system':<{w}}{'label':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}  attribute accuracy"]
    for name, sc in rows:
        for lab in labels:
            n_gold = sc.tp[lab] + sc.fn[lab]
            if not n_gold and not sc.fp[lab]:
                continue
            p, r, f = sc.prf(lab)
            acc = sc.attr_accuracy(lab)
            attr = f"{ATTRS[lab]} {acc:.3f} ({sc.attr_n[lab]})" if acc is not None else ""
            lines.append(f"{name:<{w}}{lab:<8}{p:>7.3f}{r:>7.3f}{f:>7.3f}{n_gold:>6}  {attr}")
    return "\n".join(lines)


# --- CoNLL-U: word segmentation and UPOS -------------------------------------------------

def read_conllu(path: str | Path) -> Iterable[tuple[str, list[tuple[str, str]]]]:
    """(text, [(word, upos)]) for each sentence of a CoNLL-U file."""
    text, words = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line:
                if words:
                    yield text or " ".join(w for w, _ in words), words
                text, words = None, []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) >= 4 and cols[0].isdigit():
                    words.append((cols[1], cols[3]))
    if words:
        yield text or " ".join(w for w, _ in words), words


def _align(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for w in words:
        at = text.find(w, pos)
        if at < 0:
            spans.append((-1, -1))
            continue
        spans.append((at, at + len(w)))
        pos = at + len(w)
    return spans


def evaluate_conllu(path: str | Path, resources) -> dict:
    """Word segmentation P/R/F1 and UPOS accuracy (VLSP tags mapped through models/vlsp_upos.json)."""
    from pipeline.segment import WordTagger

    to_upos = {k: v for k, v in resources.json("vlsp_upos.json").items() if not k.startswith("_")}
    tagger = WordTagger(resources, with_ner=False)
    tp = n_pred = n_gold = pos_ok = 0
    for text, gold in read_conllu(path):
        doc = Normalizer()(Document(id="s", original=text))
        sent = Sentence(0, len(doc.text))
        tagger.tag_sentence(doc.text, sent)
        pred = {doc.to_original(w.start, w.end): to_upos.get(w.pos, "X") for w in sent.words}
        gold_spans = dict(zip(_align(text, [w for w, _ in gold]), [u for _, u in gold]))
        gold_spans.pop((-1, -1), None)
        n_pred += len(pred)
        n_gold += len(gold_spans)
        for span, upos in gold_spans.items():
            if span in pred:
                tp += 1
                pos_ok += pred[span] == upos
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"words_gold": n_gold, "seg_precision": p, "seg_recall": r,
            "seg_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "upos_accuracy_matched": pos_ok / tp if tp else 0.0,
            "upos_accuracy": pos_ok / n_gold if n_gold else 0.0}
