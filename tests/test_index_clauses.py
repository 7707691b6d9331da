"""Clause-level retrieval, the sparse BM25 and score fusion on tiny hand-made corpora (no model)."""

from __future__ import annotations

import math
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from corpus import Corpus, Document, Part, Unit
from index import dense_store
from index.fusion import SHIPPED, UNIT_ONLY, Evidence, Stats, Weights
from index.lexical import BM25Index
from index.search import Searcher
from tests.fakes import FakeEmbedder

FILLER = (
    "参保人员应当按照规定办理登记手续。",
    "经办机构应当做好宣传解释工作。",
    "各级财政部门负责落实补助资金。",
    "定点医疗机构应当执行诊疗规范。",
    "卫生健康部门负责监督检查。",
)


def article(doc_id: str, n: int, text: str, parts: tuple[Part, ...] = ()) -> Unit:
    return Unit(
        id=f"{doc_id}/art-{n}",
        doc_id=doc_id,
        kind="article",
        label=f"第{'一二三四五六七八九'[n - 1]}条",
        title="",
        text=text,
        headings=("测试办法",),
        citation=f"《测试办法》第{n}条",
        parts=parts,
    )


def tiny_corpus() -> Corpus:
    """A long article that buries its answer among filler, a short one that only shares words."""
    buried = [*FILLER[:3], "参保人员于缴费次年1月1日至12月31日享受医保待遇。", *FILLER[3:]]
    paragraphs = tuple(Part("paragraph", f"第{i + 1}款", t) for i, t in enumerate(buried))
    units = [
        article("t", 1, "".join(buried), paragraphs),
        article("t", 2, "医保待遇的具体办法另行制定。"),
        article(
            "t",
            3,
            "看管人员有下列情形之一的，予以解聘：（一）连续旷工的。（二）监守自盗的。",
            (
                Part("paragraph", "第一款", "看管人员有下列情形之一的，予以解聘："),
                Part("item", "（一）", "连续旷工的。"),
                Part("item", "（二）", "监守自盗的。"),
            ),
        ),
        article("t", 4, "文物看管人员每月报酬由县级财政负担。"),
    ]
    doc = Document(id="t", title="测试办法", kind="articles", units=units)
    return Corpus([doc])


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return Searcher(tiny_corpus(), FakeEmbedder(), tmp_path_factory.mktemp("tiny"))


# --- BM25 --------------------------------------------------------------------------


def okapi(query: list[str], docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """The textbook formula (Lucene idf, repeated query terms weigh 1 + ln q): the oracle."""
    avgdl = sum(len(d) for d in docs) / len(docs)
    out = []
    for doc in docs:
        counts, total = Counter(doc), 0.0
        for term, qtf in Counter(query).items():
            df = sum(1 for d in docs if term in d)
            tf = counts[term]
            if not df or not tf:
                continue
            idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
            total += (
                idf
                * (1 + math.log(qtf))
                * tf
                * (k1 + 1)
                / (tf + k1 * (1 - b + b * len(doc) / avgdl))
            )
        out.append(total)
    return out


def test_sparse_bm25_equals_the_textbook_formula() -> None:
    rng = random.Random(7)
    vocab = [f"词{i}" for i in range(30)]
    docs = [[rng.choice(vocab) for _ in range(rng.randint(1, 25))] for _ in range(60)]
    index = BM25Index(docs)
    for _ in range(20):
        query = [rng.choice(vocab) for _ in range(rng.randint(1, 6))] + ["不在词表"]
        np.testing.assert_allclose(index.scores(query), okapi(query, docs), rtol=1e-5, atol=1e-6)
    df = sum(1 for d in docs if "词3" in d)
    assert index.idf("词3") == pytest.approx(math.log(1 + (60 - df + 0.5) / (df + 0.5)))
    assert index.doc_freq("不在词表") == 0


def test_bm25_of_a_text_outside_the_index_uses_its_statistics() -> None:
    docs = [["起付线", "住院"], ["报销", "比例", "住院"], ["文物"]]
    index = BM25Index(docs)
    assert index.score_tokens(["住院", "比例"], docs[1]) == pytest.approx(
        float(index.scores(["住院", "比例"])[1]), rel=1e-5
    )


def test_bm25_prefers_rarer_and_denser_terms() -> None:
    index = BM25Index([["a", "x", "y", "z"], ["a", "b", "b", "b"]])
    scores = index.scores(["a", "b"])
    assert scores[1] > scores[0] > 0
    assert not index.scores(["zzz"]).any()


# --- fusion ------------------------------------------------------------------------


def test_fusion_weighs_each_kind_of_evidence() -> None:
    evidence = Evidence(
        unit_dense=np.array([1.0, 0.0]),
        clause_dense=np.array([0.0, 1.0]),
        unit_lexical=np.array([0.0, 0.0]),
        clause_lexical=np.array([0.0, 1.0]),
    )
    assert np.argmax(evidence.fuse(UNIT_ONLY)) == 0  # clause evidence ignored
    assert np.argmax(evidence.fuse(Weights(0.2, 0.4, 0.0, 0.4))) == 1
    assert evidence.fuse(SHIPPED).shape == (2,)


def test_dense_z_score_keeps_the_leaders_margin() -> None:
    stats = Stats.of(np.array([0.80, 0.81, 0.82, 0.95]))
    z = stats.z(np.array([0.95, 0.82]))
    assert z[0] > 0 > z[1] - 0.2 and Stats.of(np.array([])).std == 1.0


# --- clauses ---------------------------------------------------------------------------


def test_hits_carry_their_best_clauses(searcher: Searcher) -> None:
    hits = searcher.search("缴费以后从什么时候开始享受医保待遇", k=4)
    long_one = next(h for h in hits if h.unit.id == "t/art-1")
    best = long_one.clauses[0]
    assert "1月1日至12月31日" in best.text and best.unit.id == "t/art-1"
    assert best.dense is not None and best.lexical > 0
    scores = [c.score for c in long_one.clauses]
    assert scores == sorted(scores, reverse=True) and len(long_one.clauses) <= 3
    assert set(hits[0].to_dict()) >= {"id", "doc_title", "article", "text", "score", "citation"}


def test_clause_evidence_lifts_a_long_unit_with_one_matching_sentence(
    searcher: Searcher,
) -> None:
    query = "次年1月1日至12月31日享受医保待遇"
    searcher.weights = Weights(0.0, 0.0, 1.0, 0.0)  # words over whole windows only
    unit_level = [h.unit.id for h in searcher.search(query, k=4, mode="bm25")]
    searcher.weights = Weights(0.0, 0.0, 0.0, 1.0)  # words over clauses only
    clause_level = [h.unit.id for h in searcher.search(query, k=4, mode="bm25")]
    searcher.weights = SHIPPED
    assert clause_level[0] == "t/art-1"
    assert clause_level.index("t/art-1") <= unit_level.index("t/art-1")


def test_list_items_are_found_with_their_lead_in(searcher: Searcher) -> None:
    ranked = searcher.rank_clauses("看管人员旷工会被解聘吗", [searcher.units[2]], k=5)
    assert ranked[0].clause.label == "（一）" and "旷工" in ranked[0].text


def test_rank_clauses_stays_within_the_given_units(searcher: Searcher) -> None:
    units = [searcher.units[0], searcher.units[3]]
    ranked = searcher.rank_clauses("什么时候享受待遇", units, k=3)
    assert len(ranked) == 3 and {c.unit.id for c in ranked} <= {"t/art-1", "t/art-4"}
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    assert searcher.rank_clauses("  ", units) == [] and searcher.rank_clauses("待遇", []) == []


def test_rank_clauses_embeds_units_outside_the_index(searcher: Searcher) -> None:
    stranger = article("other", 1, "门诊费用按年度累计。住院起付线为400元。")
    ranked = searcher.rank_clauses("住院起付线是多少", [stranger], k=2)
    assert ranked[0].text == "住院起付线为400元。" and ranked[0].lexical > ranked[1].lexical


def test_single_retriever_modes_leave_the_other_signal_out(searcher: Searcher) -> None:
    lexical = searcher.search("享受医保待遇", k=2, mode="bm25")
    assert all(h.dense is None and h.clauses[0].dense is None for h in lexical)
    dense = searcher.search("享受医保待遇", k=2, mode="dense")
    assert all(h.dense is not None for h in dense)
    with pytest.raises(ValueError):
        searcher.search("待遇", mode="fuzzy")


def test_both_levels_are_stored_and_reused(tmp_path: Path) -> None:
    corpus = tiny_corpus()
    first = Searcher(corpus, FakeEmbedder(), tmp_path)
    n_clauses = sum(1 for _ in first.clause_list)
    assert first.clause_dense.index.ntotal == n_clauses > len(corpus.units())
    again = Searcher(corpus, FakeEmbedder(), tmp_path)
    assert again.clause_dense.manifest["built_at"] == first.clause_dense.manifest["built_at"]
    (tmp_path / "clauses" / "owners.npy").unlink()
    with pytest.raises(dense_store.IndexInvalid):
        dense_store.load(tmp_path / "clauses", "fake-bigram-64", first.fingerprint())
    rebuilt = Searcher(corpus, FakeEmbedder(), tmp_path)
    assert rebuilt.clause_dense.index.ntotal == n_clauses


def test_missing_index_is_built_quietly_and_a_broken_one_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tiny_corpus()
    Searcher(corpus, FakeEmbedder(), tmp_path)
    assert capsys.readouterr().err == ""
    (tmp_path / "units" / "manifest.json").write_text("{", encoding="utf-8")
    Searcher(corpus, FakeEmbedder(), tmp_path)
    assert "索引清单损坏" in capsys.readouterr().err
