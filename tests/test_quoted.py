"""QUOTED extraction: pairing of quotation marks, cues, lists and the rejection of speech."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.document import Document
from pipeline.extract.quoted import QuotedExtractor, pair_quotes
from pipeline.normalize import Normalizer
from pipeline.resolve import Resolver


@pytest.fixture(scope="module")
def extractor(resources):
    return QuotedExtractor(resources)


@pytest.fixture(scope="module")
def debug_extractor(resources):
    return QuotedExtractor(resources, debug=True)


def run(extractor: QuotedExtractor, text: str) -> Document:
    doc = Document(id="t", original=text)
    Normalizer()(doc)
    return extractor(doc)


def quoted(extractor: QuotedExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.cue) for m in run(extractor, text).mentions if m.label == "QUOTED"]


def both_forms(text: str) -> list[str]:
    return [unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)]


ACCEPTED = [
    # a name introduced by `tên gọi` or a launch verb, no cue noun: cue null
    ('Sự kiện này mang tên gọi "Spring Loaded" và diễn ra online.', [("Spring Loaded", None)]),
    ("KingSoft chuẩn bị ra mắt 'Võ lâm truyền kỳ II' vào tháng tới.", [("Võ lâm truyền kỳ II", None)]),
    ("Phường có mô hình “Camera an ninh” rất hiệu quả.", [("Camera an ninh", "mô hình")]),
    ('Phường có mô hình "Camera an ninh" rất hiệu quả.', [("Camera an ninh", "mô hình")]),
    ("Phường có mô hình «Camera an ninh» rất hiệu quả.", [("Camera an ninh", "mô hình")]),
    ("Phường có mô hình ‘Camera an ninh’ rất hiệu quả.", [("Camera an ninh", "mô hình")]),
    ("Hưởng ứng phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm nay.",
     [("Toàn dân bảo vệ an ninh Tổ quốc", "phong trào")]),
    ("Nhân rộng các mô hình theo hướng “Tự phòng, tự quản, tự bảo vệ”.",
     [("Tự phòng, tự quản, tự bảo vệ", None)]),
    ('với phương châm "đi một ngày đàng, học một sàng khôn".',
     [("đi một ngày đàng, học một sàng khôn", "phương châm")]),
    ('Bộ phim hoạt hình "Soul" giành chiến thắng.', [("Soul", "bộ phim")]),
    ('Sau bộ phim gặt hái giải thưởng "Người đàn bà mộng du", cô nghỉ.',
     [("Người đàn bà mộng du", "bộ phim")]),
    ('người đầu tiên đoạt Giải "Khôi nguyên La Mã" (Pháp).', [("Khôi nguyên La Mã", "giải")]),
    ('Vai diễn trong "Chân Tam Quốc vô song" được chờ đợi', [("Chân Tam Quốc vô song", None)]),
    ('Mục tiêu của trường là "Thực Học, Thực Hành".', [("Thực Học, Thực Hành", None)]),
    ('"VINAWOMAN - BẢN LĨNH VIỆT NAM" làm chủ đề năm nay.', [("VINAWOMAN - BẢN LĨNH VIỆT NAM", None)]),
    ("Phường hưởng ứng danh hiệu “Gia đình văn hoá” năm nay.", [("Gia đình văn hóa", "danh hiệu")]),
    # an event name that opens with its head noun, no cue before it: cue null
    ('Sau "Những ngày văn hóa Hàn Quốc" tại Huế, đoàn về Hà Nội.', [("Những ngày văn hóa Hàn Quốc", None)]),
    ("Ấn tượng ‘Ngày hội sách Việt Nam’ ở thủ đô.", [("Ngày hội sách Việt Nam", None)]),
    ('Tỉnh hưởng ứng "Tuần lễ du lịch biển, đảo" năm nay.', [("Tuần lễ du lịch biển, đảo", None)]),
    ('Hãng bắt đầu giai đoạn "Gia hạn hỗ trợ" cho Windows 2000.', [("Gia hạn hỗ trợ", None)]),
    ('Bộ giới thiệu tại "Diễn đàn thách thức công nghệ số Việt Nam" năm nay.',
     [("Diễn đàn thách thức công nghệ số Việt Nam", None)]),
    ("Hoạt động diễn ra tại “Tọa đàm định hướng phát triển vùng kinh tế”.",
     [("Tọa đàm định hướng phát triển vùng kinh tế", None)]),
    # a title in single quotes, as VnExpress sets works: a few words, no sentence word
    ("'Năm ngày trong đời vị tướng' đan xen quá khứ, hiện tại.", [("Năm ngày trong đời vị tướng", None)]),
    ("Năm qua, ‘Hà Nội 12 ngày đêm’ liên tiếp tham dự các LHP.", [("Hà Nội 12 ngày đêm", None)]),
    # a newspaper's headline: after a colon, as a sentence, in lower case
    ('Tờ Siam Sport chạy tít: "Zico vẫn tạo sức hút mạnh mẽ! 2000 vé đã bán hết!"',
     [("Zico vẫn tạo sức hút mạnh mẽ! 2000 vé đã bán hết!", None)]),
    ('Tiêu đề "nội chiến" được tờ Metro sử dụng.', [("nội chiến", None)]),
    # a cue noun right before a colon: the long title that follows is the name
    ('Trên mạng đang rao bán cuốn sách: "Giải mã đề thi đánh giá năng lực Đại học Quốc gia Hà Nội" giả.',
     [("Giải mã đề thi đánh giá năng lực Đại học Quốc gia Hà Nội", "cuốn sách")]),
    # a class or a version before the name introduces it (no cue noun of the guide)
    ('Cô hát bài "Sampai Jumpa" tặng khán giả.', [("Sampai Jumpa", None)]),
    ('Trường tổ chức khóa "Thương mại hóa các sản phẩm công nghệ" cho giảng viên.',
     [("Thương mại hóa các sản phẩm công nghệ", None)]),
    ('Người đẹp từng phải theo học lớp "Kiểm soát giận dữ" sau vụ ẩu đả.', [("Kiểm soát giận dữ", None)]),
    ('Anh được biết đến với phiên bản Violin "Xin chào Việt Nam".', [("Xin chào Việt Nam", None)]),
    # the actor or author of a work, right before its title: cue null
    ('Nữ diễn viên "Hoàn châu cách cách" phần ba kể rằng cô mệt mỏi.', [("Hoàn châu cách cách", None)]),
    ("Tác giả ‘Nỗi buồn chiến tranh’ vừa ra mắt sách mới.", [("Nỗi buồn chiến tranh", None)]),
    # a naming verb after a cue noun and its modifiers: the cue still names the kind
    ('Cô đóng vai chính trong bộ phim điện ảnh mới mang tên "Tơ quỷ".', [("Tơ quỷ", "bộ phim")]),
    ("Taylor viết một ca khúc rất buồn mang tên “Dear John”.", [("Dear John", None)]),  # no cue noun
    # a word both a reporting verb and a noun, after a word that makes it the noun
    ('Người dân thực hiện nghiêm khuyến cáo "5K" của Bộ Y tế.', [("5K", None)]),
    ("Việc khuyến cáo “5K” của Bộ Y tế không được thực hiện.", [("5K", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_accepted(extractor, text, expected):
    for form in both_forms(text):
        got = quoted(extractor, form)
        assert [(unicodedata.normalize("NFC", t), c) for t, c in got] == expected


REJECTED = [
    ('Diễn viên Lan "Hồng" cho biết cô vui.', "no cue"),  # not right before the mark: no work
    ("Ông Dũng cho biết: “Chúng tôi sẽ tiếp tục triển khai.”", "speech"),
    ('Ông nói "Chúng tôi sẽ làm tốt hơn".', "speech"),
    ('"Nhưng chúng tôi có thể làm tốt hơn nữa", Giáo sư Mark nói.', "speech"),
    ('Giới chuyên môn dành lời khen cho Monica: "Monica đẹp đến mức siêu thực".', "speech"),
    ("Thị trường đang “tăng tốc” mạnh.", "scare"),
    ('HAGL vẫn đặt kế hoạch "có lợi nhuận" trong năm 2021.', "scare"),
    ('Bạn nhấn vào nút "Bắt đầu" ở giao diện tiếp theo.', "label"),
    ('Cư dân mạng tìm từ khóa "Trịnh Sảng bị nghi trốn thuế" trên Weibo.', "label"),  # not `khóa "…"`
    ('Sau khi "Gà trống" vừa sa thải HLV Mourinho.', "no cue"),
    ('Ông nhận xét "Quá tuyệt vời, không thể tin được!"', "speech"),
    ('"Ngày nào con cũng khóc", chị Hoa kể lại.', "speech"),  # an event noun opening a sentence
    ('Chị Hoa bảo "Ngày mai tôi về" rồi đi.', "no cue"),
    ("'Tôi thường giật mình vì những cảnh ấy' là lời cô.", "no cue"),  # single quotes, a sentence word
    ("Anh được gọi là 'Gà trống' từ nhỏ.", "no cue"),  # one word in single quotes: a nickname
    # a cue before the colon, but a sentence after it: the lyrics are sung, not named
    ('Họ hát vang lời bài hát: "Dù anh chưa sẵn sàng nhớ em. Cầu mong em về."', "speech"),
    ('Bộ Y tế khuyến cáo "Hãy ở nhà".', "speech"),  # the verb
]


@pytest.mark.parametrize(("text", "reason"), REJECTED)
def test_rejected_with_reason(extractor, debug_extractor, text, reason):
    assert quoted(extractor, text) == []
    doc = run(debug_extractor, text)
    rejected = [m for m in doc.mentions if m.label == "QUOTED_REJECTED"]
    assert rejected and rejected[0].debug.startswith(reason)
    assert all(m.source == "quoted-rules" for m in doc.mentions)


def test_debug_reason_on_accepted(debug_extractor):
    doc = run(debug_extractor, "Phường có mô hình “Camera an ninh”.")
    assert [(m.label, m.debug) for m in doc.mentions] == [("QUOTED", "cue 'mô hình'")]


def test_no_debug_output_by_default(extractor):
    doc = run(extractor, "Ông cho biết: “Chúng tôi sẽ làm.” Mô hình “Camera an ninh” tốt.")
    assert [(m.label, m.debug) for m in doc.mentions] == [("QUOTED", None)]


def test_list_after_one_cue(extractor):
    text = ("phát động nhiều mô hình hiệu quả như “Chi hội nông dân không vi phạm pháp luật”, "
            "“Khu dân cư an toàn về ANTT”, “Trường học an toàn, không có bạo lực học đường”, "
            "“Camera an ninh”,…")
    assert quoted(extractor, text) == [
        ("Chi hội nông dân không vi phạm pháp luật", "mô hình"),
        ("Khu dân cư an toàn về ANTT", "mô hình"),
        ("Trường học an toàn, không có bạo lực học đường", "mô hình"),
        ("Camera an ninh", "mô hình"),
    ]


def test_list_with_years_and_colon(extractor):
    text = "Cô đóng các bộ phim nổi bật như: “Nữ tướng cướp” (2004), “Ngôi nhà hạnh phúc” (2008)."
    assert quoted(extractor, text) == [("Nữ tướng cướp", "bộ phim"), ("Ngôi nhà hạnh phúc", "bộ phim")]


def test_unmarked_name_is_not_quoted(extractor):
    assert quoted(extractor, "khen thưởng trong phong trào Toàn dân bảo vệ an ninh tổ quốc") == []


@pytest.mark.parametrize("text", [
    "Phường có mô hình “Camera an ninh rất hiệu quả.\nNăm nay có mô hình “Khu dân cư an toàn”.",
    'Phường có mô hình "Camera an ninh rất hiệu quả.\nNăm nay có mô hình "Khu dân cư an toàn".',
])
def test_unclosed_mark_does_not_swallow_the_paragraph(extractor, text):
    assert quoted(extractor, text) == [("Khu dân cư an toàn", "mô hình")]


def test_nested_straight_quotes_pair_inside_out():
    text = 'Ông giải thích: "Văn bản "phong sát" diễn viên không tồn tại".'
    assert sorted(text[q.start:q.end] for q in pair_quotes(text)) == [
        "Văn bản \"phong sát\" diễn viên không tồn tại", "phong sát"]


@pytest.mark.parametrize("text", ["Vietnam’s Strongest Local Brands", "Rub 'al Khali", "it's"])
def test_apostrophes_are_no_marks(text):
    assert pair_quotes(text) == []


def test_offsets_map_to_original(resources):
    text = "Phường có mo\u0302 hình  “Camera an ninh” và hoà nhập."
    doc = Document(id="t", original=text)
    Normalizer()(doc)
    QuotedExtractor(resources)(doc)
    Resolver()(doc)
    (m,) = doc.mentions
    assert text[m.start:m.end] == m.text == "Camera an ninh"


def _gold_quoted(marked: str) -> tuple[str, list[tuple[str, str | None]]]:
    """Plain text and the QUOTED (text, cue) pairs of an inline-marked gold text."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, str, str | None]] = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == "⟦":
            j = marked.index(" ", i)
            stack.append((marked[i + 1:j], len("".join(out))))
            i = j + 1
            continue
        if c == "‖":
            j = marked.index("⟧", i)
            attrs = dict(kv.partition("=")[::2] for kv in marked[i + 1:j].split(";"))
            label, start = stack.pop()
            if label == "QUOTED":
                found.append((start, "".join(out)[start:], attrs.get("cue") or None))
            i = j + 1
            continue
        if c == "⟧":
            stack.pop()
        else:
            out.append(c)
        i += 1
    return "".join(out), [(t, cue) for _, t, cue in sorted(found)]


def test_seed_names_with_cues(extractor, data_dir):
    lines = (data_dir / "seed.gold.txt").read_text(encoding="utf-8").splitlines()
    text, expected = _gold_quoted("\n".join(x for x in lines if not x.startswith("#date=")))
    assert len(expected) == 5
    assert quoted(extractor, text) == expected


@pytest.mark.slow
def test_in_pipeline(nlp):
    doc = nlp("Phường phát động mô hình “Camera an ninh”. Ông nói: “Chúng tôi sẽ làm.”")
    assert [(m.label, m.text, m.cue) for m in doc.mentions if m.label == "QUOTED"] == [
        ("QUOTED", "Camera an ninh", "mô hình")]


@pytest.mark.parametrize("quote", [('"', '"'), ("“", "”")])
def test_name_accepted_once_is_the_name_elsewhere(quote):
    from pipeline.nlp import Pipeline

    o, c = quote
    text = (f"Tỉnh tổ chức chương trình {o}Hương rừng U Minh{c} dịp lễ.\n"
            f"{o}Hương rừng U Minh{c} thu hút du khách. Cuốn {o}Quỷ thành{c} ra mắt.")
    got = [(m.text, m.cue) for m in Pipeline(labels=["QUOTED"])(text).mentions]
    assert got == [("Hương rừng U Minh", "chương trình"), ("Hương rừng U Minh", None), ("Quỷ thành", None)]


@pytest.mark.parametrize("quote", [("'", "'"), ("“", "”")])
def test_title_before_a_release_verb(quote):
    from pipeline.nlp import Pipeline

    o, c = quote
    text = f"Đạo diễn kỳ vọng {o}Của rơi{c} khởi chiếu dịp Tết. Ông nói {o}Tôi đi{c} rồi ra về."
    assert [m.text for m in Pipeline(labels=["QUOTED"])(text).mentions] == ["Của rơi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a report or a long event title after its introducing noun (cue null)
        ('Bộ GTVT đã có báo cáo "Hoàn thành thi công xây dựng công trình dự án đường sắt đô thị Hà Nội, '
         'tuyến Cát Linh - Hà Đông" gửi Hội đồng.',
         [("Hoàn thành thi công xây dựng công trình dự án đường sắt đô thị Hà Nội, tuyến Cát Linh - Hà Đông",
           None)]),
        ("Tỉnh tổ chức hội thảo khoa học “Hướng Đông Nam trên địa bàn Đồng Nai trong chiến dịch "
         "Hồ Chí Minh lịch sử” vào ngày 28/4.",
         [("Hướng Đông Nam trên địa bàn Đồng Nai trong chiến dịch Hồ Chí Minh lịch sử", None)]),
        ('Umlaut trao chứng nhận "Best in Test" cho nhà mạng.', [("Best in Test", None)]),
        ('Dự án có tên mã là "Operation Acoustic Kitty" thời Chiến tranh Lạnh.',
         [("Operation Acoustic Kitty", None)]),
        # a motto in lower case after `mục tiêu`; a short scare quote after it stays out
        ("Với mục tiêu “tiêm đến đâu an toàn đến đấy”, Bộ Y tế ban hành hướng dẫn.",
         [("tiêm đến đâu an toàn đến đấy", None)]),
        ('Với mục tiêu "kép", tỉnh vừa chống dịch vừa phát triển.', []),
        # `về` between a meeting and its title; not after a verb
        ("Tại tọa đàm về “Thủy điện nhỏ và vấn đề lũ lụt” vừa diễn ra, thủy điện bị phê phán.",
         [("Thủy điện nhỏ và vấn đề lũ lụt", None)]),
        ("Ông nói về “Thủy điện nhỏ và vấn đề lũ lụt” hôm qua.", []),
    ],
)
def test_intro_nouns_dev38(extractor, text, expected):
    for form in both_forms(text):
        got = [(unicodedata.normalize("NFC", t), c) for t, c in quoted(extractor, form)]
        assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a work named by its cast or maker before `của` (cue null); a nickname after a kinship noun is not
        ('Nguồn tin cho hay, tài tử của "Nhiệm vụ bất khả thi" không hề gặp con.',
         [("Nhiệm vụ bất khả thi", None)]),
        ("Dương Khiết - nữ đạo diễn tài năng của “Tây Du Ký” đã ra đi.", [("Tây Du Ký", None)]),
        ('Con trai của "Vua bóng đá" Pele vừa ra tù.', []),
        # a name given by `có tên (là)` right before the mark; a scientific name (`tên khoa học`) is none
        ('Chương trình kích cầu có tên là "Hương sắc Lào Cai" được tổ chức.',
         [("Hương sắc Lào Cai", "chương trình")]),
        ('Rắn hoa cổ đỏ có tên khoa học là "Rhabdophis subminiatus".', []),
        # a principle after `nguyên tắc`
        ('Thí sinh cần chú ý nguyên tắc "3 bậc" khi đăng ký.', [("3 bậc", None)]),
        # a name in lower case after `tên gọi (là)`; a group's name after `nhóm mang tên` is an ORG
        ('Nga phát triển một hệ thống với tên gọi là "mìn trên không trung" nhằm tiêu diệt UAV.',
         [("mìn trên không trung", None)]),
        ('Họ đã lập nên nhóm mang tên "Action Culottée" trên mạng xã hội.', []),
        ('Tên gọi "siêu trăng hồng" được dịch từ tiếng Anh.', []),  # a term, not a name
        # a role's title after `vai trò`, a series of drawings after `bộ tranh`
        ('Công ty đồng hành trong vai trò "Nhà đồng hành chiến lược" của chương trình.',
         [("Nhà đồng hành chiến lược", None)]),
        ("Mời độc giả xem bộ tranh “Tim quá tải – Tim lên tiếng” dưới đây.",
         [("Tim quá tải – Tim lên tiếng", None)]),
    ],
)
def test_credited_work_dev98_105(extractor, text, expected):
    for form in both_forms(text):
        got = [(unicodedata.normalize("NFC", t), c) for t, c in quoted(extractor, form)]
        assert got == expected
