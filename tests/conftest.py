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


@pytest.fixture(scope="session")
def real_embedder():
    """The bundled model (converted on first use into the cache); shared by the end-to-end tests."""
    from index.embedder import shared_embedder

    return shared_embedder()


@pytest.fixture(scope="session")
def real_searcher(corpus: Corpus, real_embedder):
    from index.search import Searcher

    return Searcher(corpus, real_embedder)
