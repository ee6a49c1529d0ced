"""Vietnamese administrative units before and after the 1 July 2025 reform, and linking.

The data is vietnamadminunits' (MIT) bundled dataset: `admin_units_legacy` (63 provinces,
districts, wards as of 2025-06) and `admin_units` (34 provinces, wards), plus its
`converter_2025.json` mapping old wards to new ones. `Gazetteer.load()` reads it once; the
linking functions are pure.

>>> gaz = Gazetteer.load()
>>> link(gaz, "Trường Xuân", "phường", near=["Tam Kỳ"]).unit.ward_2025
'Phường Tam Kỳ'
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.normalize import normalize_text

REFORM_DATE = dt.date(2025, 7, 1)

# Which levels a generic word can name; `None` (no generic word) never links a bare ward
# name: thousands of them repeat across provinces.
KIND_LEVELS: dict[str | None, tuple[str, ...]] = {
    "tỉnh": ("province",),
    "thành phố": ("province", "district"),
    "thủ đô": ("province",),
    "quận": ("district",),
    "huyện": ("district",),
    "thị xã": ("district",),
    "phường": ("ward",),
    "xã": ("ward",),
    "thị trấn": ("ward",),
    "đặc khu": ("ward", "district"),
    None: ("province", "district"),
}
# Evidence weights: an enclosing unit written right after the name (`phường Trường Xuân, TP.
# Tam Kỳ`) beats another place of the sentence, which beats the rest of the document.
CHAIN_WEIGHT, NEAR_WEIGHT, DOC_WEIGHT = 10, 3, 1
HIGHER = {"ward": ("district", "province"), "district": ("province",), "province": ()}

_SPACES = re.compile(r"[\s\-–]+")
_QUALIFIER = re.compile(r"(?<!\s)\s*\([^()]{0,20}\)$")  # `Kỳ Anh (Thị xã)`: the dataset's tie-breaker
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(name: str) -> str:
    """Lookup key: NFC, new-style tones, lower case, single spaces (`Thanh Hoá` → `thanh hóa`)."""
    return _SPACES.sub(" ", normalize_text(name)[0].lower()).strip()


def plain(name: str) -> str:
    """Key without diacritics or spaces, as vietnamadminunits writes them (`Đắk Lắk` → `daklak`)."""
    s = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return _NON_ALNUM.sub("", "".join(c for c in s if not unicodedata.combining(c)))


@dataclass(frozen=True, slots=True)
class Unit:
    """One official unit in one scheme (`2024`: 63 provinces with districts; `2025`: 34)."""

    code: str
    level: str  # province / district / ward
    scheme: str
    name: str  # official full name: "Phường Trường Xuân"
    short: str  # "Trường Xuân"
    type: str  # lower-case generic word: "phường"
    district: str | None  # enclosing district (2024 scheme)
    province: str | None  # province before the reform
    province_2025: str | None  # province after the reform
    ward_2025: str | None  # ward after the reform (wards only)

    def enclosing(self) -> set[str]:
        """Keys of the units that contain this one, in either scheme."""
        names = (self.district, self.province, self.province_2025, self.ward_2025)
        return {fold(_strip_type(n)) for n in names if n and n != self.name}


@dataclass(frozen=True, slots=True)
class Link:
    unit: Unit | None
    note: str


_TYPES = ("Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Thị trấn", "Phường", "Xã", "Đặc khu")


def _strip_type(full: str) -> str:
    t = _type(full)
    return full[len(t) + 1 :] if t else full


def _type(full: str) -> str:
    """The generic word of an official name, lower case (`Thị Xã Buôn Hồ` → `thị xã`)."""
    low = full.lower()
    return next((t.lower() for t in _TYPES if low.startswith(t.lower() + " ")), "")


def _short(name: str) -> str:
    return _QUALIFIER.sub("", name)


def data_dir() -> Path:
    """The data folder of the installed vietnamadminunits (found without importing it)."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("vietnamadminunits is not installed: `pip install vietnamadminunits` (MIT)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


class Gazetteer:
    """All units of both schemes with a name index. Build with `Gazetteer.load()`."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.by_name: dict[str, list[Unit]] = {}
        self.by_plain: dict[str, list[Unit]] = {}
        for u in units:
            self.by_name.setdefault(fold(u.short), []).append(u)
            self.by_plain.setdefault(plain(u.short), []).append(u)
        self.levels = {k: {u.level for u in v} for k, v in self.by_name.items()}

    @classmethod
    def load(cls, folder: Path | None = None) -> Gazetteer:
        folder = folder or data_dir()
        with sqlite3.connect(f"file:{folder / 'dataset.db'}?mode=ro", uri=True) as conn:
            conn.row_factory = sqlite3.Row
            legacy = [dict(r) for r in conn.execute("SELECT * FROM admin_units_legacy")]
            new = [dict(r) for r in conn.execute("SELECT * FROM admin_units")]
        conv = json.loads((folder / "converter_2025.json").read_text(encoding="utf-8"))
        return cls(_build_units(legacy, new, conv))

    def candidates(self, name: str) -> list[Unit]:
        """Units whose short name is `name`, else the same letters (`Đakrông`, `Chư Pah`, `Ha Noi`)."""
        return self.by_name.get(fold(name)) or self.by_plain.get(plain(name), [])

    def province(self, key: str) -> Unit | None:
        """A 2024-scheme province by its short name (`Quảng Nam`)."""
        return next((u for u in self.candidates(key) if u.level == "province" and u.scheme == "2024"), None)


def _build_units(legacy: list[dict], new: list[dict], conv: dict) -> list[Unit]:
    new_prov_name = {r["provinceKey"]: r["province"] for r in new}
    new_ward_name = {(r["provinceKey"], r["wardKey"]): r["ward"] for r in new}
    old_to_new_prov = {old: n for n, olds in conv["DICT_PROVINCE"].items() for old in olds}
    old_to_new_ward: dict[str, tuple[str, str]] = {}
    for prov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, olds in wards.items():
            for old in olds:
                old_to_new_ward[old] = (prov, ward)
    for prov, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in olds.items():
            default = next((p["newWardKey"] for p in parts if p["isDefaultNewWard"]), None)
            if default and old not in old_to_new_ward:
                old_to_new_ward[old] = (prov, default)
    new_ward_old_provs: dict[tuple[str, str], set[str]] = {}

    units: dict[tuple[str, str, str], Unit] = {}
    old_prov_name = {r["provinceKey"]: r["province"] for r in legacy}
    for r in legacy:
        pkey = r["provinceKey"]
        prov, prov25 = r["province"], new_prov_name.get(old_to_new_prov.get(pkey, ""))
        units.setdefault(
            ("2024", "province", r["provinceCode"]),
            Unit(
                r["provinceCode"],
                "province",
                "2024",
                prov,
                r["provinceShort"],
                _type(prov),
                None,
                prov,
                prov25,
                None,
            ),
        )
        units.setdefault(
            ("2024", "district", r["districtCode"]),
            Unit(
                r["districtCode"],
                "district",
                "2024",
                r["district"],
                _short(r["districtShort"]),
                r["districtType"].lower(),
                None,
                prov,
                prov25,
                None,
            ),
        )
        if not r["ward"]:
            continue
        new_key = old_to_new_ward.get(f"{pkey}_{r['districtKey']}_{r['wardKey']}")
        ward25 = new_ward_name.get(new_key) if new_key else None
        if new_key:
            new_ward_old_provs.setdefault(new_key, set()).add(pkey)
        units[("2024", "ward", r["wardCode"])] = Unit(
            r["wardCode"],
            "ward",
            "2024",
            r["ward"],
            _short(r["wardShort"]),
            (r["wardType"] or "").lower(),
            r["district"],
            prov,
            prov25,
            ward25,
        )
    new_prov_old: dict[str, set[str]] = {}
    for old, n in old_to_new_prov.items():
        new_prov_old.setdefault(n, set()).add(old)
    for r in new:
        pkey, prov25 = r["provinceKey"], r["province"]
        olds = new_prov_old.get(pkey, set())
        same = old_prov_name.get(pkey) if olds == {pkey} else None  # not merged: same province
        units.setdefault(
            ("2025", "province", r["provinceCode"]),
            Unit(
                r["provinceCode"],
                "province",
                "2025",
                prov25,
                r["provinceShort"],
                _type(prov25),
                None,
                same,
                prov25,
                None,
            ),
        )
        ward_olds = new_ward_old_provs.get((pkey, r["wardKey"]), set())
        old = old_prov_name.get(next(iter(ward_olds))) if len(ward_olds) == 1 else None
        units[("2025", "ward", r["wardCode"])] = Unit(
            r["wardCode"],
            "ward",
            "2025",
            r["ward"],
            _short(r["wardShort"]),
            r["wardType"].lower(),
            None,
            old,
            prov25,
            r["ward"],
        )
    return list(units.values())


def _scheme_order(date: dt.date | None) -> tuple[str, str]:
    return ("2025", "2024") if date and date >= REFORM_DATE else ("2024", "2025")


def _where(units: Iterable[Unit]) -> str:
    return "; ".join(
        sorted(
            {
                f"{u.name} ({u.district + ', ' if u.district else ''}{u.province or u.province_2025})"
                for u in units
            }
        )
    )[:300]


def link(
    gaz: Gazetteer,
    name: str,
    kind: str | None,
    near: Iterable[str] = (),
    doc: Iterable[str] = (),
    date: dt.date | None = None,
    chain: Iterable[str] = (),
) -> Link:
    """Link a place name to one unit, or to none with the reason.

    `chain`: the places written right after it (`, TP. Tam Kỳ`, `(Vĩnh Phúc)`); `near`: the
    other places of the sentence; `doc`: those of the document; `date`: publication date
    (picks the scheme). A unit that contradicts a higher unit of the chain is not linked.

    >>> link(Gazetteer.load(), "Trường Xuân", "xã").note[:9]
    'ambiguous'
    """
    if kind not in KIND_LEVELS:
        return Link(None, f"{kind} is not an administrative unit")
    levels = KIND_LEVELS[kind]
    cands = [u for u in gaz.candidates(name) if u.level in levels]
    if not cands:
        return Link(None, "no administrative unit of this name" + (f" and kind {kind}" if kind else ""))
    notes = []
    if kind:
        typed = [u for u in cands if u.type == kind or (kind == "thủ đô" and u.level == "province")]
        if typed:
            cands = typed
        else:
            notes.append(f"kind {kind} differs from the official type {cands[0].type}")
    for scheme in _scheme_order(date):
        in_scheme = [u for u in cands if u.scheme == scheme]
        if in_scheme:
            cands = in_scheme
            break
    chain = [c for c in chain if c]
    cands, conflict = _agree_with_chain(gaz, cands, chain)
    if conflict:
        return Link(None, f"no unit of this name lies in {conflict}")
    if len(cands) > 1:  # a higher level wins when the name is shared (`Hà Tĩnh`: province, city)
        top = min(levels.index(u.level) for u in cands)
        top_cands = [u for u in cands if levels.index(u.level) == top]
        if len(top_cands) == 1 and kind is None:
            cands = top_cands
    if len(cands) == 1:
        return Link(cands[0], "; ".join(notes) or "unique")
    return _by_context(cands, chain, near, doc, notes)


def _agree_with_chain(gaz: Gazetteer, cands: list[Unit], chain: list[str]) -> tuple[list[Unit], str]:
    """Drop candidates outside the higher units written after the name; (kept, conflict)."""
    kept, higher_seen = [], []
    for u in cands:
        higher = {fold(c) for c in chain if gaz.levels.get(fold(c), set()) & set(HIGHER[u.level])}
        if not higher or u.enclosing() & higher:
            kept.append(u)
        else:
            higher_seen.extend(c for c in chain if fold(c) in higher)
    if kept:
        return kept, ""
    return cands, ", ".join(dict.fromkeys(higher_seen))


def _by_context(
    cands: list[Unit], chain: Iterable[str], near: Iterable[str], doc: Iterable[str], notes: list[str]
) -> Link:
    keys = [
        ({fold(n) for n in names}, w)
        for names, w in ((chain, CHAIN_WEIGHT), (near, NEAR_WEIGHT), (doc, DOC_WEIGHT))
    ]
    scored = sorted(
        ((sum(w * len(u.enclosing() & k) for k, w in keys), u) for u in cands), key=lambda x: -x[0]
    )
    best, second = scored[0][0], scored[1][0]
    if best > 0 and best > second:
        how = "the units written after it" if best >= CHAIN_WEIGHT else "the other places of the text"
        return Link(scored[0][1], "; ".join([*notes, f"chosen among {len(cands)} by {how}"]))
    tied = [u for sc, u in scored if sc == best]
    return Link(None, f"ambiguous: {len(tied)} units named so: {_where(tied)}")
