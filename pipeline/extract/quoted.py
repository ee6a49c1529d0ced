"""Extractor for QUOTED: names of models, movements, programmes, works … in quotation marks.

Quotation marks are paired per paragraph; each quoted span is then judged from its left
context (a cue noun, an introducing noun, a reporting verb, a colon), its right context
and its content. Reported speech, full sentences and scare quotes are rejected.

>>> # `nhiều mô hình như “Camera an ninh”, “Khu dân cư an toàn”` -> two QUOTED, cue mô hình
>>> # `ông Dũng cho biết: “Chúng tôi sẽ …”` -> rejected (reported speech)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Document, Mention
from pipeline.resources import Resources

LEXICON = "quoted.json"
SOURCE = "quoted-rules"

# Every quotation mark, `''` (two apostrophes) counting as one double mark.
_MARK = re.compile(r"''|[“”«»„\"‘’']")
_LINE = re.compile(r"[^\n]+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_FAMILY = {  # double or single marks: a mark closes only a mark of its own family
    "“": "d", "”": "d", "«": "d", "»": "d", "„": "d", '"': "d", "''": "d", "‘": "s", "’": "s", "'": "s",
}
_ALWAYS_OPEN = frozenset("“«„‘")
SINGLE_MARKS = frozenset("‘'")  # opening marks of single quotes
_ALWAYS_CLOSE = frozenset("”»’")
_OPEN_BEFORE = frozenset("([{“‘«„-–—/")  # characters after which a mark may open
_CLOSE_AFTER = frozenset(".,;:!?)]}…”’»-–—/")  # characters before which a mark may close
# Between two items of a list `“A”, “B” và “C”` (a year in brackets may follow an item);
# {words} are the joining words of models/quoted.json.
_LIST_GAP = r"\s{{0,3}}(?:\([^()\n]{{0,40}}\)\s{{0,3}})?[,;]?\s{{0,3}}(?:(?:{words})\s{{1,3}})?"
_CLAUSE_END = re.compile(r"[.;:!?]")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s{1,5}\w|[.!?]$|\.\.\.")
LEFT_CHARS = 200  # left context examined before an opening mark
RIGHT_CHARS = 160


@dataclass(frozen=True, slots=True)
class Quote:
    """A pair of quotation marks: `start`/`end` delimit the text inside (stripped)."""

    open_at: int
    close_end: int
    start: int
    end: int


@dataclass(slots=True)
class Verdict:
    accepted: bool
    reason: str
    cue: str | None = None
    listable: bool = False  # later items of a list inherit this verdict


@dataclass(slots=True)
class _Lexicon:
    """The lists of models/quoted.json as syllable tuples (lower case)."""

    phrases: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    cue_nouns: frozenset[str] = frozenset()
    lower_ok: frozenset[str] = frozenset()
    lower_ok_intros: frozenset[str] = frozenset()
    adjacent_only: frozenset[str] = frozenset()
    award_verbs: frozenset[tuple[str, ...]] = frozenset()
    award_cues: frozenset[str] = frozenset()
    work_cues: frozenset[tuple[str, ...]] = frozenset()
    naming_intros: frozenset[str] = frozenset()
    headline_intros: frozenset[str] = frozenset()
    after_links: tuple[tuple[str, ...], ...] = ()
    reporting: frozenset[tuple[str, ...]] = frozenset()
    org_heads: frozenset[tuple[str, ...]] = frozenset()
    gap_breaks: frozenset[str] = frozenset()
    title_heads: tuple[tuple[str, ...], ...] = ()
    sentence_words: frozenset[str] = frozenset()
    list_gap: re.Pattern | None = None
    release_verbs: frozenset[tuple[str, ...]] = frozenset()
    credit_nouns: frozenset[tuple[str, ...]] = frozenset()
    intro_nouns: frozenset[str] = frozenset()
    noun_before: frozenset[str] = frozenset()
    limits: dict[str, int] = field(default_factory=dict)
    longest: int = 1

    @classmethod
    def from_json(cls, data: dict) -> _Lexicon:
        def tup(p: str) -> tuple[str, ...]:
            return tuple(p.lower().split())

        phrases: dict[tuple[str, ...], tuple[str, str]] = {}
        # Later kinds never overwrite earlier ones: a cue noun stays a cue noun.
        for kind, key in (("cue", "cue_nouns"), ("report", "reporting_verbs"), ("block", "block_nouns"),
                          ("intro", "intro_nouns")):
            for p in data[key]:
                phrases.setdefault(tup(p), (kind, p.lower()))
        return cls(
            phrases=phrases,
            cue_nouns=frozenset(data["cue_nouns"]),
            lower_ok=frozenset(data["lower_ok_cues"]),
            lower_ok_intros=frozenset(data["lower_ok_intros"]),
            adjacent_only=frozenset(data["adjacent_only"]),
            award_verbs=frozenset(tup(p) for p in data["award_verbs"]),
            award_cues=frozenset(data["award_cues"]),
            work_cues=frozenset(tup(p) for p in data["work_cues"]),
            naming_intros=frozenset(data["naming_intros"]),
            headline_intros=frozenset(data["headline_intros"]),
            after_links=tuple(sorted((tup(p) for p in data["after_links"]), key=len, reverse=True)),
            reporting=frozenset(tup(p) for p in data["reporting_verbs"]),
            org_heads=frozenset(tup(p) for p in data["org_heads"]),
            gap_breaks=frozenset(data["gap_breaks"]),
            title_heads=tuple(sorted((tup(p) for p in data["title_heads"]), key=len, reverse=True)),
            sentence_words=frozenset(data["sentence_words"]),
            list_gap=re.compile(_LIST_GAP.format(words="|".join(map(re.escape, data["list_words"])))),
            release_verbs=frozenset(tup(p) for p in data["release_verbs"]),
            credit_nouns=frozenset(tup(p) for p in data["credit_nouns"]),
            intro_nouns=frozenset(p.lower() for p in data["intro_nouns"]),
            noun_before=frozenset(data["noun_before"]),
            limits=dict(data["limits"]),
            longest=max(len(k) for k in phrases),
        )


def _may_open(prev: str, nxt: str) -> bool:
    return not nxt.isspace() and (prev.isspace() or prev in _OPEN_BEFORE)


def _may_close(prev: str, nxt: str) -> bool:
    return not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)


def pair_quotes(text: str, max_chars: int = 400) -> list[Quote]:
    """Pair the quotation marks of each paragraph; unclosed marks yield nothing.

    Straight marks open or close by their neighbours (`đang "tăng tốc"`), and when both
    readings fit, by whether a mark of the same family is open. An apostrophe between
    letters (`Vietnam’s`) is no mark.

    >>> [text[q.start:q.end] for q in pair_quotes(text := 'mô hình “Camera an ninh”')]
    ['Camera an ninh']
    """
    quotes: list[Quote] = []
    for line in _LINE.finditer(text):
        stack: list[tuple[str, int, int]] = []  # (family, mark start, mark end)
        for m in _MARK.finditer(text, line.start(), line.end()):
            mark, a, b = m.group(0), m.start(), m.end()
            prev = text[a - 1] if a > line.start() else " "
            nxt = text[b] if b < line.end() else " "
            fam = _FAMILY[mark]
            if mark in "’'" and prev.isalnum() and nxt.isalnum():
                continue  # apostrophe
            if mark in _ALWAYS_OPEN:
                opening = True
            elif mark in _ALWAYS_CLOSE:
                opening = False
            else:
                can_open, can_close = _may_open(prev, nxt), _may_close(prev, nxt)
                if can_open != can_close:
                    opening = can_open
                else:
                    opening = not any(f == fam for f, _, _ in stack)
            if opening:
                stack.append((fam, a, b))
                continue
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == fam:
                    _, oa, ob = stack[i]
                    del stack[i:]  # marks opened inside and never closed are dropped
                    inner = text[ob:a]
                    s = ob + len(inner) - len(inner.lstrip())
                    e = a - (len(inner) - len(inner.rstrip()))
                    if s < e and e - s <= max_chars:
                        quotes.append(Quote(oa, b, s, e))
                    break
    quotes.sort(key=lambda q: (q.open_at, -q.close_end))
    return quotes


@dataclass(slots=True)
class _Left:
    """What stands before an opening mark, nearest syllable first."""

    syllables: list[str]
    colon: bool
    at_start: bool


def _left_context(text: str, line_start: int, pos: int) -> _Left:
    tokens = _TOKEN.findall(text[max(line_start, pos - LEFT_CHARS):pos])
    colon = bool(tokens) and tokens[-1] == ":"
    if colon:
        tokens.pop()
    syllables: list[str] = []
    for tok in reversed(tokens):
        if not tok[0].isalnum():
            break
        syllables.append(tok.lower())
    return _Left(syllables, colon, at_start=not tokens)


class QuotedExtractor:
    """Stage: QUOTED mentions (span inside the marks, `cue` = introducing noun or None).

    With `debug=True`, rejected candidates are appended as `QUOTED_REJECTED` and every
    mention carries its reason in `debug`.
    """

    name = "quoted"
    requires = ("text",)
    provides = ("QUOTED",)

    def __init__(self, resources: Resources, debug: bool = False):
        self.res = resources
        self.debug = debug
        self._lex: _Lexicon | None = None

    @property
    def lex(self) -> _Lexicon:
        if self._lex is None:
            self._lex = _Lexicon.from_json(self.res.json(LEXICON))
        return self._lex

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        lex = self.lex
        prev: tuple[Quote, Verdict] | None = None
        judged: list[tuple[Quote, Verdict]] = []
        for q in pair_quotes(text, lex.limits["max_chars"]):
            line_start = text.rfind("\n", 0, q.open_at) + 1
            verdict = self.judge(text, line_start, q)
            if prev is not None and prev[1].listable and prev[0].close_end <= q.open_at \
                    and lex.list_gap.fullmatch(text, prev[0].close_end, q.open_at):
                head = prev[1].cue  # `mô hình như “A”, “B”`: every item gets the cue of the first
                verdict = Verdict(True, f"list item after {head or 'an introducing noun'}", head, True)
            prev = (q, verdict)
            judged.append(prev)
        # a name accepted once is that name wherever else it stands in quotes (`“Hương rừng U Minh” thu hút`)
        names = {text[q.start:q.end] for q, v in judged if v.accepted and text[q.start:q.start + 1].isupper()}
        for q, verdict in judged:
            if not verdict.accepted and text[q.start:q.end] in names:
                verdict = Verdict(True, "the same name accepted elsewhere in the document")
            if verdict.accepted or self.debug:
                doc.mentions.append(Mention(
                    label="QUOTED" if verdict.accepted else "QUOTED_REJECTED",
                    start=q.start, end=q.end, text=text[q.start:q.end], cue=verdict.cue,
                    source=SOURCE, debug=verdict.reason if self.debug else None,
                ))
        return doc

    # --- the decision -------------------------------------------------------------
    def _nearest_phrase(self, left: list[str]) -> tuple[str, str, int, int] | None:
        """(kind, phrase, gap, length) of the listed phrase ending nearest the mark."""
        lex = self.lex
        names_after_la = left[:1] == ["là"]  # `mục tiêu của trường là “…”`
        for gap in range(min(lex.limits["max_gap_syllables"], len(left)) + 1):
            about = gap == 1 and left[0] == "về"  # `tọa đàm về “…”`: only a meeting's title may follow
            if gap and not names_after_la and not about and left[gap - 1] in lex.gap_breaks:
                return None  # the cue belongs to another phrase: `giải thưởng với vai diễn trong “…”`
            for n in range(min(lex.longest, len(left) - gap), 0, -1):
                hit = lex.phrases.get(tuple(reversed(left[gap:gap + n])))
                if hit is None:
                    continue
                kind, phrase = hit
                if about and tuple(phrase.split()) not in lex.title_heads:
                    return None
                if kind == "report" and gap > 0:
                    continue  # `nói` far from the mark is no quotation verb
                before = left[gap + n] if gap + n < len(left) else ""
                if kind == "report" and phrase in lex.intro_nouns and before in lex.noun_before:
                    kind = "intro"  # `thực hiện nghiêm khuyến cáo “5K”`: the noun, not the verb
                if phrase in lex.adjacent_only and gap > 0:
                    continue
                return kind, phrase, gap, n
        return None

    def _before_naming(self, rest: list[str]) -> tuple[str, str]:
        """(kind, phrase) of the listed noun a naming verb follows: a cue (`bộ phim điện ảnh mới mang
        tên “X”` -> bộ phim) names the kind; a block noun (`nhóm mang tên “Action Culottée”`) its label."""
        hit = self._nearest_phrase(rest)
        return (hit[0], hit[1]) if hit else ("", "")

    def _work_cue_before_award(self, rest: list[str]) -> str | None:
        """`bộ phim gặt hái giải thưởng “X”`: the cue is the work, not the award."""
        for verb in self.lex.award_verbs:
            n = len(verb)
            if tuple(reversed(rest[:n])) == verb:
                for work in self.lex.work_cues:
                    if tuple(reversed(rest[n:n + len(work)])) == work:
                        return " ".join(work)
        return None

    def _has_reporting_verb(self, words: list[str]) -> bool:
        return any(tuple(words[i:i + len(v)]) == v for v in self.lex.reporting for i in range(len(words)))

    def _speech_after(self, text: str, q: Quote) -> bool:
        """`“…”, giáo sư Ribeiro nói.`: a comma, then a short clause with a saying verb."""
        right = text[q.close_end:q.close_end + RIGHT_CHARS].split("\n", 1)[0]
        if not right.lstrip().startswith(","):
            return False
        clause = _CLAUSE_END.split(right.lstrip()[1:], maxsplit=1)[0]
        words = [w.lower() for w in _TOKEN.findall(clause) if w[0].isalnum()]
        return len(words) <= 12 and self._has_reporting_verb(words)

    def _cue_after(self, text: str, q: Quote) -> str | None:
        """`“VINAWOMAN - BẢN LĨNH VIỆT NAM” làm chủ đề`, `“Bóng đá trong chiến tranh” là tiêu đề`:
        a cue or introducing noun after the name."""
        right = text[q.close_end:q.close_end + 60]
        words = [w.lower() for w in _TOKEN.findall(right)[:6]]
        for link in self.lex.after_links:
            if tuple(words[:len(link)]) == link:
                for n in (3, 2, 1):
                    phrase = " ".join(words[len(link):len(link) + n])
                    kind = self.lex.phrases.get(tuple(phrase.split()), ("",))[0]
                    if phrase in self.lex.cue_nouns or kind == "intro":
                        return phrase
        return None

    def _released_after(self, text: str, q: Quote) -> bool:
        """`'Của rơi' khởi chiếu`, `"Lật mặt" ra rạp`: a verb of releasing a work follows the name."""
        words = [w.lower() for w in _TOKEN.findall(text[q.close_end:q.close_end + 40])[:3]]
        return any(tuple(words[:len(v)]) == v for v in self.lex.release_verbs)

    def _credited_work(self, left: list[str]) -> bool:
        """`tài tử của “Nhiệm vụ bất khả thi”`, `nữ đạo diễn tài năng của “Tây Du Ký”`: `của` after
        a cast or maker noun (two modifier syllables at most between them) names a work."""
        if left[:1] != ["của"]:
            return False
        for gap in range(3):
            for noun in self.lex.credit_nouns:
                if tuple(reversed(left[1 + gap:1 + gap + len(noun)])) == noun:
                    return True
        return False

    def _event_title(self, words: list[str]) -> bool:
        """`“Những ngày văn hóa Việt Nam” khai mạc`: an event noun opens a name with no sentence
        word in it (`“Ngày nào con cũng …”` is speech)."""
        low = [w.strip(",.;:!?()").lower() for w in words]
        for head in self.lex.title_heads:
            n = len(head)
            if tuple(low[:n]) == head and len(low) > n:
                return low[n][:1].isalpha() and not self._has_sentence_word(words)
        return False

    def _has_sentence_word(self, words: list[str]) -> bool:
        """A pronoun, auxiliary or particle among the words: the quote reads as a sentence."""
        return any(w.strip(",.;:!?()").lower() in self.lex.sentence_words for w in words)

    def judge(self, text: str, line_start: int, q: Quote) -> Verdict:
        """Accept or reject one quoted span, with the reason."""
        lex, lim = self.lex, self.lex.limits
        content = text[q.start:q.end]
        words = content.split()
        first = next((c for c in content if c.isalnum()), "")
        capital = first.isupper() or first.isdigit()
        left = _left_context(text, line_start, q.open_at)
        hit = self._nearest_phrase(left.syllables[:lim["max_back_syllables"]])
        kind, phrase, gap, n = hit if hit else ("", "", 0, 0)
        if kind == "report":
            return Verdict(False, f"speech: reporting verb '{phrase}' before the quote")
        if kind == "block":
            return Verdict(False, f"label, word or nickname after '{phrase}'")
        if phrase in lex.headline_intros and gap <= 1 and len(words) <= lim["max_words_cue"]:
            return Verdict(True, f"a headline after '{phrase}'")
        sentence_like = bool(_SENTENCE_BREAK.search(content))
        # a cue right before the colon names what follows (`cuốn sách: "Giải mã đề thi …"`)
        colon_limit = lim["max_words_cue"] if kind == "cue" and gap == 0 else lim["max_words_no_cue"]
        if left.colon and (not kind or sentence_like or len(words) > colon_limit):
            return Verdict(False, "speech: colon before the quote")
        if kind == "cue":
            cue = phrase
            if cue in lex.award_cues:
                cue = self._work_cue_before_award(left.syllables[gap + n:]) or cue
            if len(words) > lim["max_words_cue"]:
                return Verdict(False, f"too long for a name after cue '{cue}'")
            if capital or (phrase in lex.lower_ok and gap <= 1):
                return Verdict(True, f"cue '{cue}'", cue, True)
            return Verdict(False, f"scare quote: lower-case phrase after cue '{cue}'")
        # a noun introducing a report or an event allows its long title (`hội thảo khoa học "…"`)
        max_words = lim["max_words_cue"] if kind == "intro" and capital else lim["max_words_no_cue"]
        if sentence_like or len(words) > max_words:
            return Verdict(False, "speech: a full sentence inside the marks")
        if self._speech_after(text, q):
            return Verdict(False, "speech: reporting verb after the quote")
        if not capital and kind == "intro" and phrase in lex.lower_ok_intros and gap <= 1 and (
                len(words) >= lim["min_words_single"]):
            return Verdict(True, f"a motto after '{phrase}'", None, True)  # `mục tiêu "tiêm đến đâu …"`
        if not capital:
            return Verdict(False, "scare quote: ordinary lower-case phrase")
        head = [w.lower() for w in words[:3]]
        if any(tuple(head[:len(h)]) == h for h in lex.org_heads):
            return Verdict(False, "organisation or place name")
        if kind == "intro":
            naming = phrase in lex.naming_intros
            named_by = self._before_naming(left.syllables[gap + n:]) if naming else ("", "")
            if named_by[0] == "block":
                return Verdict(False, f"a group's or label's name after '{phrase}'")  # `nhóm mang tên "…"`
            cue = named_by[1] if named_by[0] == "cue" else None
            after_cue = f" after cue '{cue}'" if cue else ""
            return Verdict(True, f"introduced by '{phrase}'{after_cue}", cue, True)
        if self._released_after(text, q):
            return Verdict(True, "a work's release verb after the name", None, True)
        if self._credited_work(left.syllables) and not self._has_sentence_word(words):
            return Verdict(True, "a work named by its cast or maker ('tài tử của')", None, True)
        after = self._cue_after(text, q)
        if after:
            return Verdict(True, f"cue or introducing noun '{after}' after the name")
        if left.syllables[:1] == ["trong"] and len(words) >= lim["min_words_after_trong"]:
            return Verdict(True, "work title after 'trong'")
        if self._event_title(words):
            return Verdict(True, "event name opening with its head noun", None, True)
        if self._single_quoted_title(text, q, words):
            return Verdict(True, "a title in single quotes", None, True)
        return Verdict(False, "no cue: capitalised phrase (nickname, brand, label or place)")

    def _single_quoted_title(self, text: str, q: Quote, words: list[str]) -> bool:
        """`'Năm ngày trong đời vị tướng' đan xen …`: the press sets works' titles in single quotes;
        a phrase of a few words with no sentence word in it is one."""
        lim = self.lex.limits
        if text[q.open_at] not in SINGLE_MARKS or not (
                lim["min_words_single"] <= len(words) <= lim["max_words_single"]):
            return False
        return not self._has_sentence_word(words)
