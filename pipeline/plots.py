"""Matplotlib figures over the views, shared by the HTML report and the notebooks.

Every function returns a `matplotlib.figure.Figure` built without pyplot (no global figure
state, no GUI backend: PNG goes through Agg) and draws a note instead of failing on empty data.

>>> fig = top_names_figure(top_entities(t.mentions, "PER"), "PER")   # doctest: +SKIP
>>> save_png(fig, "figures/top_per.png")                              # doctest: +SKIP
"""
from __future__ import annotations

import base64
import io
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

# One colour per label, displaCy's where it has one; the report highlights with the same.
LABEL_COLORS = {"PER": "#aa9cfc", "LOC": "#ff9561", "ORG": "#7aecec", "DATE": "#bfe1d9", "QUOTED": "#f9e07f"}
OTHER_COLOR = "#dddddd"
DPI = 100


def _figure(width: float = 7.0, height: float = 4.0) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    return fig, fig.add_subplot()


def _empty(ax, what: str) -> None:
    ax.text(0.5, 0.5, f"no {what} in this output", ha="center", va="center", color="#777777")
    ax.set_axis_off()


def labels_figure(mentions: pd.DataFrame) -> Figure:
    """Mentions per label."""
    fig, ax = _figure(6, 3)
    counts = mentions["label"].astype(str).value_counts()
    if counts.empty:
        _empty(ax, "mentions")
        return fig
    ax.bar(counts.index, counts.values, color=[LABEL_COLORS.get(k, OTHER_COLOR) for k in counts.index])
    ax.set_ylabel("mentions")
    ax.set_title("Mentions per label")
    return fig


def top_names_figure(top: pd.DataFrame, label: str) -> Figure:
    """Horizontal bars from `views.top_entities` (name, n_mentions, n_documents)."""
    fig, ax = _figure(7, max(2.5, 0.3 * len(top) + 1))
    if top.empty:
        _empty(ax, f"{label} mentions")
        return fig
    color = LABEL_COLORS.get(label, OTHER_COLOR)
    ax.barh(top["name"].astype(str)[::-1], top["n_mentions"][::-1], color=color)
    ax.set_xlabel("mentions")
    ax.set_title(f"Most mentioned {label}")
    return fig


def timeline_figure(counts: pd.DataFrame) -> Figure:
    """Lines from `views.mentions_over_time` (rows: period, columns: labels)."""
    fig, ax = _figure(8, 3.5)
    if counts.empty or not len(counts.columns):
        _empty(ax, "dated documents")
        return fig
    for label in counts.columns:
        color = LABEL_COLORS.get(label, OTHER_COLOR)
        ax.plot(counts.index, counts[label], marker="o", label=label, color=color)
    ax.set_ylabel("mentions")
    ax.set_title("Mentions by publication date")
    ax.legend(loc="upper left", fontsize="small")
    fig.autofmt_xdate()
    return fig


def cooccurrence_figure(pairs: pd.DataFrame, a: str = "PER", b: str = "LOC", n: int = 12,
                        value: str = "n_sentences") -> Figure:
    """Heat map of the `n` × `n` names with most pairs in `views.cooccurrence`.

    `value` is `n_sentences` (written in the same sentence) or `n_documents`.
    """
    fig, ax = _figure(8, 5.5)
    if pairs.empty:
        _empty(ax, f"{a}-{b} pairs")
        return fig
    rows = pairs.groupby("a")[value].sum().nlargest(n).index
    cols = pairs.groupby("b")[value].sum().nlargest(n).index
    grid = (pairs[pairs["a"].isin(rows) & pairs["b"].isin(cols)]
            .pivot_table(index="a", columns="b", values=value, aggfunc="sum", fill_value=0)
            .reindex(index=rows, columns=cols, fill_value=0))
    image = ax.imshow(grid.to_numpy(dtype=float), cmap="Oranges", aspect="auto")
    ax.set_xticks(range(len(cols)), [str(c) for c in cols], rotation=60, ha="right", fontsize="small")
    ax.set_yticks(range(len(rows)), [str(r) for r in rows], fontsize="small")
    fig.colorbar(image, ax=ax, label=f"{value.removeprefix('n_')} with both")
    ax.set_title(f"{a} × {b} co-occurrence")
    return fig


def quoted_cues_figure(quoted: pd.DataFrame) -> Figure:
    """Distinct quoted names per cue (from `views.quoted_table`)."""
    fig, ax = _figure(6, 3)
    if quoted.empty:
        _empty(ax, "quoted names")
        return fig
    counts = quoted["cue"].astype(object).fillna("(no cue)").value_counts()
    ax.barh(counts.index[::-1], counts.values[::-1], color=LABEL_COLORS["QUOTED"])
    ax.set_xlabel("distinct quoted names")
    ax.set_title("Quoted names by cue")
    return fig


def places_map_figure(places: pd.DataFrame, backdrop: pd.DataFrame | None = None,
                      n_names: int = 10) -> Figure:
    """Linked places at their unit's centre, sized by mentions, over the other units' points.

    Rows of one unit (one per document in `load(...).places`) are summed.

    `places` needs `lat`, `lon`, `name`, `n_mentions` (`views.with_coordinates`); `backdrop`
    (`views.admin_coordinates`) draws every unit as a grey dot, an offline outline of the country.
    """
    fig, ax = _figure(5.5, 7)
    if backdrop is not None and not backdrop.empty:
        ax.scatter(backdrop["lon"], backdrop["lat"], s=0.3, color="#cccccc", linewidths=0)
    located = places.dropna(subset=["lat", "lon"]) if {"lat", "lon"} <= set(places.columns) else places[:0]
    located = located.groupby(["name", "lat", "lon"], as_index=False, observed=True)["n_mentions"].sum()
    if located.empty:
        ax.text(0.5, 0.5, "no linked places with coordinates", ha="center", va="center",
                transform=ax.transAxes, color="#777777")
    else:
        sizes = located["n_mentions"].astype(float)
        ax.scatter(located["lon"], located["lat"], s=20 + 30 * sizes, color=LABEL_COLORS["LOC"], alpha=0.7,
                   edgecolors="#aa4400")
        for row in located.nlargest(n_names, "n_mentions").itertuples():
            ax.annotate(str(row.name), (row.lon, row.lat), fontsize="x-small", xytext=(4, 2),
                        textcoords="offset points")
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title("Linked places")
    return fig


def png_bytes(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def png_data_uri(fig: Figure) -> str:
    """`data:image/png;base64,...` for an <img> that needs no file and no network."""
    return "data:image/png;base64," + base64.b64encode(png_bytes(fig)).decode("ascii")


def save_png(fig: Figure, path: str | Path) -> Path:
    """Write the figure as PNG (creating the folder) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(fig))
    return path
