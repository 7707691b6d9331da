"""The persisted index: reuse when valid, rebuild on any change, never use a corrupt one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus import Corpus, parse_gazette
from index import dense_store
from index.search import Searcher
from tests.conftest import SEED
from tests.fakes import FakeEmbedder


@pytest.fixture()
def built(tmp_path: Path, corpus: Corpus) -> tuple[Searcher, Path]:
    """The searcher and the folder of its unit-level vectors (clauses sit beside it)."""
    directory = tmp_path / "idx"
    return Searcher(corpus, FakeEmbedder(), directory), directory / "units"


def fingerprint(corpus: Corpus) -> str:
    from index.search import PASSAGE_FORMAT

    return f"{corpus.fingerprint()}:{PASSAGE_FORMAT}"


def test_build_writes_manifest_and_reuses_it(built, corpus: Corpus) -> None:
    searcher, directory = built
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model_id"] == "fake-bigram-64" and manifest["dimensions"] == 64
    assert manifest["corpus_hash"] == fingerprint(corpus)
    assert manifest["vectors"] >= len(corpus.units()) and "built_at" in manifest
    again = Searcher(corpus, FakeEmbedder(), directory.parent)
    assert again.dense.manifest["built_at"] == manifest["built_at"]  # loaded, not rebuilt


def test_rebuild_when_corpus_changes(built, tmp_path: Path) -> None:
    _, directory = built
    text = SEED.read_text(encoding="utf-8").replace("起付线标准为400元", "起付线标准为500元")
    changed = Corpus(parse_gazette(text))
    with pytest.raises(dense_store.IndexInvalid, match="变化"):
        dense_store.load(directory, "fake-bigram-64", fingerprint(changed))
    searcher = Searcher(changed, FakeEmbedder(), directory.parent)
    assert searcher.dense.manifest["corpus_hash"] == fingerprint(changed)


def test_rebuild_when_model_changes(built, corpus: Corpus) -> None:
    _, directory = built
    with pytest.raises(dense_store.IndexInvalid, match="模型"):
        dense_store.load(directory, "another-model", fingerprint(corpus))
    searcher = Searcher(corpus, FakeEmbedder("another-model", 32), directory.parent)
    assert searcher.dense.manifest["model_id"] == "another-model" and searcher.dense.index.d == 32


@pytest.mark.parametrize("victim", ["vectors.faiss", "owners.npy", "manifest.json"])
def test_corrupt_index_is_refused_and_rebuilt(built, corpus: Corpus, victim: str) -> None:
    _, directory = built
    path = directory / victim
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data[: len(data) - 3]))
    with pytest.raises(dense_store.IndexInvalid):
        dense_store.load(directory, "fake-bigram-64", fingerprint(corpus))
    searcher = Searcher(corpus, FakeEmbedder(), directory.parent)
    assert (
        dense_store.load(directory, "fake-bigram-64", fingerprint(corpus)).index.ntotal
        == searcher.dense.index.ntotal
    )


def test_missing_file_is_refused(built, corpus: Corpus) -> None:
    _, directory = built
    (directory / "owners.npy").unlink()
    with pytest.raises(dense_store.IndexInvalid, match="owners.npy"):
        dense_store.load(directory, "fake-bigram-64", fingerprint(corpus))


def test_large_collections_use_an_approximate_index() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    small = dense_store.make_index(rng.standard_normal((10, 8)).astype("float32"))
    assert type(small).__name__ == "IndexFlatIP"
    original = dense_store.EXACT_LIMIT
    dense_store.EXACT_LIMIT = 5
    try:
        big = dense_store.make_index(rng.standard_normal((10, 8)).astype("float32"))
    finally:
        dense_store.EXACT_LIMIT = original
    assert type(big).__name__ == "IndexHNSWFlat"
