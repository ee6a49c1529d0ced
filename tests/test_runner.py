"""The batch runner: resumable after kill -9, same output with 1 or 2 workers and on dask."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from pipeline.document import Document
from pipeline.runner import Summary, batches, count_documents, mark_duplicates, run
from pipeline.writers import DatasetWriter, OutputError, prepare_output

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "sample" / "dantri_sample.jsonl"  # 40 Dan Tri articles (see corpus/README.md)
LABELS = ("PER", "LOC", "ORG", "DATE", "QUOTED")
TABLES = ("documents", "mentions", "tokens")
BATCH = 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """16 real articles plus the awkward records: a duplicate id, an empty text, bad JSON."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:16]
    first = json.loads(lines[0])
    extra = [
        json.dumps({"id": first["id"], "text": "Ông Nguyễn Văn A đến Hà Nội."}, ensure_ascii=False),
        json.dumps({"id": "empty", "text": "", "date": "2021-04-20"}),
        '{"id": "broken", "text": "Hà Nội',
        json.dumps({"id": "nfd", "text": "Bà Nguyễn Thị Hoà (Hòa) nói: “Tôi ở Huế.”".replace("à", "a\u0300")},
                   ensure_ascii=False),
    ]
    path = tmp_path_factory.mktemp("in") / "news.jsonl"
    path.write_text("\n".join(lines[:8] + extra + lines[8:]) + "\n", encoding="utf-8")
    return path


def _cli(*args, **popen):
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def _args(corpus: Path, out: Path, workers: int) -> list:
    return [corpus, "--out", out, "--tokens", "--batch-size", BATCH, "--workers", workers]


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    assert not list(out.rglob(".tmp-*")), "a temporary file was left behind"
    return {t: pd.read_parquet(out / t) for t in TABLES}


def _assert_same(a: Path, b: Path) -> None:
    for t in TABLES:
        assert sorted(p.name for p in (a / t).iterdir()) == sorted(p.name for p in (b / t).iterdir())
    ta, tb = _tables(a), _tables(b)
    for t in TABLES:
        pd.testing.assert_frame_equal(ta[t], tb[t], check_categorical=False)


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> tuple[Path, str]:
    """An uninterrupted one-worker run through the command line: (output, stderr)."""
    out = tmp_path_factory.mktemp("clean") / "out"
    proc = _cli(*_args(corpus, out, 1))
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return out, err


def test_progress_bar_and_summary_line(clean):
    out, err = clean
    assert "documents:" in err and "20/20" in err  # the bar knows the total
    summary = err.strip().splitlines()[-1]
    assert summary.startswith(f"{out}: 20 documents (")
    for part in ("error 1", "skipped 1", "syllables/s", "peak RSS per worker", "mentions: "):
        assert part in summary


def test_every_document_exactly_once_in_input_order(clean, corpus):
    docs = _tables(clean[0])["documents"]
    ids = []
    for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1):
        try:
            ids.append(json.loads(line)["id"])
        except json.JSONDecodeError:
            ids.append(f"news.jsonl:{n}")  # the reader's id for a line it cannot parse
    assert list(docs.doc_id) == ids and len(ids) == 20
    statuses = Counter(docs.status)
    assert statuses == Counter({"ok": 17, "empty": 1, "error": 1, "skipped": 1})


def test_duplicate_id_is_reported_not_processed(clean):
    t = _tables(clean[0])
    docs, mentions = t["documents"], t["mentions"]
    dup = docs[docs.status == "skipped"].iloc[0]
    assert "duplicate id" in dup.error and "record 1" in dup.error
    assert (docs.doc_id == dup.doc_id).sum() == 2
    assert "Nguyễn Văn A" not in set(mentions.text)  # the duplicate's text was not processed


def test_offsets_point_into_the_original_text(clean, corpus):
    texts = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        texts.setdefault(rec["id"], rec["text"])
    t = _tables(clean[0])
    for df, col in ((t["mentions"], "text"), (t["tokens"], "word")):
        assert len(df) > 0
        for row in df.itertuples():
            assert texts[row.doc_id][row.start:row.end] == getattr(row, col)


@pytest.mark.parametrize("victim", ["group", pytest.param("parent", marks=pytest.mark.slow)])
def test_kill_9_mid_run_then_rerun_equals_clean_run(clean, corpus, tmp_path, victim):
    """kill -9 the whole run (machine crash) or only the parent (its workers are orphaned),
    start the same command again: the output equals an uninterrupted run."""
    out = tmp_path / "out"
    proc = _cli(*_args(corpus, out, 2), start_new_session=True)
    done = out / "_done"
    deadline = time.monotonic() + 300
    while not (done.is_dir() and len(list(done.iterdir())) >= 2):
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline
        time.sleep(0.05)
    if victim == "group":
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    if victim == "parent" and sys.platform.startswith("linux"):
        time.sleep(0.5)  # the kernel kills the orphaned workers (PR_SET_PDEATHSIG)
        ps = subprocess.run(["ps", "-o", "stat=", "-s", str(proc.pid)], capture_output=True, text=True)
        assert all(s.startswith("Z") for s in ps.stdout.split()), "workers outlived the killed run"
    assert len(list(done.iterdir())) < 10, "the run ended before it was killed"
    again = _cli(*_args(corpus, out, 2))
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert "batches already done" in err.strip().splitlines()[-1]
    _assert_same(clean[0], out)


def test_two_workers_equal_one_worker(clean, corpus, tmp_path):
    summary = run([corpus], tmp_path / "out", labels=LABELS, workers=2, batch_size=BATCH, tokens=True,
                  progress=False)
    assert summary.processed == 20 and len(summary.peak_rss) == 2  # both workers took batches
    _assert_same(clean[0], tmp_path / "out")


@pytest.mark.slow
def test_dask_local_cluster_equals_local_engine(clean, corpus, tmp_path):
    pytest.importorskip("distributed")
    summary = run([corpus], tmp_path / "out", labels=LABELS, workers=2, batch_size=BATCH, tokens=True,
                  engine="dask", progress=False)
    assert summary.processed == 20
    _assert_same(clean[0], tmp_path / "out")


def test_partial_batch_without_marker_is_redone(clean, corpus, tmp_path):
    """A batch whose parts exist but whose marker does not (killed between the two) is redone;
    a leftover temporary file is removed."""
    out = tmp_path / "out"
    run([corpus], out, labels=LABELS, workers=1, batch_size=BATCH, tokens=True, progress=False)
    (out / "_done" / "000003").unlink()
    (out / "mentions" / "part-000003.parquet").write_bytes(b"half a file")
    (out / "tokens" / ".tmp-abc.parquet").write_bytes(b"")
    summary = run([corpus], out, labels=LABELS, workers=1, batch_size=BATCH, tokens=True, progress=False)
    assert summary.batches == 1 and summary.skipped_batches == 9
    _assert_same(clean[0], out)


def test_other_arguments_or_changed_input_are_refused(corpus, tmp_path):
    out = tmp_path / "out"
    args = {"inputs": [str(corpus)], "batch_size": 2, "labels": list(LABELS), "input_files": [[1, 2]]}
    assert prepare_output(out, args) is False
    assert prepare_output(out, args) is True
    with pytest.raises(OutputError, match="other arguments"):
        prepare_output(out, {**args, "batch_size": 3})
    with pytest.raises(OutputError, match="changed"):
        prepare_output(out, {**args, "input_files": [[1, 3]]})
    assert prepare_output(out, {**args, "batch_size": 3}, overwrite=True) is False
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    with pytest.raises(OutputError, match="not a pipeline output"):
        prepare_output(tmp_path / "mine", args)


@pytest.mark.parametrize("ids, statuses", [
    (["a", "b", "a"], ["ok", "ok", "skipped"]),
    (["Hòa", "Hoà", "Hòa"], ["ok", "ok", "skipped"]),  # ids are compared exactly, not normalized
    (["x"] * 3, ["ok", "skipped", "skipped"]),
])
def test_mark_duplicates(ids, statuses):
    docs = list(mark_duplicates(Document(id=i, original="Hà Nội") for i in ids))
    assert [d.status for d in docs] == statuses
    assert all(d.original == "" for d in docs if d.status == "skipped")


def test_batches_are_numbered_and_complete():
    got = list(batches(range(7), 3))
    assert got == [(0, [0, 1, 2]), (1, [3, 4, 5]), (2, [6])]


def test_count_documents(corpus, tmp_path):
    assert count_documents([corpus]) == 20
    (tmp_path / "a.txt").write_text("Hà Nội", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text\n1,Huế\n", encoding="utf-8")
    assert count_documents([tmp_path / "a.txt", corpus]) == 21
    assert count_documents([tmp_path]) is None  # a CSV cannot be counted without parsing it


def test_summary_line_adds_up_batches():
    s = Summary()
    for pid in (11, 12, 11):
        s.add({"documents": Counter(ok=2), "mentions": Counter(PER=3), "chars": 10, "syllables": 4,
               "start": 100.0, "end": 102.0, "seconds": 2.0, "cpu": 1.5, "pid": pid, "peak_rss": pid * 2**20})
    s.seconds = 3.0
    line = s.line()
    assert s.processed == 6 and s.span == 2.0 and s.peak_rss == {11: 11 * 2**20, 12: 12 * 2**20}
    assert line.startswith("6 documents (ok 6) in 3.0s (2.0 docs/s, 4 syllables/s)")
    assert "PER 9" in line and "peak RSS per worker 12 MB" in line


def test_writer_marks_a_batch_done_only_after_its_parts(tmp_path):
    doc = Document(id="d", original="Hà Nội")
    w = DatasetWriter(tmp_path)
    assert not w.is_done(0)
    w.write_batch(0, [doc])
    assert w.is_done(0) and (tmp_path / "documents" / "part-000000.parquet").exists()
    assert not list(tmp_path.rglob(".tmp-*"))
