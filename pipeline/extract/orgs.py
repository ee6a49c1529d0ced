"""Extractor for ORG (being written)."""
from __future__ import annotations

from pipeline.document import Document
from pipeline.resources import Resources


class OrgExtractor:
    name = "orgs"
    requires = ("words",)
    provides = ("ORG",)

    def __init__(self, resources: Resources):
        self.res = resources

    def __call__(self, doc: Document) -> Document:
        return doc
