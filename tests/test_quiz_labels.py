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


def test_a_judge_label_comes_from_what_must_be_noticed() -> None:
    """seed-1515 review: a verbatim statement labelled 难 (by its length alone). A true
    statement with nothing to doubt is 易 however long, with a detail to doubt 中 however long
    (seed-4141 review: a verbatim true statement is never 难); a false one is as hard as its
    change is close (a level of the same body, a figure within a factor of two)."""
    plain = "任何单位和个人不得占用、破坏、拆毁或者变卖文物保护单位。"
    long_plain = plain * 3
    assert judge_label(plain) == "易" and judge_label(long_plain) == "中"  # never 难
    figure = "县级野外文物保护单位看管人员每人每月工资1200元。"
    assert judge_label(figure) == "中"
    assert judge_label(figure + "看" * JUDGE_CUTS[1]) == "中"
    # far changes (another kind of body, another class of consequence) are the easier to spot
    assert judge_label(plain, "文物行政管理部门→公安部门") == "易"
    assert judge_label(long_plain, "文物行政管理部门→公安部门") == "中"
    # close changes: the same body at another level, a near figure, a neighbouring period
    assert judge_label(figure, "地区文物行政管理部门→自治区文物行政管理部门") == "中"
    assert judge_label(figure + "看" * JUDGE_CUTS[1], "1400元→1600元") == "难"
    assert judge_label(figure, "1年→三个月") == "易"  # a factor of four: far
    assert judge_label(figure, "当月→当年") == "中"


@pytest.mark.parametrize("size", [30, 60])
def test_no_label_tells_the_key_over_many_banks(corpus: Corpus, size: int) -> None:
    """In every bank each label's 判断 keys are within LABEL_LEAD of each other (or, filled
    late, the leading key holds at most three fifths of the label), and pooled
    over banks the share of 正确 differs little between labels (quiz8: 易 100%, 中 23%, 难 0%)."""
    pooled: Counter = Counter()
    for seed in range(200, 208):
        bank = generate(corpus, size, seed=seed)
        rows = [i.to_dict() for i in bank.items]
        assert label_tells_key(rows) == []
        assert check_bank(rows, corpus, bank.documents) == []
        for label in ("易", "中", "难"):
            keys = [r["answer"] for r in rows if r["type"] == "判断" and r["difficulty"] == label]
            # quiz29: a bank the strict passes leave short may fill with a 判断 whose key
            # leads its label, while that key holds at most three fifths of the label
            lead = max(keys.count("正确"), keys.count("错误"))
            assert 2 * lead - len(keys) <= LABEL_LEAD or 5 * lead <= 3 * len(keys)
        pooled.update((r["difficulty"], r["answer"]) for r in rows if r["type"] == "判断")
    shares = [
        pooled[(d, "正确")] / (pooled[(d, "正确")] + pooled[(d, "错误")])
        for d in ("易", "中", "难")
        if pooled[(d, "正确")] + pooled[(d, "错误")] >= 10
    ]
    # a 难 判断 needs a long clause with a detail to doubt (difficulty.judge_label), and a false
    # one is never harder than its detail asked as a gap (quiz22): few are printed (15 over 50
    # banks of 50), so a label with under ten pooled 判断 is not compared
    assert len(shares) >= 2 and max(shares) - min(shares) < 0.3
