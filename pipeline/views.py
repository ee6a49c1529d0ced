"""Derived views over the output tables: top names, mentions over time, co-occurrence, quoted names.

Pure functions of the DataFrames `pipeline.load` returns; nothing here reads the output folder.
A mention's name is its `canonical` full name (PER), else its `norm`, else its `text`, so
`ông Dũng` counts for `Lê Văn Dũng`.

>>> quoted_table(t.mentions, t.documents).head()       # doctest: +SKIP
   name            cue      n_documents  n_mentions  first_date
0  Camera an ninh  mô hình  1            1           2024-08-16
"""
from __future__ import annotations

import sqlite3

import pandas as pd

AUTO_MONTHLY_DAYS = 120  # longer date spans are counted per month, shorter per day


def entity_names(mentions: pd.DataFrame) -> pd.Series:
    """The name each mention counts under: canonical, else norm, else the text as written."""
    names = mentions["text"].astype("string")
    for col in ("norm", "canonical"):  # later columns win
        if col in mentions:
            names = mentions[col].astype("string").fillna(names)
    return names.rename("name")


def top_entities(mentions: pd.DataFrame, label: str, n: int = 20) -> pd.DataFrame:
    """The `n` names of `label` with most mentions: name, n_mentions, n_documents."""
    sub = mentions[mentions["label"] == label]
    df = pd.DataFrame({"name": entity_names(sub), "doc_id": sub["doc_id"]})
    out = (df.groupby("name", observed=True)
           .agg(n_mentions=("doc_id", "size"), n_documents=("doc_id", "nunique"))
           .reset_index()
           .sort_values(["n_mentions", "n_documents", "name"], ascending=[False, False, True]))
    return out.head(n).reset_index(drop=True)


def mentions_over_time(mentions: pd.DataFrame, documents: pd.DataFrame,
                       freq: str | None = None) -> pd.DataFrame:
    """Mentions per label per period of publication date (rows: period start, columns: labels).

    `freq` is a pandas offset alias (`D`, `W`, `MS`); by default days, or months for long spans.
    Documents without a date are left out.
    """
    dated = mentions[["doc_id", "label"]].merge(documents[["doc_id", "date"]], on="doc_id", how="inner")
    dated = dated.dropna(subset=["date"])
    if dated.empty:
        return pd.DataFrame(index=pd.DatetimeIndex([], name="date"))
    if freq is None:
        span = (dated["date"].max() - dated["date"].min()).days
        freq = "MS" if span > AUTO_MONTHLY_DAYS else "D"
    counts = (dated.groupby([pd.Grouper(key="date", freq=freq), "label"], observed=True)
              .size().unstack("label", fill_value=0))
    counts.columns = counts.columns.astype(str)
    return counts.asfreq(freq, fill_value=0)


def cooccurrence(mentions: pd.DataFrame, a: str = "PER", b: str = "LOC") -> pd.DataFrame:
    """Pairs of an `a` name and a `b` name written in the same sentence or document.

    Columns: `a`, `b` (the names), `n_sentences` (sentences holding both), `n_documents`;
    sorted by the sentence count, then the document count.
    """
    def side(label: str) -> pd.DataFrame:
        sub = mentions[mentions["label"] == label]
        return pd.DataFrame({"doc_id": sub["doc_id"].astype("string"), "sentence": sub["sentence"],
                             "name": entity_names(sub)}).drop_duplicates()

    left, right = side(a), side(b)
    pairs = left.merge(right, on="doc_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["name_a"] != pairs["name_b"]]
    same = pairs[pairs["sentence_a"] == pairs["sentence_b"]]
    docs = pairs.groupby(["name_a", "name_b"]).doc_id.nunique().rename("n_documents")
    sents = (same.drop_duplicates(["doc_id", "sentence_a", "name_a", "name_b"])
             .groupby(["name_a", "name_b"]).size().rename("n_sentences"))
    out = pd.concat([sents, docs], axis=1).fillna(0).astype("int64").reset_index()
    out.columns = ["a", "b", "n_sentences", "n_documents"]
    return out.sort_values(["n_sentences", "n_documents", "a", "b"],
                           ascending=[False, False, True, True]).reset_index(drop=True)


def quoted_table(mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct quoted name: name, cue, n_documents, n_mentions, first_date.

    `cue` is the cue written most often with the name (null when never one); `first_date`
    the earliest publication date it appears on.
    """
    sub = mentions[mentions["label"] == "QUOTED"]
    df = pd.DataFrame({"name": entity_names(sub), "cue": sub["cue"].astype("string"),
                       "doc_id": sub["doc_id"].astype("string")})
    dates = documents[["doc_id", "date"]].assign(doc_id=documents["doc_id"].astype("string"))
    df = df.merge(dates, on="doc_id", how="left")
    cues = (df.dropna(subset=["cue"]).groupby(["name", "cue"]).size().rename("n").reset_index()
            .sort_values(["n", "cue"], ascending=[False, True]).drop_duplicates("name")
            .set_index("name")["cue"])
    out = df.groupby("name").agg(n_documents=("doc_id", "nunique"), n_mentions=("doc_id", "size"),
                                 first_date=("date", "min"))
    out.insert(0, "cue", cues.reindex(out.index).astype("string"))
    out = out.reset_index().astype({"n_documents": "Int64", "n_mentions": "Int64",
                                    "first_date": "datetime64[ns]", "name": "string"})
    return out.sort_values(["n_mentions", "n_documents", "name"],
                           ascending=[False, False, True]).reset_index(drop=True)


def admin_coordinates() -> pd.DataFrame:
    """Centre coordinates of every administrative unit: admin_level, admin_code, lat, lon.

    From vietnamadminunits' bundled dataset (both the 2024 and the 2025 schemes; a code
    present in both keeps the 2024 point, the smaller unit).
    """
    from pipeline.gazetteer import data_dir

    queries = [
        ("province", "SELECT DISTINCT provinceCode, provinceLat, provinceLon FROM admin_units_legacy"),
        ("district", "SELECT DISTINCT districtCode, districtLat, districtLon FROM admin_units_legacy"),
        ("ward", "SELECT DISTINCT wardCode, wardLat, wardLon FROM admin_units_legacy"),
        ("province", "SELECT DISTINCT provinceCode, provinceLat, provinceLon FROM admin_units"),
        ("ward", "SELECT DISTINCT wardCode, wardLat, wardLon FROM admin_units"),
    ]
    frames = []
    with sqlite3.connect(f"file:{data_dir() / 'dataset.db'}?mode=ro", uri=True) as conn:
        for level, sql in queries:
            rows = pd.DataFrame(conn.execute(sql).fetchall(), columns=["admin_code", "lat", "lon"])
            frames.append(rows.assign(admin_level=level))
    coords = pd.concat(frames).dropna().drop_duplicates(["admin_level", "admin_code"])
    return coords[["admin_level", "admin_code", "lat", "lon"]].reset_index(drop=True)


def with_coordinates(places: pd.DataFrame, coords: pd.DataFrame | None = None) -> pd.DataFrame:
    """`places` with `lat`/`lon` columns (null for unlinked or foreign places)."""
    if {"lat", "lon"} <= set(places.columns):
        return places
    coords = admin_coordinates() if coords is None else coords
    keys = ["admin_level", "admin_code"]
    right = coords.astype({"admin_level": "string", "admin_code": "string"})
    left = places.assign(**{k: places[k].astype("string") for k in keys})
    merged = left.merge(right, on=keys, how="left")
    return merged.assign(admin_level=merged["admin_level"].astype("category"))
