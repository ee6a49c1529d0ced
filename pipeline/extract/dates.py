"""Extractor for DATE: rule-based spans (date_grammar) with ISO values (date_values).

Years: a date without one takes the publication year; without a publication date, the
year written in the same sentence, then the nearest explicit year earlier in the document.

>>> # "Sáng 16/8, ... ngày hội ... năm 2024." -> DATE Sáng 16/8 (2024-08-16TMO), DATE năm 2024
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from pipeline.document import Document, Mention
from pipeline.extract.date_grammar import NUM_L, NUM_R, Candidate, D, DateGrammar, DateSpec, M, Y
from pipeline.extract.date_values import resolve
from pipeline.resources import Resources

# Fallback sentence ends when the document was not split (extractor used alone).
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]+(?=\s)|\n+")
# What may stand between two coordinated dates.
_JOINER = re.compile(r"(?<!\s)\s*(?:,|và|hoặc|hay|đến|tới|-|–)\s*(?:ngày\s+)?", re.I)
# A further year in a list after a written one: `các năm 1954, 1956 và 1960`.
_LISTED_YEAR = re.compile(r"(?:,\s*|(?<!\s)\s+(?:và|hoặc)\s+)((?:1[5-9]|20)\d\d)"
                          r"(?![\w%/]|[.,]\d|\s?[-–]\s?\d)")
# A further day and month after a dated day: `ngày 22/4 và 23/4`, `từ ngày 26-5 đến hết 1-6`.
_NEXT_DAY = re.compile(rf"(?<!\s)\s*(?:,|và|hoặc|(?:đến|tới)(?:\s+hết)?)\s+(?:ngày\s+)?{NUM_L}"
                       rf"(?P<d>{D})(?P<s>[/-])(?P<m>{M})(?:(?P=s)(?P<y>{Y}))?{NUM_R}", re.I)


class DateExtractor:
    name = "dates"
    requires = ("words",)
    provides = ("DATE",)
    source = "date-rules"

    def __init__(self, resources: Resources):
        self.res = resources
        self._grammar: DateGrammar | None = None

    @property
    def grammar(self) -> DateGrammar:
        if self._grammar is None:
            self._grammar = DateGrammar(self.res.json("dates.json"))
        return self._grammar

    def _sentences(self, doc: Document, text: str) -> list[tuple[int, int]]:
        if doc.sentences:
            return [(s.start, s.end) for s in doc.sentences]
        spans, pos = [], 0
        for m in _SENT_END.finditer(text):
            spans.append((pos, m.end()))
            pos = m.end()
        spans.append((pos, len(text)))
        return spans

    @staticmethod
    def _coordinate(text: str, cands: list[Candidate]) -> list[Candidate]:
        """`ngày 11/11 và 28/12/2020`: a date joined to a dated one shares its year."""
        for c, nxt in zip(cands, cands[1:]):
            year = nxt.spec.explicit_year
            if (year and c.spec.grain in ("day", "month") and c.spec.year is None and c.spec.rel is None
                    and c.spec.year_rel is None and _JOINER.fullmatch(text[c.end:nxt.start])):
                c.spec = replace(c.spec, year=year)
        return cands

    def _coordinated_days(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`ngày 22/4 và 23/4 của`, `từ ngày 27-4 đến 30-4`: a bare day and month joined to a dated
        day is a date too, though alone it could be a fraction or a count (not `… 3-4 người`)."""
        out = list(cands)
        for c in cands:
            while (c.spec.grain == "day" and c.spec.month is not None and c.spec.part is None
                   and (m := _NEXT_DAY.match(text, c.end))
                   and not any(x.start < m.end() and m.start("d") < x.end for x in out)
                   and self.grammar._next_word(text, m.end()) not in self.grammar.year_units):
                year = int(m.group("y")) if m.group("y") else None
                spec = DateSpec("day", year, int(m.group("m")), int(m.group("d")), lunar=c.spec.lunar)
                c = Candidate(m.start("d"), m.end(), spec, "dm_joined")  # (lists go on: `14/4, 15/4`)
                out.append(c)
        return sorted(out, key=lambda c: c.start)

    def _listed_years(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """`vào các năm 1954, 1956, 1960`: the bare years listed after a written year are years too
        (not `năm 2019, 2000 người`: a count)."""
        out = list(cands)
        for c in cands:
            if c.family != "year" or c.spec.year is None or c.spec.end is not None:
                continue
            pos = c.end
            while (m := _LISTED_YEAR.match(text, pos)) and not any(
                    x.start < m.end(1) and m.start(1) < x.end for x in out):
                if self.grammar._next_word(text, m.end(1)) in self.grammar.year_units:
                    break
                out.append(Candidate(m.start(1), m.end(1), DateSpec("year", int(m.group(1))), "year_listed"))
                pos = m.end()
        return sorted(out, key=lambda c: c.start)

    @staticmethod
    def _join_today(text: str, cands: list[Candidate]) -> list[Candidate]:
        """`sáng nay 26/4`, `hôm qua 21/4`, `7h sáng nay 22/4`: a `nay`, `qua` or `mai` expression
        with its day right after it is one DATE, as the golds mostly mark it (`nay` 39 to 4, `qua`
        6 to 3, with a clock 8 to 2; `hôm qua (21/4)` in brackets stays two, as they mark it)."""
        out: list[Candidate] = []
        for c in cands:
            prev = out[-1] if out else None
            if (prev and prev.family == "relday" and _TODAY.search(text, prev.start, prev.end)
                    and text[prev.end:c.start] in (" ", ", ")  # (`sáng sớm nay, 1/11` too)
                    and c.family == "dm"  # (`sáng nay 17-1`: two, as VNTC)
                    and c.spec.grain == "day" and c.spec.end is None and c.spec.pod is None
                    and c.spec.clock is None):
                spec = replace(c.spec, pod=prev.spec.pod, clock=prev.spec.clock)
                out[-1] = Candidate(prev.start, c.end, spec, c.family)
                continue
            out.append(c)
        return out

    def find(self, text: str, sentences: list[tuple[int, int]], ref) -> list[tuple[Candidate, str]]:
        """Candidates with their values, sentence by sentence."""
        per_sentence = [self._coordinate(text, self._listed_years(text, self._coordinated_days(
            text, self._join_today(text, self.grammar.scan(text, a, b))))) for a, b in sentences]
        future_cues = self.grammar.lex["future_cues"]
        out: list[tuple[Candidate, str]] = []
        last_year: int | None = None  # nearest explicit year in an earlier sentence
        last_day: str | None = None  # the last day written (`XXXX-04-21`), for `cùng ngày`
        for (a, b), cands in zip(sentences, per_sentence):
            years = [(c.start, c.spec.explicit_year) for c in cands if c.spec.explicit_year]
            year_pos = [p for p, _ in years]
            low = text[a:b].lower()
            for c in cands:
                hint = _nearest(years, year_pos, c.start) if years else last_year
                spec = c.spec
                if spec.part == "same":  # `7h cùng ngày`: the day of the date before; with none, unknown
                    if last_day is None and text[a:c.start].strip():
                        continue  # only opening a sentence (`Chiều cùng ngày, …`; not `9h sáng cùng ngày là`)
                    day = (last_day or "X-X-X").split("-")
                    y, mo, d = (None if x.startswith("X") else int(x) for x in day)
                    spec = replace(spec, year=y, month=mo, day=d, part=None)
                if not spec.anchored and last_day and "X" not in last_day:  # `Sáng hôm sau`: after that day
                    day = dt.date.fromisoformat(last_day) + dt.timedelta(days=spec.rel)
                    spec = replace(spec, year=day.year, month=day.month, day=day.day, rel=None, anchored=True)
                if spec.grain == "weekday" and spec.future is None and any(w in low for w in future_cues):
                    spec = replace(spec, future="soon")
                value = resolve(spec, ref, hint)
                if spec.grain in ("day", "weekday") and _DAY.match(value) and spec.end is None and (
                        c.spec.anchored):  # (not from `hôm sau`: a second one is the same next day)
                    last_day = value[:10]  # (`Hôm thứ Bảy … Hôm sau`: a weekday is a written day too)
                out.append((c, value))
            if years:
                last_year = years[-1][1]
        return out

    def __call__(self, doc: Document) -> Document:
        text = doc.text or doc.original
        for cand, value in self.find(text, self._sentences(doc, text), doc.date):
            doc.mentions.append(Mention(
                "DATE", cand.start, cand.end, text[cand.start:cand.end],
                value=value, source=self.source, debug=cand.family,
            ))
        return doc


_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-\d\d")
_TODAY = re.compile(r"(?<!\w)(?:nay|qua|mai)$", re.I)  # a relative day: today, yesterday, tomorrow


def _nearest(years: list[tuple[int, int]], positions: list[int], pos: int) -> int:
    """The year written nearest to `pos` (the earlier one on a tie); `positions` is sorted."""
    i = bisect.bisect_left(positions, pos)
    if i == 0:
        return years[0][1]
    if i == len(years) or pos - positions[i - 1] <= positions[i] - pos:
        return years[i - 1][1]
    return years[i][1]
