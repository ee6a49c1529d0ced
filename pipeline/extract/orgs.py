"""Extractor for ORG: organisations named with a type word, a known name or a descriptor.

Rules, in order: youth teams (`U23 Việt Nam`) and a sponsor's acronym before a place
(`SHB Đà Nẵng`); a type word (head) followed by a name (`Bộ Y tế`, `UBND thành phố Tam
Kỳ`, `Trường Cao đẳng Quốc tế Hà Nội`; a provincial body only with its place; a unit named in
lower case from a field word, `Cục quản lý xuất nhập cảnh`); a name known on its own (`Quốc
hội`, `ASEAN`, `Man City`, orgs.json's lexicon; a club named after its city only in a sports
report) or shaped like a bank (`Eximbank`); a
foreign name in a credit (`Ảnh: Flickr`); a lower-case descriptor before a bare name, which
stays outside (`nhóm tin tặc REvil`, `các tạp chí như Teen Vogue, Elle`); a foreign name
closed by a company or media word (`PhnomPenh Post`); an acronym or alias in brackets after
an organisation (`(HIC)`, `(Eximbank)`); a foreign alias after a name its place closes (`Cơ quan vũ trụ
Nhật Bản Jaxa`); a place standing for a sports team (`nữ Hà Nam`); two clubs in one hyphenated
fixture (`Liverpool-Chelsea`).
Then document consistency: each name found, and the short form of a foreign company
(`Quanta Computer` -> `Quanta`), is an organisation wherever it recurs; the place of a club
(`SHB Đà Nẵng`, `CLB Đà Nẵng`) stands for the team alone in a sports report.
A head alone or followed by a lower-case word is generic (`UBND tỉnh`, `lực lượng Công an`).

>>> # "UBND thành phố Tam Kỳ tuyên dương" -> ORG "UBND thành phố Tam Kỳ"; "UBND tỉnh kêu gọi" -> none
"""
from __future__ import annotations

import functools
import re

from pipeline.document import Document, Mention
from pipeline.extract.bylines import CREDIT_SOURCE, credits, overlaps, signature
from pipeline.extract.name_lexicon import NameLexicon
from pipeline.extract.name_tokens import Tok, cap_runs, doc_tokens, fold, match_phrase, mid_word
from pipeline.gazetteer import Gazetteer
from pipeline.resources import Resources

# lower-case words between two capitalized parts (`Công ty Cổ phần bóng đá chuyên nghiệp Việt Nam`)
MAX_BRIDGE = 5
MAX_ORG_TOKENS = 16
CONJUNCTIONS = frozenset({"và", "hoặc"})  # join two names, never continue one word
PARTICLES = frozenset({"de", "do", "da", "dos", "del", "van", "von", "der", "of", "and", "the", "for", "in",
                       "on"})
PRODUCT_WORDS = 3  # capitalised words a product's name may run over before its tail or model code
MODEL_CODE = re.compile(r"(?!(?:19|20)\d\d$)[A-Z]{0,3}\d{1,4}[A-Za-z]{0,3}")  # `CX5`, `3`, `A320`; not a year
MAX_NOUN_TAIL = 4  # lower-case nouns that may close a name (`Trung tâm dinh dưỡng lâm sàng`)
TAIL_POS = frozenset({"N", "Nc"})
CLAUSE_AFTER_POS = frozenset({"V", "R", "E", "C", "CC"})  # what may follow a name's noun tail
GAP_FIRST_POS = frozenset({"N", "Nc", "A"})  # the word that goes on with a name towards its seat
BRIDGE_POS = frozenset({"N", "Nc", "A", "E", "M", "Np", "Ny"})  # no verbs: `Bộ Công an đề nghị UBND`
WIDENING = "org-before-acronym"  # the one rule whose name replaces shorter ones found inside it
GLUED_TEAM_CUES = frozenset({"đội"})  # the segmenter glues it to a match verb: `thua đội | Long An`
TEAM_MIN = 2  # team mentions that make a document a sports report
MAX_MODIFIERS = 4  # lower-case words between a descriptor and a foreign name (`công ty người mẫu IMG`)
CODE = re.compile(r"[A-Z]{1,9}\d[A-Z0-9]{0,8}|\d{1,9}[A-Z][A-Z0-9]{0,8}")  # a code: `TRPC5`, `H5N1`
MAX_LOWER_WORDS = 6  # lower-case words between an institution's head and its place
QUOTES = frozenset('"“”«»')
YOUTH = re.compile(r"U-?\d{2}")  # `U23 Việt Nam`, `U-17 VN`
REGION_WORDS = frozenset({"châu", "miền"})  # `châu Âu` closes a name whole, never cut after `châu`
FIELD_LINKS = frozenset({"và", "về", "&"})  # between a field's words: not in its acronym
FUNCTION_POS = frozenset({"R", "E", "C", "CC", "P", "T", "X", "L", "M"})  # no part of a body's name
CLAUSE_POS = frozenset({"V", "R"})  # a verb or adverb starts the clause (`Đội xây dựng không đủ`)
MAX_NUMBERED_WORDS = 8  # words between a head and the `số N` that closes its name
MAX_LOWER = 7  # lower-case words of a unit's name after its head (`quản lý xuất nhập cảnh`)
# before a descriptor, companies in general; `các trường ĐH Sư phạm`: no one body
PLURALS = frozenset({"các", "những", "nhiều", "mọi"})
CITY_CUES = frozenset({"tại", "ở"})  # `tại Milan`: the city, not the club
LIST_JOINTS = frozenset({",", "và", "hoặc", "lẫn"})  # between listed clubs: `Real Madrid, Barcelona`
INITIAL_NAME = re.compile(r"[A-ZĐ]\.[A-ZĐ]?\w{1,15}")  # a signature: `B.TRUNG`
LEGAL_FORMS = frozenset({"ltd", "inc", "jsc", "llc", "plc"})  # after `Co.,`
SCORE = re.compile(r"\d{1,2}-\d{1,2}")  # `An Giang 2-1`
WATER_DESCRIPTORS = frozenset({"kênh"})  # a channel or a canal: `kênh Suez` is the canal
CLUB_HEADS = frozenset({"clb", "câu lạc bộ"})
FIXTURE = re.compile(r"(?<!\w)[A-Z]\w*+-[A-Z]\w*")  # two names joined by a dash: `Arsenal-Manchester United`


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # `2.698`: a count, never a body's number
# `các thương hiệu … như Yves Rocher, H&M, Zara`: every name listed after `như` is a company
BRAND_CUES = (("thương", "hiệu"), ("nhãn", "hàng"), ("hãng",), ("tập", "đoàn"), ("chuỗi",))
BRAND_LOOKBACK = 40  # tokens back from `như` to the cue, within the sentence
LIST_BREAKS = frozenset({",", "và", "hay", "hoặc"})  # (`…` closes the list)
SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})
MAX_LISTED_BRAND = 4  # tokens of one listed name


def _words_at(toks: list[Tok], k: int, phrases: list[str]) -> int:
    """Tokens from `k` that spell one of `phrases` (lower case, commas between words skipped), longest
    first: `phòng, chống dịch` matches `phòng chống dịch`."""
    best = 0
    for phrase in phrases:
        words, n = phrase.split(), 0
        for w in words:
            if k + n < len(toks) and toks[k + n].text == "," and n:
                n += 1
            if k + n >= len(toks) or toks[k + n].lower != w:
                break
            n += 1
        else:
            best = max(best, n)
    return best


class OrgExtractor:
    """Stage: ORG mentions (runs before LOC and PER)."""

    name = "orgs"
    requires = ("words",)
    provides = ("ORG",)

    def __init__(self, resources: Resources):
        self.res = resources
        self.lex = resources.shared("name_lexicon", lambda: NameLexicon(resources))

    def __call__(self, doc: Document) -> Document:
        toks = doc_tokens(doc)
        if not toks:
            return doc
        spans: dict[tuple[int, int], str] = {}
        sports = self.lex.is_sports(doc, toks)

        def known(toks, spans):
            return self._known(toks, spans, sports)

        def teams(toks, spans):
            return self._teams(toks, spans, sports)

        rules = (self._steering, self._youth, self._sponsored, self._numbered, self._headed,
                 self._lower_headed, self._before_acronym, self._lower_placed,
                 self._departments, known, self._brands_listed, self._credited, self._described, self._tailed,
                 self._aliased, self._bracketed, teams)
        for rule in rules:
            for a, b, source in rule(toks, spans):
                b = self._legal_end(toks, b)
                if source == WIDENING:
                    for ab in [ab for ab in spans if a <= ab[0] and ab[1] <= b]:
                        del spans[ab]
                if b - a <= MAX_ORG_TOKENS and not any(a < y and x < b for x, y in spans):
                    spans[(a, b)] = source
        spans = self._split_parents(toks, spans)
        for (a, b), source in self._repeated(toks, spans):
            spans[(a, b)] = source
        signed = signature(doc)  # the writer's name on the last lines (`Khoa Nam`): a person
        credited = credits(doc)  # then the sources: `Theo NYPost/Daily Mail`
        spans = {(a, b): source for (a, b), source in spans.items()
                 if not any(overlaps(x, toks[a].start, toks[b - 1].end) for x in (signed, *credited))}
        for s, e in credited:
            doc.mentions.append(Mention("ORG", s, e, doc.text[s:e], source=CREDIT_SOURCE))
        for (a, b), source in sorted(spans.items()):
            if b - a == 1 and CODE.fullmatch(toks[a].text) and not YOUTH.fullmatch(toks[a].text) and (
                    source != "org-known"):
                continue  # `protein TRPC5`, `H5N1`: a code, not a body
            s, e = toks[a].start, toks[b - 1].end
            doc.mentions.append(Mention("ORG", s, e, doc.text[s:e], source=source))
        for s, e in self._paired_clubs(toks, spans, sports):
            doc.mentions.append(Mention("ORG", s, e, doc.text[s:e], source="org-known"))
        return doc

    def _split_parents(self, toks: list[Tok], spans: dict) -> dict:
        """A unit named with its parent body is two bodies: `Thanh tra Bộ Tư pháp` -> `Thanh tra`,
        `Bộ Tư pháp`; `Hội đồng Bảo an Liên Hợp Quốc`; not a known name (`Ủy ban Thường vụ Quốc hội`)
        nor `Hội đồng Bộ trưởng`."""
        out = {}
        parents = self.lex.phrases("orgs", "parent_bodies", True)
        for (a, b), source in spans.items():
            head = self._at(toks, a, "unit_heads")
            k = next((k for k in range(a + max(head, 1), b) if head and (
                toks[k].text == "Bộ" and k + 1 < b and toks[k + 1].capword
                or match_phrase(toks, k, parents, exact=True))), None)
            if k is None or self._at(toks, a, "known") == b - a or mid_word(toks, k):
                out[(a, b)] = source
                continue
            out[(a, k)] = source
            out[(k, b)] = source
        return out

    def _steering(self, toks: list[Tok], spans):
        """A steering committee named by its level or its place (`Ban Chỉ đạo Quốc gia`, `Ban chỉ đạo
        phòng, chống dịch Covid-19 tỉnh Hà Nam`, `Ban Chỉ đạo quốc gia về phòng, chống dịch Covid-19`);
        not by its task alone (`Ban chỉ đạo phòng chống dịch tỉnh`: the province's, unnamed)."""
        lex = self.lex.orgs
        for i in range(len(toks) - 3):
            if toks[i].text != "Ban" or (toks[i + 1].lower, toks[i + 2].lower) != ("chỉ", "đạo"):
                continue
            k = i + 3
            level = _words_at(toks, k, lex["steering_levels"])
            k += level
            task = _words_at(toks, k + (k < len(toks) and toks[k].lower == "về"), lex["steering_tasks"])
            if not task:
                if level:
                    yield i, k, "org-steering"
                continue
            k += (toks[k].lower == "về") + task
            disease = k < len(toks) and toks[k].lower in lex["steering_diseases"]
            k += disease
            of = k < len(toks) and toks[k].lower == "của"
            admin = self._at(toks, k + of, "admin")
            j = k + of + admin
            place = self._place_len(toks, j, alone=False) or self._acronym_place(toks, j) if (
                admin or of or disease) else 0
            if place:
                k = j + place
            elif admin:
                continue  # `… phòng chống dịch tỉnh`: the province's committee, unnamed
            if level or place:  # (the task alone names one of many: `… Covid-19 của các đơn vị`)
                yield i, k, "org-steering"

    def _brands_listed(self, toks: list[Tok], spans):
        """Names listed after `như` that follows a brand or company word in the sentence, each a company:
        `các thương hiệu … từ bình dân như Yves Rocher, H&M, Zara … tới sang trọng như Hugo Boss`;
        not a place (`như Nhật Bản`) nor a code (`như ST24, ST25`: rice varieties)."""
        lex = self.lex
        for i, t in enumerate(toks):
            if t.lower != "như":
                continue
            window = toks[max(0, i - BRAND_LOOKBACK):i]
            cues = [j for j in range(len(window)) if self._brand_cue(window, j)]
            if not cues or any(x.text in SENTENCE_ENDS for x in window[cues[-1]:]):
                continue  # no brand word before `như` in this sentence
            k = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ":")
            while k < len(toks) and toks[k].cap:
                e = k
                while e < len(toks) and (toks[e].cap or toks[e].text in ("&", "'") and e + 1 < len(toks)
                                         and toks[e + 1].cap) and toks[e].para == toks[k].para:
                    e += 1
                name = " ".join(x.text for x in toks[k:e])
                if not (fold(name) in lex.places or CODE.fullmatch(name) or e - k > MAX_LISTED_BRAND):
                    yield k, e, "org-listed"
                if e >= len(toks) or toks[e].text not in LIST_BREAKS:
                    break
                k = e + 1

    def _brand_cue(self, toks: list[Tok], k: int) -> bool:
        return any(tuple(x.lower for x in toks[k:k + len(c)]) == c for c in BRAND_CUES)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _legal_end(toks: list[Tok], b: int) -> int:
        """The end of a name after its legal form: `SMBC Consumer Finance Co., LTD`."""
        if toks[b - 1].lower.rstrip(".") != "co":
            return b
        k = b + (b < len(toks) and toks[b].text == ".")
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower.rstrip(".") in LEGAL_FORMS:
            return k + 2
        return b

    def _at(self, toks: list[Tok], i: int, key: str, exact: bool = True) -> int:
        """Tokens of the longest phrase of orgs.json's list `key` starting at `i`."""
        if i >= len(toks):
            return 0
        phrases = self.lex.phrases("orgs", key, exact)
        if (toks[i].text if exact else toks[i].lower) not in phrases.by_first:
            return 0  # most tokens open no phrase: one lookup (the ORG stage calls this ~8,000 times a text)
        n = match_phrase(toks, i, phrases, exact=exact)
        if not n and i > 0 and toks[i].word >= 0 and toks[i - 1].word == toks[i].word and (
                match_phrase(toks, i, self.lex.phrases("people", "titles"), backward=True)):
            # `Trưởng Ban Tuyên giáo` tagged one word: the body starts inside it, after the title
            n = match_phrase(toks[i:i + MAX_ORG_TOKENS], 0, phrases, exact=exact)
        return n

    def _glued(self, toks: list[Tok], k: int) -> bool:
        """Lower-case token `k` continues the word before it (`Y tế`, `Khoa học`)."""
        if k >= len(toks) or k == 0 or toks[k].cap or toks[k].punct or toks[k].para != toks[k - 1].para:
            return False
        if toks[k].lower in CONJUNCTIONS:
            return False  # the segmenter's `Thanh và` (`Đồn Biên phòng Thanh và Công an xã`): `và` joins two
        if toks[k - 1].acronym or not self.lex.is_vietnamese(toks[k - 1].text):
            return False  # `ASEAN đều`: the segmenter's words join only Vietnamese syllables
        if any(" ".join(t.lower for t in toks[s:k]) in self.lex.places for s in range(max(0, k - 4), k - 1)):
            return False  # a place's name is whole: `tỉnh Hải Dương thông tin`, not `Dương thông`
        if match_phrase(toks, k, self.lex.phrases("orgs", "known", True), backward=True, exact=True) > 1:
            return False  # so is a known body's: `Liên Hợp Quốc cảnh báo`
        if toks[k].word >= 0 and toks[k].word == toks[k - 1].word:
            # not a word of its own after a two-syllable name (`Vương Vũ tổ chức`, one segmenter word)
            name_before = k > 1 and toks[k - 2].capword and toks[k - 2].word == toks[k].word
            word_after = k + 1 < len(toks) and toks[k + 1].word == toks[k].word and not toks[k + 1].cap
            return not (name_before and word_after
                        and f"{toks[k].lower} {toks[k + 1].lower}" in self.lex.dictionary)
        # a dictionary word, unless the capital belongs to a proper noun (`Hoa Kỳ cùng`: not `kỳ cùng`)
        return toks[k - 1].pos != "Np" and f"{toks[k - 1].lower} {toks[k].lower}" in self.lex.dictionary

    def _name_like(self, t: Tok) -> bool:
        return (t.cap or t.text[:1].isdigit()) and not t.punct

    def _person_at(self, toks: list[Tok], k: int) -> bool:
        """A Vietnamese full name starts at `k` (`Huỳnh Thành Đạt` after `Bộ ... Công nghệ`)."""
        n = 0
        while k + n < len(toks) and toks[k + n].capword and toks[k + n].para == toks[k].para:
            n += 1
        run = toks[k:k + n]
        lex = self.lex
        anonymised = n >= 3 and run[-1].initials  # `Đoàn Thị Mỹ N.`: the last initial stands for a name
        named = run[:-1] if anonymised else run
        return (2 <= n <= 4 and run[0].lower in lex.surnames and all(lex.is_vietnamese(t.text) for t in named)
                and " ".join(t.lower for t in run) not in lex.places)

    def _name_end(self, toks: list[Tok], head: int, j: int) -> int | None:
        """End of the name after the head [head, j), or None when the head stands alone (generic)."""
        content, end, k, n_toks = False, None, j, len(toks)
        para = toks[j - 1].para if j > 0 else 0
        while k < n_toks and toks[k].para == para:
            t = toks[k]
            n_form = self._at(toks, k, "forms")
            if n_form:
                k += n_form
                end = k if content else end
                continue
            if k > j and t.acronym and match_phrase(toks, k, self.lex.phrases("people", "titles")):
                break  # a person's title ends the name: `Đoàn quân HLV Zidane`
            counted = t.text[:1].isdigit() and self._at(toks, k + 1, "count_nouns")
            if counted or _THOUSANDS.fullmatch(t.text):
                break  # a quantity, not a body's number: `bậc THPT 2.698 lớp`, `góp 77 triệu USD`
            if t.text.isdigit() and len(t.text) <= 3 and k > j and toks[k - 1].capword and (
                    self._at(toks, head, "numbered_heads", exact=False)):
                return k + 1  # `BV Nhi Đồng 1`, `trường tiểu học Mỹ Trà 2`: the number closes the name
            if t.text[:1].isdigit() and k > j and toks[k - 1].capword and (
                    toks[k - 1].lower not in self.lex.words("orgs", "numbered_units")):
                break  # a number after a head or word (`Bệnh viện Quân y 103`, `UBND Quận 1`), not a name
            n_admin = self._at(toks, k, "admin")  # before a name: `TP. Đà Nẵng` is no name word
            if n_admin and k + n_admin < n_toks and self._name_like(toks[k + n_admin]):
                place = self._place_len(toks, k + n_admin, alone=False)
                if self._person_at(toks, k + n_admin) and not place:
                    unit = self._unit_len(toks, k + n_admin)  # `UBND phường Phạm Ngũ Lão`: a ward
                    if not unit:
                        break
                    k += n_admin + unit
                    content, end = True, k
                    continue
                place = place if content else 0
                k += n_admin + place  # (`Trung tâm Văn hóa TP Hội An`: `Hội` opens no new body here)
                end = k if place else end
                continue
            if self._name_like(t):
                if not content and self._person_at(toks, k) and (
                        self._titled(toks, head) or not self._at(toks, head, "person_named")):
                    break  # `thứ trưởng bộ Công an Lê Thế Tiệm`, `Vụ Lã Thị Kim Oanh`: not the body's name
                if content and (self._alias_at(toks, j, k) or self._holder_at(toks, head, j, k)):
                    break  # `Cơ quan vũ trụ Nhật Bản Jaxa`, `Thứ trưởng Bộ Tài chính Trung Quốc Li Yong`
                if content and self.lex.is_vietnamese(toks[k - 1].text) and self._foreign_person_at(toks, k):
                    break  # `người phát ngôn Bộ Ngoại giao Sean McCormack`
                edge = self._run_edge(toks, k) or self._full_name_after(toks, k)
                person = edge and (self._person_at(toks, k) or self._foreign_person_at(toks, k))
                if content and (person or self._new_head(toks, k) and not self._parent_inside(toks, head, k)):
                    break  # `Bộ ... Công nghệ Huỳnh Thành Đạt`, `Phòng KTHS Công an tỉnh`
                k += 1
                while self._glued(toks, k):
                    k += 1
                content, end = True, k
                continue
            if content and self._inner_acronym(toks, k):
                k += 3  # `Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa`: the place closes the name
                continue
            if content and t.lower in ("tại", "ở") and self._at(toks, head, "mission_heads"):
                place = self._place_len(toks, k + 1, alone=False) or self._acronym_place(toks, k + 1)
                return k + 1 + place if place else end  # `Đại sứ quán Việt Nam tại Mỹ`
            n_field = self._at(toks, k + 1, "fields", exact=False) if t.lower == "và" and content else 0
            if n_field:
                k += 1 + n_field  # `Sở Giáo dục và đào tạo`
                end = k
                continue
            joiner = t.text == "&" or self._field_pair(toks, k) or self._dash_inside(toks, k)
            if content and joiner:
                k += 1
                continue
            pair = t.lower == "phòng" and tuple(x.lower for x in toks[k:k + 3]) == ("phòng", ",", "chống")
            if pair:
                k += 3  # `Ban chỉ đạo phòng, chống dịch`: one pair, not a list
                continue
            if t.text in PARTICLES and content and k + 1 < n_toks and toks[k + 1].cap and (
                    not self.lex.is_vietnamese(toks[k - 1].text)):
                k += 1  # `Banco do Brasil`; not `Học viện ... Tuyên truyền do PGS.TS Lưu Văn An`
                continue
            n_end = self._at(toks, k, "end_words", exact=False)
            # `Ban Chỉ đạo quốc gia`: a national body's end word opens its name
            national = not content and k == j and self._at(toks, head, "local_heads")
            if n_end and (content or national):
                k += n_end
                end = k
                continue
            gap = self._gap_to_end_word(toks, k) if content else 0
            if gap:  # `Viện Vệ sinh dịch tễ trung ương`: lower-case words, then an end word
                k += gap
                end = k
                continue
            to_place = self._gap_to_place(toks, k) if content and not self._place_ends(toks, j, k) else 0
            if to_place:  # `Công ty Vận tải hành khách đường sắt Hà Nội`: the body's seat closes it
                return k + to_place
            prev = toks[k - 1]
            tail = self._noun_tail(toks, k) if content and self.lex.is_vietnamese(prev.text) and not (
                prev.acronym or self._place_ends(toks, j, k) or self._at(toks, head, "known") == k - head
            ) else 0
            if tail:  # `Bảo tàng Chứng tích chiến tranh`, `Cục Quản lý giá | cho biết`; a known name takes
                # no tail (`Bộ Chính trị | quyết định`)
                return k + tail + self._acronym_seat(toks, k + tail)
            bridge = 0 if content and self._place_ends(toks, j, k) else self._bridge(toks, k)
            if bridge:  # (a place closes the name: `Hải quân Mỹ | cập cảng Yokosuka`)
                k += bridge
                continue
            break
        return end if content else None

    def _noun_tail(self, toks: list[Tok], k: int) -> int:
        """Lower-case nouns from `k` that end a name where its clause goes on with a verb, a
        preposition or punctuation (`Khối Quản trị dịch bệnh | đã họp`; 0 if none, or before `này`)."""
        stop = self.lex.words("orgs", "bridge_stop")
        n = 0
        while n < MAX_NOUN_TAIL and k + n < len(toks):
            t = toks[k + n]
            if t.cap or t.punct or t.pos not in TAIL_POS or t.lower in stop or t.para != toks[k].para or (
                    self._at(toks, k + n, "admin")) or self._at(toks, k + n, "branch_words"):
                break  # (`tỉnh` waits for its place; `cơ sở 2` is a branch)
            n += 1
        if not n or toks[k + n - 1].word == (toks[k + n].word if k + n < len(toks) else -2) >= 0:
            return 0  # (the last noun opens a longer word)
        nxt = toks[k + n] if k + n < len(toks) else None
        if nxt is None or nxt.para != toks[k].para or nxt.punct and nxt.text not in "&-":
            return n
        # `Vụ Quy hoạch kiến trúc | Bộ Xây dựng`; not `Chi hội Nữ trí thức | cơ quan Bộ Y tế`
        parent = nxt.cap and self._new_head(toks, k + n) and not any(
            self._at(toks, x, "heads", exact=False) for x in range(k, k + n))
        clause = nxt.pos in CLAUSE_AFTER_POS and not nxt.cap
        return n if clause or parent or self._acronym_seat(toks, k + n) else 0

    def _gap_to_end_word(self, toks: list[Tok], k: int) -> int:
        """Tokens from `k` through an end word after one to three lower-case words (0 if none)."""
        stop = self.lex.words("orgs", "bridge_stop")
        for n in range(1, 4):
            t = toks[k + n - 1] if k + n - 1 < len(toks) else None
            if t is None or t.cap or t.punct or t.lower in stop or t.para != toks[k].para:
                return 0
            n_end = self._at(toks, k + n, "end_words", exact=False)
            if n_end and not toks[k + n].cap:
                return n + n_end
        return 0

    def _gap_to_place(self, toks: list[Tok], k: int) -> int:
        """Tokens from `k` through a place after one to four lower-case words of one clause, maybe with
        an administrative word before the place (`án dân sự thành phố Hà Nội`; 0 if none)."""
        stop = self.lex.words("orgs", "bridge_stop")
        for n in range(1, 5):
            i = k + n - 1
            t = toks[i] if i < len(toks) else None
            if t is None or t.cap or t.punct or t.lower == "của" or t.para != toks[k].para or (
                    n == 1 and t.pos not in GAP_FIRST_POS):
                return 0  # (a verb after the name opens the clause: `Bộ Y tế yêu cầu Hà Nội`)
            glued = i + 1 < len(toks) and toks[i + 1].word == t.word >= 0  # `đường sắt`, not `đường`
            if t.lower in stop and not glued or self._at(toks, i, "branch_words"):
                return 0  # (`… Trung ương cơ sở Đông Anh`: a branch, not part of the name)
            a = k + n
            a += self._at(toks, a, "admin")
            place = self._place_len(toks, a) if a < len(toks) and toks[a].capword else 0
            if place:
                return a + place - k
        return 0

    def _alias_at(self, toks: list[Tok], j: int, k: int) -> bool:
        """A foreign word or acronym at `k` right after a place that closes a name (`Nhật Bản Jaxa`)."""
        t = toks[k]
        if self.lex.is_vietnamese(t.text) and not t.acronym or self._place_len(toks, k, alone=False):
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt and (nxt.capword or nxt.text in PARTICLES) and not t.acronym:
            return False  # the place opens a longer name: `Đại học Liên bang Rio Grande do Norte`
        return self._place_ends(toks, j, k)

    def _holder_at(self, toks: list[Tok], head: int, j: int, k: int) -> bool:
        """After a title, the body's place, then two or three words ending the run: the office holder
        (`Thứ trưởng Bộ Tài chính Trung Quốc Li Yong`)."""
        n = self._cap_len(toks, k)
        return 2 <= n <= 3 and not (k + n < len(toks) and toks[k + n].capword) and self._titled(
            toks, head) and self._place_ends(toks, j, k) and not self._place_len(toks, k, alone=False)

    def _place_ends(self, toks: list[Tok], j: int, k: int) -> bool:
        """A gazetteer place ends right before `k` (not before `j`)."""
        places = self.lex.places
        return any(" ".join(x.lower for x in toks[s:k]) in places for s in range(max(j, k - 4), k))

    def _aliased(self, toks: list[Tok], spans):
        """A foreign alias after a body's name that a place closes: `Cơ quan vũ trụ Nhật Bản Jaxa`;
        not a person after a title (`Thứ trưởng Bộ Ngoại giao Nga Ryabkov`)."""
        for (a, b), source in list(spans.items()):
            if source != "org-head" or b + 1 >= len(toks) or not toks[b].capword or toks[b + 1].capword:
                continue
            if self._alias_at(toks, a, b) and not self._titled(toks, a) and not self.lex.is_first_name(
                    toks[b].text) and toks[b].para == toks[b - 1].para:
                yield b, b + 1, "org-alias"

    def _acronym_seat(self, toks: list[Tok], k: int) -> int:
        """Tokens of `tỉnh (CDC) Nghệ An` at `k`: an optional administrative word, the body's acronym in
        brackets, then its seat (`Trung tâm Kiểm soát bệnh tật tỉnh (CDC) Nghệ An`); 0 when absent."""
        n = self._at(toks, k, "admin")
        if not self._inner_acronym(toks, k + n):
            return 0
        k += n + 3
        return n + 3 + (self._place_len(toks, k, alone=False) or self._acronym_place(toks, k))

    def _inner_acronym(self, toks: list[Tok], k: int) -> bool:
        """`(TN-MT)` at `k` inside a name whose place follows it."""
        if toks[k].text != "(" or k + 3 >= len(toks) or not toks[k + 1].acronym or toks[k + 2].text != ")":
            return False
        return bool(self._place_len(toks, k + 3, alone=False) or self._acronym_place(toks, k + 3))

    def _foreign_person_at(self, toks: list[Tok], k: int) -> bool:
        """A foreign given name opens two or three capitalized words (`Israel Mark Regev`), particles
        between them aside (`Ursula von der Leyen`)."""
        n = caps = 0
        while n < 6 and k + n < len(toks) and toks[k + n].para == toks[k].para and (
                toks[k + n].capword or caps and toks[k + n].text in PARTICLES):
            caps += toks[k + n].capword
            n += 1
        while n and toks[k + n - 1].text in PARTICLES:
            n -= 1
        t, viet, places = toks[k], self.lex.is_vietnamese, self.lex.places
        # (`Sean McCormack`: `Sean` is spelled like a syllable, `McCormack` is not; not `Thái Lan TICA`)
        foreign = not viet(t.text) or t.lower not in self.lex.surnames and any(
            not viet(x.text) and not x.acronym for x in toks[k + 1:k + n])
        place = t.lower in places or any(  # `Rio De Janeiro`, also from inside it
            " ".join(x.lower for x in toks[s:k + n]) in places for s in range(max(0, k - 2), k + 1))
        return 2 <= caps <= 3 and foreign and self.lex.is_first_name(t.text) and not place

    def _titled(self, toks: list[Tok], i: int) -> bool:
        """A person's title stands right before the head at `i` (`thứ trưởng bộ Công an`)."""
        titles = self.lex.phrases("people", "titles")
        if match_phrase(toks, i, titles, backward=True):
            return True
        gap = i > 0 and toks[i - 1].lower in self.lex.words("orgs", "heads")  # lower-case `bộ`
        return bool(gap and match_phrase(toks, i - 1, titles, backward=True))

    def _bridge(self, toks: list[Tok], k: int) -> int:
        """Lower-case words (no verbs, no function words) followed by a capitalized part."""
        stop = self.lex.words("orgs", "bridge_stop")
        n = 0
        while k + n < len(toks) and n <= MAX_BRIDGE:
            t = toks[k + n]
            if self._name_like(t):
                return n if n and t.cap and t.para == toks[k].para else 0  # `nhiệm kỳ 2021-2025`: no
            if t.lower == "của":  # `Hiệp hội Thú y của Mỹ`, not `Viện ... của Huawei` (two bodies)
                return n + 1 if self._place_len(toks, k + n + 1) else 0
            if t.punct or t.lower in stop or t.pos not in BRIDGE_POS or self._at(toks, k + n, "branch_words"):
                return 0
            n += 1
        return 0

    # --- rules ---------------------------------------------------------------------------
    def _youth(self, toks: list[Tok], spans):
        """Youth teams: `U23 Việt Nam`, `U23 VN` (the place nests as LOC), `đội U23` alone."""
        cues = self.lex.phrases("orgs", "team_cues")
        for i, t in enumerate(toks):
            if not YOUTH.fullmatch(t.text):
                continue
            place = self._place_len(toks, i + 1) or self._acronym_place(toks, i + 1)
            if place:
                yield i, i + 1 + place, "org-team"
            elif match_phrase(toks, i, cues, backward=True) and not (
                    i + 1 < len(toks) and toks[i + 1].capword):
                yield i, i + 1, "org-team"

    def _sponsored(self, toks: list[Tok], spans):
        """A sponsor's acronym before a place names a club: `SHB Đà Nẵng`, `HA Gia Lai`."""
        skip = self.lex.words("orgs", "not_sponsors")
        others = self.lex.words("people", "not_person")  # `PV`, `SV`, `CĐV`: people, not sponsors
        for i in range(len(toks) - 1):
            t = toks[i]
            if (not t.acronym or not t.text.isalpha() or len(t.text) > 5 or t.lower in skip
                    or t.lower in others or (i > 0 and toks[i - 1].capword) or self._at(toks, i, "heads")):
                continue
            place = self._place_len(toks, i + 1)
            if not place or " ".join(x.lower for x in toks[i:i + 1 + place]) in self.lex.places:
                continue  # `CHLB Đức` is the country
            if any(match_phrase(toks, i, self.lex.phrases("orgs", key), backward=True)
                   for key in ("heads", "forms")):
                continue  # `Công ty Cổ phần BIC Việt Nam`: the company's name, read by the head rule
            yield i, i + 1 + place, "org-team"

    def _credited(self, toks: list[Tok], spans):
        """Media in credits: `Ảnh: Flickr`, `(Ảnh: PhnomPenh Post)`, `Ảnh: Minh Hoàng/Dân trí`."""
        cues = self.lex.phrases("orgs", "credit_cues")
        skip = self.lex.words("orgs", "credit_skip")
        for i in range(2, len(toks)):
            if toks[i - 1].text != ":" or not match_phrase(toks, i - 1, cues, backward=True):
                continue
            k = i
            while k < len(toks) and toks[k].para == toks[i].para:
                b = k
                while b < len(toks) and toks[b].capword and toks[b].para == toks[k].para:
                    b += 1
                run = toks[k:b]
                if run and INITIAL_NAME.fullmatch(run[0].text):
                    break  # a signature: `Ảnh: B.TRUNG`
                given = len(run) == 1 and self.lex.is_first_name(run[0].text) and not run[0].acronym and not (
                    self._at(toks, k, "known"))  # `Video: Anna`: a person's signature
                if run and " ".join(t.lower for t in run) not in skip and self._media_like(run) and not given:
                    yield k, b, "org-credit"
                if b == k or b + 1 >= len(toks) or toks[b].text not in "/-":
                    break
                k = b + 1

    def _media_like(self, run: list[Tok]) -> bool:
        """A foreign or acronym name that is no person or place (`Flickr`, `TTXVN`; not `Trường Huy`)."""
        lex = self.lex
        if len(run) == 1 and run[0].acronym:
            return True
        if len(run) >= 2 and run[0].initials and all(lex.is_vietnamese(t.text) for t in run[1:]):
            return False  # a signature: `Ảnh: P. Thùy`
        if all(lex.is_vietnamese(t.text) for t in run) or " ".join(t.lower for t in run) in lex.places:
            return False
        company = len(run) >= 2 and (run[-1].lower in lex.words("orgs", "tails") or self._place_at_end(run))
        article = run[0].lower == "the"  # `The New Paper`: `The` is no given name here
        return company or article or not (len(run) >= 2 and lex.is_first_name(run[0].text))

    def _place_at_end(self, run: list[Tok]) -> bool:
        """`Meinhardt Việt Nam`: a foreign name closed by a country is a company's branch, not a person."""
        return any(" ".join(t.lower for t in run[k:]) in self.lex.places for k in range(1, len(run)))

    def _headed(self, toks: list[Tok], spans):
        """Head + name: `Bộ Y tế`, `trường Cao đẳng Quốc tế Hà Nội`, `UBND TP HCM`."""
        i = 0
        while i < len(toks):
            n = self._at(toks, i, "heads")
            if not n and toks[i].text == "trường":
                edu = self._at(toks, i + 1, "education")
                n = 1 + edu if edu else 0
            if not n and self._at(toks, i, "program_heads"):
                end = self._name_end(toks, i, i + self._at(toks, i, "program_heads"))
                if end and match_phrase(toks, end, self.lex.phrases("orgs", "known", True), True, True) > 1:
                    yield i, end, "org-program"  # `Chương trình Phát triển Liên Hợp Quốc`: a body's agency
                    i = end
                    continue
            if n and self._generic(toks, i):
                i += n
                continue
            if n and self._head_ok(toks, i, n) and not (n == 1 and self._byline(toks, i)):
                end = self._name_end(toks, i, i + n)
                if end is None and toks[i].cap and not self._at(toks, i, "company_heads"):
                    # (`Công ty bảo hiểm`: a kind of company)
                    end = self._lower_name(toks, i + n) or self._placed_lower_run(toks, i + n)
                known = self._at(toks, i, "known")
                if end and known > end - i:
                    end = i + known  # `Ban Chấp hành Trung ương Đảng`: the head rule stops at `Đảng`
                if end and self._at(toks, i + n, "admin") == end - i - n:
                    end = None  # `UBND TP`, `Công an TP` alone: the city's, unnamed (as `UBND tỉnh`)
                if end and self._local_ok(toks, i, n, end) and not self._known_after(toks, i + n, end) and (
                        not self._bare_local_after(toks, end)) and not self._clubs_of(toks, i, n, end):
                    # `Đài NHK`: a medium's kind before a foreign name stays outside, as in lower case
                    viet = self.lex.is_vietnamese
                    foreign = not any(viet(t.text) and not t.acronym for t in toks[i + n:end])
                    yield (i + n if foreign and self._at(toks, i, "media_heads") else i), end, "org-head"
                    i = end
                    continue
            i += 1

    def _numbered(self, toks: list[Tok], spans):
        """A capitalised head, a few words in any case, and `số N` closing the name: `Bệnh viện dã
        chiến cấp 2 số 1`, `Đội QLTT số 12`, `Sư đoàn Bộ binh số 3` (the number tells units apart)."""
        stop = self.lex.words("orgs", "bridge_stop")
        for i in range(len(toks)):
            n = self._at(toks, i, "heads") if toks[i].cap else 0
            if not n or self._generic(toks, i) or not self._head_ok(toks, i, n):
                continue
            k = i + n
            while k < len(toks) and k - i - n < MAX_NUMBERED_WORDS and not toks[k].punct and (
                    toks[k].lower not in stop and toks[k].text != "số" and toks[k].para == toks[i].para
                    and not (toks[k].pos == "V" and not toks[k].cap)):
                k += 1  # (a verb in lower case ends the phrase: `UBND tỉnh X ban hành Quyết định số 1266`)
            if k + 1 < len(toks) and toks[k].text == "số" and toks[k + 1].text.isdigit() and (
                    toks[k + 1].para == toks[i].para) and self._at(toks, i, "known") != k - i:
                yield i, k + 2, "org-numbered"  # (not `Hội đồng Bảo an Liên Hợp Quốc số 822`: a resolution)

    def _lower_headed(self, toks: list[Tok], spans):
        """A head in lower case: before a capitalized field (`phòng Quản lý xuất nhập cảnh`) or, for a
        local body, before an administrative word and its place (`công an huyện Núi Thành`)."""
        for i in range(len(toks)):
            t = toks[i]
            if t.cap or t.punct or (i > 0 and toks[i - 1].lower in PLURALS) or mid_word(toks, i):
                continue
            if i > 0 and toks[i - 1].capword and self._at(toks, i - 1, "heads", exact=False) > 1:
                continue  # `cục` of `Chi cục`
            n = self._at(toks, i, "lower_local_heads", exact=False)
            admin = self._at(toks, i + n, "admin") if n else 0
            place = admin and (self._place_len(toks, i + n + admin, alone=False)
                               or self._acronym_place(toks, i + n + admin))
            if place:
                yield i, i + n + admin + place, "org-lower-head"
                continue
            n = self._at(toks, i, "lower_heads", exact=False)
            if not n or i + n >= len(toks) or not toks[i + n].cap:
                continue
            if not self._at(toks, i + n, "fields", exact=False):
                continue
            if self._glued(toks, i + n) and toks[i + n].word == t.word >= 0:
                continue  # one word with the head
            end = self._lower_name(toks, i + n)
            if end and self._local_ok(toks, i, n, end, exact=False):
                yield i, end, "org-lower-head"

    def _lower_placed(self, toks: list[Tok], spans):
        """An institution written in lower case, closed by its place: `bệnh viện đa khoa
        Massachusetts`, `hiệp hội ung thư Mỹ`, `tòa dân sự quận Bình Thạnh`."""
        stop = self.lex.words("orgs", "bridge_stop") | self.lex.words("orgs", "placed_stop")
        for i in range(len(toks)):
            if toks[i].cap or (i > 0 and toks[i - 1].lower in PLURALS) or mid_word(toks, i):
                continue
            n = self._at(toks, i, "placed_lower_heads", exact=False)
            if not n:
                continue
            k = i + n
            while k < len(toks) and k - i <= MAX_LOWER_WORDS and not toks[k].cap and not toks[k].punct and (
                    toks[k].lower not in stop and toks[k].para == toks[i].para):
                k += 1
            admin = self._at(toks, k, "admin")
            place = self._place_len(toks, k + admin, alone=False) or self._acronym_place(toks, k + admin)
            # a field between (`bệnh viện đa khoa`), not `vào viện Hà Nội`; or a force (`hải quân Indonesia`)
            forces = k == i + n and self._at(toks, i, "forces_heads", exact=False)
            if place and (k > i + n or forces):
                yield i, k + admin + place, "org-lower-placed"

    def _departments(self, toks: list[Tok], spans):
        """A department named after its head's title: `Trưởng khoa Ngoại lồng ngực`, `Trưởng ban Dệt may`."""
        titles = self.lex.phrases("orgs", "unit_titles")
        stop = self.lex.words("orgs", "bridge_stop")
        for i in range(1, len(toks)):
            t = toks[i]
            if not t.capword or self._at(toks, i, "heads"):
                continue
            if not match_phrase(toks, i, titles, backward=True):
                continue
            if toks[i - 1].cap or self._at(toks, i - 1, "generic_names", exact=False):
                continue  # `Trưởng Ban Chỉ đạo`: the head is the body's; `Trưởng ban Kiểm soát`: a board
            if self._person_at(toks, i) or not self.lex.is_vietnamese(t.text):
                continue
            k, lower = i + 1, False
            while k < len(toks) and k - i < MAX_LOWER and toks[k].para == t.para:
                c = toks[k]
                new_word = c.word < 0 or c.word != toks[k - 1].word
                if c.punct or c.text[:1].isdigit() or c.lower in stop or (new_word and c.pos == "V"):
                    break
                admin = self._at(toks, k, "admin") if new_word and k > i + 1 else 0
                place = admin and (
                    self._place_len(toks, k + admin, alone=False) or self._unit_len(toks, k + admin))
                if place:  # the unit's town closes it: `Trưởng phòng Văn hóa thông tin thị xã Cửa Lò`
                    k += admin + place
                    lower = True
                    break
                if c.cap and (self._new_head(toks, k) or self._place_len(toks, k, alone=False)
                              or self._at(toks, k, "known") or not self.lex.is_vietnamese(c.text)):
                    break
                if k > i + 1 and new_word and self._person_at(toks, k):
                    break  # the holder after the unit: `Trưởng ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa`
                lower = lower or not c.cap
                k += 1
            # (`Trưởng phòng Thanh Hương`: a person's given names)
            if lower or self._at(toks, i, "fields", exact=False):
                yield i, k, "org-department"

    def _bare_local_after(self, toks: list[Tok], end: int) -> bool:
        """The name goes on in lower case to a bare administrative word: a provincial body without its
        place (`Trung tâm Kiểm soát bệnh tật tỉnh`), generic."""
        if end == 0 or self._place_len(toks, end - 1, alone=False) or self._admin_place_end(toks, end):
            return False
        admin = self.lex.words("orgs", "admin")
        k = end
        while k < len(toks) and k - end < MAX_LOWER and not toks[k].cap and not toks[k].punct:
            if toks[k].lower in admin:
                return k > end and not (k + 1 < len(toks) and self._name_like(toks[k + 1]))
            k += 1
        return False

    def _placed_lower_run(self, toks: list[Tok], j: int) -> int | None:
        """A local body named in lower case after its head and closed by an administrative word and
        its place (`Trung tâm y tế dự phòng tỉnh Quảng Nam`, `Ban chỉ huy quân sự tỉnh Phú Yên`); no
        function word on the way (`UBND đã hỗ trợ người dân tỉnh …` is a clause)."""
        stop = self.lex.words("orgs", "bridge_stop")
        k = j
        while k < len(toks) and k - j <= MAX_LOWER and toks[k].para == toks[j].para:
            t = toks[k]
            admin = self._at(toks, k, "admin")
            if admin and k > j:
                place = self._place_len(toks, k + admin, alone=False)
                return k + admin + place if place else None
            if t.cap or t.punct or t.lower in stop or t.text[:1].isdigit() or t.pos in FUNCTION_POS:
                return None
            k += 1
        return None

    def _admin_place_end(self, toks: list[Tok], end: int) -> bool:
        """The name ends with an administrative word and its place (`UBND tỉnh Hà Nam` before `và các
        tỉnh`): placed already, whatever lower-case words follow."""
        for k in range(max(0, end - 5), end - 1):
            admin = self._at(toks, k, "admin")
            if admin and self._place_len(toks, k + admin, alone=False) == end - k - admin:
                return True
        return False

    def _clubs_of(self, toks: list[Tok], i: int, n: int, end: int) -> bool:
        """`CLB Italia`, `CLB của Đức`, `CLB nước Anh`: a club word before a country alone names the
        country's clubs."""
        a = i + n + (i + n < end and toks[i + n].lower in ("của", "nước"))  # (`CLB nước Anh`)
        return " ".join(t.lower for t in toks[i:i + n]) in CLUB_HEADS and self._country(toks, a, end)

    def _country(self, toks: list[Tok], a: int, b: int) -> bool:
        """Tokens [a, b) name a country (`Anh`, `Bồ Đào Nha`)."""
        return fold(" ".join(t.text for t in toks[a:b])) in self.lex.countries

    def _generic(self, toks: list[Tok], i: int) -> bool:
        """A plural or a management board, not one body (`các trường ĐH Sư phạm`, `Ban Giám đốc Sở`)."""
        if self._at(toks, i, "generic_names"):
            return True
        return not toks[i].cap and i > 0 and toks[i - 1].lower in PLURALS

    def _lower_name(self, toks: list[Tok], j: int) -> int | None:
        """A unit named in lower case after its head: `Cục quản lý xuất nhập cảnh`, `Sở Giáo dục và đào
        tạo TP HCM` (a field word first; no verb starts a new word after it; a place may close it)."""
        k = field = j + self._at(toks, j, "fields", exact=False)
        if k == j:
            return None
        stop = self.lex.words("orgs", "bridge_stop")
        while k < len(toks) and k - j < MAX_LOWER and toks[k].para == toks[j].para:
            t = toks[k]
            n_field = self._at(toks, k + int(t.lower == "và"), "fields", exact=False)
            if n_field:  # `khoa học công nghệ xây dựng`, `giáo dục và đào tạo`
                k += int(t.lower == "và") + n_field
                continue
            if t.lower in REGION_WORDS and k + 1 < len(toks) and toks[k + 1].capword:
                k += 1 + self._cap_len(toks, k + 1)  # `Cơ quan thống kê châu Âu`: the region is whole
                return k
            new_word = t.word < 0 or t.word != toks[k - 1].word
            clause = new_word and t.pos in CLAUSE_POS
            if t.cap or t.punct or t.lower in stop or t.text[:1].isdigit() or clause:
                break
            k += 1
        # a descriptor's name stays alone (`Hãng nghiên cứu Jupiter`, as `hãng xăng dầu BP`)
        own = 0 if toks[j - 1].lower in self.lex.words("orgs", "descriptors") else self._own_name(toks, k)
        end = k + (self._place_len(toks, k, alone=False) or self._acronym_place(toks, k) or own)
        return end if end > field else None  # `Cơ quan điều tra`, `Cục quản lý` alone: generic

    def _own_name(self, toks: list[Tok], k: int) -> int:
        """Capitalized words at `k` that name the unit after its field (`Viện nghiên cứu Scripps`,
        `Công ty may Việt Tiến`); not a person (`Viện kiểm sát … Nguyễn Văn A`) nor a known body."""
        if k >= len(toks) or not toks[k].capword or toks[k].para != toks[k - 1].para or self._person_at(
                toks, k) or self._foreign_person_at(toks, k) or self._at(toks, k, "known") or self._at(
                toks, k, "heads") or self._at(toks, k, "admin"):
            return 0
        n = self._cap_len(toks, k)
        glued = k + n < len(toks) and toks[k + n].word == toks[k + n - 1].word >= 0
        return 0 if glued else n  # (`Hiệp hội phẫu thuật Hoàng gia`: the name runs on in lower case)

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return self.res.shared("gazetteer", Gazetteer.load)

    def _unit_len(self, toks: list[Tok], k: int) -> int:
        """Capitalized words from `k` that name a unit of the gazetteer, longest first (a ward or
        commune named after a person: `Phạm Ngũ Lão`)."""
        for n in range(self._cap_len(toks, k), 1, -1):
            if self.gazetteer.candidates(" ".join(t.text for t in toks[k:k + n])):
                return n
        return 0

    def _cap_len(self, toks: list[Tok], k: int) -> int:
        """Capitalized words from `k` (at most a place's length)."""
        n = 0
        while k + n < len(toks) and n < 4 and toks[k + n].capword and toks[k + n].para == toks[k].para:
            n += 1
        return n

    def _known_after(self, toks: list[Tok], j: int, end: int) -> bool:
        """The name ends with a known one after lower-case words: the head is a description
        (`Cơ quan cảnh sát quốc tế Interpol` -> `Interpol`)."""
        # (`Ủy ban Tình báo Hạ viện Mỹ` is one body: `báo` belongs to `Tình báo`)
        return any(not toks[k - 1].cap and not (self._glued(toks, k - 1) and toks[k - 2].cap)
                   and self._at(toks, k, "known") == end - k for k in range(j + 1, end))

    def _joined(self, toks: list[Tok], i: int) -> bool:
        """Token `i` continues a capitalized word or name before it (`Tây Ban Nha`, `Hải Phòng`)."""
        if i == 0 or not toks[i - 1].capword:
            return False
        if match_phrase(toks, i, self.lex.phrases("people", "titles"), backward=True):
            return False  # `Trưởng Ban Tuyên giáo` tagged one word: a title, then the body
        if toks[i].word >= 0 and toks[i].word == toks[i - 1].word:
            # `"Hiện Eximbank` tagged one word: a sentence's first word does not join a foreign name
            if toks[i - 1].acronym and (
                    not self.lex.is_vietnamese(toks[i].text) or self._at(toks, i, "heads")):
                return False  # `Phó TGĐ Coteccons`, `BCH Chi hội` tagged one word: an acronym, then the body
            opener = i == 1 or toks[i - 2].punct
            viet = self.lex.is_vietnamese
            return not opener or viet(toks[i].text) or not viet(toks[i - 1].text)
        foreign = not self.lex.is_vietnamese(toks[i - 1].text) and not self.lex.is_vietnamese(toks[i].text)
        return foreign and not toks[i - 1].acronym or any(
            " ".join(t.lower for t in toks[k:i + 1]) in self.lex.places for k in range(max(0, i - 3), i))

    def _run_edge(self, toks: list[Tok], k: int) -> bool:
        """Token `k` can start a new name: after a lower-case word, an acronym or a place
        (`Công nghệ Huỳnh Thành Đạt`, `TPHCM Nguyễn Minh Triết`; not `Lê Hồng Phong`)."""
        prev = toks[k - 1]
        if not prev.capword or prev.acronym:
            return True
        return any(" ".join(t.lower for t in toks[s:k]) in self.lex.places for s in range(max(0, k - 4), k))

    def _full_name_after(self, toks: list[Tok], k: int) -> bool:
        """Two capitalized words, then a three-word name (`Bộ Công Thương Bùi Xuân Khu`)."""
        before = k >= 2 and toks[k - 1].capword and toks[k - 2].capword
        return before and k + 3 <= len(toks) and all(t.capword for t in toks[k:k + 3]) and not (
            k + 3 < len(toks) and toks[k + 3].capword)

    def _new_head(self, toks: list[Tok], k: int) -> bool:
        """A second organisation starts at `k` (`Phòng KTHS Công an tỉnh Vĩnh Phúc`)."""
        n = self._at(toks, k, "heads")
        return bool(n) and not self._joined(toks, k) and not self._glued(toks, k + n)

    def _field_pair(self, toks: list[Tok], k: int) -> bool:
        """`và` joins two fields of one body (`Kế hoạch và Đầu tư`), not two names (`Netcom và Quanta`)."""
        if toks[k].lower != "và" or k + 2 >= len(toks) or toks[k - 1].capword or not toks[k + 1].capword:
            return False
        return self.lex.is_vietnamese(toks[k + 1].text) and self._glued(toks, k + 2)

    def _dash_inside(self, toks: list[Tok], k: int) -> bool:
        """` - ` inside one name (`Lao động - Thương binh`, `Bà Rịa - Vũng Tàu`), not before a parent body
        (`Cục Quản lý Khám chữa bệnh - Bộ Y tế`)."""
        return (toks[k].text == "-" and k + 1 < len(toks) and toks[k + 1].capword
                and not toks[k - 1].punct and not self._at(toks, k + 1, "heads")
                and not self._place_after_dash(toks, k))

    def _place_after_dash(self, toks: list[Tok], k: int) -> bool:
        """` - TP HCM` names where the body is (`Câu lạc bộ Phan Đình Phùng - TP HCM`), unless the
        dash is inside the place (`Bà Rịa - Vũng Tàu`)."""
        n = self._place_len(toks, k + 1, alone=False) or self._acronym_place(toks, k + 1)
        if not n:
            return False
        end, places = k + 1 + n, self.lex.places
        return not any(" ".join(t.lower for t in toks[s:end]) in places for s in range(max(0, k - 3), k))

    def _parent_inside(self, toks: list[Tok], head: int, k: int) -> bool:
        """A company named after its parent bank: `Công ty Chứng khoán Ngân hàng Ngoại thương`."""
        return bool(self._at(toks, head, "company_heads") and self._at(toks, k, "parent_heads"))

    def _local_ok(self, toks: list[Tok], i: int, n: int, end: int, exact: bool = True) -> bool:
        """A provincial body names its place (`Sở Y tế Lai Châu`; `Sở Giao thông vận tải` alone: generic)."""
        if not self._at(toks, i, "local_heads", exact=exact):
            return True
        admin = self.lex.words("orgs", "admin")
        national = i + n + 1 < end and toks[i + n].lower == "quốc" and toks[i + n + 1].lower == "gia"
        return national or any(toks[p].lower in admin or self._place_len(toks, p, alone=False)
                               or self._acronym_place(toks, p) for p in range(i + n, end))  # (or `quốc gia`)

    def _byline(self, toks: list[Tok], i: int) -> bool:
        """Token `i` opens a credit (`Ảnh: Trường Huy`)."""
        cues = self.lex.phrases("orgs", "credit_cues")
        return i > 1 and toks[i - 1].text == ":" and bool(match_phrase(toks, i - 1, cues, backward=True))

    def _head_ok(self, toks: list[Tok], i: int, n: int) -> bool:
        """A head word, not the start of a word or place (`Hội nghị`, `Hội An`, `Tây Ban Nha`)."""
        nxt = i + n
        # an administrative word after a head of two syllables starts the place (`Công an thành phố
        # Vinh`: not `an thành`); other words may glue on (`Tổng cục trưởng`: a title)
        glued = self._glued(toks, nxt) and not (n > 1 and self._at(toks, nxt, "admin"))
        if glued or self._joined(toks, i):
            return False
        two = nxt + 1 >= len(toks) or toks[nxt + 1].word != toks[i].word
        two = two or self._person_at(toks, i)  # `Đoàn Khắc Việt`: a person, not a delegation
        if n == 1 and nxt < len(toks) and toks[nxt].word == toks[i].word >= 0 and toks[i].pos == "Np" and two:
            return False  # one proper noun: `Trường Xuân`, `Đài Loan` (not `Quỹ Thiện Tâm`)
        return not self._place_len(toks, i)

    def _known(self, toks: list[Tok], spans, sports: bool = False):
        """Names that are organisations alone (`Quốc hội`, `Man City`), with a country after them kept;
        in a sports report also clubs named after their city (`Stuttgart`, not `thành phố Stuttgart`)."""
        suffixes = tuple(self.lex.orgs["name_suffixes"])
        cues = self.lex.phrases("people", "place_cues")
        people = self._addressed(toks)
        for i in range(len(toks)):
            n = max(self._at(toks, i, "known"), self._at(toks, i, "clubs"))
            if n == 1 and toks[i].text in people:
                continue  # `cô bé Apple`: a girl, here and wherever the document names her alone
            if not n and not match_phrase(toks, i, cues, backward=True) and (
                    i == 0 or toks[i - 1].lower not in CITY_CUES):
                n = self._at(toks, i, "city_clubs")
                n = n if sports or self._listed_with_club(toks, i, n) else 0
                after = toks[i + n] if i + n < len(toks) else None  # `Barcelona Open`: an event
                opener = after and after.lower in self.lex.words("people", "not_person")  # `Stuttgart Các`
                n = 0 if after and after.capword and not opener else n
            t = toks[i]
            if not n and t.capword and t.text.endswith(suffixes) and len(t.text) > 5 and (
                    not self.lex.is_vietnamese(t.text)) and not (i + 1 < len(toks) and toks[i + 1].capword):
                n = 1  # a name shaped like a bank or company: `Eximbank`, `HDBank`
            if not n or self._glued(toks, i + n) or self._joined(toks, i):
                continue
            if i > 0 and toks[i - 1].lower in self.lex.words("orgs", "nature_words"):
                continue  # `rừng Amazon`: the place
            if n == 1 and t.text in self.lex.orgs["platforms"]:
                continue  # `viết trên Facebook`: a platform (a credit, `Ảnh: Facebook`, is read apart)
            after = toks[i + n].text if i + n < len(toks) else ""
            if after[:1].isupper() and match_phrase(toks, i, self.lex.phrases("people", "product_cues"),
                                                     backward=True):
                continue  # `mẫu xe Suzuki Ciaz`: the maker's name opens the product's
            if self._product_after(toks, i + n):
                continue  # a product or event named after it: `Yahoo Mail`, `UEFA Cup`, `Mazda CX5`
            if n == 1 and t.acronym and i > 0 and toks[i - 1].text[:1].isdigit():
                continue  # a unit: `500 MB`
            if n == 1 and t.acronym and i + 1 < len(toks) and toks[i + 1].acronym and not self._acronym_place(
                    toks, i + 1):
                continue  # its meeting or programme: `ASEM FMM`
            end = i + n + self._tail_len(toks, i + n)
            place = self._place_len(toks, end) or self._acronym_place(toks, end)  # (`Chính phủ VN`)
            yield i, end + place, "org-known"

    def _product_after(self, toks: list[Tok], k: int) -> bool:
        """The words from `k` name a product or an event after its maker (`Yahoo Mail`, `Mazda CX5`,
        `Huawei Band 6`, `Xiaomi Mi Note 10 Lite`, `FIFA World Cup`): a product tail or a model code
        ends a run of capitalised words (`PRODUCT_WORDS` at most)."""
        tails = self.lex.orgs["product_tails"]
        for j in range(k, min(k + PRODUCT_WORDS, len(toks))):
            t = toks[j]
            if t.text in tails:
                return True
            if MODEL_CODE.fullmatch(t.text):  # no quantity or date: `Dân trí Trong 10 năm`, `Đêm 30/9`
                date = j + 1 < len(toks) and toks[j + 1].text == "/"
                counted = self._at(toks, j + 1, "count_nouns") or self._at(toks, j + 1, "time_units")
                return not (date or counted)
            if not t.capword or t.para != toks[k].para:
                return False
        return False

    def _listed_with_club(self, toks: list[Tok], i: int, n: int) -> bool:
        """toks[i:i + n] is listed right beside a club's own name (`Real Madrid, Barcelona và Juventus`),
        so the city's name stands for its club there, even outside a sports report."""
        if not n:
            return False
        clubs = [self.lex.phrases("orgs", key, True) for key in ("known", "clubs")]
        left = i > 1 and toks[i - 1].text in LIST_JOINTS and any(
            match_phrase(toks, i - 1, p, backward=True, exact=True) for p in clubs)
        if left:
            return True
        after, city_only = self._club_len(toks[i + n + 1:i + n + 5])
        return i + n + 1 < len(toks) and toks[i + n].text in LIST_JOINTS and after > 0 and not city_only

    def _addressed(self, toks: list[Tok]) -> set[str]:
        """Capitalised words the document writes right after an honorific (`cô bé Apple`,
        `anh Phong`): people's names, even when a body bears the same name."""
        hons = self.lex.phrases("people", "honorifics")
        return {t.text for i, t in enumerate(toks) if i and t.capword and not t.acronym and (
            toks[i - 1].text.islower() and match_phrase(toks, i, hons, backward=True))}

    def _paired_clubs(self, toks: list[Tok], spans, sports: bool):
        """Character spans of two clubs in one hyphenated token: `Liverpool-Chelsea`,
        `Arsenal-Manchester United` (a fixture); a city alone counts beside a club or in a sports report."""
        taken = {k for a, b in spans for k in range(a, b)}
        for i, t in enumerate(toks):
            parts = t.text.split("-")
            if len(parts) != 2 or i in taken or not all(p[:1].isupper() for p in parts):
                continue
            cut = t.start + len(parts[0])
            first = Tok(t.start, cut, parts[0], t.pos, t.ner, -1, t.para, fold(parts[0]))
            second = Tok(cut + 1, t.end, parts[1], t.pos, t.ner, -1, t.para, fold(parts[1]))
            rest = [second] + [x for x in toks[i + 1:i + 4] if x.para == t.para]
            (n1, city1), (n2, city2) = self._club_len([first]), self._club_len(rest)
            if n1 != 1 or not n2 or city1 and city2 and not sports:
                continue
            if any(i + k in taken for k in range(1, n2)):
                continue
            yield first.start, first.end
            yield second.start, rest[n2 - 1].end

    def _club_len(self, seq: list[Tok]) -> tuple[int, bool]:
        """Tokens of a club or known name opening `seq`, and whether it is only a city's name."""
        n = max(match_phrase(seq, 0, self.lex.phrases("orgs", key, True), exact=True)
                for key in ("known", "clubs"))
        if n:
            return n, False
        return match_phrase(seq, 0, self.lex.phrases("orgs", "city_clubs", True), exact=True), True

    def _tail_len(self, toks: list[Tok], k: int) -> int:
        """Capitalized words from `k` closed by a company word, a unit of a known name (`Hanwha Energy`)."""
        tails = self.lex.words("orgs", "tails")
        for n in range(3, 0, -1):
            run = toks[k:k + n]
            if len(run) == n and all(t.capword for t in run) and run[-1].lower in tails and not (
                    k + n < len(toks) and toks[k + n].capword and not self._place_len(toks, k + n)):
                return n
        return 0

    def _place_len(self, toks: list[Tok], k: int, alone: bool = True) -> int:
        """Tokens of a gazetteer place starting at `k` (0 when none; `alone`: no name after it)."""
        for n in range(5, 0, -1):
            run = toks[k:k + n]
            if len(run) == n and run[0].capword and run[-1].capword and all(
                    t.capword or t.text == "-" for t in run) and (
                    " ".join(t.lower for t in run) in self.lex.places) and not (
                    alone and k + n < len(toks) and toks[k + n].capword):
                return n
        return 0

    def _described(self, toks: list[Tok], spans):
        """Descriptor + bare name: `nhóm tin tặc REvil`, `công ty Đài Loan Quanta Computer`."""
        runs = {a: self._amp_end(toks, b) for a, b in cap_runs(toks, PARTICLES)}
        for i in range(len(toks)):
            n = self._at(toks, i, "descriptors")
            if not n or toks[i].cap or i + n < len(toks) and 0 <= toks[i + n].word == toks[i + n - 1].word:
                continue  # (`báo cáo của TS Dũng`: `báo` opens a longer segmenter word)
            a = i + n
            if a < len(toks) and toks[a].para != toks[i].para:
                continue  # (not `đội ¶ Để`)
            b = runs.get(a)
            if b is None:
                named = self._at(toks, a, "naming_words", exact=False)  # `nhóm mang tên Tick`
                if not named and not self._at(toks, i, "modified_descriptors"):
                    continue
                a = a + named if named else self._after_modifiers(toks, a)
                plural = i > 0 and toks[i - 1].lower in PLURALS and any(t.pos == "V" for t in toks[i + n:a])
                if plural:
                    continue  # `nhiều công ty sử dụng Linux`: what some companies use, no company's name
                b = runs.get(a)
                if b is None or self._at(toks, a, "heads") or not self._media_like(toks[a:b]):
                    continue
            place = self._place_len(toks, a, alone=False)
            rest = b - a - place
            if place and rest and (rest >= 2 or not self.lex.is_vietnamese(toks[a + place].text)):
                a += place
            elif place and not rest:
                continue
            run = toks[a:b]
            if self._glued(toks, b) or sum(c.isalpha() for c in toks[a].text) < 2 and b - a == 1 or (
                    self._at(toks, a, "heads") == b - a) or self._at(toks, a, "diseases") == b - a:
                continue  # `công ty Xây dựng`: a capitalized common word; `nhóm CLB`: a head alone
            if toks[i].pos == "V" and b - a == 1 and self.lex.is_vietnamese(toks[a].text):
                continue  # `tổ chức Kỳ thi`: the verb (to hold) before a capitalised common word
            if toks[b - 1].text in self.lex.orgs["product_tails"]:
                continue  # `32 đội UEFA Cup`: an event
            nickname = b < len(toks) and toks[b].text in QUOTES  # `nhóm Thắng "Chập"`
            led = " ".join(t.lower for t in toks[i:i + n]) in self.lex.words("orgs", "person_led")
            if led and (b - a == 1 or nickname and b - a <= 3) and all(
                    self.lex.is_vietnamese(t.text) for t in run):
                continue  # `nhóm Thắng "Chập"`: a gang by its leader's Vietnamese name
            name = fold(" ".join(t.text for t in run))
            canal = toks[i].lower in WATER_DESCRIPTORS and name in self.lex.towns
            korean = self.lex.is_korean_name([t.text for t in run])  # `phía công ty Seo Ye Ji`
            place = " ".join(t.lower for t in run) in self.lex.places
            fashion = " ".join(t.lower for t in toks[i:i + n]) in self.lex.words(
                "orgs", "fashion_descriptors")  # `nhà mốt Badgley Mischka`: a house named after its designers
            if canal or korean or self._person_at(toks, a) and not fashion or place or not fashion and (
                    self.lex.is_first_name(run[0].text) and not self.lex.is_vietnamese(run[0].text)
                    and not self._place_at_end(run)):
                continue
            yield a, b, "org-descriptor"
            if not (i > 0 and toks[i - 1].lower == "theo"):  # `Theo tờ Athletic, Nagelsmann …`: a new clause
                yield from self._listed(toks, b, runs)

    def _amp_end(self, toks: list[Tok], b: int) -> int:
        """A run continued over `&` (`Town & Country`)."""
        while b + 1 < len(toks) and toks[b].text == "&" and toks[b + 1].capword and (
                toks[b].para == toks[b + 1].para):
            b += 2
            while b < len(toks) and toks[b].capword and toks[b].para == toks[b - 1].para:
                b += 1
        return b

    def _after_modifiers(self, toks: list[Tok], a: int) -> int:
        """Skip lower-case words after a descriptor (`công ty người mẫu IMG`, `tạp chí như Vogue`)."""
        stop = self.lex.words("orgs", "bridge_stop")
        k = a
        while k < len(toks) and k - a < MAX_MODIFIERS and toks[k].para == toks[a].para:
            t = toks[k]
            owner = t.lower == "của" and not (k + 1 < len(toks) and toks[k + 1].acronym)
            if t.cap or t.punct or (t.lower in stop and t.lower != "như") or owner:
                break  # (`các quỹ của Buffett`: the owner, not the fund's name; `của HĐKTNN` is a body)
            k += 1
        return k

    def _listed(self, toks: list[Tok], b: int, runs: dict[int, int]):
        """Foreign names listed after one found by its descriptor: `Teen Vogue, Harper's Bazaar và Elle`."""
        while b + 1 < len(toks) and toks[b].text in (",", "và") and toks[b].para == toks[b + 1].para:
            a = b + 1
            end = runs.get(a)
            if end is None or not self._media_like(toks[a:end]) or self._person_at(toks, a) or match_phrase(
                    toks, end, self.lex.phrases("people", "speech_verbs")):
                return  # (`tờ Thai Rath, Kiatisuk chia sẻ`: a speaker, no second medium)
            yield a, end, "org-descriptor"
            b = end

    def _before_acronym(self, toks: list[Tok], spans):
        """A head word, then the name in any case, then its acronym in brackets: `Hội kỹ sư ô tô
        quốc tế (SAE)`, `Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam (Vinasme)`. It replaces a
        shorter name found inside it (`Hiệp hội Doanh nghiệp`)."""
        # (`nhỏ và vừa`, `Phòng Thương mại Mỹ tại Việt Nam (Amcham)`)
        stop = self.lex.words("orgs", "bridge_stop") - {"và", "vừa", "tại", "ở"}
        for i in range(2, len(toks) - 2):
            alias = toks[i + 1]
            if toks[i].text != "(" or toks[i + 2].text != ")" or not alias.capword or (
                    not alias.acronym and self.lex.is_vietnamese(alias.text)):
                continue
            if self._place_len(toks, i + 3, alone=False):
                continue  # `Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa`: the name goes on
            if self._lower_initials(toks, i, alias.text):
                continue  # `họp đại hội đồng cổ đông (ĐHĐCĐ)`: a common noun's abbreviation
            for a in range(i - 1, max(-1, i - MAX_ORG_TOKENS), -1):
                t = toks[a]
                if (t.punct and t.text not in "&-") or t.para != alias.para or t.lower in stop:
                    break
                n = self._at(toks, a, "heads") if t.cap else 0
                if not n or a + n >= i or self._glued(toks, a + n):
                    continue  # `Hội chợ`, `Hội nghị`: the head word is part of another word
                inner = [ab for ab in spans if a <= ab[0] and ab[1] <= i]
                crossed = any(x < i and a < y and (x, y) not in inner for x, y in spans)
                if toks[i - 1].lower != "và" and not crossed:
                    yield a, i, WIDENING  # the caller drops the shorter names inside it
                break

    def _tailed(self, toks: list[Tok], spans):
        """A foreign name closed by a company word, maybe then its country: `Planet Technology
        Corp`, `Quanta Computer`, `The Mars Society`, `Times of London`, `Air Charter Service India`."""
        tails = self.lex.words("orgs", "tails")
        for a, b in cap_runs(toks, PARTICLES):
            # the foreign part of the run (`Theo The Mars Society`: the sentence's first word is not in it)
            f = next((k for k in range(a, b) if not self.lex.is_vietnamese(toks[k].text)), b)
            a = f - 1 if f > a and toks[f - 1].lower == "the" else f
            if b - a < 2 or toks[b - 1].lower in PARTICLES or FIXTURE.fullmatch(toks[a].text):
                continue
            if toks[b - 1].text in self.lex.orgs["product_tails"] and self._at(toks, a, "known") == b - a - 1:
                continue  # `Yahoo Mail`: a known company's product
            if toks[b - 1].lower in tails or b - a >= 3 and toks[b - 2].lower in tails and (
                    self._place_len(toks, b - 1, alone=False) == 1):
                yield a, b, "org-tail"

    def _bracketed(self, toks: list[Tok], spans):
        """An acronym in brackets after an organisation or an organisation word: `(HIC)`; right
        after a name also two acronyms and a note: `SMBC Consumer Finance (SMBC CF - nhà đầu tư Nhật)`."""
        ends = {b for _, b in spans}
        starts = {b: a for a, b in spans}
        descriptors = self.lex.phrases("orgs", "descriptors")
        for i in range(1, len(toks) - 2):
            alias = i in ends and toks[i + 1].capword and not self.lex.is_vietnamese(toks[i + 1].text)
            if toks[i].text != "(" or not (toks[i + 1].acronym or alias):
                continue
            n = 2 if i in ends and i + 3 < len(toks) and toks[i + 2].acronym else 1
            close = toks[i + 1 + n].text
            if close != ")" and not (i in ends and close in ("-", "–", ",")):
                continue
            if self._place_len(toks, i + 1, alone=False) or self._acronym_place(toks, i + 1) or (
                    n == 1 and self._country(toks, i + 1, i + 2)):
                continue  # `Công ty Tre Nguồn (TP HCM)`, `Telkom (Indonesia)`, `(TPHCM)`: where it is
            if i in ends and n == 1 and self._field_initials(toks, starts[i], i, toks[i + 1].text):
                continue  # `Bộ Khoa học và Công nghệ (KH&CN)`, `… Phòng, chống thiên tai (PCTT)`: the field
            if n == 1 and self._lower_initials(toks, i, toks[i + 1].text):
                continue  # `đại hội đồng cổ đông (ĐHĐCĐ)`: a common noun's abbreviation, no body
            near = any(match_phrase(toks, k, descriptors) for k in range(max(0, i - 8), i))
            if (i in ends or near) and not self._at(toks, i + 1, "heads"):  # `câu lạc bộ (CLB)`: generic
                yield i + 1, i + 1 + n, "org-acronym"

    def _lower_initials(self, toks: list[Tok], end: int, acronym: str) -> bool:
        """`acronym` spells the initials of the lower-case Vietnamese words right before `end`."""
        letters = sum(c.isalpha() for c in acronym)
        return self._spells(toks, max(-1, end - 2 * letters - 1), end, acronym, lower=True)

    def _field_initials(self, toks: list[Tok], start: int, end: int, acronym: str) -> bool:
        """`acronym` spells the initials of the last Vietnamese words of the name [start, end), not of
        its head: the body's field (`Khoa học và Công nghệ` -> `KH&CN`), not the body (`UBND`,
        `TTVTVN`) nor its foreign name (`Saigon Asset Management` -> `SAM`)."""
        return self._spells(toks, start, end, acronym)

    def _spells(self, toks: list[Tok], start: int, end: int, acronym: str, lower: bool = False) -> bool:
        """`acronym` spells the initials of the Vietnamese words after `start` ending at `end`,
        linking words aside; with `lower` they are lower-case words with no mark between them, and
        two of them at least (`đại hội đồng cổ đông (ĐHĐCĐ)`)."""
        letters = "".join(c for c in acronym if c.isalpha()).upper()
        initials = ""
        for k in range(end - 1, start, -1):
            t = toks[k]
            if t.lower in FIELD_LINKS or t.punct and not lower:
                continue
            if lower and (t.punct or t.cap) or not self.lex.is_vietnamese(t.text):
                return False
            initials = t.text[0].upper() + initials
            if initials == letters:
                return len(letters) >= 2 or not lower
            if len(initials) >= len(letters):
                return False
        return False

    def _teams(self, toks: list[Tok], spans, sports: bool = False):
        """Places standing for teams (`nữ Hà Nam`, `thắng An Giang 2-1`), in sports reports.

        A place named by a team cue or inside a sponsor's club name (`SHB Đà Nẵng`) is that team
        wherever it stands alone in the report (`Đà Nẵng thắng`); in a report full of sport words
        so is a place after a match verb (`đánh bại Bình Dương`) or in a fixture (`Nam Định - Bình Dương`).
        """
        found = []
        for i in range(len(toks)):
            n = self._at(toks, i, "team_cues", exact=False) or int(
                toks[i].lower in GLUED_TEAM_CUES and i > 0 and toks[i - 1].word == toks[i].word >= 0
                and self._at(toks, i - 1, "team_verbs", exact=False) == 1)  # not `quân đội`
            if n:
                place = self._place_len(toks, i + n) or self._acronym_place(toks, i + n)
                plural = i > 0 and toks[i - 1].lower in PLURALS
                if place and plural and self._country(toks, i + n, i + n + place):
                    continue  # `Các CLB Anh`: the clubs of a country
                if place:
                    found.append((i + n, i + n + place))
        found += self._score_line(toks, fixtures=sports)
        teams = [(a, b) for (a, b), source in spans.items() if source == "org-team"]
        youth = [ab for ab in teams if YOUTH.fullmatch(toks[ab[0]].text)]
        if len(found) + len(youth) < TEAM_MIN:
            if not sports:
                return  # a sponsor's club alone (`EVN Hà Nội`) does not make a sports report
            # no match of national teams: a country after a club word is the clubs' nation (`CLB Anh`)
            found = [(a, b) for a, b in found if not self._country(toks, a, b)]
        clubs = [(a + 1, b) for a, b in teams if b - a >= 2]  # `SHB Đà Nẵng`, `U23 Việt Nam` -> the place
        known = [ab for ab, source in spans.items() if source == "org-known"] if sports else []
        for a, b in known:
            # a known club named with its place: `Than Quảng Ninh` -> `Quảng Ninh` alone is the team
            k = next((k for k in range(a + 1, b) if self._place_len(toks, k, alone=False) == b - k), None)
            if k is not None:
                clubs.append((k, b))
        played = []
        for i in range(len(toks)):
            n = self._at(toks, i, "team_verbs", exact=False)
            place = self._place_len(toks, i + n) if n else 0
            if place:
                played.append((i + n, i + n + place))
            place = self._place_len(toks, i) if toks[i].capword and not self._team_vetoed(toks, i) else 0
            if place and i + place < len(toks) and SCORE.fullmatch(toks[i + place].text):
                played.append((i, i + place))  # a score after it: `trước An Giang 2-1`
        yield from ((a, b, "org-team") for a, b in found + played)
        names = {tuple(t.text for t in toks[a:b]) for a, b in found + clubs + (played if sports else [])}
        for i in range(len(toks)):
            for name in names:
                j = i + len(name)
                if tuple(t.text for t in toks[i:j]) != name or self._team_vetoed(toks, i) or self._nation_at(
                        toks, i, j):
                    continue
                if not (j < len(toks) and toks[j].capword):
                    yield i, j, "org-team"

    def _score_line(self, toks: list[Tok], fixtures: bool = False) -> list[tuple[int, int]]:
        """Places in a result line: `Đan Mạch - Thụy Điển 2-2` (both), `trước An Giang 2-1`; with
        `fixtures` (a sports report) also a pair without a score (`Nam Định - Bình Dương`)."""
        out = []
        for i in range(len(toks)):
            place = self._place_len(toks, i) if toks[i].capword and not self._team_vetoed(toks, i) else 0
            if not place or i + place >= len(toks):
                continue
            k = i + place
            if SCORE.fullmatch(toks[k].text):
                out.append((i, k))
            elif toks[k].text in ("-", "–") and k + 1 < len(toks) and toks[k + 1].capword:
                other = self._place_len(toks, k + 1)
                if other and k + 1 + other < len(toks) and SCORE.fullmatch(toks[k + 1 + other].text):
                    out.append((i, k))  # the first team of `X - Y 2-2`; Y is found at its own turn
                elif other and fixtures:
                    out += [(i, k), (k + 1, k + 1 + other)]
        return out

    def _team_vetoed(self, toks: list[Tok], i: int) -> bool:
        """A place word or another name before `i`: the place itself (`sân Pleiku`, `tỉnh Gia Lai`)."""
        admin = self.lex.phrases("orgs", "admin", True)
        cues = self.lex.phrases("people", "place_cues")
        return (i > 0 and toks[i - 1].capword) or bool(match_phrase(toks, i, admin, True, True)) or bool(
            match_phrase(toks, i, cues, backward=True)) or self._after_place_word(toks, i)

    def _nation_at(self, toks: list[Tok], i: int, j: int) -> bool:
        """toks[i:j] names a country right after a word that makes it the nation, not its team
        (`giờ Việt Nam`, `bóng đá Thái Lan`)."""
        return self._country(toks, i, j) and bool(
            match_phrase(toks, i, self.lex.phrases("orgs", "nation_before"), backward=True))

    def _after_place_word(self, toks: list[Tok], i: int) -> bool:
        """`sân`, `tới` or `đến` right before `i`: a place follows, not a team (`di chuyển tới Thanh Hóa`).
        Read as words, not phrases: the segmenter glues `di chuyển tới` into one word."""
        return i > 0 and toks[i - 1].lower in self.lex.words("orgs", "not_team_before")

    def _brand(self, toks: list[Tok], j: int, b: int) -> int:
        """Tokens of a brand closing a name at `b`: words then an acronym, no place (`Thu Cúc TCI`)."""
        n = 0
        while b - n - 1 >= j and toks[b - n - 1].capword:
            n += 1
        a = b - n
        if n < 2 or not toks[b - 1].acronym or toks[b - 2].acronym or toks[a].acronym:
            return 0
        return 0 if any(self._place_len(toks, k, alone=False) for k in range(a, b)) else n

    def _person_word(self, toks: list[Tok], word: str) -> bool:
        """`word` names a person somewhere in the document: after an honorific (`ông Trump`; not
        a title: `các cầu thủ Muangthong` are a club's), or as the surname after a foreign given
        name (`Donald Trump`), so `Trump Organization` gives no short form `Trump`."""
        honorifics = self.lex.phrases("people", "honorifics")
        for k, t in enumerate(toks):
            if t.text != word or k == 0 or (k + 1 < len(toks) and toks[k + 1].capword):
                continue
            prev = toks[k - 1]
            if prev.capword and not prev.acronym and not self.lex.is_vietnamese(prev.text):
                return True
            if match_phrase(toks, k, honorifics, backward=True):
                return True
        return False

    def _acronym_place(self, toks: list[Tok], k: int) -> int:
        """`TP HCM`, `TP.HCM`, `VN`: a place written with its acronym."""
        if k + 1 < len(toks) and toks[k].text in ("TP", "Tp") and toks[k + 1].acronym:
            return 2
        return 1 if k < len(toks) and toks[k].text in self.lex.orgs["place_acronyms"] else 0

    def _repeated(self, toks: list[Tok], spans):
        """Every other occurrence of a name found (and of a foreign company's short form)."""
        tails = self.lex.words("orgs", "tails")
        forms = set()
        for (a, b), _ in spans.items():
            words = tuple(t.text for t in toks[a:b])
            forms.add(words)
            if len(words) >= 2 and words[-1].lower() in tails and not self.lex.is_vietnamese(words[0]) \
                    and not self._person_word(toks, words[0]):
                forms.add(words[:1])
            head = self._at(toks, a, "heads")
            field = toks[b - 1].acronym and self._at(toks, a, "field_heads")  # `ĐH GTVT`: not `GTVT`
            foreign = words[-1].isalpha() and not self.lex.is_vietnamese(words[-1]) and not self._place_len(
                toks, b - 1, alone=False)
            if head and b - a - head == 1 and foreign and not field:
                forms.add(words[-1:])  # Công ty Netcom -> Netcom (not Hải quân Indonesia -> Indonesia)
            brand = self._brand(toks, a + head, b) if head else 0
            if brand:
                forms.add(words[-brand:])  # Hệ thống y tế Thu Cúc TCI -> Thu Cúc TCI
        taken = list(spans)
        place_cues = self.lex.phrases("people", "place_cues")
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in sorted(forms, key=len, reverse=True):
            by_first.setdefault(form[0], []).append(form)
        for i in range(len(toks)):
            candidates = by_first.get(toks[i].text)
            if not candidates:
                continue
            if self._joined(toks, i) or not toks[i].acronym and match_phrase(
                    toks, i, place_cues, backward=True):
                continue  # `đường Trường Sơn` is a street even after `công ty Trường Sơn` (not `tại VPĐKĐĐ`)
            after_place_word = self._after_place_word(toks, i)
            for form in candidates:
                j = i + len(form)
                if tuple(t.text for t in toks[i:j]) != form or (j < len(toks) and toks[j].capword):
                    continue
                if after_place_word and self._place_len(toks, i) == len(form) or self._nation_at(toks, i, j):
                    break  # `tới Thanh Hóa`, `sân Thanh Hóa`: the place, though the team is named so too
                if self._glued(toks, j):
                    break
                if any(i < y and x < j for x, y in taken):
                    break
                taken.append((i, j))
                yield (i, j), "org-repeat"
                break
