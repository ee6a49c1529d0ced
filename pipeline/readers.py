"""Readers: turn input paths into `Document`s, one at a time (streaming).

Formats: a `.txt` file or a folder of them (id = path relative to the folder), `.jsonl`,
`.csv` and `.parquet` with `id`, `text` and optional `date`, `title`, `url`. A record that
cannot be read becomes a Document with status `error`, so no input is ever lost.

>>> docs = list(read_corpus(["corpus/sample/seed.txt"]))   # doctest: +SKIP
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.decode import BinaryInputError, decode_bytes
from pipeline.document import Document

RECORD_FORMATS = {".jsonl", ".csv", ".parquet"}
TEXT_FORMATS = {".txt"}
OPTIONAL = ("date", "title", "url")
MAX_DOC_CHARS = 2_000_000  # larger texts are recorded with status `skipped`
CSV_CHUNK = 1000


class InputError(ValueError):
    """The input as a whole is unusable (missing file, missing `text` column...)."""


def parse_date(value: Any) -> dt.date | None:
    """Publication date from an ISO string or a date/datetime; None if unparseable.

    >>> parse_date("2020-10-01T08:00:00")
    datetime.date(2020, 10, 1)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    try:
        if value != value:  # NaN from pandas
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def make_document(rec: dict, source: str, fallback_id: str) -> Document:
    """A Document from one input record (dict with `text` and optional fields)."""
    doc_id = _clean(rec.get("id")) or fallback_id
    text = rec.get("text")
    doc = Document(id=doc_id, original="", source=source, date=parse_date(rec.get("date")),
                   title=_clean(rec.get("title")), url=_clean(rec.get("url")))
    if text is None or (isinstance(text, float) and text != text):
        doc.status, doc.error = "error", "record has no `text` value"
    elif not isinstance(text, str):
        doc.status, doc.error = "error", f"`text` is {type(text).__name__}, not a string"
    elif len(text) > MAX_DOC_CHARS:
        doc.status, doc.error = "skipped", f"text has {len(text):,} characters (limit {MAX_DOC_CHARS:,})"
    else:
        doc.original = text
    return doc


def _error_doc(doc_id: str, source: str, message: str) -> Document:
    return Document(id=doc_id, original="", source=source, status="error", error=message)


def _read_txt(path: Path, doc_id: str) -> Document:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        return _error_doc(doc_id, source, f"cannot read file: {e.strerror or e}")
    if len(data) > 4 * MAX_DOC_CHARS:
        return Document(id=doc_id, original="", source=source, status="skipped",
                        error=f"file has {len(data):,} bytes (limit {4 * MAX_DOC_CHARS:,})")
    try:
        text, encoding, warning = decode_bytes(data)
    except BinaryInputError as e:
        return Document(id=doc_id, original="", source=source, status="skipped", error=str(e))
    doc = make_document({"id": doc_id, "text": text}, source, doc_id)
    doc.meta["encoding"] = encoding
    if warning and doc.status == "ok":
        doc.error = warning
    return doc


def _read_jsonl(path: Path) -> Iterator[Document]:
    source = str(path)
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            fallback = f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                yield _error_doc(fallback, source, f"line {lineno} is not valid JSON: {e}")
                continue
            if not isinstance(rec, dict):
                yield _error_doc(fallback, source, f"line {lineno} is not a JSON object")
                continue
            yield make_document(rec, source, fallback)


def _check_columns(columns: Iterable[str], path: Path) -> None:
    if "text" not in set(columns):
        raise InputError(f"{path}: no `text` column (found: {', '.join(map(str, columns))}); "
                         "input tables need `id` and `text`, optionally `date`, `title`, `url`")


def _read_csv(path: Path) -> Iterator[Document]:
    import pandas as pd

    source = str(path)
    try:
        reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""],
                             chunksize=CSV_CHUNK, encoding="utf-8-sig")
        row = 0
        for chunk in reader:
            _check_columns(chunk.columns, path)
            for rec in chunk.to_dict("records"):
                row += 1
                yield make_document(rec, source, f"{path.name}:{row}")
    except (UnicodeDecodeError, pd.errors.ParserError) as e:
        raise InputError(f"{path}: not a readable UTF-8 CSV file ({e})") from e


def _read_parquet(path: Path) -> Iterator[Document]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (OSError, pa.ArrowInvalid) as e:
        raise InputError(f"{path}: not a readable parquet file ({e})") from e
    _check_columns(pf.schema_arrow.names, path)
    wanted = [c for c in ("id", "text", *OPTIONAL) if c in pf.schema_arrow.names]
    row = 0
    for batch in pf.iter_batches(batch_size=CSV_CHUNK, columns=wanted):
        for rec in batch.to_pylist():
            row += 1
            yield make_document(rec, str(path), f"{path.name}:{row}")


def _read_file(path: Path, doc_id: str) -> Iterator[Document]:
    ext = path.suffix.lower()
    if ext == ".jsonl":
        yield from _read_jsonl(path)
    elif ext == ".csv":
        yield from _read_csv(path)
    elif ext == ".parquet":
        yield from _read_parquet(path)
    else:
        yield _read_txt(path, doc_id)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            p = Path(root) / name
            if p.suffix.lower() in TEXT_FORMATS | RECORD_FORMATS and not p.is_symlink():
                yield p


def read_corpus(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Yield one Document per input record, in a stable order.

    Raises InputError when a path does not exist or a table lacks a `text` column.
    """
    for p in map(Path, paths):
        if p.is_dir():
            for f in _walk(p):
                yield from _read_file(f, f.relative_to(p).as_posix())
        elif p.is_file():
            yield from _read_file(p, p.name)
        else:
            raise InputError(f"{p}: no such file or folder")
