"""Syllable tokens and capitalized runs: the candidate spans of PER and ORG extraction.

Tokens come from a regex over the normalized text (not from the sentence splitter, which
cuts initials such as `N.H.H`); each token keeps the POS and underthesea NER tag of the
segmenter word it falls in.

>>> # "Chủ tịch UBND tỉnh Lê Văn Dũng" -> runs "UBND", "Lê Văn Dũng"
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.normalize import new_tone_placement

# A syllable (letters/digits joined by - ' & inside: Jong-un, Covid-19, AT&T), short parts
# joined by dots (N.H.H, TP.HCM, S.Ting; not `Mạnh.Tổng` of a missing space), or one
# punctuation character; an initial keeps its dot (R.).
_TOKEN = re.compile(r"(?:\w{1,3}\.){1,6}\w+|\w+(?:[-'’&]\w+){0,8}\.?|[^\w\s]")
# Vietnamese initial consonants written with two letters: an initial `Kh.` (`chị Kh.`)
DIGRAPH_INITIALS = "Ch|Gi|Kh|Ng|Nh|Ph|Qu|Th|Tr"
# initials: `H.`, `N.H.H`, and a Vietnamese digraph with its dot (`chị Kh.`)
_INITIALS = re.compile(rf"[A-ZĐ](?:\.[A-ZĐ]){{0,5}}\.?|(?:{DIGRAPH_INITIALS})\.")
# mail headers found glued to the sender's name before them (`Le VinhTo:`, `BelindaTo:`)
_MAIL_HEADERS = ("To", "Subject", "Sent", "Cc")
# an Arabic article glued to the capitalized name it opens: `Abu Musab al-Zarqawi`, `Ali al-Haidri`
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul)-[A-Z]")
# Sentence and clause ends a name never crosses.
_HARD_BREAKS = frozenset(".!?;:()[]{}\"“”‘’«»…\n")
# Old and new tone placement (hoà/hòa, thuỷ/thủy) are both written; lists keep the new one.



def fold(text: str) -> str:
    """NFC, lower case, new tone placement: `Thuỷ` -> `thủy`."""
    return new_tone_placement(unicodedata.normalize("NFC", text)).lower()


@dataclass(slots=True)
class Tok:
    """One token: offsets in `doc.text`, POS/NER of its segmenter word, paragraph index."""

    start: int
    end: int
    text: str
    pos: str
    ner: str
    word: int  # index of the segmenter word (tokens of one word share it)
    para: int
    lower: str = ""  # folded form (`fold`), computed once by `tokenize`

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def punct(self) -> bool:
        return not self.text[:1].isalnum()

    @property
    def initials(self) -> bool:
        return bool(_INITIALS.fullmatch(self.text))

    @property
    def acronym(self) -> bool:
        """`UBND`, `HIC`, `VnExpress` is not one (two upper letters at least, mostly upper)."""
        letters = [c for c in self.text if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        return len(letters) >= 2 and upper >= len(letters) - 1 and self.text[1:2].isupper()

    @property
    def capword(self) -> bool:
        """A capitalized word (not punctuation)."""
        return self.cap and not self.punct


def tokenize(doc: Document) -> list[Tok]:
    """All tokens of `doc.text` with the POS/NER of the segmenter word that holds them."""
    words = list(doc.words())
    starts = [w.start for w in words]
    toks: list[Tok] = []
    para = 0
    last = 0
    for m in _TOKEN.finditer(doc.text):
        para += doc.text.count("\n", last, m.start())
        last = m.start()
        i = bisect_right(starts, m.start()) - 1
        w = words[i] if i >= 0 and words[i].end > m.start() else None
        text = m.group(0)
        if text.endswith(".") and not _INITIALS.fullmatch(text) and len(text) > 1:
            text = text[:-1]  # a full stop after a word, not an initial
        name = _before_header(doc.text, m.start(), text) or text
        toks.append(Tok(m.start(), m.start() + len(name), name, w.pos if w else "", w.ner if w else "O",
                        i if w else -1, para, fold(name)))
        if name != text:  # `From: Le VinhTo: tamsu@…`: a mail header glued to the sender's name
            head = text[len(name):].lower()  # (lower case: a header word, no part of a name)
            toks.append(Tok(m.start() + len(name), m.start() + len(text), head, "", "O", -1, para,
                            fold(head)))
        if len(text) < len(m.group(0)):
            toks.append(Tok(m.end() - 1, m.end(), ".", "CH", "O", -1, para, "."))
    return toks


def _before_header(text: str, start: int, word: str) -> str:
    """The name part of a word glued to a mail header and its colon (`VinhTo:` -> `Vinh`), else ''."""
    if text[start + len(word):start + len(word) + 1] != ":":
        return ""
    for head in _MAIL_HEADERS:
        cut = len(word) - len(head)
        if cut > 0 and word.endswith(head) and word[cut - 1].islower():
            return word[:cut]
    return ""


def mid_word(toks: list[Tok], i: int) -> bool:
    """Lower-case token `i` ends a segmenter word that opens with a capital: `viện` of `Nghị viện`,
    `hội` of `Quốc hội`."""
    return i > 0 and not toks[i].cap and toks[i].word >= 0 and toks[i - 1].word == toks[i].word and (
        toks[i - 1].cap)


def doc_tokens(doc: Document) -> list[Tok]:
    """`tokenize(doc)` computed once per document and shared by the PER and ORG stages."""
    toks = doc.meta.get("name_tokens")
    if toks is None:
        toks = doc.meta["name_tokens"] = tokenize(doc)
    return toks


def is_break(tok: Tok) -> bool:
    """True for punctuation that ends a clause (a name never spans it)."""
    return tok.punct and tok.text in _HARD_BREAKS


def cap_runs(toks: list[Tok], particles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalized tokens (initials included) within a paragraph.

    A lower-case particle between two capitalized tokens stays inside (`Lima de Souza`), and so does
    an Arabic article glued to the name (`al-Zarqawi`).
    """
    runs = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i].cap and not toks[i].punct:
            j = i + 1
            while j < n and toks[j].para == toks[i].para and not toks[j].punct and (
                toks[j].cap or _ARABIC_ARTICLE.match(toks[j].text) or _particles_then_name(toks, j, particles)
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _particles_then_name(toks: list[Tok], j: int, particles: frozenset[str]) -> bool:
    """One or two particles from `j`, then a capitalized word (`de Souza`, `de la Rosa`, `von der Leyen`)."""
    k = j
    while k < len(toks) and k - j < 2 and toks[k].text in particles:
        k += 1
    return j < k < len(toks) and toks[k].cap and not toks[k].punct and toks[k].para == toks[j].para


class PhraseIndex(dict):
    """Phrases by token count (`{2: {"giáo sư", ...}}`), with the lengths in descending order
    and the set of first tokens per length, so most positions are rejected by one lookup."""

    def __init__(self, by_n: dict[int, frozenset[str]]):
        super().__init__(by_n)
        self.lengths = sorted(by_n, reverse=True)
        self.firsts = {n: frozenset(p.split(" ", 1)[0] for p in ps) for n, ps in by_n.items()}
        # forward matching starts at a fixed token: the lengths worth trying for each first token
        self.by_first: dict[str, list[int]] = {}
        for n in self.lengths:
            for first in self.firsts[n]:
                self.by_first.setdefault(first, []).append(n)


def match_phrase(toks: list[Tok], i: int, phrases: PhraseIndex, backward: bool = False,
                 exact: bool = False) -> int:
    """Length in tokens of the longest phrase ending before / starting at `i`.

    `phrases` (from `by_length`) maps a token count to the set of phrases of that length
    (folded, or as written when `exact`). A phrase never starts inside a segmenter word.
    """
    if backward:
        lengths = phrases.lengths
    else:
        if i >= len(toks):
            return 0
        lengths = phrases.by_first.get(toks[i].text if exact else toks[i].lower)
        if not lengths:
            return 0
    for n in lengths:
        a, b = (i - n, i) if backward else (i, i + n)
        if a < 0 or b > len(toks):
            continue
        first = toks[a].text if exact else toks[a].lower
        if first not in phrases.firsts[n]:
            continue
        if any(t.punct and t.text not in ".&" for t in toks[a:b]):
            continue
        inside = a > 0 and toks[a].word >= 0 and toks[a - 1].word == toks[a].word
        if inside and toks[a - 1].cap == toks[a].cap and not toks[a - 1].acronym:
            continue  # starts inside a word: `cầu` of `yêu cầu`, `ông` of `đàn ông` (not `sữa Vinamilk`,
            # `BCH Chi hội`)
        if " ".join(t.text if exact else t.lower for t in toks[a:b]) in phrases[n]:
            return n
    return 0


def by_length(phrases, exact: bool = False) -> PhraseIndex:
    """Index phrases by token count for `match_phrase` (`giáo sư` -> 2)."""
    out: dict[int, set[str]] = {}
    for p in phrases:
        p = unicodedata.normalize("NFC", p) if exact else fold(p)
        out.setdefault(len(p.split()), set()).add(p)
    return PhraseIndex({k: frozenset(v) for k, v in out.items()})
