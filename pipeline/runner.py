"""Batch runner: stream a corpus through the pipeline into parquet parts.

The corpus is read lazily and cut into numbered batches of `batch_size` documents; each
batch becomes one part of every table. A finished batch has a marker, so a killed run
started again with the same arguments skips finished batches and redoes the rest: the
final output equals an uninterrupted run. Batches run in-process (`workers=1`), in a
process pool (`workers=N`, one Pipeline per worker) or on dask.distributed. At most
`2 × workers` batches are in flight, so memory stays flat whatever the corpus size.

>>> # run(["corpus/sample"], "out", labels=("PER", "LOC"), workers=2)
"""
from __future__ import annotations

import hashlib
import itertools
import os
import resource
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path

from pipeline.document import Document
from pipeline.readers import RECORD_FORMATS, TEXT_FORMATS, check_inputs, read_corpus
from pipeline.resources import ResourceError
from pipeline.writers import DatasetWriter, prepare_output

# A worker whose resident memory passes this rebuilds its Pipeline (and reloads the models):
# spaCy's vocab and any cache in a stage only grow over millions of documents.
MAX_WORKER_RSS = 1_200 * 2**20
PR_SET_PDEATHSIG = 1  # prctl(2) option: a signal for this process when its parent dies
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: keeps every core busy, memory bounded
# Loads every lazy model before the first batch, so a missing resource fails at once.
WARM_UP_TEXT = "Sáng 16/8/2024, Chủ tịch UBND tỉnh Lê Văn Dũng thăm phường Trường Xuân, TP. Tam Kỳ."
# Native libraries must not start one thread per core in each of N worker processes.
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                     "RAYON_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}

class WorkerError(RuntimeError):
    """A worker process died; what was finished is kept and a rerun resumes."""


@dataclass(frozen=True)
class RunOptions:
    """What a worker needs to process and write a batch (picklable)."""

    out: str
    labels: tuple[str, ...]
    tokens: bool = False
    debug: bool = False
    refine: bool = True


@dataclass
class Summary:
    """Totals of a run, added up from the per-batch statistics the workers return."""

    documents: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    batches: int = 0
    skipped_batches: int = 0
    seconds: float = 0.0  # wall clock of the whole run, model loading included
    chars: int = 0
    syllables: int = 0  # white-space separated tokens of the processed texts
    busy: float = 0.0  # seconds spent on batches, summed over workers
    cpu: float = 0.0  # CPU seconds spent on batches, summed over workers
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid -> peak resident bytes
    first_start: float = float("inf")  # epoch seconds when the first batch started
    last_end: float = 0.0

    def add(self, stats: dict) -> None:
        self.documents.update(stats["documents"])
        self.mentions.update(stats["mentions"])
        self.chars += stats["chars"]
        self.syllables += stats["syllables"]
        self.busy += stats["seconds"]
        self.cpu += stats["cpu"]
        pid = stats["pid"]
        self.peak_rss[pid] = max(self.peak_rss.get(pid, 0), stats["peak_rss"])
        self.first_start = min(self.first_start, stats["start"])
        self.last_end = max(self.last_end, stats["end"])
        self.batches += 1

    @property
    def processed(self) -> int:
        return sum(self.documents.values())

    @property
    def span(self) -> float:
        """Seconds from the first batch's start to the last batch's end (model loading excluded)."""
        return max(self.last_end - self.first_start, 0.0)

    def line(self) -> str:
        n = self.processed
        rate = n / self.seconds if self.seconds else 0.0
        syl = self.syllables / self.seconds if self.seconds else 0.0
        docs = ", ".join(f"{k} {v}" for k, v in sorted(self.documents.items()))
        ments = ", ".join(f"{k} {v}" for k, v in sorted(self.mentions.items()))
        resumed = f", {self.skipped_batches} batches already done" if self.skipped_batches else ""
        rss = f"; peak RSS per worker {max(self.peak_rss.values()) / 2**20:.0f} MB" if self.peak_rss else ""
        return (f"{n} documents ({docs or 'none'}) in {self.seconds:.1f}s ({rate:.1f} docs/s, "
                f"{syl:,.0f} syllables/s{resumed}); mentions: {ments or 'none'}{rss}")


def process_documents(pipeline, docs: list[Document]) -> None:
    """Run the pipeline on each document; a failure marks that document, never the batch.

    A missing resource or exhausted memory is not the document's fault: it stops the run.
    """
    for doc in docs:
        if doc.status != "ok":
            continue
        try:
            pipeline.process(doc)
            if not doc.text:
                doc.status, doc.error = "empty", "no text left after cleaning (empty or white space only)"
        except (ResourceError, MemoryError):
            raise
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
            doc.status, doc.error = "error", f"{type(e).__name__}: {e}"
            doc.mentions, doc.sentences = [], []


def _rss() -> int:
    """Current resident memory in bytes (0 where /proc is missing: no recycling there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB on Linux


class BatchWorker:
    """One Pipeline and one writer, created once per worker process."""

    def __init__(self, options: RunOptions):
        self.options = options
        self.writer = DatasetWriter(options.out, tokens=options.tokens, debug=options.debug)
        self.pipeline = self._load()

    def _load(self):
        from pipeline.nlp import Pipeline  # heavy: only in the process that runs batches

        pipeline = Pipeline(labels=self.options.labels, debug=self.options.debug, chunks=self.options.tokens,
                            refine=self.options.refine)
        pipeline(WARM_UP_TEXT)
        return pipeline

    def __call__(self, batch: int, docs: list[Document]) -> dict:
        start, cpu = time.time(), time.process_time()
        process_documents(self.pipeline, docs)
        self.writer.write_batch(batch, docs)
        stats = {
            "documents": Counter(d.status for d in docs),
            "mentions": Counter(m.label for d in docs for m in d.mentions),
            "chars": sum(len(d.original) for d in docs),
            "syllables": sum(len(d.original.split()) for d in docs if d.status in ("ok", "empty")),
            "start": start, "end": time.time(), "seconds": time.time() - start,
            "cpu": time.process_time() - cpu, "pid": os.getpid(), "peak_rss": _peak_rss(),
        }
        if _rss() > MAX_WORKER_RSS:
            self.pipeline = None  # drop the old one before loading the new
            self.pipeline = self._load()
        return stats


# The pool initializer stores each worker process's BatchWorker here: one per process.
_PROCESS_WORKER: BatchWorker | None = None


def _single_threaded() -> None:
    """In a worker process, before the models are imported: one native thread each."""
    for k, v in SINGLE_THREAD_ENV.items():
        os.environ.setdefault(k, v)


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this worker when the run that started it dies (kill -9
    included), so no orphan keeps its memory or writes into the output of a rerun."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)


def _init_process(options: RunOptions, parent: int) -> None:
    global _PROCESS_WORKER
    _die_with_parent(parent)
    _single_threaded()
    _PROCESS_WORKER = BatchWorker(options)


def _run_in_process(batch: int, docs: list[Document]) -> dict:
    assert _PROCESS_WORKER is not None, "worker process was not initialised"
    return _PROCESS_WORKER(batch, docs)


def _run_on_dask(batch: int, docs: list[Document], options: RunOptions) -> dict:
    from distributed import get_worker

    worker = get_worker()
    bw = getattr(worker, "_vnpipe_worker", None)
    if bw is None or bw.options != options:
        _single_threaded()
        bw = BatchWorker(options)
        worker._vnpipe_worker = bw
    return bw(batch, docs)


def mark_duplicates(docs: Iterable[Document]) -> Iterator[Document]:
    """Later documents with an id seen before get status `skipped` (reported, not lost).

    Keeps a 12-byte digest per id (not the id), so a long id costs no more than a short one.
    """
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


def _count_file(path: Path) -> int | None:
    ext = path.suffix.lower()
    if ext == ".jsonl":
        with open(path, "rb") as f:
            return sum(1 for line in f if not line.isspace())
    if ext == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if ext == ".csv":
        return None  # quoted fields may hold newlines: only a full parse can count records
    return 1


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many records the inputs hold (None when a CSV makes it unknowable cheaply)."""
    total = 0
    for p in map(Path, inputs):
        files = (f for f in p.rglob("*") if f.is_file() and not f.is_symlink()
                 and f.suffix.lower() in TEXT_FORMATS | RECORD_FORMATS) if p.is_dir() else [p]
        for f in files:
            n = _count_file(f)
            if n is None:
                return None
            total += n
    return total


def _progress(inputs: list[str], disable: bool):
    """A bar over documents; its total is counted in a background thread (a big corpus
    takes a few seconds to count and the run must not wait for it)."""
    from tqdm import tqdm

    bar = tqdm(desc="documents", unit="doc", file=sys.stderr, disable=disable, smoothing=0.1)
    if not disable:
        def count() -> None:
            try:
                bar.total = count_documents(inputs)
            except OSError:
                pass
        threading.Thread(target=count, name="count-documents", daemon=True).start()
    return bar


def default_workers() -> int:
    """The cores this process may use (a container's CPU set, not the host's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _fingerprint(inputs: list[str]) -> list:
    """Size and modification time of each input file: a changed corpus is not resumed."""
    marks = []
    for p in map(Path, inputs):
        if p.is_file():
            st = p.stat()
            marks.append([st.st_size, st.st_mtime_ns])
        else:
            marks.append(None)  # a folder: its files are read in a stable order
    return marks


def run(inputs: Iterable[str | Path], out: str | Path, *, labels: Iterable[str], workers: int | None = None,
        batch_size: int = 64, tokens: bool = False, debug: bool = False, engine: str = "local",
        scheduler: str | None = None, overwrite: bool = False, progress: bool = True,
        refine: bool = True) -> Summary:
    """Process every input document into parquet tables under `out`; return a Summary."""
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    inputs = [str(p) for p in inputs]
    workers = workers or default_workers()
    # absolute: dask workers (maybe on other machines sharing the folder) have another cwd
    options = RunOptions(out=str(Path(out).resolve()), labels=tuple(labels), tokens=tokens, debug=debug,
                         refine=refine)
    run_args = {"inputs": inputs, "batch_size": batch_size, **asdict(options)}
    run_args.pop("out")
    run_args["input_files"] = _fingerprint(inputs)
    start = time.perf_counter()
    check_inputs(inputs)  # a missing path or a table without `text` fails before anything is written
    prepare_output(out, run_args, overwrite=overwrite)
    writer = DatasetWriter(options.out, tokens=tokens, debug=debug)
    summary = Summary()
    todo = batches(mark_duplicates(read_corpus(inputs)), batch_size)
    bar = _progress(inputs, disable=not progress)

    def pending() -> Iterator[tuple[int, list[Document]]]:
        for n, docs in todo:
            if writer.is_done(n):
                summary.skipped_batches += 1
                bar.update(len(docs))
                continue
            yield n, docs

    try:
        if engine == "dask":
            _run_dask(pending(), options, workers, scheduler, summary, bar)
        elif workers > 1:
            _run_pool(pending(), options, workers, summary, bar)
        else:
            worker = None
            for n, docs in pending():
                worker = worker or BatchWorker(options)  # nothing to load when all is done
                summary.add(worker(n, docs))
                bar.update(len(docs))
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
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_process,
                               initargs=(options, os.getpid()))
    futures: dict[Future, int] = {}
    try:
        for n, docs in todo:
            futures[pool.submit(_run_in_process, n, docs)] = len(docs)
            _drain(futures, summary, bar, block_until=IN_FLIGHT_PER_WORKER * workers)
        _drain(futures, summary, bar, block_until=0)
    except BrokenProcessPool as e:
        raise WorkerError("a worker process died (out of memory or killed); finished batches are kept: "
                          "run the same command again to resume") from e
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(todo, options: RunOptions, workers: int, scheduler: str | None, summary: Summary, bar) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise ResourceError("the dask engine needs dask.distributed: run `make dev` "
                            "or pip install 'vn-news-pipeline[dask]'") from e
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        slots = sum(client.nthreads().values()) or workers  # a real cluster has its own size
        window = as_completed()
        sizes = {}
        for n, docs in todo:
            fut = client.submit(_run_on_dask, n, docs, options, pure=False)
            sizes[fut.key] = len(docs)
            window.add(fut)
            while window.count() > IN_FLIGHT_PER_WORKER * slots:
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
