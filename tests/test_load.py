"""pipeline.load and pipeline.views on a hand-built output folder (no models needed)."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd
import pytest

from pipeline import views
from pipeline.document import Document, Mention
from pipeline.load import LoadError, load
from pipeline.schema import DOCUMENTS, MENTIONS, TOKENS
from pipeline.writers import DatasetWriter, prepare_output

SEED = ("Sáng 16/8, phường Trường Xuân, TP. Tam Kỳ tổ chức ngày hội. "
        "UBND thành phố Tam Kỳ khen ông Lê Văn Dũng.")
QUOTE = "Chủ tịch Lê Văn Dũng thăm Tam Kỳ. Mô hình “Camera an ninh” và “Khu dân cư hòa thuận” được nhân rộng."


def mention(text: str, label: str, needle: str, nth: int = 0, **attrs) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(label=label, start=start, end=start + len(needle), text=needle, norm=needle, **attrs)


def hand_built_docs(quoted_variant: str = "Khu dân cư hòa thuận") -> list[Document]:
    """Three documents: the seed sentence, a quote article (two dates), one with no mentions."""
    d1 = Document(id="seed", original=SEED, date=dt.date(2024, 8, 16), source="seed.txt")
    d1.mentions = [
        mention(SEED, "DATE", "Sáng 16/8", value="2024-08-16TMO", sentence=0),
        mention(SEED, "LOC", "Trường Xuân", kind="phường", admin_code="20353", admin_level="ward",
                sentence=0),
        mention(SEED, "LOC", "Tam Kỳ", kind="thành phố", admin_code="502", admin_level="district",
                sentence=0),
        mention(SEED, "ORG", "UBND thành phố Tam Kỳ", sentence=1),
        mention(SEED, "LOC", "Tam Kỳ", nth=1, kind="thành phố", admin_code="502", admin_level="district",
                sentence=1),
        mention(SEED, "PER", "Lê Văn Dũng", canonical="Lê Văn Dũng", sentence=1),
    ]
    text = QUOTE.replace("Khu dân cư hòa thuận", quoted_variant)
    d2 = Document(id="quote", original=text, date=dt.date(2024, 9, 2), title="Tin “mô hình”")
    d2.mentions = [
        mention(text, "PER", "Lê Văn Dũng", role="Chủ tịch", canonical="Lê Văn Dũng", sentence=0),
        mention(text, "LOC", "Tam Kỳ", sentence=0),
        mention(text, "QUOTED", "Camera an ninh", cue="mô hình", sentence=1),
        mention(text, "QUOTED", quoted_variant, cue="mô hình", sentence=1),
    ]
    d2.mentions[-1].norm = unicodedata.normalize("NFC", "Khu dân cư hòa thuận")  # the pipeline's norm
    d3 = Document(id="empty", original="Không có gì.", date=None)
    return [d1, d2, d3]


def write_output(folder, docs, tokens: bool = True):
    prepare_output(folder, {"inputs": []}, overwrite=True)
    DatasetWriter(folder, tokens=tokens).write_batch(0, docs)
    return folder


@pytest.fixture
def out(tmp_path):
    return write_output(tmp_path / "out", hand_built_docs())


def test_columns_follow_the_schema(out):
    t = load(out)
    assert list(t.documents.columns) == DOCUMENTS.names
    assert list(t.mentions.columns) == MENTIONS.names
    assert list(t.tokens.columns) == TOKENS.names


def test_dtypes(out):
    t = load(out)
    assert str(t.documents["date"].dtype) == "datetime64[ns]"
    assert t.documents["date"].isna().sum() == 1
    for df, col in [(t.documents, "status"), (t.mentions, "label"), (t.mentions, "admin_level"),
                    (t.mentions, "source")]:
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col
    for col in ("sentence", "start", "end"):
        assert t.mentions[col].dtype == pd.Int32Dtype()
    assert t.documents["n_chars"].dtype == pd.Int32Dtype()
    assert t.mentions["text"].dtype == pd.StringDtype()
    assert t.mentions["cue"].isna().sum() == len(t.mentions) - 2  # nulls are NA, not "None"


def test_tokens_absent_is_none(tmp_path):
    t = load(write_output(tmp_path / "o", hand_built_docs(), tokens=False))
    assert t.tokens is None


def test_empty_mentions_keep_their_columns(tmp_path):
    t = load(write_output(tmp_path / "o", [Document(id="x", original="Trống.")]))
    assert t.mentions.empty and list(t.mentions.columns) == MENTIONS.names
    assert t.quoted.empty
    assert list(t.quoted.columns) == ["name", "cue", "n_documents", "n_mentions", "first_date"]
    assert t.places.empty


def test_not_an_output_says_how_to_make_one(tmp_path):
    with pytest.raises(LoadError, match="pipeline run"):
        load(tmp_path)


@pytest.mark.parametrize("variant", [
    "Khu dân cư hòa thuận",
    "Khu dân cư hoà thuận",  # old-style tone placement
    unicodedata.normalize("NFD", "Khu dân cư hòa thuận"),
])
def test_quoted_view_groups_by_norm(tmp_path, variant):
    t = load(write_output(tmp_path / "o", hand_built_docs(variant)))
    q = t.quoted.set_index("name")
    assert list(q.index) == ["Camera an ninh", "Khu dân cư hòa thuận"]
    assert q.loc["Khu dân cư hòa thuận", "cue"] == "mô hình"
    assert q.loc["Camera an ninh", "n_documents"] == 1
    assert q.loc["Camera an ninh", "first_date"] == pd.Timestamp("2024-09-02")
    assert q["n_mentions"].dtype == pd.Int64Dtype()


def test_places_view_has_linked_places_with_dtypes(out):
    p = load(out).places
    assert p.set_index("admin_code")["n_mentions"].to_dict() == {"20353": 1, "502": 2}  # unlinked left out
    assert p["n_mentions"].dtype == pd.Int64Dtype()
    assert isinstance(p["admin_level"].dtype, pd.CategoricalDtype)
    assert p["doc_id"].dtype == pd.StringDtype()


def test_top_entities_counts_canonical_names(out):
    top = views.top_entities(load(out).mentions, "PER")
    assert top.iloc[0].to_dict() == {"name": "Lê Văn Dũng", "n_mentions": 2, "n_documents": 2}


def test_cooccurrence_same_sentence_and_document(out):
    pairs = views.cooccurrence(load(out).mentions, "PER", "LOC").set_index(["a", "b"])
    assert pairs.loc[("Lê Văn Dũng", "Tam Kỳ")].to_dict() == {"n_sentences": 2, "n_documents": 2}
    assert pairs.loc[("Lê Văn Dũng", "Trường Xuân")].to_dict() == {"n_sentences": 0, "n_documents": 1}


def test_mentions_over_time(out):
    t = load(out)
    daily = views.mentions_over_time(t.mentions, t.documents, freq="D")
    assert daily.loc["2024-08-16", "LOC"] == 3 and daily.loc["2024-09-02", "QUOTED"] == 2
    assert daily.loc["2024-08-20"].sum() == 0  # every day of the span, empty ones too
    monthly = views.mentions_over_time(t.mentions, t.documents, freq="MS")
    assert monthly.sum().sum() == len(t.mentions)  # the undated document has none


def test_coordinates_of_linked_places(out):
    located = views.with_coordinates(load(out).places)
    tam_ky = located[located["admin_code"] == "502"].iloc[0]
    assert 15 < tam_ky["lat"] < 16.5 and 108 < tam_ky["lon"] < 109  # Quảng Nam
    unknown = views.with_coordinates(pd.DataFrame({"admin_level": ["ward"], "admin_code": ["99999"]}))
    assert unknown["lat"].isna().all()


def test_duckdb_reads_the_same_folder(out):
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(f"SELECT label, count(*) FROM '{out}/mentions/*.parquet' GROUP BY label").fetchall()
    assert dict(rows) == load(out).mentions["label"].value_counts().to_dict()
