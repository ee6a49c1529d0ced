"""PER extraction: names without titles, `role`, `canonical`, foreign names, vetoes.

Cases are hand-written sentences in the style of the news corpora (no shared data read).
"""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.document import Mention
from pipeline.extract.name_lexicon import NameLexicon
from pipeline.extract.name_tokens import fold


@pytest.fixture(scope="module")
def people(resources):
    """Run the pipeline with ORG, LOC and PER; return the PER mentions of a text."""
    from pipeline.nlp import Pipeline

    nlp = Pipeline(resources, labels=["ORG", "LOC", "PER"])

    def run(text: str) -> list[Mention]:
        return [m for m in nlp(text).mentions if m.label == "PER"]

    return run


def _texts(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions]


def _names(people, text: str, form: str) -> list[str]:
    """The names found in `text` written in `form` (NFC or NFD), read back in NFC."""
    return [unicodedata.normalize("NFC", m.text) for m in people(unicodedata.normalize(form, text))]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_seed_sentence_two_roles(people, form):
    seed = "Chủ tịch UBND tỉnh, Trưởng đoàn ĐBQH tỉnh Lê Văn Dũng cùng đại diện các sở."
    text = unicodedata.normalize(form, seed)
    (m,) = people(text)
    assert unicodedata.normalize("NFC", m.text) == "Lê Văn Dũng"
    assert text[m.start:m.end] == m.text
    assert m.role == "Chủ tịch UBND tỉnh; Trưởng đoàn ĐBQH tỉnh"
    assert m.canonical == "Lê Văn Dũng"


def test_seed_article_gives_its_gold_people(people, data_dir):
    text = (data_dir / "seed.txt").read_text(encoding="utf-8")
    found = people(text)
    assert _texts(found) == ["Lê Văn Dũng"] * 3
    first, later = "Chủ tịch UBND tỉnh; Trưởng đoàn ĐBQH tỉnh", "Chủ tịch UBND tỉnh"
    assert [m.role for m in found] == [first, later, later]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ông Trần Mạnh Hùng rút lui. Ông Hùng cho biết sẽ nghỉ.", ["Trần Mạnh Hùng", "Hùng"]),
        ("Bà Nguyễn Thị Kim Tiến phát biểu tại hội nghị.", ["Nguyễn Thị Kim Tiến"]),
        ("Chị N.H.H, 35 tuổi, buồn rầu nói.", ["N.H.H"]),
        ("Gia đình cháu Dương Thị Minh Thảo đưa cháu Thảo vào viện.", ["Dương Thị Minh Thảo", "Thảo"]),
        ("Thủ tướng Australia John Howard gặp Tổng thống Donald Trump.", ["John Howard", "Donald Trump"]),
        ("Nhà lãnh đạo Kim Jong-un đã đến Hà Nội.", ["Kim Jong-un"]),
        # `mẫu` ends the title `Siêu mẫu` here: no product cue, and no veto elsewhere in the text
        ("Siêu mẫu Chrissy Teigen khóc. Chrissy Teigen & John Legend nói.",
         ["Chrissy Teigen", "Chrissy Teigen", "John Legend"]),
        # Korean surnames spelled like Vietnamese syllables stay at the head of the name
        ("HCV thuộc về Yoon Kwang Kik (60 kg) và Lim Joung Joon.", ["Yoon Kwang Kik", "Lim Joung Joon"]),
        ("Những tay vợt như Nadal, Novak Djokovic, Roger Federer. Nadal thua ngược.",
         ["Nadal", "Novak Djokovic", "Roger Federer", "Nadal"]),
        ("Theo giáo sư Sylvia Lima de Souza Medeiros, Medeiros đã làm thí nghiệm.",
         ["Sylvia Lima de Souza Medeiros", "Medeiros"]),
    ],
)
def test_names_without_titles(people, text, names):
    assert _texts(people(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn khách đi dọc đường Nguyễn Huệ rồi về tỉnh Quảng Nam.",
        "Em học tại Trường THPT Lê Quý Đôn từ năm lớp 10.",
        "Chủ tịch UBND tỉnh kêu gọi Mặt trận và nhân dân tham gia.",
        "Thủ tướng Chính phủ đã phê duyệt đề án.",
        "Nhiều nhà đầu tư Thái Lan và Hàn Quốc quan tâm.",
        "Tay vợt người Tây Ban Nha vô địch Barcelona Open.",
        "Theo Tổng Giám Đốc Nielsen Việt Nam, thị trường phục hồi.",
    ],
)
def test_places_orgs_and_titles_are_not_people(people, text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Bộ trưởng Bộ Khoa học & Công nghệ Huỳnh Thành Đạt phát biểu.", "Bộ trưởng Bộ Khoa học & Công nghệ"),
        ("Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Thế Quang nói.", "Phó Chủ tịch UBND thành phố Hà Nội"),
        ("Theo cựu tổng thống Indonesia Megawati Sukarnoputri, việc này khó.", "cựu tổng thống Indonesia"),
        ("Thủ tướng Thái Prayut Chan-o-cha đến.", "Thủ tướng Thái"),
    ],
)
def test_role_is_the_title_before_the_name(people, text, role):
    (m,) = people(text)
    assert m.role == role


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Barcelona dùng bộ ba De Jong-Busquets-Pedri ở giữa sân.", ["De Jong", "Busquets", "Pedri"]),
        ("Real chơi với cặp tiền đạo Vinicius-Benzema.", ["Vinicius", "Benzema"]),
        ("Cặp đôi Jean-Pierre Papin và vợ đến.", ["Jean-Pierre Papin"]),  # one man's hyphenated name
        ("Ông Kim Jong-un đến Hà Nội.", ["Kim Jong-un"]),
    ],
)
def test_a_group_word_splits_names_joined_by_hyphens(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Ông Lê Văn Dũng, Chủ tịch UBND tỉnh Quảng Nam, cho biết.", ["Chủ tịch UBND tỉnh Quảng Nam"]),
        ("Bà Trần Thị Hoà (Phó Giám đốc Sở Y tế) cho biết.", ["Phó Giám đốc Sở Y tế"]),
        ("Ông Nguyễn Văn Hùng - Giám đốc Bệnh viện Chợ Rẫy chia sẻ.", ["Giám đốc Bệnh viện Chợ Rẫy"]),
        # titles listed after the name, then one before it as well
        ("Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, phát biểu.",
         ["Đại tướng; Ủy viên Bộ Chính trị; Bộ trưởng Bộ Quốc phòng"]),
        ("Anh Lê Văn Tú, sinh viên Trường ĐH Bách khoa, cho biết.", ["sinh viên Trường ĐH Bách khoa"]),
        # a segmenter word is never cut (`Ban Chỉ đạo`)
        ("Ông Vũ Đức Đam, Trưởng Ban Chỉ đạo, phát biểu.", ["Trưởng Ban Chỉ đạo"]),
        # a lower-case word opening a clause is no title of the name before it
        ("Theo ông Nguyễn Văn Hùng, bác sĩ cần khám kỹ.", [None]),
        # the title of the next person is not the first one's
        ("Ông Sundar Pichai, Giám đốc điều hành Amazon Jeff Bezos cùng dự.",
         [None, "Giám đốc điều hành Amazon"]),
        ("Ông Lê Văn Dũng, Chủ tịch UBND tỉnh Quảng Nam, bác sĩ Nguyễn Văn Bình cùng dự.",
         ["Chủ tịch UBND tỉnh Quảng Nam", "bác sĩ"]),
        ("Bà Nguyễn Thị Lan (Hà Nội) cho biết.", [None]),  # a place, no title
    ],
)
def test_role_is_also_the_title_after_the_name(people, text, roles, form):
    found = people(unicodedata.normalize(form, text))
    assert [m.role and unicodedata.normalize("NFC", m.role) for m in found] == roles


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bức tranh của họa sĩ van Gogh được bán đấu giá.", ["van Gogh"]),  # a particle opens the surname
        ("Leonardo da Vinci vẽ bức tranh này; da Vinci khi ấy 50 tuổi.", ["Leonardo da Vinci", "da Vinci"]),
        ('"Hai vợ chồng tôi mất hơn 200 triệu", Sang nói.', ["Sang"]),  # the speaker after the quote
        # given names spelled like a district are the person's where the article names him in full
        ("Văn Lâm ra mắt CLB. Thủ môn Đặng Văn Lâm chia sẻ.", ["Văn Lâm", "Đặng Văn Lâm"]),
        ("Ông về Văn Lâm thăm họ hàng.", []),
        # a capitalised syllable opening a common word is no given name, after a title too
        ("Ông Diaz-Canel được bầu làm Bí thư Thứ nhất Tỉnh ủy.", ["Diaz-Canel"]),
        ("HLV Erik ten Hag gia hạn với Ajax, thủ môn Marc-Andre ter Stegen thì không.",
         ["Erik ten Hag", "Marc-Andre ter Stegen"]),  # Dutch and German particles
        ("Vết thương trên da Bình đã lành.", []),  # a Vietnamese word after `da`: no particle
        ("Phát ngôn viên Bộ Ngoại giao Trung Quốc Chương Khởi Nguyệt nói vậy.", ["Chương Khởi Nguyệt"]),
        ("Thày Huỳnh Quang Toàn, giáo viên lớp 4/2, thừa nhận.", ["Huỳnh Quang Toàn"]),  # `thày`: thầy
        ("Anh N.V.K (SN 1993, ở Lỗ Giao) là F1.", ["N.V.K"]),  # after `ở` a name is a place
        ("Theo Phó Tổng Giám đốc Nguyễn Văn An, việc này khó.", ["Nguyễn Văn An"]),  # `Tổng` opens a title
        ("Tham mưu trưởng Hải quân Indonesia Yudo Margono cho biết.", ["Yudo Margono"]),  # after the body
        # a given name before a quoted nickname (`Thắng "Chập"`); not a place word before a quoted name
        ('Đàn em gồm Sơn "Lẫm", Tuấn “Thiệp” và Trung "Thịnh".', ["Sơn", "Tuấn", "Trung"]),
        ('Trận đấu diễn ra trên sân "Lâu Đài Sấm".', []),
        # a lone foreign name before a verb of personal speech; bodies only `cho biết`
        ("Trò chuyện với tờ Thai Rath, Kiatisuk chia sẻ: Việt Nam làm tốt.", ["Kiatisuk"]),
        ("Sau đó Khloe nói cô rất buồn.", ["Khloe"]),
        ("Google cho biết họ sẽ sửa lỗi.", []),
        # a one-word kin honorific before a Vietnamese name spelled like a province: a person
        ("Theo anh Hải Dương, chủ kênh, việc này khó. Dương cho biết thêm.", ["Hải Dương", "Dương"]),
        ("Cô gái Hà Nội xinh đẹp đăng quang.", []),  # a phrase, not a kin word: the city
        # in a sports report an initial ending a sentence opens no foreign name (`Serie A. Trận`)
        ("Các cầu thủ, HLV và thủ môn ra sân. Juventus hòa ở vòng 33 Serie A. Trận hòa khiến HLV Pirlo lo.",
         ["Pirlo"]),
        # `do` between Vietnamese names means `by`: a role and its actor, two people
        ("Vai Tú Bà do Lê Phương Thanh đảm nhận, còn nàng Kiều do Trình Mỹ Duyên đóng.",
         ["Tú Bà", "Lê Phương Thanh", "Kiều", "Trình Mỹ Duyên"]),
        ("Tổng thống Luiz Inácio Lula da Silva thăm Rio.", ["Luiz Inácio Lula da Silva"]),
        # after an honorific a capitalised honorific word is a given name; only people are quoted
        ("Theo ông Anh Tuấn, chủ một cửa hàng, giá tăng.", ["Anh Tuấn"]),
        ("AFP dẫn lời Harbeer Singh, quan chức phụ trách lễ hội, cho biết.", ["Harbeer Singh"]),
        ("Reuters dẫn lời Bộ Y tế cho biết.", []),
        ("PGS.TS. Đào Xuân Cơ. Ảnh: VGP/Hiền Minh\nTiêm vắc xin là cần thiết.", ["Đào Xuân Cơ", "Hiền Minh"]),
        # a direction after `phương`/`phía`; a place's particle goes on with the place
        ("Giới quân sự phương Tây ước đoán, quân khu phía Tây sẵn sàng.", []),
        ("Ở bán cầu Bắc, tia nắng lệch 23,5 độ Bắc, gọi là Chí tuyến Bắc.", []),
        ("Thị trấn Castiglione di Sicilia nằm trên núi; họa sĩ van Gogh từng đến.", ["van Gogh"]),
        ("117 người di cư từ Anh do John White dẫn đầu.", ["John White"]),
        # a festival's name is no person anywhere in the article
        ("Ngày cuối của lễ hội Kumbh Mela ở Haridwar. Ban tổ chức Kumbh Mela cho biết vậy.", []),
        ("Ông Toàn - Phó Tổng Biên tập báo Dân trí tặng quà.", ["Toàn"]),
        # a regnal number is the name's, where the article writes the name after a title
        ("Hoàng thân và Nữ hoàng Elizabeth II cưới năm 1947, khi Elizabeth II 21 tuổi.",
         ["Elizabeth II", "Elizabeth II"]),
        ("Pharaoh Amenhotep III trị vì Ai Cập.", ["Amenhotep III"]),
        ("Ngân hàng đã hoàn tất các trụ cột Basel II.", []),  # no title: an accord
        # `người đẹp` is said of a person: a brand's name opens hers (`Zara` is also a shop)
        ("Người đẹp Zara McDermott thừa nhận sai lầm. Zara viết trên Instagram.", ["Zara McDermott", "Zara"]),
        # a Vietnamese name anonymised by its last initial, its surname a body's head (`Đoàn`)
        ("Hai thiếu nữ là Đoàn Thị Mỹ N. (sinh năm 2004) và Trần Thị Bảo M. Sau đó N. bỏ đi.",
         ["Đoàn Thị Mỹ N.", "Trần Thị Bảo M.", "N."]),
    ],
)
def test_particles_surnames_and_places_after_o(people, form, text, names):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_surname_spelled_like_a_country_stays_in_a_vietnamese_name(people, form):
    text = unicodedata.normalize(form, "Bác sĩ CKII Thái Xuân Thủy, khoa Ngoại, cho biết.")
    (m,) = people(text)
    assert (unicodedata.normalize("NFC", m.text), m.role) == ("Thái Xuân Thủy", "Bác sĩ CKII")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalized honorific word after an honorific is a given name
        ("Sau đó bà Anh giải thích. Bà Anh cho biết thêm.", ["Anh", "Anh"]),
        # a signature of initials, then the next sentence without a full stop
        ("Tiến Minh thắng. Ảnh: B.TRUNG Đánh bại cựu số 6 thế giới.", ["B.TRUNG"]),
        # a house number and a ward: a street, not a person
        ("Gia đình bà Đỗ Bích Thanh ngụ ở 60 Nguyễn Trãi, phường Bến Thành.", ["Đỗ Bích Thanh"]),
        # a nickname repeating the honorific is no name; a leading preposition is dropped
        ('Vẻ ngoài của "Cô Cô" Phạm Văn Phương thu hút.', ["Phạm Văn Phương"]),
        ("Ngoài Nguyễn Tiến Minh, các đôi còn lại đều thua.", ["Nguyễn Tiến Minh"]),
    ],
)
def test_given_names_signatures_and_addresses(people, text, names):
    assert _texts(people(text)) == names


def test_given_name_links_to_full_name(people):
    found = people("Anh Trần Văn Hoàn đến sớm. Sau đó, anh Hoàn ra về.")
    full = "Trần Văn Hoàn"
    assert [(m.text, m.canonical) for m in found] == [(full, full), ("Hoàn", full)]


@pytest.mark.parametrize(("old", "new"), [("Hoà", "Hòa"), ("Thuỷ", "Thủy")])
def test_tone_placement_is_folded(people, old, new):
    assert fold(old) == fold(new)
    (m,) = people(f"Bà Nguyễn Thị {old} đến dự.")
    assert m.text == f"Nguyễn Thị {old}"


def test_syllable_shape(resources):
    lex = NameLexicon(resources)
    assert all(lex.is_vietnamese(w) for w in ["Dũng", "Nguyễn", "Quỳnh", "Nghiêm", "Huỳnh"])
    assert not any(lex.is_vietnamese(w) for w in ["Nadal", "Mark", "Ribeiro", "Apple"])


@pytest.mark.parametrize("quote", ["\"", "“"])
def test_quotes_do_not_join_names(people, quote):
    text = f"{quote}Chúng tôi sẽ cố gắng{quote}, ông Trịnh Lê Nam nói."
    assert _texts(people(text)) == ["Trịnh Lê Nam"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lễ kỷ niệm ngày sinh Cố Thủ tướng Phạm Văn Đồng Ảnh: TTXVN", ["Phạm Văn Đồng"]),
        ("Bộ trưởng động viên đội tuyển. Ảnh: Trường Huy", ["Trường Huy"]),
        ("Năm ngoái, Tổng thống Nga Putin cho biết nước này sẽ xây.", ["Putin"]),
        ("Nam diễn viên nổi tiếng với vai diễn Rambo có ba con gái.", ["Rambo"]),
        ("Noi theo gương người thầy Hồ Chí Minh, ông luôn giản dị.", ["Hồ Chí Minh"]),
        ("Ngôi sao Sylvester Stallone có ba con gái.\nSistine Stallone, cô con gái thứ hai, là người mẫu.",
         ["Sylvester Stallone", "Sistine Stallone"]),
        ("Cá được bán ở đường Nguyễn Thông, Nguyễn Tri Phương, chợ Kim Biên.", []),
        ("Eximbank công bố cáo bạch. Forbes xếp hạng ông Warren Buffett.", ["Warren Buffett"]),
    ],
)
def test_names_beyond_dev(people, text, names):
    assert _texts(people(text)) == names


# --- generalisation: classes of names beyond the tuning articles ---------------------------------
SPORTS_REPORT = ("Tottenham gặp Leicester City ở vòng 30. Phút 12, tiền vệ Kane chuyền cho Dembele "
                 "nhưng thủ môn Schmeichel cản phá. Phút 40: Maddison phạm lỗi và nhận thẻ vàng. "
                 "Sau giờ nghỉ, học trò của Brendan Rodgers ghi bàn: Vardy dứt điểm, Rodgers ăn mừng. "
                 "Trận đấu tại Premier League kết thúc.")


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_lone_foreign_names_in_a_sports_report(people, form):
    found = _names(people, SPORTS_REPORT, form)
    assert found == ["Kane", "Dembele", "Schmeichel", "Maddison", "Brendan Rodgers", "Vardy", "Rodgers"]


def test_lone_foreign_words_outside_sports_are_not_people(people):
    assert people("Dembele là một từ lạ. Vardy cũng vậy.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chip Snapdragon 8 Gen 1 mạnh hơn. Qualcomm cho biết Snapdragon sẽ có mặt trên nhiều máy.",
        "Mẫu điện thoại Xperia bán chạy. Xperia được khen ngợi.",
        "Cô hát ca khúc Anh Chưa Từng Biết trong đêm nhạc.",
        "Họ đến Tashkent hôm qua. Tashkent cho biết sẽ điều tra.",  # a place the LOC stage found
        "Cầu thủ người Gruzia đã đến sân.",
    ],
)
def test_products_works_and_places_are_not_people(people, text):
    assert people(text) == []


@pytest.mark.parametrize("quote", ['"', "“"])
def test_lone_given_names_of_a_story(people, quote):
    text = (f"Người cô chọn là Hùng, kỹ sư cơ khí. Nghe thế, Hương càng yêu Hùng hơn. {quote}Em sẽ chờ"
            f"{quote}, Hương nói. Khi đã tỉnh táo, Hùng lật lại quá khứ. Hương còn có hai người bạn. "
            "Hùng tỏ ra bình thản.")
    assert _texts(people(text)) == ["Hùng", "Hương", "Hùng", "Hương", "Hùng", "Hương", "Hùng"]


def test_capitalised_common_nouns_are_no_lone_names(people):
    text = ("Phút 10: Hà Nội dẫn trước. Phút 20: hòa. Phút 30: Phút bù giờ. "
            "Bài thi dài. Bài thi khó. Bài thi mới.")
    assert people(text) == []


def test_fan_before_a_name_is_not_part_of_it(people):
    assert _texts(people("Fan Mỹ Tâm, Hà Anh Tuấn đang chạy đua để mua vé.")) == ["Mỹ Tâm", "Hà Anh Tuấn"]


def test_vietnamese_players_by_given_names_in_a_sports_report(people):
    text = ("Tiền đạo của tuyển Việt Nam, Công Phượng, ghi bàn ở phút 20 sau đường chuyền của Quang Hải. "
            "Thủ môn Tiến Dũng nhận thẻ vàng, HLV Park Hang-seo hài lòng với trận đấu.")
    assert _texts(people(text)) == ["Công Phượng", "Quang Hải", "Tiến Dũng", "Park Hang-seo"]


# --- classes found on a fifth tuning set ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a signature with an initial (`P.` is no ward here)
        ("Học sinh được tuyên truyền về ma túy. (Ảnh: H. Lan).", ["H. Lan"]),
        # a house number, a street named after a person, then a district
        ("Phòng khám mới (18 Lê Văn Lương, Thanh Xuân) mở cửa.", []),
        # a title of a body, its place, then the holder's pinyin name
        ("Thứ trưởng Bộ Tài chính Trung Quốc Zhu Guangyao nhận định.", ["Zhu Guangyao"]),
        # a region pair and a stadium are no people
        ("Hội nghị Á - Âu diễn ra tại sân Gottlieb-Daimler.", []),
    ],
)
def test_classes_beyond_dev5(people, text, names):
    assert _texts(people(text)) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_next_sentence_word_after_a_foreign_name(people, form):
    text = unicodedata.normalize(form, "Cầu thủ ghi bàn, hậu vệ phá bóng, thủ môn bắt bóng, HLV hài lòng. "
                                       "Bàn thắng của Hasselbaink Vừa hạ đối thủ, đội bóng tiếp tục thắng.")
    assert [unicodedata.normalize("NFC", m.text) for m in people(text)] == ["Hasselbaink"]


@pytest.mark.parametrize(
    "text, names",
    [
        # anonymised people by their initials, not an administrative prefix or a letter label
        ("Đó là các em L.T.H., L.V.T., đều là học sinh. Bà nội của H. và T. kể lại.",
         ["L.T.H", "L.V.T", "H.", "T."]),
        ("Tại H. Đông Anh, ông Donald J. Trump nói về viêm gan siêu vi B. Học sinh khối A. thi.",
         ["Donald J. Trump"]),
        # planets are no people
        ("Tàu thăm dò đáp xuống sao Hỏa. Sao Hỏa là hành tinh Đỏ.", []),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_classes_beyond_dev6(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anh Trần Q. (35 tuổi) cho biết.", ["Trần Q."]),  # one initial keeps its dot
        ("Chị Nguyễn H. nói thêm.", ["Nguyễn H."]),
        ("Các em L.T.H. đều đi học.", ["L.T.H"]),  # several initials: no final dot
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_final_initial_keeps_its_dot(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("text", ["Cô từng thi The Voice Australia năm 2019.", "Phim The Father thắng giải."])
def test_english_article_opens_a_title_not_a_name(people, text):
    assert people(text) == []


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_team_owner_bau_is_an_honorific(people, form):
    text = unicodedata.normalize(form, "Bầu Đức vắng mặt. Về lý do bầu Đức không đến sân, đội im lặng.")
    assert [unicodedata.normalize("NFC", m.text) for m in people(text)] == ["Đức", "Đức"]


@pytest.mark.parametrize(
    "text, names",
    [
        # a romanised Korean name is a person, also after `công ty` (its agency)
        ("Trong khi phía công ty Seo Ye Ji thì giải thích.", ["Seo Ye Ji"]),
        # `Sir`, `bạn diễn` stand outside the name
        ("Sir Alex Ferguson phản đối kế hoạch.", ["Alex Ferguson"]),
        ("Anh còn cố né bạn diễn Seohyun khi quảng bá phim.", ["Seohyun"]),
        # a Vietnamese name anonymised by its last initial
        ("Sau khi đến đón con, Hoàng Văn H. thấy con gái khóc.", ["Hoàng Văn H."]),
        # a foreign given name signing a credit
        ("Bé bị đánh ở trường (Video: Anna) sáng nay.", ["Anna"]),
        # a country after a kin honorific is no person (`anh Hải Dương` is: a province's name)
        ("Gia đình các Mẹ Việt Nam anh hùng dự lễ.", []),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_dev38(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # an apposition after a foreign name describes a person
        ("Nitish Kumar, một người dân New Delhi, buộc phải chờ hai ngày.", ["Nitish Kumar"]),
        ("Chue Thwel, con gái của bà, cho biết đã mất liên lạc.", ["Chue Thwel"]),
        # `Daw` is a Burmese honorific; an age after a name; a reader's signature; `gia đình` + name
        ("Daw Myo Aye bị bắt hôm 15/4.", ["Myo Aye"]),
        ("Các con ông là Christian, 46 tuổi và hai con gái.", ["Christian"]),
        ("Người gửi: Bat Dinh, Gửi tới: Ban biên tập.", ["Bat Dinh"]),
        ("Ông khuyên bà đừng tiết lộ bí mật với gia đình Kennedy.", ["Kennedy"]),
        # a relative's full name owns the given name alone later
        ("Suri Cruise là con gái của Tom Cruise. Khi còn bé, Suri sống trong nhung lụa.",
         ["Suri Cruise", "Tom Cruise", "Suri"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_vntc_dev(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_sexagenary_year_after_tet_is_a_date_not_a_person(resources, form):
    from pipeline.nlp import Pipeline

    text = unicodedata.normalize(form, "Xe khách được giám sát trong dịp Tết Giáp Thân.")
    nlp = Pipeline(resources, labels=["DATE", "PER"])
    got = [(m.label, unicodedata.normalize("NFC", m.text)) for m in nlp(text).mentions]
    assert got == [("DATE", "Tết Giáp Thân")]


@pytest.mark.parametrize(
    "text, names",
    [
        # a Vietnamese digraph initial keeps its dot; an Arabic article stays in the name
        ("Anh ta chỉ quen cô để thế chỗ chị Kh. nào đấy.", ["Kh."]),
        ("Đồng minh của Al-Qaeda là Abu Musab al-Zarqawi lãnh đạo nhóm.", ["Abu Musab al-Zarqawi"]),
        # titles: an emperor, a comedian; a kin apposition in brackets after a Vietnamese name
        ("Xác ướp của hoàng đế Tutankhamen sẽ được chuyển tới Cairo.", ["Tutankhamen"]),
        ("Nghệ sĩ hài Quang Thắng vừa ra mắt phim mới.", ["Quang Thắng"]),
        ("Lúc này, Tường Linh (con gái gia chủ) từ buồng tắm bước ra.", ["Tường Linh"]),
        # a town is no person
        ("Các bà mẹ Beslan cho rằng điều tra quá chậm.", []),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_vntc_dev2(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a whole list of given names beside one full name, and a doubles pair after a dash
        ("Có sự tham gia của các khách mời: Phương Thanh, Cẩm Ly, Quang Linh, Cao Thái Sơn.",
         ["Phương Thanh", "Cẩm Ly", "Quang Linh", "Cao Thái Sơn"]),
        ("Họ hạ hai tay vợt Đỗ Trọng Thắng - Minh Tiến 3 ván trắng.", ["Đỗ Trọng Thắng", "Minh Tiến"]),
        # no pair: a title word after the dash
        ("Chị Trần Thúy Hồng, phụ huynh của Hoàng Mai Anh - Cựu sinh viên K12, ủng hộ.",
         ["Trần Thúy Hồng", "Hoàng Mai Anh"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_names_listed_or_paired(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # two particles inside a name
        ("Abby de la Rosa, 30 tuổi, chia sẻ trên trang cá nhân.", ["Abby de la Rosa"]),
        ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen bình luận.", ["Ursula von der Leyen"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_two_particles_inside_a_name(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # `Việt` alone is a person only after a kin word; subjects, platforms, film industries are none
        ("Võ sĩ người Mỹ gốc Việt đã có pha phản đòn. Anh Việt cho biết thêm.", ["Việt"]),
        ("Để đến nơi, cô gái Việt phải leo núi.", []),
        ("Giáo viên bộ môn Toán tại trung tâm chia sẻ kinh nghiệm.", []),
        ("Cô là ngôi sao hàng đầu Bollywood, có nhiều fan nhất trên Instagram.", []),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_not_people_dev45(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        ("Kathryn Mayorga tố cáo bị C.Ronaldo hãm hiếp.", ["Kathryn Mayorga", "C.Ronaldo"]),
        ("Cô gái có tên Chiharu bắt đầu làm video từ tháng 12.", ["Chiharu"]),
        ("Bức tượng phu nhân Phụ Hảo được tìm thấy.", ["Phụ Hảo"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_dev50(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a reader's mail header glued to the sender's name
        ("Mọi chuyện còn rắc rối hơn. From: Le VinhTo: tamsu@vnexpress.net Subject: doi dieu", ["Le Vinh"]),
        ("From: BelindaTo: tamsu@vnexpress.net Sent: Friday, July 23, 2004", ["Belinda"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_mail_header_glued_to_a_sender(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a foreign name before what only a person does; a company's name after a kin word is a girl
        ("Aishwarya Rai sinh năm 1973 là hoa hậu thế giới năm 1994.", ["Aishwarya Rai"]),
        ("Cô bé Apple sống cùng bố ruột. Sau này, bé Apple sống cùng cặp đôi.", ["Apple", "Apple"]),
        ("Apple vừa ra mắt điện thoại mới tại Mỹ.", []),
        # a degree title before a given name spelled like a country: the person; a head of state: the country
        ("Tuy nhiên, GS Đức thừa nhận vẫn còn nhiều khó khăn.", ["Đức"]),
        ("Thủ tướng Đức thừa nhận vẫn còn nhiều khó khăn.", []),
        # a coach's title ends a body's name; a sentence opener is no part of a name
        ("Đoàn quân HLV Zidane đang đặt mình vào thế khó.", ["Zidane"]),
        ("Việc HLV Solskjaer để Bruno Fernandes dự bị là sai lầm.", ["Solskjaer", "Bruno Fernandes"]),
        # a full name right after a body's name ending in a body word (`Quốc hội`); a newsreader's title
        ("Trưởng ban của UB Thường vụ Quốc hội Nguyễn Thị Thanh cho biết.", ["Nguyễn Thị Thanh"]),
        ("Vợ chồng BTV Quang Minh quyết định thuê người giúp việc.", ["Quang Minh"]),
        ("Quanh Biển hồ Crystal Lagoon là phố đi bộ.", []),  # `hồ` is still a place word there
        # the holder after a department named by its head's title; `Bạn` as an honorific
        ("Trưởng ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa phát biểu.", ["Nguyễn Trọng Nghĩa"]),
        ("Bạn Nguyễn Thị Thùy Linh, sinh viên năm thứ hai, chia sẻ.", ["Nguyễn Thị Thùy Linh"]),
        # a body's head word after an honorific, as a whole word, is a given name; a title is not
        ("Ông Khoa cho rằng việc cấp phép là sai.", ["Khoa"]),
        ("Thấy ông Trường đi ra cầu thang, hắn bỏ chạy.", ["Trường"]),
        ("Ông Bộ trưởng cho biết thêm.", []),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_dev54_57(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a common noun written with a capital (`Kỳ thi`, as the dictionary's `kì thi`) is nobody;
        # after an honorific it is a given name
        ("Bộ chịu trách nhiệm toàn diện về Kỳ thi, trực tiếp thực hiện các khâu.", []),
        ("Đệ nhất phu nhân Jill Biden thăm trường học.", ["Jill Biden"]),
        ("Anh Kỳ thi đỗ đại học năm 2010.", ["Kỳ"]),
        # a Shark Tank investor's title before his name, not the show's name; a generation's letter
        ("Tại sự kiện, Shark Hưng đã cùng giao lưu với sinh viên.", ["Hưng"]),
        ("Nổi tiếng từ chương trình Shark Tank Việt Nam, anh được mời làm diễn giả.", []),
        ("Với lợi thế về công nghệ, Gen Z có thể học qua phương tiện của thế hệ Z.", []),
        # a person's account (`tài khoản`) as a commenter
        ("Tôi thấy chị nên làm video khác, tài khoản Minh Hà nhận xét.", ["Minh Hà"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_dev82_89(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a product announced by its name (`tên gọi`) is no person anywhere in the article
        ("Xiaomi ra mắt sản phẩm với tên gọi Mi Mix Fold. Mi Mix Fold sở hữu 2 màn hình, "
         "ông Lei Jun nói.", ["Lei Jun"]),
        # a person named after `mang tên` stays a person
        ("Ông mua được một bộ hồ sơ mang tên Đặng Anh Tuấn.", ["Đặng Anh Tuấn"]),
        # `(có) tên (là)` after a person noun names a person; after a thing it does not
        ("Nam công nhân tên Hoàng dùng xi măng gia cố cầu.", ["Hoàng"]),
        ("Ông bị mê hoặc bởi một phi tần có tên Yao Niang, một vũ công tài năng.", ["Yao Niang"]),
        ("Người bạn trai ngoại quốc lâu năm tên Mike đã rời đi.", ["Mike"]),
        ("Hãng ra mắt thiết bị có tên SuBastian vào tuần trước.", []),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_dev98_105(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # `Anh` capitalised in mid-sentence opens a given name; after `người` it is England
        ("Văn Toàn chơi lùi, còn Anh Đức ngồi dự bị.", ["Văn Toàn", "Anh Đức"]),
        ("Chương trình do các ca sỹ nổi tiếng như ca sỹ Anh Thơ thể hiện.", ["Anh Thơ"]),
        ("Nữ ca sĩ người Anh Rita Ora đến Hà Nội.", ["Rita Ora"]),
        # a given name, its initial and a surname spelled like a country
        ("Nam diễn viên Michael B. Jordan khoe hình thể săn chắc.", ["Michael B. Jordan"]),
        # a foreign given name spelled like a place opens a name, unless a title makes it the country
        ("Nicole Richie là bạn tốt nhất của Paris Hilton.", ["Nicole Richie", "Paris Hilton"]),
        ("Thủ tướng Israel Netanyahu phát biểu.", ["Netanyahu"]),
        # an estate (`… Park`, `… Land`) or a Spanish place (`San …`) is nobody (not Park Hang Seo)
        ("Chủ đầu tư dự án Vinhomes Ocean Park cho biết, HLV Park Hang Seo nói.", ["Park Hang Seo"]),
        ("Tàu ngầm ARA San Juan mất tích năm 2017.", []),
        # a work's title given in quotation marks is no person anywhere in the article
        ('Ông đóng vai chính trong "Tây Du Ký". Khi tham gia Tây Du Ký, ông còn trẻ.', []),
        # `Từ` (from) in mid-sentence before two syllables is a surname, then at a sentence's start too
        ("Trong đó, Từ Thiếu Hoa được khen nhiều nhất. Từ Thiếu Hoa năm nay 62 tuổi.",
         ["Từ Thiếu Hoa", "Từ Thiếu Hoa"]),
        ("Từ Hà Nội, đoàn xe đi Lạng Sơn.", []),
        # a stage name before its real one, and the real one
        ("Nong Poy, tên thật là Saknarin Marnyuaporn, quyết định chuyển giới.",
         ["Nong Poy", "Saknarin Marnyuaporn"]),
        # a brand glued to an acronym is nobody; a name with an inner capital is a name
        ("EcoDC là trung tâm dữ liệu đầu tiên, ông Conor McGregor nói.", ["Conor McGregor"]),
    ],
)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_people_dev106_121(people, text, names, form):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a foreign word after `bệnh`/`hội chứng` is a disease wherever it stands in the article
        ("Bệnh Alzheimer là gì? Theo CDC, tỷ lệ tử vong do Alzheimer đang tăng.", []),
        ("Cậu bé mắc hội chứng Down. Các bác sĩ cho biết Down là bệnh di truyền.", []),
        # ... but a person named so with an honorific stays a person
        ("Bệnh Alzheimer mang tên ông Alzheimer, một bác sĩ người Đức.", ["Alzheimer"]),
    ],
)
def test_disease_named_after_a_person_is_no_person(people, form, text, names):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a full name whose given name the segmenter glued to the next word (`Nghĩa là`, `Bình thường`)
        ("Ông Hứa Ngọc Nghĩa là Trưởng Ban Kiểm soát.", ["Hứa Ngọc Nghĩa"]),
        ("Ông Nguyễn Văn Bình thường đến đây.", ["Nguyễn Văn Bình"]),
        # a hyphenated given name (`Antoine-Laurent`), then the surname alone
        ("Theo tìm hiểu, Antoine-Laurent Lavoisier là nhà hóa học. Năm 1769, Lavoisier đã giành giải.",
         ["Antoine-Laurent Lavoisier", "Lavoisier"]),
        # a player's position before two given names spelled like a place (a district)
        ("Cú sút khiến thủ thành Thanh Bình bên phía đội khách giật mình.", ["Thanh Bình"]),
        # a body after a title (`Phó Bí thư Tỉnh Đoàn`) is nobody
        ("Anh Mai Văn Nam - Phó Bí thư Tỉnh Đoàn, nói.", ["Mai Văn Nam"]),
        # three initials are a person, not `H.` (huyện) and a place `V`
        ("Theo học bạ em H.V.T, lớp 1, môn Tiếng Việt.", ["H.V.T"]),
    ],
)
def test_people_dev170_177(people, form, text, names):
    assert _names(people, text, form) == names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_title_glued_to_a_word_is_no_full_name(people, form):
    """`Phó Chánh Thanh tra`: a title whose last syllable the segmenter glued on, not `Chánh Thanh`."""
    assert "Chánh Thanh" not in _names(people, "Ông Trần Đăng Phi, Phó Chánh Thanh tra, cho biết.", form)
