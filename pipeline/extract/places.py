"""Extractor for LOC (being written)."""
from __future__ import annotations

from pipeline.document import Document
from pipeline.resources import Resources


class PlaceExtractor:
    name = "places"
    requires = ("words",)
    provides = ("LOC",)

    def __init__(self, resources: Resources):
        self.res = resources

    def __call__(self, doc: Document) -> Document:
        return doc
