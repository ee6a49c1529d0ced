"""Writers: parquet datasets under `--out`, one part file per batch, written atomically.

Layout: `OUT/documents/part-000000.parquet`, `OUT/mentions/...`, `OUT/tokens/...` (with
`--tokens`), `OUT/_done/000000` markers for finished batches and `OUT/_run.json` with the
run's arguments. File names come from batch numbers only, never from document ids, so no
input can make the writer leave OUT.

>>> # pandas.read_parquet("out/mentions") reads every part as one DataFrame
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.document import Document
from pipeline.schema import (
    DOCUMENTS,
    MENTIONS,
    MENTIONS_DEBUG,
    TOKENS,
    document_row,
    mention_rows,
    to_table,
    token_rows,
)


class OutputError(RuntimeError):
    """The output folder cannot be used as asked."""


TMP_PREFIX = ".tmp-"  # a file still being written; never read, removed on resume


def _atomic_write(path: Path, write) -> None:
    """Call `write(tmp_path)` on a temporary file beside `path`, then rename it into place,
    so a reader or a killed run only ever sees no file or the whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _atomic_write_table(table, path: Path) -> None:
    _atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def _atomic_write_text(text: str, path: Path) -> None:
    _atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


class DatasetWriter:
    """Writes one batch of processed documents as one part of each table."""

    def __init__(self, out: str | Path, tokens: bool = False, debug: bool = False):
        self.out = Path(out)
        self.tokens = tokens
        self.debug = debug

    def part_name(self, batch: int) -> str:
        return f"part-{batch:06d}.parquet"

    def is_done(self, batch: int) -> bool:
        return (self.out / "_done" / f"{batch:06d}").exists()

    def write_batch(self, batch: int, docs: list[Document]) -> None:
        """Write every table's part for `batch`, then mark the batch done."""
        name = self.part_name(batch)
        tables = {
            "documents": to_table([document_row(d) for d in docs], DOCUMENTS),
            "mentions": to_table([r for d in docs for r in mention_rows(d, self.debug)],
                                 MENTIONS_DEBUG if self.debug else MENTIONS),
        }
        if self.tokens:
            tables["tokens"] = to_table([r for d in docs for r in token_rows(d)], TOKENS)
        for table_name, table in tables.items():
            _atomic_write_table(table, self.out / table_name / name)
        # the marker last: a batch without it is redone whole, whatever parts exist
        _atomic_write_text(str(len(docs)), self.out / "_done" / f"{batch:06d}")


def prepare_output(out: str | Path, run_args: dict, overwrite: bool = False) -> bool:
    """Create OUT or check it holds the same run; return True when resuming.

    A folder written with other arguments is refused unless `overwrite` (then cleared).
    """
    out = Path(out)
    manifest = out / "_run.json"
    run_args = json.loads(json.dumps(run_args))  # as read back: tuples become lists
    if out.exists():
        for stale in [*out.glob(f"{TMP_PREFIX}*"), *out.glob(f"*/{TMP_PREFIX}*")]:  # left by a killed run
            stale.unlink(missing_ok=True)
    if out.exists() and any(out.iterdir()):
        if manifest.exists() and not overwrite:
            previous = json.loads(manifest.read_text(encoding="utf-8"))
            if previous == run_args:
                return True
            if {k: v for k, v in previous.items() if k != "input_files"} == \
                    {k: v for k, v in run_args.items() if k != "input_files"}:
                raise OutputError(f"{out} holds a run over these input files before they changed (size or "
                                  "modification time); use --overwrite to start again")
            raise OutputError(f"{out} holds a run with other arguments; use another --out or --overwrite")
        if not manifest.exists() and not overwrite:
            raise OutputError(f"{out} is not empty and is not a pipeline output; choose an empty --out")
        _clear(out)
    out.mkdir(parents=True, exist_ok=True)
    _atomic_write_text(json.dumps(run_args, ensure_ascii=False, indent=1), manifest)
    return False


def _clear(out: Path) -> None:
    for sub in ("documents", "mentions", "tokens", "_done"):
        d = out / sub
        if d.is_dir():
            for f in d.iterdir():
                if f.is_file():
                    f.unlink()
    for f in (out / "_run.json",):
        if f.exists():
            f.unlink()
