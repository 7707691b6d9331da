"""quiz26: the seed-2527 review's findings as classes — false figures a trainee might believe,
no common-sense truth, two bodies of a procedure swapped, 细则 第五条's age asked without its
gender clause, and on-site rules weighed above administrative detail."""

from __future__ import annotations

import re

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.facts import low_value
from assistant.quiz.generator import (
    ON_SITE_RE,
    Candidate,
    _weight,
    in_turn,
    pool,
    turn_of,
)
from assistant.quiz.terms import (
    FIGURE_RE,
    figure_value,
    mistakes,
    plausible_figures,
    same_answer,
)
from corpus import Corpus

DOCS = ["relic-protection", "relic-custodians", "relic-training"]


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


def _size(text: str) -> int:
    value = figure_value(text)
    assert value is not None
    return int(value[0]) * {"个月": 30, "年": 360, "日": 1, "天": 1}.get(value[1], 1)


def test_a_false_figure_is_stated_elsewhere_or_near() -> None:
    """1400元 beside 1200元 is the mistake (never 1600元); with no figure stated, a limit of one
    year is wrong by six or nine months, never by two (seed-2527 review B13, B18)."""
    table = mistakes("figure", "1400元", "每人每月工资1400元")
    assert "1600元" in table  # the table alone would invent it
    assert plausible_figures("1400元", table, ["2名", "1200元", "1400元"]) == ["1200元"]
    limit = mistakes("figure", "一年", "协议期限不得超过一年")
    near = plausible_figures("一年", limit, [])
    assert near and "两个月" not in near and "三个月" not in near
    assert all(_size(v) * 2 >= 360 for v in near)
    # a stated figure is a mistake one can make however far off, within the bound: 六个月 (第二十
    # 条) for a loan of at most 两年, never a looser 三年
    loan = mistakes("figure", "两年", "借用期限最长不超过两年")
    assert plausible_figures("两年", loan, ["六个月", "三年"]) == ["六个月"]


def test_every_false_figure_in_the_pool_is_plausible(corpus: Corpus, items) -> None:
    texts = "".join(u.text for d in DOCS for u in corpus.document_by_id(d).units)
    stated = {m.group(0) for m in FIGURE_RE.finditer(texts)}
    checked = 0
    for item in items:
        if item.type != "判断" or item.answer != "错误" or item.detail_kind != "figure":
            continue
        was, now = item.changed.split("→")
        if not re.fullmatch(r"[\d一二三四五六七八九十两]+\D+", was):
            continue  # a range keeps the table's values
        checked += 1
        assert now in stated or 0.5 <= _size(now) / _size(was) <= 2, item.stem
    assert checked >= 4
    stems = [i.stem for i in items]
    assert not any("1600元" in s or "两个月" in s for s in stems)
    assert any("每人每月工资1200元，并根据" in s for s in stems)  # 自治区级 with the county's pay


def test_no_common_sense_truth_alone(items) -> None:
    """ "……任何单位和个人不得破坏。" alone is what nobody doubts (B19): the ban is asked with its
    four acts, or by a less obvious one (占用, 变卖)."""
    art16 = [i for i in items if i.unit_id == "relic-protection/art-16"]
    assert not any(i.stem.endswith(("不得破坏。", "不能破坏。")) for i in art16)
    # since the seed-5353 review (26) a ban on everyone copied as √ is a platitude everyone
    # marks right: the ban is asked by its less obvious act said licensed (占用), false
    assert art16 and all(i.answer == "错误" and i.stem.endswith("可以占用。") for i in art16)


def test_two_steps_of_a_procedure_swapped(corpus: Corpus, items) -> None:
    """第十三条第二款: 同级文物行政管理部门 consents, 同级城乡规划部门 approves; the false statement
    swaps the two, passes the checker, and says in its explanation what was swapped."""
    swapped = [
        i
        for i in items
        if i.unit_id == "relic-protection/art-13" and "经同级城乡规划部门同意后" in i.stem
    ]
    assert len(swapped) == 1
    item = swapped[0]
    assert item.answer == "错误" and "报同级文物行政管理部门批准" in item.stem
    assert "对调" in item.explanation
    assert check_bank([item.to_dict()], corpus, DOCS) == []
    # never a stretch that holds a modal (第十三条第一款's "……批准，在批准前应当征得……同意")
    assert not any(
        "国务院文物行政部门批准，在批准前应当征得自治区人民政府同意" in i.stem for i in items
    )


def test_custodian_age_asked_without_the_gender_clause(corpus: Corpus, items) -> None:
    """细则 第五条 (25-50岁): the figure's own clause, never "以男性为首选" (low_value never);
    a blank takes the range as people write it."""
    age = [i for i in items if i.unit_id == "relic-custodians/art-5"]
    assert {i.type for i in age} >= {"单选", "填空"}
    assert not any("男性" in i.stem for i in age)
    blank = next(i for i in age if i.type == "填空")
    assert "25至50岁" in blank.alternatives and same_answer("25至50周岁", "25-50岁")
    assert not same_answer("20至50岁", "25-50岁")
    assert check_bank([i.to_dict() for i in age[:1]], corpus, DOCS) == []


def test_on_site_rules_weigh_above_approvals(items) -> None:
    """Fire, theft and digging before who approves (seed-2527 review 四.1–2, 2.5)."""
    fire = next(
        i
        for i in items
        if "存放易燃" in i.stem and i.unit_id.endswith("art-28") and i.answer == "正确"
    )
    approval = next(
        i
        for i in items
        if i.topic == "approval" and not ON_SITE_RE.search(i.stem) and i.type == fire.type
    )
    weight = [_weight(Candidate(i, 1, "x"), 0, lambda: 0) for i in (fire, approval)]
    assert weight[0] > 2 * weight[1]


def test_a_procedural_rule_only_in_the_seeds_turn(corpus: Corpus) -> None:
    """A `last` rule (细则 第五条's age, 培训计划 …) is asked only by the seeds whose turn holds
    it: asked by every bank with room, it made two seeds share its stems."""
    asked, out_of_turn = 0, 0
    for seed in range(100, 110):
        bank = generate(corpus, 50, seed=seed)
        for item in bank.items:
            if low_value(item.stem) == "last":
                asked += 1
                out_of_turn += not in_turn(item, turn_of(seed))
    assert asked >= 5 and out_of_turn == 0
