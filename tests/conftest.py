"""Shared fixtures: the bundled gazette parsed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "data" / "gazette-2020.txt"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(SEED.parent)
