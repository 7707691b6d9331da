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


@pytest.mark.parametrize(
    ("turns", "label", "said"),
    [
        # in Ngari's hospitals the fund's share is settled by card (第三十一条)
        (("在乡卫生院住院，出院时得自己先把钱全垫上吗",), "第三十一条", "直接持卡结算"),
        # outside Tibet, said earlier: one pays it all first (第三十四条)
        (("我妈在西安住院了，医保要办啥", "那钱要自己先垫着吗"), "第三十四条", "垫付"),
    ],
)
def test_paying_first_is_the_rule_of_where_one_is_treated(assistant, turns, label, said) -> None:
    *_, answer = ask_turns(assistant, *turns)
    assert answer.status == "answered"
    assert labels(answer)[0] == label and said in answer.answer.split("\n")[0]


def test_a_stay_counted_in_hundreds_of_days_is_settled_every_180(assistant) -> None:
    (answer,) = ask_turns(assistant, "我舅住院住了三百多天了，这钱医保怎么结")
    assert "180天" in answer.answer.split("\n")[0]


def test_a_lacking_site_level_said_with_its_site_is_refused_by_name(assistant) -> None:
    _, answer = ask_turns(
        assistant, "县级文保点看管员干了3个月拿多少", "那市级文物保护单位的看管员干3个月呢"
    )
    assert answer.status == "error" and "县级" in answer.answer


def test_a_custodians_requirements_asked_as_such(assistant) -> None:
    first, second = ask_turns(assistant, "日土县招文物看管员，应聘要符合啥要求", "那我三舅49岁呢")
    assert "25-50岁" in first.answer and "未说明年龄" not in first.answer
    assert second.answer.startswith("可以报名")


def test_the_time_rules_asked_in_general_give_the_window(assistant) -> None:
    (answer,) = ask_turns(assistant, "在外省住院了，备案时间上有什么要求")
    assert labels(answer)[0] == "第三十三条" and "5日内" in answer.answer


def test_a_year_the_series_lacks_is_said_to_be_lacking(assistant) -> None:
    (answer,) = ask_turns(assistant, "2022年就业援藏岗位提供了多少个")
    assert answer.status == "out_of_scope" and "2017" in answer.answer
    (own,) = ask_turns(assistant, "2024年高校毕业生大概多少人")
    assert own.status == "answered"


def test_a_private_policy_beside_the_scheme_is_not_in_the_gazette(assistant) -> None:
    (answer,) = ask_turns(assistant, "孩子有学校买的商业保险，住院了居民医保还能报销吗")
    assert answer.status == "out_of_scope" and "第六条" in " ".join(labels(answer))


@pytest.mark.parametrize(
    ("moved", "fund"),
    [
        ("我8月份换到职工医保了", "城乡居民医疗保险基金"),
        ("我从职工医保转到居民医保了", "城镇职工医疗保险基金"),
    ],
)
def test_who_pays_after_a_move_is_the_rule_of_that_way(assistant, moved, fund) -> None:
    _, answer = ask_turns(assistant, moved, "那前几个月住院的钱谁出")
    assert labels(answer)[0] == "第十三条"
    assert fund in answer.answer.split("\n")[0]


def test_an_undone_duty_asked_its_penalty_is_silent_when_no_list_names_it(assistant) -> None:
    _, answer = ask_turns(
        assistant, "出土文物要在多长时间内移交", "要是过了期限还没移交，会被怎么处罚"
    )
    assert answer.status == "out_of_scope" and "第二十条" in " ".join(labels(answer))


def test_a_pressing_adverb_is_no_thing_asked(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员的工资究竟从哪出")
    assert answer.status == "answered" and "地区财政" in answer.answer
