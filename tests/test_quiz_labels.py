"""Issue 13 / seed-1111 review: a 判断's difficulty label must not tell its key."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import label_tells_key
from assistant.quiz.difficulty import JUDGE_CUTS, judge_label
from assistant.quiz.generator import LABEL_LEAD
from corpus import Corpus


def _judge(answer: str, label: str) -> dict:
    return {"type": "判断", "answer": answer, "difficulty": label, "stem": answer + label}


def test_a_label_that_predicts_the_key_is_a_violation() -> None:
    leaky = [_judge("正确", "易")] * 4 + [_judge("错误", "中")] * 4
    problems = label_tells_key(leaky)
    assert len(problems) == 2 and all("看难度就能猜答案" in p for p in problems)
    mixed = [_judge("正确", "易")] * 3 + [_judge("错误", "易")] * 2 + [_judge("错误", "中")] * 3
    assert label_tells_key(mixed) == []  # 3 of 5, and a label with three items says little


def test_the_label_is_the_clauses_whatever_the_truth() -> None:
    short, long_ = "看管人员要每日巡查。", "看" * JUDGE_CUTS[1] + "。"
    assert judge_label(short) == "易" and judge_label(long_) == "难"
    # a false statement is labelled by the true clause it was made from (Item.shown)
    assert judge_label(short) == judge_label("看管人员要每日巡查。")


@pytest.mark.parametrize("size", [30, 60])
def test_no_label_tells_the_key_over_many_banks(corpus: Corpus, size: int) -> None:
    """In every bank each label's 判断 keys are within LABEL_LEAD of each other, and pooled
    over banks the share of 正确 differs little between labels (quiz8: 易 100%, 中 23%, 难 0%)."""
    pooled: Counter = Counter()
    for seed in range(200, 208):
        bank = generate(corpus, size, seed=seed)
        rows = [i.to_dict() for i in bank.items]
        assert label_tells_key(rows) == []
        assert check_bank(rows, corpus, bank.documents) == []
        for label in ("易", "中", "难"):
            keys = [r["answer"] for r in rows if r["type"] == "判断" and r["difficulty"] == label]
            assert abs(keys.count("正确") - keys.count("错误")) <= LABEL_LEAD
        pooled.update((r["difficulty"], r["answer"]) for r in rows if r["type"] == "判断")
    shares = [
        pooled[(d, "正确")] / (pooled[(d, "正确")] + pooled[(d, "错误")])
        for d in ("易", "中", "难")
        if pooled[(d, "正确")] + pooled[(d, "错误")] >= 10
    ]
    assert len(shares) == 3 and max(shares) - min(shares) < 0.3
