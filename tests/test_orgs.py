"""ORG extraction: headed names, known names, descriptors, acronyms, teams, generic heads.

Cases are hand-written sentences in the style of the news corpora (no shared data read).
"""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.document import Mention


@pytest.fixture(scope="module")
def orgs(resources):
    """Run the pipeline with ORG and LOC; return the ORG mentions of a text."""
    from pipeline.nlp import Pipeline

    nlp = Pipeline(resources, labels=["ORG", "LOC"])

    def run(text: str) -> list[Mention]:
        return [m for m in nlp(text).mentions if m.label == "ORG"]

    return run


def _texts(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions]


def test_seed_article_gives_its_gold_org(orgs, data_dir):
    text = (data_dir / "seed.txt").read_text(encoding="utf-8")
    assert _texts(orgs(text)) == ["UBND thành phố Tam Kỳ"]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_headed_name_with_place_inside(orgs, form):
    text = unicodedata.normalize(form, "UBND thành phố Tam Kỳ tuyên dương các tập thể.")
    (m,) = orgs(text)
    assert unicodedata.normalize("NFC", m.text) == "UBND thành phố Tam Kỳ"
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bộ trưởng Bộ Khoa học & Công nghệ Huỳnh Thành Đạt phát biểu.", ["Bộ Khoa học & Công nghệ"]),
        ("Cháu được đưa vào Bệnh viện Sản Nhi Nghệ An lúc 20h30.", ["Bệnh viện Sản Nhi Nghệ An"]),
        ("Sinh viên Trường Cao đẳng Quốc tế Hà Nội (HIC) thực tập. HIC có nhiều ngành.",
         ["Trường Cao đẳng Quốc tế Hà Nội", "HIC", "HIC"]),
        ("Các phòng học tại trường Cao đẳng Quốc tế Hà Nội rất rộng.", ["trường Cao đẳng Quốc tế Hà Nội"]),
        ("Ông là Ủy viên HĐQT Công ty Cổ phần bóng đá chuyên nghiệp Việt Nam.",
         ["Công ty Cổ phần bóng đá chuyên nghiệp Việt Nam"]),
        ("Lực lượng Công an huyện Lập Thạch phối hợp với Phòng KTHS Công an tỉnh Vĩnh Phúc.",
         ["Công an huyện Lập Thạch", "Phòng KTHS", "Công an tỉnh Vĩnh Phúc"]),
        ("Dự án được Cơ quan Năng lượng Mỹ và Quỹ Khoa học quốc gia tài trợ.",
         ["Cơ quan Năng lượng Mỹ", "Quỹ Khoa học quốc gia"]),
        ("Thủ tướng Chính phủ gặp các nhà lãnh đạo ASEAN.", ["Chính phủ", "ASEAN"]),
        ("Tin tặc tấn công công ty Đài Loan Quanta Computer. Quanta chưa trả lời.",
         ["Quanta Computer", "Quanta"]),
        ("Dữ liệu bị nhóm tin tặc REvil đăng tải. REvil đòi tiền.", ["REvil", "REvil"]),
        ("Tàu ngầm của Hải quân Mỹ bị chìm.", ["Hải quân Mỹ"]),
    ],
)
def test_organisations(orgs, text, names):
    assert _texts(orgs(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND tỉnh kêu gọi Mặt trận, các ban ngành tham gia.",
        "Lực lượng Công an cần phát huy vai trò nòng cốt.",
        "Đại diện các sở, ngành liên quan tham dự.",
        "Hội nghị diễn ra tại Hội An, Quảng Nam.",
        "Thứ trưởng bộ Công an Lê Thế Tiệm cho biết.",
        "Tay vợt người Tây Ban Nha thắng dễ.",
        "Công ty chưa trả lời. Tiếp tục đổi mới là cần thiết.",
    ],
)
def test_generic_references_are_not_orgs(orgs, text):
    assert orgs(text) == []


def test_places_standing_for_teams(orgs):
    text = "Nữ TP HCM thắng 1-0 trước nữ Hà Nam. Hà Nam vẫn đứng thứ hai, trên đội đầu bảng Hà Tây."
    assert _texts(orgs(text)) == ["TP HCM", "Hà Nam", "Hà Nam", "Hà Tây"]
