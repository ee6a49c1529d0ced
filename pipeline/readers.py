"""Readers: turn input paths into `Document`s, one at a time (streaming).

Formats: a `.txt` file or a folder of them (id = path relative to the folder), `.jsonl`,
`.csv` and `.parquet` with `id`, `text` and optional `date`, `title`, `url`. A record or
file that cannot be read becomes a Document with status `error` or `skipped` and a message,
so every input is accounted for; only a table without a `text` column stops the run.
In folders, hidden entries (`.git`, `.DS_Store`) are ignored; other files of an unknown
type, symbolic links and special files are reported as `skipped`, never opened.

>>> docs = list(read_corpus(["corpus/sample/seed.txt"]))   # doctest: +SKIP
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.decode import BinaryInputError, decode_bytes, looks_binary
from pipeline.document import Document
from pipeline.legacy_encodings import LegacyCodec

RECORD_FORMATS = {".jsonl", ".csv", ".parquet"}
TEXT_FORMATS = {".txt"}
OPTIONAL = ("date", "title", "url")
MAX_DOC_CHARS = 2_000_000  # larger texts are recorded with status `skipped`
MAX_BYTES_PER_CHAR = 4  # a file over MAX_DOC_CHARS * 4 bytes is skipped unread
MAX_ID_CHARS = 512  # longer ids are shortened (prefix + hash of the whole id)
CSV_CHUNK = 1000
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone surrogates (from JSON) cannot be written as UTF-8


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
    return _SURROGATE.sub("\ufffd", str(value))


def safe_id(value: Any, fallback: str) -> tuple[str, str | None]:
    """A usable document id and a note when it had to be changed.

    Ids are data only (file names never come from them); they are made valid UTF-8 and
    kept short enough to print.

    >>> safe_id("vnexpress/Hà Nội", "x")
    ('vnexpress/Hà Nội', None)
    """
    doc_id = _clean(value) or fallback
    if len(doc_id) <= MAX_ID_CHARS:
        return doc_id, None
    digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).hexdigest()
    return f"{doc_id[:MAX_ID_CHARS - 20]}…{digest}", f"id of {len(doc_id):,} characters shortened"


def make_document(rec: dict, source: str, fallback_id: str, max_chars: int = MAX_DOC_CHARS) -> Document:
    """A Document from one input record (dict with `text` and optional fields)."""
    doc_id, id_note = safe_id(rec.get("id"), fallback_id)
    text = rec.get("text")
    doc = Document(id=doc_id, original="", source=source, date=parse_date(rec.get("date")),
                   title=_clean(rec.get("title")), url=_clean(rec.get("url")))
    notes = [id_note] if id_note else []
    if text is None or (isinstance(text, float) and text != text):
        doc.status, doc.error = "error", "record has no `text` value"
    elif not isinstance(text, str):
        doc.status, doc.error = "error", f"`text` is {type(text).__name__}, not a string"
    elif len(text) > max_chars:
        doc.status, doc.error = "skipped", f"text has {len(text):,} characters (limit {max_chars:,})"
    else:
        bad = len(_SURROGATE.findall(text))
        if bad:
            text = _SURROGATE.sub("\ufffd", text)
            notes.append(f"{bad} lone surrogate code points replaced by U+FFFD")
        doc.original = text
    if notes:
        doc.error = "; ".join(([doc.error] if doc.error else []) + notes)
    return doc


def _error_doc(doc_id: str, source: str, message: str, status: str = "error") -> Document:
    return Document(id=doc_id, original="", source=source, status=status, error=message)


def _regular_file_size(path: Path) -> int:
    """Size of a regular file; OSError for anything else (FIFO, device...) so it is never opened."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise OSError(f"not a regular file ({stat.filemode(st.st_mode)})")
    return st.st_size


class _Reader:
    """Reads one input file into Documents, with one legacy-encoding codec for the corpus."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.max_bytes = max_chars * MAX_BYTES_PER_CHAR
        self.codec = LegacyCodec()

    def txt(self, path: Path, doc_id: str) -> Document:
        source = str(path)
        try:
            size = _regular_file_size(path)
            if size > self.max_bytes:
                return _error_doc(doc_id, source, f"file has {size:,} bytes (limit {self.max_bytes:,})",
                                  status="skipped")
            with open(path, "rb") as f:
                data = f.read(self.max_bytes + 1)
        except OSError as e:
            return _error_doc(doc_id, source, f"cannot read file: {e.strerror or e}")
        try:
            text, encoding, warning = decode_bytes(data, self.codec)
        except BinaryInputError as e:
            return _error_doc(doc_id, source, str(e), status="skipped")
        doc = make_document({"id": doc_id, "text": text}, source, doc_id, self.max_chars)
        doc.meta["encoding"] = encoding
        if warning and doc.status == "ok":
            doc.error = f"{doc.error}; {warning}" if doc.error else warning
        return doc

    def _lines(self, f) -> Iterator[tuple[int, bytes | None]]:
        """(line number, bytes) per line; None for a line over the byte limit (skipped unread)."""
        lineno = 0
        while True:
            raw = f.readline(self.max_bytes + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > self.max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # drop the rest of the line in chunks
                    raw = f.readline(1 << 20)
                yield lineno, None
            else:
                yield lineno, raw

    def jsonl(self, path: Path) -> Iterator[Document]:
        source = str(path)
        try:
            _regular_file_size(path)
            f = open(path, "rb")
        except OSError as e:
            yield _error_doc(path.name, source, f"cannot read file: {e.strerror or e}")
            return
        with f:
            reason = looks_binary(f.read(4096).lstrip(b"\xef\xbb\xbf"))
            if reason:
                yield _error_doc(path.name, source, reason, status="skipped")
                return
            f.seek(0)
            for lineno, raw in self._lines(f):
                fallback = f"{path.name}:{lineno}"
                if raw is None:
                    yield _error_doc(fallback, source, f"line {lineno} is over {self.max_bytes:,} bytes",
                                     status="skipped")
                    continue
                if not raw.strip():
                    continue
                try:
                    rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
                except UnicodeDecodeError as e:
                    yield _error_doc(fallback, source,
                                     f"line {lineno} is not UTF-8 ({e.reason} at byte {e.start})")
                    continue
                except (json.JSONDecodeError, RecursionError) as e:
                    yield _error_doc(fallback, source, f"line {lineno} is not valid JSON: {e}")
                    continue
                if not isinstance(rec, dict):
                    yield _error_doc(fallback, source, f"line {lineno} is not a JSON object")
                    continue
                yield make_document(rec, source, fallback, self.max_chars)

    def csv(self, path: Path) -> Iterator[Document]:
        import pandas as pd

        source = str(path)
        row = 0
        try:
            _regular_file_size(path)
            reader = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""],
                                 chunksize=CSV_CHUNK, encoding="utf-8-sig")
            for chunk in reader:
                _check_columns(chunk.columns, path)
                for rec in chunk.to_dict("records"):
                    row += 1
                    yield make_document(rec, source, f"{path.name}:{row}", self.max_chars)
        except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as e:
            if isinstance(e, InputError):
                raise
            where = f"after row {row}" if row else "from the start"
            yield _error_doc(f"{path.name}:{row + 1}", source,
                             f"not a readable UTF-8 CSV file {where} ({type(e).__name__}: {e})")

    def parquet(self, path: Path) -> Iterator[Document]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        source = str(path)
        try:
            _regular_file_size(path)
            pf = pq.ParquetFile(path)
        except (OSError, pa.ArrowException) as e:
            yield _error_doc(path.name, source, f"not a readable parquet file ({e})")
            return
        _check_columns(pf.schema_arrow.names, path)
        wanted = [c for c in ("id", "text", *OPTIONAL) if c in pf.schema_arrow.names]
        row = 0
        try:
            for batch in pf.iter_batches(batch_size=CSV_CHUNK, columns=wanted):
                for rec in batch.to_pylist():
                    row += 1
                    yield make_document(rec, source, f"{path.name}:{row}", self.max_chars)
        except (OSError, pa.ArrowException) as e:
            yield _error_doc(f"{path.name}:{row + 1}", source,
                             f"parquet file unreadable after row {row} ({e})")

    def file(self, path: Path, doc_id: str) -> Iterator[Document]:
        ext = path.suffix.lower()
        if ext == ".jsonl":
            yield from self.jsonl(path)
        elif ext == ".csv":
            yield from self.csv(path)
        elif ext == ".parquet":
            yield from self.parquet(path)
        else:
            yield self.txt(path, doc_id)


def _check_columns(columns: Iterable[str], path: Path) -> None:
    if "text" not in set(columns):
        raise InputError(f"{path}: no `text` column (found: {', '.join(map(str, columns))}); "
                         "input tables need `id` and `text`, optionally `date`, `title`, `url`")


def _refusal(path: Path) -> str | None:
    """Why a folder entry is not read (None: read it)."""
    if path.is_symlink():
        return "symbolic link: not followed"
    try:
        mode = path.lstat().st_mode
    except OSError as e:
        return f"cannot read file: {e.strerror or e}"
    if not stat.S_ISREG(mode):
        return f"not a regular file ({stat.filemode(mode)})"
    if path.suffix.lower() not in TEXT_FORMATS | RECORD_FORMATS:
        return (f"unsupported file type {path.suffix or '(no extension)'!r}: expected "
                f"{', '.join(sorted(TEXT_FORMATS | RECORD_FORMATS))}")
    return None


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """(path, refusal or None) for every non-hidden entry under `folder`, in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                p = Path(root) / name
                yield p, _refusal(p)
        for name in dirs:  # os.walk does not descend into linked folders: say so
            p = Path(root) / name
            if p.is_symlink():
                yield p, "symbolic link to a folder: not followed"


def check_inputs(paths: Iterable[str | Path]) -> None:
    """Fail early (InputError) on a missing path or a table without a `text` column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        tables = [p] if p.is_file() else [f for f, why in _walk(p) if why is None]
        for f in tables:
            if f.suffix.lower() == ".csv":
                try:
                    with open(f, encoding="utf-8-sig", errors="replace") as fh:
                        header = fh.readline(1 << 16)
                except OSError:
                    continue  # reported per file when read
                _check_columns(next(csv.reader([header]), []), f)
            elif f.suffix.lower() == ".parquet":
                try:
                    names = pq.ParquetFile(f).schema_arrow.names
                except (OSError, pa.ArrowException):
                    continue  # reported per file when read
                _check_columns(names, f)


def read_corpus(paths: Iterable[str | Path], max_chars: int = MAX_DOC_CHARS) -> Iterator[Document]:
    """Yield one Document per input record or file, in a stable order.

    Raises InputError when a path does not exist or a table lacks a `text` column.
    """
    reader = _Reader(max_chars)
    for p in map(Path, paths):
        if p.is_dir():
            for f, refusal in _walk(p):
                doc_id = f.relative_to(p).as_posix()
                if refusal:
                    yield _error_doc(doc_id, str(f), refusal, status="skipped")
                else:
                    yield from reader.file(f, doc_id)
        elif p.exists():
            yield from reader.file(p, p.name)
        else:
            raise InputError(f"{p}: no such file or folder")
