"""A few end-to-end checks on the real model and the real gazette (the evaluation runner measures the rest)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "unit_id"),
    [
        ("住院起付线是多少", "medical-insurance/art-22"),
        ("野外文物看管员的年龄要求", "relic-custodians/art-5"),
        ("文物安全培训经费从哪里出", "relic-training/sec-5"),
        ("挂号费能报销吗", "medical-insurance/art-30"),
    ],
)
def test_gold_unit_in_top_five(real_searcher, question: str, unit_id: str) -> None:
    assert unit_id in [h.unit.id for h in real_searcher.search(question, k=5)]


def test_index_search_cli_jsonl(real_searcher) -> None:
    import json

    from index.__main__ import main
    from tests.cli_helpers import run_main

    out = run_main(
        main,
        ["search", "--jsonl", "--k", "2"],
        stdin='{"id": "q1", "question": "医保办法第22条"}\n'.encode(),
        searcher=real_searcher,
    )
    assert out.code == 0
    row = json.loads(out.out.splitlines()[0])
    assert row["id"] == "q1" and row["hits"][0]["article"] == "第二十二条"
    assert set(row["hits"][0]) >= {"doc_title", "parent_title", "article", "text", "score"}
