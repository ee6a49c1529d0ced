"""Command line: `python -m pipeline run|show|eval|train|report ...` (see `--help` of each).

>>> # python -m pipeline show "Chủ tịch UBND tỉnh Lê Văn Dũng thăm TP. Tam Kỳ"
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from pipeline.resources import MODELS_DIR

LABEL_CHOICES = ("PER", "LOC", "ORG", "DATE", "QUOTED")
NO_REFINE = "rules only: skip the CRF that revises their ORG and LOC spans (models/refine_crf.bin)"


def _labels(value: str) -> tuple[str, ...]:
    labels = tuple(x.strip().upper() for x in value.split(",") if x.strip())
    bad = [x for x in labels if x not in LABEL_CHOICES]
    if bad:
        raise argparse.ArgumentTypeError(
            f"unknown label(s) {', '.join(bad)}; choose from {','.join(LABEL_CHOICES)}")
    return labels


def cmd_run(args) -> int:
    from pipeline.runner import run

    summary = run(args.inputs, args.out, labels=args.labels, workers=args.workers, batch_size=args.batch_size,
                  tokens=args.tokens, debug=args.debug, engine=args.engine, scheduler=args.scheduler,
                  overwrite=args.overwrite, progress=not args.quiet, refine=args.refine)
    print(f"{args.out}: {summary.line()}", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from pipeline.nlp import Pipeline

    text = args.text if args.text != "-" else sys.stdin.read()
    date = dt.date.fromisoformat(args.date) if args.date else None
    doc = Pipeline(labels=args.labels, debug=args.debug, refine=args.refine)(text, date=date)
    for m in doc.mentions:
        attrs = {k: getattr(m, k) for k in ("value", "kind", "role", "cue", "canonical", "admin_code",
                                            "province", "province_2025", "ward_2025", "debug")}
        extra = "  ".join(f"{k}={v}" for k, v in attrs.items() if v)
        print(f"{m.label:<8}{m.start:>6}{m.end:>6}  {m.text}  {extra}".rstrip())
    return 0


def cmd_eval(args) -> int:
    from pipeline import evaluate
    from pipeline.resources import Resources

    res = Resources()
    target = Path(args.gold)
    if target.suffix == ".conllu":
        r = evaluate.evaluate_conllu(target, res)
        print(f"{target.name}: {r['words_gold']} gold words")
        print(f"word segmentation  P {r['seg_precision']:.4f}  R {r['seg_recall']:.4f}  F1 {r['seg_f1']:.4f}")
        print(f"UPOS accuracy      {r['upos_accuracy']:.4f} of gold words "
              f"({r['upos_accuracy_matched']:.4f} of correctly segmented words)")
        return 0
    from pipeline.nlp import Pipeline

    rows = []
    for folder in args.gold_dirs or [args.gold]:
        nlp = Pipeline(res, refine=args.refine)
        rows.append((f"pipeline {Path(folder).name}", evaluate.evaluate_pipeline(folder, nlp)))
        if args.baseline:
            rows.append((f"underthesea {Path(folder).name}", evaluate.evaluate_baseline(folder, res)))
    print(evaluate.format_table(rows))
    if args.errors:
        for err in rows[0][1].errors:
            print("\t".join(map(str, err)))
    return 0


def cmd_train(args) -> int:
    from pipeline import train

    folders = [Path(f) for f in args.gold_dirs] or train.tuning_folders()
    options = {"labels": list(args.labels)} if args.labels else {}
    meta = train.train(folders, Path(args.out), **options)
    print(f"{args.out}: refine CRF for {','.join(meta['labels'])} trained on {meta['documents']} documents "
          f"({meta['syllables']} syllables) from {', '.join(meta['trained_on'])}", file=sys.stderr)
    return 0


def cmd_report(args) -> int:
    from pipeline.report import build_report

    path = build_report(args.out, inputs=args.inputs, html_path=args.html)
    print(f"{path}: one file, opens offline in a browser", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description="Vietnamese news → structured data.")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="process a corpus into parquet tables")
    r.add_argument("inputs", nargs="+", help=".txt files or folders, .jsonl, .csv or .parquet files")
    r.add_argument("--out", required=True, help="output folder (parquet datasets)")
    r.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    r.add_argument("--batch-size", type=int, default=64, help="documents per batch and parquet part")
    r.add_argument("--tokens", action="store_true", help="also write the tokens table")
    r.add_argument("--labels", type=_labels, default=LABEL_CHOICES, help="labels to extract, e.g. PER,LOC")
    r.add_argument("--debug", action="store_true", help="keep rejected QUOTED candidates with their reason")
    r.add_argument("--engine", choices=("local", "dask"), default="local")
    r.add_argument("--scheduler", default=None, help="dask scheduler address (default: a LocalCluster)")
    r.add_argument("--overwrite", action="store_true", help="replace an output folder of another run")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--no-refine", dest="refine", action="store_false", help=NO_REFINE)
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("show", help="print the mentions of one text")
    s.add_argument("text", help="the text, or - to read standard input")
    s.add_argument("--date", default=None, help="publication date YYYY-MM-DD")
    s.add_argument("--labels", type=_labels, default=LABEL_CHOICES)
    s.add_argument("--debug", action="store_true")
    s.add_argument("--no-refine", dest="refine", action="store_false", help=NO_REFINE)
    s.set_defaults(func=cmd_show)

    e = sub.add_parser("eval", help="score against gold files or a CoNLL-U treebank")
    e.add_argument("gold", help="folder of *.gold.txt files, or a .conllu file")
    e.add_argument("gold_dirs", nargs="*", help="more gold folders, each scored separately")
    e.add_argument("--baseline", action="store_true", help="add underthesea's ner as baseline rows")
    e.add_argument("--errors", action="store_true", help="list false positives/negatives")
    e.add_argument("--no-refine", dest="refine", action="store_false", help=NO_REFINE)
    e.set_defaults(func=cmd_eval)

    t = sub.add_parser("train", help="train the refining CRF on the gold dev splits")
    t.add_argument("gold_dirs", nargs="*", help="gold folders (default: every corpus/gold/dev* split)")
    t.add_argument("--out", default=str(MODELS_DIR), help="folder for refine_crf.* (default: models/)")
    t.add_argument("--labels", type=_labels, default=None, help="labels the CRF revises (default: all three)")
    t.set_defaults(func=cmd_train)

    o = sub.add_parser("report", help="write a static HTML report of an output folder")
    o.add_argument("--out", required=True, help="output folder written by `run`")
    o.add_argument("--input", dest="inputs", nargs="+", default=None, metavar="PATH",
                   help="the corpus the run read (default: the inputs recorded in OUT/_run.json)")
    o.add_argument("--html", default=None, help="report file to write (default: OUT/report.html)")
    o.set_defaults(func=cmd_report)
    return p


def main(argv: list[str] | None = None) -> int:
    from pipeline.readers import InputError
    from pipeline.resources import ResourceError
    from pipeline.runner import WorkerError
    from pipeline.writers import OutputError

    args = build_parser().parse_args(argv)
    if args.command == "eval" and args.gold_dirs:
        args.gold_dirs = [args.gold, *args.gold_dirs]
    try:
        return args.func(args)
    except (InputError, OutputError, ResourceError, WorkerError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: run the same command again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
