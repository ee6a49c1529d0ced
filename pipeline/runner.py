"""Batch runner: stream a corpus through the pipeline into parquet parts.

The corpus is read lazily and cut into numbered batches of `batch_size` documents; each
batch becomes one part of every table. A finished batch has a marker, so a killed run
started again with the same arguments skips finished batches and redoes the rest: the
final output equals an uninterrupted run. Batches run in-process (`workers=1`), in a
process pool (`workers=N`, one Pipeline per worker) or on dask.distributed.

>>> # run(["corpus/sample"], "out", workers=2)
"""
from __future__ import annotations

import hashlib
import itertools
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path

from pipeline.document import Document
from pipeline.readers import read_corpus
from pipeline.writers import DatasetWriter, prepare_output


@dataclass(frozen=True)
class RunOptions:
    """What a worker needs to process and write a batch (picklable)."""

    out: str
    labels: tuple[str, ...]
    tokens: bool = False
    debug: bool = False


@dataclass
class Summary:
    documents: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    batches: int = 0
    skipped_batches: int = 0
    seconds: float = 0.0
    chars: int = 0

    def add(self, stats: dict) -> None:
        self.documents.update(stats["documents"])
        self.mentions.update(stats["mentions"])
        self.chars += stats["chars"]
        self.batches += 1

    def line(self) -> str:
        n = sum(self.documents.values())
        rate = n / self.seconds if self.seconds else 0.0
        docs = ", ".join(f"{k} {v}" for k, v in sorted(self.documents.items()))
        ments = ", ".join(f"{k} {v}" for k, v in sorted(self.mentions.items()))
        resumed = f", {self.skipped_batches} batches already done" if self.skipped_batches else ""
        return (f"{n} documents ({docs or 'none'}) in {self.seconds:.1f}s ({rate:.1f} docs/s{resumed}); "
                f"mentions: {ments or 'none'}")


def process_documents(pipeline, docs: list[Document]) -> None:
    """Run the pipeline on each document; a failure marks that document, never the batch."""
    for doc in docs:
        if doc.status != "ok":
            continue
        try:
            pipeline.process(doc)
            if not doc.text:
                doc.status = "empty"
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
            doc.status, doc.error = "error", f"{type(e).__name__}: {e}"
            doc.mentions, doc.sentences = [], []


def _batch_stats(docs: list[Document]) -> dict:
    return {
        "documents": Counter(d.status for d in docs),
        "mentions": Counter(m.label for d in docs for m in d.mentions),
        "chars": sum(len(d.original) for d in docs),
    }


class BatchWorker:
    """One Pipeline and one writer, created once per worker process."""

    def __init__(self, options: RunOptions):
        from pipeline.nlp import Pipeline  # heavy: only in the process that runs batches

        self.options = options
        self.pipeline = Pipeline(labels=options.labels, debug=options.debug)
        self.writer = DatasetWriter(options.out, tokens=options.tokens, debug=options.debug)

    def __call__(self, batch: int, docs: list[Document]) -> dict:
        process_documents(self.pipeline, docs)
        self.writer.write_batch(batch, docs)
        return _batch_stats(docs)


# The pool initializer stores each worker process's BatchWorker here: one per process.
_PROCESS_WORKER: BatchWorker | None = None


def _init_process(options: RunOptions) -> None:
    global _PROCESS_WORKER
    _PROCESS_WORKER = BatchWorker(options)


def _run_in_process(batch: int, docs: list[Document]) -> dict:
    assert _PROCESS_WORKER is not None, "worker process was not initialised"
    return _PROCESS_WORKER(batch, docs)


def _run_on_dask(batch: int, docs: list[Document], options: RunOptions) -> dict:
    from distributed import get_worker

    worker = get_worker()
    bw = getattr(worker, "_vnpipe_worker", None)
    if bw is None or bw.options != options:
        bw = BatchWorker(options)
        worker._vnpipe_worker = bw
    return bw(batch, docs)


def mark_duplicates(docs: Iterable[Document]) -> Iterator[Document]:
    """Later documents with an id seen before get status `skipped` (reported, not lost)."""
    seen: dict[bytes, int] = {}
    for n, doc in enumerate(docs):
        key = hashlib.blake2b(doc.id.encode("utf-8", "surrogatepass"), digest_size=12).digest()
        if key in seen:
            doc.status, doc.error = "skipped", f"duplicate id: same id as input record {seen[key] + 1}"
            doc.original = ""
        else:
            seen[key] = n
        yield doc


def batches(docs: Iterable[Document], size: int) -> Iterator[tuple[int, list[Document]]]:
    it = iter(docs)
    for n in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield n, chunk


def _progress(disable: bool):
    from tqdm import tqdm

    return tqdm(desc="documents", unit="doc", file=sys.stderr, disable=disable, smoothing=0.1)


def run(inputs: Iterable[str | Path], out: str | Path, *, labels: Iterable[str], workers: int | None = None,
        batch_size: int = 64, tokens: bool = False, debug: bool = False, engine: str = "local",
        scheduler: str | None = None, overwrite: bool = False, progress: bool = True) -> Summary:
    """Process every input document into parquet tables under `out`; return a Summary."""
    inputs = [str(p) for p in inputs]
    workers = workers or os.cpu_count() or 1
    options = RunOptions(out=str(out), labels=tuple(labels), tokens=tokens, debug=debug)
    run_args = {"inputs": inputs, "batch_size": batch_size, **asdict(options)}
    run_args.pop("out")
    prepare_output(out, run_args, overwrite=overwrite)
    writer = DatasetWriter(out, tokens=tokens, debug=debug)
    summary = Summary()
    start = time.perf_counter()
    todo = ((n, docs) for n, docs in batches(mark_duplicates(read_corpus(inputs)), batch_size))
    bar = _progress(not progress)
    try:
        def pending() -> Iterator[tuple[int, list[Document]]]:
            for n, docs in todo:
                if writer.is_done(n):
                    summary.skipped_batches += 1
                    bar.update(len(docs))
                    continue
                yield n, docs

        if engine == "dask":
            _run_dask(pending(), options, workers, scheduler, summary, bar)
        elif engine == "local" and workers > 1:
            _run_pool(pending(), options, workers, summary, bar)
        elif engine == "local":
            worker = BatchWorker(options)
            for n, docs in pending():
                summary.add(worker(n, docs))
                bar.update(len(docs))
        else:
            raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _drain(futures: dict[Future, int], summary: Summary, bar, block_until: int) -> None:
    while len(futures) > block_until:
        done, _ = wait(list(futures), return_when=FIRST_COMPLETED)
        for f in done:
            bar.update(futures.pop(f))
            summary.add(f.result())


def _run_pool(todo, options: RunOptions, workers: int, summary: Summary, bar) -> None:
    ctx = get_context("spawn")  # no fork of a process holding threads or loaded models
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_process,
                             initargs=(options,)) as pool:
        futures: dict[Future, int] = {}
        for n, docs in todo:
            futures[pool.submit(_run_in_process, n, docs)] = len(docs)
            _drain(futures, summary, bar, block_until=2 * workers)  # bounded memory
        _drain(futures, summary, bar, block_until=0)


def _run_dask(todo, options: RunOptions, workers: int, scheduler: str | None, summary: Summary, bar) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'vnpipe[dask]'") from e
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        window = as_completed()
        sizes = {}
        for n, docs in todo:
            fut = client.submit(_run_on_dask, n, docs, options, pure=False)
            sizes[fut.key] = len(docs)
            window.add(fut)
            while window.count() > 2 * workers:
                f = next(window)
                summary.add(f.result())
                bar.update(sizes.pop(f.key))
        for f in window:
            summary.add(f.result())
            bar.update(sizes.pop(f.key))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
