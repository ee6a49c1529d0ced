"""Extractor for PER: people's names, with the title written before them and the full name.

Signals, strongest first: an honorific or title right before a capitalized run
(`ông Dũng`, `Chủ tịch UBND tỉnh Lê Văn Dũng`), a Vietnamese surname opening a run of
Vietnamese syllables, a foreign-looking run that underthesea's CRF tags PER or that is
followed by a speech verb. Then document consistency: a run equal to a name found with
confidence, or to its last part (`Dũng`, `Ribeiro`), is that person (`canonical`). Places
(gazetteer, LOC/ORG mentions already found, a place word right before) veto a run.
In a sports report a foreign name (`Aguero`) or two given names (`Công Phượng`) is a player;
a name written after a product noun (`chip Snapdragon`) is no person in the whole document;
a lone given name used often as a subject (`Hùng lật lại quá khứ`) is a person.

>>> # "Chủ tịch UBND tỉnh, Trưởng đoàn ĐBQH tỉnh Lê Văn Dũng"
>>> # -> PER "Lê Văn Dũng", role "Chủ tịch UBND tỉnh; Trưởng đoàn ĐBQH tỉnh"
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.document import Document, Mention
from pipeline.extract.bylines import SOURCE as SIGNED
from pipeline.extract.bylines import signature
from pipeline.extract.name_lexicon import NameLexicon
from pipeline.extract.name_tokens import Tok, cap_runs, doc_tokens, fold, is_break, match_phrase, mid_word
from pipeline.resources import Resources

# Lower-case particles inside foreign names (Sylvia Lima de Souza Medeiros).
PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "den", "di", "del", "della", "la",
                       "le", "bin", "binti", "al", "el", "ibn", "y", "ten", "ter", "zu"})
LIST_JOINS = ([","], ["và"])  # between two names of one list
PAIR_JOINS = (["-"], ["–"])  # between the two names of a pair (`Đỗ Trọng Thắng - Minh Tiến`)
CLOSING_QUOTES = frozenset({"”", '"', "’", "»"})
KIN_WORDS = frozenset({"anh", "chị", "em", "ông", "bà", "cháu", "bé", "cô", "chú", "bác", "cậu"})
DIRECTION_WORDS = frozenset({"phương", "phía"})  # before a compass word: no given name
COMPASS = frozenset({"bắc", "nam", "đông", "tây"})
COMPASS_BEFORE = frozenset({"cầu", "độ", "tuyến", "cực", "hướng"})  # `bán cầu Bắc`, `23,5 độ Bắc`
NICK_QUOTES = frozenset('"“”')  # marks around a nickname after a given name
# Particles that may open a surname written without its given name (`van Gogh`, `da Vinci`).
LEADING_PARTICLES = frozenset({"van", "von", "de", "da", "di", "der", "del", "della", "dos", "das"})
# Word classes that end a title's complement when walking left from a name (verbs, linkers).
STOP_POS = frozenset({"V", "C", "CC", "E", "R", "P", "L", "T", "X", "CH"})
MAX_ROLE_TOKENS = 10  # title + complement (`Bộ trưởng Bộ Khoa học & Công nghệ`)
MAX_APPOSITION_TOKENS = 16  # a title after the name, with its body and place, longer is no title
GROUP_CUE_GAP = 3  # tokens between a group word and its names (`cặp tiền đạo Messi-Griezmann`)
MAX_APPOSITIONS = 4  # titles listed after one name
APPOSITION_OPEN = frozenset({",", "-", "–", "("})  # marks that set a title off after a name
APPOSITION_CLOSE = frozenset({",", ";", ":", ")", "-", "–", "("})
MAX_NAME_TOKENS = 6
LONE_MIN = 3  # uses of a lone given name (no title, no surname) that make it a person
SUBJECT_POS = frozenset({"V", "R"})  # after a lone name used as a subject
# Labels whose spans a person's name never overlaps.
BLOCKING = frozenset({"ORG", "LOC", "QUOTED", "DATE"})
NAMED = ("LOC", "ORG")  # a foreign name found by these stages elsewhere is no person (`Tashkent`)
DISEASE_WORDS = (("bệnh",), ("hội", "chứng"), ("chứng",))  # before a disease named after a person
# A capitalized word of these lists standing alone is that word, not a name.
LONE_WORDS = (("people", "titles"), ("people", "honorifics"), ("orgs", "heads"))
ADDRESS_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,3}")  # `60`, `12A/3`
INITIAL_SURNAME = re.compile(r"[A-Z]\.[A-Z][a-z]{3,}")  # `C.Ronaldo`, `M.Salah`; not `B.TRUNG`
# a regnal number after a name: `Elizabeth II`, `Amenhotep III`, `Lansing Horan IV` (not I, V, X:
# letters of other uses)
REGNAL = re.compile(r"(?=[IVX]{2,5}\Z)X{0,2}(?:IX|IV|V?I{0,3})")
INITIAL_NAME = re.compile(r"[A-ZĐ]\.[A-ZĐ]?\w{1,15}")  # a signature: `B.TRUNG`, `T.Hà`
_CAMEL_ACRONYM = re.compile(r"[a-zà-ỹ][A-ZĐ]{2}")
NAMED_GAP = 4  # lower-case syllables between a person noun and `tên`: `bạn trai ngoại quốc lâu năm tên`
TITLE_ARTICLES = frozenset({"The"})  # an English article opens a work's or show's name, never a person's
ADMIN_INITIALS = frozenset({"Q.", "P.", "H.", "X.", "F.", "TP.", "TX.", "TT."})  # `Q. Gò Vấp`
DIRECTIONS = frozenset({"bắc", "nam", "đông", "tây", "tây bắc", "đông bắc", "tây nam", "đông nam"})


_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def _i_spelling(syllable: str) -> str:
    """The dictionary's spelling with i of a syllable ending in y after a consonant: `kỳ` -> `kì`."""
    return syllable[0] + syllable[1:].translate(_Y_TO_I) if len(syllable) == 2 and (
        syllable[0] not in "aăâeêioôơuưy") else syllable


@dataclass(slots=True)
class _Cand:
    a: int  # token range [a, b)
    b: int
    strong: bool
    role: str | None = None
    hon: bool = False
    place: bool = False  # spelled like a place: a name only where the document names its owner in full
    signed: bool = False  # the writer's signature on the closing lines


def _after_quote(toks: list[Tok], a: int) -> bool:
    """Token `a` follows a closing quotation mark and a comma in its paragraph (`"…", Sang nói`)."""
    return a > 1 and toks[a - 1].text == "," and toks[a - 2].text in CLOSING_QUOTES and (
        toks[a - 2].para == toks[a].para)


class PersonExtractor:
    """Stage: PER mentions with `role` and `canonical` (runs last: reads ORG/LOC mentions)."""

    name = "people"
    requires = ("words", "mentions")
    provides = ("PER",)

    def __init__(self, resources: Resources):
        self.res = resources
        self.lex = resources.shared("name_lexicon", lambda: NameLexicon(resources))

    def __call__(self, doc: Document) -> Document:
        toks = doc_tokens(doc)
        if not toks:
            return doc
        blocked = sorted((m.start, m.end) for m in doc.mentions if m.label in BLOCKING)
        runs = [r for i, j in cap_runs(toks, PARTICLES) for r in self._split_by(toks, i, j)]
        # products (`chip Snapdragon`) and names the LOC/ORG stages found elsewhere (`tại Tashkent`)
        vetoes = self._products(toks, runs) | {fold(m.text) for m in doc.mentions if m.label in NAMED}
        titles = {fold(m.text) for m in doc.mentions if m.label == "QUOTED"}  # `"Tây Du Ký"`: a work
        titles |= self._diseases(toks)
        sports = self.lex.is_sports(doc, toks)
        signed = signature(doc)  # the writer's name on the last lines: a person
        cands = []
        for i, j in runs:
            at = signed and toks[i].start == signed[0]  # (its run may go on: `T.Thủy Video: Kruger`)
            end = next((k for k in range(i + 1, j + 1) if toks[k - 1].end == signed[1]), 0) if at else 0
            if end:
                cands.append(_Cand(i, end, True, signed=True))
                continue
            if self._product_run(toks, i, j):
                continue
            for a, b in self._pieces(toks, i, j, blocked):
                a -= self._leading_particle(toks, a)  # `họa sĩ van Gogh`: the title stands before `van`
                cand = self._judge(doc, toks, a, b, sports)
                key = tuple(t.lower for t in toks[a:b])
                name = " ".join(key)
                # foreign names only (a Vietnamese title is vetoed where it stands: `ca khúc Chưa Từng Biết`)
                vetoed = name in vetoes and self._foreign(key) or name in titles
                if cand and not (vetoed and not (cand.hon or cand.role)):
                    cands.append(cand)
        named = [(m.start, m.end) for m in doc.mentions if m.label in NAMED]
        kept = list(self._consistent(doc, toks, cands))
        people = {cand.a for cand, _ in kept}
        for cand, canonical in kept:
            t0, t1 = toks[cand.a], toks[cand.b - 1]
            roles = [r for r in (cand.role, self._role_after(doc, toks, cand.b, named, people)) if r]
            for start, end in self._group_members(doc, toks, cand.a, cand.b):
                name = doc.text[start:end]
                whole = (start, end) == (t0.start, t1.end)
                doc.mentions.append(Mention("PER", start, end, name, role="; ".join(roles) or None,
                                            canonical=canonical if whole else name,
                                            source=SIGNED if cand.signed else "per-rules"))
        return doc

    def _diseases(self, toks: list[Tok]) -> set[str]:
        """Foreign words written after `bệnh`/`hội chứng` in the document: a disease named after its
        discoverer, everywhere in it (`bệnh Alzheimer` … `tử vong do Alzheimer`)."""
        out = set()
        for k, t in enumerate(toks):
            alone = k + 1 == len(toks) or not toks[k + 1].cap  # (`bệnh Rita Ora`-like runs are left)
            if t.cap and alone and not self.lex.is_vietnamese(t.text) and any(
                    tuple(x.lower for x in toks[k - len(w):k]) == w for w in DISEASE_WORDS if k >= len(w)):
                out.add(t.lower)
        return out

    def _leading_particle(self, toks: list[Tok], a: int) -> bool:
        """`họa sĩ van Gogh`: a lower-case particle opens a foreign surname written alone."""
        return a > 0 and toks[a - 1].text in LEADING_PARTICLES and toks[a - 1].para == toks[a].para \
            and not self.lex.is_vietnamese(toks[a].text) and not (a > 1 and toks[a - 2].cap)  # (a place's)

    # --- candidate runs -------------------------------------------------------------
    def _product_run(self, toks: list[Tok], i: int, j: int) -> bool:
        """A product or work named right after its noun (`chip Snapdragon`, `ca khúc Anh Chưa Từng Biết`),
        or opening with it before a foreign name (`Chip Snapdragon 888`)."""
        if self._before(toks, i, "product_cues"):
            return not self._before(toks, i, "titles")  # `Siêu mẫu Chrissy Teigen`: a title, no `mẫu`
        n = match_phrase(toks, i, self.lex.phrases("people", "product_cues"))
        return bool(n) and i + n < j and not all(self.lex.is_vietnamese(t.text) for t in toks[i + n:j])

    def _products(self, toks: list[Tok], runs: list[tuple[int, int]]) -> set[str]:
        """Folded names written as products somewhere in the document: no person anywhere in it."""
        out = set()
        cues = self.lex.phrases("people", "product_cues")
        for i, j in runs:
            if self._product_run(toks, i, j):
                n = 0 if self._before(toks, i, "product_cues") else match_phrase(toks, i, cues)
                out.add(" ".join(t.lower for t in toks[i + n:j]))
        return out

    def _pieces(self, toks: list[Tok], i: int, j: int, blocked: list[tuple[int, int]]):
        """Sub-runs of a capitalized run outside other mentions, minus leading honorifics/places."""
        piece: list[int] = []
        for k in range(i, j):
            t = toks[k]
            if any(s < t.end and t.start < e for s, e in blocked):
                if piece:
                    yield from self._peel(toks, piece[0], piece[-1] + 1)
                piece = []
            elif piece or not (k > i and t.text in PARTICLES):
                piece.append(k)
            elif not self.lex.is_vietnamese(t.text):
                break  # `Castiglione di Sicilia`: after a place a foreign particle goes on with its name
            # (`từ Anh do John White`: `do` is Vietnamese, `by`; the name after it stands alone)
        if piece:
            yield from self._peel(toks, piece[0], piece[-1] + 1)

    def _peel(self, toks: list[Tok], a: int, b: int):
        """Drop leading honorifics, titles, places and Vietnamese words before a foreign name."""
        lex = self.lex
        # a run ends inside a segmenter word (`Chính phủ`, `Trường Cao đẳng`): not a name there
        while a < b and self._glued(toks, b - 1, b) and not self._full_name_glued(toks, a, b):
            b -= 1
        while a < b and self._glued(toks, a, a - 1):
            a += 1
        lead = (lex.phrases("people", "honorifics"), lex.phrases("people", "titles"),
                lex.phrases("people", "not_person"))
        changed = True
        while changed and a < b:
            changed = False
            for table in lead:
                n = match_phrase(toks, a, table)
                if n and table is lead[0] and match_phrase(toks, a, table, backward=True):
                    continue  # `ông Anh Tuấn`: after an honorific a capitalised one is a given name
                if n and table is lead[0] and self._name_honorific(toks, a, b):
                    continue  # `còn Anh Đức ngồi dự bị`: a given name, capitalised in mid-sentence
                if n and table is lead[2] and self._surname_word(toks, a, b):
                    continue  # `Trong đó, Từ Thiếu Hoa được …`: the surname, not the preposition
                if n and a + n <= b and (n < b - a or table is lead[2]):
                    a, changed = a + n, True
            # a leading place (`Thủ tướng Australia John Howard`), when a name of 2+ tokens remains
            # or one foreign name (`Tổng thống Nga Putin`)
            rest = 1 if b - a >= 2 and not lex.is_vietnamese(toks[b - 1].text) else 2
            full_viet = b - a == 3 and toks[a].lower in lex.surnames and all(
                lex.is_vietnamese(t.text) for t in toks[a:b])  # `Thái Xuân Thủy`: a surname, not Thailand
            for n in range(0 if full_viet else min(4, b - a - rest), 0, -1):
                place = " ".join(t.lower for t in toks[a:a + n]) in lex.places
                if place and not self._given_place(toks, a, n, b):
                    a, changed = a + n, True
                    break
            if b - a >= 3 and toks[a].acronym and "." not in toks[a].text:
                a, changed = a + 1, True
            # `khoa Mắt Mark Humayun`: a Vietnamese word before a foreign name of 2+ tokens
            if b - a >= 3 and lex.is_vietnamese(toks[a].text) and toks[a].lower not in lex.surnames and (
                    toks[a].lower not in lex.words("people", "korean_surnames")) and (
                    lex.is_first_name(toks[a + 1].text) and not lex.is_vietnamese(toks[a + 1].text)):
                a, changed = a + 1, True
        while a < b and toks[b - 1].text in PARTICLES:
            b -= 1
        # the next sentence's first word after a foreign name, its full stop lost (`Hasselbaink Vừa hạ`)
        while b - a >= 2 and toks[b - 1].lower in lex.words("people", "not_person") and not all(
                lex.is_vietnamese(t.text) for t in toks[a:b - 1]):
            b -= 1
        # a caption credit after the name: `Phạm Văn Đồng Ảnh: TTXVN`
        credits = lex.words("orgs", "credit_cues")
        if b - a >= 2 and b < len(toks) and toks[b].text == ":" and toks[b - 1].lower in credits:
            b -= 1  # (the segmenter often glues `Đồng Ảnh` into one word)
        # a head or title after a foreign name starts the next phrase (`Lawrence S.Ting Quỹ hỗ trợ`)
        while b - a >= 2 and any(toks[b - 1].lower in lex.words(t, w) for t, w in LONE_WORDS) and not all(
                lex.is_vietnamese(t.text) for t in toks[a:b - 1]):
            b -= 1
        if a < b and b - a <= MAX_NAME_TOKENS:
            yield a, b

    def _full_name_glued(self, toks: list[Tok], a: int, b: int) -> bool:
        """The run is a surname, a middle name and a given name whose last syllable the segmenter
        glued to the next word (`ông Hứa Ngọc Nghĩa là`, `Nguyễn Văn Bình thường`): keep the name."""
        lex = self.lex
        s = a + match_phrase(toks, a, lex.phrases("people", "honorifics"))
        return b - 1 - s == 2 and toks[s].lower in lex.surnames and all(
            t.cap and lex.is_vietnamese(t.text) for t in toks[s:b]) and not match_phrase(
            toks, s, lex.phrases("people", "titles"))  # `Phó Chánh Thanh tra`

    def _glued(self, toks: list[Tok], k: int, out: int) -> bool:
        """Token `k` shares its segmenter word with the lower-case token `out` (not an honorific)."""
        if not 0 <= out < len(toks) or toks[k].word < 0 or toks[out].word != toks[k].word or toks[out].cap:
            return False
        a, b = sorted((k, out))
        words = self.lex.dictionary
        # two syllables, or three when the third follows (`Tổng giám đốc`)
        return " ".join(t.lower for t in toks[a:b + 1]) in words or (
            out > k and " ".join(t.lower for t in toks[a:b + 2]) in words)

    # --- evidence --------------------------------------------------------------------
    def _judge(self, doc: Document, toks: list[Tok], a: int, b: int, sports: bool = False) -> _Cand | None:
        lex = self.lex
        run = toks[a:b]
        key = " ".join(t.lower for t in run)
        hon = self._before(toks, a, "honorifics") or self._name_honorific(toks, a, b)  # (`còn Anh Đức`)
        role = None if hon else self._role(doc, toks, a)
        hons = lex.words("people", "honorifics")
        two_word_hon = a > 1 and f"{toks[a - 2].lower} {toks[a - 1].lower}" in hons  # `cô gái`, `ông bà`
        if key in lex.words("people", "not_person") or any(c.isdigit() for t in run for c in t.text) or (
                run[0].text in TITLE_ARTICLES and len(run) > 1):
            return None  # (`The Voice Australia`: a title, not a person)
        # (`bà Anh`: after a lower-case honorific a capitalized one is a given name)
        named = hon and key in hons and toks[a - 1].lower != key  # not `Cô Cô`
        if len(run) == 1 and a > 0 and (toks[a - 1].lower in DIRECTION_WORDS or (
                key in COMPASS and toks[a - 1].lower in COMPASS_BEFORE)):
            return None  # `phương Tây`, `phía Nam`, `bán cầu Bắc`: a direction
        if key == "việt" and not (a > 0 and toks[a - 1].lower in KIN_WORDS and not two_word_hon):
            return None  # `gốc Việt`, `cô gái Việt`, `nghệ sĩ Việt`: Vietnamese; `anh Việt` is a man
        # after an honorific, a body's head word standing as a whole word is a given name (`ông Khoa
        # cho rằng`, `ông Trường đi ra`; not `ông Bộ trưởng`, one segmenter word)
        whole = run[0].word < 0 or b >= len(toks) or toks[b].word != run[0].word
        given = hon and toks[a - 1].lower in hons and whole and key in lex.words("orgs", "heads") and not (
            key in lex.words("people", "titles") or key in hons)
        if len(run) == 1 and not (named or given) and any(
                key in lex.words(table, words) for table, words in LONE_WORDS):
            return None  # `Phó` of `Phó tổng thư ký`, `Ban` of `Ban chấp hành`, `Cô` of `Cô gái`
        if len(run) == 1 and not hon and not two_word_hon and b < len(toks) and toks[b].text.islower() and (
                toks[b].lower != "ơi") and lex.is_vietnamese(run[0].text) and any(
                f"{fold(w)} {toks[b].lower}" in lex.dictionary for w in (key, _i_spelling(key))):
            return None  # `Kỳ thi`, `Lễ hội`: a common noun written with a capital (not `Hà ơi`)
        if key in lex.words("people", "titles") and (not hon or b < len(toks) and toks[b].capword):
            return None  # a title in capitals before its body: `ông Trưởng Phòng Cảnh sát hình sự`
        if not hon and match_phrase(toks, a, lex.phrases("people", "titles")) > b - a:
            return None  # a title goes on past the run: `Phó Tổng Giám đốc`, `Phó Tổng Biên tập`
        if not hon and any(t.lower in lex.words("people", "non_name_tokens") for t in run):
            return None  # Barcelona Open, Quanta Computer: events, products, companies
        if not hon and len(run) >= 2 and (run[-1].lower in lex.words("people", "place_tails") or (
                run[0].lower in lex.words("people", "place_heads"))):
            return None  # Vinhomes Ocean Park, ARA San Juan: places and estates (not Park Hang Seo)
        # (a name the document writes after a title: `Nữ hoàng Elizabeth II`, not `trụ cột Basel II`)
        regnal = len(run) >= 2 and REGNAL.fullmatch(run[-1].text) and not run[-2].acronym and bool(
            hon or role or self._titled_name(doc, toks, run))
        if any(t.acronym and "." not in t.text and (not hon or len(t.text) > 2)
               for t in (run[:-1] if regnal else run)):
            return None  # UBND, HIC, TP HCM, anh CSGT: organisations, places or abbreviations
        if any(_CAMEL_ACRONYM.search(t.text) for t in run):
            return None  # EcoDC, VinID: a brand glued to an acronym (`McGregor`, `DiCaprio` are names)
        viet = all(lex.is_vietnamese(t.text) for t in run if t.text not in PARTICLES)
        full_viet = 2 <= len(run) <= 4 and viet and run[0].lower in lex.surnames
        # `Hoàng Văn H.`: a Vietnamese name anonymised by its last initial
        anonymised = 3 <= len(run) <= 4 and run[-1].initials and run[0].lower in lex.surnames
        full_viet = full_viet or anonymised and all(lex.is_vietnamese(t.text) for t in run[:-1])
        # `anh Hải Dương`: a one-word honorific (not the phrase `cô gái`) before a name spelled like a place
        kin = hon and len(run) == 2 and viet and toks[a - 1].lower in hons and not two_word_hon and (
            f"{run[0].lower} {run[1].lower}" not in lex.countries)  # `các Mẹ Việt Nam anh hùng`
        # `thủ thành Thanh Bình`: a player's position before two given names spelled like a place
        kin = kin or len(run) == 2 and viet and self._before(toks, a, "player_titles") and (
            f"{run[0].lower} {run[1].lower}" not in lex.countries)
        degree = a > 0 and toks[a - 1].lower in lex.words("people", "degree_titles")  # `GS Đức`
        addressed = (hon or degree) and (len(run) == 1 or full_viet and len(run) >= 3)
        if self._is_place(run) and not (addressed or kin):
            # `anh Hà`, `người thầy Hồ Chí Minh`; not `cô gái Hà Nội`; `Văn Lâm` (a district) stays in
            # doubt: the given names of `Đặng Văn Lâm` when the article names him so
            return _Cand(a, b, False, place=True) if len(run) == 2 and viet else None
        if not (hon or role) and (self._after_street(doc, toks, a) or self._address(toks, a, b)):
            return None  # `đường Nguyễn Thông, Nguyễn Tri Phương`: the list goes on with streets
        if len(run) >= 2 and run[0].text in ADMIN_INITIALS and not self._byline(toks, a):
            return None  # `P. Tân Định`, but a signature `Ảnh: P. Thùy`
        # (`hội` of `Quốc hội` ends a body's name, no cue: `Quốc hội Nguyễn Thị Thanh` is a person)
        body_end = a > 1 and mid_word(toks, a - 1)
        cue = self._before(toks, a, "place_cues", skip_dot=True) or (
            not body_end and self._before(toks, a, "org_cues"))
        korean = lex.is_korean_name([t.text for t in run])  # `phía công ty Seo Ye Ji`: the actress
        if cue and not (role and full_viet or korean) and not self._before(toks, a, "titles"):
            return None  # (`Siêu mẫu Chrissy Teigen`: `mẫu` ends a title here, no cue)
        if hon or role or full_viet or korean or degree:
            return _Cand(a, b, True, role, hon)
        if len(run) <= 4 and (self._before(toks, a, "person_cues") or self._named_person(toks, a)):
            return _Cand(a, b, True)  # `AFP dẫn lời Harbeer Singh`: only a person is quoted
        if len(run) <= 4 and a > 1 and toks[a - 1].text == ":" and self._before(toks, a - 1, "sender_cues"):
            return _Cand(a, b, True)  # a reader's letter: `Người gửi: Bat Dinh`
        if len(run) <= 4 and (self._aged(toks, b) or self._real_named(toks, b)):
            return _Cand(a, b, True)  # `Christian, 46 tuổi`, `Nong Poy, tên thật là …`
        lone = run[0].initials and len(run[0].text) > 1  # `H.`, `L.T.H`; not a bare letter, not `TP.`
        if len(run) == 1 and lone and b < len(toks) and not (
                toks[b].capword or toks[b].para != run[0].para or a > 0 and (
                    toks[a - 1].capword or toks[a - 1].lower in lex.words("people", "letter_labels"))):
            return _Cand(a, b, True)  # anonymised: `bà nội của H.`, `các em L.T.H`; not `H. Đông Anh`
        if INITIAL_NAME.fullmatch(run[0].text) and self._byline(toks, a):
            return _Cand(a, a + 1, True)  # `Ảnh: B.TRUNG Đánh bại`: the signature, then the next sentence
        surname = run[0].text[2:]
        if len(run) == 1 and INITIAL_SURNAME.fullmatch(run[0].text) and not lex.is_vietnamese(surname):
            return _Cand(a, b, True)  # `C.Ronaldo`: a foreign surname after its given name's initial
        signed = run[0].initials and all(lex.is_vietnamese(t.text) for t in run[1:])
        if (viet or signed) and 2 <= len(run) <= 4 and self._byline(toks, a):
            return _Cand(a, b, True)  # `Ảnh: Trường Huy`, `Ảnh: P. Thùy`
        if len(run) == 1 and not viet and lex.is_first_name(run[0].text) and self._byline(toks, a):
            return _Cand(a, b, True)  # `Video: Anna`
        # a sports report: a foreign name is a player or coach (`Aguero mở tỉ số`, `Pep Guardiola`)
        if sports and not viet and len(run) <= 3 and len(run[0].text) > 1 and not run[0].initials and (
                not lex.is_vietnamese(run[0].text) or len(run) >= 2 and run[0].text.isascii()):
            return _Cand(a, b, True)
        if sports and viet and len(run) == 2 and all(t.pos == "Np" for t in run):
            return _Cand(a, b, True)  # a player by his given names (`Hồng Tiến`, `Công Phượng`)
        if viet and len(run) == 1 and self._nicknamed(toks, b):
            return _Cand(a, b, True)  # `Thắng "Chập"`: a given name, then a nickname in quotes
        ner_per = any(t.ner.endswith("PER") for t in run)
        first_name = not viet and len(run) >= 2 and self.lex.is_first_name(run[0].text)
        if not viet and len(run) >= 2 and (first_name or self._speech_after(toks, b)):
            return _Cand(a, b, True)
        if not viet and ner_per and self._speech_after(toks, b):
            return _Cand(a, b, True)  # `Putin cho biết`
        if len(run) == 1 and not viet and run[0].capword and self._speech_after(
                toks, b, "personal_speech_verbs"):
            return _Cand(a, b, True)  # `Kiatisuk chia sẻ`: bodies `cho biết`, people also `chia sẻ`, `nói`
        if viet and len(run) <= 3 and _after_quote(toks, a) and self._speech_after(toks, b):
            return _Cand(a, b, True)  # `"Tôi mất hơn 200 triệu", Sang nói`: the speaker of the quote
        if not viet and 2 <= len(run) <= 4 and self._speech_after(toks, b, "life_verbs"):
            return _Cand(a, b, True)  # `Aishwarya Rai sinh năm 1973`
        if not viet and 2 <= len(run) <= 4 and self._described_after(toks, b):
            return _Cand(a, b, True)  # `Nitish Kumar, một người dân New Delhi`
        if viet and 2 <= len(run) <= 3 and b < len(toks) and toks[b].text == "(" and self._described_after(
                toks, b):
            return _Cand(a, b, True)  # `Tường Linh (con gái gia chủ)`
        return _Cand(a, b, False)

    def _titled_name(self, doc: Document, toks: list[Tok], run: list[Tok]) -> bool:
        """The document writes the run after an honorific or a title somewhere (`Nữ hoàng Elizabeth
        II` … `khi Elizabeth II 21 tuổi`)."""
        texts = [t.text for t in run]
        return any([t.text for t in toks[k:k + len(texts)]] == texts and (
            self._before(toks, k, "honorifics") or self._role(doc, toks, k))
            for k in range(1, len(toks)) if toks[k].text == texts[0])

    def _given_place(self, toks: list[Tok], a: int, n: int, b: int) -> bool:
        """`bạn thân của Paris Hilton`: a foreign given name spelled like a place, a surname after it,
        and no title before it (`Thủ tướng Israel Netanyahu` is the country's prime minister)."""
        lex = self.lex
        return n == 1 and b - a == 2 and lex.is_first_name(toks[a].text) and not lex.is_vietnamese(
            toks[a].text) and not lex.is_vietnamese(toks[a + 1].text) and not (a > 0 and match_phrase(
                toks, a, lex.phrases("people", "titles"), backward=True))

    @staticmethod
    def _mid_sentence(toks: list[Tok], a: int) -> bool:
        """Token `a` follows a lower-case word or a comma of its paragraph (no sentence opens there)."""
        prev = toks[a - 1] if a > 0 else None
        return prev is not None and prev.para == toks[a].para and (prev.text == "," or prev.text.islower())

    def _surname_word(self, toks: list[Tok], a: int, b: int) -> bool:
        """`Từ` (from) capitalised in mid-sentence before two Vietnamese syllables: a surname
        (`Từ Thiếu Hoa`)."""
        lex = self.lex
        return b - a == 3 and self._mid_sentence(toks, a) and toks[a].lower in lex.surnames and all(
            lex.is_vietnamese(t.text) for t in toks[a:b])

    def _name_honorific(self, toks: list[Tok], a: int, b: int) -> bool:
        """`Anh` capitalised in mid-sentence (after a lower-case word or a comma), one or two Vietnamese
        given-name syllables after it: the first syllable of a name (`ca sỹ Anh Thơ`)."""
        mid = self._mid_sentence(toks, a)
        rest = toks[a + 1:b]
        cap = toks[a].text[:1].isupper() and toks[a].lower in self.lex.words("people", "name_honorifics")
        return mid and cap and 1 <= len(rest) <= 2 and all(
            self.lex.is_vietnamese(t.text) and t.lower not in self.lex.surnames for t in rest)

    def _named_person(self, toks: list[Tok], a: int) -> bool:
        """`nam công nhân tên Hoàng`, `người bạn trai ngoại quốc lâu năm tên Mike`: `(có) tên (là)`
        after a person noun, honorific or title, NAMED_GAP lower-case syllables at most between them."""
        n = match_phrase(toks, a, self.lex.phrases("people", "name_words"), backward=True)
        if not n:
            return False
        k = a - n
        nouns = [self.lex.phrases("people", key) for key in ("person_nouns", "honorifics", "titles")]
        for gap in range(NAMED_GAP + 1):
            if k - gap <= 0 or gap and not toks[k - gap].text.islower() or toks[k - gap].para != toks[a].para:
                return False
            if any(match_phrase(toks, k - gap, phrases, backward=True) for phrases in nouns):
                return True
        return False

    def _real_named(self, toks: list[Tok], b: int) -> bool:
        """A stage name before its real one: `Nong Poy, tên thật là Saknarin Marnyuaporn`."""
        k = b + 1 if b < len(toks) and toks[b].text in ",(" else b
        return k < len(toks) and toks[k].para == toks[b - 1].para and bool(
            match_phrase(toks, k, self.lex.phrases("people", "person_cues"))) and toks[k].lower == "tên"

    @staticmethod
    def _aged(toks: list[Tok], b: int) -> bool:
        """An age right after the name: `, 46 tuổi` or `(46 tuổi)`."""
        return b + 2 < len(toks) and toks[b].text in ",(" and toks[b + 1].text.isdigit() and (
            toks[b + 2].lower == "tuổi") and toks[b + 2].para == toks[b].para

    def _pair_name(self, toks: list[Tok], c: _Cand) -> bool:
        """A run that can be the second name of a dashed pair: two or three Vietnamese syllables, no
        title word first (`Minh Tiến`; not `Nguyên Vụ` trưởng, `Người` phụ nữ, `N`)."""
        run = toks[c.a:c.b]
        lex = self.lex
        return 2 <= len(run) <= 3 and all(lex.is_vietnamese(t.text) for t in run) and not any(
            run[0].lower in lex.words("people", key) for key in ("modifiers", "titles", "not_person"))

    def _described_after(self, toks: list[Tok], b: int) -> bool:
        """A comma or bracket, then (`một`) a title, a kin word or `người` + a lower-case word: an
        apposition that describes a person (`Chue Thwel, con gái của …`, `Tường Linh (con gái …)`)."""
        if b + 2 >= len(toks) or toks[b].text not in ",(" or toks[b + 1].para != toks[b].para:
            return False
        k = b + 1 + (toks[b + 1].lower == "một")
        lex = self.lex
        if toks[k].lower == "người" and k + 1 < len(toks) and not toks[k + 1].cap and not toks[k + 1].punct:
            return True
        described = any(match_phrase(toks, k, lex.phrases("people", key)) for key in ("titles", "honorifics"))
        return described and not toks[k].cap

    def _split_by(self, toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
        """`Tú Bà do Phương Thanh (đóng)`: between Vietnamese words `do` means `by`, no particle."""
        viet = self.lex.is_vietnamese
        cuts = [k for k in range(i + 1, j - 1) if toks[k].text == "do" and viet(toks[k - 1].text) and viet(
            toks[k + 1].text)]
        bounds = [i, *[x for k in cuts for x in (k, k + 1)], j]
        return [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if a < b]

    @staticmethod
    def _nicknamed(toks: list[Tok], b: int) -> bool:
        """A quoted capitalized word or two right after token b (`Thắng "Chập"`, `Tuấn “Con”`)."""
        if b + 2 >= len(toks) or toks[b].text not in NICK_QUOTES or not toks[b + 1].capword:
            return False
        return any(t.text in NICK_QUOTES for t in toks[b + 2:b + 4]) and toks[b].para == toks[b + 1].para

    def _byline(self, toks: list[Tok], a: int) -> bool:
        """The run follows a credit (`Ảnh: Trường Huy`) and ends its clause."""
        cues = self.lex.phrases("orgs", "credit_cues")
        if a > 3 and toks[a - 1].text == "/" and toks[a - 2].acronym and toks[a - 2].para == toks[a].para:
            a -= 2  # `Ảnh: VGP/Hiền Minh`: the medium, then its photographer
        return a > 1 and toks[a - 1].text == ":" and bool(match_phrase(toks, a - 1, cues, backward=True))

    def _after_street(self, doc: Document, toks: list[Tok], a: int) -> bool:
        """`, ` right after a street name: another street of the list follows."""
        if a < 2 or toks[a - 1].text != ",":
            return False
        end = toks[a - 2].end
        kinds = self.lex.words("people", "street_kinds")
        return any(m.label == "LOC" and m.end == end and (m.kind or "").lower() in kinds
                   for m in doc.mentions)

    def _address(self, toks: list[Tok], a: int, b: int) -> bool:
        """A house number before, a ward or district after: a street (`60 Nguyễn Trãi, phường`)."""
        number = a > 0 and ADDRESS_NUMBER.fullmatch(toks[a - 1].text) is not None
        k = b + 1 if b < len(toks) and toks[b].text == "," else b
        if not number or k >= len(toks):
            return False
        if toks[k].lower in self.lex.words("orgs", "admin"):
            return True
        # `(216 Trần Duy Hưng, Cầu Giấy)`: a district's name after the comma
        return k > b and any(self._is_place(toks[k:k + n]) for n in range(1, 4) if toks[k + n - 1].capword)

    def _is_place(self, run: list[Tok]) -> bool:
        """A gazetteer place, also with a direction before it (`Nam California`)."""
        key = [t.lower for t in run]
        places = self.lex.places
        if " ".join(key) in places:
            return True
        if len(key) < 2 or key[0] not in DIRECTIONS:
            return False
        return " ".join(key[1:]) in places or not self.lex.is_vietnamese(run[1].text)

    def _before(self, toks: list[Tok], a: int, key: str, skip_dot: bool = False) -> bool:
        """A phrase of people.json's list `key` ends right before token `a` (`TP.`: dot skipped)."""
        k = a - 1 if skip_dot and a > 0 and toks[a - 1].text == "." else a
        n = match_phrase(toks, k, self.lex.phrases("people", key), backward=True)
        return bool(n) and toks[k - n].para == toks[a].para

    def _speech_after(self, toks: list[Tok], b: int, key: str = "speech_verbs") -> bool:
        k = b + 1 if b < len(toks) and toks[b].text == "," else b
        return bool(match_phrase(toks, k, self.lex.phrases("people", key)))

    def _role(self, doc: Document, toks: list[Tok], a: int) -> str | None:
        """Titles written right before the name, `; `-joined (`Chủ tịch UBND tỉnh; Trưởng đoàn ĐBQH tỉnh`)."""
        titles = self.lex.phrases("people", "titles")
        mods = self.lex.phrases("people", "modifiers")
        parts: list[str] = []
        k = a
        while k > 0:
            best = None
            p = k - 1
            while (p >= 0 and k - p <= MAX_ROLE_TOKENS and not is_break(toks[p]) and toks[p].text != ","
                   and toks[p].para == toks[a].para):
                n = match_phrase(toks, p + 1, titles, backward=True)
                if n and toks[p + 1 - n].para == toks[a].para:
                    best = p = p + 1 - n
                elif not toks[p].cap and toks[p].pos in STOP_POS and toks[p].text != "&":
                    break
                elif toks[p].cap and self._person_ends(toks, p):
                    break  # another person's name: `PGS Đinh Ngọc Vượng, Phó tổng thư ký`
                p -= 1
            if best is None:
                break
            n = match_phrase(toks, best, mods, backward=True)
            while n:
                best -= n
                n = match_phrase(toks, best, mods, backward=True)
            if parts and best > 1 and toks[best - 1].text in APPOSITION_OPEN and (
                    self._person_ends(toks, best - 2)):
                break  # `ông A, Chủ tịch UBND tỉnh, bác sĩ B`: the title after A's comma is A's
            parts.insert(0, doc.text[toks[best].start:toks[k - 1].end])
            if best > 0 and toks[best - 1].text == ",":
                k = best - 1
            else:
                break
        return "; ".join(parts) or None

    def _group_members(self, doc: Document, toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
        """Character spans of the name at toks[a:b]: one, or one per member where a group word
        stands before capitalized names joined by hyphens (`bộ ba De Jong-Busquets-Pedri`)."""
        whole = [(toks[a].start, toks[b - 1].end)]
        text = doc.text[toks[a].start:toks[b - 1].end]
        parts = text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() and p[-1:] != " " for p in parts) or any(
                " " in p for p in parts[1:]):
            return whole  # (`Kim Jong-un`; `Jean-Pierre Papin`: a surname after the hyphen is one man's)
        cues = self.lex.phrases("people", "group_cues")
        if not any(match_phrase(toks, k, cues) for k in range(max(0, a - GROUP_CUE_GAP), a)):
            return whole
        out, start = [], toks[a].start
        for p in parts:
            out.append((start, start + len(p)))
            start += len(p) + 1
        return out

    def _role_after(self, doc: Document, toks: list[Tok], b: int, named: list[tuple[int, int]],
                    people: set[int]) -> str | None:
        """Titles set off after the name by a comma, dash or bracket, `; `-joined: `ông Lê Văn Dũng,
        Chủ tịch UBND tỉnh Quảng Nam, cho biết` -> `Chủ tịch UBND tỉnh Quảng Nam`. Each runs over names
        (ORG, LOC, any capitalized word) and lower-case nouns up to a clause mark or a verb; a lower-case
        title needs that mark or a speech verb after it (`Theo ông A, bác sĩ cần khám` gives none)."""
        parts: list[str] = []
        while len(parts) < MAX_APPOSITIONS and b + 1 < len(toks) and toks[b].text in APPOSITION_OPEN and (
                toks[b + 1].para == toks[b].para):
            e = self._title_after(toks, b, named, people)
            if e is None:
                break
            parts.append(doc.text[toks[b + 1].start:toks[e - 1].end])
            if toks[b].text == "(" or e == len(toks) or toks[e].text != ",":
                break
            b = e  # `, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng`: one more after the comma
        return "; ".join(parts) or None

    def _title_after(self, toks: list[Tok], b: int, named: list[tuple[int, int]],
                     people: set[int]) -> int | None:
        """End of the title that opens after the mark at `b` (see `_role_after`), or None."""
        p = b + 1
        n = match_phrase(toks, p, self.lex.phrases("people", "modifiers"))
        title = match_phrase(toks, p + n, self.lex.phrases("people", "titles"))
        if not title:
            return None
        e = p + n + title
        while e < len(toks) and e - p < MAX_APPOSITION_TOKENS:
            t = toks[e]
            if t.para != toks[b].para or is_break(t) or t.text in APPOSITION_CLOSE:
                break
            if e in people:
                return None  # the title of the next person (`…, Giám đốc điều hành Amazon Jeff Bezos`)
            inside = any(s <= t.start < f for s, f in named) or t.word >= 0 and t.word == toks[e - 1].word
            if not inside and not t.cap and t.text != "&" and (t.pos in STOP_POS or t.punct):
                break  # (a segmenter word is never cut: `Trưởng Ban Chỉ đạo`)
            e += 1
        closed = e == len(toks) or toks[e].para != toks[b].para or is_break(toks[e]) or (
            toks[e].text in APPOSITION_CLOSE)
        if toks[b].text == "(" and not (e < len(toks) and toks[e].text == ")"):
            return None  # a bracket must close right after the title
        said = bool(match_phrase(toks, e, self.lex.phrases("people", "speech_verbs")))
        if e - p >= MAX_APPOSITION_TOKENS or not (closed or said or toks[p].cap):
            return None
        return e

    def _foreign(self, name: tuple[str, ...]) -> bool:
        return not all(self.lex.is_vietnamese(t) for t in name)

    def _person_ends(self, toks: list[Tok], p: int) -> bool:
        """A Vietnamese full name (not a place) ends at token `p`."""
        s = p
        while s > 0 and p - s < 4 and toks[s - 1].capword:
            s -= 1
        run = toks[s:p + 1]
        return (len(run) >= 2 and run[0].lower in self.lex.surnames and not self._is_place(run)
                and all(self.lex.is_vietnamese(t.text) for t in run))

    # --- document consistency -----------------------------------------------------------
    def _lone_names(self, toks: list[Tok], cands: list[_Cand]) -> None:
        """A Vietnamese given name used alone: one syllable the segmenter tags as a proper noun of its
        own, LONE_MIN times or more (`Hùng lật lại quá khứ`); then a two-syllable run ending with it
        (`Lam Hương`) is that person too."""
        def lone(c: _Cand) -> bool:
            t = toks[c.a]
            alone = (c.a == 0 or toks[c.a - 1].word != t.word) and (
                c.a + 1 == len(toks) or toks[c.a + 1].word != t.word)
            return c.b - c.a == 1 and t.pos == "Np" and alone and self.lex.is_vietnamese(t.text)

        def inside(c: _Cand) -> bool:  # within a sentence: not a capitalized opener (`Phút 89:`)
            return c.a > 0 and toks[c.a - 1].para == toks[c.a].para and not is_break(toks[c.a - 1])

        def subject(c: _Cand) -> bool:  # a verb or adverb follows (`Hùng lật lại`, `Hương còn có`)
            nxt = toks[c.b] if c.b < len(toks) else None
            return nxt is not None and nxt.pos in SUBJECT_POS and not nxt.cap and (
                f"{toks[c.a].lower} {nxt.lower}" not in self.lex.dictionary)  # not `Bài thi`

        lones = [c for c in cands if not c.strong and lone(c) and not self._numbered(toks, c)]
        counts = Counter(toks[c.a].lower for c in lones)
        within = {toks[c.a].lower for c in lones if inside(c)}
        acting = Counter(toks[c.a].lower for c in lones if subject(c))
        found = {w for w, n in counts.items() if n >= LONE_MIN and w in within and acting[w] >= 2}
        for c in cands:
            run = toks[c.a:c.b]
            if c.strong or c.place or run[-1].lower not in found or len(run) > 2:
                continue
            viet = all(self.lex.is_vietnamese(t.text) for t in run)
            if len(run) == 1 and lone(c) or len(run) == 2 and viet:
                c.strong = True

    @staticmethod
    def _numbered(toks: list[Tok], c: _Cand) -> bool:
        """A number follows the name: an edition or a model (`album Tâm 9`), not a person."""
        return c.b < len(toks) and toks[c.b].text[:1].isdigit()

    def _consistent(self, doc: Document, toks: list[Tok], cands: list[_Cand]):
        """Keep strong names, and weak runs that repeat a strong name or its last part."""
        def key(c: _Cand) -> tuple[str, ...]:
            return tuple(t.lower for t in toks[c.a:c.b])

        self._lone_names(toks, cands)
        # a weak run listed beside a strong one is a name too (`Nadal, Novak Djokovic`), along the whole
        # list (`Phương Thanh, Cẩm Ly, Quang Linh, Cao Thái Sơn`) and in a pair (`Đỗ Trọng Thắng - Minh Tiến`)
        changed = True
        while changed:
            changed = False
            for c, d in zip(cands, cands[1:]):
                between = [t.lower for t in toks[c.b:d.a]]
                weak = d if c.strong else c
                if c.place or d.place:
                    continue  # (`Hà Nội, Nguyễn Văn A`: a place beside a name stays a place)
                paired = between in LIST_JOINS or between in PAIR_JOINS and self._pair_name(toks, weak)
                if c.strong != d.strong and paired and toks[c.b].para == toks[d.a].para:
                    c.strong = d.strong = changed = True
        names: dict[tuple[str, ...], str] = {}  # folded name -> surface of its first strong occurrence
        for c in sorted(cands, key=lambda c: c.a - c.b):
            if c.strong:
                names.setdefault(key(c), doc.text[toks[c.a].start:toks[c.b - 1].end])

        def family(k: tuple[str, ...]) -> bool:  # `Sistine Stallone` beside `Sylvester Stallone`
            return len(k) >= 2 and self._foreign(k) and not self.lex.is_vietnamese(k[0]) and any(
                f[-1] == k[-1] and len(f) >= 2 and self._foreign(f) for f in names)

        # a relative's full name owns its given name too (`Suri Cruise` … `Suri`)
        relatives = {key(c): doc.text[toks[c.a].start:toks[c.b - 1].end] for c in cands
                     if not c.strong and family(key(c))}
        for k, surface in relatives.items():
            names.setdefault(k, surface)
        for c in cands:
            k = key(c)
            if c.a > 0 and (toks[c.a - 1].lower, *k) in names and toks[c.a - 1].para == toks[c.a].para:
                c.a -= 1  # `Từ Thiếu Hoa` opening a sentence (`Từ` read as `from`), found in full elsewhere
                k = key(c)
            if not c.strong and self._numbered(toks, c):
                continue
            owners = [f for f in names if len(f) > len(k) and f[-len(k):] == k] or [
                f for f in names if len(f) > len(k) and f[:len(k)] == k and self._foreign(f)]  # ông Park
            if c.place:  # only the given names of a Vietnamese full name, or that name found with a cue
                owners = [f for f in owners if len(f) == len(k) + 1 and f[0] in self.lex.surnames]
            if owners:
                yield c, names[owners[0]]
            elif k in names:
                yield c, names[k]
