"""Extractor for LOC: place names with their generic word (`kind`) and admin-unit links.

Three rules, in order of trust: fused city forms (`TP.HCM`), a generic word followed by a
capitalized name or a number (`phường Trường Xuân`, `quận 9`), and bare names known to a
gazetteer (provinces and cities from vietnamadminunits, countries, regions and foreign
cities from models/places_world.json). One-syllable country names that are also given
names (`Nga`, `Anh`) are decided by their context and the rest of the document. Bare units
written before the unit that holds them (`(Ba Đình, Hà Nội)`) and streets after a house
number come last, checked in the gazetteer. Vietnamese administrative units are then linked
(pipeline.gazetteer) using the other places of the sentence and of the document.

>>> # "phường Trường Xuân, TP. Tam Kỳ" -> LOC Trường Xuân (phường, ward 20353), LOC Tam Kỳ
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from pipeline.document import Document, Mention
from pipeline.extract.bylines import overlaps, signature
from pipeline.extract.name_lexicon import NameLexicon
from pipeline.gazetteer import Gazetteer, fold, link
from pipeline.normalize import normalize_text
from pipeline.resources import Resources

_TOKEN = re.compile(r"\w+|[^\w\s]")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Z]?\d?")  # `60`, `27A`, `6A2`
_UNIT_NUMBER = re.compile(r"\d+[A-Z]?")  # `quận 9`, `quốc lộ 7B`
_NUMBER_GOES_ON = re.compile(r"[.,]\d")  # `quãng đường 81.000 km` is no road
_PERSON_INITIALS = re.compile(r"[A-ZĐ]\.[A-ZĐ]\.[A-ZĐ](?!\w)")  # `em H.V.T`: a person, not `H.` (huyện) `V`
_MIDDLE_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+ [A-Z]\. $")  # `Michael B. ` before a surname
_SENTENCE_END = {".", "!", "?", ":", ";", "-", "–", "—", '"', "“", "”", "(", "…"}
MAX_NAME_TOKENS = 6  # longest place name looked up (`Rio Grande do Norte` has 4)
MAX_RUN_TOKENS = 5  # longest unknown capitalized name taken after a generic word
# Between a place and the enclosing unit written after it: `, TP. `, ` (`, `, tỉnh `.
_CHAIN_GAP = re.compile(r"\)?\s?[,(-]\s?(?:[^\W\d]{1,9}\.? ?){0,3}")
# A match score right after a place makes it a team: `trước An Giang 2-1` (not `Hà Nội 2-3 ngày`).
_SCORE = re.compile(r" \d{1,2} ?[-–] ?\d{1,2}(?![\d/.,])(?: (\w+))?")
_ADDRESS_END = {")", ",", ".", ";"}  # what may follow the district that ends an address
_NOT_HOUSE_BEFORE = {"năm", "khoảng", "gần", "hơn", "tới", "có", "và"}  # a count or a year, not a house
_DASHES = ("-", "–")
_ROAD_CODE = re.compile(r"(?<![\w.])([A-ZĐ]{2})\s?(\d{1,3}[A-D]?)(?!\w|[.,/-]\d)")  # `QL1A`, `TL 10`
_CHAIN_MARKS = (",", "(", *_DASHES)  # between a unit and the unit that holds it
_LAST_WORDS = re.compile(r"(?:\b(\w+) )?(?:\b(\w+) )?\b(\w+) $")  # the three words before a name
EVENT_WINDOW = 10  # tokens looked back for an event name holding a place (`Hội chợ Du lịch quốc tế Việt Nam`)
MAX_SIBLING_TOKENS = 3  # a bare commune listed beside a district of its province (`Tú Lệ, Mù Cang Chải`)
NATURE_KINDS = frozenset({"vịnh", "sông", "núi", "đảo", "đèo", "thác", "biển"})  # capitalised before a place
PLURAL_WORDS = frozenset({"các", "những", "nhiều", "mọi"})  # before a street word that opens a list
STREET_LIST_INTROS = frozenset({"như", "gồm", ":"})  # `các phố như Tạ Hiện, Hàng Buồm`
STREET_LIST_LINKS = frozenset({"ở", "của", "tại"})  # `các tuyến phố ở Đà Lạt như Trần Phú`: the city
STREET_ROUTE_WORDS = frozenset({"tuyến", "con"})  # between the plural and the street word
GAMES_WINDOW = 3  # tokens looked back for a games name before its host city (`Olympic mùa Đông Bắc Kinh`)


RING_ROAD = ["vành", "đai"]  # `đường vành đai 3`
BEFORE_KNOWN_CUES = frozenset({"ở", "tại", "gần", "("})  # before a town written beside its region
MAX_BEFORE_KNOWN = 3  # words of such a town's name
AT_WORDS = frozenset({"ở", "tại"})  # `ở Lỗ Giao`: a village no gazetteer lists


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
    def names_lex(self) -> NameLexicon:
        """The people's and bodies' lexicons, shared with those stages (given names)."""
        return self.res.shared("name_lexicon", lambda: NameLexicon(self.res))

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        return self.res.shared("gazetteer", Gazetteer.load)  # one copy with the refiner's

    @functools.cached_property
    def generic(self) -> dict[tuple[str, ...], str]:
        """Generic words as token tuples (`("TP", ".")`) -> kind."""
        return {tuple(_TOKEN.findall(k)): v for k, v in self.lex["generic"].items()}

    @functools.cached_property
    def generic_first(self) -> dict[str, int]:
        """First token of a generic word -> its longest length in tokens (a cheap first test)."""
        return _longest_by_first(self.generic)

    @functools.cached_property
    def names(self) -> dict[tuple[str, ...], tuple[str, bool]]:
        """Bare names as token tuples -> (name to link, is a Vietnamese unit)."""
        out: dict[tuple[str, ...], tuple[str, bool]] = {}
        world = self.res.json("places_world.json")
        extra = self.lex["world_extra"]
        for kind in ("country", "region", "city", "landmark"):
            for n in (*world.get(kind, ()), *extra.get(kind, ())):
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
        for n in self.lex["home_bare"]:  # `Côn Đảo` links to its district; `Hà Tây` (old) to none
            units = self.gazetteer.by_name.get(fold_case(n).lower(), ())
            out[tuple(_TOKEN.findall(fold_case(n)))] = (n, any(u.level != "ward" for u in units))
        for n in self.lex["no_bare"]:
            out.pop(tuple(_TOKEN.findall(n)), None)
        return out

    @functools.cached_property
    def home(self) -> frozenset[str]:
        """Vietnamese names that are no administrative unit (`miền Trung`, `Hà Tây`): never foreign."""
        return frozenset(self.lex["home_names"]) | frozenset(self.lex["home_bare"])

    @functools.cached_property
    def name_first(self) -> dict[str, int]:
        """First token of a bare name -> its longest length in tokens (a cheap first test)."""
        return _longest_by_first(self.names)

    @functools.cached_property
    def words(self) -> dict[str, frozenset[str]]:
        """The context word lists of the lexicon as sets."""
        keys = ("not_before", "not_before_single", "person_before", "ambiguous_single", "directions",
                "country_before", "list_joints", "pronoun_names", "event_breaks", "score_units",
                "generic_not_after", "street_kinds", "surnames", "admin_kinds", "numbered_kinds",
                "capitalized_kinds", "team_before", "team_before_local", "direction_cues",
                "position_words", "kindless", "kind_only", "work_heads", "kind_only_not_after",
                "postposed", "postposed_closers", "opening_words", "venue_heads", "club_heads",
                "org_tails", "org_tail_not_place", "house_cues", "pair_only", "club_tails", "located_cues",
                "university_not_town", "address_kinds", "listing_kinds", "at_not_places", "crossing_kinds",
                "dashed_kinds", "bodies_after_admin", "unit_club_tails")
        out = {k: frozenset(self.lex[k]) for k in keys}
        out["not_before_any"] = out["not_before"] | out["team_before_local"]
        return out

    @functools.cached_property
    def echo_kinds(self) -> frozenset[str]:
        """The kind words an echoed name may take from before it: `kind_only` and every generic word of
        one or two syllables (`ga`, `sân bay`)."""
        short = frozenset(k.lower() for k in self.lex["generic"] if len(k.split()) <= 2)
        return self.words["kind_only"] | short

    @functools.cached_property
    def nation_before(self) -> frozenset[str]:
        """Words after which a country is the nation, not its team: orgs.json `nation_before` (shared with
        the ORG rules), the located cues and the words of going somewhere (`giờ`, `ở`, `tới`)."""
        nation = frozenset(w.lower() for w in self.res.json("orgs.json")["nation_before"])
        return nation | self.words["located_cues"] | _TO_PLACE

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        return frozenset(fold_case(n) for n in self.res.json("places_world.json")["country"])

    @functools.cached_property
    def towns(self) -> frozenset[tuple[str, ...]]:
        """Smaller foreign cities, trusted only after a club word (`Celta Vigo`)."""
        return frozenset(tuple(_TOKEN.findall(n)) for n in self.res.json("places_world.json").get("town", ()))

    @functools.cached_property
    def town_first(self) -> dict[str, int]:
        """First token of a town -> its longest length in tokens (a cheap first test)."""
        return _longest_by_first(self.towns)

    @functools.cached_property
    def syllables(self) -> frozenset[str]:
        """Vietnamese syllables (underthesea's Viet74K): `Pierre` is none, so `Pháp Pierre` splits."""
        path = self.res.underthesea_dir / "corpus/data/Viet74K.txt"
        text = path.read_text(encoding="utf-8").lower()
        return frozenset(normalize_text(text)[0].split())  # one pass: 6x faster than a call per word

    @functools.cached_property
    def compass(self) -> frozenset[tuple[str, ...]]:
        """Known names made only of compass words (`Tây Bắc`, `Đông Nam`): a direction after `hướng`."""
        dirs = self.words["directions"]
        return frozenset(t for t in self.names if all(x in dirs for x in t))

    @functools.cached_property
    def event_heads(self) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(_TOKEN.findall(h)) for h in self.lex["event_heads"])

    @functools.cached_property
    def games_heads(self) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(_TOKEN.findall(h)) for h in self.lex["games_heads"])

    @functools.cached_property
    def event_after(self) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(_TOKEN.findall(h)) for h in self.lex["event_after"])

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
        found = self._fused(text) + self._prefixed(text, toks, starts, ends) + self._postposed(text, toks)
        found += self._clubbed(text, toks, ends) + self._addressed(text, toks, starts, ends)
        found += self._paired(text, toks) + self._routes(text, toks) + self._located(text, toks, starts, ends)
        found += self._streets_listed(text, toks, ends) + self._branches(text, toks, ends)
        orgs = sorted((m.start, m.end) for m in doc.mentions if m.label == "ORG")
        found += self._bare(text, toks, starts, ends, words, found, orgs)
        found += self._before_known(text, toks, found, orgs)
        found += self._towns_cued(text, toks, found, orgs, ends)
        found += self._org_tails(text, toks, found, orgs, ends)
        found += self._org_tails_foreign(text, toks, found, orgs, ends)
        found += self._foreign_at(text, toks, found, orgs)
        found += self._chained(text, toks, found, starts, ends)
        found += self._siblings(text, toks, found, starts, ends)
        quoted = [(m.start, m.end) for m in doc.mentions if m.label == "QUOTED"]
        found += self._echoed(text, toks, found, starts, ends, quoted)
        signed = signature(doc)  # the writer's name on the last lines (`Hải Vân`): a person (people stage)
        found = [f for f in found if not overlaps(signed, f.start, f.end)]
        word_before = {b.start: a.text.lower() for a, b in zip(words, words[1:])}
        team_before = self.words["team_before"]
        teams = {f.name for f in found if f.rank != 1 and word_before.get(f.start) in team_before}
        # `giờ Việt Nam`, `tới Indonesia`: the country, though its team is named so too
        nation = {f.start for f in found
                  if fold_case(f.name) in self.countries and word_before.get(f.start) in self.nation_before}
        # `CLB Hà Nội`: the city inside a body's name stays a place, though its team is named so too
        nested = {f.start for f in found if any(a < f.start and f.end <= b for a, b in orgs)}
        chosen = _non_overlapping([f for f in found if f.name not in teams or f.written_generic or (
            f.start in nation or f.start in nested)])
        doc_names = [f.name for f in chosen]
        sents = [doc.sentence_at(f.start) for f in chosen]
        by_sent: dict[int, list[int]] = {}
        for i, s in enumerate(sents):
            by_sent.setdefault(s, []).append(i)
        home = self.home
        kindless, kind_only = self.words["kindless"], self.words["kind_only"]
        for i, f in enumerate(chosen):
            near = [chosen[j].name for j in by_sent[sents[i]] if j != i]
            chain = _chain(text, chosen, i)
            kind = None if f.kind in kindless else f.kind
            if kind is None and f.rank == 2:
                # an echoed name takes any kind word before it (`ga Bến Thành`)
                kinds = self.echo_kinds if f.source == "loc:echo" else kind_only
                kind = _kind_before(text, f.start, starts, kinds, self.words["kind_only_not_after"])
            m = Mention("LOC", f.start, f.end, text[f.start : f.end], kind=kind, source=f.source)
            foreign = [g for g in chain if g.world and g.name not in home]
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
        """`TP.HCM`, `TPHCM` (a unit, no kind); road codes `QL1A`, `TL 10` (kind `quốc lộ`, `tỉnh lộ`)."""
        table, codes = self.lex["fused"], self.lex["road_codes"]
        out = [
            _Found(m.start(), m.end(), table[m.group(0)], None, 0, "loc:fused", True)
            for m in self.fused.finditer(text)
        ]
        out += [_Found(m.start(), m.end(), m.group(0), codes[m.group(1)], 0, "loc:road-code", False)
                for m in _ROAD_CODE.finditer(text) if m.group(1) in codes]
        return out

    def _addressed(self, text: str, toks: list[_Tok], starts: set[int], ends: set[int]) -> list[_Found]:
        """A street after a house number, before its ward or district: `chung cư 60 Nguyễn Trãi,
        phường Bến Thành` (the street word left out), `(216 Trần Duy Hưng, Cầu Giấy)` (a known
        district written bare, a place too), or alone in brackets: `(169 Trần Hưng Đạo)`."""
        out = []
        admin, cues = self.words["admin_kinds"], self.words["house_cues"]
        taken = 0  # a street listed in a run of addresses is found with the first one
        for i, t in enumerate(toks[1:-3], 1):
            if i < taken or not (_HOUSE_NUMBER.fullmatch(t.text) and _adjacent(text, toks, i - 1, i + 2)):
                continue
            cued = toks[i - 1].text.lower() in cues or toks[i - 1].text == "("  # (`Địa chỉ: Số 27A …`)
            j = _number_end(toks, i)
            k = _cap_run(text, toks, j)
            if cued and k - j >= 2 and k < len(toks) and toks[i - 1].text == "(" and toks[k].text == ")" and (
                    toks[k - 1].end in ends and _adjacent(text, toks, i - 1, k + 1)):
                a, b = toks[j].start, toks[k - 1].end  # a whole bracket `(169 Trần Hưng Đạo)`
                out.append(_Found(a, b, text[a:b], None, 1, "loc:address", False))
                continue
            # without a cue, the number may be no house number: no year (`năm 2005 Nguyễn Văn A, phường …`)
            if not cued and (len(t.text) == 4 or toks[i - 1].text.lower() in _NOT_HOUSE_BEFORE):
                continue
            streets = []
            while k - j >= 2 and k + 1 < len(toks) and toks[k].text == "," and toks[k - 1].end in ends and (
                    _adjacent(text, toks, k - 1, k + 2)):
                streets.append((toks[j].start, toks[k - 1].end))
                if not _HOUSE_NUMBER.fullmatch(toks[k + 1].text):
                    break
                j = _number_end(toks, k + 1)  # `120 Hàng Bông, 47 Hàng Thiếc, 71 Bát Đàn, quận Hoàn Kiếm`
                k = _cap_run(text, toks, j)
            if not streets or toks[k].text != ",":
                continue
            g = self._generic_at(toks, k + 1, text) if toks[k + 1].start in starts else None
            district = None if g else self._district_at(text, toks, k + 1, ends)
            if g and g[1] in admin or district:
                out.extend(_Found(a, b, text[a:b], None, 1, "loc:address", False) for a, b in streets)
                out.extend([district] if district else [])
                taken = k
        return out

    def _district_at(self, text: str, toks: list[_Tok], j: int, ends: set[int]) -> _Found | None:
        """A known district that ends an address: `Cầu Giấy` in `(216 Trần Duy Hưng, Cầu Giấy)`."""
        e = _cap_run(text, toks, j)
        if e == j or toks[e - 1].end not in ends or e < len(toks) and toks[e].text not in _ADDRESS_END:
            return None
        name = text[toks[j].start : toks[e - 1].end]
        if not any(u.level == "district" for u in self.gazetteer.candidates(name)):
            return None
        return _Found(toks[j].start, toks[e - 1].end, name, None, 1, "loc:address", True)

    def _chained(
        self, text: str, toks: list[_Tok], found: list[_Found], starts: set[int], ends: set[int]
    ) -> list[_Found]:
        """Bare units written before the unit that holds them, comma after comma: `(Ba Đình, Hà Nội)`,
        `Cẩm Xuyên - Hà Tĩnh`, `Phong Khê (TP Bắc Ninh)`,
        `286 Thụy Khuê, Tây Hồ, Hà Nội` (each checked in the gazetteer); a name after a house number
        that is no unit there is the street (`số 5 Lê Lợi, Hoàn Kiếm`)."""
        index = {t.start: i for i, t in enumerate(toks)}
        taken = {f.start for f in found}
        todo = [f for f in found if f.admin]
        out: list[_Found] = []
        while todo:
            f = todo.pop()
            i = index.get(f.start)
            c = self._comma_before(text, toks, i) if i else None
            if c is None or c < 1 or not (toks[c - 1].cap and toks[c - 1].text.isalpha()):
                continue
            a = _cap_run_back(text, toks, c, MAX_RUN_TOKENS + 1, alpha=True)  # one more: too long
            if c - a > MAX_RUN_TOKENS or toks[a].start in taken:
                continue
            if toks[a].start not in starts or toks[c - 1].end not in ends:
                continue
            if a and toks[a - 1].text in self.words["person_before"]:
                continue  # `ông Ba Đình, Hà Nội`
            name = text[toks[a].start : toks[c - 1].end]
            key = fold(f.name)
            if any(key in u.enclosing() for u in self.gazetteer.candidates(name)):
                g = _Found(toks[a].start, toks[c - 1].end, name, None, 1, "loc:chain", True)
                todo.append(g)
            elif c - a >= 2 and a > 1 and toks[a - 1].text.isdigit() and _adjacent(text, toks, a - 2, a + 1) \
                    and (toks[a - 2].text in self.words["house_cues"] or toks[a - 2].text in "(,"):
                g = _Found(toks[a].start, toks[c - 1].end, name, None, 1, "loc:address", False)
            else:
                continue
            out.append(g)
            taken.add(g.start)
        return out

    def _siblings(
        self, text: str, toks: list[_Tok], found: list[_Found], starts: set[int], ends: set[int]
    ) -> list[_Found]:
        """A bare commune or district listed with a district of its own province, either side of a
        comma: `mùa thu Tú Lệ, Mù Cang Chải`, `Mù Cang Chải, Tú Lệ (Yên Bái)` (both in Yên Bái)."""
        index = {t.start: i for i, t in enumerate(toks)}
        last = {t.end: i for i, t in enumerate(toks)}
        taken = [(f.start, f.end) for f in found]
        todo = [f for f in found if not f.world]
        out: list[_Found] = []
        while todo:
            f = todo.pop()
            provinces = {u.province for u in self.gazetteer.candidates(f.name) if u.level != "province"}
            i, e = index.get(f.start), last.get(f.end)
            if not provinces or i is None or e is None:
                continue
            runs = []
            if i >= 3 and toks[i - 1].text == "," and toks[i - 2].cap:  # the run before the comma
                runs.append((_cap_run_back(text, toks, i - 1, MAX_SIBLING_TOKENS), i - 1))
            if e + 2 < len(toks) and toks[e + 1].text == ",":  # the run after it
                runs.append((e + 2, _cap_run(text, toks, e + 2)))
            for a, b in runs:
                if not 2 <= b - a <= MAX_SIBLING_TOKENS or (
                        toks[a].start not in starts or toks[b - 1].end not in ends):
                    continue
                if a and toks[a - 1].cap or b < len(toks) and toks[b].cap:
                    continue  # part of a longer name
                if toks[a].text in self.words["surnames"] or any(x <= toks[a].start < y for x, y in taken):
                    continue  # `Tam Kỳ, Nguyễn Văn A`
                name = text[toks[a].start : toks[b - 1].end]
                units = self.gazetteer.candidates(name)
                if any(u.level != "province" and u.province in provinces for u in units):
                    g = _Found(toks[a].start, toks[b - 1].end, name, None, 2, "loc:sibling", True)
                    out.append(g)
                    todo.append(g)
                    taken.append((g.start, g.end))
        return out

    def _echoed(
        self, text: str, toks: list[_Tok], found: list[_Found], starts: set[int], ends: set[int],
        quoted: list[tuple[int, int]],
    ) -> list[_Found]:
        """A unit named once with its administrative word is that unit wherever its name stands
        alone in the article, outside quoted names: `xã Việt Hùng` ... `ở Lỗ Giao, Việt Hùng`. So is
        a street of two syllables or more named once with its street or crossing word, though it is
        spelled as a person's name: `ngã tư Khuất Duy Tiến` ... `các phố Khuất Duy Tiến, Phạm Hùng`;
        and a site named with its kind word, of two syllables or a foreign word: `hồ Bàu Trắng` ...
        `Tới Bàu Trắng`, `hang động Amarnath` ... `lễ hành hương Amarnath`."""
        admin, person_before = self.words["admin_kinds"], {w.lower() for w in self.words["person_before"]}
        streets = self.words["street_kinds"] | self.words["crossing_kinds"]
        names = {}
        for f in found:  # (a street of one token, `phố Huế`, is too often something else alone)
            key = tuple(_TOKEN.findall(text[f.start:f.end]))
            street = f.kind in streets and len(key) > 1 and not key[0].isdigit()
            site = f.kind and f.kind not in streets and not key[0].isdigit() and (
                len(key) > 1 or self._foreign_word(key[0]))
            if f.rank == 1 and (f.kind in admin or street or site):
                names[key] = f
        street_ends = {f.end for f in found if f.kind in streets}
        taken = [(f.start, f.end) for f in found] + quoted
        out: list[_Found] = []
        for i in range(len(toks)):
            for key, f in names.items():
                j = i + len(key)
                if tuple(t.text for t in toks[i:j]) != key or not _adjacent(text, toks, i, j):
                    continue
                if i and toks[i - 1].cap or j < len(toks) and toks[j].cap or (
                        toks[i].start not in starts or toks[j - 1].end not in ends):
                    continue  # part of a longer name, or inside a segmenter word
                if any(x < toks[j - 1].end and toks[i].start < y for x, y in taken) or (
                        i and toks[i - 1].text.lower() in person_before) or (
                        self._in_event(toks, i, j, text) or self._in_title(toks, i, text)):
                    continue  # (`ông Việt Hùng` is a man; `Sáng kiến Thiên Tân` an initiative)
                if f.kind not in admin and self._street_echo_vetoed(text, toks, i, street_ends):
                    continue
                out.append(_Found(toks[i].start, toks[j - 1].end, f.name, None, 2, "loc:echo", f.admin))
                taken.append((out[-1].start, out[-1].end))
        return out

    @functools.cached_property
    def person_titles(self) -> frozenset[str]:
        """Titles, degrees and honorifics of people.json, folded (`giáo sư`, `bộ trưởng`, `ông`)."""
        lex = self.names_lex
        return lex.words("people", "titles") | lex.words("people", "degree_titles") | lex.words(
            "people", "honorifics")

    def _street_echo_vetoed(self, text: str, toks: list[_Tok], i: int, street_ends: set[int]) -> bool:
        """A street's name standing alone is no street after a title (`giáo sư Nguyễn Thiện Thành` is
        the man), a place veto (`người Sài Gòn`) or a dash that does not follow another street
        (`cao tốc TP.HCM - Trung Lương` is a route; `ngã tư Dương Đình Nghệ - Phạm Hùng` two streets)."""
        prev = toks[i - 1].text if i else ""
        return self._titled(text, toks[i].start) or prev.lower() in self.words["not_before"] or (
            prev in _DASHES and i > 1 and toks[i - 2].end not in street_ends)

    def _titled(self, text: str, start: int) -> bool:
        """A person's title or honorific stands right before `start` (`Giáo sư ⟨Nguyễn Thiện Thành⟩`)."""
        before = fold(text[max(0, start - 40):start]).split()
        return any(" ".join(before[-n:]) in self.person_titles for n in range(1, min(4, len(before)) + 1))

    def _comma_before(self, text: str, toks: list[_Tok], i: int) -> int | None:
        """Index of the comma (or dash, or opening bracket) before token i, a generic word allowed
        between (`, quận Tây Hồ`, `Cẩm Xuyên - Hà Tĩnh`, `Phong Khê (TP Bắc Ninh)`)."""
        for c in range(i - 1, max(0, i - 4), -1):
            if toks[c].text in _CHAIN_MARKS:
                between = i - c - 1
                g = self._generic_at(toks, c + 1, text) if between else None
                if (not between or g and g[0] == between) and _adjacent(text, toks, c - 1, i + 1):
                    return c
                return None
        return None

    def _clubbed(self, text: str, toks: list[_Tok], ends: set[int]) -> list[_Found]:
        """The city of a club written after a club word: `Real Madrid`, `Celta Vigo` (towns too)."""
        out = []
        for i, t in enumerate(toks[:-1]):
            if t.text not in self.words["club_heads"] or not _adjacent(text, toks, i, i + 2):
                continue
            k = _cap_run(text, toks, i + 1)
            for n in range(k - i - 1, 0, -1):
                name = tuple(x.text for x in toks[i + 1 : i + 1 + n])
                hit = self.names.get(name)
                if toks[i + n].end in ends and (hit and not hit[1] or name in self.towns):
                    a, b = toks[i + 1].start, toks[i + n].end
                    out.append(_Found(a, b, text[a:b], None, 1, "loc:club", False, world=True))
                    break
        for i, t in enumerate(toks[1:], 1):  # `Manchester United`, `Arsenal-Manchester City`, `Sài Gòn FC`
            unit_club = t.text in self.words["unit_club_tails"]
            if t.text not in self.words["club_tails"] and not unit_club:
                continue
            for n in range(min(3, i), 0, -1):
                name = tuple(x.text for x in toks[i - n : i])
                hit = self.names.get(name)
                # a foreign city (`Man City`: no town), or a Vietnamese unit before `FC` (not `Liverpool FC`)
                placed = hit and (hit[1] if unit_club else not hit[1])
                if not placed or not _adjacent(text, toks, i - n, i + 1):
                    continue
                if i > n and toks[i - n - 1].cap and _adjacent(text, toks, i - n - 1, i - n + 1):
                    break  # a longer name: `West Ham United`
                a, b = toks[i - n].start, toks[i - 1].end
                out.append(_Found(a, b, " ".join(name), None, 1, "loc:club", False, world=True))
                break
        return out

    def _located(self, text: str, toks: list[_Tok], starts: set[int], ends: set[int]) -> list[_Found]:
        """A district's bare name after a word of place (`tại Long Biên`, `quê quán Cẩm Xuyên`):
        districts are left out of the bare names because many are also given names."""
        out = []
        cues = self.words["located_cues"]
        for i in range(len(toks) - 2):
            if toks[i].text.lower() not in cues or not _adjacent(text, toks, i, i + 2):
                continue
            j = i + 1
            k = _cap_run(text, toks, j)
            if not 2 <= k - j <= 3 or toks[j].start not in starts or toks[k - 1].end not in ends:
                continue
            name = text[toks[j].start : toks[k - 1].end]
            if any(u.level == "district" for u in self.gazetteer.candidates(name)):
                out.append(_Found(toks[j].start, toks[k - 1].end, name, None, 2, "loc:located", True))
            elif toks[i].text.lower() in AT_WORDS and toks[j].text.lower() not in self.generic_first and all(
                    self._syllable(t) for t in toks[j:k]):  # (`ở Mũi Cà Mau`: the kind word opens the run)
                out.append(_Found(toks[j].start, toks[k - 1].end, name, None, 2, "loc:at", False))
        return out

    def _before_known(self, text: str, toks: list[_Tok], found: list[_Found], orgs) -> list[_Found]:
        """A foreign name that no list holds, after `ở`/`tại`/`gần`/`(` and before a comma or bracket
        and a known foreign place: a town of that place (`tại Flint, Michigan`, `ở Kure (Hiroshima)`)."""
        at = {t.start: i for i, t in enumerate(toks)}
        taken = {(f.start, f.end) for f in found}
        out = []
        for f in found:
            j = at.get(f.start)
            if not f.world or j is None or j < 3 or toks[j - 1].text not in (",", "("):
                continue
            e = j - 1
            s = e
            while s > 0 and e - s < MAX_BEFORE_KNOWN and toks[s - 1].text[:1].isupper() and (
                    self._foreign_word(toks[s - 1].text)) and _adjacent(text, toks, s - 1, e):
                s -= 1
            if s == e or s == 0 or toks[s - 1].text.lower() not in BEFORE_KNOWN_CUES:
                continue
            a, b = toks[s].start, toks[e - 1].end
            if (a, b) in taken or any(x < b and a < y for x, y in orgs):
                continue
            out.append(_Found(a, b, text[a:b], None, 2, "loc:before-place", False, world=True))
        return out

    def _towns_cued(self, text: str, toks: list[_Tok], found: list[_Found], orgs, ends: set[int],
                    ) -> list[_Found]:
        """A foreign town of 100,000 people or more (GeoNames) after `ở`/`tại`/`gần` (`tại Kure`,
        not inside a club's name) or after `Đại học` (`Đại học Sheffield`, the town nested in the body):
        elsewhere a town's name is too often a person's or a club's (`Lincoln`, `Chelsea`)."""
        taken = [(f.start, f.end) for f in found]
        out = []
        for i in range(1, len(toks)):
            before = toks[i - 1].text.lower()
            university = before == "đh" or before == "học" and i > 1 and toks[i - 2].text.lower() == "đại"
            if not (before in AT_WORDS or before == "gần" or university) or not toks[i].cap:
                continue
            longest = self.town_first.get(toks[i].text, 0)
            n = next((n for n in range(min(longest, len(toks) - i), 0, -1)
                      if tuple(t.text for t in toks[i:i + n]) in self.towns and toks[i + n - 1].end in ends
                      and _adjacent(text, toks, i - 1, i + n)), 0)
            if not n or i + n < len(toks) and toks[i + n].cap and _adjacent(text, toks, i, i + n + 1):
                continue  # the name goes on: `Đại học Lincoln Memorial`
            a, b = toks[i].start, toks[i + n - 1].end
            if any(x < b and a < y for x, y in taken):
                continue
            if university and text[a:b] in self.words["university_not_town"]:
                continue  # `Đại học Columbia`
            if not university and any(x < b and a < y for x, y in orgs):
                continue  # `tại Chelsea`: the club
            out.append(_Found(a, b, text[a:b], None, 2, "loc:town", False, world=True))
        return out

    def _foreign_at(self, text: str, toks: list[_Tok], found: list[_Found], orgs) -> list[_Found]:
        """A foreign name no list holds, right after `ở`/`tại` and closed by punctuation or a
        lower-case word: a place (`dinh thự ở Brentwood của họ`, `tại Samothrace`); not a body the
        ORG rules found (`tại Google`) nor a person by a known given name."""
        taken = [(f.start, f.end) for f in found] + [(a, b) for a, b in orgs]
        out = []
        for i in range(1, len(toks)):
            if toks[i - 1].text not in AT_WORDS or not toks[i].cap or (
                    not _adjacent(text, toks, i - 1, i + 1)):
                continue
            k = _glued_on(text, toks, _cap_run(text, toks, i))
            run = toks[i:k]
            if not all(t.text.isalpha() and self._foreign_word(t.text) for t in run if t.text != "-"):
                continue
            if k < len(toks) and (toks[k].text[:1].isdigit() or toks[k].text in ("&", "'", "’")) or (
                    any(t.text in self.words["at_not_places"] for t in run)):
                continue  # `tại Euro 2020`, `ở McDonald's`, `tại Champions League`: an event, a brand
            a, b = run[0].start, run[-1].end
            person = len(run) > 1 and self.names_lex.is_first_name(run[0].text)
            if person or any(x < b and a < y for x, y in taken):
                continue
            out.append(_Found(a, b, text[a:b], None, 2, "loc:at-foreign", False, world=True))
        return out

    def _body_tails(self, text: str, toks: list[_Tok], orgs, ends: set[int], lengths: tuple[int, ...]):
        """For each body's name that ends on a word's edge: (start, end, its tails), the tails being
        (index, tokens) runs of `lengths` tokens that end it, longest first, inside the name and one
        space apart (`Củ Chi` of `Bệnh viện dã chiến Củ Chi`)."""
        at_end = {t.end: i for i, t in enumerate(toks)}
        for a, b in orgs:
            e = at_end.get(b)
            if e is None or b not in ends:
                continue
            yield a, b, [(s, toks[s:e + 1]) for s in (e - n + 1 for n in lengths)
                         if s >= 1 and toks[s - 1].start >= a and _adjacent(text, toks, s, e + 1)]

    def _org_tails(self, text: str, toks: list[_Tok], found: list[_Found], orgs, ends: set[int],
                   ) -> list[_Found]:
        """A Vietnamese unit of two or three capitalised syllables that ends a body's name is a place
        nested in it (`Bệnh viện dã chiến Củ Chi`, `Đồn Biên phòng Lao Bảo`), unless it reads as a
        person's full name (`Trường THPT chuyên Lê Hồng Phong`) or names a known institution
        (`Bệnh viện Bạch Mai`, places_lexicon.json `org_tail_not_place`)."""
        taken = [(f.start, f.end) for f in found]
        surnames, not_place = self.words["surnames"], self.words["org_tail_not_place"]
        out = []
        for _, b, tails in self._body_tails(text, toks, orgs, ends, (3, 2)):
            for s, run in tails:
                if not all(t.cap and self._syllable(t) for t in run):
                    continue
                name = text[run[0].start:b]
                if (len(run) == 3 and run[0].text in surnames) or name in not_place or toks[s - 1].cap and (
                        _adjacent(text, toks, s - 1, s + len(run))):
                    break  # a person, a known institution, or a longer capitalised name
                if self.gazetteer.candidates(name) and not any(x < b and run[0].start < y for x, y in taken):
                    out.append(_Found(run[0].start, b, name, None, 2, "loc:org-tail", True))
                break
        return out

    def _org_tails_foreign(self, text: str, toks: list[_Tok], found: list[_Found], orgs, ends: set[int],
                           ) -> list[_Found]:
        """A foreign country, city or town that ends a body's name is a place nested in it (`Đại học
        Công nghệ Eindhoven`, `hải quân Indonesia`, the known club `Cerezo Osaka`); not after another
        foreign word (`Đại học George Washington`, `Hampden-Sydney`: a person's or a longer name),
        nor one Vietnamese syllable, which ends a person's name as often (`Trường Hồng Đức`), nor a
        university named after a person (`Đại học Columbia`)."""
        taken = [(f.start, f.end) for f in found]
        not_place = self.words["university_not_town"] | self.words["org_tail_not_place"]
        out = []
        for a, b, tails in self._body_tails(text, toks, orgs, ends, (3, 2, 1)):
            for s, run in tails:
                if text[run[0].start - 1] != " ":
                    continue
                name = text[run[0].start:b]
                hit = self.names.get(tuple(_TOKEN.findall(fold_case(name))))
                if not (hit and not hit[1]) and tuple(t.text for t in run) not in self.towns:
                    continue
                prev = toks[s - 1]
                foreign_before = prev.cap and not self._syllable(prev) and not prev.text.isupper() and (
                    fold(text[a:b]) not in self.known_orgs)
                if len(run) == 1 and self._syllable(run[0]) or name in not_place or foreign_before or any(
                        x < b and run[0].start < y for x, y in taken):
                    break
                out.append(_Found(run[0].start, b, hit[0] if hit else name, None, 2, "loc:org-tail", False,
                                  world=True))
                break
        return out

    @functools.cached_property
    def known_orgs(self) -> frozenset[str]:
        """Well-known bodies and clubs of orgs.json, folded (`cerezo osaka`)."""
        orgs = self.names_lex.orgs
        return frozenset(fold(n) for n in orgs["known"] + orgs["clubs"])

    def _syllable(self, t: _Tok) -> bool:
        """A capitalised Vietnamese syllable (`Giao`), not an acronym or a foreign word."""
        return t.text.isalpha() and not t.text.isupper() and t.text.lower() in self.syllables

    def _routes(self, text: str, toks: list[_Tok]) -> list[_Found]:
        """A road named by its two ends after a route word, and the routes listed after it:
        `cao tốc Bến Lức - Long Thành`, `nút giao Ngọc Hồi - Giải Phóng`, `đoạn Nguyễn Trãi - Nguyễn Xiển`."""
        out = []
        routes = self.lex["route_words"]  # route word -> kind (None: no kind, `đoạn`)
        firsts = self.route_firsts
        i = 0
        while i < len(toks):
            n, kind = self._route_word_at(toks, i, routes) if toks[i].text.lower() in firsts else (0, None)
            if not n:
                i += 1
                continue
            j = i + n
            while True:
                end = self._route_at(text, toks, j)
                if not end or not _adjacent(text, toks, j - 1, j + 1):
                    break
                name = text[toks[j].start : toks[end - 1].end]
                out.append(_Found(toks[j].start, toks[end - 1].end, name, kind, 0, "loc:route", False))
                kind = None  # only the first route has its generic word before it
                if end + 1 < len(toks) and toks[end].text in (",", "và") and toks[end + 1].cap:
                    j = end + 1
                    continue
                break
            i = j
        return out

    @functools.cached_property
    def route_firsts(self) -> frozenset[str]:
        """First words of the route words (`cao` of `cao tốc`): most tokens open none."""
        return frozenset(w.split()[0] for w in self.lex["route_words"])

    @staticmethod
    def _route_word_at(toks: list[_Tok], i: int, routes: dict) -> tuple[int, str | None]:
        for n in (3, 2, 1):
            words = " ".join(t.text.lower() for t in toks[i : i + n])
            if len(toks) - i > n and words in routes:
                return n, routes[words]
        return 0, None

    def _route_at(self, text: str, toks: list[_Tok], j: int) -> int:
        """End of `X - Y` (or `X - Y - Z`) from token j (capitalized runs, the dashes spaced), else 0."""
        a_end = _cap_run(text, toks, j)
        if a_end == j or a_end + 1 >= len(toks) or toks[a_end].text not in _DASHES:
            return 0
        if not _adjacent(text, toks, a_end - 1, a_end + 2):
            return 0
        b_end = _cap_run(text, toks, a_end + 1)
        if b_end == a_end + 1:
            return 0
        while b_end + 1 < len(toks) and toks[b_end].text in _DASHES and _adjacent(
                text, toks, b_end - 1, b_end + 2):
            c_end = _cap_run(text, toks, b_end + 1)  # a third end: `cao tốc TPHCM - Long Thành - Dầu Giây`
            if c_end == b_end + 1:
                break
            b_end = c_end
        return b_end

    def _paired(self, text: str, toks: list[_Tok]) -> list[_Found]:
        """A short form paired with a country by a dash: `quan hệ Việt - Mỹ`, `Mỹ - Trung`."""
        out = []
        for i, t in enumerate(toks):
            if t.text not in self.words["pair_only"]:
                continue
            dash_after = i + 2 < len(toks) and toks[i + 1].text in _DASHES
            after = dash_after and self._country_span(text, toks, i + 2, 1)
            before = i > 1 and toks[i - 1].text in _DASHES and self._country_span(text, toks, i - 2, -1)
            if after or before:
                out.append(_Found(t.start, t.end, t.text, None, 2, "loc:paired", False))
        return out

    def _country_span(self, text: str, toks: list[_Tok], j: int, step: int) -> bool:
        """A country name (or another short form) starts (step 1) or ends (step -1) at token j,
        next to the dash."""
        if not _adjacent(text, toks, min(j, j - 2 * step), max(j, j - 2 * step) + 1):
            return False
        for n in range(1, 4):
            lo, hi = (j, j + n) if step > 0 else (j - n + 1, j + 1)
            if lo < 0 or hi > len(toks) or not _adjacent(text, toks, lo, hi):
                break
            edge = toks[hi] if step > 0 and hi < len(toks) else toks[lo - 1] if step < 0 and lo else None
            goes_on = edge is not None and edge.cap and edge.text.isalpha()
            if goes_on and _adjacent(text, toks, lo - 1, hi + 1):
                continue  # the name goes on
            name = text[toks[lo].start : toks[hi - 1].end]
            if name in self.countries or n == 1 and name in self.words["pair_only"]:
                return True
        return False

    def _postposed(self, text: str, toks: list[_Tok]) -> list[_Found]:
        """Sino-Vietnamese names with the generic word after, taken whole: `Liên hồ và Nguyệt hồ`.
        Only a one-syllable name inside a sentence, with the phrase closed after (`ông Đạt hồ hởi`,
        `Biển hồ nước mặn` are no places)."""
        out = []
        w = self.words
        for i in range(1, len(toks) - 1):
            t, g = toks[i], toks[i + 1]
            if g.text not in w["postposed"] or not t.cap or not t.text.isalpha() or t.text.isupper():
                continue
            prev, after = toks[i - 1], toks[i + 2].text if i + 2 < len(toks) else "."
            if not _adjacent(text, toks, i - 1, i + 2) or not prev.text.islower():
                continue
            if prev.text in w["person_before"] or after not in w["postposed_closers"]:
                continue
            out.append(_Found(t.start, g.end, text[t.start : g.end], None, 1, "loc:postposed", False))
        return out

    def _address_unit(self, toks: list[_Tok], i: int, text: str) -> tuple[int, str] | None:
        """(1, kind) of `tổ` in `tổ 14, phường Thịnh Lang`, `Tổ 6 khu Vạn Yên`: a unit word read as a
        numbered place only inside an address, so another place word follows (`tổ 3 người` is a team)."""
        kind = toks[i].text.lower()
        if kind not in self.words["address_kinds"] or i + 2 >= len(toks):
            return None
        if not _UNIT_NUMBER.fullmatch(toks[i + 1].text) or not _adjacent(text, toks, i, i + 2):
            return None
        k = i + 3 if toks[i + 2].text == "," else i + 2
        return (1, kind) if k < len(toks) and self._generic_at(toks, k, text) is not None else None

    def _generic_at(self, toks: list[_Tok], i: int, text: str) -> tuple[int, str] | None:
        """(number of tokens, kind) of the generic word starting at token i, longest first."""
        first = toks[i].text
        longest = self.generic_first.get(first, 0) or self.generic_first.get(first.lower(), 0)
        if not longest:
            return None
        before = toks[i - 1].text.lower() if i and _adjacent(text, toks, i - 1, i + 1) else ""
        if before in self.words["generic_not_after"]:
            return None  # `tên lửa xuyên lục địa Bulava`: part of an adjective
        for n in range(min(longest, len(toks) - i), 0, -1):
            if not _adjacent(text, toks, i, i + n):
                continue
            words = tuple(t.text for t in toks[i : i + n])
            kind = self.generic.get(words)
            if kind is None and first[:1].isupper() and first == first.capitalize():
                low = self.generic.get((first.lower(), *words[1:]))
                if low is None:
                    continue
                opens = (
                    i == 0
                    or toks[i - 1].text in _SENTENCE_END
                    or "\n" in text[toks[i - 1].end : toks[i].start]
                )
                numbered = i + n < len(toks) and toks[i + n].text.isdigit()  # `Quận 1` is read as a unit
                if self._known_at(toks, i, text) and not numbered:
                    return None  # `Bến Tre`, `Núi Thành`: the generic word is part of a known name
                # `Quần đảo Trường Sa`; one generic word before a foreign place: `Đại học Bang Arizona`
                known_after = (  # (`Vịnh Nha Trang`: a natural feature's word before a known place)
                    self._known_run(toks, i + n, text) if n > 1 or low in NATURE_KINDS
                    else self._world_run(toks, i + 1, text)
                )
                if low in self.words["capitalized_kinds"] or opens or known_after:
                    kind = low  # `Huyện Lập Thạch`; `Khe nứt Silfra` only where a sentence opens
            if kind:
                return n, kind
        return None

    def _known_run(self, toks: list[_Tok], j: int, text: str) -> bool:
        """The capitalized run from token j is a known place as a whole (`Trường Sa`, not `Đức Mẹ Kazan`)."""
        k = _cap_run(text, toks, j)
        name = tuple(x.text for x in toks[j:k])
        return k > j and (name in self.names or bool(self.gazetteer.by_name.get(" ".join(name).lower())))

    def _world_run(self, toks: list[_Tok], j: int, text: str) -> bool:
        """The capitalized run from token j is a foreign place as a whole (`Bang Arizona`), not a
        one-syllable name that may be a person's (`Cầu Anh`)."""
        k = _cap_run(text, toks, j)
        name = tuple(x.text for x in toks[j:k])
        hit = self.names.get(name)
        return bool(hit) and not hit[1] and name[0] not in self.words["ambiguous_single"]

    def _known_at(self, toks: list[_Tok], i: int, text: str, shortest: int = 2) -> bool:
        """A known place name of at least `shortest` tokens starts at token i (`Bến Tre`, `Hồ Chí Minh`)."""
        return any(
            tuple(x.text for x in toks[i : i + n]) in self.names
            or self.gazetteer.by_name.get(" ".join(x.text for x in toks[i : i + n]).lower())
            for n in range(shortest, min(MAX_NAME_TOKENS, len(toks) - i) + 1)
            if _adjacent(text, toks, i, i + n)
        )

    def _prefixed(self, text: str, toks: list[_Tok], starts: set[int], ends: set[int]) -> list[_Found]:
        out = []
        w = self.words
        admin, surnames = w["admin_kinds"], w["surnames"]
        numbered = w["numbered_kinds"] | w["address_kinds"]  # (`tổ` only where `_address_unit` read it)
        for i, t in enumerate(toks):
            if t.start not in starts and not (i and toks[i - 1].text[:1].isdigit()):
                continue  # `cầu` inside `yêu cầu` (the segmenter may glue a house number on: `33C ngõ`)
            g = self._generic_at(toks, i, text) or self._address_unit(toks, i, text)
            if not g:
                continue
            n, kind = g
            j = i + n
            gap = text[toks[j - 1].end : toks[j].start] if j < len(toks) else "\n"
            if gap != " " and not (gap == "" and toks[j - 1].text == "."):  # `TP.Lào Cai`
                continue
            nxt = toks[j]
            numbered_unit = _UNIT_NUMBER.fullmatch(nxt.text) and kind in numbered
            if numbered_unit and not _NUMBER_GOES_ON.match(text, nxt.end):
                out.append(
                    _Found(t.start, nxt.end, f"{kind} {nxt.text}", kind, 1, "loc:numbered", kind in admin)
                )
                continue
            ring = [x.text.lower() for x in toks[j:j + 2]] == RING_ROAD and j + 2 < len(toks)
            if ring and kind in w["street_kinds"] and toks[j + 2].text.isdigit():
                name = text[nxt.start : toks[j + 2].end]  # `đường vành đai 3`: a ring road by its number
                out.append(_Found(nxt.start, toks[j + 2].end, name, kind, 1, "loc:ring", False))
                continue
            if not nxt.cap or nxt.text.isupper() and len(nxt.text) > 1 and (nxt.text,) not in self.names:
                continue
            heads = (text[nxt.start:toks[m].end] for m in range(j, min(j + 3, len(toks))))
            if len(t.text) == 1 and not any(self.gazetteer.candidates(h) for h in heads):
                continue  # `P.` `X.` need a known unit (`Q.Gò Vấp`): `Rochelle P. Walensky` is a person
            if len(t.text) == 1 and _PERSON_INITIALS.match(text, t.start):
                continue
            k = _glued_on(text, toks, _cap_run(text, toks, j))  # `sân Gottlieb-Daimler`
            run = toks[j:k]
            closed = k < len(toks) and not toks[k].cap  # `Lý Nhân phòng`: one segmenter word, cut at case
            known = self._dashed_at(toks, j, text) or self._longest_known(run, ends, closed)
            if self._direction_before_place(text, toks, run, k, known):
                continue  # `khu vực Giữa và Nam Biển Đông`, `vùng Đông Bắc Thái Lan`: the bare rule decides
            if known:
                k = j + known
            elif k - j == 1 and len(nxt.text) == 1:
                continue  # a lone letter is a grade or version: `bản E`, `khu A`
            elif toks[k - 1].end not in ends and (k - j == 1 or not closed):
                continue  # `Thành phố Thông minh`, `sân Công viên`: the name runs on in lower case
            elif kind in admin and run[0].text in surnames and len(run) >= 2:
                continue  # `tỉnh Lê Văn Dũng`: a person after a bare generic word
            elif kind in admin and k - j == 1 and nxt.text in w["bodies_after_admin"]:
                continue  # `Tỉnh Đoàn`, `Tỉnh ủy`: the province's body, no place
            elif k - j == 1 and (nxt.text.lower(),) in self.generic:
                continue  # `phố Núi`: an epithet, not a name
            elif _product_code(text, toks, k):
                continue  # `lục địa Topol-M`: a weapon or model
            number_after = k < len(toks) and toks[k].text.isdigit() and _adjacent(text, toks, k - 1, k + 1)
            if kind in admin and number_after and self.gazetteer.candidates(
                text[toks[j].start : toks[k].end]
            ):
                k += 1  # a numbered ward of the gazetteer: `phường Mỹ Đình 2`
            elif number_after and kind not in admin and kind not in w["street_kinds"] and (
                    k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum() or toks[k + 1].text.islower()):
                k += 1  # a site told apart by its number: `khu phố Vĩnh Phước 2`, `khách sạn Như Nguyệt 2`
            if kind in w["dashed_kinds"]:
                k = _dashed_run(text, toks, k)  # `cao tốc TP.HCM - Trung Lương`: a route between two places
            name = text[toks[j].start : toks[k - 1].end]
            target, unit = self.names.get(tuple(x.text for x in toks[j:k]), (name, True))
            full = t.text.islower() and t.text.isalpha()
            is_admin = kind in admin or kind in w["kindless"] and unit  # `thủ đô Hà Nội` links
            out.append(
                _Found(toks[j].start, toks[k - 1].end, target, kind, 1, "loc:generic", is_admin, full)
            )
            if kind in admin and known:
                out.extend(self._listed_after(text, toks, k, ends))
            elif kind in w["crossing_kinds"]:  # `ngã tư Khuất Duy Tiến - Lê Văn Lương`: two streets
                out.extend(self._listed_free(text, toks, k, ends, 2, joiners=_DASHES))
            else:
                plural = i > 0 and (toks[i - 1].text.lower() in PLURAL_WORDS or toks[i - 1].text.isdigit())
                if kind in w["street_kinds"] or kind in admin or plural and kind in w["listing_kinds"]:
                    out.extend(self._listed_free(text, toks, k, ends, 2 if kind in w["street_kinds"] else 1,
                                                 plural))
        return out

    def _dashed_at(self, toks: list[_Tok], j: int, text: str) -> int:
        """Tokens of a known name with a dash from token j (`Ấn Độ Dương - Thái Bình Dương`)."""
        longest = self.name_first.get(toks[j].text, 0)
        for n in range(min(longest, len(toks) - j), 2, -1):
            words = tuple("-" if x.text in _DASHES else x.text for x in toks[j : j + n])  # (an en dash too)
            if "-" in words and words in self.names and _adjacent(text, toks, j, j + n):
                return n
        return 0

    def _direction_before_place(
        self, text: str, toks: list[_Tok], run: list[_Tok], k: int, known: int
    ) -> bool:
        """The capitalized run after a generic word opens with compass words that qualify a place
        (`Nam Biển Đông`, `Giữa và Nam …`), unless the whole is a named region (`Đông Nam Á`)."""
        w = self.words
        qualifiers = w["directions"] | w["position_words"]
        lead = next((d for d, x in enumerate(run) if x.text not in qualifiers), len(run))
        if not lead:
            return False
        if lead == len(run):  # only compass words: more follow after `và` (`Giữa và Nam Biển Đông`)
            return (
                k + 1 < len(toks)
                and toks[k].text == "và"
                and toks[k + 1].text in qualifiers
                and _adjacent(text, toks, k, k + 2)
            )
        rest = tuple(x.text for x in run[lead:])
        return known <= lead and any(rest[:n] in self.names for n in range(1, len(rest) + 1))

    def _streets_listed(self, text: str, toks: list[_Tok], ends: set[int]) -> list[_Found]:
        """Streets or units listed after a plural street or unit word and `như`, `gồm` or a colon, each a
        place even when named after a person: `các phố như Tạ Hiện, Lương Ngọc Quyến và Hàng Buồm`,
        `các xã: Bắc Lý, Chân Lý, Đức Lý`, `5 huyện: Hoài Đức, Đông Anh`, also with the city between
        (`các tuyến phố ở Đà Lạt như Trần Phú, Hai Bà Trưng`)."""
        kinds, intro = self.words["street_kinds"] | self.words["admin_kinds"], STREET_LIST_INTROS
        out = []
        for i in range(1, len(toks) - 2):
            p = i - 1 - (i > 1 and toks[i - 1].text.lower() in STREET_ROUTE_WORDS)  # `các tuyến phố`
            counted = toks[p].text.isdigit() and toks[i + 1].text == ":"  # `5 huyện: Hoài Đức, Đông Anh`
            plural = toks[p].text.lower() in PLURAL_WORDS or counted
            if toks[i].text.lower() not in kinds or not plural:
                continue
            k = i + 1
            if toks[k].text.lower() in STREET_LIST_LINKS and k + 1 < len(toks) and toks[k + 1].cap:
                k = _cap_run(text, toks, k + 1)  # the city the streets belong to (found as a place elsewhere)
            if k >= len(toks) - 1 or toks[k].text.lower() not in intro:
                continue
            k += 1 + (toks[k].text.lower() == "như" and toks[k + 1].text == ":")  # `như: Khuất Duy Tiến`
            while k < len(toks) and len(out) < 50:
                e = _cap_run(text, toks, k)
                if e == k or toks[e - 1].end not in ends or not _adjacent(text, toks, k - 1, e):
                    break
                name = text[toks[k].start : toks[e - 1].end]
                out.append(_Found(toks[k].start, toks[e - 1].end, name, None, 1, "loc:street-list", False))
                if e + 1 < len(toks) and toks[e].text in (",", "và") and _adjacent(text, toks, e - 1, e + 2):
                    k = e + 1
                else:
                    break
        return out

    def _branches(self, text: str, toks: list[_Tok], ends: set[int]) -> list[_Found]:
        """The place that names a branch right after a body's name: `Bệnh viện Bệnh nhiệt đới Trung
        ương cơ sở Đông Anh`, `Vietcombank chi nhánh TP HCM`, `Sumo Yakiniku cơ sở Royal City` (not
        `Trung học cơ sở`, a school level, nor `các cơ sở GDNN`)."""
        branch_words = self.names_lex.words("orgs", "branch_words")  # as the ORG rules read them
        out = []
        for i in range(1, len(toks) - 2):
            pair = f"{toks[i].text} {toks[i + 1].text}"
            body_end = toks[i - 1].cap or i > 1 and toks[i - 2].cap and toks[i - 1].text != "học"
            if pair not in branch_words or not (body_end and toks[i - 1].text.isalpha()) or (
                    not _adjacent(text, toks, i - 1, i + 3)):
                continue  # (`Trung ương cơ sở`: a word of two syllables ends the name; `Trung học cơ sở`)
            j = i + 2
            k = _cap_run(text, toks, j)
            if k == j or toks[k - 1].end not in ends or toks[j].text.isupper() and (
                    tuple(t.text for t in toks[j:k]) not in self.names):
                continue  # an acronym is a body (`cơ sở GDNN`) unless a place list holds it (`TP HCM`)
            out.append(_Found(toks[j].start, toks[k - 1].end, text[toks[j].start:toks[k - 1].end], None, 2,
                              "loc:branch", True))
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
            dashed = self._dashed_at(toks, j, text)
            if dashed:  # `các tỉnh Đồng Nai, Bà Rịa - Vũng Tàu`: one unit, not two
                e = j + dashed - 1
                out.append(_Found(toks[j].start, toks[e].end, text[toks[j].start:toks[e].end], None, 1,
                                  "loc:listed", True))
                k = e + 1
                continue
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

    def _listed_free(self, text: str, toks: list[_Tok], k: int, ends: set[int], min_len: int,
                     plural: bool = False, joiners: tuple[str, ...] = (",", "và")) -> list[_Found]:
        """Names listed after a street or an unknown (foreign) unit, each taken whole:
        `đường Nguyễn Thông, Nguyễn Tri Phương`, `các tỉnh Kandal, Banteay Meanchey và Sihanoukville`;
        after a plural unit word a name that opens with a surname is a unit too (`các thôn Hoàng Xá,
        Hoàng Cát, Nại Khê`)."""
        out = []
        while k + 1 < len(toks) and toks[k].text in joiners and _adjacent(text, toks, k, k + 2):
            j = k + 1
            e = _cap_run(text, toks, j)
            if e == j or e - j < min_len or toks[e - 1].end not in ends and e < len(toks) and toks[e].cap:
                break
            if min_len == 1 and e - j >= 2 and toks[j].text in self.words["surnames"] and not plural:
                break  # `tỉnh Kandal, Nguyễn Văn A`: a person
            if toks[j].text in self.generic_first or toks[j].text.lower() in self.generic_first:
                break  # `đường Hùng Vương, TP Tam Kỳ`: a unit with its own word, no street
            name = text[toks[j].start : toks[e - 1].end]
            out.append(_Found(toks[j].start, toks[e - 1].end, name, None, 1, "loc:listed", False))
            k = e
        return out

    def _longest_known(self, run: list[_Tok], ends: set[int], closed: bool) -> int:
        """Tokens of the longest prefix of `run` that is a known place (gazetteer or lists)."""
        for n in range(len(run), 0, -1):
            words = tuple(x.text for x in run[:n])
            if run[n - 1].end not in ends and not (closed and n == len(run)):
                continue
            if words in self.names or self.gazetteer.candidates(" ".join(words)):
                return n
        return 0

    def _bare(
        self,
        text: str,
        toks: list[_Tok],
        starts: set[int],
        ends: set[int],
        words: list,
        found: list[_Found],
        orgs: list[tuple[int, int]],
    ) -> list[_Found]:
        out: list[_Found] = []
        pending: list[tuple[_Found, int]] = []  # one-syllable names that may be given names (`Nga`)
        word_before = {b.start: a.text.lower() for a, b in zip(words, words[1:])}
        w = self.words
        for i, t in enumerate(toks):
            if not t.text[0].isalpha():
                continue
            longest = max(self.name_first.get(t.text, 0), self.name_first.get(t.text.lower(), 0))
            for n in range(min(longest, len(toks) - i), 0, -1):
                words_ = [x.text for x in toks[i : i + n]]
                hit = self.names.get(tuple(words_)) or self.names.get((words_[0].lower(), *words_[1:]))
                if not hit or not _adjacent(text, toks, i, i + n):
                    continue
                prev = [x.text for x in toks[max(0, i - 2) : i] if _adjacent(text, toks, i - 1, i + 1)]
                after_direction = bool(prev) and prev[-1] in w["directions"]  # `miền Nam Philippines`
                venue = bool(prev) and prev[-1] in w["venue_heads"] and not hit[1]  # `Estadio Wanda …`
                opens = after_direction and not hit[1] or venue or _boundary(toks, i - 1, i, starts)
                # `Tổng thống Iran Mohammad Khatami`, one segmenter word: a title, its country, the holder
                titles = w["country_before"]
                titled = not hit[1] and bool(prev) and (
                    " ".join(x.lower() for x in prev[-2:]) in titles or prev[-1].lower() in titles)
                if not opens or not (titled or _boundary(toks, i + n - 1, i + n, ends, end=True)):
                    break  # `Anh` inside `Tuấn Anh`
                directed = (
                    words_[-1] in w["directions"]
                    and not hit[1]
                    and (words_[0].islower() or tuple(words_) in self.compass)  # `miền Nam`, not `Việt Nam`
                )
                if directed and self._compass_as_direction(text, toks, i, n, prev):
                    break  # `gió Đông Bắc`, `hướng Tây Tây Bắc`, `miền Nam Philippines`
                before = word_before.get(t.start, "")
                vetoed = {before, " ".join(prev).lower()} & w["not_before_any"]
                single = w["not_before_single"]  # (read on syllables too: the segmenter glues `bảng Anh`)
                if vetoed or n == 1 and (before in single or prev and prev[-1].lower() in single):
                    break  # `tiếng Anh`, `hàng Nhật`, `các cầu thủ Việt Nam` (a team)
                if n >= 2 and hit[1] and before in w["person_before"] and all(
                        self._syllable(x) for x in toks[i:i + n]):
                    break  # `anh Hải Dương`: a man named like the province (not `các Mẹ Việt Nam anh hùng`)
                if n == 1 and t.text.isupper() and _glued(text, t):
                    break  # `VN-Index`, `mã VN/A`
                if i > 1 and toks[i - 2].text.islower() and text[toks[i - 2].end : t.start] == "-":
                    break  # `Ahmad Fahd al-Sabah`: a name's particle
                if _MIDDLE_INITIAL.search(text, max(0, t.start - 24), t.start):
                    break  # `Michael B. Jordan`: a surname after a given name and its initial
                if self._in_event(toks, i, i + n, text) or self._team_score(text, toks, i, i + n):
                    break
                if not hit[1] and self._named_after(text, toks, i, i + n):
                    break
                if not hit[1] and self._in_fixture(text, toks, i, i + n):
                    break
                if self._in_title(toks, i, text) and not _inside(orgs, t.start):
                    break  # `chương trình Trái tim Việt Nam`, but `phim Công ty điện ảnh Hà Nội` is a body
                start, end = toks[i - 1 if venue else i].start, toks[i + n - 1].end
                world = not hit[1] and hit[0] not in self.home
                f = _Found(start, end, hit[0], None, 2, "loc:gazetteer", hit[1], world=world)
                if n == 1 and t.text in w["ambiguous_single"]:
                    if not self._compound_at(toks, i, text):
                        pending.append((f, i))
                else:
                    out.append(f)
                break
        for f in out:  # a known name holding a generic word and its name (`đồng bằng sông Cửu Long`)
            if any(g.rank == 1 and f.start < g.start and g.end <= f.end
                   and tuple(_TOKEN.findall(text[f.start : g.start].lower())) not in self.generic
                   for g in found):  # not `vịnh Thái Lan`: the generic word alone before the name
                f.rank = 1
        org_ends = {b for _, b in orgs}
        return out + self._decide_ambiguous(text, toks, pending, found + out, starts, ends, org_ends)

    def _compass_as_direction(self, text: str, toks: list[_Tok], i: int, n: int, prev: list[str]) -> bool:
        """A name ending in a compass word used as a direction: a compass name (`Đông Bắc`) after
        `hướng`, `gió`, `phía` or another compass word (`Tây Tây Bắc`), or any such name before a
        place it qualifies (`Đông Bắc Thái Lan`, `miền Nam Philippines`)."""
        w = self.words
        compass = tuple(x.text for x in toks[i : i + n]) in self.compass
        cued = prev and (prev[-1] in w["directions"] or after_direction_cue(prev, w["direction_cues"]))
        if compass and cued:
            return True  # (`Tây Tây Bắc`, `về phía Tây Bắc`)
        e = i + n
        return any(
            tuple(x.text for x in toks[e : e + m]) in self.names and _adjacent(text, toks, i, e + m)
            for m in range(1, min(MAX_NAME_TOKENS, len(toks) - e) + 1)
        )

    @functools.cached_property
    def compounds(self) -> frozenset[str]:
        """Words opening with a one-syllable country name (`mỹ nhân`, `ý định`, `thái độ`), from
        underthesea's Viet74K word list."""
        heads = {x.lower() for x in self.lex["ambiguous_single"]}
        path = self.res.underthesea_dir / "corpus/data/Viet74K.txt"
        words = (w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines())
        return frozenset(fold_case(w) for w in words if w.split(" ", 1)[0] in heads and w.count(" ") == 1)

    def _compound_at(self, toks: list[_Tok], i: int, text: str) -> bool:
        """Token i opens a common word with the next one: `Mỹ nhân`, `Ý định` where a sentence opens."""
        nxt = toks[i + 1] if i + 1 < len(toks) and _adjacent(text, toks, i, i + 2) else None
        return bool(nxt and nxt.text.islower() and f"{toks[i].text.lower()} {nxt.text}" in self.compounds)

    def _in_event(self, toks: list[_Tok], i: int, e: int, text: str) -> bool:
        """Tokens i..e-1, a place, are inside an event name: `Đại hội thể thao Đông Nam Á`,
        `Hội chợ Du lịch quốc tế Việt Nam`, `Barcelona Open`."""
        if any(
            tuple(x.text for x in toks[e : e + n]) in self.event_after and _adjacent(text, toks, e - 1, e + n)
            for n in (1, 2)
        ):
            return True
        breaks = self.words["event_breaks"]
        for k in range(i - 1, max(-1, i - EVENT_WINDOW), -1):
            x = toks[k]
            if not _adjacent(text, toks, k, k + 2) or x.text.lower() in breaks:
                return False
            if not (x.text.isalpha() or x.text in "-–"):
                return False
            if x.cap and any(tuple(y.text for y in toks[k : k + n]) in self.event_heads for n in (1, 2)):
                return True
            if k >= i - GAMES_WINDOW - 2 and any(
                tuple(y.text for y in toks[k : k + n]) in self.games_heads and k + n >= i - GAMES_WINDOW
                for n in (1, 2, 3)
            ):
                return True  # `Olympic Tokyo 2020`, `Thế vận hội Olympic mùa Đông Bắc Kinh`
        return False

    def _named_after(self, text: str, toks: list[_Tok], i: int, e: int) -> bool:
        """A foreign place, tokens i..e-1, inside a longer foreign name: an organisation word goes on
        after it (`Oxford Economics`, not `Australia John Howard`), or a capitalized Vietnamese word
        stands before a city inside a sentence (`Nhà thờ Đức Mẹ Kazan`; a country there names where
        the body works: `Quỹ Bảo trợ Trẻ em Việt Nam`)."""
        w = self.words
        if e < len(toks) and toks[e].text in w["org_tails"] and _adjacent(text, toks, e - 1, e + 1):
            return True
        if i < 2 or not _adjacent(text, toks, i - 2, i + 1):
            return False
        if text[toks[i].start : toks[e - 1].end] in self.countries:
            return False
        prev, prev2 = toks[i - 1].text, toks[i - 2].text
        return (
            prev.isalpha()
            and prev[1:].islower()
            and prev[0].isupper()
            and not self._foreign_word(prev)
            and prev not in w["directions"]
            and prev not in w["opening_words"]
            and prev2[0].isupper()
            and prev2.isalpha()
        )

    def _in_fixture(self, text: str, toks: list[_Tok], i: int, e: int) -> bool:
        """A foreign city glued by a dash to a name that is no place: a match (`Liverpool-Chelsea`,
        `Milan-Juventus`), the city being a club; `Paris-Dakar` stays two places."""
        if text[toks[i].start : toks[e - 1].end] in self.countries:
            return False  # `Israel-Hamas`: a country stays a place
        glued_after = e + 1 < len(toks) and toks[e].text in _DASHES and _touching(toks, e - 1, e + 2)
        if glued_after and _club_like(toks[e + 1]):
            return not any(tuple(x.text for x in toks[e + 1 : e + 1 + n]) in self.names for n in (1, 2, 3))
        glued_before = i > 1 and toks[i - 1].text in _DASHES and _touching(toks, i - 2, i + 1)
        if glued_before and _club_like(toks[i - 2]):
            return not any(tuple(x.text for x in toks[i - 1 - n : i - 1]) in self.names for n in (1, 2, 3))
        return False

    def _in_title(self, toks: list[_Tok], i: int, text: str) -> bool:
        """Token i, a place, is inside the title of a work written after its noun:
        `chương trình Trái tim Việt Nam` (the title opens with a capital before the place)."""
        w = self.words
        for k in range(i - 1, max(-1, i - EVENT_WINDOW), -1):
            x = toks[k]
            low = x.text.lower()
            if not _adjacent(text, toks, k, k + 2) or not x.text.isalpha():
                return False
            if low in w["event_breaks"] or low in w["country_before"]:
                return False  # `tờ LOI phía Mỹ`: the place is named for itself
            head = (x.text, f"{toks[k - 1].text} {x.text}" if k else "")
            if (head[0] in w["work_heads"] or head[1] in w["work_heads"]) and k + 1 < i and toks[k + 1].cap:
                return True
        return False

    def _team_score(self, text: str, toks: list[_Tok], i: int, e: int) -> bool:
        """`thắng khó nhọc trước An Giang 2-1`: a team, unless nested in a club name (`SHB Đà Nẵng 2-0`)."""
        m = _SCORE.match(text, toks[e - 1].end)
        if not m or (m.group(1) or "").lower() in self.words["score_units"]:
            return False
        return not (i and toks[i - 1].text.isupper() and _adjacent(text, toks, i - 1, i + 1))

    def _decide_ambiguous(
        self,
        text: str,
        toks: list[_Tok],
        pending: list[tuple[_Found, int]],
        found: list[_Found],
        starts: set[int],
        ends: set[int],
        org_ends: set[int] = frozenset(),
    ) -> list[_Found]:
        """One-syllable country names that are also given names (`Nga`, `Anh`, `Đức`).

        An occurrence is a place after a country word (`Tổng thống Nga`, `phía Nga`) or in a list
        of places (`Liên Xô và Nga`, `Thái Lan, Mỹ`); a name after an honorific or next to another
        name (`chị Nga`, `Thu Nga`, `Anh Dũng`) is a person and makes the name a person's in the
        whole document; after an ordinary lower-case word it is a place (`của Nga`). Where a
        sentence opens (`Nga sẽ thử …`) the document decides: a place when the name is a country
        elsewhere in it, or it names two other foreign places, and never a person's name there.
        """
        if not pending:
            return []
        w = self.words
        place_ends = {f.end for f in found}
        place_starts = {f.start for f in found}
        world = {f.name for f in found if f.world}
        state: dict[int, str] = {}
        order = list(range(len(pending)))
        for _ in range(4):  # lists of ambiguous names settle in sweeps both ways: `Anh, Pháp, Đức và Italy`
            changed = False
            for idx in order:
                f, i = pending[idx]
                if state.get(idx) == "place":
                    continue
                how = self._occurrence(text, toks, i, place_starts, place_ends, org_ends)
                if how != state.get(idx):
                    state[idx], changed = how, True
                if how == "place":
                    place_ends.add(f.end)
                    place_starts.add(f.start)
            if not changed:
                break
            order.reverse()
        person = {pending[idx][0].name for idx, how in state.items() if how == "person"}
        country = {pending[idx][0].name for idx, how in state.items() if how == "place"}
        pronoun_used = any(t.text == "anh" and t.start in starts and t.end in ends for t in toks)
        out = []
        for idx, (f, _) in enumerate(pending):
            how = state[idx]
            if how in ("opening", "heading"):
                # `Anh cho biết`: a pronoun opens the sentence; `Anh:` heading a section is no pronoun
                pronoun = f.name in w["pronoun_names"] and how == "opening"
                if f.name in person or pronoun and pronoun_used:
                    continue
                if f.name not in country and (pronoun or len(world - {f.name}) < 2):
                    continue
            elif how in ("person", "other"):
                continue
            out.append(f)
        return out

    def _country_list(self, text: str, toks: list[_Tok], i: int) -> bool:
        """`Ngoài ra, Mỹ, Đức, Anh và …`: every item of the comma list around toks[i] is a country
        (not `tiếng Việt, Anh, Pháp`, where `Việt` names none, nor `tiếng Anh, Pháp, Đức`)."""
        w = self.words
        a = b = i
        while a >= 2 and toks[a - 1].text in w["list_joints"] and toks[a - 2].cap and (
                _adjacent(text, toks, a - 2, a + 1)):
            a -= 2
        while b + 2 < len(toks) and toks[b + 1].text in w["list_joints"] and toks[b + 2].cap and (
                _adjacent(text, toks, b, b + 3)):
            b += 2
        items = [toks[k].text for k in range(a, b + 1, 2)]
        before = toks[a - 1].text.lower() if a and _adjacent(text, toks, a - 1, a + 1) else ""
        vetoes = w["not_before_any"] | w["not_before_single"] | w["person_before"]  # (`bạn Anh, Đức, Nga`)
        return len(items) >= 3 and before not in vetoes and all(
            x in w["ambiguous_single"] or fold_case(x) in self.countries for x in items)

    def _foreign_word(self, word: str) -> bool:
        """A capitalized word that is no Vietnamese syllable (`Pierre`), not an acronym (`ĐH`) nor
        two words glued (`LinhTheo`)."""
        return word[1:].islower() and fold_case(word.lower()) not in self.syllables

    def _occurrence(self, text: str, toks: list[_Tok], i: int, starts: set[int], ends: set[int],
                    org_ends: Collection[int] = ()) -> str:
        """`place`, `person`, `other` (in a list of other names), `opening` (where a sentence opens)
        or `place` after a plain word; `place` too after a body's name and a comma (`Đại học Yale, Mỹ`)."""
        w = self.words
        prev = toks[i - 1] if i and _adjacent(text, toks, i - 1, i + 1) else None
        prev2 = toks[i - 2] if prev and i > 1 and _adjacent(text, toks, i - 2, i) else None
        nxt = toks[i + 1] if i + 1 < len(toks) and _adjacent(text, toks, i, i + 2) else None
        nxt2 = toks[i + 2] if nxt and i + 2 < len(toks) and _adjacent(text, toks, i + 1, i + 3) else None
        cue = prev and (
            prev.text.lower() in w["country_before"]
            or prev2 and f"{prev2.text} {prev.text}".lower() in w["country_before"]
        )
        listed = (prev and prev.text in w["list_joints"] and prev2 and prev2.end in ends) or (
            nxt and nxt.text in w["list_joints"] and nxt2 and nxt2.start in starts
        )
        seat = prev and prev.text == "," and prev2 and prev2.end in org_ends
        if cue or listed or seat:
            return "place"
        given = prev and prev.cap and prev.text.isalpha() and not prev.text.isupper()
        if given and prev.text in w["opening_words"] and (
            i < 2 or toks[i - 2].text in _SENTENCE_END or "\n" in text[toks[i - 2].end : prev.start]
        ):
            given = False  # `Từ Mỹ, …`: a preposition opens the sentence
        if prev and prev.text in w["person_before"] or given:
            return "person"  # `chị Nga`, `Thu Nga`
        if nxt and nxt.cap and nxt.text.isalpha() and not self._foreign_word(nxt.text):
            return "person"  # `Anh Dũng`, `Đức Chinh`, `Anh ĐH`; not `nhà văn Pháp Pierre Billotey`
        if prev is None or not prev.text.isalpha() and prev.text != "(":
            if prev and prev.text == "," and nxt and nxt.text == "," and nxt2 and nxt2.cap:
                # `Việt, Anh, Pháp, Trung`: a list of names that are no places; `Mỹ, Đức, Anh và …`
                return "place" if self._country_list(text, toks, i) else "other"
            if nxt and nxt.text == ":" and "\n" in text[nxt.end : nxt.end + 2]:
                return "heading"  # `Anh:` alone on its line, a section of a round-up
            return "opening"
        return "place"


_TO_PLACE = frozenset({"tới", "đến", "sang", "từ"})  # `tới Indonesia`: a place, not the team there


def _dashed_run(text: str, toks: list[_Tok], k: int) -> int:
    """End of the names joined by spaced dashes from toks[k] (`- Long Thành - Dầu Giây`), or k."""
    while k + 1 < len(toks) and toks[k].text in _DASHES and text[toks[k - 1].end : toks[k].start] == " " and (
            text[toks[k].end : toks[k + 1].start] == " " and toks[k + 1].cap):
        e = _cap_run(text, toks, k + 1)
        if e == k + 1:
            break
        k = e
    return k


def _number_end(toks: list[_Tok], i: int) -> int:
    """Index after a house number starting at toks[i], slashes included (`160/16`, `12A/3`)."""
    j = i + 1
    while j + 1 < len(toks) and toks[j].text == "/" and _HOUSE_NUMBER.fullmatch(toks[j + 1].text) and (
            toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end):
        j += 2
    return j


def _longest_by_first(phrases) -> dict[str, int]:
    """Token tuples -> {first token: longest length} (`("Hà", "Nội")` -> `{"Hà": 2}`)."""
    out: dict[str, int] = {}
    for toks in phrases:
        out[toks[0]] = max(out.get(toks[0], 0), len(toks))
    return out


@functools.lru_cache(maxsize=1 << 16)  # pure; asked again for the same words in every document
def fold_case(name: str) -> str:
    """A list entry in the text's tone convention (the normalizer retones `Hoà` to `Hòa`)."""
    return normalize_text(name)[0]


def after_direction_cue(prev: Sequence[str], cues: Collection[str]) -> bool:
    """The one or two words before a compass name make it a direction: `phía`, `về phía`, `bán cầu`
    (`cues`: places_lexicon.json's direction_cues, lower case)."""
    return any(" ".join(prev[-n:]).lower() in cues for n in (1, 2) if len(prev) >= n)


def _adjacent(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Tokens i..j-1 are separated by at most one space each (no line break, no comma)."""
    return all(
        toks[k].start - toks[k - 1].end <= 1 and "\n" not in text[toks[k - 1].end : toks[k].start]
        for k in range(max(i + 1, 1), min(j, len(toks)))
    )


def _boundary(toks: list[_Tok], a: int, b: int, word_edges: set[int], end: bool = False) -> bool:
    """Tokens a and b may be split: a segmenter word edge, a change from lower case or
    punctuation (`chính trị gia Australia` is one segmenter word, `Tuấn Anh` must not split),
    or an acronym before (`HA Gia Lai` is one segmenter word)."""
    if a < 0 or b >= len(toks):
        return True
    if (toks[b].start if not end else toks[a].end) in word_edges:
        return True
    other = toks[b] if end else toks[a]
    if not end and other.text.isupper() and len(other.text) > 1:
        return True  # a club or body acronym before a place: `HA Gia Lai`, `MTTQ VN`
    return not (other.cap and other.text.isalpha())


def _cap_run(text: str, toks: list[_Tok], j: int) -> int:
    """End (exclusive) of the run of capitalized tokens from j, one space apart (`Banteay Meanchey`)."""
    k = j
    while k < len(toks) and k - j < MAX_RUN_TOKENS and toks[k].cap:
        if k > j and not _adjacent(text, toks, k - 1, k + 1):
            break
        k += 1
    return k


def _cap_run_back(text: str, toks: list[_Tok], c: int, limit: int, alpha: bool = False) -> int:
    """Start of the run of capitalized tokens ending before c, one space apart, shorter than
    `limit` tokens (`alpha`: letters only); `Ba Đình` of `Ba Đình, Hà Nội`."""
    a = c
    while a > 0 and c - a < limit and toks[a - 1].cap and (not alpha or toks[a - 1].text.isalpha()) and (
            a == c or _adjacent(text, toks, a - 1, a + 1)):
        a -= 1
    return a


def _club_like(t: _Tok) -> bool:
    """A capitalized word, not an acronym (`VOV-Moscow` is a dateline)."""
    return t.cap and t.text.isalpha() and not t.text.isupper()


def _touching(toks: list[_Tok], i: int, j: int) -> bool:
    """Tokens i..j-1 touch with no space between (`Liverpool-Chelsea`)."""
    return all(toks[k].start == toks[k - 1].end for k in range(i + 1, j))


def _glued_on(text: str, toks: list[_Tok], k: int) -> int:
    """End of a capitalized run from k-1 that goes on after glued dashes (`Gottlieb-Daimler`)."""
    while (
        k + 1 < len(toks)
        and toks[k].text in _DASHES
        and _touching(toks, k - 1, k + 2)
        and toks[k + 1].cap
        and toks[k + 1].text.isalpha()
        and not toks[k + 1].text.isupper()
    ):
        k = _cap_run(text, toks, k + 1)
    return k


def _product_code(text: str, toks: list[_Tok], k: int) -> bool:
    """The name goes on with a hyphen and a code: `Topol-M`, `X-43A`."""
    return (
        k + 1 < len(toks)
        and toks[k].text == "-"
        and toks[k].start == toks[k - 1].end
        and toks[k + 1].start == toks[k].end
        and (toks[k + 1].text.isupper() or toks[k + 1].text[0].isdigit())
    )


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """`pos` lies in one of the sorted, non-nested `spans`."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _kind_before(
    text: str, start: int, starts: set[int], kinds: frozenset[str], not_after: frozenset[str]
) -> str | None:
    """The kind word written right before a known place (`đô thị Manila`, `CLB thành London`),
    when it opens a segmenter word (`thành London` is one word, `trở thành` another) and makes
    no compound with the word before (`đường sắt đô thị Hà Nội`)."""
    m = _LAST_WORDS.search(text, max(0, start - 40), start)
    if not m:
        return None
    two = f"{m.group(2)} {m.group(3)}" if m.group(2) else None
    for word, at, before in ((two, m.start(2), m.group(1)), (m.group(3), m.start(3), m.group(2))):
        if word and word.lower() in kinds and at in starts and (before or "").lower() not in not_after:
            return word.lower()
    return None


def _glued(text: str, t: _Tok) -> bool:
    """An acronym glued to a code by `-` or `/`: `VN-Index`, `VN30`, `mã VN/A`."""
    return (t.start and text[t.start - 1] in "-/") or text[t.end : t.end + 1] in ("-", "/")


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
