"""Pick the articles of the gold corpus from ../shared/data/news (one-off, not used at run time).

    python corpus/tools/select_gold.py ../shared/data/news corpus/gold

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


def main(src: str, dst: str) -> None:
    rng = random.Random(2026)
    picks = []
    for name, prefix, per_topic in (("dantri.jsonl", "dt", 3), ("vntc_sample.jsonl", "vn", 2)):
        rows = [json.loads(line) for line in open(Path(src) / name, encoding="utf-8")]
        by_topic = {}
        for r in rows:
            if len(r["text"]) >= MIN_CHARS + 200:
                by_topic.setdefault(r["topic"], []).append(r)
        for topic in sorted(by_topic):
            for r in rng.sample(by_topic[topic], per_topic):
                picks.append((prefix, r))
    for i, (prefix, r) in enumerate(picks):
        split = "dev" if i % 2 == 0 else "test"
        text = unicodedata.normalize("NFC", first_paragraphs(r["text"]))
        slug = r["id"].split(":", 1)[1].replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "")
        slug = slug.removesuffix(".txt")[-40:]
        out = Path(dst) / split / f"{prefix}_{i:02d}_{slug}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        head = f"#date={r['date']}\n" if r.get("date") else ""
        out.write_text(head + text + "\n", encoding="utf-8")
        print(split, out.name, len(text), r["id"])


if __name__ == "__main__":
    main(*sys.argv[1:3])
