"""Derived tables built from the `mentions` table.

>>> # places_table(mentions): one row per (doc_id, admin_code), e.g.
>>> # ("d1", "20353", "ward", "Phường Trường Xuân", "Tỉnh Quảng Nam", "Thành phố Đà Nẵng", 4)
"""

from __future__ import annotations

import pandas as pd

PLACE_COLUMNS = ["doc_id", "admin_code", "admin_level", "name", "province", "province_2025", "n_mentions"]


def places_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, linked administrative unit) with its mention count.

    Only LOC mentions with an `admin_code` count; `name` is the official name (`canonical`),
    else the text as written. Ready for `groupby("province_2025")["n_mentions"].sum()`.
    """
    locs = mentions[(mentions["label"].astype(str) == "LOC") & mentions["admin_code"].notna()]
    if locs.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c == "n_mentions" else "object") for c in PLACE_COLUMNS}
        )
    name = locs["canonical"] if "canonical" in locs else locs["text"]
    locs = locs.assign(
        name=name.fillna(locs["text"]),
        admin_level=locs["admin_level"].astype(str),
    )
    keys = ["doc_id", "admin_code"]
    out = locs.groupby(keys, sort=True, observed=True).agg(
        admin_level=("admin_level", "first"),
        name=("name", "first"),
        province=("province", "first"),
        province_2025=("province_2025", "first"),
        n_mentions=("admin_code", "size"),
    )
    return out.reset_index()[PLACE_COLUMNS]
