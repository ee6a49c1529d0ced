"""Read and write the inline gold format of ANNOTATION.md (`⟦LABEL text‖k=v⟧`).

>>> text, mentions = parse_marked("⟦LOC Tam Kỳ‖kind=thành phố⟧ mở hội")
>>> text, mentions[0].start, mentions[0].end, mentions[0].attrs["kind"]
('Tam Kỳ mở hội', 0, 6, 'thành phố')
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

OPEN, SEP, CLOSE = "⟦", "‖", "⟧"
LABELS = {"PER", "LOC", "ORG", "DATE", "QUOTED"}


class GoldFormatError(ValueError):
    """A gold file does not follow the inline format."""


@dataclass(frozen=True)
class GoldMention:
    label: str
    start: int
    end: int
    text: str
    attrs: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass
class GoldDoc:
    path: Path
    text: str
    date: dt.date | None
    mentions: list[GoldMention]


def parse_marked(marked: str) -> tuple[str, list[GoldMention]]:
    """Plain text and mentions from inline-marked text."""
    out: list[str] = []
    stack: list[tuple[str, int, dict]] = []
    mentions: list[GoldMention] = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == OPEN:
            j = marked.find(" ", i)
            label = marked[i + 1:j] if j > 0 else ""
            if label not in LABELS:
                raise GoldFormatError(f"unknown label {label!r} at character {i}")
            stack.append((label, len(out), {}))
            i = j + 1
        elif c == SEP:
            j = marked.find(CLOSE, i)
            if not stack or j < 0:
                raise GoldFormatError(f"stray {SEP} at character {i}")
            for kv in marked[i + 1:j].split(";"):
                if kv.strip():
                    k, _, v = kv.partition("=")
                    stack[-1][2][k.strip()] = v.strip() or None
            i = j
        elif c == CLOSE:
            if not stack:
                raise GoldFormatError(f"stray {CLOSE} at character {i}")
            label, start, attrs = stack.pop()
            text = "".join(out[start:])
            if not text or text != text.strip():
                raise GoldFormatError(f"{label} span {text!r} is empty or has outer spaces")
            mentions.append(GoldMention(label, start, len(out), text, attrs))
            i += 1
        else:
            out.append(c)
            i += 1
    if stack:
        raise GoldFormatError(f"unclosed {stack[-1][0]} mention")
    mentions.sort(key=lambda m: (m.start, -m.end))
    return "".join(out), mentions


def read_gold(path: str | Path) -> GoldDoc:
    """One gold file: optional `#date=YYYY-MM-DD` line, then the marked text."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    date = None
    if raw.startswith("#date="):
        head, _, raw = raw.partition("\n")
        value = head[len("#date="):].strip()
        date = dt.date.fromisoformat(value) if value else None
    try:
        text, mentions = parse_marked(raw)
    except GoldFormatError as e:
        raise GoldFormatError(f"{path}: {e}") from e
    return GoldDoc(path, text, date, mentions)


def gold_files(folder: str | Path) -> list[Path]:
    """All `*.gold.txt` files below `folder`, sorted."""
    folder = Path(folder)
    if folder.is_file():
        return [folder]
    return sorted(folder.rglob("*.gold.txt"))


def write_marked(text: str, mentions: list, attrs_of=lambda m: {}) -> str:
    """Inline-marked text from plain text and (possibly nested) mentions."""
    opens: dict[int, list] = {}
    closes: dict[int, list] = {}
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        opens.setdefault(m.start, []).append(m)
        closes.setdefault(m.end, []).append(m)
    out = []
    for i in range(len(text) + 1):
        for m in reversed(closes.get(i, [])):
            attrs = attrs_of(m)
            tail = (SEP + ";".join(f"{k}={v or ''}" for k, v in attrs.items())) if attrs else ""
            out.append(tail + CLOSE)
        for m in opens.get(i, []):
            out.append(f"{OPEN}{m.label} ")
        if i < len(text):
            out.append(text[i])
    return "".join(out)
