"""Extractor for LOC: place names with their generic word (`kind`) and admin-unit links.

Three rules, in order of trust: fused city forms (`TP.HCM`), a generic word followed by a
capitalized name or a number (`phường Trường Xuân`, `quận 9`), and bare names known to a
gazetteer (provinces and cities from vietnamadminunits, countries, regions and foreign
cities from models/places_world.json). Vietnamese administrative units are then linked
(pipeline.gazetteer) using the other places of the sentence and of the document.

>>> # "phường Trường Xuân, TP. Tam Kỳ" -> LOC Trường Xuân (phường, ward 20353), LOC Tam Kỳ
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.document import Document, Mention
from pipeline.gazetteer import Gazetteer, link
from pipeline.resources import Resources

_TOKEN = re.compile(r"\w+|[^\w\s]")
_NUMBER_GOES_ON = re.compile(r"[.,]\d")  # `quãng đường 81.000 km` is no road
_SENTENCE_END = {".", "!", "?", ":", ";", "-", "–", "—", '"', "“", "”", "(", "…"}
MAX_NAME_TOKENS = 6  # longest place name looked up (`Rio Grande do Norte` has 4)
MAX_RUN_TOKENS = 5  # longest unknown capitalized name taken after a generic word
# Between a place and the enclosing unit written after it: `, TP. `, ` (`, `, tỉnh `.
_CHAIN_GAP = re.compile(r"\)?\s?[,(-]\s?(?:[^\W\d]{1,9}\.? ?){0,3}")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    name: str  # the name to link (alias resolved)
    kind: str | None
    rank: int  # 0 fused, 1 generic word + name, 2 bare gazetteer name
    source: str
    admin: bool  # may be a Vietnamese administrative unit
    written_generic: bool = False  # a lower-case generic word in full precedes (`tỉnh Hà Nam`)
    world: bool = False  # a foreign country, region or city of places_world.json


class PlaceExtractor:
    """Stage LOC: appends LOC mentions with `kind` and the admin-unit link columns."""

    name = "places"
    requires = ("words",)
    provides = ("LOC",)

    def __init__(self, resources: Resources):
        self.res = resources

    # --- resources, built once -----------------------------------------------------------
    @functools.cached_property
    def lex(self) -> dict:
        return self.res.json("places_lexicon.json")

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.load()

    @functools.cached_property
    def generic(self) -> dict[tuple[str, ...], str]:
        """Generic words as token tuples (`("TP", ".")`) -> kind."""
        return {tuple(_TOKEN.findall(k)): v for k, v in self.lex["generic"].items()}

    @functools.cached_property
    def names(self) -> dict[tuple[str, ...], tuple[str, bool]]:
        """Bare names as token tuples -> (name to link, is a Vietnamese unit)."""
        out: dict[tuple[str, ...], tuple[str, bool]] = {}
        world = self.res.json("places_world.json")
        for kind in ("country", "region", "city"):
            for n in world[kind]:
                toks = tuple(_TOKEN.findall(fold_case(n)))
                out.setdefault(toks, (n, False))
        bare_types = set(self.lex["bare_admin_types"])
        for u in self.gazetteer.units:
            if u.level == "province" or (u.level == "district" and u.type in bare_types):
                out[tuple(_TOKEN.findall(fold_case(u.short)))] = (u.short, True)
        for alias, target in self.lex["aliases"].items():
            toks = tuple(_TOKEN.findall(fold_case(alias)))
            if target is None:
                out.pop(toks, None)
            else:
                out[toks] = (target, True)
        for n in self.lex["no_bare"]:
            out.pop(tuple(_TOKEN.findall(n)), None)
        return out

    @functools.cached_property
    def team_before(self) -> frozenset[str]:
        """Words before a place name that make it a sports team (`nữ Hà Nam`) in the whole document."""
        return frozenset(self.lex["team_before"])

    @functools.cached_property
    def fused(self) -> re.Pattern:
        forms = sorted((k for k, v in self.lex["fused"].items() if v), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")

    # --- the stage -----------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        text = doc.text
        toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        words = list(doc.words())
        starts, ends = {w.start for w in words}, {w.end for w in words}
        found = self._fused(text) + self._prefixed(text, toks, starts, ends) + self._bare(text, toks, words)
        word_before = {b.start: a.text.lower() for a, b in zip(words, words[1:])}
        teams = {f.name for f in found if f.rank != 1 and word_before.get(f.start) in self.team_before}
        chosen = _non_overlapping([f for f in found if f.name not in teams or f.written_generic])
        doc_names = [f.name for f in chosen]
        for i, f in enumerate(chosen):
            sent = doc.sentence_at(f.start)
            near = [g.name for g in chosen if g is not f and doc.sentence_at(g.start) == sent]
            chain = _chain(text, chosen, i)
            m = Mention("LOC", f.start, f.end, text[f.start : f.end], kind=f.kind, source=f.source)
            foreign = [g for g in chain if g.world and g.name not in self.lex["home_names"]]
            if f.admin and foreign:
                m.link_note = f"followed by {foreign[0].name}: a foreign unit"  # `tỉnh Hà Nam, Trung Quốc`
            elif f.admin:
                lk = link(
                    self.gazetteer,
                    f.name,
                    f.kind,
                    near=near,
                    doc=doc_names,
                    date=doc.date,
                    chain=[g.name for g in chain],
                )
                m.link_note = lk.note
                if lk.unit:
                    u = lk.unit
                    m.admin_code, m.admin_level, m.canonical = u.code, u.level, u.name
                    m.province, m.province_2025, m.ward_2025 = u.province, u.province_2025, u.ward_2025
            doc.mentions.append(m)
        return doc

    def _fused(self, text: str) -> list[_Found]:
        table = self.lex["fused"]
        return [
            _Found(m.start(), m.end(), table[m.group(0)], None, 0, "loc:fused", True)
            for m in self.fused.finditer(text)
        ]

    def _generic_at(self, toks: list[_Tok], i: int, text: str) -> tuple[int, str] | None:
        """(number of tokens, kind) of the generic word starting at token i, longest first."""
        for n in (3, 2, 1):
            if i + n > len(toks) or not _adjacent(text, toks, i, i + n):
                continue
            words = tuple(t.text for t in toks[i : i + n])
            kind = self.generic.get(words)
            if kind is None and words[0][:1].isupper() and words[0] == words[0].capitalize():
                low = self.generic.get((words[0].lower(), *words[1:]))
                opens = (
                    i == 0
                    or toks[i - 1].text in _SENTENCE_END
                    or "\n" in text[toks[i - 1].end : toks[i].start]
                )
                if self._known_at(toks, i, text):
                    return None  # `Bến Tre`, `Núi Thành`: the generic word is part of a known name
                if low in self.lex["capitalized_kinds"] or low and opens:
                    kind = low  # `Huyện Lập Thạch`; `Khe nứt Silfra` only where a sentence opens
            if kind:
                return n, kind
        return None

    def _known_at(self, toks: list[_Tok], i: int, text: str) -> bool:
        """A known place name starts at token i (`Bến Tre`, `Hồ Chí Minh`)."""
        return any(
            tuple(x.text for x in toks[i : i + n]) in self.names
            or self.gazetteer.by_name.get(" ".join(x.text for x in toks[i : i + n]).lower())
            for n in range(2, min(MAX_NAME_TOKENS, len(toks) - i) + 1)
            if _adjacent(text, toks, i, i + n)
        )

    def _prefixed(self, text: str, toks: list[_Tok], starts: set[int], ends: set[int]) -> list[_Found]:
        out = []
        admin, numbered = set(self.lex["admin_kinds"]), set(self.lex["numbered_kinds"])
        surnames = set(self.lex["surnames"])
        for i, t in enumerate(toks):
            if t.start not in starts:  # `cầu` inside `yêu cầu`
                continue
            g = self._generic_at(toks, i, text)
            if not g:
                continue
            n, kind = g
            j = i + n
            gap = text[toks[j - 1].end : toks[j].start] if j < len(toks) else "\n"
            if gap != " " and not (gap == "" and toks[j - 1].text == "."):  # `TP.Lào Cai`
                continue
            nxt = toks[j]
            if nxt.text.isdigit() and kind in numbered and not _NUMBER_GOES_ON.match(text, nxt.end):
                out.append(
                    _Found(t.start, nxt.end, f"{kind} {nxt.text}", kind, 1, "loc:numbered", kind in admin)
                )
                continue
            if not nxt.cap or nxt.text.isupper() and len(nxt.text) > 1 and (nxt.text,) not in self.names:
                continue
            if len(t.text) == 1 and not self.gazetteer.candidates(nxt.text):
                continue  # `P.` `X.` need a known unit: `Rochelle P. Walensky` is a person
            k = j + 1
            while (
                k < len(toks)
                and k - j < MAX_RUN_TOKENS
                and toks[k].cap
                and _adjacent(text, toks, k - 1, k + 1)
            ):
                k += 1
            run = toks[j:k]
            known = self._longest_known(run, kind, ends)
            if known:
                k = j + known
            elif kind in admin and (run[0].text in surnames and len(run) >= 2 or toks[k - 1].end not in ends):
                continue  # `tỉnh Lê Văn Dũng`: a person after a bare generic word
            name = text[toks[j].start : toks[k - 1].end]
            target = self.names.get(tuple(x.text for x in toks[j:k]), (name, True))[0]
            full = t.text.islower() and t.text.isalpha()
            out.append(
                _Found(toks[j].start, toks[k - 1].end, target, kind, 1, "loc:generic", kind in admin, full)
            )
            if kind in admin:
                out.extend(self._listed_after(text, toks, k, ends))
        return out

    def _listed_after(self, text: str, toks: list[_Tok], k: int, ends: set[int]) -> list[_Found]:
        """Bare unit names listed after an admin unit: `xã Tam Tiến, Núi Thành`, `quận 2, 9, Thủ Đức`."""
        out = []
        while k + 1 < len(toks) and toks[k].text == "," and _adjacent(text, toks, k, k + 2):
            j = k + 1
            while (
                j < len(toks) and toks[j].text.isdigit() and toks[j + 1 : j + 2] and toks[j + 1].text == ","
            ):
                j += 2  # skip bare numbers: `quận 2, 9, Thủ Đức`
            run = []
            while j + len(run) < len(toks) and len(run) < MAX_RUN_TOKENS and toks[j + len(run)].cap:
                if run and not _adjacent(text, toks, j + len(run) - 1, j + len(run) + 1):
                    break
                run.append(toks[j + len(run)])
            n = next(
                (
                    n
                    for n in range(len(run), 0, -1)
                    if run[n - 1].end in ends
                    and any(
                        u.level != "ward"
                        for u in self.gazetteer.candidates(" ".join(x.text for x in run[:n]))
                    )
                ),
                0,
            )
            if not n:
                break
            name = text[run[0].start : run[n - 1].end]
            out.append(_Found(run[0].start, run[n - 1].end, name, None, 1, "loc:listed", True))
            k = j + n
        return out

    def _longest_known(self, run: list[_Tok], kind: str, ends: set[int]) -> int:
        """Tokens of the longest prefix of `run` that is a known place (gazetteer or lists)."""
        for n in range(len(run), 0, -1):
            words = tuple(x.text for x in run[:n])
            if run[n - 1].end not in ends:
                continue
            if words in self.names or self.gazetteer.candidates(" ".join(words)):
                return n
        return 0

    def _bare(self, text: str, toks: list[_Tok], words: list) -> list[_Found]:
        out = []
        starts, ends = {w.start for w in words}, {w.end for w in words}
        word_before = {b.start: a.text for a, b in zip(words, words[1:])}
        not_before = set(self.lex["not_before"])
        person_before = set(self.lex["person_before"])
        ambiguous, directions = set(self.lex["ambiguous_single"]), set(self.lex["directions"])
        for i, t in enumerate(toks):
            if not t.text[0].isalpha():
                continue
            for n in range(min(MAX_NAME_TOKENS, len(toks) - i), 0, -1):
                words_ = [x.text for x in toks[i : i + n]]
                hit = self.names.get(tuple(words_)) or self.names.get((words_[0].lower(), *words_[1:]))
                if not hit or not _adjacent(text, toks, i, i + n):
                    continue
                prev = [x.text for x in toks[max(0, i - 2) : i] if _adjacent(text, toks, i - 1, i + 1)]
                i0 = (
                    i - 1
                    if not hit[1] and len(prev) == 2 and prev[1] in directions and prev[0].islower()
                    else i
                )
                if not _boundary(toks, i0 - 1, i0, starts) or not _boundary(
                    toks, i + n - 1, i + n, ends, end=True
                ):
                    break  # `Anh` inside `Tuấn Anh`
                if {word_before.get(t.start, "").lower(), " ".join(prev)} & not_before:
                    break
                if n == 1 and t.text in ambiguous and self._person_like(toks, i, text, person_before):
                    break
                out.append(
                    _Found(
                        toks[i0].start,
                        toks[i + n - 1].end,
                        hit[0],
                        None,
                        2,
                        "loc:gazetteer",
                        hit[1],
                        world=not hit[1],
                    )
                )
                break
        return out

    @staticmethod
    def _person_like(toks: list[_Tok], i: int, text: str, person_before: set[str]) -> bool:
        """`anh Mỹ`, `Tuấn Anh`, `Đức Anh`: a one-syllable country name that is a given name."""
        prev = toks[i - 1] if i and _adjacent(text, toks, i - 1, i + 1) else None
        nxt = toks[i + 1] if i + 1 < len(toks) and _adjacent(text, toks, i, i + 2) else None
        return bool(
            prev is None
            or not prev.text.isalpha()
            and prev.text != "("  # `Anh Dũng …` opens a sentence
            or prev.text in person_before
            or prev.cap
            and prev.text.isalpha()
            or nxt
            and nxt.cap
            and nxt.text.isalpha()
        )


def fold_case(name: str) -> str:
    """A list entry in the text's tone convention (the normalizer retones `Hoà` to `Hòa`)."""
    from pipeline.normalize import normalize_text

    return normalize_text(name)[0]


def _adjacent(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Tokens i..j-1 are separated by at most one space each (no line break, no comma)."""
    return all(
        toks[k].start - toks[k - 1].end <= 1 and "\n" not in text[toks[k - 1].end : toks[k].start]
        for k in range(max(i + 1, 1), min(j, len(toks)))
    )


def _boundary(toks: list[_Tok], a: int, b: int, word_edges: set[int], end: bool = False) -> bool:
    """Tokens a and b may be split: a segmenter word edge, or a change from lower case or
    punctuation (`chính trị gia Australia` is one segmenter word, `Tuấn Anh` must not split)."""
    if a < 0 or b >= len(toks):
        return True
    if (toks[b].start if not end else toks[a].end) in word_edges:
        return True
    other = toks[b] if end else toks[a]
    return not (other.cap and other.text.isalpha())


def _chain(text: str, found: list[_Found], i: int) -> list[_Found]:
    """The places written right after found[i], each after a comma or an opening bracket
    (`phường Trường Xuân, TP. Tam Kỳ, Quảng Nam`: the generic word may stand between)."""
    out, end = [], found[i].end
    for g in found[i + 1 :]:
        if not _CHAIN_GAP.fullmatch(text, end, g.start):
            break
        out.append(g)
        end = g.end
    return out


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Keep the most trusted, then longest, candidate of each overlapping group."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, -(f.end - f.start), f.start)):
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
