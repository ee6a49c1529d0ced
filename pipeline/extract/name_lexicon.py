"""Word lists for PER and ORG extraction, loaded on first use from models/ and packages.

>>> lex = NameLexicon(Resources())          # nothing read yet
>>> lex.is_vietnamese("Dũng"), lex.is_vietnamese("Nadal")
(True, False)
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from pipeline.extract.name_tokens import PhraseIndex, by_length, fold, match_phrase
from pipeline.gazetteer import data_dir
from pipeline.normalize import is_syllable
from pipeline.resources import ResourceError, Resources

SPORT_MIN, SPORT_KINDS = 4, 3  # sport words (occurrences, distinct) that make a document a sports report
TITLE_CASE_MIN = 4  # `Nasa`, `Fifa`; not `Who`

KOREAN_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")  # a romanised Korean syllable, capitalised (`Ye`, `Hyun`)


class NameLexicon:
    """Lazy word lists shared by the PER and ORG extractors."""

    def __init__(self, resources: Resources):
        self.res = resources

    @functools.cached_property
    def people(self) -> dict:
        return self.res.json("people.json")

    @functools.cached_property
    def orgs(self) -> dict:
        return self.res.json("orgs.json")

    @functools.cached_property
    def surnames(self) -> frozenset[str]:
        return frozenset(fold(s) for s in self.res.lexicon("surnames"))

    @functools.cached_property
    def dictionary(self) -> frozenset[str]:
        """Vietnamese words of two or more syllables (underthesea's Viet74K word list, and the
        common words it lacks from people.json `extra_words`)."""
        path = self.res.underthesea_dir / "corpus/data/Viet74K.txt"
        lines = path.read_text(encoding="utf-8").splitlines() + self.res.json("people.json")["extra_words"]
        return frozenset(fold(w) for w in lines if " " in w.strip())

    @staticmethod
    def is_vietnamese(syllable: str) -> bool:
        """Spelled like a Vietnamese syllable (`Dũng` yes; `Nadal`, `Mark` no)."""
        return is_syllable(syllable)

    @functools.cached_property
    def places(self) -> frozenset[str]:
        """Folded place names that look like names: provinces, districts, countries."""
        names = {fold(x) for x in self.res.lexicon("people_place_veto")}
        with open(data_dir() / "parser_legacy.json", encoding="utf-8") as f:
            legacy = json.load(f)
        for prov in legacy["DICT_PROVINCE"].values():
            names.add(fold(prov["provinceShort"]))
        for districts in legacy["DICT_PROVINCE_DISTRICT"].values():
            for d in districts.values():
                if not d["districtShort"][:1].isdigit():
                    names.add(fold(d["districtShort"]))
        names.update(self._world_places())
        return frozenset(names)

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        """Folded country names of the LOC gazetteer (`anh`, `bồ đào nha`)."""
        return frozenset(fold(name) for name in self.res.json("places_world.json")["country"])

    @functools.cached_property
    def towns(self) -> frozenset[str]:
        """Folded names of foreign towns (`suez`), trusted as places only after a place word."""
        return frozenset(fold(name) for name in self.res.json("places_world.json")["town"])

    def _world_places(self) -> set[str]:
        """Countries, regions and cities of the LOC gazetteer (places_world.json), minus those that
        read as a given name (`Viên`, `Georgia`, `Houston`: a name there is more often a person) and
        acronyms (`VN`: the ORG stage reads those in bodies' names)."""
        world = self.res.json("places_world.json")
        out = set()
        for kind in ("country", "region", "city"):
            for name in world[kind]:
                lone = " " not in name and (self.is_vietnamese(name) or name.isupper())
                if lone or self.is_first_name(name.split()[0]):
                    continue
                out.add(fold(name))
        return out

    def is_sports(self, doc, toks) -> bool:
        """A sports report: sport words (`cầu thủ`, `ghi bàn`) occur often enough (cached per document)."""
        found = doc.meta.get("sports")
        if found is None:
            cues = self.phrases("people", "sport_cues")
            hits = [" ".join(t.lower for t in toks[k:k + n]) for k in range(len(toks))
                    if (n := match_phrase(toks, k, cues))]
            found = doc.meta["sports"] = len(hits) >= SPORT_MIN and len(set(hits)) >= SPORT_KINDS
        return found

    @functools.cached_property
    def first_names(self) -> frozenset[str]:
        """Given names of many countries (gender-guesser's name dictionary, about 45,000)."""
        try:
            import gender_guesser  # a package: its data file ships with it
        except ImportError as e:  # pragma: no cover - install problem
            raise ResourceError("gender-guesser is not installed: run `make install`") from e

        data = Path(gender_guesser.__file__).parent / "data/nam_dict.txt"
        out = set()
        with open(data, encoding="utf-8") as f:
            for line in f:
                parts = line.split(maxsplit=2)
                if line[:1] not in "#=" and len(parts) >= 2 and "+" not in parts[1]:
                    out.add(parts[1].lower())
        return frozenset(out)

    def is_first_name(self, word: str) -> bool:
        """`Anna`; a hyphenated given name by its first part (`Antoine-Laurent`, `Jean-Pierre`)."""
        low = word.lower()
        return low in self.first_names or ("-" in low and low.split("-", 1)[0] in self.first_names
                                           and low.split("-", 1)[1] in self.first_names)

    def is_korean_name(self, words: list[str]) -> bool:
        """A romanised Korean name: a Korean surname, then one or two short syllables (`Seo Ye Ji`)."""
        return 2 <= len(words) <= 3 and fold(words[0]) in self.words("people", "korean_surnames") and all(
            KOREAN_SYLLABLE.fullmatch(w) for w in words)

    def phrases(self, table: str, key: str, exact: bool = False) -> PhraseIndex:
        """A phrase list of people.json / orgs.json indexed by token count (as written if `exact`)."""
        return self._phrases(table, key, exact)

    @functools.cache  # noqa: B019 - one lexicon per extractor
    def _phrases(self, table: str, key: str, exact: bool) -> PhraseIndex:
        src = self.people if table == "people" else self.orgs
        phrases = list(src[key])
        if (table, key) == ("orgs", "known"):
            phrases += self._title_case(phrases) + _sentence_case(phrases)
        if (table, key) == ("orgs", "heads"):  # `Hiệp Hội Du Lịch`, `Tổng Công ty`: first words capitalised
            phrases += [" ".join(w[:1].upper() + w[1:] if k < n else w for k, w in enumerate(p.split()))
                        for p in phrases for n in range(2, len(p.split()) + 1)]
        return by_length(phrases, exact)

    def _title_case(self, names: list[str]) -> list[str]:
        """Acronyms of four letters or more as the press also writes them (`NASA` -> `Nasa`, `Jaxa`),
        minus those that read as a word or a name (orgs.json's `no_title_case`)."""
        skip = set(self.orgs["no_title_case"])
        return [n.title() for n in names
                if len(n) >= TITLE_CASE_MIN and n.isalpha() and n.isupper() and n not in skip]

    def words(self, table: str, key: str) -> frozenset[str]:
        """A word list of people.json / orgs.json, folded (`Thuỷ` -> `thủy`)."""
        return self._words(table, key)

    @functools.cache  # noqa: B019 - one lexicon per extractor
    def _words(self, table: str, key: str) -> frozenset[str]:
        src = self.people if table == "people" else self.orgs
        return frozenset(fold(x) for x in src[key])


def _sentence_case(names: list[str]) -> list[str]:
    """Names of several words as the press also writes them, only the first word capitalized
    (`Liên Hợp Quốc` -> `Liên hợp quốc`, `Bộ Y tế` -> `Bộ y tế`); names holding an acronym are left."""
    out = []
    for n in names:
        words = n.split()
        if len(words) >= 2 and words[0][:1].isupper() and all(
                w.isalpha() and not w[1:2].isupper() for w in words):
            out.append(" ".join([words[0], *(w.lower() for w in words[1:])]))
    return out
