"""The HTML report: highlighting (nested, escaped, clipped), self-containment, a browser screenshot."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import unicodedata
from html import unescape
from pathlib import Path

import pytest
from test_load import hand_built_docs, write_output

from pipeline.load import load
from pipeline.report import Placed, build_report, hover_title, place_mentions, render_marks

REPO = Path(__file__).resolve().parent.parent
NETWORK = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)|url\(|@import""", re.IGNORECASE)


def rows_for(text: str, *spans: tuple[str, str]) -> list[dict]:
    rows = []
    for label, needle in spans:
        start = text.index(needle)
        rows.append({"label": label, "start": start, "end": start + len(needle), "text": needle})
    return rows


def marks(html: str) -> list[str]:
    return re.findall(r'data-label="([A-Z]+)"', html)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_loc_nested_in_org_shows(form):
    text, org, loc = (unicodedata.normalize(form, s)
                      for s in ("UBND thành phố Tam Kỳ họp.", "UBND thành phố Tam Kỳ", "Tam Kỳ"))
    spans, bad = place_mentions(text, rows_for(text, ("LOC", loc), ("ORG", org)))
    html = render_marks(text, spans)
    assert bad == 0 and marks(html) == ["ORG", "LOC"]
    inner = html.index('data-label="LOC"')
    assert html.index('data-label="ORG"') < inner < html.index('<span class="lbl">ORG</span>')
    assert unescape(re.sub(r"<[^>]+>", "", re.sub(r'<span class="lbl">\w+</span>', "", html))) == text


def test_text_and_attributes_are_escaped():
    text = 'Ông <b>Lê</b> & "Camera an ninh" <script>alert(1)</script>'
    rows = rows_for(text, ("QUOTED", "Camera an ninh"))
    rows[0]["cue"] = 'mô hình" onmouseover="x'
    html = render_marks(text, place_mentions(text, rows)[0])
    assert "<script>" not in html and "<b>" not in html and "&lt;script&gt;" in html
    assert 'onmouseover="x' not in html
    assert "&quot; onmouseover=&quot;x" in html


def test_crossing_span_is_clipped_not_dropped():
    text = "Bộ Y tế Hà Nội"
    spans, _ = place_mentions(text, [{"label": "ORG", "start": 0, "end": 7, "text": "Bộ Y tế"},
                                     {"label": "LOC", "start": 5, "end": 14, "text": "tế Hà Nội"}])
    html = render_marks(text, spans)
    assert marks(html) == ["ORG", "LOC"] and "clipped" in html


def test_offsets_that_miss_their_text_are_counted():
    text = "Sáng 16/8, phường Trường Xuân"
    spans, bad = place_mentions(text, [{"label": "LOC", "start": 0, "end": 4, "text": "Trường Xuân"},
                                       {"label": "LOC", "start": 90, "end": 95, "text": "xa"}])
    assert spans == [] and bad == 2


def test_hover_lists_set_attributes_only():
    row = {"label": "LOC", "text": "Tam Kỳ", "kind": "thành phố", "cue": None, "role": float("nan")}
    title = hover_title(row)
    assert title == "LOC · Tam Kỳ\nkind: thành phố"


def test_render_marks_identical_spans():
    spans = [Placed(0, 4, "PER", "a"), Placed(0, 4, "ORG", "b")]
    assert marks(render_marks("Dũng ơi", spans)) == ["PER", "ORG"]


@pytest.fixture
def hand_report(tmp_path):
    """A hand-built output whose inputs are a jsonl file, and its report."""
    docs = hand_built_docs()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": d.id, "text": d.original}, ensure_ascii=False) + "\n"
                              for d in docs), encoding="utf-8")
    out = write_output(tmp_path / "out", docs)
    (out / "_run.json").write_text(json.dumps({"inputs": [str(corpus)]}), encoding="utf-8")
    return out, build_report(out)


def test_every_document_is_rendered_and_highlighted(hand_report):
    out, path = hand_report
    html = path.read_text(encoding="utf-8")
    assert path == out / "report.html"
    articles = re.findall(r"<article.*?</article>", html, flags=re.DOTALL)
    assert len(articles) == 3
    assert [len(marks(a)) for a in articles] == [6, 4, 0]
    assert "2 of 3 documents highlighted, 10 mentions placed" in html
    assert 'class="warn"' not in html


def test_report_is_one_offline_file(hand_report):
    html = hand_report[1].read_text(encoding="utf-8")
    assert not NETWORK.search(html)
    assert html.count("data:image/png;base64,") >= 7
    assert "<script" not in html


def test_missing_text_is_reported(tmp_path):
    out = write_output(tmp_path / "out", hand_built_docs())
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "seed", "text": "khác"}\n', encoding="utf-8")
    html = build_report(out, inputs=[str(other)], html_path=tmp_path / "r.html").read_text(encoding="utf-8")
    assert "2 document(s) whose text was not found" in html
    assert "6 mention(s) whose offsets do not hold their text" in html


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def screenshot(html: Path, png: Path, height: int = 2400) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run",
                        f"--user-data-dir={profile}", f"--window-size=1200,{height}", f"--screenshot={png}",
                        html.resolve().as_uri()], check=True, capture_output=True, timeout=120)


def label_pixels(png: Path, color: str) -> int:
    import numpy as np
    from matplotlib.image import imread

    rgb = imread(png)[..., :3]
    target = np.array([int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return int((np.abs(rgb - target).max(axis=-1) < 0.02).sum())


@pytest.mark.skipif(_chromium() is None, reason="no chromium: `apt-get install chromium` for this check")
def test_report_in_headless_chromium(hand_report, tmp_path):
    from pipeline.plots import LABEL_COLORS

    _, path = hand_report
    # Only the documents, so the marks are inside the window: drop the summary and charts.
    html = path.read_text(encoding="utf-8")
    docs_only = tmp_path / "docs.html"
    docs_only.write_text(re.sub(r"<h1>.*?<h2>Documents</h2>", "", html, flags=re.DOTALL), encoding="utf-8")
    png = tmp_path / "shot.png"
    screenshot(docs_only, png, height=900)
    assert png.stat().st_size > 5000
    for label in ("PER", "LOC", "ORG", "DATE", "QUOTED"):
        assert label_pixels(png, LABEL_COLORS[label]) > 100, f"no {label} highlight on screen"


@pytest.mark.slow
def test_report_of_the_sample_corpus(tmp_path):
    from pipeline.runner import run

    out = tmp_path / "out"
    run([str(REPO / "corpus" / "sample")], out, labels=("PER", "LOC", "ORG", "DATE", "QUOTED"), workers=1,
        progress=False)
    path = build_report(out)
    html = path.read_text(encoding="utf-8")
    t = load(out, tokens=False)
    articles = re.findall(r"<article.*?</article>", html, flags=re.DOTALL)
    assert len(articles) == len(t.documents)
    with_mentions = set(t.mentions["doc_id"])
    for doc_id, article in zip(t.documents["doc_id"], articles, strict=True):
        if doc_id in with_mentions:
            assert marks(article), f"{doc_id} has mentions but none is highlighted"
    assert len(marks(html)) == len(t.mentions)
    assert 'class="warn"' not in html and not NETWORK.search(html)
    if _chromium():
        png = tmp_path / "shot.png"
        screenshot(path, png)
        assert label_pixels(png, "#ffffff") < 1200 * 2400 * 0.98  # not blank
