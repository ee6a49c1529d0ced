"""Build models/places_world.json: foreign countries, regions and cities in Vietnamese.

The names come from the Unicode CLDR as shipped by Babel (`Locale("vi").territories` and
the time-zone exemplar cities in Vietnamese and English); the short forms Vietnamese news
uses instead of the CLDR names (`Mỹ` for `Hoa Kỳ`, `Liên Xô`, `Matxcơva`) are added from
CURATED below. Run once after changing either (Babel is needed only here):

    python -m pipeline.build_gazetteer        # -> models/places_world.json

>>> # "Hàn Quốc", "Bắc Mỹ", "Bình Nhưỡng" come from CLDR; "Mỹ", "Bắc Kinh" from CURATED
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "places_world.json"

# CLDR codes that are not places a news text names (pseudo-locales, "unknown", the UN).
SKIP_TERRITORIES = {"XA", "XB", "ZZ", "UN", "EU", "EZ", "QO", "001"}
# Vietnamese cities are linked through the admin-unit gazetteer, not this list.
VIETNAM_ZONES = {"Asia/Saigon", "Asia/Ho_Chi_Minh"}

# Short forms and common exonyms used by Vietnamese newspapers, by kind. Curated by hand
# from the shared news corpora; CLDR has only the formal names.
CURATED = {
    "country": [
        "Mỹ",
        "Anh",
        "Úc",
        "Nga",
        "Ý",
        "Italia",
        "Triều Tiên",
        "Bắc Triều Tiên",
        "Hàn Quốc",
        "Nam Hàn",
        "Liên Xô",
        "Hồng Kông",
        "Hong Kong",
        "Ma Cao",
        "Macau",
        "Đông Timor",
        "Timor Leste",
        "Myanmar",
        "Miến Điện",
        "Ukraine",
        "Cộng hòa Séc",
        "Ả Rập Saudi",
        "Saudi Arabia",
        "Australia",
        "Hoa Kỳ",
        "Singapore",
        "Philippines",
        "Campuchia",
        "Cam-pu-chia",
        "Lào",
        "Nhật",
        "Thái",
        "Malaysia",
        "Indonesia",
        "Brunei",
        "New Zealand",
        "Scotland",
        "Xứ Wales",
        "Wales",
        "England",
        "Palestine",
        "Vatican",
        "Tây Tạng",
        "Kosovo",
        "Tân Cương",
        "Nam Triều Tiên",
        "Đông Đức",
        "Tây Đức",
        "Nam Tư",
        "Ả Rập Xê Út",
        "UAE",
        "Ba Tư",
        "Cuba",
        "Venezuela",
        "Thụy Sỹ",
        "Ấn Độ",
        "Hungary",
        "Ireland",
        "Bắc Ireland",
        "VN",
    ],
    "region": [
        "châu Á",
        "châu Âu",
        "châu Phi",
        "châu Mỹ",
        "châu Úc",
        "châu Đại Dương",
        "Á Âu",
        "Âu Á",
        "Đông Nam Á",
        "Đông Á",
        "Nam Á",
        "Tây Á",
        "Trung Á",
        "Bắc Á",
        "Trung Đông",
        "Bắc Phi",
        "Bắc Mỹ",
        "Nam Mỹ",
        "Mỹ Latinh",
        "Mỹ La-tinh",
        "Trung Mỹ",
        "Tây Âu",
        "Đông Âu",
        "Bắc Âu",
        "Nam Âu",
        "Trung Âu",
        "Bắc Cực",
        "Nam Cực",
        "Scandinavia",
        "Balkan",
        "Trung Hoa",
        "miền Bắc",
        "miền Trung",
        "miền Nam",
        "miền Tây",
        "miền Đông",
        "Tây Nguyên",
        "Nam Bộ",
        "Bắc Bộ",
        "Trung Bộ",
        "Tây Bắc",
        "Đông Bắc",
        "Nam Trung Bộ",
        "Bắc Trung Bộ",
        "Tây Nam Bộ",
        "Đông Nam Bộ",
        "đồng bằng sông Cửu Long",
        "Đồng bằng sông Cửu Long",
        "đồng bằng sông Hồng",
        "Đồng bằng sông Hồng",
        "duyên hải miền Trung",
        "Nam Trung Bộ",
        "Thái Bình Dương",
        "Đại Tây Dương",
        "Ấn Độ Dương",
        "Bắc Băng Dương",
        "Biển Đông",
        "Địa Trung Hải",
        "Biển Đen",
        "Biển Bắc",
        "Hoàng Sa",
        "Trường Sa",
        "Vịnh Bắc Bộ",
        "vịnh Thái Lan",
        "Mê Kông",
        "Mekong",
        "Đông Dương",
        "Vùng Vịnh",
        "Trung Phi",
        "Á Đông",
    ],
    "city": [
        "Bắc Kinh",
        "Thượng Hải",
        "Quảng Châu",
        "Thâm Quyến",
        "Vũ Hán",
        "Hàng Châu",
        "Nam Kinh",
        "Thiên Tân",
        "Trùng Khánh",
        "Thành Đô",
        "Côn Minh",
        "Nam Ninh",
        "Hạ Môn",
        "Đài Bắc",
        "Washington",
        "New York",
        "Los Angeles",
        "San Francisco",
        "Chicago",
        "Boston",
        "Seattle",
        "Houston",
        "Miami",
        "Las Vegas",
        "Canberra",
        "Sydney",
        "Melbourne",
        "Brisbane",
        "Perth",
        "Moscow",
        "Matxcơva",
        "Mát-xcơ-va",
        "Saint Petersburg",
        "London",
        "Manchester",
        "Liverpool",
        "Paris",
        "Berlin",
        "Munich",
        "Frankfurt",
        "Rome",
        "Roma",
        "Milan",
        "Madrid",
        "Barcelona",
        "Lisbon",
        "Amsterdam",
        "Brussels",
        "Geneva",
        "Zurich",
        "Vienna",
        "Viên",
        "Praha",
        "Warsaw",
        "Kiev",
        "Kyiv",
        "Tokyo",
        "Osaka",
        "Kyoto",
        "Yokohama",
        "Seoul",
        "Busan",
        "Bình Nhưỡng",
        "Bangkok",
        "Pattaya",
        "Phuket",
        "Chiang Mai",
        "Viêng Chăn",
        "Vientiane",
        "Phnom Penh",
        "Siem Reap",
        "Kuala Lumpur",
        "Jakarta",
        "Bali",
        "Manila",
        "Yangon",
        "New Delhi",
        "Mumbai",
        "Dubai",
        "Abu Dhabi",
        "Doha",
        "Riyadh",
        "Tehran",
        "Baghdad",
        "Jerusalem",
        "Tel Aviv",
        "Istanbul",
        "Ankara",
        "Cairo",
        "Monte Carlo",
        "Ottawa",
        "Toronto",
        "Vancouver",
        "Havana",
        "Rio de Janeiro",
        "Texas",
        "California",
        "Florida",
        "Massachusetts",
        "Hawaii",
        "Alaska",
        "Virginia",
        "Wuhan",
        "Vũ Hán",
        "Hokkaido",
        "Okinawa",
        "Kyushu",
        "Silicon Valley",
        "Hollywood",
        "Iceland",
        "Greenland",
        "Siberia",
        "Crimea",
        "Gaza",
        "Xinjiang",
        "Hồ Bắc",
        "Quảng Đông",
        "Quảng Tây",
        "Vân Nam",
        "Tứ Xuyên",
        "Phúc Kiến",
        "Chiết Giang",
        "Giang Tô",
        "Sơn Đông",
        "Cát Lâm",
        "Hắc Long Giang",
    ],
}

_SPLIT = re.compile(r"(?<!\s)\s*\(.{0,60}?\)\s*|,.{0,80}$")  # "Myanmar (Miến Điện)" -> "Myanmar"


def cldr_names() -> dict[str, set[str]]:
    """Vietnamese country/region names and exemplar cities from Babel's CLDR data."""
    from babel import Locale

    vi, en = Locale("vi"), Locale("en")
    out: dict[str, set[str]] = {"country": set(), "region": set(), "city": set()}
    for code, name in vi.territories.items():
        if code in SKIP_TERRITORIES:
            continue
        kind = "region" if code.isdigit() else "country"
        out[kind].add(_SPLIT.sub("", name).strip())
    for loc in (vi, en):
        for tz, data in loc.time_zones.items():
            city = data.get("city")
            if city and tz not in VIETNAM_ZONES:
                out["city"].add(_SPLIT.sub("", city).strip())
    return out


def build() -> dict:
    names = cldr_names()
    for kind, extra in CURATED.items():
        names[kind].update(extra)
    return {
        "source": "Unicode CLDR via Babel (vi territories, vi/en exemplar cities) + CURATED in "
        "pipeline/build_gazetteer.py",
        **{kind: sorted(n for n in v if n) for kind, v in names.items()},
    }


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({', '.join(f'{k}: {len(v)}' for k, v in data.items() if k != 'source')})")


if __name__ == "__main__":
    main()
