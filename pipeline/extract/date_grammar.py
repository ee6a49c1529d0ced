"""Find DATE expressions in Vietnamese text and read their parts (no calendar arithmetic).

The grammar is a handful of regex families built from the word lists of models/dates.json;
each match becomes a `DateSpec` (what was written: day, month, year, offsets, part of day
...). `date_values` turns a spec into an ISO value.

>>> # "Sáng 16/8" -> DateSpec(grain="day", day=16, month=8, pod="MO")
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

# Number pieces: day, month, four-digit year (1800-2099), clock.
D = r"(?:0?[1-9]|[12]\d|3[01])"
M = r"(?:0?[1-9]|1[0-2])"
Y = r"(?:1[89]\d\d|20\d\d)"
HOUR = r"(?:[01]?\d|2[0-3])"
MIN = r"[0-5]\d"
CLOCK = (
    rf"{HOUR}\s?(?:h|g|giờ)(?:\s?{MIN}(?:\s?(?:phút|p|'))?)?(?![\w])"
    rf"|{HOUR}:{MIN}(?:\s?[AaPp][Mm])?(?![\w:])"
)
# Left edge of a number: not inside another number, code or word.
DAY_OF_MONTH = "dom"  # DateSpec.part of a bare `ngày 12`: the month is the reference date's
# Families whose every alternative contains a digit (D, M, Y are digits only).
DIGIT_FAMILIES = frozenset({"day_only", "range", "range_dot", "day_to", "dm", "dm_dash", "dtm", "tet", "my",
                            "year", "period", "year_paren", "years_paren", "year_bare", "english", "year_bc"})
# Words a family's pattern cannot match without (lower case): a sentence holding none skips it.
FAMILY_WORDS = {
    "dtm": ("tháng",), "month": ("tháng",), "month_rel": ("tháng",), "months_edge": ("tháng",),
    "day_only": ("ngày",), "tet": ("tết",), "tet_canchi": ("tết",), "ram": ("rằm",),
    "year": ("năm",), "year_edge": ("năm",), "year_rel": ("năm",), "half": ("năm",),
    "same_day": ("cùng",), "quarter": ("quý",), "quarter_rel": ("quý",), "quarter_edge": ("quý",),
    "season": ("mùa",), "week": ("tuần",), "decade": ("năm", "thập"), "century": ("thế",),
    "ago": ("ngày", "tuần", "tháng", "năm"), "school_rel": ("năm",), "year_bc": ("tcn", "trước"),
}
_DIGIT = re.compile(r"\d")
NUM_L = r"(?<![\w/.,:\-])"
# Right edge: not followed by more of a number, a code (15/2020/NĐ-CP) or a percent sign.
NUM_R = r"(?![\w/%]|[.,]\d|\s?%|-\d)"


# What may follow a bare D/M for it to be read as a date (21/4 vừa qua, 30/4 tới).
_BARE_NEXT = frozenset({",", ".", ";", ":", ")", "", "-", "–", "vừa", "tới", "này"})
# A relative day right before a bare D/M names the same day (`hôm qua 25/3`, `sáng nay 22/4`).
_SCORE_BEFORE = re.compile(r"(?:\d\s?[-–]\s?\d|ván|ván trắng|set|tỉ số|tỷ số)\s?$", re.I)
_JUST_PAST = re.compile(r"(?<!\s)\s{1,3}vừa\s{1,3}(?:qua|rồi)(?!\w)", re.I)  # `2020 vừa qua`
COUNT_NEXT = frozenset({"lần", "lượt"})  # after `3-4`: a count of times, no date
TERM_WORDS = frozenset({"kỳ", "khóa", "khoá"})  # `nhiệm kỳ (2020-2025)`: a term of office, no date
YEAR_MIN, YEAR_MAX = 1800, 2099  # D/M with such a year is a date (`30/4/1975`); `năm 1500 người` counts
MAX_SPAN_YEARS = 400  # a bracketed span of years longer than this is no lifetime or reign
NEAR_DAYS = 7  # at most so many days between the two ends of a bare range of dates (`30/4-1/5`)
_DATED_BRACKET = re.compile(r"\d[ (]*\( ?$")  # `20/4 (` before a weekday: the date's weekday
_REL_DAY_BEFORE = re.compile(r"(?:(?:hôm|sáng|trưa|chiều|tối|đêm)\s(?:nay|qua|kia|mai)|ngày\smai),?\s$", re.I)
_CAPITALIZED_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-ZĐ]\w* $")  # `Ba ` before `Tháng Hai`
HOLIDAY_PREV = frozenset({"dịp", "lễ", "nghỉ"})  # `dịp nghỉ lễ 30-4`: a holiday written with a dash
BC = r"(?:trước\s+(?:Công\s+nguyên|CN)|TCN)"  # before Christ: a negative year


@dataclass
class DateSpec:
    """What a DATE expression says, before resolution against a reference date.

    grain: day | month | year | quarter | half | season | week | weekday | decade | century | school.
    rel: offset in units of `grain` from the reference date (None when absolute).
    """

    grain: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: int | str | None = None  # quarter number, half number, season code, weekday, decade, century
    rel: int | None = None
    pod: str | None = None
    clock: tuple[int, int] | None = None
    lunar: bool = False
    anchored: bool = True  # False: relative to the story, not to the publication (hôm sau)
    year_rel: int | None = None  # year relative to the reference (tháng 8 năm ngoái: -1)
    year_shift: int = 0  # holiday in the previous lunar year (ông Công ông Táo)
    end: DateSpec | None = None
    future: bool | str | None = None  # weekday: True after the reference, "soon" on or after it

    @property
    def explicit_year(self) -> int | None:
        return self.year if self.rel is None and self.year is not None else None


@dataclass
class Candidate:
    start: int
    end: int
    spec: DateSpec
    family: str = ""


def _alt(words) -> str:
    """Regex alternation of literal words, longest first, spaces as `\\s+`."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _roman(s: str) -> int:
    """`XXI` -> 21 (the numerals of centuries; 0 when malformed)."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


class DateGrammar:
    """Compiled regex families over one lexicon (models/dates.json)."""

    def __init__(self, lex: dict):
        self.lex = lex
        self.pod = {_norm(k): v for k, v in lex["part_of_day"].items()}
        self.numw = lex["number_words"]
        self.license_prev = set(lex["license_prev"])
        self.reject_prev = set(lex["reject_prev"])
        self.reject_next = set(lex["reject_next"])
        self.quantifiers = set(lex["quantifiers"])
        self.year_license = set(lex["year_license_prev"])
        self.year_license2 = set(lex["year_license_prev2"])
        self.holiday_dm = set(lex["holiday_dm"])
        self.quarter_reject = set(lex["quarter_reject_prev"])
        self.never_bare = set(lex["never_bare"])
        self.vague_today = set(lex["vague_today_prev"])
        self.year_units = set(lex["year_units_next"])
        self.habitual = set(lex["habitual_next"])
        self.holidays = {_norm(n): h for h in lex["holidays"] for n in h["names"]}
        pod = _alt(self.pod)
        edge = _alt(lex["period_edge"])
        wd_cap = r"[Tt]hứ\s+(?-i:Hai|Ba|Tư|Năm|Sáu|Bảy|HAI|BA|TƯ|NĂM|SÁU|BẢY)|[Cc]hủ\s+[Nn]hật|CHỦ\s+NHẬT"
        wd_any = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])(?!\w)|chủ\s+nhật"
        self.wd_cap = re.compile(rf"^(?:{wd_cap})$")
        pre = (
            r"(?<![\w/])"  # `16h đến 18h chiều 29/4`: a clock range on one day is one span
            rf"(?:(?:(?P<clk0>{CLOCK})\s*(?:đến|tới|[-–])\s*)?(?P<clk>{CLOCK})(?:\s+(?P<pod2>{pod}))?,?\s+)?"
            rf"(?:(?P<pod>{pod})(?:\s+|,\s*))?"
            rf"(?:(?P<wd>{wd_any})(?:,\s*|\s+|\s*-\s*))?"
            r"(?:(?P<lead>ngày(?:\s+(?:mùng|mồng))?|hôm|mùng|mồng)\s+)?"
        )
        rel_day = r"hôm\s+nay|hôm\s+qua|hôm\s+kia|hôm\s+trước|hôm\s+sau|nay|qua|kia|mai|mốt|trước|sau"
        sep_tail = r"(?:\s*\(?(?P<lunar>âm\s+lịch|ÂL|dương\s+lịch)\)?)?"
        year_rel = _alt(lex["relative_period"])
        yr = rf"(?:\s*[/\-.]\s*(?P<y>{Y})|\s+năm\s+(?P<y2>{Y})|\s+năm\s+(?P<yrel>{year_rel}))"
        roman = r"(?-i:I{1,3}|IV)|0?[1-4]"  # (`quý 01/2021`)
        num = rf"\d{{1,2}}|{_alt(self.numw)}"
        en_month = _alt(lex["english_months"])
        canchi = rf"(?:{_alt(lex['can'])})\s+(?:{_alt(lex['chi'] + ['mẹo'])})(?!\w)"
        e = rf"(?:(?P<edge>{edge})\s+)?"  # đầu / giữa / cuối before a period
        dmy = rf"{D}/{M}(?:/{Y})?"
        cap_months = _alt([w.title() for w in lex["month_words"]])  # `tháng Sáu`, not `tháng năm`
        mon = rf"(?P<m>{M}|giêng|chạp|(?-i:{cap_months})(?!\w))"
        rel4 = r"(?P<rel>này|trước|sau|tới|vừa\s+qua|vừa\s+rồi)(?!\w)"
        this_year = r"(?:\s+năm\s+(?P<yrel>nay|ngoái|trước|tới|sau)(?!\w))?"  # `1/5 năm nay`
        y_or_2 = rf"(?:\s?[-–/]\s?(?P<y3>{Y}|\d\d))?(?![\d\w])"
        unit = r"ngày|tuần|tháng|năm"
        units = _alt(lex["day_only_not_before"])
        sources = [
            ("range", rf"{pre}{NUM_L}(?P<a>{D}(?:/{M}(?:/{Y})?)?)\s?[-–]\s?(?P<b>{dmy}){NUM_R}{this_year}"
                      rf"{sep_tail}"),
            ("range_dot", rf"{pre}{NUM_L}(?P<a>{D}\.{M})\s?[-–]\s?(?P<b>{D}\.{M}(?:\.{Y})?){NUM_R}"
                          rf"{sep_tail}"),
            ("day_to", rf"{pre}(?P<d>{D})\s+(?:đến|tới|và)\s+(?:ngày\s+)?(?P<b>{dmy}|{D}-{M}(?:-{Y})?){NUM_R}"
                       rf"{sep_tail}"),  # (`ngày 26 đến 29-6`, `ngày 2 và 3-7`)
            # `ngày 25/4 vừa rồi`: one span, as the golds always mark it (`vừa qua` they split evenly)
            ("dm", rf"{pre}{NUM_L}(?P<a>{dmy}){NUM_R}(?:\s+năm\s+(?P<y2>{Y})|{this_year}){sep_tail}"
                   r"(?:\s+vừa\s+rồi(?!\w))?"),
            ("dm_dash", rf"{pre}{NUM_L}(?P<a>{D}(?P<s>[-.]){M}(?:(?P=s){Y})?){NUM_R}{sep_tail}"),
            ("dtm", rf"{pre}(?P<d>{D})\s+tháng\s+{mon}"
                    rf"(?:\s+năm\s+(?:(?P<y>{Y})|(?P<canchi>{canchi})))?(?!\d){sep_tail}"),
            ("tet", rf"{pre}(?P<d>{D})\s+Tết(?:\s+(?:Nguyên\s+đán|Âm\s+lịch))?(?:\s+(?P<y>{Y}))?"),
            ("tet_canchi", rf"(?<!\w)Tết\s+(?:Nguyên\s+đán\s+)?(?P<canchi>{canchi})"),  # `Tết Giáp Thân`
            ("ram", rf"{pre}rằm\s+tháng\s+(?P<m>{M}|giêng|bảy|chạp)(?!\d){sep_tail}"),
            ("relday", rf"{pre}(?P<rel>{rel_day})(?!\w)"),
            ("day_only", rf"(?<![\w/])(?:(?P<pod>{pod})\s+)?(?P<lead>ngày)\s+(?P<d>{D})"
                         rf"(?![\d\w%/\-]|[.,]\d|\s+(?:{units}|tháng)(?!\w))"),
            ("weekday", rf"{pre}(?P<w>{wd_any})"
                        r"(?:\s+tuần\s+(?P<wrel>này|trước|sau|tới|qua)|\s+(?P<wrel2>tới|này|vừa\s+qua))?"),
            ("holiday", rf"{pre}(?P<h>{_alt(self.holidays)})(?!\w)(?:\s+(?:năm\s+)?(?P<y>{Y})"
                        r"|\s+vừa\s+(?:qua|rồi)(?!\w))?"),  # `Tết Nguyên đán vừa qua`: one span
            # `tháng 4 này`, `tháng 3 vừa rồi`: in the reference year
            ("month", rf"{e}tháng\s+{mon}(?:\s?[-–]\s?(?P<m2>{M}))?(?!\d)"
                      rf"(?:{yr}|\s+(?P<mrel>này|tới|vừa\s+qua|vừa\s+rồi|mới\s+đây|mới\s+rồi)(?!\w))?{sep_tail}"),
            ("month_rel", rf"{e}tháng\s+{rel4}"),
            ("my", rf"{e}{NUM_L}(?P<m>{M})/(?P<y>{Y}){NUM_R}"),
            ("year", rf"{e}năm\s+(?P<y>{Y}|21\d\d|1[0-7]\d\d){y_or_2}"),  # `năm 2100`, `năm 1570` after `năm`
            ("same_day", rf"(?<![\w/])(?:(?P<clk>{CLOCK})(?:\s+(?P<pod2>{pod}))?,?\s+)?(?:(?P<pod>{pod})\s+)?"
                         rf"cùng\s+ngày(?:\s+(?:(?P<a>{D}[/\-]{M}(?:[/\-]{Y})?)|\((?P<b>{D}[/\-]{M})\)))?(?!\w)"),
            ("year_edge", rf"(?P<edge>đầu|giữa|cuối)\s+năm"
                          rf"(?!\s*(?:\d|{_alt(lex['year_edge_not_before'])})(?!\w))"),
            ("months_edge", rf"{NUM_L}(?P<n>\d{{1,2}}|{_alt(self.numw)})\s+tháng\s+(?P<which>đầu|cuối)\s+năm"
                            rf"(?:\s+(?P<y>{Y})|\s+(?P<yrel>nay|ngoái|trước))?(?!\w)"),
            # `mùa giải năm nay`: the season word goes in the span, as with a written year (`mùa giải 2021`)
            ("year_rel", rf"{e}(?:mùa\s+(?:giải|bóng)\s+)?năm\s+"
                         r"(?P<rel>nay|ngoái|trước|sau|tới|kia|vừa\s+qua|vừa\s+rồi)(?!\w)"),
            ("period", rf"{e}(?:{_alt(lex['period_words'])})\s+(?P<y>{Y}){y_or_2}"),
            # `năm học vừa qua`: a school year relative to the publication (not `những năm học trước`)
            ("school_rel", r"năm\s+học\s+(?P<rel>này|nay|trước|qua|vừa\s+qua|vừa\s+rồi|tới|sau)(?!\w)"),
            # `năm 44 trước Công nguyên`, `1700 - 1027 trước Công nguyên`, `giai đoạn 1250 TCN - 1192 TCN`
            ("year_bc", rf"(?:(?:năm|{_alt(lex['period_words'])})\s+)?{NUM_L}(?P<y>[1-9]\d{{0,3}})"
                        rf"(?:\s+{BC})?(?:\s?[-–]\s?(?P<y3>[1-9]\d{{0,3}}))?\s+{BC}(?!\w)"),
            ("year_paren", rf"(?<=\()(?P<y>{Y})(?=\))"),
            ("years_paren", r"(?<=\()(?P<y>[1-9]\d{2,3})\s?[-–]\s?(?P<y3>[1-9]\d{2,3})(?=\))"),
            ("year_bare", rf"{e}{NUM_L}(?P<y>{Y})(?:\s?[-–]\s?(?P<y3>{Y}))?(?![\w/%-]|[.,]\d)"),
            ("quarter", rf"{e}quý\s+(?P<q>{roman})(?!\w)"
                        rf"(?:{yr}|\s+(?P<qrel>này|tới|vừa\s+qua|vừa\s+rồi)(?!\w))?"),
            ("quarter_rel", rf"{e}quý\s+{rel4}"),
            ("quarter_edge", r"quý\s+(?P<which>đầu|cuối)(?:\s+tiên|\s+cùng)?(?:\s+của)?\s+năm"
                             rf"(?:\s+(?P<y>{Y})|\s+(?P<yrel>nay|ngoái|trước|sau|tới))?(?!\w)"),
            ("half", r"(?P<h>nửa\s+đầu|nửa\s+cuối|nửa\s+sau|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)"
                     r"|(?<![\w.,])(?:2|hai)\s+quý\s+(?:đầu|cuối))\s+năm"
                     rf"(?:\s+(?P<y>{Y})|\s+(?P<yrel>nay|ngoái|trước|sau|tới))?(?!\w)"),
            ("season", rf"mùa\s+(?P<s>{_alt(lex['seasons'])})\s+"
                       rf"(?:năm\s+(?P<y>{Y})|(?P<y2>{Y})|(?:năm\s+)?(?P<yrel>nay|này|ngoái|trước|tới|sau))(?!\w)"),
            ("week", rf"{e}tuần\s+(?P<rel>này|trước|sau|tới|qua)(?!\w)"),
            ("decade", rf"{e}(?:những\s+năm|thập\s+niên|thập\s+kỷ|thập\s+kỉ)\s+"
                       r"(?P<y>(?:1\d|20)?\d0)(?:\s?[-–]\s?(?P<y2>(?:1\d|20)\d0))?(?!\d)"),
            # (`kỉ`: the older spelling; `sau Công nguyên` / `sau CN`: AD, in the span as the golds mark it)
            ("century", rf"{e}" r"thế\s+k[ỷỉ]\s+(?:thứ\s+)?(?P<c>\d{1,2}|(?-i:[IVX]{1,5}))(?!\w)"
                        r"(?:(?P<bc>\s+trước\s+(?:Công\s+nguyên|CN)|\s+TCN)|\s+sau\s+(?:Công\s+nguyên|CN)|\s+SCN)?"
                        r"(?!\w)"),
            ("ago", rf"(?:{NUM_L}(?P<n>{num})\s+(?P<u>{unit})\s+trước(?:\s+đây)?"
                    rf"|cách\s+đây\s+{NUM_L}(?P<n2>{num})\s+(?P<u2>{unit}))"
                    r"(?!\s+(?:khi|đó|nữa|ngày|thời|Tết|kỳ|lúc)(?!\w))(?!\w)"),
            ("english", r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        rf"(?P<mon>{en_month})\.?\s+(?P<d>{D}),?"
                        rf"\s+(?P<y>{Y})(?:,?\s+(?P<h>{HOUR}):(?P<mi>{MIN})(?:\s?(?P<ap>[AaPp][Mm]))?)?(?![\w:])"),
        ]
        self.families: list[tuple[str, re.Pattern]] = [(name, re.compile(src, re.I)) for name, src in sources]

    # --- scanning --------------------------------------------------------------------
    def scan(self, text: str, lo: int = 0, hi: int | None = None) -> list[Candidate]:
        """All accepted candidates in text[lo:hi], overlaps settled (longest first)."""
        hi = len(text) if hi is None else hi
        cands: list[Candidate] = []
        has_digit = _DIGIT.search(text, lo, hi) is not None
        low = text[lo:hi].lower()
        for fam, rx in self.families:
            if fam in DIGIT_FAMILIES and not has_digit:
                continue  # cheap skip: these patterns cannot match without a digit
            if fam in FAMILY_WORDS and not any(w in low for w in FAMILY_WORDS[fam]):
                continue  # nor these without their word
            for m in rx.finditer(text, lo, hi):
                spec = getattr(self, "_" + fam)(m, text)
                if spec is not None:
                    cands.append(Candidate(m.start(), m.end(), spec, fam))
        cands.sort(key=lambda c: (-(c.end - c.start), c.start))
        # kept spans never overlap, so sorted by start they are sorted by end too: a new
        # candidate only needs checking against its two neighbours (linear overall).
        starts: list[int] = []
        kept: list[Candidate] = []
        for c in cands:
            i = bisect.bisect_left(starts, c.start)
            if (i == 0 or kept[i - 1].end <= c.start) and (i == len(kept) or c.end <= kept[i].start):
                starts.insert(i, c.start)
                kept.insert(i, c)
        return kept

    # --- context helpers -------------------------------------------------------------
    @staticmethod
    def _prev_word(text: str, pos: int) -> str:
        j = pos
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        i = j
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_"):
            i -= 1
        return text[i:j].lower() if i < j else text[j - 1:j]

    @staticmethod
    def _next_word(text: str, pos: int) -> str:
        j = pos
        while j < len(text) and text[j] in " \t":
            j += 1
        i = j
        while i < len(text) and text[i].isalnum():
            i += 1
        return text[j:i].lower() if i > j else text[j:j + 1]

    def _term_bracket(self, text: str, pos: int) -> bool:
        """The bracket opened before `pos` follows a term word: `nhiệm kỳ (2020-2025)`, no date."""
        return self._prev_word(text, text.rfind("(", 0, pos)) in TERM_WORDS

    def _prev_is_count(self, text: str, pos: int) -> bool:
        """A number right before `pos` (`5`, `mười`), not a quantifier such as `những`."""
        w = self._prev_word(text, pos)
        return w.isdigit() or w in self.numw

    def _prev_is_quantity(self, text: str, pos: int) -> bool:
        w = self._prev_word(text, pos)
        if w.isdigit():  # a count (`2 tuần tới`), not a name's number (`COVID-19 tuần tới`, `U23`)
            start = len(text[:pos].rstrip(" \t")) - len(w)
            glued = start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-–" and start > 1 and (
                text[start - 2].isalpha()))  # (`1-2 tháng trước` is a count)
            return not glued
        return w in self.quantifiers

    def _has_pre(self, m: re.Match) -> bool:
        return any(m.group(g) for g in ("clk", "pod", "wd", "lead"))

    def _bare_ok(self, m: re.Match, text: str, dm: str, year: int | None = None) -> bool:
        """A D/M written without `ngày`, part of day or clock: a date, or a fraction/score?
        With a four-digit year the words that make a number of D/M (`kiện 30/4`, `2/1 của`) do not apply."""
        if dm in self.never_bare:
            return False
        prev, nxt = self._prev_word(text, m.start()), self._next_word(text, m.end())
        full = year is not None and YEAR_MIN <= year <= YEAR_MAX  # `sự kiện 30/4/1975`
        if prev.isdigit() or not full and (prev in self.reject_prev or nxt in self.reject_next):
            return False
        if self._in_score_list(text, m.start()):
            return False  # `3-2 (9/11, 11/6, 9/11)`: the points of each game
        if prev in self.license_prev or prev in ("(", "-", "–", "") or dm in self.holiday_dm:
            return True
        if _REL_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return True
        # a sentence-initial or comma-led date ("Tối 29/4, ..." lost its part of day)
        return full or nxt in _BARE_NEXT

    @staticmethod
    def _in_score_list(text: str, pos: int) -> bool:
        """`pos` lies in brackets opened right after a result (`3-2 (`, `3 ván trắng (`)."""
        opened = text.rfind("(", max(0, pos - 40), pos)
        if opened < 0 or ")" in text[opened:pos] or "\n" in text[opened:pos]:
            return False
        return _SCORE_BEFORE.search(text, max(0, opened - 20), opened) is not None

    def _apply_pre(self, m: re.Match, spec: DateSpec) -> DateSpec:
        """Part of day, clock and weekday written before a day."""
        pod = m.group("pod") or m.group("pod2")
        if pod:
            spec.pod = self.pod.get(_norm(pod))
        clk = m.group("clk")
        if clk:
            clock_pod = _norm(m.group("pod2") or pod or "")
            spec.clock = _clock(clk, clock_pod)
            if m.groupdict().get("clk0") and spec.end is None:  # (`same_day` has no clock range)
                spec.end = replace(spec)
                spec.clock = _clock(m.group("clk0"), clock_pod)
        return spec

    def _weekday_ok(self, m: re.Match, text: str, wd: str) -> bool:
        """Lower-case `thứ hai` is mostly an ordinal (lần thứ hai): needs a day cue."""
        if self.wd_cap.match(" ".join(wd.split())):
            return True
        lead = (m.group("lead") or "").lower()
        if lead == "ngày" and m.groupdict().get("wrel2"):
            return True  # `ngày thứ sáu vừa qua`: a weekday; `ngày thứ hai của chuyến thăm` a count
        # `ngày 20/4 (thứ 3)`: the weekday of the date before the bracket
        dated = bool(_DATED_BRACKET.search(text, max(0, m.start() - 24), m.start())) and (
            self._next_word(text, m.end()) == ")")
        return bool(m.group("pod") or lead == "hôm" or dated
                    or self._prev_word(text, m.start()) in ("vào", "hôm"))

    # --- families: each returns a DateSpec or None -------------------------------------
    def _day_parts(self, s: str) -> tuple[int, int | None, int | None]:
        nums = [int(x) for x in re.findall(r"\d+", s)]
        return nums[0], (nums[1] if len(nums) > 1 else None), (nums[2] if len(nums) > 2 else None)

    def _lunar(self, m: re.Match) -> bool:
        g = m.group("lunar")
        return bool(g) and not g.lower().startswith("d")

    def _range(self, m: re.Match, text: str) -> DateSpec | None:
        a, b = m.group("a"), m.group("b")
        d1, m1, y1 = self._day_parts(a)
        d2, m2, y2 = self._day_parts(b)
        if m1 is None and d1 >= d2:
            return None
        # two days a few days apart with their months (`30/4-1/5`) are no fractions (`1/3-1/4`)
        gap = d2 - d1 if m1 == m2 else d2 + 31 - d1
        near = m1 is not None and (m2 - m1) % 12 <= 1 and 0 < gap <= NEAR_DAYS
        if not self._has_pre(m) and not near and not self._bare_ok(m, text, a if m1 else b):
            return None
        if self._has_pre(m) and m.group("lead") is None and not (m.group("pod") or m.group("clk")):
            return None
        lunar = self._lunar(m)
        rel = None if y2 else self._rel_year(m)  # `30/4-1/5 năm nay`
        end = DateSpec("day", y2, m2, d2, lunar=lunar, year_rel=rel)
        year = y1 or (y2 if m1 is None or m1 <= m2 else None)  # 30/12 - 2/1/2021 starts a year earlier
        start = DateSpec("day", year, m1 or m2, d1, lunar=lunar, end=end, year_rel=rel)
        return self._apply_pre(m, start)

    def _range_dot(self, m: re.Match, text: str) -> DateSpec | None:
        """`ngày 14.3 - 17.3` (dots as VNTC writes dates): only after `ngày`, since `14.3 - 17.3` may be
        decimals."""
        if (m.group("lead") or "").lower() != "ngày":
            return None
        return self._range(m, text)

    def _day_to(self, m: re.Match, text: str) -> DateSpec | None:
        """`ngày 11 đến 13/5`: the first day borrows month and year from the second."""
        if (m.group("lead") or "").lower() != "ngày" or m.group("wd"):
            return None
        d2, m2, y2 = self._day_parts(m.group("b"))
        d1 = int(m.group("d"))
        if d1 >= d2:
            return None
        lunar = self._lunar(m)
        end = DateSpec("day", y2, m2, d2, lunar=lunar)
        return self._apply_pre(m, DateSpec("day", y2, m2, d1, lunar=lunar, end=end))

    def _dm(self, m: re.Match, text: str) -> DateSpec | None:
        a = m.group("a")
        d, mo, y = self._day_parts(a)
        if not self._has_pre(m) and not self._bare_ok(m, text, f"{d}/{mo}", y):
            return None
        if m.group("wd") and not self._weekday_ok(m, text, m.group("wd")):
            return None
        spec = DateSpec("day", y or _int(m.group("y2")), mo, d, lunar=self._lunar(m),
                        year_rel=self._rel_year(m))
        return self._apply_pre(m, spec)

    def _dm_dash(self, m: re.Match, text: str) -> DateSpec | None:
        d, mo, y = self._day_parts(m.group("a"))
        if y is None and self._next_word(text, m.end()) in COUNT_NEXT:
            return None  # `một ngày 3-4 lần`: three or four times a day
        if not (m.group("lead") or m.group("pod") or m.group("clk")):
            prev = self._prev_word(text, m.start())
            in_parens = prev == "(" and self._next_word(text, m.end()) == ")"
            # without a year, a dash D-M needs a relative day or a holiday word before it (`sáng nay 17-1`)
            dated = y is not None or _REL_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (
                f"{d}/{mo}" in self.holiday_dm and prev in HOLIDAY_PREV)
            bare_ok = bool(dated) and m.group("s") != "." and self._bare_ok(m, text, f"{d}/{mo}")
            if not (in_parens or bare_ok):
                return None
        return self._apply_pre(m, DateSpec("day", y, mo, d, lunar=self._lunar(m)))

    def _rel_year(self, m: re.Match) -> int | None:
        rel = m.groupdict().get("yrel")  # (`range_dot` has no year tail)
        return self.lex["relative_period"][rel.lower()] if rel else None

    def _month_num(self, s: str) -> int:
        if s.isdigit():
            return int(s)
        s = s.lower()
        return self.lex["named_months"].get(s) or self.lex["month_words"].get(s, 0)

    def _day_only(self, m: re.Match, text: str) -> DateSpec | None:
        """`ngày 12` alone: a day of the publication month (`XXXX-XX-12` without a date)."""
        if self._prev_word(text, m.start()) in self.quantifiers:
            return None  # `mỗi ngày 2 lần`
        pod = self.pod.get(_norm(m.group("pod"))) if m.group("pod") else None
        return DateSpec("day", day=int(m.group("d")), part=DAY_OF_MONTH, pod=pod)

    def _dtm(self, m: re.Match, text: str) -> DateSpec | None:
        if not (m.group("lead") or m.group("pod") or m.group("clk")):
            return None
        named = m.group("m").lower() in self.lex["named_months"]  # `mùng 2 tháng Giêng`: lunar
        spec = DateSpec("day", _int(m.group("y")), self._month_num(m.group("m")), int(m.group("d")),
                        lunar=self._lunar(m) or named or bool(m.group("canchi")))
        if m.group("canchi"):
            spec.part = self._canchi(m.group("canchi"))
        return self._apply_pre(m, spec)

    def _canchi(self, name: str) -> int:
        """Position of a sexagenary year name in the 60-year cycle (year % 60)."""
        can, chi = _norm(name).replace("mẹo", "mão").split()
        ci, zi = self.lex["can"].index(can), self.lex["chi"].index(chi)
        return next(k for k in range(60) if k % 10 == ci and k % 12 == zi)

    def _tet(self, m: re.Match, text: str) -> DateSpec | None:
        if (m.group("lead") or "").lower().split()[-1:] not in (["mùng"], ["mồng"], ["ngày"]):
            return None
        return self._apply_pre(m, DateSpec("day", _int(m.group("y")), 1, int(m.group("d")), lunar=True))

    def _tet_canchi(self, m: re.Match, text: str) -> DateSpec | None:
        """`Tết Giáp Thân`: the lunar new year of the nearest year of that name (2004 near 2004)."""
        return DateSpec("day", None, 1, 1, lunar=True, part=self._canchi(m.group("canchi")))

    def _ram(self, m: re.Match, text: str) -> DateSpec | None:
        return self._apply_pre(m, DateSpec("day", None, self._month_num(m.group("m")), 15, lunar=True))

    def _relday(self, m: re.Match, text: str) -> DateSpec | None:
        rel = _norm(m.group("rel"))
        lead = (m.group("lead") or "").lower()
        pod = m.group("pod") or m.group("pod2")
        if m.group("wd") or "," in m.group(0):  # buổi sáng sớm, qua buổi chiều: not a day
            return None
        if lead == "hôm":
            rel = "hôm " + rel
        elif lead == "ngày":
            if rel in ("nay", "qua", "trước", "sau"):  # ngày nay, ngày trước: vague
                return None
        elif not pod:
            if not rel.startswith("hôm"):
                return None
        elif rel in ("trước", "sau", "kia", "mốt"):
            return None
        word = m.group("rel").split()[-1]
        if word[0].isupper() and (lead or pod):  # ban ngày Mai Hương: a name
            return None
        if rel == "kia" and self._prev_is_quantity(text, m.start()):
            return None
        if rel in ("hôm trước", "hôm sau"):  # the day before or after the story's last date
            spec = DateSpec("day", rel=1 if rel == "hôm sau" else -1, anchored=False)
        else:
            offset = self.lex["relative_day"][rel.split()[-1]]
            prev = self._prev_word(text, m.start())
            if rel == "hôm nay" and (self._prev_is_quantity(text, m.start()) or prev in self.vague_today):
                return None  # "20 năm hôm nay", "cuộc sống hôm nay": not a day
            spec = DateSpec("day", rel=offset)
        return self._apply_pre(m, spec)

    def _weekday(self, m: re.Match, text: str) -> DateSpec | None:
        w = m.group("w")
        if m.group("wd") or not self._weekday_ok(m, text, w):
            return None
        if m.group("lead") and m.group("lead").lower().endswith(("mùng", "mồng")):
            return None
        nxt, prev = self._next_word(text, m.end()), self._prev_word(text, m.start())
        if nxt in self.habitual or prev in ("các", "mỗi"):
            return None  # chủ nhật hằng tuần: every Sunday
        key = _norm(w).split()[-1]
        num = 7 if key == "nhật" else self.lex["weekdays"][key]
        wrel = _norm(m.group("wrel") or m.group("wrel2") or "")
        future = {"tới": True, "sau": True, "trước": False, "qua": False, "vừa qua": False}.get(wrel)
        week = {"này": 0, "trước": -1, "qua": -1, "sau": 1, "tới": 1}.get(wrel) if m.group("wrel") else None
        spec = DateSpec("weekday", part=num, rel=week, future=future)
        return self._apply_pre(m, spec)

    def _holiday(self, m: re.Match, text: str) -> DateSpec | None:
        h = self.holidays[_norm(m.group("h"))]
        if h.get("needs_ngay") and (m.group("lead") or "").lower() != "ngày" and not m.group("y"):
            return None  # (`Tết Trung thu năm 2024` names that year's day; bare, the festival)
        spec = DateSpec("day", _int(m.group("y")), h["month"], h["day"], lunar=bool(h.get("lunar")),
                        year_shift=h.get("year_shift", 0))
        return self._apply_pre(m, spec)

    def _year_ref(self, m: re.Match) -> tuple[int | None, int | None]:
        """(explicit year, relative year offset) from the optional year tail."""
        gd = m.groupdict()
        y = gd.get("y") or gd.get("y2")
        if y:
            return int(y), None
        rel = gd.get("yrel")
        return None, (self.lex["relative_period"][rel.lower()] if rel else None)

    def _month(self, m: re.Match, text: str) -> DateSpec | None:
        prev = self._prev_word(text, m.start())
        if prev.isdigit():  # "3 tháng 10 ngày", "2 tháng 9": not ours
            return None
        if text[m.start()] == "T" and _CAPITALIZED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # `326 Ba Tháng Hai`: a street named after a date
        y, yrel = self._year_ref(m)
        if m.group("mrel"):
            yrel = 0  # `tháng 4 này`, `tháng 5 tới`, `tháng 3 vừa rồi`: in the reference year
        mo = self._month_num(m.group("m"))
        spec = DateSpec("month", y, mo, lunar=self._lunar(m), year_rel=yrel)
        if m.group("m2"):
            m2 = int(m.group("m2"))
            if m2 <= mo:
                return None
            spec.end = replace(spec, month=m2)
        return spec

    def _month_rel(self, m: re.Match, text: str) -> DateSpec | None:
        if self._prev_is_quantity(text, m.start()) or self._next_word(text, m.end()) in ("đó", "khi"):
            return None
        return DateSpec("month", rel=self.lex["relative_period"][" ".join(m.group("rel").lower().split())])

    def _my(self, m: re.Match, text: str) -> DateSpec | None:
        prev = self._prev_word(text, m.start())
        if not (m.group("edge") or prev in self.license_prev or prev == "("):
            return None
        return DateSpec("month", int(m.group("y")), int(m.group("m")))

    def _year(self, m: re.Match, text: str) -> DateSpec | None:
        nxt = self._next_word(text, m.end())
        if int(m.group("y")) < YEAR_MIN and (nxt in self.year_units or nxt.isdigit()):
            return None  # `năm 1500 người`: five, then a count (an old year needs no unit after it)
        if m.group("y3") and not m.group("edge") and self._prev_is_count(text, m.start()):
            return None  # `5 năm 2016-2020`: a span of years, the range alone is the date (`year_bare`)
        return self._period(m, text)

    def _years_paren(self, m: re.Match, text: str) -> DateSpec | None:
        """`nhà Minh (1368-1644)`, `Lý Bạch (701-762)`: a bracketed span of years, old ones too
        (not `nhiệm kỳ (2020-2025)`, a term of office)."""
        y, y3 = int(m.group("y")), int(m.group("y3"))
        if not y < y3 <= YEAR_MAX or y3 - y > MAX_SPAN_YEARS or y % 100 == 1 and y3 % 100 == 0 or (
                self._term_bracket(text, m.start())):
            return None  # (`(401-600)`: a band of a ranking)
        return DateSpec("year", y, end=DateSpec("year", y3))

    def _year_rel(self, m: re.Match, text: str) -> DateSpec | None:
        rel = " ".join(m.group("rel").lower().split())
        if rel != "ngoái" and not m.group("edge") and self._prev_is_quantity(text, m.start()):
            return None
        if rel in ("trước", "sau") and self._next_word(text, m.end()) in ("đó", "khi", "nữa"):
            return None
        return DateSpec("year", rel=self.lex["relative_period"][rel])

    def _school_rel(self, m: re.Match, text: str) -> DateSpec | None:
        """`năm học vừa qua` -> grain `school`, resolved to `2019/2020` (see date_values)."""
        if self._prev_is_quantity(text, m.start()) or self._next_word(text, m.end()) in ("đó", "khi", "nữa"):
            return None
        return DateSpec("school", rel=self.lex["relative_period"][" ".join(m.group("rel").lower().split())])

    def _year_bc(self, m: re.Match, text: str) -> DateSpec | None:
        """`năm 44 trước Công nguyên` -> -44; a range counts down (`1700 - 1027 TCN`)."""
        if text[:m.start()].rstrip().endswith(("-", "–")):
            return None  # the end of a range of another form (`1386/1391 - 1353 trước Công nguyên`)
        spec = DateSpec("year", -int(m.group("y")))
        if m.group("y3"):
            if int(m.group("y3")) >= -spec.year:
                return None
            spec.end = DateSpec("year", -int(m.group("y3")))
        return spec

    def _period(self, m: re.Match, text: str) -> DateSpec | None:
        spec = DateSpec("year", int(m.group("y")))
        y3 = m.group("y3")
        if y3:
            end = int(y3) if len(y3) == 4 else spec.year // 100 * 100 + int(y3)
            if end <= spec.year:
                return None
            spec.end = DateSpec("year", end)
        return spec

    def _year_paren(self, m: re.Match, text: str) -> DateSpec | None:
        return DateSpec("year", int(m.group("y")))

    def _year_bare(self, m: re.Match, text: str) -> DateSpec | None:
        prev = self._prev_word(text, m.start())
        nxt = self._next_word(text, m.end())
        term = prev == "(" and self._term_bracket(text, m.start())
        counted = prev == "năm" and self._prev_is_count(text, m.start() - len("năm ") - 1)
        if m.group("y3") and (prev in ("đoạn", "từ") or counted or prev == "(" and nxt == ")" and not term):
            return self._period(m, text)  # giai đoạn 2021-2025, `(2004-2005)`, `5 năm 2016-2020`
        # `2020 vừa qua`; `(2017 và 2019)`: a year opening a bracketed list
        after = bool(_JUST_PAST.match(text, m.end())) or prev == "(" and nxt in ("và", ",", ")")
        j = m.start()
        while j > 0 and text[j - 1] in " \t":  # where `prev` ends, as `_prev_word` reads it
            j -= 1
        prev2 = f"{self._prev_word(text, j - len(prev))} {prev}" if prev.isalpha() else ""
        if m.group("y3") or not (m.group("edge") or prev in self.year_license or prev2 in self.year_license2
                                 or after):
            return None
        if nxt in self.year_units or nxt.isdigit():
            return None
        return DateSpec("year", int(m.group("y")))

    def _quarter(self, m: re.Match, text: str) -> DateSpec | None:
        q = self.lex["romans"][m.group("q").lower().lstrip("0")]
        y, yrel = self._year_ref(m)
        if m.group("qrel"):
            yrel = 0  # `quý 3 tới`, `quý I vừa qua`: in the reference year, as `tháng 5 tới`
        return DateSpec("quarter", y, part=q, year_rel=yrel)

    def _quarter_rel(self, m: re.Match, text: str) -> DateSpec | None:
        if self._prev_is_quantity(text, m.start()) or self._prev_word(text, m.start()) in self.quarter_reject:
            return None
        return DateSpec("quarter", rel=self.lex["relative_period"][" ".join(m.group("rel").lower().split())])

    def _quarter_edge(self, m: re.Match, text: str) -> DateSpec | None:
        """`quý đầu của năm nay` is the first quarter, `quý cuối năm 2020` the fourth."""
        y, yrel = self._year_ref(m)
        return DateSpec("quarter", y, part=1 if m.group("which").lower() == "đầu" else 4, year_rel=yrel)

    def _same_day(self, m: re.Match, text: str) -> DateSpec | None:
        """`7h cùng ngày`, `trưa cùng ngày 21-4`: the day of the date before it (resolved by the
        extractor, `part="same"`), or the day written after it."""
        if not (m.group("clk") or m.group("pod") or m.group("a")):
            return None  # `Cùng ngày, ...` alone is a connective
        written = m.group("a") or m.group("b")
        if written:
            d, mo, *y = re.split(r"[/\-]", written)
            spec = DateSpec("day", int(y[0]) if y else None, int(mo), int(d))
        else:
            spec = DateSpec("day", part="same")
        return self._apply_pre(m, spec)

    def _year_edge(self, m: re.Match, text: str) -> DateSpec | None:
        """`đầu năm` alone after a time preposition or opening a clause: the start of the
        reference year (`Từ đầu năm đến nay`); not `đợt lạnh cuối năm`, `những ngày đầu năm`."""
        prev = self._prev_word(text, m.start())
        if not (prev in self.lex["year_edge_after"] or not prev[:1].isalnum()):
            return None
        return DateSpec("year", rel=0)

    def _months_edge(self, m: re.Match, text: str) -> DateSpec | None:
        """`4 tháng đầu năm` = January to April, `2 tháng cuối năm` = November to December."""
        n = int(m.group("n")) if m.group("n").isdigit() else self.numw.get(m.group("n").lower())
        if not n or not 1 <= n <= 11 or n == 6:  # six months is a half (`6 tháng đầu năm`)
            return None
        y, yrel = self._year_ref(m)
        if n == 3:  # three months are a quarter, as the golds give them (10 of 10)
            return DateSpec("quarter", y, part=1 if m.group("which").lower() == "đầu" else 4,
                            year_rel=yrel if y else (yrel or 0))
        first, last = (1, n) if m.group("which").lower() == "đầu" else (13 - n, 12)
        spec = DateSpec("month", y, first, year_rel=yrel if y else (yrel or 0))
        spec.end = replace(spec, month=last)
        return spec

    def _half(self, m: re.Match, text: str) -> DateSpec | None:
        h = 1 if "đầu" in m.group("h").lower() else 2
        y, yrel = self._year_ref(m)
        return DateSpec("half", y, part=h, year_rel=yrel)

    def _season(self, m: re.Match, text: str) -> DateSpec | None:
        s = self.lex["seasons"][m.group("s").lower()]
        y, yrel = self._year_ref(m)
        coming = (m.group("yrel") or "").lower() in ("tới", "sau") and "năm" not in m.group(0).lower()
        if coming:  # `mùa thu tới` in April: this year's autumn, the next one to come (resolved)
            return DateSpec("season", part=s, future="soon")
        return DateSpec("season", y, part=s, year_rel=yrel)

    def _week(self, m: re.Match, text: str) -> DateSpec | None:
        rel = m.group("rel").lower()
        if self._prev_is_quantity(text, m.start()) or self._next_word(text, m.end()) in ("đó", "khi"):
            return None
        weekend = (m.group("edge") or "").lower() == "cuối"
        return DateSpec("week", rel=self.lex["relative_period"][rel], part="WE" if weekend else None)

    def _decade(self, m: re.Match, text: str) -> DateSpec | None:
        y = m.group("y")
        if len(y) == 2:
            y = "19" + y
        elif len(y) == 3:
            return None
        spec = DateSpec("decade", part=y[:3])
        y2 = m.group("y2")
        if y2 and y2 > y:  # `những năm 1920 - 1930`: a range of decades
            spec.end = replace(spec, part=y2[:3])
        return spec

    def _century(self, m: re.Match, text: str) -> DateSpec | None:
        """`thế kỷ 18`, `thế kỷ XXI` -> 17XX, 20XX; `thế kỷ thứ 3 trước Công nguyên` -> -02XX."""
        c = m.group("c")
        n = int(c) if c.isdigit() else _roman(c)
        if not 1 <= n <= 22:
            return None
        return DateSpec("century", part=f"-{n - 1:02d}" if m.group("bc") else f"{n - 1:02d}")

    def _ago(self, m: re.Match, text: str) -> DateSpec | None:
        n = m.group("n") or m.group("n2")
        unit = (m.group("u") or m.group("u2")).lower()
        k = int(n) if n.isdigit() else self.numw[n.lower()]
        if self._prev_word(text, m.start()) in ("những", "các", "mấy", "vài", "vòng"):
            return None  # (`trong vòng 3 ngày trước chuyến bay`: a span of time before an event)
        if self._next_word(text, m.end()) in ("thềm", "khi"):
            return None  # `1 ngày trước thềm trận đấu`: before an event, not before today
        grain = {"ngày": "day", "tuần": "week", "tháng": "month", "năm": "year"}[unit]
        return DateSpec(grain, rel=-k)

    def _english(self, m: re.Match, text: str) -> DateSpec | None:
        mon = self.lex["english_months"][m.group("mon").lower()]
        spec = DateSpec("day", int(m.group("y")), mon, int(m.group("d")))
        if m.group("h"):
            h = int(m.group("h"))
            ap = (m.group("ap") or "").lower()
            if ap == "pm" and h < 12:
                h += 12
            elif ap == "am" and h == 12:
                h = 0
            spec.clock = (h, int(m.group("mi")))
        return spec


def _clock(s: str, pod: str) -> tuple[int, int]:
    """`14h30`, `2 giờ`, `9:15 PM` with the part-of-day word beside it (8h tối -> 20:00)."""
    nums = [int(x) for x in re.findall(r"\d+", s)]
    h, mi = nums[0], (nums[1] if len(nums) > 1 else 0)
    low = s.lower()
    if ("pm" in low or pod.startswith(("chiều", "tối"))) and h < 12:
        h += 12
    elif pod == "trưa" and h < 6:  # 1 giờ trưa
        h += 12
    elif pod.startswith(("đêm", "khuya")) and 6 <= h < 12:
        h += 12
    elif "am" in low and h == 12:
        h = 0
    return h, mi
