"""Property tests (hypothesis): random Unicode, Vietnamese-like text and byte strings never
raise, and every offset points into the original with `text == original[start:end]`."""
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.decode import BinaryInputError, decode_bytes
from pipeline.document import Document
from pipeline.legacy_encodings import LegacyCodec
from pipeline.normalize import normalize_text
from pipeline.runner import process_documents

SYLLABLES = ["Hà", "Nội", "hoà", "Thuỷ", "Nguyễn", "Văn", "Dũng", "phường", "Trường", "Xuân", "UBND", "tỉnh",
             "Quảng", "Nam", "GIữ", "VữNG", "ông", "bà", "Sáng", "16/8", "TP.", "HCM", "Chủ", "tịch",
             "“", "”",
             '"', "'", ",", ".", ":", "(", ")", "-", "2020", "năm", "tháng"]
DIRT = ["&nbsp;", "&amp;", "&#193;", "<b>", "</p>", "<br/>", "\u00a0", "\u200b", "\x08", "\x14", "\ufeff",
        "\ufffd", "\r\n", "\n", "\t", "  ", "\u0300", "\u0301", "\u0323", "<!--", "-->", "&", "<", ">"]
vietnamese_like = st.lists(st.sampled_from(SYLLABLES + DIRT) | st.sampled_from([" "] * 4), max_size=60).map(
    "".join)
any_text = st.text(st.characters(codec="utf-8"), max_size=200) | st.text(max_size=100)
texts = vietnamese_like | any_text | vietnamese_like.map(lambda t: unicodedata.normalize("NFD", t))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_normalize_map_is_valid(original):
    text, starts, ends = normalize_text(original)
    assert len(text) == len(starts) == len(ends)
    assert all(0 <= s <= e <= len(original) for s, e in zip(starts, ends, strict=True))
    assert list(starts) == sorted(starts)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8", "surrogatepass"))
       | texts.map(lambda t: t.encode("utf-16", "surrogatepass"))
       | texts.map(lambda t: t.encode("cp1252", "replace")))
def test_decode_never_raises_but_for_binaries(data):
    try:
        text, encoding, warning = decode_bytes(data, LegacyCodec())
    except BinaryInputError:
        return
    assert isinstance(text, str) and encoding


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@pytest.mark.slow
def test_pipeline_offsets(nlp, original):
    doc = Document(id="p", original=original)
    process_documents(nlp, [doc])
    assert doc.status in ("ok", "empty"), doc.error
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(original)
        assert original[m.start:m.end] == m.text
