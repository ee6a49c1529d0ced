"""DATE extractor: the sentence table in data/date_cases.tsv, text variants, values, edge cases."""
from __future__ import annotations

import datetime as dt
import time
import unicodedata
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.extract.date_grammar import DateSpec
from pipeline.extract.date_values import resolve
from pipeline.extract.dates import DateExtractor
from pipeline.normalize import Normalizer
from pipeline.resolve import Resolver
from pipeline.segment import SentenceSplitter

CASES = Path(__file__).parent / "data" / "date_cases.tsv"


def load_cases(path: Path = CASES) -> list[dict]:
    """Rows of the table: pubdate as a date or None, expected as [(span, value)]."""
    rows = []
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        row["pubdate"] = None if row["pubdate"] == "-" else dt.date.fromisoformat(row["pubdate"])
        items = [x for x in row["expected"].split(" ;; ") if x]
        row["expected"] = [tuple(x.split(" => ")) for x in items]
        rows.append(row)
    return rows


CASE_ROWS = load_cases()


@pytest.fixture(scope="module")
def run_dates(resources):
    """Normalize, split sentences, extract DATE, resolve: the stages DATE depends on."""
    stages = [Normalizer(), SentenceSplitter(resources), DateExtractor(resources), Resolver()]

    def run(text: str, date: dt.date | None = None) -> list[tuple[str, str]]:
        doc = Document(id="t", original=text, date=date)
        for stage in stages:
            stage(doc)
        return [(m.text, m.value) for m in doc.mentions if m.label == "DATE"]

    return run


def test_table_is_large_and_varied():
    assert len(CASE_ROWS) >= 150
    assert sum(len(r["expected"]) for r in CASE_ROWS) >= 150
    assert sum(1 for r in CASE_ROWS if not r["expected"]) >= 20  # sentences with no date at all
    assert {r["source"].split(":")[0] for r in CASE_ROWS} == {"dantri", "vntc", "made"}


@pytest.mark.parametrize("row", CASE_ROWS, ids=[r["id"] for r in CASE_ROWS])
def test_table(run_dates, row):
    assert run_dates(row["sentence"], row["pubdate"]) == row["expected"]


VARIANT_ROWS = [r for r in CASE_ROWS if r["expected"] and r["source"] == "made"][:40]


@pytest.mark.parametrize("row", VARIANT_ROWS, ids=[r["id"] for r in VARIANT_ROWS])
def test_nfd_input_gives_the_same_dates(run_dates, row):
    got = run_dates(unicodedata.normalize("NFD", row["sentence"]), row["pubdate"])
    assert [(unicodedata.normalize("NFC", s), v) for s, v in got] == row["expected"]


@pytest.mark.parametrize("text,want", [
    ("Ông nói: “Sáng 16/8 chúng tôi sẽ họp” tại trụ sở.", [("Sáng 16/8", "2024-08-16TMO")]),
    ('Ông nói: "Sáng 16/8 chúng tôi sẽ họp" tại trụ sở.', [("Sáng 16/8", "2024-08-16TMO")]),
    ("Lễ hội Hoà Bình khai mạc tối 16/8.", [("tối 16/8", "2024-08-16TEV")]),
    ("Lễ hội Hòa Bình khai mạc tối 16/8.", [("tối 16/8", "2024-08-16TEV")]),
    ("Chiều 15/3 (giờ địa phương), hội nghị bế mạc.", [("Chiều 15/3", "2024-03-15TAF")]),
])
def test_quotes_and_tone_variants(run_dates, text, want):
    assert run_dates(text, dt.date(2024, 8, 20)) == want


def test_seed_sentence_year_from_same_sentence(run_dates):
    text = ("Sáng 16/8, phường Trường Xuân, TP. Tam Kỳ tổ chức ngày hội toàn dân bảo vệ an ninh "
            "Tổ quốc năm 2024. Đây là địa phương tổ chức ngày hội điểm.")
    assert run_dates(text) == [("Sáng 16/8", "2024-08-16TMO"), ("năm 2024", "2024")]


def test_year_from_an_earlier_sentence_not_from_a_name(run_dates):
    text = "Năm 2019, đội vô địch. Giải V-League 2021 khởi tranh. Ngày 5/6, đội thua trận đầu."
    assert run_dates(text) == [("Năm 2019", "2019"), ("Ngày 5/6", "2019-06-05")]


def test_extractor_alone_on_a_hand_built_document(resources):
    """No normalizer, no sentence splitter: the extractor splits sentences itself."""
    doc = Document(id="h", original="", date=dt.date(2021, 4, 22))
    doc.text = "Chiều nay (22/4), ông Hùng từ chức. Hôm qua, CLB họp."
    DateExtractor(resources)(doc)
    got = [(m.text, m.value, m.source) for m in doc.mentions]
    assert got == [
        ("Chiều nay", "2021-04-22TAF", "date-rules"),
        ("22/4", "2021-04-22", "date-rules"),
        ("Hôm qua", "2021-04-21", "date-rules"),
    ]
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("spec,ref,hint,want", [
    (DateSpec("day", month=8, day=16, pod="MO"), None, 2024, "2024-08-16TMO"),
    (DateSpec("day", month=8, day=16, pod="MO"), dt.date(2021, 1, 3), 2024, "2021-08-16TMO"),
    (DateSpec("day", month=4, day=26, clock=(6, 30)), dt.date(2021, 4, 27), None, "2021-04-26T06:30"),
    (DateSpec("day", rel=-1), None, None, "XXXX-XX-XX"),
    (DateSpec("day", rel=-1), dt.date(2020, 10, 1), None, "2020-09-30"),
    (DateSpec("week", rel=-1), dt.date(2020, 10, 1), None, "2020-W39"),
    (DateSpec("week", rel=0), dt.date(2021, 1, 2), None, "2020-W53"),
    (DateSpec("month", rel=-2), dt.date(2021, 1, 15), None, "2020-11"),
    (DateSpec("quarter", rel=1), dt.date(2024, 11, 1), None, "2025-Q1"),
    (DateSpec("quarter", year=2025, part=2), None, None, "2025-Q2"),
    (DateSpec("half", part=1, year_rel=0), dt.date(2021, 5, 1), None, "2021-H1"),
    (DateSpec("season", part="SU", year_rel=-1), dt.date(2021, 5, 1), None, "2020-SU"),
    (DateSpec("decade", part="199"), None, None, "199X"),
    (DateSpec("weekday", part=1), None, None, "XXXX-WXX-1"),
    (DateSpec("weekday", part=1), dt.date(2024, 8, 16), None, "2024-08-12"),
    (DateSpec("weekday", part=6, future=True), dt.date(2024, 8, 17), None, "2024-08-24"),
    (DateSpec("day", month=1, day=1, lunar=True), dt.date(2021, 1, 20), None, "2021-02-12"),
    (DateSpec("day", month=1, day=1, lunar=True), dt.date(2020, 12, 20), None, "2021-02-12"),
    (DateSpec("day", month=1, day=0, lunar=True), dt.date(2021, 1, 20), None, "2021-02-11"),
    (DateSpec("day", month=3, day=10, lunar=True), None, 2024, "2024-04-18"),
    (DateSpec("day", month=3, day=10, lunar=True), None, None, "XXXX-XX-XX"),
    (DateSpec("day", month=4, day=30, end=DateSpec("day", month=5, day=1)), dt.date(2021, 4, 1), None,
     "2021-04-30/2021-05-01"),
])
def test_values(spec, ref, hint, want):
    assert resolve(spec, ref, hint) == want


@pytest.mark.slow
def test_hostile_input_stays_fast(resources):
    """Every regex is linear: long runs of date-like pieces must not blow up."""
    ext = DateExtractor(resources)
    for chunk in ("ngày ", "1/", "sáng ", "14h ", "thứ Hai, ", "năm 2020-", "tháng 1-", "12-"):
        doc = Document(id="x", original="", date=None)
        doc.text = chunk * 4000
        t = time.perf_counter()
        ext(doc)
        assert time.perf_counter() - t < 5, chunk
