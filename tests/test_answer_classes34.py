"""Classes of question handled in the thirty-fourth session (sentences written for this test,
not taken from any evaluation table or probe). The first tests load no model; the rest use the
real one."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.calculators.service import calculate
from assistant.calculators.understanding import read_identities
from assistant.compose import _date_event
from assistant.frame import Intent, read_frame
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "held"),
    [
        ("我弟弟不是低保户，医保交多少", []),
        ("他家没评上建档立卡", []),
        ("我们并非贫困户", []),
        ("不管是不是低保都要交吗", []),
        ("我妈不是低保但是一级残疾", ["重度残疾(一、二级)"]),
        ("舅舅是低保户", ["低保对象"]),
        ("他没工作，是低保户", ["低保对象"]),  # (a negation of something else)
    ],
)
def test_an_identity_said_not_to_be_held_is_not_read(said, held) -> None:
    assert read_identities(said) == held
    assert read_frame(said).person.identities == held


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("医院什么时候能挂上三甲的牌子", "挂牌"),
        ("三甲啥时候挂牌", "挂牌"),
        ("外科综合楼具体哪天投入使用", None),  # (no verb of its own after the asking words)
    ],
)
def test_the_event_a_date_is_asked_of_is_read_after_plain_when_words(question, event) -> None:
    found = _date_event(question)
    assert found == event or (event is None and found != "挂牌")


def test_a_monks_honour_level_given_as_input_completes_the_contribution(corpus) -> None:
    data = calculate(
        "contribution", {"identities": ["僧尼表彰（级别未说明）"], "honour_level": "县级"}, corpus
    )
    assert data["status"] == "calculated"
    assert Decimal(data["result"]["individual"]) == Decimal("45.00")


def test_a_monks_honour_level_unsaid_is_still_asked(corpus) -> None:
    data = calculate("contribution", {"identities": ["僧尼表彰（级别未说明）"]}, corpus)
    assert data["status"] == "follow_up" and data["follow_up"]["missing"] == ["honour_level"]


@pytest.mark.parametrize(
    ("question", "scheme"),
    [
        ("买了平安e生保 能跟居民医保一起报吗", "商业保险"),
        ("参加了职工医保，还能参加城乡居民医保吗", "城乡居民基本医疗保险"),  # (enrolment)
        ("有了居民医保还要买商业保险吗", "城乡居民基本医疗保险"),  # (nothing claimed together)
    ],
)
def test_a_commercial_policy_claimed_together_is_the_subject(question, scheme) -> None:
    assert read_frame(question).subject.scheme.value == scheme


@pytest.mark.parametrize(
    ("question", "counties"),
    [("咱们县一年养护补贴多少", 1), ("每个县一年多少养护补贴", 1), ("七个县的养护补贴一年多少", 7)],
)
def test_ones_own_county_is_one_county_of_the_subsidy(question, counties) -> None:
    from assistant.calculators.understanding import read_roads

    assert read_roads(question)["counties"] == counties


@pytest.mark.parametrize(
    ("said", "small_talk"),
    [("谢谢你啊，辛苦了", True), ("多谢您，明白了", True), ("谢谢你 住院报销比例是多少", False)],
)
def test_thanks_said_to_you_twice_are_small_talk(said, small_talk) -> None:
    assert (read_frame(said).intent is Intent.SMALL_TALK) is small_talk


@pytest.mark.parametrize(
    ("question", "scheme"),
    [
        ("我媳妇单位有职工医保，她能两个都参加吗", "城乡居民基本医疗保险"),
        ("职工医保的住院起付线是多少", "城镇职工基本医疗保险"),
    ],
)
def test_joining_both_schemes_asks_the_residents_rule(question, scheme) -> None:
    assert read_frame(question).subject.scheme.value == scheme


# --- answers (the real assistant) ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["我表哥不是低保户，交医保要多少钱", "我们家没评上低保 医保个人交多少"],
)
def test_a_denied_identity_pays_as_anyone_does(assistant, question) -> None:
    answer = assistant.ask(question)
    # (the choices, or the follow-up asking which one: never the 低保 share of 0)
    assert "0.00" not in answer.answer
    assert "60元、120元、250元" in answer.answer or (
        answer.follow_up is not None and answer.follow_up["missing"] == ["tier"]
    )


@pytest.mark.parametrize(
    "question",
    ["野外文物看管员一个点要安排几个人", "每个野外文物点配几个看管员"],
)
def test_a_head_count_per_site_is_found_though_pay_words_fill_its_article(
    assistant, question
) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and "2名" in answer.answer.split("\n")[0]
    assert labels(answer)[0] == "第十二条"


@pytest.mark.parametrize("question", ["野外文物看护员每个月工资是多少", "文物看守员一个月挣多少钱"])
def test_other_names_of_the_custodians_post_are_the_post(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and "1200" in answer.answer.split("\n")[0]


@pytest.mark.parametrize("question", ["有高血压 在门诊拿药医保报多少", "糖尿病门诊开药能报几成"])
def test_a_disease_named_without_a_bill_asks_the_rule_not_the_level(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and answer.follow_up is None
    assert "65%" in answer.answer and labels(answer)[0] == "第二十五条"


def test_the_two_diseases_rule_is_computed_once_the_bill_is_said(assistant) -> None:
    _, case = ask_turns(assistant, "糖尿病在门诊开药能报多少", "在县医院，开了一千块的药")
    assert case.status == "calculated" and "650.00" in case.answer


def test_a_bracketed_share_is_not_the_rates_asked(assistant) -> None:
    answer = assistant.ask("两病门诊能报销百分之多少")
    assert "70%" in answer.answer.split("\n")[0]


def test_a_bracketed_share_asked_by_its_own_words_is_the_answer(assistant) -> None:
    answer = assistant.ask("两病门诊里乙类药品个人先自付多少")
    assert (
        answer.answer.split("\n")[0].startswith(("在定点", "乙类"))
        and "10%" in (answer.answer.split("\n")[0])
    )


def test_a_honour_level_given_in_reply_to_its_follow_up_computes(assistant) -> None:
    asked, reply = ask_turns(assistant, "寺里的僧人被评了爱国守法先进，医保怎么交", "是县级评的")
    assert asked.follow_up is not None
    assert reply.status == "calculated" and "45.00" in reply.answer


def test_how_questions_after_a_monks_contribution_are_the_temples(assistant) -> None:
    *_, how = ask_turns(
        assistant, "僧人获得地区级爱国守法先进称号 医保个人交多少", "参保手续由谁来办"
    )
    assert labels(how)[0] == "第十一条" and "寺管会" in how.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question", ["地区人民医院什么时候能挂上三甲的牌子", "创三甲计划哪年挂牌", "三甲啥时候能挂上牌"]
)
def test_the_plaque_date_is_the_one_asked(assistant, question) -> None:
    answer = assistant.ask(question)
    assert "2021" in answer.answer.split("\n")[0] and "挂牌" in answer.answer.split("\n")[0]


def test_two_standings_subsidies_are_not_had_twice(assistant) -> None:
    answer = assistant.ask("特困和低保两样补贴可以一起领吗")
    assert answer.answer.startswith("不能重复享受") and labels(answer)[0] == "第十八条（四）"


def test_the_two_things_referred_to_are_those_of_the_last_turns(assistant) -> None:
    *_, both = ask_turns(
        assistant,
        "我有糖尿病 交的250 门诊特殊病一年花了五千能报多少",
        "如果走两病门诊呢 在二级医院",
        "那这两个能同时享受吗",
    )
    assert both.answer.startswith("不能同时享受") and labels(both)[0].startswith("第二十五条")


def test_a_stay_said_split_is_care_and_elsewhere_is_out_of_area(assistant) -> None:
    answer = assistant.ask("在西安住的院 回来报销要办啥手续")
    assert labels(answer)[0] == "第三十四条"


def test_a_what_if_with_a_question_after_a_stay_recomputes_then_answers(assistant) -> None:
    *_, both = ask_turns(
        assistant, "交120档 二级医院住院合规费用一万 报多少", "要是在重庆住的院呢 要办啥手续"
    )
    assert both.status == "calculated" and "6370.00" in both.answer
    assert "第三十四条" in labels(both)


def test_a_benefit_asked_against_others_after_a_standing_is_its_raise(assistant) -> None:
    *_, more = ask_turns(assistant, "建档立卡户交医保个人出多少钱", "那看病报销比一般人多吗")
    assert labels(more)[0] == "第二十九条（四）" and "5%" in more.answer.split("\n")[0]


def test_the_whole_prefecture_after_a_countys_posts_is_the_total(assistant) -> None:
    _, whole = ask_turns(assistant, "日土县生态补偿养护员岗位有多少", "全地区呢")
    assert "1594" in whole.answer.split("\n")[0]


def test_the_same_bill_under_the_other_benefit_is_computed(assistant) -> None:
    _, other = ask_turns(
        assistant,
        "我有高血压，交的250，门诊特殊病一年花了两千能报多少",
        "那要是走两病门诊呢，一级医院",
    )
    assert other.status == "calculated" and "第二十五条" in labels(other)[0]
    assert other.calculation["result"]["payment"] == "800.00"  # (2000 × 70% capped at 800)


def test_ones_own_county_asks_each_countys_share(assistant) -> None:
    answer = assistant.ask("咱们县一年的养护专项补贴是多少钱")
    assert re.search(r"(?<![\d.])100(\.00)?\s*万元", answer.answer.split("\n")[0])


def test_in_what_situation_a_consequence_follows_is_its_list(assistant) -> None:
    answer = assistant.ask("看管人员在什么情况会被解聘")
    assert labels(answer)[0] == "第十七条" and "（五）" in answer.answer


@pytest.mark.parametrize(
    "question", ["我买了众安尊享e生 能和城乡居民医保一起报销吗", "商业保险可以跟居民医保叠加报吗"]
)
def test_a_commercial_policy_claimed_beside_the_scheme_is_not_covered(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "out_of_scope" and "商业保险" in answer.answer
    assert labels(answer)[0] == "第二十七条"


@pytest.mark.parametrize("question", ["培训时学员把话筒摔坏了谁赔", "参加培训把电脑弄坏了要赔钱吗"])
def test_a_training_device_broken_is_paid_for_by_the_trainee(assistant, question) -> None:
    answer = assistant.ask(question)
    assert labels(answer)[0] == "四、（一）" and "赔偿" in answer.answer.split("\n")[0]


def test_a_changed_stay_with_a_yes_no_after_it_answers_both(assistant) -> None:
    *_, both = ask_turns(
        assistant, "交60档 去乡卫生院住院合规费用五千 报多少", "要是在西安住的院呢 要不要备案"
    )
    assert both.status == "calculated" and "第三十三条" in labels(both)
    assert "5日内" in both.answer


def test_standings_stacked_are_not_had_twice(assistant) -> None:
    answer = assistant.ask("低保和特困的补贴能叠加吗")
    assert answer.answer.startswith("不能重复享受") and labels(answer)[0] == "第十八条（四）"


@pytest.mark.parametrize("question", ["参加培训的人想走可以吗", "培训期间家里有事要走行不行"])
def test_wanting_to_leave_a_training_is_the_rule_on_leaving(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and labels(answer)[0] == "一、（四）"


def test_joining_both_schemes_is_decided_by_the_residents_rule(assistant) -> None:
    answer = assistant.ask("我老婆单位给交了职工医保，还能两个都参加吗")
    assert answer.status == "answered" and labels(answer)[0].startswith("第六条")
