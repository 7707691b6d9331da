"""Shared fixtures: the bundled gazette parsed once per test session.

Caches (the converted model, the index) go to a temporary NGARI_CACHE_DIR made for this test
session, set here before any test can load the model: tests never write to the user's home.
`NGARI_TEST_CACHE_DIR=/some/dir` reuses a cache between runs when iterating locally. The README's
test command runs on two workers (`-n 2`, one a core); they share one cache.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The process that starts the run makes the cache; parallel workers (pytest -n) inherit it through
# _RUN_CACHE, so the model is converted and the index built once for the whole run.
_RUN_CACHE = "NGARI_TEST_RUN_CACHE"
_OWN_CACHE = not os.environ.get("NGARI_TEST_CACHE_DIR") and not os.environ.get(_RUN_CACHE)
CACHE_DIR = (
    os.environ.get("NGARI_TEST_CACHE_DIR")
    or os.environ.get(_RUN_CACHE)
    or tempfile.mkdtemp(prefix="ngari-test-cache-")
)
os.environ[_RUN_CACHE] = CACHE_DIR
if os.environ.get("PYTEST_XDIST_WORKER"):
    # one core a worker: torch's own threads would wait on each other's core
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ["NGARI_CACHE_DIR"] = CACHE_DIR  # subprocesses (the app under test) inherit it

from corpus import Corpus, load_corpus  # noqa: E402


def pytest_sessionfinish(session, exitstatus) -> None:
    if _OWN_CACHE:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)


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


@pytest.fixture(scope="module")
def assistant(real_searcher):
    """The Assistant on the real model, one a test module, for the end-to-end tests; a module
    that wants one over a fake embedder (test_api, test_assistant_routing) defines its own."""
    from assistant.engine import Assistant

    return Assistant(real_searcher)
