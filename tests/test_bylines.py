"""The writer's signature on an article's closing lines: found, a person, never a place.

Hand-written articles in the shape of Dan Tri's (no shared data read).
"""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.extract.bylines import closing_signature
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
