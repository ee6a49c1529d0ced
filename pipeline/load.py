"""Load a `python -m pipeline run` output folder as pandas DataFrames with proper dtypes.

Arrow dictionaries become `category`, int32 columns nullable `Int32`, strings `string`,
the publication date `datetime64[ns]`. Beside the three written tables, `load` derives
`quoted` (one row per distinct quoted name) and `places` (one row per document and linked
administrative unit).

>>> t = load("out")                                          # doctest: +SKIP
>>> t.mentions.query("label == 'LOC' and kind == 'phường'")  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import DOCUMENTS, MENTIONS, TOKENS
from pipeline.tables import places_table
from pipeline.views import quoted_table
from pipeline.writers import OutputError

# Arrow type → pandas dtype; dictionaries are left to pyarrow, which makes them `category`.
_PANDAS_TYPES = {
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.string(): pd.StringDtype(),
    pa.large_string(): pd.StringDtype(),
    pa.bool_(): pd.BooleanDtype(),
}


class LoadError(OutputError):
    """The folder is not a pipeline output (the CLI prints it as an error, no traceback)."""


@dataclass(frozen=True)
class Tables:
    """The tables of one output folder (`tokens` is None when the run had no `--tokens`)."""

    documents: pd.DataFrame
    mentions: pd.DataFrame
    tokens: pd.DataFrame | None
    quoted: pd.DataFrame
    places: pd.DataFrame


def read_table(folder: str | Path, schema: pa.Schema) -> pd.DataFrame:
    """One parquet dataset folder as a DataFrame with every column of `schema`, even when empty.

    Extra columns written by the run (`debug`) are kept after the documented ones.
    """
    folder = Path(folder)
    parts = sorted(folder.glob("part-*.parquet"))
    table = pq.read_table(parts) if parts else schema.empty_table()
    if not parts:
        return _to_pandas(table)
    names = list(table.schema.names)
    missing = [f for f in schema if f.name not in names]
    for f in missing:  # older outputs: add the column, all null
        table = table.append_column(f, pa.nulls(len(table), f.type))
    order = [f.name for f in schema] + [n for n in names if n not in schema.names]
    return _to_pandas(table.select(order))


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    df = table.to_pandas(types_mapper=_PANDAS_TYPES.get, date_as_object=False)
    for f in table.schema:
        if pa.types.is_date(f.type) or pa.types.is_timestamp(f.type):
            df[f.name] = pd.to_datetime(df[f.name]).astype("datetime64[ns]")
        elif pa.types.is_dictionary(f.type) and not isinstance(df[f.name].dtype, pd.CategoricalDtype):
            df[f.name] = df[f.name].astype("category")
    return df


def _typed_places(places: pd.DataFrame) -> pd.DataFrame:
    strings = {c: pd.StringDtype() for c in places.columns if c not in ("admin_level", "n_mentions")}
    return places.astype({**strings, "admin_level": "category", "n_mentions": pd.Int64Dtype()})


def load(out: str | Path, tokens: bool = True) -> Tables:
    """Every table of the output folder `out` (`tokens=False` skips the largest one)."""
    out = Path(out)
    if not (out / "documents").is_dir():
        raise LoadError(f"{out} holds no pipeline output (no documents/ folder); "
                        f"write one with `python -m pipeline run INPUTS --out {out}`")
    documents = read_table(out / "documents", DOCUMENTS)
    mentions = read_table(out / "mentions", MENTIONS)
    token_table = read_table(out / "tokens", TOKENS) if tokens and (out / "tokens").is_dir() else None
    return Tables(documents=documents, mentions=mentions, tokens=token_table,
                  quoted=quoted_table(mentions, documents), places=_typed_places(places_table(mentions)))
