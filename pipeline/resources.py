"""One loader for every heavy resource: underthesea's models, spaCy's vocab, gazetteers.

Nothing is loaded at import time. A `Resources` object loads each resource the first time
a stage asks for it and keeps it; stages receive the object, never reach for globals.

>>> res = Resources()          # cheap: nothing loaded yet
>>> res.models_dir.name
'models'
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# Feature templates of underthesea's 2017 CRF models (copied from underthesea's
# pipeline/{pos_tag,chunking,ner}/model_crf.py: the weights only work with these).
_BASE_TEMPLATE = [
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[0].istitle", "T[-1].istitle", "T[1].istitle",
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
]
POS_TEMPLATE = _BASE_TEMPLATE + ["T[-3][1]", "T[-2][1]", "T[-1][1]", "T[-3,-2][1]", "T[-2,-1][1]"]
CHUNK_TEMPLATE = _BASE_TEMPLATE + [
    "T[-2][1]", "T[-1][1]", "T[0][1]", "T[1][1]", "T[2][1]",
    "T[-2,-1][1]", "T[-1,0][1]", "T[0,1][1]", "T[1,2][1]",
    "T[-3][2]", "T[-2][2]", "T[-1][2]",
]
NER_TEMPLATE = _BASE_TEMPLATE[:8] + ["T[-2].istitle", "T[2].istitle"] + _BASE_TEMPLATE[8:] + [
    "T[-2][1]", "T[-1][1]", "T[0][1]", "T[1][1]", "T[2][1]",
    "T[-2,-1][1]", "T[-1,0][1]", "T[0,1][1]", "T[1,2][1]",
    "T[-3][3]", "T[-2][3]", "T[-1][3]",
]


class ResourceError(RuntimeError):
    """A resource is missing or unreadable; the message says how to fix it."""


class Resources:
    """Lazy holder of the heavy resources the stages need."""

    def __init__(self, models_dir: Path | str = MODELS_DIR):
        self.models_dir = Path(models_dir)

    # --- underthesea -------------------------------------------------------------
    @functools.cached_property
    def underthesea_dir(self) -> Path:
        try:
            import underthesea
        except ImportError as e:  # pragma: no cover - install problem
            raise ResourceError("underthesea is not installed: run `make install`") from e
        return Path(underthesea.__file__).parent

    @functools.cached_property
    def word_segmenter(self) -> Any:
        """underthesea's CRF word segmenter (featurizer in Rust)."""
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

        model = FastCRFSequenceTagger()
        model.load(str(self.underthesea_dir / "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727"))
        return model

    def _crf(self, relpath: str) -> Any:
        from underthesea_core import CRFTagger

        tagger = CRFTagger()
        tagger.load(str(self.underthesea_dir / relpath))
        return tagger

    @functools.cached_property
    def pos_tagger(self) -> Any:
        return self._crf("pipeline/pos_tag/pos_crf_2017_10_11.bin")

    @functools.cached_property
    def chunker(self) -> Any:
        return self._crf("pipeline/chunking/chunk_crf_2017_10_12.bin")

    @functools.cached_property
    def ner_tagger(self) -> Any:
        return self._crf("pipeline/ner/ner_crf_2017_10_12.bin")

    @functools.cached_property
    def featurizers(self) -> _Featurizers:
        """Rust featurizers for the POS, chunk and NER templates."""
        return _Featurizers()

    @functools.cached_property
    def sentence_splitter(self) -> Any:
        from underthesea.pipeline import sent_tokenize as st

        st.sent_tokenize("")  # builds the module's tokenizer from its bundled parameters
        return st.sentence_tokenizer

    # --- spaCy -------------------------------------------------------------------
    @functools.cached_property
    def spacy_nlp(self) -> Any:
        """A blank Vietnamese spaCy pipeline (its vocab; our own segmenter's words)."""
        import spacy

        return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})

    def shared(self, key: str, factory):
        """One object per Resources for `key`, built by `factory()` on first use, so two
        stages that need the same derived resource (a lexicon index) build it once."""
        cache = self.__dict__.setdefault("_shared", {})
        if key not in cache:
            cache[key] = factory()
        return cache[key]

    # --- project data in models/ ---------------------------------------------------
    def path(self, name: str) -> Path:
        p = self.models_dir / name
        if not p.exists():
            raise ResourceError(f"{p} is missing: the models/ folder of the repository is incomplete")
        return p

    @functools.cache  # noqa: B019 - one Resources per process
    def json(self, name: str) -> Any:
        """A JSON resource from models/ (lexicons, gazetteer extracts), loaded once."""
        with open(self.path(name), encoding="utf-8") as f:
            return json.load(f)

    @functools.cache  # noqa: B019
    def lexicon(self, name: str) -> frozenset[str]:
        """A word list from models/<name>.txt: one entry a line, `#` comments."""
        lines = self.path(f"{name}.txt").read_text(encoding="utf-8").splitlines()
        return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def _featurizer(template: list[str]) -> Any:
    from underthesea_core import CRFFeaturizer

    return CRFFeaturizer(template, set())


class _Featurizers:
    """underthesea_core's Rust featurizers for the 2017 templates (same features as
    underthesea's per-token Python `word2features`, about 20x faster)."""

    @functools.cached_property
    def pos(self) -> Any:
        return _featurizer(POS_TEMPLATE)

    @functools.cached_property
    def chunk(self) -> Any:
        return _featurizer(CHUNK_TEMPLATE)

    @functools.cached_property
    def ner(self) -> Any:
        return _featurizer(NER_TEMPLATE)

