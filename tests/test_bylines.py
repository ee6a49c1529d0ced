"""The writer's signature on an article's closing lines: found, a person, never a place.

Hand-written articles in the shape of Dan Tri's (no shared data read).
"""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.extract.bylines import closing_credits, closing_signature
from pipeline.normalize import normalize_text

BODY = "Hà Nội khai trương tuyến đường mới\nSáng nay, thành phố khai trương tuyến đường dài 5 km.\n"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("ending", "name"),
    [
        ("Hải Vân", "Hải Vân"),  # spelled like a mountain pass, still the writer
        ("Vĩnh Ngọc\nTheo DM", "Vĩnh Ngọc"),  # then the source
        ("Vân Nhật\nTTXVN", "Vân Nhật"),  # then a news agency's acronym
        ("Minh PhươngTheo AFP", "Minh Phương"),  # the source glued to it
        ("T.Thủy", "T.Thủy"),  # an initial and a name
        ("Châu Như Quỳnh\nTheo Reuters\nVideo: CNN", "Châu Như Quỳnh"),
        # the paragraph before it opens with `Theo` but is prose, no source line
        ("Theo họ, kịch bản tương tự có thể xảy ra trong tương lai.\nM.P\nTheo Sputnik", "M.P"),
        # none
        ("Theo Reuters", None),  # a source only
        ("Theo Linh Chi\nDân Việt", None),  # the last line names the paper
        ("Live Science", None),  # a foreign source
        ("Khánh", None),  # one bare word
        ("Ông Nguyễn Văn Hùng cho biết thêm về dự án này.", None),  # a sentence
    ],
)
def test_closing_signature(form, ending, name):
    text = normalize_text(unicodedata.normalize(form, BODY + ending))[0]  # what the stages read
    span = closing_signature(text)
    assert (text[slice(*span)] if span else None) == name


def test_a_table_cell_or_a_name_of_the_article_is_no_signature():
    assert closing_signature("Bảng giá\nCông ty\nCIF\n2.864\n265\nBến Nghé") is None
    assert closing_signature("Về Cù Lao Chàm\nDu khách đến Cù Lao Chàm rất đông.\nCù Lao Chàm") is None


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("ending", ["Phước Hải\nTheo Howstuffwork", "Minh PhươngTheo AFP"])
def test_the_signature_is_a_person_not_a_place(nlp, form, ending):
    text = unicodedata.normalize(form, BODY + ending)
    doc = nlp(text)
    name = ending.split("Theo")[0].split("\n")[0]
    found = [(m.label, unicodedata.normalize("NFC", m.text)) for m in doc.mentions]
    assert ("PER", name) in found
    assert ("LOC", name) not in found


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("ending", "sources"),
    [
        ("Vĩnh Ngọc\nTheo DM", ["DM"]),
        ("Quang Anh\nTheo NYPost/Daily Mail", ["NYPost", "Daily Mail"]),
        ("Huy Hoàng\nTheo SCMP/ Healthline  ", ["SCMP", "Healthline"]),  # spaces after the slash, at the end
        ("Minh PhươngTheo Washington Post", ["Washington Post"]),  # glued to the signature
        ("Phương Hà\nNguồn: Uknews", ["Uknews"]),
        ("Châu Như Quỳnh\nTheo Reuters\nVideo: CNN", ["Reuters"]),
        ("Hải Vân", []),  # no source line
        ("Hải Vân\nTheo Thanh Hà", []),  # a Vietnamese pen name: a writer, not a body
    ],
)
def test_closing_credits(form, ending, sources):
    text = normalize_text(unicodedata.normalize(form, BODY + ending))[0]
    signed = closing_signature(text)
    assert [text[a:b] for a, b in closing_credits(text, signed[1])] == sources


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_the_credited_sources_are_bodies_and_the_signature_stands(nlp, form):
    """Neither the organisation stage (`Khoa` heads a faculty's name) nor the refining CRF takes the
    writer's name; each source after it is a body."""
    doc = nlp(unicodedata.normalize(form, BODY + "Khoa Nam\nTheo Elle/Vogue"))
    found = {(m.label, unicodedata.normalize("NFC", m.text)) for m in doc.mentions}
    assert {("PER", "Khoa Nam"), ("ORG", "Elle"), ("ORG", "Vogue")} <= found
    assert ("ORG", "Khoa Nam") not in found
