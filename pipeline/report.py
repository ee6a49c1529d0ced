"""Static HTML report of an output folder: summary charts and every document highlighted.

One self-contained file (inline CSS, charts as base64 PNG, no script, nothing fetched): it
opens offline. The tables hold no text, so the report re-reads the input corpus (by default
the inputs recorded in OUT/_run.json) and places each mention at its original offsets,
displaCy-style: coloured marks with the label, attributes on hover, LOC nested inside ORG.

>>> build_report("out")          # doctest: +SKIP
PosixPath('out/report.html')
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import plots, views
from pipeline.load import Tables, load
from pipeline.readers import InputError, read_corpus

# Shown on hover, in this order, when set.
HOVER_FIELDS = ("norm", "value", "kind", "role", "cue", "canonical", "admin_code", "admin_level", "province",
                "province_2025", "ward_2025", "link_note", "source")
TOP_N = 15

CSS = """
body{font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;margin:2em auto;
max-width:70em;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
table.counts{border-collapse:collapse;margin:.5em 1em 1em 0;display:inline-table;vertical-align:top}
table.counts td,table.counts th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
.charts{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
.charts figure{margin:0;flex:1 1 28em;max-width:100%}.charts img{max-width:100%;border:1px solid #eee}
.legend mark{margin-right:.5em}
article{border-top:1px solid #eee;padding:.5em 0 1em}
article h3{font-size:1.05em;margin:.6em 0 .2em}
.meta{color:#666;font-size:.85em;margin-bottom:.6em;word-break:break-all}
.text{white-space:pre-wrap;line-height:2.5;font-size:1em}
.warn{color:#a40000}
mark.ent{padding:.3em .5em;margin:0 .15em;line-height:1;border-radius:.35em;
box-decoration-break:clone;-webkit-box-decoration-break:clone;color:#222}
mark.ent mark.ent{padding:.1em .3em;margin:0 .1em}
mark.ent .lbl{font-size:.65em;font-weight:bold;line-height:1;vertical-align:middle;margin-left:.4em;
text-transform:uppercase;opacity:.8}
mark.clipped{outline:1px dashed #a40000}
"""


@dataclass
class Placed:
    """A mention that fits its text, ready to render (`end` may be clipped to an enclosing mark)."""

    start: int
    end: int
    label: str
    title: str
    clipped: bool = False


@dataclass
class DocReport:
    """Counts for the report header: what could and could not be shown."""

    documents: int = 0
    highlighted: int = 0
    mentions: int = 0
    missing_text: list[str] = field(default_factory=list)
    mismatched: int = 0


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def hover_title(row: dict) -> str:
    """The hover text of a mention: label and its non-empty attributes, one per line.

    >>> hover_title({"label": "LOC", "text": "Trường Xuân", "kind": "phường"})
    'LOC · Trường Xuân\\nkind: phường'
    """
    lines = [f"{row['label']} · {row['text']}"]
    for name in HOVER_FIELDS:
        value = row.get(name)
        if value is not None and not pd.isna(value) and str(value) != "":
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def place_mentions(text: str, rows: Iterable[dict]) -> tuple[list[Placed], int]:
    """Mentions whose offsets hold their text, in render order; also the count that do not."""
    placed, bad = [], 0
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        if not (0 <= start < end <= len(text)) or text[start:end] != r["text"]:
            bad += 1
            continue
        placed.append(Placed(start, end, str(r["label"]), hover_title(r)))
    placed.sort(key=lambda p: (p.start, -p.end))  # outer (longer) first: ORG before its LOC
    return placed, bad


def render_marks(text: str, spans: list[Placed]) -> str:
    """HTML of `text` with nested displaCy-style marks; a span crossing its parent is clipped.

    >>> html_ = render_marks("UBND TP Tam Kỳ", [Placed(0, 14, "ORG", "ORG"), Placed(8, 14, "LOC", "LOC")])
    >>> html_.count("<mark"), html_.index('data-label="ORG"') < html_.index('data-label="LOC"')
    (2, True)
    """
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, label) of the open marks, innermost last
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, label = stack.pop()
            out.append(_esc(text[pos:end]))
            out.append(f'<span class="lbl">{_esc(label)}</span></mark>')
            pos = end

    for span in spans:
        close_until(span.start)
        if stack and span.end > stack[-1][0]:
            span.end, span.clipped = stack[-1][0], True
        out.append(_esc(text[pos:span.start]))
        pos = span.start
        out.append(_open_mark(span))
        stack.append((span.end, span.label))
    close_until(len(text))
    out.append(_esc(text[pos:]))
    return "".join(out)


def _open_mark(span: Placed) -> str:
    color = plots.LABEL_COLORS.get(span.label, plots.OTHER_COLOR)
    cls = f"ent {_esc(span.label)}" + (" clipped" if span.clipped else "")
    return (f'<mark class="{cls}" data-label="{_esc(span.label)}" style="background:{color}" '
            f'title="{_esc(span.title)}">')


def render_document(n: int, doc: dict, text: str | None, rows: list[dict], stats: DocReport) -> str:
    """One <article>: header, then the highlighted text (or why there is none)."""
    title = doc.get("title")
    heading = _esc(doc["doc_id"]) + (f" — {_esc(title)}" if isinstance(title, str) and title else "")
    meta = [f"{k}: {_esc(doc[k])}" for k in ("date", "source", "url", "status") if _present(doc.get(k))]
    per_label = pd.Series([str(r["label"]) for r in rows], dtype=object).value_counts()
    meta.append("mentions: " + (", ".join(f"{_esc(k)} {v}" for k, v in per_label.items()) or "none"))
    parts = [f'<article id="doc-{n}"><h3>{heading}</h3><div class="meta">{" · ".join(meta)}</div>']
    stats.documents += 1
    if _present(doc.get("error")):
        parts.append(f'<p class="warn">{_esc(doc["error"])}</p>')
    if text is None:
        stats.missing_text.append(str(doc["doc_id"]))
        parts.append('<p class="warn">text not found in the inputs: pass them with --input</p>')
    else:
        spans, bad = place_mentions(text, rows)
        stats.mentions += len(spans)
        stats.mismatched += bad
        stats.highlighted += bool(spans)
        if bad:
            parts.append(f'<p class="warn">{bad} mention(s) do not match the text at their offsets '
                         '(was the input changed after the run?)</p>')
        parts.append(f'<div class="text">{render_marks(text, spans)}</div>')
    parts.append("</article>")
    return "".join(parts)


def _present(value: object) -> bool:
    return value is not None and not pd.isna(value) and str(value) != ""


def _counts_table(title: str, counts: pd.Series) -> str:
    rows = "".join(f"<tr><td>{_esc(k)}</td><td>{int(v)}</td></tr>" for k, v in counts.items())
    return f'<table class="counts"><tr><th colspan="2">{_esc(title)}</th></tr>{rows}</table>'


def summary_charts(t: Tables) -> list[tuple[str, object]]:
    """(caption, figure) for the report's summary, in display order."""
    charts = [("Mentions per label", plots.labels_figure(t.mentions))]
    for label in ("PER", "LOC", "ORG"):
        charts.append((f"Most mentioned {label}",
                       plots.top_names_figure(views.top_entities(t.mentions, label, TOP_N), label)))
    charts.append(("Mentions by publication date",
                   plots.timeline_figure(views.mentions_over_time(t.mentions, t.documents))))
    charts.append(("People and places in the same sentence",
                   plots.cooccurrence_figure(views.cooccurrence(t.mentions, "PER", "LOC"), "PER", "LOC")))
    charts.append(("Quoted names by cue", plots.quoted_cues_figure(t.quoted)))
    coords = views.admin_coordinates()
    located = views.with_coordinates(t.places, coords)
    if located["lat"].notna().any():
        charts.append(("Linked places", plots.places_map_figure(located, coords)))
    return charts


def _summary(t: Tables, stats: DocReport) -> str:
    legend = "".join(f'<mark class="ent" style="background:{c}">{_esc(k)}</mark>'
                     for k, c in plots.LABEL_COLORS.items())
    coverage = (f"{stats.highlighted} of {stats.documents} documents highlighted, "
                f"{stats.mentions} mentions placed")
    warnings = []
    if stats.missing_text:
        warnings.append(f"{len(stats.missing_text)} document(s) whose text was not found in the inputs")
    if stats.mismatched:
        warnings.append(f"{stats.mismatched} mention(s) whose offsets do not hold their text")
    parts = [_counts_table("documents", t.documents["status"].astype(str).value_counts()),
             _counts_table("mentions", t.mentions["label"].astype(str).value_counts()),
             f'<p>{_esc(coverage)}</p>', *(f'<p class="warn">{_esc(w)}</p>' for w in warnings),
             f'<p class="legend">{legend}</p>', '<div class="charts">']
    for caption, fig in summary_charts(t):
        parts.append(f'<figure><img alt="{_esc(caption)}" src="{plots.png_data_uri(fig)}">'
                     f"<figcaption>{_esc(caption)}</figcaption></figure>")
    parts.append("</div>")
    if not t.quoted.empty:
        parts.append("<h2>Quoted names</h2>" + _quoted_html(t.quoted))
    return "".join(parts)


def _quoted_html(quoted: pd.DataFrame, n: int = 50) -> str:
    shown = quoted.head(n).astype(object).where(quoted.head(n).notna(), "")
    return shown.to_html(index=False, escape=True, classes="counts", border=0)


def run_inputs(out: Path) -> list[str]:
    """The inputs recorded by `run` in OUT/_run.json."""
    manifest = out / "_run.json"
    if not manifest.exists():
        raise InputError(f"{manifest} is missing: pass the corpus with --input")
    return list(json.loads(manifest.read_text(encoding="utf-8")).get("inputs", []))


def _texts(inputs: list[str], wanted: set[str]) -> Iterator[tuple[str, str]]:
    """(doc_id, original text) of the wanted documents, first occurrence of each id only."""
    seen: set[str] = set()
    for doc in read_corpus(inputs):
        if doc.id in wanted and doc.id not in seen:
            seen.add(doc.id)
            yield doc.id, doc.original


def build_report(out: str | Path, inputs: list[str] | None = None, html_path: str | Path | None = None,
                 tables: Tables | None = None) -> Path:
    """Write the report of output folder `out` (default file OUT/report.html) and return its path."""
    out = Path(out)
    t = tables or load(out, tokens=False)
    inputs = inputs or run_inputs(out)
    html_path = Path(html_path) if html_path else out / "report.html"
    docs = t.documents.astype({"date": object}).assign(date=t.documents["date"].dt.strftime("%Y-%m-%d"))
    texts = dict(_texts(inputs, set(docs["doc_id"].astype(str))))
    by_doc: dict[str, list[dict]] = {}
    for row in t.mentions.to_dict("records"):
        by_doc.setdefault(str(row["doc_id"]), []).append(row)
    stats = DocReport()
    articles = [render_document(n, d, texts.get(str(d["doc_id"])), by_doc.get(str(d["doc_id"]), []), stats)
                for n, d in enumerate(docs.to_dict("records"))]
    toc = "".join(f'<li><a href="#doc-{n}">{_esc(d)}</a></li>' for n, d in enumerate(docs["doc_id"]))
    page = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>Report: {_esc(out.name)}</title><style>{CSS}</style></head><body>"
            f"<h1>Report: {_esc(out.name)}</h1>{_summary(t, stats)}"
            f"<h2>Documents</h2><details><summary>contents</summary><ol start=\"0\">{toc}</ol></details>"
            f'{"".join(articles)}</body></html>')
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(page, encoding="utf-8")
    return html_path
