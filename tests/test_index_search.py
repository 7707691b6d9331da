"""References, lexicon, BM25 and fusion (with the stand-in embedder: no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import Corpus
from index.lexical import expand_query, tokenize
from index.references import find_references
from index.search import Searcher
from tests.fakes import FakeEmbedder


@pytest.fixture(scope="module")
def searcher(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return Searcher(corpus, FakeEmbedder(), tmp_path_factory.mktemp("idx") / "fake")


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("医保办法第22条", "medical-insurance/art-22"),
        ("看管细则第十二条", "relic-custodians/art-12"),
        ("城乡居民基本医疗保险实施办法第二十三条是什么", "medical-insurance/art-23"),
        ("文物保护管理办法第五十五条", "relic-protection/art-55"),
    ],
)
def test_article_references_hit_exactly(searcher: Searcher, query: str, first: str) -> None:
    hits = searcher.search(query, k=5)
    assert hits[0].unit.id == first and hits[0].via == "reference"


def test_bare_article_number_returns_each_document_that_has_it(searcher: Searcher) -> None:
    ids = [h.unit.id for h in searcher.search("第二十二条", k=5)]
    assert {"medical-insurance/art-22", "relic-protection/art-22"} <= set(ids[:2])


def test_section_reference(corpus: Corpus) -> None:
    refs = find_references("培训办法六、（六）讲的是什么", corpus)
    assert refs[0].doc_id == "relic-training" and refs[0].label == "六、（六）"


def test_document_filter(searcher: Searcher) -> None:
    hits = searcher.search("培训", k=5, doc="看管细则")
    assert hits and all(h.unit.doc_id == "relic-custodians" for h in hits)


def test_domain_terms_stay_whole() -> None:
    for term in ("起付线", "建档立卡", "门诊特殊病", "文物保护单位"):
        assert term in tokenize(f"关于{term}的规定")


@pytest.mark.parametrize(
    ("colloquial", "term"),
    [
        ("交钱", "缴费"),
        ("垫钱", "垫付"),
        ("看病", "就医"),
        ("生孩子", "分娩"),
        ("盖房子", "建设工程"),
    ],
)
def test_colloquial_lexicon_expands(colloquial: str, term: str) -> None:
    expanded = expand_query(f"我想问{colloquial}的事")
    assert all(token in expanded for token in tokenize(term))


def test_lexicon_finds_regulation_wording(searcher: Searcher) -> None:
    ids = [h.unit.id for h in searcher.search("生孩子的费用能全报吗", k=5, mode="bm25")]
    assert "medical-insurance/art-29" in ids


def test_empty_query_returns_nothing(searcher: Searcher) -> None:
    assert searcher.search("   ") == []


def test_index_dir_is_per_model(tmp_path: Path) -> None:
    from index.search import index_dir

    assert index_dir("a/b:c") != index_dir("other")
