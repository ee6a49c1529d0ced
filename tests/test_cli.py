"""The command line end to end: run on the sample corpus, show, eval, clear errors."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args, check=True):
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def run_out(tmp_path_factory, data_dir):
    src = tmp_path_factory.mktemp("in")
    (src / "seed.txt").write_text((data_dir / "seed.txt").read_text(encoding="utf-8"), encoding="utf-8")
    rows = [{"id": "a1", "text": "Sáng nay, ông Nguyễn Văn A đến Hà Nội.", "date": "2021-04-20",
             "title": "T"},
            {"id": "a2", "text": "", "date": None}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    (src / "more.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "o"
    proc = _cli("run", str(src), "--out", str(out), "--tokens", "--workers", "1")
    assert "documents" in proc.stderr  # progress bar and summary line go to stderr
    return src, out


def test_run_writes_typed_tables(run_out):
    src, out = run_out
    docs = pd.read_parquet(out / "documents")
    assert set(docs.doc_id) == {"seed.txt", "a1", "a2"}
    assert dict(zip(docs.doc_id, docs.status)) == {"seed.txt": "ok", "a1": "ok", "a2": "empty"}
    assert str(docs.status.dtype) == "category"
    mentions = pd.read_parquet(out / "mentions")
    assert str(mentions.label.dtype) == "category"
    assert list(mentions.columns)[:6] == ["doc_id", "sentence", "label", "start", "end", "text"]
    tokens = pd.read_parquet(out / "tokens")
    assert str(tokens.pos.dtype) == "category"
    texts = {"seed.txt": (src / "seed.txt").read_text(encoding="utf-8"),
             "a1": "Sáng nay, ông Nguyễn Văn A đến Hà Nội."}
    for df in (mentions, tokens):
        col = "text" if "text" in df else "word"
        for row in df.itertuples():
            assert texts[row.doc_id][row.start:row.end] == getattr(row, col)


def test_run_finds_the_seed_facts(run_out):
    _, out = run_out
    m = pd.read_parquet(out / "mentions")
    seed = m[m.doc_id == "seed.txt"]
    got = set(zip(seed.label, seed.text))
    assert {("PER", "Lê Văn Dũng"), ("LOC", "Tam Kỳ"), ("LOC", "Trường Xuân")} <= got
    assert len(seed[seed.label == "QUOTED"]) == 5
    dates = dict(zip(seed[seed.label == "DATE"].text, seed[seed.label == "DATE"].value))
    assert dates == {"Sáng 16/8": "2024-08-16TMO", "năm 2024": "2024"}


def test_rerun_same_args_resumes_and_other_args_refused(run_out):
    src, out = run_out
    before = pd.read_parquet(out / "mentions")
    _cli("run", str(src), "--out", str(out), "--tokens", "--workers", "1")
    pd.testing.assert_frame_equal(before, pd.read_parquet(out / "mentions"))
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1", check=False)
    assert proc.returncode == 2 and "other arguments" in proc.stderr


def test_show_prints_mentions():
    proc = _cli("show", "Chủ tịch UBND tỉnh Lê Văn Dũng thăm phường Trường Xuân, TP. Tam Kỳ năm 2024.")
    assert "PER" in proc.stdout and "Lê Văn Dũng" in proc.stdout
    assert "LOC" in proc.stdout and "Tam Kỳ" in proc.stdout


def test_missing_input_is_a_clear_error(tmp_path):
    proc = _cli("run", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o"), check=False)
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_csv_without_text_column_is_a_clear_error(tmp_path):
    (tmp_path / "x.csv").write_text("id,body\n1,xin chào\n", encoding="utf-8")
    proc = _cli("run", str(tmp_path / "x.csv"), "--out", str(tmp_path / "o"), check=False)
    assert proc.returncode == 2 and "no `text` column" in proc.stderr


def test_eval_conllu_reports_segmentation(tmp_path):
    sample = ROOT / "corpus" / "ud_vtb" / "vi_vtb-ud-dev.conllu"
    lines = sample.read_text(encoding="utf-8").split("\n\n")[:40]
    small = tmp_path / "small.conllu"
    small.write_text("\n\n".join(lines) + "\n\n", encoding="utf-8")
    proc = _cli("eval", str(small))
    f1 = float(proc.stdout.split("F1")[1].split()[0])
    assert f1 > 0.85
    assert "UPOS accuracy" in proc.stdout


def test_eval_gold_folder_prints_table(tmp_path, data_dir):
    (tmp_path / "seed.gold.txt").write_text((data_dir / "seed.gold.txt").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    proc = _cli("eval", str(tmp_path), "--baseline")
    lines = proc.stdout.splitlines()
    per = [ln for ln in lines if ln.startswith("pipeline") and " PER " in ln]
    assert per and float(per[0].split()[5]) == 1.0  # F1 column
    assert any(ln.startswith("underthesea") for ln in lines)
