"""Throughput benchmark: the full pipeline with 1 and 2 workers against underthesea's `ner`.

The same documents go through (a) underthesea's `ner()` on every sentence in one process,
the way a user would call it, and (b) `pipeline.runner.run` with every extractor on, with 1
then N workers. Prints documents/s, syllables/s (white-space separated tokens), CPU-time
rates (steadier than wall clock on a shared machine), peak RSS per worker and the ratios
the targets are set on. Model loading is left out of the rates (it is reported apart).

The three runs are repeated in rounds (`--repeats`, 3 by default); each ratio is taken within
a round, from runs minutes apart, and the median over the rounds is checked against its
target, so one slow run on a shared host does not decide the verdict.

>>> # python bench/bench.py --docs 400 --repeats 3        (``make bench``)
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

SHARED_INPUT = ROOT.parent / "shared" / "data" / "news" / "dantri.jsonl"
SAMPLE_INPUT = ROOT / "corpus" / "sample" / "dantri_sample.jsonl"  # committed: 40 articles
TARGETS = {"per_core": 3.0, "speed_up": 1.7, "rss_gb": 1.5}


def baseline(path: str) -> dict:
    """underthesea's `ner` on every sentence of every document (run in its own process)."""
    from underthesea import ner, sent_tokenize

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    t0 = time.perf_counter()
    ner("Ông Lê Văn Dũng thăm Tam Kỳ.")  # loads the models: not part of the rate
    load = time.perf_counter() - t0
    start, cpu, sentences = time.perf_counter(), time.process_time(), 0
    for text in texts:
        for para in text.split("\n"):
            for sent in sent_tokenize(para) if para.strip() else []:
                ner(sent)
                sentences += 1
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "load": load,
            "sentences": sentences, "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def pipeline_run(path: str, out: str, workers: int, batch_size: int) -> dict:
    from pipeline.nlp import LABELS
    from pipeline.runner import run

    s = run([path], out, labels=LABELS, workers=workers, batch_size=batch_size, progress=False,
            overwrite=True)
    return {"seconds": s.span, "cpu": s.cpu, "load": s.seconds - s.span, "docs": s.processed,
            "peak_rss": max(s.peak_rss.values()), "workers_used": len(s.peak_rss),
            "mentions": dict(s.mentions), "status": dict(s.documents)}


def _in_child(fn, *args) -> dict:
    """Run `fn` in a fresh process, so its peak RSS is its own."""
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _row(name: str, r: dict, docs: int, syllables: int) -> str:
    return (f"{name:<28}{docs / r['seconds']:>8.2f}{syllables / r['seconds']:>13,.0f}"
            f"{syllables / r['cpu']:>14,.0f}{r['seconds']:>9.1f}{r['load']:>8.1f}"
            f"{r['peak_rss'] / 2**20:>13,.0f}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", type=Path, default=None,
                   help=f"a .jsonl corpus (default: {SHARED_INPUT} or, without it, the committed sample)")
    p.add_argument("--docs", type=int, default=400,
                   help="documents to use (the first N; enough that worker start-up is amortised)")
    p.add_argument("--workers", type=int, default=2, help="workers of the parallel run")
    p.add_argument("--batch-size", type=int, default=None,
                   help="documents per batch (default: up to 64 as in the CLI, 8+ batches per worker)")
    p.add_argument("--repeats", type=int, default=3,
                   help="rounds of the three runs; the median ratio over rounds is checked (default 3)")
    p.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = p.parse_args(argv)
    source = args.input or (SHARED_INPUT if SHARED_INPUT.exists() else SAMPLE_INPUT)

    with tempfile.TemporaryDirectory(prefix="vnpipe-bench-") as tmp:
        subset = Path(tmp) / "bench.jsonl"
        with open(source, encoding="utf-8") as f, open(subset, "w", encoding="utf-8") as out:
            lines = [ln for ln in itertools.islice((ln for ln in f if ln.strip()), args.docs)]
            out.writelines(lines)
        docs = len(lines)
        # as large as the CLI default allows while each worker still gets 8 batches or more
        batch_size = args.batch_size or max(1, min(64, docs // (8 * args.workers)))
        syllables = sum(len(json.loads(ln)["text"].split()) for ln in lines)
        print(f"input: {source} — {docs} documents, {syllables:,} syllables, batches of {batch_size}; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
        rounds = []
        for r in range(1, args.repeats + 1):
            rows = {"ner": _in_child(baseline, str(subset))}
            print(f"  round {r}: underthesea ner, {rows['ner']['sentences']:,} sentences, "
                  f"{rows['ner']['seconds']:.1f}s", end="", flush=True)
            for w in sorted({1, args.workers}):
                rows[w] = _in_child(pipeline_run, str(subset), f"{tmp}/out{w}", w, batch_size)
                print(f"; pipeline, {w} worker(s), {rows[w]['seconds']:.1f}s", end="", flush=True)
            print(flush=True)
            rounds.append(rows)

    print(f"\n{'run (median of ' + str(len(rounds)) + ' rounds)':<28}{'docs/s':>8}{'syllables/s':>13}"
          f"{'syl/CPU-s':>14}{'wall s':>9}{'start s':>8}{'peak RSS MB':>13}")
    med = {k: {f: statistics.median(r[k][f] for r in rounds) for f in ("seconds", "cpu", "load", "peak_rss")}
           for k in rounds[0]}
    print(_row("underthesea ner, 1 process", med["ner"], docs, syllables))
    for w in sorted({1, args.workers}):
        print(_row(f"pipeline, {w} worker{'s' if w > 1 else ''}", med[w], docs, syllables))
    one, many = rounds[-1][1], rounds[-1][args.workers]
    counts = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    print(f"\nmentions (all extractors): {counts(one['mentions'])}; documents: {counts(one['status'])}")
    n = args.workers
    ratios = [  # (name, per-round wall ratios, per-round CPU ratios, target, op)
        ("per-core throughput, pipeline 1 worker / ner",
         [r["ner"]["seconds"] / r[1]["seconds"] for r in rounds],
         [r["ner"]["cpu"] / r[1]["cpu"] for r in rounds], TARGETS["per_core"], "≥"),
        (f"speed-up 1 → {n} workers", [r[1]["seconds"] / r[n]["seconds"] for r in rounds],
         [n * r[1]["cpu"] / r[n]["cpu"] for r in rounds], TARGETS["speed_up"], "≥"),
        ("peak RSS per worker (GB)", [max(r[1]["peak_rss"], r[n]["peak_rss"]) / 2**30 for r in rounds],
         None, TARGETS["rss_gb"], "≤"),
    ]
    print(f"\n{'ratio':<46}{'median':>8}{'CPU':>8}  target      each round (wall)")
    failed = False
    for name, walls, cpus, target, op in ratios:
        wall = statistics.median(walls) if op == "≥" else max(walls)  # memory: the worst round
        ok = wall >= target if op == "≥" else wall <= target
        failed |= not ok
        cpu_s = f"{statistics.median(cpus):>7.2f}×" if cpus is not None else f"{'':>8}"
        each = " ".join(f"{x:.2f}" for x in walls)
        print(f"{name:<46}{wall:>7.2f}{'×' if op == '≥' else ' '}{cpu_s}  {op} {target:<4g} "
              f"{'ok    ' if ok else 'MISSED'} {each}")
    share = statistics.median(r[n]["cpu"] / (r[n]["seconds"] * n) for r in rounds)
    print(f"\nCPU column: the same ratios from CPU seconds (speed-up: what {args.workers} workers give "
          "with a core each); peak RSS: the worst round.\n"
          f"The workers got a median {share:.0%} of {args.workers} cores' time; "
          "below ~95% other processes were competing for the cores.")
    if many["workers_used"] < args.workers:
        print(f"note: only {many['workers_used']} of {args.workers} workers got a batch; use more --docs")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
