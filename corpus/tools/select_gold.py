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
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev10 10101 # and 17 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev11 11111 # and 17 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev12 12121 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev13 13131 # 16 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev14 14141 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev15 15151 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev16 16161 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev17 17171 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev18 18181 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev19 19191 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev20 20201 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev21 21211 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev22 22221 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev23 23231 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev24 24241 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev25 25251 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev26 26261 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev27 27271 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev28 28281 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev29 29291 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev30 30301 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev31 31311 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev32 32321 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev33 33331 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev34 34341 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev35 35351 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev36 36361 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev37 37371 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev38 38381 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev39 39391 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev40 40401 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev41 41411 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev42 42421 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev43 43431 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev44 44441 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev45 45451 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev46 46461 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev47 47471 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev48 48481 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev49 49491 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev50 50501 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev51 51511 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev52 52521 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev53 53531 # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev54 5441  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev55 5551  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev56 5661  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev57 5771  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev58 5881  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev59 5991  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev60 6001  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev61 6111  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev62 6221  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev63 6331  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev64 6441  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev65 6551  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev66 6661  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev67 6771  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev68 6881  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev69 6991  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev70 7001  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev71 7111  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev72 7221  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev73 7331  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev74 7441  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev75 7551  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev76 7661  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev77 7771  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev78 7881  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev79 7991  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev80 8001  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev81 8111  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev82 8221  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev83 8331  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev84 8441  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev85 8551  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev86 8661  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev87 8771  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev88 8881  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev89 8991  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev90 9001  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev91 9111  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev92 9221  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev93 9331  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev94 9441  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev95 9551  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev96 9661  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev97 9771  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev98 9881  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev99 9991  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev100 10011  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev101 10121  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev102 10231  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev103 10341  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev104 10451  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev105 10561  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev106 10671  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev107 10781  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev108 10891  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev109 11001  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev110 11111  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev111 11221  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev112 11331  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev113 11441  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev114 11551  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev115 11661  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev116 11771  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev117 11881  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev118 11991  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev119 12101  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev120 12211  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev121 12321  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev122 12431  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev123 12541  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev124 12651  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev125 12761  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev126 12871  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev127 12981  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev128 13091  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev129 13201  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev130 13311  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev131 13421  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev132 13531  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev133 13641  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev134 13751  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev135 13861  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev136 13971  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev137 14081  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev138 14191  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev139 14301  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev140 14411  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev141 14521  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev142 14631  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev143 14741  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev144 14851  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev145 14961  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev146 15071  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev147 15181  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev148 15291  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev149 15401  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev150 15511  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev151 15621  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev152 15731  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev153 15841  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev154 15951  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev155 16061  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev156 16171  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev157 16281  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev158 16391  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev159 16501  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev160 16611  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev161 16721  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev162 16831  # 9 to 7 left a split
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev163 16941  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev164 17051  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev165 17161  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev166 17271  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev167 17381  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev168 17491  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev169 17601  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev170 17711  # and more (7 a split)
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev171 17821  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev172 17931  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev173 18041  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev174 18151  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev175 18261  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev176 18371  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev177 18481  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev178 18591  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev179 18701  # world used up
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev180 18811  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev181 18921  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev182 19031  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev183 19141  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev184 19251  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev185 19361  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev186 19471  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev187 19581  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev188 19691  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev189 19801  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev190 19911  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev191 20021  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev192 20131  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev193 20241  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev194 20351  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev195 20461  # education used up: 5
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev196 20571  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev197 20681  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev198 20791  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev199 20901  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev200 21011  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev201 21121  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev202 21231  # the last ones
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev203 21341  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev204 21451  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev205 21561  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev206 21671  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev207 21781  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev208 21891  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold dev209 22001  # and more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt1 30011  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt2 30121  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt3 30231  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt4 30341  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt5 30451  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt6 30561  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt7 30671  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt8 30781  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt9 30891  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt10 31001  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt11 31111  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt12 31221  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt13 31331  # 10 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt14 31441  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt15 31551  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt16 31661  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt17 31771  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt18 31881  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt19 31991  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt20 32101  # 9 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt21 32211  # 7 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt22 32321  # 7 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt23 32431  # 7 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devdt24 32541  # 7 shorter Dan Tri
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devvn1 9191  # 20 shorter VNTC
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devvn2 9292  # and 20 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devvn3 9393  # and 17 more
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devvn4 9494  # up to 4 a topic, 700+
    python corpus/tools/select_gold.py ../shared/data/news corpus/gold devvn5 9595  # all the rest

A split named `devdt…` takes one Dan Tri article per topic of DT_SHORT_CHARS characters or more
(whole articles under 1,700 characters): the longer Dan Tri articles are all used by dev209.

A split named `devvn…` takes two VNTC articles per topic of SHORT_CHARS characters or more (whole
articles under 1,500 characters): the longer VNTC articles are all used by the earlier splits;
`devvn5` takes every VNTC article left, whatever its length (35: the other 31 hold a QUOTED-set
paragraph).

Later splits skip any article that holds a paragraph of the QUOTED sets (added after dev8:
five quoted/test paragraphs had come from dev5 and dev7 articles and were moved to
quoted/test_overlap). Writes `<split>/<name>.txt` (an optional `#date=` line, then the text cut at a paragraph
end after 1,500 characters) for annotators to mark up into `<name>.gold.txt`. Two Dan Tri
articles and two VNTC articles per topic, alternately dev and test, chosen by a fixed seed.
"""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

MIN_CHARS = 1500
SHORT_CHARS = 900  # `devvn…` splits: VNTC articles of this length or more
LAST_CHARS = 700  # `devvn4`: what is left, four a topic
DT_SHORT_CHARS = 1200  # `devdt…` splits: Dan Tri articles of this length or more


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


def _quoted_keys(dst: str) -> list[str]:
    """Letters and digits of every QUOTED-set paragraph: an article holding one is never drawn
    (a dev article must not contain a quoted/test paragraph)."""
    out = []
    for p in Path(dst, "quoted").rglob("*.txt"):
        text = p.read_text(encoding="utf-8")
        text = text.split("\n", 1)[-1] if text.startswith("#date=") else text
        out.append(_letters(re.sub(r"⟦\w+ |‖[^⟧]*|⟧", "", text))[:80])
    return [k for k in out if k]


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", unicodedata.normalize("NFC", text).lower())


def _slug(doc_id: str) -> str:
    slug = doc_id.split(":", 1)[1].replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "")
    return slug.removesuffix(".txt")[-40:]


def split_offset(split_name: str) -> int:
    """First number of a split's file names, so that no two splits share one: 20 a split from
    `dev2` (50) to `dev43`, `devvn1` … `devvn4` from 900, `dev44` on from 990, `devdt1` on from
    6000 (10 a split), `devvn5` from 9000; 890 for other names."""
    dt = re.fullmatch(r"devdt(\d+)", split_name)
    if dt:
        return 6000 + 10 * (int(dt.group(1)) - 1)  # after every `devN` split's numbers
    m = re.fullmatch(r"dev(vn)?(\d+)", split_name)
    n = int(m.group(2)) if m else 0
    if m and m.group(1):
        if n == 5:
            return 9000  # after every `devN` split's numbers
        return 900 + 20 * (n - 1) if 1 <= n <= 4 else 890  # (the VNTC sample gave four)
    if 2 <= n <= 43:
        return 50 + 20 * (n - 2)
    return 990 + 20 * (n - 44) if n >= 44 else 890


def main(src: str, dst: str, split_name: str | None = None, seed: str = "2026") -> None:
    rng = random.Random(int(seed))
    used = _used_ids(dst) if split_name else set()
    quoted = _quoted_keys(dst) if split_name else []
    picks = []
    plan = (("dantri.jsonl", "dt", 3), ("vntc_sample.jsonl", "vn", 2)) if not split_name else \
        (("dantri.jsonl", "dt", 1), ("vntc_sample.jsonl", "vn", 1))
    short = bool(split_name) and split_name.startswith("devvn")
    last = split_name == "devvn4"  # the rest: four a topic from 700 characters
    rest = split_name == "devvn5"  # then everything left
    plan = (("vntc_sample.jsonl", "vn", 99 if rest else 4 if last else 2),) if short else plan
    min_chars = (1 if rest else LAST_CHARS if last else SHORT_CHARS) if short else MIN_CHARS + 200
    if split_name and split_name.startswith("devdt"):  # the shorter Dan Tri articles, whole
        plan, min_chars = (("dantri.jsonl", "dt", 1),), DT_SHORT_CHARS
    for name, prefix, per_topic in plan:
        rows = [json.loads(line) for line in open(Path(src) / name, encoding="utf-8")]
        by_topic = {}
        for r in rows:
            if len(r["text"]) >= min_chars and _slug(r["id"]) not in used and not (
                    split_name and any(k in _letters(r["text"]) for k in quoted)):
                by_topic.setdefault(r["topic"], []).append(r)
        for topic in sorted(by_topic):
            for r in rng.sample(by_topic[topic], min(per_topic, len(by_topic[topic]))):  # (devvn3: few left)
                picks.append((prefix, r))
    offset = split_offset(split_name) if split_name else 0
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
