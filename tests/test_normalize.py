"""The normalize stage: cleaning with offsets that still point into the original text."""
import unicodedata

import pytest

from pipeline.document import Document
from pipeline.normalize import Normalizer, normalize_text


@pytest.mark.parametrize(
    "original, expected",
    [
        ("Thanh Hoá", "Thanh Hóa"),
        ("hoà bình, thuỷ lợi, khoẻ mạnh", "hòa bình, thủy lợi, khỏe mạnh"),
        ("hòa bình", "hòa bình"),
        ("quý Hoàng huỳnh", "quý Hoàng huỳnh"),  # not open oa/oe/uy syllables
        (unicodedata.normalize("NFD", "Lê Văn Dũng"), "Lê Văn Dũng"),
        ("Hà\u00a0Nội", "Hà Nội"),
        ("\u200bTam\u200b Kỳ\x08", "Tam Kỳ"),
        ("a &amp; b &quot;c&quot;", 'a & b "c"'),
        ("<p>Tam Kỳ</p><b>Quảng</b> Nam", "Tam Kỳ\nQuảng Nam"),
        ("GIữ VữNG bình yên", "GIỮ VỮNG bình yên"),
        ("dòng 1\r\ndòng 2", "dòng 1\ndòng 2"),
        ("  nhiều   khoảng   trắng  ", "nhiều khoảng trắng"),
        # a lower-case Vietnamese word glued to the next capitalised one gets its space back
        ("cầu thủ củaSHB Đà Nẵng, bàUrsula von der Leyen",
         "cầu thủ của SHB Đà Nẵng, bà Ursula von der Leyen"),
        (unicodedata.normalize("NFD", "Chủ tịchHội đồng châu Âu"), "Chủ tịch Hội đồng châu Âu"),
        # ... not a brand or a unit
        ("iPhone, macOS, TikTok, YouTube, pin 5000mAh, eKYC",
         "iPhone, macOS, TikTok, YouTube, pin 5000mAh, eKYC"),
        # a name's last syllable glued to the function word after it gets its space back
        ("TP. Hồ Chí Minhmà đã rải, Tiền Giangcó giải", "TP. Hồ Chí Minh mà đã rải, Tiền Giang có giải"),
        (unicodedata.normalize("NFD", "Sài Gònvẫn đông"), "Sài Gòn vẫn đông"),
        # ... not a foreign name, nor a word standing alone
        ("Priyanka Chopra, Latin Laura, chị Maicó", "Priyanka Chopra, Latin Laura, chị Maicó"),
        # a comma glued to the next word gets a space after it; a decimal comma does not
        ("ông Trần Đăng Phi,Phó Chánh Thanh tra, tăng 1,5%",
         "ông Trần Đăng Phi, Phó Chánh Thanh tra, tăng 1,5%"),
    ],
)
def test_normalize_text(original, expected):
    assert normalize_text(original)[0] == expected


@pytest.mark.parametrize(
    "original, word",
    [
        (unicodedata.normalize("NFD", "Chủ tịch Lê Văn Dũng đến Tam Kỳ"), "Tam Kỳ"),
        ("Ông&nbsp;Lê <b>Văn</b> Dũng tới Thanh Hoá", "Thanh Hóa"),
        ("\ufeffNgười dân\u200b phường Trường Xuân", "Trường Xuân"),
        ("Chủ tịchHội đồng châu Âu Charles Michel", "Hội đồng châu Âu"),
        ("Đến TP. Hồ Chí Minhmà không ở lại", "Hồ Chí Minh"),
    ],
)
def test_offsets_map_back_to_original(original, word):
    doc = Normalizer()(Document(id="t", original=original))
    start = doc.text.index(word)
    a, b = doc.to_original(start, start + len(word))
    back = unicodedata.normalize("NFC", original[a:b]).replace("oá", "óa")
    assert back == word


def test_every_character_maps_inside_the_original():
    original = "<i>Hoà</i>&amp;\u00a0 Thuỷ\r\n\x07NFD: " + unicodedata.normalize("NFD", "Đà Nẵng") + " củaSHB"
    text, starts, ends = normalize_text(original)
    assert len(text) == len(starts) == len(ends)
    assert all(0 <= s < e <= len(original) for s, e in zip(starts, ends))
    assert list(starts) == sorted(starts)
