"""Stage: a CRF trained on the project's own gold corpus revises the rules' ORG, LOC and PER spans.

The rule extractors know lexicons and patterns; they miss names they have never seen and
confuse a country with its team. A linear-chain CRF over syllables sees the words, their
shape and POS, the rules' own decision (BIO tag) and the name list that holds a capitalised
run (gazetteer unit, foreign place, known body) as features, and outputs the final BIO tags.
It is trained by `python -m pipeline train` (`make train`) on `corpus/gold/` with
the rules' tags randomly dropped for a share of the names, so it learns to recover what the
rules miss instead of copying them. Its weights ship in `models/refine_crf.bin`.

Only the labels listed in the model's metadata (`models/refine_crf.json`: ORG, LOC and PER as
shipped) are revised; a rule mention whose span the CRF keeps keeps its attributes (kind, links,
role); a new LOC gets the generic word before it as `kind` and a gazetteer link. People are
revised more cautiously: a rule PER goes only where the CRF tags a place or body over it, and a
new PER must read as a name (Vietnamese syllables, or a known given name or surname) and overlap
no rule mention; it takes the full name it ends as `canonical` (`Hoàng` of `Trọng Hoàng`).

>>> # rules: `Đại học Kỹ thuật Graz` not found, `Graz` unknown
>>> # CRF:   ORG `Đại học Kỹ thuật Graz`; the LOC `Graz` nested in it is kept if the rules had it
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.document import Document, Mention
from pipeline.extract.bylines import CREDIT_SOURCE, credits, overlaps, signature
from pipeline.extract.bylines import SOURCE as SIGNED
from pipeline.extract.name_lexicon import NameLexicon
from pipeline.extract.name_tokens import fold
from pipeline.extract.people import ADDRESS_NUMBER
from pipeline.extract.places import after_direction_cue
from pipeline.gazetteer import Gazetteer, link
from pipeline.resolve import resolved_candidates
from pipeline.resources import Resources

MODEL = "refine_crf.bin"
META = "refine_crf.json"
SOURCE = "crf-refine"
RULE_LABELS = ("PER", "LOC", "ORG", "DATE", "QUOTED")  # rule tags visible to the CRF
NAME_LABELS = ("PER", "LOC", "ORG")  # what the CRF tags (it may revise the last two)
_TOKEN = re.compile(r"\w+|[^\w\s]")
WINDOW = 2  # syllables of context on each side
MAX_NEW_PERSON_WORDS = 4  # a longer new PER is a title or a list


@dataclass(frozen=True, slots=True)
class Syllable:
    """One syllable or punctuation mark of `doc.text` with its segmenter word's POS."""

    start: int
    end: int
    text: str
    pos: str
    word: str  # the segmenter word (lower case) that holds it
    word_first: bool  # it opens that word


def syllables(doc: Document) -> list[Syllable]:
    """`doc.text` as syllables, each with the POS of the segmenter word it belongs to.

    >>> # `Tam Kỳ` (one word, Np) -> Syllable('Tam', pos='Np', word_first=True), Syllable('Kỳ', ...)
    """
    words = [w for s in doc.sentences for w in s.words]
    out: list[Syllable] = []
    k = 0
    for m in _TOKEN.finditer(doc.text):
        a, b = m.span()
        while k < len(words) and words[k].end <= a:
            k += 1
        if k < len(words) and words[k].start <= a < words[k].end:
            w = words[k]
            out.append(Syllable(a, b, m.group(), w.pos, w.text.lower(), a == w.start))
        else:
            out.append(Syllable(a, b, m.group(), "X", m.group().lower(), True))
    return out


def _holds(starts: list[int], start: int, end: int) -> bool:
    """One of the sorted offsets lies in [start, end): a new name holding a verb (`UBND tỉnh kêu gọi
    Mặt trận`) is no name."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _cuts_word(sylls: Sequence[Syllable], heads: frozenset[str]) -> set[int]:
    """Offsets inside a segmenter word that is a body's head or a place word: a new span that
    starts or ends there splits the head (`Bệnh` of `Bệnh viện dã chiến`). Only heads count:
    the segmenter also glues a name to a common word (`Mỹ học`)."""
    return {s.start for s in sylls if not s.word_first and s.word in heads} | {
        a.end for a, b in zip(sylls, sylls[1:]) if not b.word_first and b.word in heads}


def top_level(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop a LOC nested in an ORG: the CRF tags one layer (`UBND tỉnh Quảng Nam` is ORG)."""
    spans = list(spans)
    orgs = [(s, e) for lab, s, e in spans if lab == "ORG"]
    return [(lab, s, e) for lab, s, e in spans
            if not (lab == "LOC" and any(a <= s and e <= b and (a, b) != (s, e) for a, b in orgs))]


def bio(sylls: Sequence[Syllable], spans: Iterable[tuple[str, int, int]]) -> list[str]:
    """BIO tags of the syllables covered by each (label, start, end) span."""
    tags = ["O"] * len(sylls)
    starts = [s.start for s in sylls]
    for lab, s, e in spans:
        i = bisect.bisect_left(starts, s)
        first = True
        while i < len(sylls) and sylls[i].end <= e:
            tags[i] = ("B-" if first else "I-") + lab
            first = False
            i += 1
    return tags


def runs(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(label, first, last + 1) index runs of a BIO sequence (an I- after O opens a run)."""
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(tags):
        if t.startswith("I-") and out and out[-1][2] == i and out[-1][0] == t[2:]:
            out[-1] = (out[-1][0], out[-1][1], i + 1)
        elif t != "O":
            out.append((t[2:], i, i + 1))
    return out


def tag_spans(sylls: Sequence[Syllable], tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(label, start, end) character spans of a BIO sequence over `sylls`."""
    return [(lab, sylls[i].start, sylls[j - 1].end) for lab, i, j in runs(tags)]


def _shape(t: str) -> str:
    if t.isdigit():
        return "d"
    if not t[0].isalnum():
        return "p" + t if len(t) == 1 else "p"
    if t.isupper():
        return "U" if len(t) > 1 else "C"
    if t[0].isupper():
        return "C"
    return "l" if t.islower() else "m"


# Columns of a syllable row, read by the templates below through T[i][column].
_LOWER, _SHAPE, _POS, _WORD, _FIRST, _RULE, _DOC, _SURNAME, _SUFFIX, _RULE_SHAPE, _LIST = range(1, 12)
TEMPLATE = [
    *(f"T[{i}][{c}]" for c in (_LOWER, _SHAPE, _POS) for i in (0, -1, 1, -2, 2)),
    f"T[0][{_WORD}]", f"T[0][{_FIRST}]",
    f"T[-1,0][{_LOWER}]", f"T[0,1][{_LOWER}]", f"T[-2,-1][{_LOWER}]", f"T[-1,1][{_SHAPE}]",
    f"T[0][{_SURNAME}]", f"T[0][{_SUFFIX}]",
    f"T[0][{_RULE}]", f"T[-1][{_RULE}]", f"T[1][{_RULE}]", f"T[0][{_RULE_SHAPE}]", f"T[0][{_DOC}]",
    f"T[0][{_LIST}]", f"T[-1][{_LIST}]", f"T[1][{_LIST}]",
]


def featurizer():
    """underthesea_core's Rust featurizer for TEMPLATE (the CRF's attributes, fast)."""
    from underthesea_core import CRFFeaturizer

    return CRFFeaturizer(TEMPLATE, set())


def rows(sylls: Sequence[Syllable], rule_tags: Sequence[str], surnames: frozenset[str],
         lists: NameLists | None = None) -> list[list[str]]:
    """One row of columns per syllable for the featurizer: the syllable, its shape, POS and
    segmenter word, the rules' tag, the labels the rules gave the same capitalised
    syllable anywhere in the document (document consistency), and the name list that holds
    the capitalised run it belongs to, if any (even where the rules declined the name).

    >>> # `Dũng` after `Ông`:
    >>> # ['Dũng', 'dũng', 'C', 'Np', 'dũng', '1', 'B-PER', 'PER', '1', 'ũng', 'B-PER|C', 'O']
    """
    low = [s.text.lower() for s in sylls]
    shp = [_shape(s.text) for s in sylls]
    seen: dict[str, set[str]] = {}
    for i, tag in enumerate(rule_tags):
        if tag != "O" and shp[i] in "CU":
            seen.setdefault(low[i], set()).add(tag[2:])
    listed = lists.tags(low, shp) if lists else ["O"] * len(sylls)
    return [
        [syl.text, low[i], shp[i], syl.pos, syl.word, str(int(syl.word_first)), rule_tags[i],
         "+".join(sorted(seen.get(low[i], ()))), str(int(shp[i] == "C" and low[i] in surnames)),
         low[i][-3:] if len(low[i]) > 3 else "", f"{rule_tags[i]}|{shp[i]}", listed[i]]
        for i, syl in enumerate(sylls)
    ]


class NameLists:
    """The name lists the rules read, as syllable phrases for the CRF's list column: Vietnamese
    units (the gazetteer), foreign places (places_world.json) and well-known bodies (orgs.json).

    >>> # NameLists(res).tags(['về', 'củ', 'chi'], ['l', 'C', 'C']) -> ['O', 'B-VN', 'I-VN']
    """

    MAX_LEN = 6  # syllables of the longest phrase looked up

    def __init__(self, resources: Resources):
        world = resources.json("places_world.json")
        gazetteer = resources.shared("gazetteer", Gazetteer.load)
        phrases: dict[tuple[str, ...], str] = {}
        for key in gazetteer.by_name:
            phrases[tuple(key.split())] = "VN"
        for kind in ("country", "region", "city", "landmark", "town"):
            for name in world.get(kind, []):
                phrases.setdefault(tuple(name.lower().split()), "W")
        for name in resources.json("orgs.json")["known"]:
            phrases.setdefault(tuple(name.lower().split()), "K")
        self.phrases = {k: v for k, v in phrases.items() if 0 < len(k) <= self.MAX_LEN}

    def tags(self, low: Sequence[str], shapes: Sequence[str]) -> list[str]:
        """B-/I- list tags of the longest listed phrases that open on a capitalised syllable."""
        out = ["O"] * len(low)
        i = 0
        while i < len(low):
            hit = 0
            if shapes[i] in "CU":
                for n in range(min(self.MAX_LEN, len(low) - i), 0, -1):
                    src = self.phrases.get(tuple(low[i:i + n]))
                    if src and all(shapes[k] in "CUd" for k in range(i, i + n)):
                        out[i:i + n] = [f"B-{src}"] + [f"I-{src}"] * (n - 1)
                        hit = n
                        break
            i += hit or 1
        return out


def rule_view(doc: Document) -> tuple[list[Syllable], list[str]]:
    """The syllables of `doc` and the rules' BIO tags on them (after overlap resolution)."""
    sylls = syllables(doc)
    final = resolved_candidates(doc)
    tags = bio(sylls, top_level((m.label, m.start, m.end) for m in final if m.label in RULE_LABELS))
    return sylls, tags


class CrfRefiner:
    """Stage: replaces the rules' top-level spans of the model's labels by the CRF's (PER: see above)."""

    name = "refine"
    requires = ("sentences", "mentions")
    provides = ("LOC", "ORG", "PER")

    def __init__(self, resources: Resources, labels: Iterable[str] = provides):
        self.res = resources
        self.wanted = frozenset(labels)

    @functools.cached_property
    def meta(self) -> dict:
        return self.res.json(META)

    @functools.cached_property
    def tagger(self):
        from underthesea_core import CRFTagger

        tagger = CRFTagger()
        tagger.load(str(self.res.path(MODEL)))
        return tagger

    @functools.cached_property
    def featurizer(self):
        return featurizer()

    @functools.cached_property
    def lists(self) -> NameLists:
        return self.res.shared("name_lists", lambda: NameLists(self.res))

    @functools.cached_property
    def surnames(self) -> frozenset[str]:
        return frozenset(s.lower() for s in self.res.lexicon("surnames"))

    @functools.cached_property
    def kinds(self) -> dict[str, str]:
        """Generic place words (lower case) -> kind: `thành phố` -> `thành phố`, `tp.` -> ..."""
        return {k.lower(): v for k, v in self.res.json("places_lexicon.json")["generic"].items()}

    @functools.cached_property
    def longest_kind(self) -> int:
        """Words in the longest generic place word (`khu bảo tồn thiên nhiên`: four)."""
        return max(len(k.split()) for k in self.kinds)

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return self.res.shared("gazetteer", Gazetteer.load)

    def __call__(self, doc: Document) -> Document:
        labels = set(self.meta["labels"]) & self.wanted
        sylls, rule_tags = rule_view(doc)
        if not sylls:
            return doc
        (feats,) = self.featurizer.process([rows(sylls, rule_tags, self.surnames, self.lists)])
        predicted = tag_spans(sylls, self.tagger.tag(feats))
        rules = {(m.label, m.start, m.end) for m in doc.mentions}
        verbs = [s.start for s in sylls if s.pos == "V" and s.text[:1].islower()]
        cut = _cuts_word(sylls, self.head_words)
        keep = {x for x in predicted if x[0] in labels and (x in rules or (
            self._shaped(doc.text[x[1]:x[2]], x[0]) and not _holds(verbs, x[1], x[2])
            and not self._direction(doc.text, x) and not (x[1] in cut or x[2] in cut)
            and not self._bare_kind(doc.text, x) and not self._after_veto(doc.text, x)
            and not self._unnamed(doc.text, x)))}
        # the writer's name and the sources credited after it stand whatever the CRF reads in them
        fixed = (signature(doc), *credits(doc))
        keep = {x for x in keep if x in rules or not any(overlaps(f, x[1], x[2]) for f in fixed)}
        taken = [(m.start, m.end) for m in doc.mentions]
        keep = {x for x in keep if x[0] != "PER" or x in rules or (
            not any(a < x[2] and x[1] < b for a, b in taken) and self._person_shaped(doc.text[x[1]:x[2]])
            and not self._after_house_number(doc.text, x[1]))}
        named = [(s, e) for lab, s, e in predicted if lab in ("LOC", "ORG")]
        orgs = [(s, e) for lab, s, e in keep if lab == "ORG"]
        have = set()
        kept: list[Mention] = []
        for m in doc.mentions:
            key = (m.label, m.start, m.end)
            # a person the CRF only leaves untagged stays; one it calls a place or a body goes
            if m.source in (SIGNED, CREDIT_SOURCE) or m.label == "PER" and key not in keep and not any(
                    a < m.end and m.start < b for a, b in named):
                have.add(key)
                kept.append(m)
                continue
            if m.label in labels and key not in keep and not (
                m.label == "LOC" and any(a <= m.start and m.end <= b for a, b in orgs)
            ):
                continue  # the CRF overrules this span (a LOC inside a kept ORG stays, nested)
            have.add(key)
            kept.append(m)
        doc_places = [doc.text[s:e] for lab, s, e in keep if lab == "LOC"]
        people = [m for m in kept if m.label == "PER"]
        for lab, s, e in sorted(keep - have, key=lambda x: x[1]):
            kept.append(self._new(doc, lab, s, e, doc_places, people))
        doc.mentions = kept
        return doc

    @functools.cached_property
    def names_lex(self) -> NameLexicon:
        """The people's lexicons (surnames, given names of many countries), shared with that stage."""
        return self.res.shared("name_lexicon", lambda: NameLexicon(self.res))

    @staticmethod
    def _after_house_number(text: str, start: int) -> bool:
        """A house number stands right before: a street named after a person (`93A Nguyễn Đình Chiểu`)."""
        before = text[max(0, start - 12):start].split()
        return bool(before) and ADDRESS_NUMBER.fullmatch(before[-1]) is not None

    def _person_shaped(self, text: str) -> bool:
        """A new PER of at most four capitalised words, not initials alone, that reads as a name:
        Vietnamese syllables (`Xuân Trường`) or a known given name or surname (`Youjun Zhang`);
        not a product (`True Tone`, `AirTag`) or a club (`Slovan Liberec`)."""
        words = text.split()
        if not 0 < len(words) <= MAX_NEW_PERSON_WORDS or not all(
                w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
            return False
        if "." in text and all(len(w.strip(".")) <= 2 for w in words):
            return False  # initials (`T.P`, `Đ.`): the rules decide those
        lex = self.names_lex
        return all(lex.is_vietnamese(w) for w in words) or any(
            lex.is_first_name(w) or fold(w) in lex.surnames for w in words)

    @functools.cached_property
    def head_words(self) -> frozenset[str]:
        """Bodies' heads and generic place words, lower case (`bệnh viện`, `thành phố`)."""
        return frozenset(h.lower() for h in self.res.json("orgs.json")["heads"]) | frozenset(self.kinds)

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        """First words of bodies' heads (`Trung` of `Trung tâm`, `Bộ`), lower case."""
        return frozenset(h.split()[0].lower() for h in self.res.json("orgs.json")["heads"])

    @functools.cached_property
    def directions(self) -> tuple[frozenset[str], frozenset[str]]:
        """Compass words (`Bắc`, `Đông Bắc`) and the words before them that make them a direction
        (`phía`, `bán cầu`), as the place stage reads them (places_lexicon.json)."""
        lex = self.res.json("places_lexicon.json")
        one = [d.lower() for d in lex["directions"]]
        compass = frozenset(one + [f"{a} {b}" for a in one for b in one if a != b])
        return compass, frozenset(c.lower() for c in lex["direction_cues"])

    def _direction(self, text: str, span: tuple[str, int, int]) -> bool:
        """A new LOC that is a compass word after a direction cue: `phía Bắc`, `bán cầu Bắc`."""
        label, start, end = span
        compass, cues = self.directions
        if label != "LOC" or text[start:end].lower() not in compass:
            return False
        return after_direction_cue(text[max(0, start - 20):start].split(), cues)

    @functools.cached_property
    def place_vetoes(self) -> frozenset[str]:
        """Words after which the place rules take no name as a place (`đô la`, `người`, `tiếng`)."""
        return frozenset(w.lower() for w in self.res.json("places_lexicon.json")["not_before"])

    def _after_veto(self, text: str, span: tuple[str, int, int]) -> bool:
        """A new LOC right after such a word: `đô la Hồng Kông` is a currency, `người Mỹ` a people."""
        label, start, _ = span
        before = text[max(0, start - 30):start].lower().split()
        return label == "LOC" and bool(before) and (
            before[-1] in self.place_vetoes or " ".join(before[-2:]) in self.place_vetoes)

    def _unnamed(self, text: str, span: tuple[str, int, int]) -> bool:
        """A new span that names nothing: a body's one-word head alone (`Hội`, `Viện`; heads of more
        words often are whole names: `Ngân hàng Nhà nước`, `Mặt trận Tổ quốc`) or a piece cut across
        a bracket (`KCN) Yên Phong`, `TN-MT) tỉnh Thanh Hóa`)."""
        label, start, end = span
        name = text[start:end]
        head = label == "ORG" and " " not in name and name.lower() in self.head_words
        return head or name.count("(") != name.count(")")

    def _bare_kind(self, text: str, span: tuple[str, int, int]) -> bool:
        """A new span that is only a generic place word before a name: `Quận` of `Quận Bình Tân`
        (a place called `Sông` with no name after it stays)."""
        _, start, end = span
        return text[start:end].lower() in self.kinds and text[end:end + 2].strip()[:1].isupper()

    def _shaped(self, text: str, label: str) -> bool:
        """A new ORG of several words needs a head, an acronym or a second capital: not a
        programme's name written in lower case after its first word (`Toàn dân bảo vệ an ninh tổ quốc`)."""
        words = text.split()
        if label != "ORG" or len(words) == 1:
            return True
        return words[0].lower() in self.heads or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])

    def _new(self, doc: Document, label: str, start: int, end: int, doc_places: list[str],
             people: Sequence[Mention] = ()) -> Mention:
        m = Mention(label, start, end, doc.text[start:end], source=SOURCE)
        if label == "PER":  # the full name it ends (`Hoàng` of `Trọng Hoàng`), else itself
            words = fold(m.text).split()
            full = [p.canonical or p.text for p in people]
            m.canonical = next((f for f in full if fold(f).split()[-len(words):] == words), m.text)
        if label != "LOC":
            return m
        before = doc.text[max(0, start - 60):start].split()
        for n in range(min(self.longest_kind, len(before)), 0, -1):
            word = " ".join(before[-n:]).lower()
            if word in self.kinds:
                m.kind = self.kinds[word]
                break
        lk = link(self.gazetteer, m.text, m.kind, doc=doc_places, date=doc.date)
        m.link_note = lk.note
        if lk.unit:
            u = lk.unit
            m.admin_code, m.admin_level, m.canonical = u.code, u.level, u.name
            m.province, m.province_2025, m.ward_2025 = u.province, u.province_2025, u.ward_2025
        return m
