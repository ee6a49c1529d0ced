"""The output tables: explicit Arrow schemas and record → row conversion.

Each `Mention` field maps to one column of `mentions`; categorical columns are Arrow
dictionaries so pandas reads them as `category`.

>>> [f.name for f in MENTIONS][:4]
['doc_id', 'sentence', 'label', 'start']
"""
from __future__ import annotations

import pyarrow as pa

from pipeline.document import Document

_CAT = pa.dictionary(pa.int32(), pa.string())

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("source", pa.string()),
    ("title", pa.string()),
    ("date", pa.date32()),
    ("url", pa.string()),
    ("n_chars", pa.int32()),
    ("n_sentences", pa.int32()),
    ("n_words", pa.int32()),
    ("status", _CAT),
    ("error", pa.string()),
])

MENTION_FIELDS = [
    ("doc_id", pa.string()),
    ("sentence", pa.int32()),
    ("label", _CAT),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
    ("norm", pa.string()),
    ("value", pa.string()),
    ("kind", pa.string()),
    ("role", pa.string()),
    ("cue", pa.string()),
    ("canonical", pa.string()),
    ("admin_code", pa.string()),
    ("admin_level", _CAT),
    ("province", pa.string()),
    ("province_2025", pa.string()),
    ("ward_2025", pa.string()),
    ("link_note", pa.string()),
    ("source", _CAT),
]
MENTIONS = pa.schema(MENTION_FIELDS)
MENTIONS_DEBUG = pa.schema(MENTION_FIELDS + [("debug", pa.string())])

TOKENS = pa.schema([
    ("doc_id", pa.string()),
    ("sentence", pa.int32()),
    ("index", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("word", pa.string()),
    ("pos", _CAT),
    ("chunk", _CAT),
])

TABLES = {"documents": DOCUMENTS, "mentions": MENTIONS, "tokens": TOKENS}


def document_row(doc: Document) -> dict:
    return {
        "doc_id": doc.id, "source": doc.source, "title": doc.title, "date": doc.date, "url": doc.url,
        "n_chars": len(doc.original), "n_sentences": len(doc.sentences),
        "n_words": sum(len(s.words) for s in doc.sentences), "status": doc.status, "error": doc.error,
    }


def mention_rows(doc: Document, debug: bool = False) -> list[dict]:
    names = [n for n, _ in MENTION_FIELDS if n != "doc_id"] + (["debug"] if debug else [])
    return [{"doc_id": doc.id, **{n: getattr(m, n) for n in names}} for m in doc.mentions]


def token_rows(doc: Document) -> list[dict]:
    rows = []
    for si, sent in enumerate(doc.sentences):
        for wi, w in enumerate(sent.words):
            start, end = doc.to_original(w.start, w.end)
            rows.append({"doc_id": doc.id, "sentence": si, "index": wi, "start": start, "end": end,
                         "word": doc.original[start:end], "pos": w.pos, "chunk": w.chunk})
    return rows


def to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows → Arrow table with exactly `schema` (empty tables keep their columns)."""
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    arrays = []
    for f in schema:
        if pa.types.is_dictionary(f.type):
            arrays.append(pa.array(cols[f.name], pa.string()).dictionary_encode().cast(f.type))
        else:
            arrays.append(pa.array(cols[f.name], f.type))
    return pa.Table.from_arrays(arrays, schema=schema)
