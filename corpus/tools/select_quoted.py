"""Pick the paragraphs of the QUOTED-only gold set (one-off, not used at run time).

    python3 corpus/tools/select_quoted.py ../shared/data/news corpus/gold

was run once from /work/main (with /work/shared/data/news as the source), and

    python3 corpus/tools/select_quoted.py ../shared/data/news corpus/gold dev2

later drew 40 more dev paragraphs (q_101-q_140 in <gold>/quoted/dev2, 20 cue + 20 no cue,
seed 7171) from articles used by no earlier pick or gold split; `dev3` drew q_201-q_240 the
same way (seed 7272), also skipping the paragraphs of quoted/dev2. It reads
dantri.jsonl and vntc_sample.jsonl, normalizes every article to NFC and CRLF -> LF, splits
it into paragraphs (one per line) and keeps paragraphs of 60-600 characters that contain
a pair of quotation marks (“ ”, " ", « » or ‘ ’). Articles already used by the main gold
corpus (the file names in <gold>/dev and <gold>/test, written by select_gold.py) are
skipped, at most one paragraph is taken per article, and a paragraph whose first 60
letters and digits repeat an earlier pick (Dan Tri reprints whole paragraphs) is skipped.

`dev6` (q_501-q_540) draws the last 6 cue paragraphs and 34 no-cue ones (20 + 2 of them capitalised
spans), and skips every article that gave any earlier QUOTED-set paragraph.

Strata (fixed seed 7070, candidates in file order, shuffled, taken greedily):
  cue     35 paragraphs where a cue noun of the guide's QUOTED list stands right before an
          opening quotation mark (quotation pairs found left to right) (27 Dan Tri, 8 VNTC);
  no cue  35 paragraphs with no such cue noun before any quotation mark:
          "speech"  12 (8 Dan Tri, 4 VNTC): a quotation opened right after a colon,
                    i.e. mostly reported speech;
          "scare"   11 (7 Dan Tri, 4 VNTC): no colon-opened quotation, every quoted span
                    at most 8 words and all starting in lower case (scare quotes);
          "capital" 12 (8 Dan Tri, 4 VNTC): as "scare", but some quoted span starts with
                    a capital letter or digit (titles of works, slogans, awards without a
                    cue noun, nicknames).
The cue and no-cue lists are each shuffled and interleaved (cue, no cue, cue, ...);
q_01-q_30 go to <gold>/quoted/dev, q_31-q_70 to <gold>/quoted/test, as q_NN.txt with a
first line `#date=YYYY-MM-DD` when the article has a date. The strata are found
mechanically; whether a quotation is a QUOTED mention (and its cue) is decided by the
annotator, so a cue-stratum paragraph may hold no QUOTED mention at all.
"""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 7070
MIN_LEN, MAX_LEN = 60, 600
CUES = ("mô hình|phong trào|chương trình|cuộc vận động|chiến dịch|đề án|dự án|kế hoạch|"
        "khẩu hiệu|phương châm|chủ đề|thông điệp|danh hiệu|giải thưởng|giải|cuộc thi|"
        "hội thi|tác phẩm|bộ phim|cuốn sách|bài hát")
QUOTE_RE = re.compile(r"“[^“”\n]+”|«[^«»\n]+»|\"[^\"\n]+\"|‘[^‘’\n]+’")
CUE_BEFORE = re.compile(rf"(?<!\w)(?:{CUES})\s*$", re.IGNORECASE)
COLON_BEFORE = re.compile(r":\s*$")
SEED_EXTRA = 7171
QUOTAS_EXTRA = {
    "cue": {"dt": 20, "vn": 0},  # VNTC has no cue paragraph left
    "speech": {"dt": 5, "vn": 2},
    "scare": {"dt": 4, "vn": 2},
    "capital": {"dt": 5, "vn": 2},
}
QUOTAS_DEV6 = {  # the last 6 cue + 34 no-cue, weighted to capitalised spans (titles vs nicknames)
    "cue": {"dt": 6, "vn": 0},
    "speech": {"dt": 5, "vn": 1},
    "scare": {"dt": 5, "vn": 1},
    "capital": {"dt": 20, "vn": 2},
}
QUOTAS = {  # stratum -> {corpus: n}
    "cue": {"dt": 27, "vn": 8},
    "speech": {"dt": 8, "vn": 4},
    "scare": {"dt": 7, "vn": 4},
    "capital": {"dt": 8, "vn": 4},
}


def slug(article_id: str) -> str:
    """The file-name slug select_gold.py gives an article id."""
    s = article_id.split(":", 1)[1].replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "")
    return s.removesuffix(".txt")[-40:]


def used_slugs(gold: Path, splits=("dev", "test")) -> set:
    out = set()
    for split in splits:
        for f in (gold / split).glob("*.txt"):
            name = f.name.removesuffix(".txt").removesuffix(".gold")
            out.add(name.split("_", 2)[2])  # drop "<prefix>_<NN>_"
    return out


def stratum(p: str):
    quotes = list(QUOTE_RE.finditer(p))  # straight quotes pair up left to right
    if any(CUE_BEFORE.search(p, 0, m.start()) for m in quotes):
        return "cue"
    if any(COLON_BEFORE.search(p, 0, m.start()) for m in quotes):
        return "speech"
    if all(len(m.group()[1:-1].split()) <= 8 for m in quotes):
        if any(m.group()[1].isupper() or m.group()[1].isdigit() for m in quotes):
            return "capital"
        return "scare"
    return None


def main(src: str, dst: str, extra: str | None = None) -> None:
    gold = Path(dst)
    used = used_slugs(gold)
    cands = {s: {"dt": [], "vn": []} for s in QUOTAS}
    for name, corpus in (("dantri.jsonl", "dt"), ("vntc_sample.jsonl", "vn")):
        for line in open(Path(src) / name, encoding="utf-8"):
            r = json.loads(line)
            if slug(r["id"]) in used:
                continue
            text = unicodedata.normalize("NFC", r["text"].replace("\r\n", "\n"))
            for para in text.split("\n"):
                para = para.strip()
                if MIN_LEN <= len(para) <= MAX_LEN and QUOTE_RE.search(para):
                    s = stratum(para)
                    if s:
                        cands[s][corpus].append((r, para))
    first = _draw(cands, QUOTAS, random.Random(SEED), set(), set())
    if not extra:
        _write(gold, first, lambda i: ("dev" if i <= 30 else "test", i))
        return
    taken = {r["id"] for pair in first.values() for _, r, _ in pair}
    seen = {_key(p) for pair in first.values() for _, _, p in pair}
    # the later draw also skips every article that a later gold split uses
    later = used_slugs(gold, sorted(p.name for p in gold.iterdir() if p.is_dir() and p.name != "quoted"))
    cands = {s: {c: [(r, p) for r, p in rows if slug(r["id"]) not in later] for c, rows in by.items()}
             for s, by in cands.items()}
    n = int(extra.removeprefix("dev")) - 1  # dev2 -> 1, dev3 -> 2
    for f in sorted((gold / "quoted").glob("dev?*/*.gold.txt")):  # paragraphs of earlier extra draws
        text = f.read_text(encoding="utf-8")
        text = text.split("\n", 1)[1] if text.startswith("#date=") else text  # VNTC files have no date line
        seen.add(_key(re.sub(r"⟦\w+ |‖[^⟧]*|⟧", "", text)))
    if extra == "dev6":  # the cue pool is nearly spent: fewer cue paragraphs, more capitalised spans
        # and no article that gave any earlier paragraph (the test ones included)
        taken |= {r["id"] for by in cands.values() for rows in by.values() for r, p in rows
                  if _key(p) in seen}
        second = _draw(cands, QUOTAS_DEV6, random.Random(SEED_EXTRA + 101 * (n - 1)), taken, seen)
    else:
        second = _draw(cands, QUOTAS_EXTRA, random.Random(SEED_EXTRA + 101 * (n - 1)), taken, seen)
    _write(gold, second, lambda i: (extra, 100 * n + i))


def _key(para: str) -> str:
    return re.sub(r"\W+", "", para.lower())[:60]  # Dan Tri reprints paragraphs


def _draw(cands, quotas, rng, taken, seen):
    picks = {"cue": [], "nocue": []}
    for s in ("cue", "speech", "scare", "capital"):
        for corpus, n in quotas[s].items():
            pool = list(cands[s][corpus])
            rng.shuffle(pool)
            got = 0
            for r, para in pool:
                if got == n:
                    break
                key = _key(para)
                if r["id"] in taken or key in seen:
                    continue
                taken.add(r["id"])
                seen.add(key)
                picks["cue" if s == "cue" else "nocue"].append((s, r, para))
                got += 1
            assert got == n, (s, corpus, got)
    rng.shuffle(picks["cue"])
    rng.shuffle(picks["nocue"])
    return picks


def _write(gold, picks, place):
    order = [x for pair in zip(picks["cue"], picks["nocue"]) for x in pair]
    k = min(len(picks["cue"]), len(picks["nocue"]))
    order += picks["cue"][k:] + picks["nocue"][k:]  # (dev6: more no-cue paragraphs than cue ones)
    for i, (s, r, para) in enumerate(order, 1):
        split, n = place(i)
        out = gold / "quoted" / split / f"q_{n:02d}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        head = f"#date={r['date']}\n" if r.get("date") else ""
        out.write_text(head + para + "\n", encoding="utf-8")
        print(split, out.name, s, r["id"], len(para))


if __name__ == "__main__":
    main(*sys.argv[1:4])
