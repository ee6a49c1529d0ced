"""Shared fixtures: one Pipeline and one Resources for the whole session (models load once)."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def resources():
    from pipeline.resources import Resources

    return Resources()


@pytest.fixture(scope="session")
def nlp(resources):
    from pipeline.nlp import Pipeline

    return Pipeline(resources)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
