"""Vietnamese news → structured data: people, places, organisations, dates, quoted names.

>>> from pipeline import Pipeline
>>> doc = Pipeline()("Sáng 16/8, phường Trường Xuân, TP. Tam Kỳ tổ chức ngày hội.")
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Pipeline", "load", "__version__"]


def __getattr__(name: str):
    # Lazy: importing the package must not import spaCy or underthesea.
    if name == "Pipeline":
        from pipeline.nlp import Pipeline

        return Pipeline
    if name == "load":
        from pipeline.load import load

        return load
    raise AttributeError(name)
