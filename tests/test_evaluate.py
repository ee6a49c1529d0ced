"""Scoring and the gold file format."""
from pathlib import Path

import pytest

from pipeline.evaluate import Score, format_table, labels_for, score_document
from pipeline.goldfile import GoldFormatError, GoldMention, parse_marked, write_marked


def test_parse_nested_and_attributes():
    text, ms = parse_marked("⟦ORG UBND thành phố ⟦LOC Tam Kỳ‖kind=thành phố⟧⟧ họp “⟦QUOTED Camera‖cue=⟧”")
    assert text == "UBND thành phố Tam Kỳ họp “Camera”"
    assert [(m.label, m.text) for m in ms] == [("ORG", "UBND thành phố Tam Kỳ"), ("LOC", "Tam Kỳ"),
                                               ("QUOTED", "Camera")]
    assert ms[1].attrs == {"kind": "thành phố"} and ms[2].attrs == {"cue": None}


@pytest.mark.parametrize("bad", ["⟦XYZ a⟧", "⟦PER a", "a⟧", "⟦PER  a⟧"])
def test_bad_gold_is_an_error(bad):
    with pytest.raises(GoldFormatError):
        parse_marked(bad)


def test_write_marked_round_trips():
    marked = "Ông ⟦PER Dũng⟧ ở ⟦ORG UBND thành phố ⟦LOC Tam Kỳ⟧⟧."
    text, ms = parse_marked(marked)
    assert write_marked(text, ms) == marked


def test_score_counts_exact_spans_and_attributes():
    gold = [GoldMention("DATE", 0, 4, "16/8", {"value": "2024-08-16"}), GoldMention("PER", 10, 14, "Dũng")]
    pred = [GoldMention("DATE", 0, 4, "16/8"), GoldMention("PER", 9, 14, "ôDũng")]
    sc = Score()
    score_document(sc, Path("x"), gold, pred, ["DATE", "PER"])
    assert (sc.tp["DATE"], sc.fp["PER"], sc.fn["PER"]) == (1, 1, 1)
    assert sc.prf("DATE") == (1.0, 1.0, 1.0)
    assert sc.attr_n["DATE"] == 1 and sc.attr_ok["DATE"] == 0
    assert "DATE" in format_table([("pipeline", sc)])


def test_quoted_only_sets_score_quoted_only():
    assert labels_for(Path("corpus/gold/quoted/test/q_31.gold.txt")) == ("QUOTED",)
    assert "PER" in labels_for(Path("corpus/gold/test/a.gold.txt"))
