"""A hostile corpus through `python -m pipeline run`: every input accounted for, nothing
written outside `--out`, a table without a `text` column stops with exit code 2.

The corpus has one file of each bad kind: UTF-16 LE/BE and UTF-8 with BOM, Windows-1258,
TCVN3, VNI, a PNG named .txt, a .png, empty and white-space files, a file over the size
limit (readers.MAX_DOC_CHARS, 2M characters) and a jsonl with hostile ids, a duplicate,
a bad JSON line and a record without text.
"""
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from pipeline.readers import MAX_DOC_CHARS

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Sáng 16/8, Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng đã đến thăm phường Trường Xuân, "
        "thành phố Tam Kỳ.\r\nÔng Dũng cho biết người dân rất phấn khởi.\r\n")
LONG_ID = "x" * 100_000
HOSTILE = [
    {"id": "../../etc/x", "text": TEXT},
    {"id": "/abs", "text": TEXT},
    {"id": "nul\x00byte", "text": TEXT},
    {"id": LONG_ID, "text": TEXT},
    {"id": "/abs", "text": "bản trùng id"},
    {"id": "no-text", "title": "không có text"},
]


def _legacy(text: str, encoding: str) -> bytes:
    from test_decode import tcvn3_bytes, vni_bytes  # the encoders written for the decoding tests

    return {"tcvn3": tcvn3_bytes, "vni": vni_bytes}[encoding](text)


def _cp1258(text: str) -> bytes:
    from test_decode import cp1258_bytes

    return cp1258_bytes(text)


def build_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus; return {doc_id: expected status}."""
    folder.mkdir(parents=True)
    files = {
        "utf16le.txt": (b"\xff\xfe" + TEXT.encode("utf-16-le"), "ok"),
        "utf16be.txt": (b"\xfe\xff" + TEXT.encode("utf-16-be"), "ok"),
        "utf8bom.txt": (TEXT.encode("utf-8-sig"), "ok"),
        "nfd.txt": (unicodedata.normalize("NFD", TEXT).encode("utf-8"), "ok"),
        "cp1258.txt": (_cp1258(TEXT), "ok"),
        "tcvn3.txt": (_legacy(TEXT, "tcvn3"), "ok"),
        "vni.txt": (_legacy(TEXT, "vni"), "ok"),
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "skipped"),
        "photo.png": (b"\x89PNG\r\n\x1a\n", "skipped"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (" \r\n\t\u00a0\u200b\x08".encode(), "empty"),
        "huge.txt": (b"Ha Noi " * (MAX_DOC_CHARS // 7 + 10), "skipped"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    lines = [json.dumps(r, ensure_ascii=False) for r in HOSTILE]
    lines.insert(3, "{bad json")
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = {name: status for name, (_, status) in files.items()}
    expected.update({"../../etc/x": "ok", "/abs": "ok", "records.jsonl:4": "error", "nul\x00byte": "ok",
                     "no-text": "error"})
    return expected


def snapshot(root: Path, skip: Path) -> dict[str, int]:
    return {str(p): p.stat().st_size for p in root.rglob("*") if skip not in p.parents and p != skip}


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pipeline", "run", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    expected = build_corpus(corpus)
    cwd = base / "cwd" / "a" / "b"  # `../../etc/x` from here would still land inside `base`
    cwd.mkdir(parents=True)
    out = base / "out"
    before = snapshot(base, out)
    proc = run_cli(str(corpus), "--out", str(out), "--workers", "1", "--batch-size", "4", "--quiet",
                   cwd=cwd)
    return proc, out, expected, before, snapshot(base, out)


@pytest.mark.slow
def test_run_finishes(hostile_run):
    proc = hostile_run[0]
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.mark.slow
def test_every_input_is_accounted_for(hostile_run):
    _, out, expected, _, _ = hostile_run
    docs = pd.read_parquet(out / "documents")
    got = dict(zip(docs["doc_id"], docs["status"].astype(str), strict=True))
    long_rows = docs[docs["doc_id"].str.startswith("x" * 100)]
    assert len(long_rows) == 1 and long_rows["status"].iloc[0] == "ok"
    assert "shortened" in long_rows["error"].iloc[0]
    assert len(docs) == len(expected) + 2  # + the long id and the duplicate /abs
    assert (docs["doc_id"] == "/abs").sum() == 2
    for doc_id, status in expected.items():
        if doc_id != "/abs":
            assert got[doc_id] == status, (doc_id, docs[docs["doc_id"] == doc_id]["error"].tolist())
    statuses = sorted(docs[docs["doc_id"] == "/abs"]["status"].astype(str))
    assert statuses == ["ok", "skipped"]
    errors = dict(zip(docs["doc_id"], docs["error"], strict=True))
    assert "binary" in errors["image.txt"] and "unsupported file type" in errors["photo.png"]
    assert "characters (limit" in errors["huge.txt"]
    assert "TCVN3" in errors["tcvn3.txt"] and "VNI" in errors["vni.txt"]
    assert "not valid JSON" in errors["records.jsonl:4"]
    refused = docs["status"].astype(str) != "ok"
    assert docs["error"][refused].notna().all()  # every refusal (and every empty document) says why


@pytest.mark.slow
def test_legacy_and_unicode_files_give_the_same_mentions(hostile_run):
    _, out, _, _, _ = hostile_run
    m = pd.read_parquet(out / "mentions")
    def key(doc_id):
        rows = m[m["doc_id"] == doc_id]
        return sorted(zip(rows["label"].astype(str), rows["norm"], strict=True))
    reference = key("utf8bom.txt")
    assert ("LOC", "Quảng Nam") in reference
    for doc_id in ("utf16le.txt", "utf16be.txt", "nfd.txt", "cp1258.txt", "vni.txt", "../../etc/x"):
        assert key(doc_id) == reference, doc_id
    assert ("LOC", "Quảng Nam") in key("tcvn3.txt")  # ABC loses accented capitals (Ông → ông)


@pytest.mark.slow
def test_nothing_written_outside_out(hostile_run):
    _, out, _, before, after = hostile_run
    assert before == after
    assert {p.name for p in out.iterdir()} <= {"documents", "mentions", "_done", "_run.json"}
    for table in ("documents", "mentions"):
        assert all(p.name.startswith("part-") for p in (out / table).iterdir())


@pytest.mark.slow
@pytest.mark.parametrize("ext", [".csv", ".parquet"])
def test_table_without_text_column_exits_2(tmp_path, ext):
    path = tmp_path / f"t{ext}"
    frame = pd.DataFrame({"id": ["a"], "body": ["Hà Nội"]})
    frame.to_csv(path, index=False) if ext == ".csv" else frame.to_parquet(path)
    proc = run_cli(str(path), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet", cwd=tmp_path)
    assert proc.returncode == 2
    assert "no `text` column" in proc.stderr and "Traceback" not in proc.stderr
