"""The peer set-up's chunker and the scale benchmark's synthetic copies (no model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from corpus import Corpus
from evaluation.retrieval import first_rank, question_sets
from evaluation.scale import COPY_MARK, ReusedVectors, copies
from index.baseline import CHUNK_CHARS, ChunkSearcher, chunk_document
from index.search import Searcher
from tests.fakes import FakeEmbedder


def test_chunks_are_short_overlap_and_know_their_units(corpus: Corpus) -> None:
    doc = corpus.document("医保办法")
    chunks = chunk_document(doc)
    assert all(0 < len(c.text) <= CHUNK_CHARS for c in chunks)
    assert any(a.text[-20:] in b.text for a, b in zip(chunks, chunks[1:], strict=False))
    art22 = next(u for u in doc.units if u.label == "第二十二条")
    assert any(art22 in c.units and "起付线标准为400元" in c.text for c in chunks)
    covered = {u.id for c in chunks for u in c.units}
    assert covered == {u.id for u in doc.units}


def test_peer_search_returns_chunks(corpus: Corpus, tmp_path: Path) -> None:
    small = Corpus([corpus.document("看管细则")])
    peer = ChunkSearcher(small, FakeEmbedder(), tmp_path / "peer")
    hits = peer.search("看管人员每月工资", k=3)
    assert 0 < len(hits) <= 3 and all(h.doc.id == "relic-custodians" for h in hits)
    views = [
        [{"doc_title": h.doc.title, "article": u.label, "text": h.text} for u in h.units]
        for h in hits
    ]
    assert first_rank(views, [{"doc": "看管人员管理细则", "article": "第十二条"}]) is not None


def test_copies_have_their_own_ids_and_leave_the_original_alone(corpus: Corpus) -> None:
    tripled = copies(corpus, 3)
    assert len(tripled.documents) == 3 * len(corpus.documents)
    ids = [u.id for u in tripled.units()]
    assert len(ids) == len(set(ids)) == 3 * len(corpus.units())
    assert tripled.document("medical-insurance~2").units[0].doc_id == "medical-insurance~2"
    assert corpus.document("medical-insurance").units[0].id == "medical-insurance/art-1"


def test_copies_reuse_the_original_passage_vectors(corpus: Corpus, tmp_path: Path) -> None:
    small = Corpus([corpus.document("看管细则")])
    fake = FakeEmbedder()
    original = Searcher(small, fake, tmp_path / "one")
    vectors = {}
    for level in (original.windows, original.clause_level):
        vectors.update(zip(level.passages, fake.passages(level.passages), strict=True))
    doubled = Searcher(copies(small, 2), ReusedVectors(fake, vectors), tmp_path / "two")
    first, copy = doubled.windows.passages[0], doubled.windows.passages[len(original.passages)]
    assert COPY_MARK.search(copy) and COPY_MARK.sub("", copy) == first
    assert np.allclose(
        doubled.dense.index.reconstruct(0), doubled.dense.index.reconstruct(len(original.passages))
    )
    assert doubled.search("看管人员工资", k=2)


def test_question_sets_follow_the_split_field(tmp_path: Path) -> None:
    table = tmp_path / "t.jsonl"
    table.write_text(
        '{"id": "a", "split": "tune", "question": "q", "gold": []}\n'
        '{"id": "b", "split": "held-out", "question": "q", "gold": []}\n',
        encoding="utf-8",
    )
    plain = tmp_path / "p.jsonl"
    plain.write_text('{"id": "c", "question": "q"}\n', encoding="utf-8")
    names = [name for name, _ in question_sets([plain, table])]
    assert names == ["p.jsonl", "t.jsonl（tune）", "t.jsonl（held-out）"]
