"""Readers: every input file or record becomes exactly one Document, bad ones with a reason."""
import json
import os

import pandas as pd
import pytest

from pipeline import readers
from pipeline.readers import InputError, check_inputs, make_document, read_corpus, safe_id


def by_id(docs):
    return {d.id: d for d in docs}


def test_txt_folder_ids_are_relative_paths(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "bài 1.txt").write_text("Hà Nội", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("Thanh Hoá".encode("utf-16"))
    docs = by_id(read_corpus([tmp_path]))
    assert set(docs) == {"a/b/bài 1.txt", "c.txt"}
    assert docs["c.txt"].original == "Thanh Hoá" and docs["c.txt"].meta["encoding"] == "utf-16-le"


def test_folder_reports_what_it_does_not_read(tmp_path):
    (tmp_path / "ok.txt").write_text("Tam Kỳ", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("/etc/hostname")
    os.mkfifo(tmp_path / "pipe.txt")  # would block a reader forever
    docs = by_id(read_corpus([tmp_path]))
    assert set(docs) == {"ok.txt", "photo.png", "link.txt", "pipe.txt"}
    assert docs["ok.txt"].status == "ok"
    assert docs["photo.png"].status == "skipped" and "unsupported file type" in docs["photo.png"].error
    assert docs["link.txt"].status == "skipped" and "symbolic link" in docs["link.txt"].error
    assert docs["pipe.txt"].status == "skipped" and "not a regular file" in docs["pipe.txt"].error


def test_binary_txt_is_skipped(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    [doc] = read_corpus([tmp_path / "x.txt"])
    assert doc.status == "skipped" and "binary" in doc.error


@pytest.mark.parametrize("content, status", [(b"", "ok"), (b"   \n\t ", "ok")])
def test_empty_files_are_read(tmp_path, content, status):
    # the runner marks them `empty` once normalization leaves no text
    (tmp_path / "e.txt").write_bytes(content)
    [doc] = read_corpus([tmp_path / "e.txt"])
    assert doc.status == status and doc.error is None


def test_size_limits(tmp_path):
    (tmp_path / "big.txt").write_text("a" * 101, encoding="utf-8")
    (tmp_path / "huge.txt").write_text("a" * 500, encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "x", "text": "b" * 101}) + "\n"
                                      + json.dumps({"id": "y", "text": "c" * 1000}) + "\n", encoding="utf-8")
    docs = by_id(read_corpus([tmp_path], max_chars=100))
    assert docs["big.txt"].status == "skipped" and "101 characters (limit 100)" in docs["big.txt"].error
    assert docs["huge.txt"].status == "skipped" and "500 bytes (limit 400)" in docs["huge.txt"].error
    assert docs["x"].status == "skipped"
    assert docs["r.jsonl:2"].status == "skipped" and "over 400 bytes" in docs["r.jsonl:2"].error


def test_jsonl_bad_lines_become_error_documents(tmp_path):
    lines = [
        json.dumps({"id": "ok", "text": "Hà Nội", "date": "2020-10-01"}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "num", "text": 12}),
        "",
        '{"id": "deep", "text": ' + "[" * 100000 + "]" * 100000 + "}",
        json.dumps({"id": "surrogate\ud800", "text": "a\udc80b"}),
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    latin1_line = b'{"id": "latin", "text": "\xe9"}\n'
    (tmp_path / "r.jsonl").write_bytes((tmp_path / "r.jsonl").read_bytes() + latin1_line)
    docs = list(read_corpus([tmp_path / "r.jsonl"]))
    got = [(d.id, d.status) for d in docs]
    assert got == [("ok", "ok"), ("r.jsonl:2", "error"), ("r.jsonl:3", "error"), ("no-text", "error"),
                   ("num", "error"), ("r.jsonl:7", "error"), ("surrogate\ufffd", "ok"),
                   ("r.jsonl:9", "error")]
    assert docs[0].date.isoformat() == "2020-10-01"
    assert "not valid JSON" in docs[1].error and "not a JSON object" in docs[2].error
    assert docs[6].original == "a\ufffdb" and "surrogate" in docs[6].error
    assert "not UTF-8" in docs[7].error


def test_binary_jsonl_is_one_skipped_document(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(b"\x1f\x8b\x08\x00" + os.urandom(5000))
    [doc] = read_corpus([tmp_path / "x.jsonl"])
    assert doc.status == "skipped" and "binary" in doc.error


@pytest.mark.parametrize("ext", [".csv", ".parquet", ".jsonl"])
def test_tables_without_text_column(tmp_path, ext):
    path = tmp_path / f"t{ext}"
    frame = pd.DataFrame({"id": ["a"], "body": ["Hà Nội"]})
    if ext == ".csv":
        frame.to_csv(path, index=False)
    elif ext == ".parquet":
        frame.to_parquet(path)
    else:
        path.write_text(frame.to_json(orient="records", lines=True, force_ascii=False), encoding="utf-8")
    if ext == ".jsonl":  # per record: the others are read
        [doc] = read_corpus([path])
        assert doc.status == "error" and "no `text` value" in doc.error
        return
    with pytest.raises(InputError, match="no `text` column"):
        list(read_corpus([path]))
    with pytest.raises(InputError, match="no `text` column"):
        check_inputs([tmp_path])


def test_csv_and_parquet_records(tmp_path):
    frame = pd.DataFrame({"id": ["a", "b"], "text": ["Hà Nội", None], "date": ["2020-01-02", "x"]})
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet")
    for name in ("t.csv", "t.parquet"):
        docs = list(read_corpus([tmp_path / name]))
        assert [(d.id, d.status) for d in docs] == [("a", "ok"), ("b", "error")]


def test_corrupt_tables_become_error_documents(tmp_path):
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    (tmp_path / "bad.csv").write_bytes(b'id,text\n1,"unterminated\n2,x\n' + b"\xff\xfe" * 10)
    docs = list(read_corpus([tmp_path]))
    assert {d.status for d in docs} >= {"error"}
    assert any("parquet" in (d.error or "") for d in docs)
    assert any("CSV" in (d.error or "") for d in docs)


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_corpus([tmp_path / "nope"]))
    with pytest.raises(InputError, match="no such file"):
        check_inputs([tmp_path / "nope"])


@pytest.mark.parametrize("raw", ["../../etc/x", "/abs/path", "a\x00b", "x" * 100_000, "", None, 42])
def test_hostile_ids_are_data(raw):
    doc = make_document({"id": raw, "text": "Hà Nội"}, "src", "fallback")
    assert doc.status == "ok"
    assert len(doc.id) <= readers.MAX_ID_CHARS
    assert doc.id == ("fallback" if raw in ("", None) else str(raw)) or "shortened" in doc.error


def test_long_ids_stay_distinct():
    a, _ = safe_id("x" * 5000 + "a", "f")
    b, _ = safe_id("x" * 5000 + "b", "f")
    assert a != b
