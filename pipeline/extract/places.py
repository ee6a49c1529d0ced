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
from pipeline.gazetteer import Gazetteer, fold, link
from pipeline.resources import Resources

_TOKEN = re.compile(r"\w+|[^\w\s]")
MAX_NAME_TOKENS = 6  # longest place name looked up (`Rio Grande do Norte` has 4)
MAX_RUN_TOKENS = 5  # longest unknown capitalized name taken after a generic word


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
    def fused(self) -> re.Pattern:
        forms = sorted((k for k, v in self.lex["fused"].items() if v), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")

    # --- the stage -----------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        text = doc.text
        toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        starts = {w.start for w in doc.words()}
        ends = {w.end for w in doc.words()}
        per = {w.start for w in doc.words() if w.ner.endswith("PER")}
        found = self._fused(text) + self._prefixed(text, toks, starts, ends) + self._bare(text, toks, starts, ends, per)
        chosen = _non_overlapping(found)
        doc_names = [f.name for f in chosen]
        for f in chosen:
            sent = doc.sentence_at(f.start)
            near = [g.name for g in chosen if g is not f and doc.sentence_at(g.start) == sent]
            m = Mention("LOC", f.start, f.end, text[f.start:f.end], kind=f.kind, source=f.source)
            if f.admin:
                lk = link(self.gazetteer, f.name, f.kind, near=near, doc=doc_names, date=doc.date)
                m.link_note = lk.note
                if lk.unit:
                    u = lk.unit
                    m.admin_code, m.admin_level, m.canonical = u.code, u.level, u.name
                    m.province, m.province_2025, m.ward_2025 = u.province, u.province_2025, u.ward_2025
            doc.mentions.append(m)
        return doc

    def _fused(self, text: str) -> list[_Found]:
        table = self.lex["fused"]
        return [_Found(m.start(), m.end(), table[m.group(0)], None, 0, "loc:fused", True)
                for m in self.fused.finditer(text)]

    def _generic_at(self, toks: list[_Tok], i: int, text: str) -> tuple[int, str] | None:
        """(number of tokens, kind) of the generic word starting at token i, longest first."""
        for n in (3, 2, 1):
            if i + n > len(toks) or not _adjacent(text, toks, i, i + n):
                continue
            words = tuple(t.text for t in toks[i:i + n])
            kind = self.generic.get(words)
            if kind is None and words[0][:1].isupper():
                low = self.generic.get((words[0].lower(), *words[1:]))
                if low in self.lex["capitalized_kinds"] and words[0] == words[0].capitalize():
                    kind = low
            if kind:
                return n, kind
        return None

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
            if j >= len(toks) or text[toks[j - 1].end:toks[j].start] != " ":
                continue
            nxt = toks[j]
            if nxt.text.isdigit() and kind in numbered:
                out.append(_Found(t.start, nxt.end, f"{kind} {nxt.text}", kind, 1, "loc:numbered", kind in admin))
                continue
            if not nxt.cap or nxt.text.isupper() and len(nxt.text) > 1 and (nxt.text, ) not in self.names:
                continue
            k = j + 1
            while k < len(toks) and k - j < MAX_RUN_TOKENS and toks[k].cap and _adjacent(text, toks, k - 1, k + 1):
                k += 1
            run = toks[j:k]
            known = self._longest_known(run, kind, ends)
            if known:
                k = j + known
            elif kind in admin and (run[0].text in surnames and len(run) >= 2 or toks[k - 1].end not in ends):
                continue  # `tỉnh Lê Văn Dũng`: a person after a bare generic word
            name = text[toks[j].start:toks[k - 1].end]
            target = self.names.get(tuple(x.text for x in toks[j:k]), (name, True))[0]
            out.append(_Found(toks[j].start, toks[k - 1].end, target, kind, 1, "loc:generic", kind in admin))
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

    def _bare(self, text: str, toks: list[_Tok], starts: set[int], ends: set[int], per: set[int]) -> list[_Found]:
        out = []
        not_before = {tuple(_TOKEN.findall(x)) for x in self.lex["not_before"]}
        person_before = set(self.lex["person_before"])
        ambiguous = set(self.lex["ambiguous_single"])
        for i, t in enumerate(toks):
            if not t.text[0].isalpha():
                continue
            for n in range(min(MAX_NAME_TOKENS, len(toks) - i), 0, -1):
                words = [x.text for x in toks[i:i + n]]
                hit = self.names.get(tuple(words)) or self.names.get((words[0].lower(), *words[1:]))
                if not hit or not _adjacent(text, toks, i, i + n):
                    continue
                end = toks[i + n - 1].end
                if t.start not in starts and not _inside_word_ok(text, t.start) or end not in ends:
                    break
                before = [x.text for x in toks[max(0, i - 2):i] if _adjacent(text, toks, i - 1, i + 1)]
                if tuple(before[-1:]) in not_before or tuple(before) in not_before:
                    break
                if n == 1 and t.text in ambiguous and self._person_like(toks, i, text, person_before, per):
                    break
                out.append(_Found(t.start, end, hit[0], None, 2, "loc:gazetteer", hit[1]))
                break
        return out

    @staticmethod
    def _person_like(toks: list[_Tok], i: int, text: str, person_before: set[str], per: set[int]) -> bool:
        """`anh Mỹ`, `Tuấn Anh`, `Đức Anh`: a one-syllable country name that is a given name."""
        prev = toks[i - 1] if i and _adjacent(text, toks, i - 1, i + 1) else None
        nxt = toks[i + 1] if i + 1 < len(toks) and _adjacent(text, toks, i, i + 2) else None
        return bool(
            toks[i].start in per
            or prev and (prev.text in person_before or prev.cap and prev.text.isalpha())
            or nxt and nxt.cap and nxt.text.isalpha()
        )


def fold_case(name: str) -> str:
    """A list entry in the text's tone convention (the normalizer retones `Hoà` to `Hòa`)."""
    from pipeline.normalize import normalize_text

    return normalize_text(name)[0]


def _adjacent(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Tokens i..j-1 are separated by at most one space each (no line break, no comma)."""
    return all(toks[k].start - toks[k - 1].end <= 1 and "\n" not in text[toks[k - 1].end:toks[k].start]
               for k in range(max(i + 1, 1), min(j, len(toks))))


def _inside_word_ok(text: str, pos: int) -> bool:
    """A name may begin inside a segmenter word only after a hyphen (`Canberra-Jakarta`)."""
    return pos > 0 and text[pos - 1] in "-–/("


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Keep the most trusted, then longest, candidate of each overlapping group."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, -(f.end - f.start), f.start)):
        if all(f.end <= k.start or k.end <= f.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
