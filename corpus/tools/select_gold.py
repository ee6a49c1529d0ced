"""Pick the articles of the gold corpus from ../shared/data/news (one-off, not used at run time).

    python corpus/tools/select_gold.py ../shared/data/news corpus/gold
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev2 2027   # 20 more dev articles
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev3 3031   # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev4 4041   # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev5 5051   # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev6 6061   # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev7 7071   # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev8 8081   # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev9 9091   # and 20 more

Writes `<split>/<name>.txt` (an optional `#date=` line, then the text cut at a paragraph
end after 1,500 characters) for annotators to mark up into `<name>.gold.txt`. Two Dan Tri
articles and two VNTC articles per topic, alternately dev and test, chosen by a fixed seed.
"""
import json
import random
import sys
import unicodedata
from pathlib import Path

MIN_CHARS = 1500


def first_paragraphs(text: str) -> str:
    out, n = [], 0
    for para in text.replace("\r\n", "\n").split("\n"):
        out.append(para)
        n += len(para) + 1
        if len("\n".join(out).strip()) >= MIN_CHARS:
            break
    return "\n".join(out).strip()


def _used_ids(dst: str) -> set[str]:
    """Article ids already in any split (file names keep the id's tail)."""
    names = [p.name for p in Path(dst).rglob("*.txt") if p.name[:3] in ("dt_", "vn_")]
    return {n.split("_", 2)[2].split(".")[0] for n in names}


def _slug(doc_id: str) -> str:
    slug = doc_id.split(":", 1)[1].replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "")
    return slug.removesuffix(".txt")[-40:]


def main(src: str, dst: str, split_name: str | None = None, seed: str = "2026") -> None:
    rng = random.Random(int(seed))
    used = _used_ids(dst) if split_name else set()
    picks = []
    plan = (("dantri.jsonl", "dt", 3), ("vntc_sample.jsonl", "vn", 2)) if not split_name else \
        (("dantri.jsonl", "dt", 1), ("vntc_sample.jsonl", "vn", 1))
    for name, prefix, per_topic in plan:
        rows = [json.loads(line) for line in open(Path(src) / name, encoding="utf-8")]
        by_topic = {}
        for r in rows:
            if len(r["text"]) >= MIN_CHARS + 200 and _slug(r["id"]) not in used:
                by_topic.setdefault(r["topic"], []).append(r)
        for topic in sorted(by_topic):
            for r in rng.sample(by_topic[topic], per_topic):
                picks.append((prefix, r))
    offset = {"dev2": 50, "dev3": 70, "dev4": 90, "dev5": 110, "dev6": 130, "dev7": 150, "dev8": 170, "dev9": 190}.get(split_name, 210) if split_name else 0
    for i, (prefix, r) in enumerate(picks, offset):
        split = split_name or ("dev" if i % 2 == 0 else "test")
        text = unicodedata.normalize("NFC", first_paragraphs(r["text"]))
        out = Path(dst) / split / f"{prefix}_{i:02d}_{_slug(r['id'])}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        head = f"#date={r['date']}\n" if r.get("date") else ""
        out.write_text(head + text + "\n", encoding="utf-8")
        print(split, out.name, len(text), r["id"])


if __name__ == "__main__":
    main(*sys.argv[1:5])
