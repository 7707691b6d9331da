"""Classes of question handled in the fifty-fifth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import read_two_diseases
from assistant.compose import deed_undone
from assistant.typos import Typos
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "class_a", "class_b"),
    [
        ("高血压在县医院开了1200的药，一半是乙类的，报多少", "600", "600"),
        ("糖尿病的药600块，乙类占两成", "480", "120"),
        ("降压药开了500，40%是甲类", "200", "300"),
    ],
)
def test_a_drug_class_said_as_a_share_of_the_bill(question, class_a, class_b) -> None:
    inputs = read_two_diseases(question)
    assert (inputs.get("class_a"), inputs.get("class_b")) == (class_a, class_b)


def test_a_bill_with_no_class_said_keeps_its_total() -> None:
    assert read_two_diseases("高血压开药花了900，报多少").get("drug_total") == "900"


@pytest.mark.parametrize(
    ("question", "supposed"),
    [
        ("他没报告呢", True),
        ("不报藏起来呢", True),
        ("那要是偷偷卖了呢", True),
        ("那县级的呢", False),
        ("要是在保护范围里面呢", False),  # a case supposed, no deed
        ("他报告了吗", False),
    ],
)
def test_a_deed_said_undone_asks_what_follows(question, supposed) -> None:
    assert deed_undone(question) is supposed


def test_an_adverb_ending_on_the_copula_is_no_mistyped_term() -> None:
    typos = Typos.build("看管人员应当如实填写巡逻日志。")
    # 老是 (always) sounds like 老师 but is an everyday word before a verb
    assert typos.correct("巡逻日志老是不写会扣钱吗")[1] == []


# --- answers (the real model) ----------------------------------------------------------------


def test_a_standing_told_earlier_raises_a_later_stays_rate(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我们家是建档立卡户", "我在县医院住院花了6000，交的250，报多少"
    )
    # (6000 − 200) × (90% + 5 points) = 5510 (第二十二条（三）, 第二十九条（四）)
    assert answer.status == "calculated" and "5510.00" in answer.answer
    assert "第二十九条（四）" in " ".join(labels(answer))


def test_a_contribution_for_a_standing_then_a_stay_of_that_person(assistant) -> None:
    *_, answer = ask_turns(
        assistant,
        "我是建档立卡户，医保一年自己交多少",
        "那他在乡卫生院住院花了3000呢，交的是250档",
    )
    # (3000 − 100) × 95% = 2755
    assert answer.status == "calculated" and "2755.00" in answer.answer


def test_another_person_named_does_not_take_the_askers_standing(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我是建档立卡户", "我同事交120的，在县医院住院花了6000，报多少"
    )
    # (6000 − 200) × 75% = 4350, no raise
    assert answer.status == "calculated" and "4350.00" in answer.answer


def test_a_standing_denied_is_told_back_as_denied(assistant) -> None:
    (answer,) = ask_turns(assistant, "我家不是贫困户")
    assert "不是建档立卡" in answer.answer


@pytest.mark.parametrize(
    ("turns", "label", "said"),
    [
        # (第十七条's items (一) and (二) both say 不及时报告; the turn alone cannot tell them
        # apart, the consequence is one)
        (("看管员巡查时发现有人盗挖要怎么做", "要是他没及时上报呢"), "第十七条", "解聘"),
        (("盖房子挖到古钱币怎么处理", "偷偷藏起来不报呢"), "第五十条（五）", "文物保护法"),
    ],
)
def test_a_duty_then_the_deed_undone_is_answered_by_what_follows(
    assistant, turns, label, said
) -> None:
    *_, answer = ask_turns(assistant, *turns)
    assert answer.status == "answered"
    assert label in labels(answer)[0] and said in answer.answer.split("\n")[0]


def test_a_term_of_one_benefit_asked_of_another_is_declined(assistant) -> None:
    (answer,) = ask_turns(assistant, "办了门诊特殊病，乙类药品要先自付几成")
    assert answer.status == "out_of_scope"
    assert "第二十五条" in " ".join(labels(answer))
    (own,) = ask_turns(assistant, "高血压两病门诊的乙类药先自付多少")
    assert own.status == "answered" and "10%" in own.answer


def test_a_condition_of_the_special_list_asked_of_a_stay_is_answered(assistant) -> None:
    (answer,) = ask_turns(assistant, "尿毒症住院交120档，在县医院花了1万，报多少")
    assert answer.status == "calculated"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("参加培训的饭钱和车费谁出", ("饭钱", "车费")),
        ("培训的住宿和吃饭谁负担", ("住宿", "吃饭")),
    ],
)
def test_two_unstated_costs_are_both_named(assistant, question, named) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.status == "out_of_scope"
    assert all(n in answer.answer.split("最相关")[0] for n in named)
    assert "五、" in " ".join(labels(answer))
