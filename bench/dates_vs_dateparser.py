"""Compare our DATE extractor with dateparser's `search_dates` on tests/data/date_cases.tsv.

    python bench/dates_vs_dateparser.py

Per expected mention: found (a predicted span overlaps it), exact span, exact value. dateparser
returns a datetime, not an ISO value, so its value counts as exact when the datetime matches the
expected value at the expected precision (year, month, day, clock; part of day ignored); values it
cannot express (quarters, weeks, ranges, X) count as wrong. `false` counts predicted dates that
overlap no expected mention (durations, scores, prices ...).

>>> # method        found   span   value   false
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.document import Document  # noqa: E402
from pipeline.extract.dates import DateExtractor  # noqa: E402
from pipeline.normalize import Normalizer  # noqa: E402
from pipeline.resolve import Resolver  # noqa: E402
from pipeline.resources import Resources  # noqa: E402
from pipeline.segment import SentenceSplitter  # noqa: E402

CASES = ROOT / "tests" / "data" / "date_cases.tsv"
_PLAIN = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?(?:T(?:MO|AF|EV|NI))?")


def load_cases(path: Path = CASES) -> list[tuple[str, dt.date | None, list[tuple[str, str]]]]:
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    header = lines[0].split("\t")
    out = []
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        pub = None if row["pubdate"] == "-" else dt.date.fromisoformat(row["pubdate"])
        exp = [tuple(x.split(" => ")) for x in row["expected"].split(" ;; ") if x]
        out.append((row["sentence"], pub, exp))
    return out


def spans_of(sentence: str, texts: list[str]) -> list[tuple[int, int, str]]:
    """Offsets of the mention texts, found left to right."""
    out, pos = [], 0
    for t in texts:
        i = sentence.find(t, pos)
        if i < 0:
            i = sentence.find(t)
        out.append((i, i + len(t), t))
        pos = max(pos, i + len(t))
    return out


def ours(resources: Resources):
    stages = [Normalizer(), SentenceSplitter(resources), DateExtractor(resources), Resolver()]

    def run(sentence: str, pub: dt.date | None) -> list[tuple[int, int, str]]:
        doc = Document(id="b", original=sentence, date=pub)
        for s in stages:
            s(doc)
        return [(m.start, m.end, m.value) for m in doc.mentions if m.label == "DATE"]

    return run


def theirs():
    from dateparser.search import search_dates

    def run(sentence: str, pub: dt.date | None) -> list[tuple[int, int, dt.datetime]]:
        settings = {"RELATIVE_BASE": dt.datetime.combine(pub, dt.time())} if pub else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(sentence, languages=["vi"], settings=settings) or []
        located = spans_of(sentence, [t for t, _ in found])
        return [(a, b, d) for (a, b, _), (_, d) in zip(located, found) if a >= 0]

    return run


def value_ok(expected: str, got) -> bool:
    if isinstance(got, str):
        return got == expected
    m = _PLAIN.fullmatch(expected)
    if not m:
        return False
    parts = [int(x) for x in m.groups() if x]
    have = [got.year, got.month, got.day, got.hour, got.minute][: len(parts)]
    return have == parts


def score(run, cases) -> dict[str, float]:
    n = found = span = value = false = 0
    for sentence, pub, exp in cases:
        gold = spans_of(sentence, [s for s, _ in exp])
        pred = run(sentence, pub)
        for (a, b, _), (_, v) in zip(gold, exp):
            n += 1
            hits = [p for p in pred if p[0] < b and a < p[1]]
            found += bool(hits)
            exact = [p for p in hits if (p[0], p[1]) == (a, b)]
            span += bool(exact)
            value += any(value_ok(v, p[2]) for p in exact)
        false += sum(1 for p in pred if not any(p[0] < b and a < p[1] for a, b, _ in gold))
    return {"found": found / n, "span": span / n, "value": value / n, "false": false, "n": n}


def main() -> None:
    cases = load_cases()
    print(f"{len(cases)} sentences, {sum(len(e) for _, _, e in cases)} expected DATE mentions")
    print(f"{'method':34} {'found %':>8} {'span %':>8} {'value %':>8} {'false':>6} {'sec':>6}")
    for name, run in (("ours (DateExtractor)", ours(Resources())),
                      ("dateparser search_dates(vi)", theirs())):
        t = time.perf_counter()
        r = score(run, cases)
        sec = time.perf_counter() - t
        print(f"{name:34} {100 * r['found']:8.1f} {100 * r['span']:8.1f} {100 * r['value']:8.1f} "
              f"{r['false']:6d} {sec:6.1f}")


if __name__ == "__main__":
    main()
