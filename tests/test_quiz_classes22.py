"""quiz22: the seed-2121 review's findings as classes — a payer another article names for the same
cost is no distractor, a party the documents never name is no mistake, three items of one
article ask three sentences, a false 判断 is never harder than the same detail as a gap, and a
false statement built from another article's consequence quotes that article too."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import check_item, own_clauses, unit_limit
from assistant.quiz.difficulty import LABELS, judge_label, label, odd_one_out
from assistant.quiz.generator import item_facts, pool
from assistant.quiz.terms import paid_for, payer_named_elsewhere
from corpus import Corpus

SEEDS = (0, 1, 2)
PAY = "relic-custodians/art-12"


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


@pytest.fixture(scope="module")
def banks(corpus: Corpus):
    return [generate(corpus, 60, seed=s) for s in SEEDS]


def _articles(corpus: Corpus) -> list[str]:
    return [
        u.text
        for d in ("relic-protection", "relic-custodians")
        for u in corpus.document_by_id(d).units
    ]


def test_a_payer_another_article_names_for_the_same_cost_is_arguable(corpus: Corpus) -> None:
    """办法 第六条 spends 各县人民政府本级财政's relic funds on 聘请文物保护看管人员: 县级财政 for
    the custodians' pay (细则 第十二条 says 地区财政) can be defended; 自治区财政 cannot. A party
    that only helps a dig (施工单位 in 第二十一条) is not named as paying for it."""
    pay = "看管人员经费由地区财政纳入年初预算。"
    assert paid_for(pay) == ["看管人员"]
    articles = _articles(corpus)
    assert payer_named_elsewhere("县级财政", pay, articles)
    assert not payer_named_elsewhere("自治区财政", pay, articles)
    dig = "凡因基本建设和生产建设需要的考古调查、勘探、发掘，所需费用由建设单位列入建设工程预算。"
    assert "发掘" in paid_for(dig)
    assert not payer_named_elsewhere("施工单位", dig, articles)


def test_no_item_offers_an_arguable_payer_or_a_party_nobody_names(corpus: Corpus, items) -> None:
    """The pool: no 单选 or false statement on who pays offers 县级财政, 监理单位 or 设计单位 (the
    texts never mention the last two); the 多选 over the parties joined under one duty keeps
    them, because there they cannot be right."""
    payers = [
        i for i in items if i.detail_kind in ("funder", "actor") and i.type in ("单选", "判断")
    ]
    assert payers  # 第二十二条's false statements are still made, with 施工单位/考古发掘单位
    for item in payers:
        printed = " ".join([*item.options, item.changed])
        assert not any(w in printed for w in ("县级财政", "监理单位", "设计单位")), item.stem
    assert any("施工单位" in i.changed for i in payers if i.unit_id == "relic-protection/art-22")


def test_the_checker_refuses_both_payer_mistakes(corpus: Corpus, items) -> None:
    """The review's items as printed: 2121-9 (县级财政 among the options) and 2121-20 (监理单位
    pays for the dig) are refused by check_bank; the same items with plausible payers pass that
    rule."""
    blank = next(i for i in items if i.unit_id == PAY and "经费由" in i.stem and i.type == "填空")
    single = dict(
        blank.to_dict(),
        type="单选",
        stem=blank.stem.replace("______", "（  ）"),
        options=["自治区财政", "乡（镇）财政", "地区财政", "县级财政"],
        answer="C",
    )
    found = check_bank([single], corpus, ["relic-protection", "relic-custodians"])
    assert any("县级财政" in p and "同一项费用" in p for p in found)
    assert not any("同一项费用" in p for p in check_bank([single], corpus, ["relic-custodians"]))
    swap = next(i for i in items if i.detail_kind == "actor" and i.type == "判断" and i.changed)
    was, now = swap.changed.split("→")
    bad = dict(swap.to_dict(), stem=swap.stem.replace(now, "监理单位"), changed=f"{was}→监理单位")
    assert any("监理单位" in p and "从未提到" in p for p in check_bank([bad], corpus))
    assert not any(
        "从未提到" in p or "同一项费用" in p for p in check_bank([swap.to_dict()], corpus)
    )


def test_three_items_of_an_article_ask_three_sentences(corpus: Corpus, banks) -> None:
    """细则 第十二条 is one sentence (2名, 地区财政, 1200元, 1400元): three items on it read as one
    article asked three times (2121-1, 5, 9). A third item stands on a third sentence only, in
    the planner (only once nothing else is left) and in the checker; on a key article's sentence
    a third clause of its own (seed-4141 review: 第十二条's payer beside its head count and pay,
    checker.own_clauses)."""
    one = [[f"{PAY}#0@0~2名"], [f"{PAY}#0@20~地区财政"], [f"{PAY}#0@40~1200元"]]
    assert not unit_limit(one)
    assert unit_limit(one[:2])
    assert unit_limit(one, key=True)
    assert not unit_limit([*one[:2], [f"{PAY}#0@20~地区财政"]], key=True)  # one clause twice
    assert unit_limit([["a/art-27#0@0~两年"], ["a/art-27#1"], ["a/art-27#2:发现…的，"]])
    for bank in banks:
        rows = [i.to_dict() for i in bank.items]
        assert check_bank(rows, corpus, bank.documents) == []
        per = Counter(i.unit_id for i in bank.items)
        for unit_id, count in per.items():
            if count < 3:
                continue
            held = [i for i in bank.items if i.unit_id == unit_id]
            for n, a in enumerate(held):
                for b in held[n + 1 :]:
                    assert not item_facts(a) & item_facts(b) or own_clauses(
                        a.to_dict(), b.to_dict()
                    )


def test_a_false_statement_is_never_harder_than_its_detail_as_a_gap(items) -> None:
    """2121-7 asked 第三十七条's 自治区级以上 as 单选 (中), 2122-18 as 判断 with 县级 (难): the
    swap shown is no harder than recalling the detail among options. Over the pool, a false
    判断 is labelled at most as hard as a 单选/填空 on the same fact, unless that 单选 is 易 only
    because its key's form differs from every distractor (第一时间 among 3日内…)."""
    clause = (
        "文物保护单位的壁画、馆藏文物和考古发掘现场不得拍摄。确因特殊需要，经自治区级以上文物"
        "行政管理部门批准，可以由文物保护单位提供照片。"
    )
    swap = judge_label(clause, "自治区级以上文物行政管理部门→县级文物行政管理部门")
    assert swap == "中"
    by_key: dict[str, list] = {}
    for item in items:
        for k in item.rule_keys:
            by_key.setdefault(k, []).append(item)
    pairs = 0
    for group in by_key.values():
        for j in (i for i in group if i.type == "判断" and i.answer == "错误"):
            for g in (i for i in group if i.type in ("单选", "填空")):
                right = g.answer_text()
                if g.type == "单选" and odd_one_out(right, [o for o in g.options if o != right]):
                    continue
                pairs += 1
                assert LABELS.index(j.difficulty) <= LABELS.index(g.difficulty), (j.stem, g.stem)
    assert pairs >= 20
    # a label the checker recomputes: the cap holds for the gap's own label function too
    assert LABELS.index(swap) <= LABELS.index(
        label(clause, "自治区级以上文物行政管理部门", "body", 3)
    )


def test_a_brought_consequence_is_explained_with_both_articles(corpus: Corpus, items) -> None:
    """2121-13: "发现……不及时报告的，只适当扣除当月野外看管补助，不予解聘" puts 细则 第十一条's
    deduction on a 第十七条 breach. Since the seed-5353 review (14 beside 20) no false statement
    borrows it: 第十一条's own item, asked in every bank, told it false. The checker still
    refuses such a statement whose explanation does not quote 第十一条 too."""
    assert not [i for i in items if i.unit_id == "relic-custodians/art-17" and "当月" in i.changed]
    unit = corpus.unit_by_id("relic-custodians/art-17")
    brought = {
        "id": "brought",
        "type": "判断",
        "stem": "《野外文物看管人员管理细则》规定：野外文物看管人员未经批准，擅自对外提供重要文物信息"
        "和资料的，适当扣除当月野外看管补助，继续留用。",
        "options": ["正确", "错误"],
        "answer": "错误",
        "explanation": f"依据{unit.citation}：“{unit.text}”",
        "source": unit.citation,
        "unit_id": unit.id,
        "changed": "由文物行政管理部门解聘野外文物看管人员资格→适当扣除当月野外看管补助，继续留用",
    }
    assert any("第十一条" in p and "解析却没有引用" in p for p in check_item(brought, corpus))
