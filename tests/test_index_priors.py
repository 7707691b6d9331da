"""Stored BM25, the named-document bonus, the audience penalty, lexicon gap keys and the
clause preference by the kind of value asked (tiny corpora, stand-in embedder: no model)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from corpus import Corpus, Document, Part, Unit
from index import lexical_store
from index.fact_types import asked
from index.fusion import Evidence
from index.lexical import BM25Index, expand_query, tokenize
from index.search import Searcher
from tests.fakes import FakeEmbedder


def unit(doc_id: str, title: str, n: int, text: str, parts: tuple[Part, ...] = ()) -> Unit:
    return Unit(
        id=f"{doc_id}/art-{n}",
        doc_id=doc_id,
        kind="article",
        label=f"第{'一二三四五六七八九'[n - 1]}条",
        title="",
        text=text,
        headings=(title,),
        citation=f"《{title}》第{n}条",
        parts=parts,
    )


def two_documents() -> Corpus:
    """A citizens' rule and a custodians' rule that share their words."""
    protection = Document(
        id="relic-protection",
        title="文物保护管理办法",
        kind="articles",
        units=[
            unit("relic-protection", "文物保护管理办法", 1, "任何个人发现文物的，应当报告。"),
            unit("relic-protection", "文物保护管理办法", 2, "本办法自印发之日起施行。"),
        ],
    )
    custodians = Document(
        id="relic-custodians",
        title="野外文物看管人员管理细则",
        kind="articles",
        units=[
            unit(
                "relic-custodians",
                "野外文物看管人员管理细则",
                1,
                "发现文物不及时报告的，予以解聘。",
            ),
        ],
    )
    return Corpus([protection, custodians])


@pytest.fixture()
def searcher(tmp_path: Path) -> Searcher:
    return Searcher(two_documents(), FakeEmbedder(), tmp_path / "idx")


# --- stored BM25 ---------------------------------------------------------------------


def test_bm25_is_stored_and_read_back_without_tokenising(
    searcher: Searcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "idx" / "units-bm25"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["texts"] == len(searcher.windows.passages)
    tokens = tokenize("发现文物报告")
    expected = searcher.windows.bm25.scores(tokens)

    def no_build(*_args, **_kwargs):
        raise AssertionError("BM25 was rebuilt although a valid copy is stored")

    monkeypatch.setattr(BM25Index, "build", no_build)
    again = Searcher(two_documents(), FakeEmbedder(), tmp_path / "idx")
    assert np.allclose(again.windows.bm25.scores(tokens), expected)
    assert again.clause_level.bm25.idf("文物") == searcher.clause_level.bm25.idf("文物")


def test_stored_bm25_is_rebuilt_when_damaged_or_the_tokenizer_changes(
    searcher: Searcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "idx" / "clauses-bm25"
    (folder / lexical_store.VOCAB).write_text("{}", encoding="utf-8")
    with pytest.raises(lexical_store.LexicalMissing):
        lexical_store.load(folder, searcher.fingerprint(), len(searcher.clause_level.passages))
    rebuilt = Searcher(two_documents(), FakeEmbedder(), tmp_path / "idx")
    assert rebuilt.clause_level.bm25.doc_freq("文物") > 0
    lexical_store.load(folder, rebuilt.fingerprint(), len(rebuilt.clause_level.passages))

    monkeypatch.setattr(lexical_store, "tokenizer_fingerprint", lambda: "another-dictionary")
    with pytest.raises(lexical_store.LexicalMissing):
        lexical_store.load(folder, rebuilt.fingerprint(), len(rebuilt.clause_level.passages))


# --- document priors -------------------------------------------------------------------


def test_named_document_bonus_raises_negative_scores_too(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every fused score negative, the named document's unit slightly behind: a bonus that
    multiplied would push it further down; an additive one lifts it."""

    def fuse(self: Evidence, weights) -> np.ndarray:
        n = len(self.unit_dense)
        return np.linspace(-0.40, -0.50, n).astype(np.float32)[::-1]  # the last unit best

    monkeypatch.setattr(Evidence, "fuse", fuse)
    monkeypatch.setattr(Searcher, "AUDIENCE_PENALTY", 0.0)
    hits = searcher.search("文物保护管理办法里发现文物怎么办", k=3)
    assert hits[0].unit.doc_id == "relic-protection"
    assert hits[0].score > -0.5  # raised, not multiplied to -0.75


def test_a_group_s_rules_give_way_unless_the_question_names_the_group(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    def scores(query: str, penalty: float) -> dict[str, float]:
        monkeypatch.setattr(Searcher, "AUDIENCE_PENALTY", penalty)
        searcher._vectors.clear()
        return {h.unit.id: h.score for h in searcher.search(query, k=3)}

    citizen, plain = scores("发现文物不报告", 0.1), scores("发现文物不报告", 0.0)
    assert citizen["relic-custodians/art-1"] == pytest.approx(plain["relic-custodians/art-1"] - 0.1)
    assert citizen["relic-protection/art-1"] == pytest.approx(plain["relic-protection/art-1"])
    custodian = "看管员发现文物不报告"
    assert scores(custodian, 0.1) == pytest.approx(scores(custodian, 0.0))


def test_a_document_s_name_does_not_count_as_its_words(searcher: Searcher) -> None:
    words = searcher._words_of("文物保护管理办法从什么时候起施行")
    assert "文物保护管理办法" not in words and "施行" in words
    assert searcher._words_of("发现文物怎么办") == "发现文物怎么办"


# --- lexicon and the kind of value asked ------------------------------------------------


def test_lexicon_keys_with_a_gap_match_either_word_order() -> None:
    assert "缴费" in expand_query("医保啥时候交")
    assert "缴费" in expand_query("什么时候交医保")
    assert "缴费" not in expand_query("医保的钱不够了，家里人说要把东西上交")  # too far apart
    assert "文物" in expand_query("捡到古董要上交吗")


def test_questions_name_the_kind_of_value_they_ask_for() -> None:
    assert [t.name for t in asked("交了医保多久能用")] == ["date"]
    assert [t.name for t in asked("住院起付线是多少钱")] == ["amount"]
    assert [t.name for t in asked("报销比例是多少")] == ["ratio"]
    assert asked("捡到古董要上交吗") == ()


def test_the_clause_holding_the_asked_kind_of_value_is_preferred(tmp_path: Path) -> None:
    sentences = ("参保人员按规定享受医保待遇。", "参保人员于次年1月1日起享受医保待遇。")
    parts = tuple(Part("paragraph", f"第{i + 1}款", s) for i, s in enumerate(sentences))
    doc = Document(
        id="t",
        title="测试办法",
        kind="articles",
        units=[unit("t", "测试办法", 1, "".join(sentences), parts)],
    )
    searcher = Searcher(Corpus([doc]), FakeEmbedder(), tmp_path / "idx")
    searcher.fact_bonus = 0.0
    plain = searcher.rank_clauses("什么时候享受医保待遇", doc.units, k=2)
    searcher.fact_bonus = 0.5
    preferred = searcher.rank_clauses("什么时候享受医保待遇", doc.units, k=2)
    assert "1月1日" in preferred[0].text
    gain = {c.text: c.score for c in preferred}
    before = {c.text: c.score for c in plain}
    assert gain[sentences[1]] - before[sentences[1]] == pytest.approx(0.5)
    assert gain[sentences[0]] == pytest.approx(before[sentences[0]])


def test_a_caller_can_name_the_kind_of_value_asked(tmp_path: Path) -> None:
    """A question frame's fact type overrides the reading of the words (old calls unchanged)."""
    sentences = ("参保人员按规定享受医保待遇。", "参保人员于次年1月1日起享受医保待遇。")
    parts = tuple(Part("paragraph", f"第{i + 1}款", s) for i, s in enumerate(sentences))
    doc = Document(
        id="t",
        title="测试办法",
        kind="articles",
        units=[unit("t", "测试办法", 1, "".join(sentences), parts)],
    )
    searcher = Searcher(Corpus([doc]), FakeEmbedder(), tmp_path / "idx")
    searcher.fact_bonus = 0.5
    default = {c.text: c.score for c in searcher.rank_clauses("享受医保待遇", doc.units, k=2)}
    dated = {
        c.text: c.score for c in searcher.rank_clauses("享受医保待遇", doc.units, 2, fact="date")
    }
    listed = {
        c.text: c.score for c in searcher.rank_clauses("享受医保待遇", doc.units, 2, fact="list")
    }
    assert dated[sentences[1]] == pytest.approx(default[sentences[1]] + 0.5)
    assert listed == pytest.approx(default)
    assert searcher.search("享受医保待遇", k=1, fact="date")[0].unit.id == "t/art-1"


def test_a_forced_rebuild_tokenises_again(searcher: Searcher, tmp_path: Path) -> None:
    folder = tmp_path / "idx" / "units-bm25"
    before = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (folder / "manifest.json").write_text(
        json.dumps({**before, "built_at": "earlier"}), encoding="utf-8"
    )
    searcher.rebuild()
    after = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert after["built_at"] != "earlier" and searcher.bm25 is searcher.windows.bm25
