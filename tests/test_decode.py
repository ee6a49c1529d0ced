"""Decoding input bytes: BOMs, UTF-8/16, Windows-1258, TCVN3 and VNI legacy text, binaries."""
import shutil
import subprocess
import unicodedata

import pytest

from pipeline.decode import BinaryInputError, decode_bytes
from pipeline.legacy_encodings import TCVN3, LegacyCodec, detect_legacy_text, is_syllable

TEXT = ("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng đã đến thăm phường Trường Xuân, thành phố Tam Kỳ "
        "sáng 16/8. Ông nói: “Người dân được hưởng lợi, khuyến khích nghiêng về ưu tiên.” "
        "Đồng chí Nguyễn Thị Ánh Tuyết, Ủy ban nhân dân, Bộ Giáo dục và Đào tạo, Quốc hội.")
ALPHABET = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc huyền hỏi ngã nặng


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Word wrote it: base letters precomposed, tone as a combining mark."""
    out = bytearray()
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += (base + "".join(c for c in d if c in TONES)).encode("cp1258")
    return bytes(out)


def vni_bytes(text: str) -> bytes:
    """VNI Windows written from the published key map (independent of the module's tables)."""
    tone_lo, tone_up = "ùøûõï", "ÙØÛÕÏ"
    hat_lo, hat_up = "âáàåãä", "ÂÁÀÅÃÄ"  # circumflex alone, then with each tone
    breve_lo, breve_up = "êéèúüë", "ÊÉÈÚÜË"
    i_lo, i_up = "íìæóò", "ÍÌÆÓÒ"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        base, up = d[0].lower(), d[0].isupper()
        tone = next((TONES.index(c) for c in d if c in TONES), None)
        mods = [c for c in d[1:] if c not in TONES]
        case = (lambda s: s.upper()) if up else (lambda s: s)
        if ch in "đĐ":
            out.append("Ñ" if up else "ñ")
        elif not ("a" <= base <= "z") or (not mods and tone is None):
            out.append(ch)
        elif base == "i":
            out.append((i_up if up else i_lo)[tone])
        elif base == "y" and tone == 4:
            out.append("Î" if up else "î")
        elif "\u031b" in mods:  # horn: ơ ư are single bytes
            out.append(("Ô" if up else "ô") if base == "o" else ("Ö" if up else "ö"))
            if tone is not None:
                out.append((tone_up if up else tone_lo)[tone])
        elif "\u0302" in mods:
            out.append(case(base) + (hat_up if up else hat_lo)[0 if tone is None else tone + 1])
        elif "\u0306" in mods:
            out.append(case(base) + (breve_up if up else breve_lo)[0 if tone is None else tone + 1])
        else:
            out.append(case(base) + (tone_up if up else tone_lo)[tone])
    return "".join(out).encode("cp1252")


def tcvn3_bytes(text: str) -> bytes:
    """ABC (TCVN3) bytes: accented capitals take the lower-case code, as with .VnTimeH fonts."""
    code = {ch: b for b, ch in TCVN3.items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in code and (ch.islower() or ch in "ĂÂÊÔƠƯĐ"):
            out.append(code[ch])
        elif ch.lower() in code:
            out.append(code[ch.lower()])
        else:
            out += ch.encode("cp1252")
    return bytes(out)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize(
    "encode, encoding",
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: t.encode("utf-8-sig"), "utf-8"),
        (lambda t: t.encode("utf-16"), "utf-16-le"),
        (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: b"\xff\xfe" + t.replace("\n", "\r\n").encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_unicode_encodings(encode, encoding, form):
    text = unicodedata.normalize(form, TEXT + "\ndòng hai, hoà bình")
    decoded, used, warning = decode_bytes(encode(text))
    assert used == encoding and warning is None
    assert decoded.replace("\r\n", "\n") == text


def test_cp1258_with_combining_tones():
    decoded, used, warning = decode_bytes(cp1258_bytes(TEXT))
    assert used == "cp1258" and "Windows-1258" in warning
    assert unicodedata.normalize("NFC", decoded) == TEXT


@pytest.mark.parametrize(
    "legacy, expected",
    [  # pairs published with open-source converters
        ("Ninh B×nh", "Ninh Bình"),
        ("B¶o Th¾ng", "Bảo Thắng"),
        ("M\xadêng Kh\xad¬ng", "Mường Khương"),
        ("Hµ Néi", "Hà Nội"),
        ("§µ N½ng", "Đà Nẵng"),
    ],
)
def test_tcvn3_reference_pairs(legacy, expected):
    assert LegacyCodec().decode(legacy.encode("cp1252"), "tcvn3") == expected


@pytest.mark.parametrize(
    "legacy, expected",
    [
        ("Xin chaøo caùc baïn", "Xin chào các bạn"),
        ("Vieät Nam", "Việt Nam"),
        ("Haø Noäi, ngöôøi, ñöôïc", "Hà Nội, người, được"),
        ("TRÖÔØNG ÑAÏI HOÏC", "TRƯỜNG ĐẠI HỌC"),
    ],
)
def test_vni_reference_pairs(legacy, expected):
    assert LegacyCodec().decode(legacy.encode("cp1252"), "vni") == expected


def test_tcvn3_round_trip_every_letter():
    codec = LegacyCodec()
    text = ALPHABET + " ĂÂÊÔƠƯĐ " + TEXT.lower()
    assert codec.decode(tcvn3_bytes(text), "tcvn3") == text


def test_tcvn3_capitals_come_back_lower_case():
    # ABC has no codes for accented capitals: fonts drew them from the lower-case codes
    assert LegacyCodec().decode(tcvn3_bytes("Hà NỘI"), "tcvn3") == "Hà NộI"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs iconv")
def test_tcvn3_table_matches_iconv():
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a", capture_output=True)
    if probe.returncode != 0:
        pytest.skip("iconv without TCVN5712-1")
    data = bytes(range(0xA1, 0x100))
    ref = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True,
                         check=True).stdout.decode("utf-8")
    ours = "".join(TCVN3[b] for b in data)
    assert unicodedata.normalize("NFD", ref) == unicodedata.normalize("NFD", ours)


@pytest.mark.parametrize("case", [str.lower, str.upper, lambda t: t])
def test_vni_round_trip(case):
    text = case(ALPHABET + " " + TEXT)
    assert LegacyCodec().decode(vni_bytes(text), "vni") == text


@pytest.mark.parametrize("name, make", [("tcvn3", tcvn3_bytes), ("vni", vni_bytes)])
def test_legacy_files_are_detected(name, make):
    text = TEXT.lower()
    decoded, used, warning = decode_bytes(make(text))
    assert (decoded, used) == (text, name)
    assert name.upper() in warning


@pytest.mark.parametrize("name, make", [("tcvn3", tcvn3_bytes), ("vni", vni_bytes)])
def test_legacy_text_read_as_windows_1252_is_converted(name, make):
    mojibake = make(TEXT.lower()).decode("cp1252", errors="replace")
    decoded, used, warning = decode_bytes(mojibake.encode("utf-8"))
    assert (decoded, used) == (TEXT.lower(), name)


@pytest.mark.parametrize(
    "text",
    [TEXT, "café résumé à la carte, naïve façade", "plain ASCII text 123", "Hoà bình — “đẹp”", ""],
)
def test_ordinary_text_is_not_taken_for_legacy(text):
    assert detect_legacy_text(text, LegacyCodec()) is None
    assert decode_bytes(text.encode("utf-8"))[:2] == (text, "utf-8")


def test_mostly_utf8_keeps_utf8_and_reports_bad_bytes():
    data = TEXT.encode("utf-8")
    data = data[:40] + b"\xff" + data[40:]
    decoded, used, warning = decode_bytes(data)
    assert used == "utf-8" and "1 undecodable" in warning and "at byte 40" in warning
    assert decoded.replace("\ufffd", "") == TEXT


def test_bad_utf16_is_reported_not_fatal():
    decoded, used, warning = decode_bytes(b"\xff\xfe" + "Hà Nội".encode("utf-16-le") + b"\x00\xd8")
    assert used == "utf-16-le" and decoded.startswith("Hà Nội") and "undecodable" in warning


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"GIF89a" + b"\x01" * 100,
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04" + b"x" * 50,
        b"\x7fELF\x02\x01\x01" + b"\x00" * 100,
        bytes(range(32)) * 20,
    ],
)
def test_binaries_are_refused(data):
    with pytest.raises(BinaryInputError, match="binary content"):
        decode_bytes(data)


@pytest.mark.parametrize("word, ok", [("Nội", True), ("nghiêng", True), ("khuỷu", True), ("người", True),
                                      ("Néi", False), ("chaứo", False), ("hoáà", False)])
def test_syllable_check(word, ok):
    assert is_syllable(word) is ok
