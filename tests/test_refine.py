"""The refining CRF stage and its training: BIO helpers, merging rules and CRF, `train`."""
from __future__ import annotations

import json
import random
import unicodedata

import pytest

from pipeline.document import Document, Mention, Sentence, Word
from pipeline.extract import refine
from pipeline.nlp import Pipeline
from pipeline.train import drop_names, train


def _doc(text: str, words: list[tuple[str, str]]) -> Document:
    """A hand-built document: `words` are (surface, POS) in order, separated by spaces."""
    doc = Document(id="t", original=text, text=text)
    sent = Sentence(0, len(text))
    at = 0
    for surface, pos in words:
        at = text.index(surface, at)
        sent.words.append(Word(at, at + len(surface), surface, pos))
        at += len(surface)
    doc.sentences = [sent]
    return doc


SENT = "Ông Dũng học tại Đại học Kỹ thuật Graz ."
WORDS = [("Ông", "Nc"), ("Dũng", "Np"), ("học", "V"), ("tại", "E"), ("Đại học", "N"),
         ("Kỹ thuật", "N"), ("Graz", "Np"), (".", "CH")]


def test_syllables_carry_their_words_pos():
    sylls = refine.syllables(_doc(SENT, WORDS))
    assert [s.text for s in sylls][:6] == ["Ông", "Dũng", "học", "tại", "Đại", "học"]
    dai, hoc = sylls[4], sylls[5]
    assert (dai.pos, dai.word, dai.word_first) == ("N", "đại học", True)
    assert (hoc.pos, hoc.word_first) == ("N", False)


def test_bio_and_back():
    sylls = refine.syllables(_doc(SENT, WORDS))
    spans = [("PER", 4, 8), ("ORG", 17, 38)]
    tags = refine.bio(sylls, spans)
    assert tags == ["O", "B-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert refine.tag_spans(sylls, tags) == spans


@pytest.mark.parametrize("tags, runs", [
    (["B-LOC", "I-LOC", "O"], [("LOC", 0, 2)]),
    (["I-ORG", "I-ORG"], [("ORG", 0, 2)]),  # an I- after O opens a run
    (["B-PER", "B-PER"], [("PER", 0, 1), ("PER", 1, 2)]),
    (["B-PER", "I-LOC"], [("PER", 0, 1), ("LOC", 1, 2)]),
])
def test_runs(tags, runs):
    assert refine.runs(tags) == runs


def test_top_level_drops_a_loc_inside_an_org():
    spans = [("ORG", 0, 20), ("LOC", 10, 20), ("LOC", 25, 30)]
    assert refine.top_level(spans) == [("ORG", 0, 20), ("LOC", 25, 30)]


def test_drop_names_removes_whole_names():
    tags = ["B-ORG", "I-ORG", "O", "B-LOC"] * 50
    out = drop_names(tags, 0.5, random.Random(0))
    assert all(out[i] == out[i + 1].replace("I-", "B-") or out[i] == "O" and out[i + 1] == "O"
               for i in range(0, len(out), 4))  # B- and its I- go together
    assert 0 < out.count("O") - tags.count("O") < len(tags)


def test_features_see_rules_and_document_consistency():
    sylls = refine.syllables(_doc(SENT, WORDS))
    tags = ["O"] * len(sylls)
    tags[8] = "B-LOC"
    table = refine.rows(sylls, tags, frozenset({"dũng"}))
    assert table[1] == ["Dũng", "dũng", "C", "Np", "dũng", "1", "O", "", "1", "ũng", "O|C", "O"]
    (feats,) = refine.featurizer().process([table])
    assert {"T[0][6]=B-LOC", "T[0][7]=LOC"} <= set(feats[8]) and "T[-1][6]=B-LOC" in feats[9]
    assert "T[0][8]=1" in feats[1] and "T[0][3]=Np" in feats[1] and "T[-1][1]=ông" in feats[1]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_list_column_marks_listed_names_the_rules_left(resources, form):
    text = unicodedata.normalize(form, "Bệnh nhân ở Củ Chi được gửi tới Liên Hợp Quốc và Osaka .")
    doc = Document(id="t", original=text)
    Pipeline(resources, refine=False).process(doc, until="resolve")
    sylls = refine.syllables(doc)
    low = [s.text.lower() for s in sylls]
    table = refine.rows(sylls, ["O"] * len(sylls), frozenset(), refine.NameLists(resources))
    listed = {low[i]: row[-1] for i, row in enumerate(table)}
    assert (listed["củ"], listed["chi"]) == ("B-VN", "I-VN")  # a district of the gazetteer
    assert (listed["liên"], listed["quốc"], listed["osaka"]) == ("B-K", "I-K", "B-W")
    assert listed["bệnh"] == listed["ở"] == "O"  # lower case or unlisted: no list
    (feats,) = refine.featurizer().process([table])
    assert "T[0][11]=B-VN" in feats[low.index("củ")] and "T[-1][11]=B-VN" in feats[low.index("chi")]


class _FixedTagger:
    def __init__(self, tags):
        self.tags = tags

    def tag(self, features):
        assert len(features) == len(self.tags)
        return self.tags


def _refiner(resources, tags, labels=("LOC", "ORG")):
    r = refine.CrfRefiner(resources)
    r.__dict__["tagger"] = _FixedTagger(tags)
    r.__dict__["meta"] = {"labels": list(labels)}
    return r


def test_refiner_replaces_rule_spans_and_keeps_nested_loc(resources):
    doc = _doc(SENT, WORDS)
    graz = Mention("LOC", 34, 38, "Graz", kind=None, source="rules")
    dung = Mention("PER", 4, 8, "Dũng", source="rules")
    doc.mentions = [graz, dung]
    tags = ["O", "B-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    _refiner(resources, tags)(doc)
    got = {(m.label, m.text, m.source) for m in doc.mentions}
    assert got == {("ORG", "Đại học Kỹ thuật Graz", refine.SOURCE), ("LOC", "Graz", "rules"),
                   ("PER", "Dũng", "rules")}
    assert graz in doc.mentions  # the rule mention with its attributes, nested in the new ORG


def test_refiner_drops_what_it_overrules_only_for_its_labels(resources):
    doc = _doc(SENT, WORDS)
    doc.mentions = [Mention("LOC", 34, 38, "Graz"), Mention("PER", 4, 8, "Dũng")]
    _refiner(resources, ["O"] * 10)(doc)  # the CRF sees no name at all
    assert [(m.label, m.text) for m in doc.mentions] == [("PER", "Dũng")]  # PER is not its label


def _refine_new_span(resources, form: str, text: str, first: str, n: int, label: str) -> list[Mention]:
    """The mentions the refiner (revising all three labels) leaves when the CRF tags a new `label`
    span of `n` syllables from `first` and the rules found nothing (`text` in Unicode form `form`)."""
    doc = Document(id="t", original=unicodedata.normalize(form, text))
    Pipeline(resources, refine=False).process(doc, until="resolve")
    doc.mentions = []
    sylls = refine.syllables(doc)
    tags = ["O"] * len(sylls)
    i = [s.text for s in sylls].index(unicodedata.normalize("NFC", first))
    tags[i:i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
    _refiner(resources, tags, labels=("LOC", "ORG", "PER"))(doc)
    return doc.mentions


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(("text", "first", "n", "kept"), [
    ("Mất Trọng Hoàng là tin không vui với CLB .", "Trọng", 2, True),  # Vietnamese syllables
    ("Nhóm nghiên cứu do Youjun Zhang dẫn đầu .", "Youjun", 2, True),  # a known surname
    ("Loa hỗ trợ Dolby Atmos sống động .", "Dolby", 2, False),  # a product's name
    ("Anh mất chỗ ở Slovan Liberec mùa này .", "Slovan", 2, False),  # a club
    ("Chủ nhà hàng T.P. trình báo .", "T", 3, False),  # initials alone: the rules decide them
    ("Mang máy đến 93A Nguyễn Đình Chiểu , quận 3 .", "Nguyễn", 3, False),  # a street after its number
])
def test_new_person_needs_a_name_shape(resources, form, text, first, n, kept):
    got = _refine_new_span(resources, form, text, first, n, "PER")
    assert [m.label for m in got] == (["PER"] if kept else [])


def test_new_person_takes_the_full_name_it_ends_as_canonical(resources):
    text = "Trọng Hoàng nghỉ . Hoàng buồn ."
    words = [("Trọng Hoàng", "Np"), ("nghỉ", "V"), (".", "CH"), ("Hoàng", "Np"), ("buồn", "A"), (".", "CH")]
    doc = _doc(text, words)
    doc.mentions = [Mention("PER", 0, 11, "Trọng Hoàng", canonical="Trọng Hoàng", source="rules")]
    _refiner(resources, ["B-PER", "I-PER", "O", "O", "B-PER", "O", "O"], labels=("LOC", "ORG", "PER"))(doc)
    assert [(m.text, m.canonical, m.source) for m in doc.mentions] == [
        ("Trọng Hoàng", "Trọng Hoàng", "rules"), ("Hoàng", "Trọng Hoàng", refine.SOURCE)]


def test_rule_person_goes_only_where_the_crf_sees_a_place_or_body(resources):
    doc = _doc(SENT, WORDS)
    dung = Mention("PER", 4, 8, "Dũng", source="rules")
    doc.mentions = [dung]
    _refiner(resources, ["O"] * 10, labels=("LOC", "ORG", "PER"))(doc)  # untagged: the person stays
    assert doc.mentions == [dung]
    _refiner(resources, ["O", "B-LOC"] + ["O"] * 8, labels=("LOC", "ORG", "PER"))(doc)
    assert [(m.label, m.text) for m in doc.mentions] == [("LOC", "Dũng")]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_new_loc_gets_kind_and_link(resources, form):
    (m,) = _refine_new_span(resources, form, "Đoàn về huyện Cẩm Xuyên hôm qua .", "Cẩm", 2, "LOC")
    assert (m.text, m.kind, m.source) == ("Cẩm Xuyên", "huyện", refine.SOURCE)
    assert m.province == "Tỉnh Hà Tĩnh" and m.admin_level == "district"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(("text", "first", "n", "kept"), [
    ("Mặt Trời dịch chuyển về phía Bắc mỗi ngày .", "Bắc", 1, False),  # a direction, no place
    ("Ban ngày ở bán cầu Đông Bắc dài thêm .", "Đông", 2, False),
    ("Đoàn về Tây Bắc hôm qua .", "Tây", 2, True),  # the region, after no direction word
])
def test_new_loc_is_no_compass_word_after_a_direction_cue(resources, form, text, first, n, kept):
    assert bool(_refine_new_span(resources, form, text, first, n, "LOC")) == kept


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(("text", "first", "n", "label", "kept"), [
    ("Ông là Giám đốc Bệnh viện dã chiến số 1 .", "Bệnh", 1, "ORG", False),  # cuts the head `bệnh viện`
    ("Bệnh nhân ở Quận Bình Tân .", "Quận", 1, "LOC", False),  # a bare place word before a name
    ("Ông là Giám đốc Bệnh viện dã chiến số 1 .", "Bệnh", 2, "ORG", True),
    ("Họ mất 250 triệu đô la Hồng Kông .", "Hồng", 2, "LOC", False),  # a currency: no place after `đô la`
    ("Đây là hiệu quả của Hội trong năm qua .", "Hội", 1, "ORG", False),  # a head alone names nothing
    ("Nhà máy thuộc khu công nghiệp (KCN) Yên Phong .", "KCN", 4, "ORG", False),  # cut across a bracket
    ("Nhà máy thuộc Khu công nghiệp Yên Phong .", "Khu", 5, "ORG", True),
])
def test_new_span_does_not_cut_a_head_or_stop_at_a_place_word(resources, form, text, first, n, label, kept):
    assert bool(_refine_new_span(resources, form, text, first, n, label)) == kept


def test_refiner_runs_by_default_with_every_label(resources):
    assert [s.name for s in Pipeline(resources).stages][-2:] == ["refine", "resolve"]
    assert "refine" not in [s.name for s in Pipeline(resources, refine=False).stages]
    # trained on the tags of all five extractors: a subset of labels gives the rules alone
    assert "refine" not in [s.name for s in Pipeline(resources, labels=("LOC", "ORG")).stages]


def test_refined_pipeline_runs_end_to_end(resources):
    doc = Pipeline(resources, refine=True)("Ông Dũng học tại Đại học Kỹ thuật Graz, Cộng hòa Áo.")
    assert all(doc.original[m.start:m.end] == m.text for m in doc.mentions)
    assert "PER" in {m.label for m in doc.mentions}


def test_shipped_model_metadata(resources):
    meta = resources.json(refine.META)
    assert set(meta["labels"]) <= {"PER", "LOC", "ORG"}
    assert not any(f.endswith("/test") or "quoted" in f for f in meta["trained_on"])
    assert resources.path(refine.MODEL).stat().st_size > 0


@pytest.mark.slow
def test_train_on_a_tiny_gold_folder(tmp_path):
    gold = tmp_path / "dev"
    gold.mkdir()
    marked = "Ông ⟦PER Lê Văn Dũng⟧ thăm ⟦ORG Đại học Kỹ thuật ⟦LOC Graz⟧⟧ ở ⟦LOC Cộng hòa Áo⟧.\n"
    (gold / "a.gold.txt").write_text(marked, encoding="utf-8")
    out = tmp_path / "models"
    out.mkdir()
    meta = train([gold], out, max_iterations=20, copies=1)
    assert meta["documents"] == 1 and meta["trained_on"] == [f"{tmp_path.name}/dev"]
    assert json.loads((out / refine.META).read_text(encoding="utf-8"))["labels"] == ["ORG", "LOC", "PER"]
    assert (out / refine.MODEL).stat().st_size > 0


def test_train_refuses_the_test_split(tmp_path):
    (tmp_path / "test").mkdir()
    with pytest.raises(ValueError, match="held out"):
        train([tmp_path / "test"], tmp_path)


@pytest.mark.parametrize(
    ("text", "label", "ok"),
    [
        ("Toàn dân bảo vệ an ninh tổ quốc", "ORG", False),  # a programme's name, no body
        ("Trung tâm dinh dưỡng lâm sàng", "ORG", True),  # a head opens it
        ("Hội nhạc sĩ VN", "ORG", True),
        ("Phong trào Aceh Tự do", "ORG", True),  # a second capital
        ("Garmin", "ORG", True),
        ("vùng núi phía bắc", "LOC", True),  # only new ORG spans are checked
    ],
)
def test_new_org_needs_a_body_shape(resources, text, label, ok):
    assert refine.CrfRefiner(resources)._shaped(text, label) is ok


def test_new_org_holding_a_verb_is_dropped(resources):
    """The seed's `Chủ tịch UBND tỉnh kêu gọi Mặt trận`: a CRF span over a verb is no body."""
    text = "UBND tỉnh kêu gọi Mặt trận ."
    words = [("UBND", "Np"), ("tỉnh", "N"), ("kêu gọi", "V"), ("Mặt trận", "N"), (".", "CH")]
    doc = _doc(text, words)
    doc.mentions = []
    _refiner(resources, ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])(doc)
    assert doc.mentions == []
    doc.mentions = []
    _refiner(resources, ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"])(doc)
    assert [m.text for m in doc.mentions] == ["Mặt trận"]


@pytest.mark.parametrize(("starts", "span", "held"), [([5, 20], (0, 5), False), ([5, 20], (3, 6), True),
                                                      ([], (0, 9), False), ([5], (6, 9), False)])
def test_holds(starts, span, held):
    assert refine._holds(starts, *span) is held
