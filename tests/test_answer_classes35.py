"""Classes of question handled in the thirty-fifth session (sentences written for this test,
not taken from any evaluation table or probe). The first tests load no model; the rest use the
real one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.understanding import understand
from assistant.compose import Composed, one_of_series, undone_thing
from assistant.eligibility import standings_named
from assistant.frame import read_frame
from index.lexical import covered_by
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "我不是低保也不是建档立卡，交多少医保",
        "他既不是特困也不是孤儿，要交多少",
        "我们家不是低保户，也不是贫困户，一家四口交多少",
    ],
)
def test_two_denials_are_no_correction_to_the_second(said) -> None:
    reading = understand(said, "contribution")
    assert reading is not None and reading.inputs.get("identities") == []


@pytest.mark.parametrize(
    ("said", "tier", "cost"),
    [
        ("第二次住院在三级医院 花了两万 还是250档 报多少", 250, "20000"),
        ("又住了一次院，二级医院，花了8千，还是120档", 120, "8000"),
    ],
)
def test_still_before_a_tier_is_no_second_sum(said, tier, cost) -> None:
    frame = read_frame(said)
    assert not frame.malformed
    assert frame.slots.get("tier") == tier and frame.slots.get("cost") == cost


@pytest.mark.parametrize(
    "said", ["三级医院住院花了1万还是2万 250档 报多少", "住院花了三万或者四万，交120的"]
)
def test_two_sums_offered_are_still_refused(said) -> None:
    assert read_frame(said).malformed


@pytest.mark.parametrize(
    ("said", "class_a", "class_b"),
    [
        ("两病门诊 一级卫生院 开药花了900，其中乙类300 能报多少", "600", "300"),
        ("高血压门诊拿药 二级医院 一共1200 其中甲类1000", "1000", "200"),
        ("糖尿病门诊 三级医院 甲类500 乙类100", "500", "100"),
    ],
)
def test_a_part_of_one_class_leaves_the_rest_to_the_other(said, class_a, class_b) -> None:
    reading = understand(said, "two_diseases")
    assert reading is not None
    assert (reading.inputs.get("class_a"), reading.inputs.get("class_b")) == (class_a, class_b)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("低保户和残疾人的补贴能叠加吗", 2),
        ("我是特困又是伤残的，能一起享受吗", 2),
        ("低保和一级残疾能同时享受补贴吗", 2),
        ("残疾人医保能报多少", 1),
        ("我不是残疾人，是低保户", 1),
    ],
)
def test_a_disability_of_no_grade_is_a_standing_among_others(question, count) -> None:
    assert len(standings_named(question)) == count


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("要是忘了备案会咋样 还能报吗", "备案"),
        ("没按时备案会怎么样", "备案"),
        ("巡逻日志漏了会咋样", ""),  # (what was missed is said before the miss)
        ("没交会怎样", ""),  # (one character says nothing to look for)
    ],
)
def test_the_thing_left_undone_is_read(question, thing) -> None:
    assert undone_thing(question) == thing


def test_one_case_of_a_respective_sentence_is_cut_from_both_lists() -> None:
    lead = (
        "支付比例按60元、120元、250元档次，分别按60%、70%、90%比例给予报销（第二十四条（二））[1]"
    )
    one = one_of_series("交的120档 报几成", Composed("answered", lead + "\n原文：…"))
    assert one.answer.startswith("支付比例按120元档次，按70%比例给予报销（第二十四条（二））")
    assert one.answer.endswith("原文：…")
    # no case named, or two: the sentence as it is
    assert one_of_series("报几成", Composed("answered", lead)).answer == lead
    assert one_of_series("60和250档各报几成", Composed("answered", lead)).answer == lead


def test_a_fee_word_is_covered_by_its_funds_or_costs() -> None:
    assert covered_by("培训费", "培训费谁出", "培训经费从专项经费中支出")
    assert covered_by("医疗费", "医疗费能报吗", "产生的医疗费用按比例报销")
    assert not covered_by("培训费", "培训费谁出", "培训期间不得退训")


# --- answers (real model) ------------------------------------------------------------------


def test_two_standings_asked_together_after_a_stay_are_the_rule_not_the_stay(assistant) -> None:
    stay, both = ask_turns(
        assistant, "交120档，二级医院住院花了1万能报多少", "低保和特困的补贴能一起拿吗"
    )
    assert stay.status == "calculated"
    assert both.calculation is None and "第十八条" in " ".join(labels(both))
    assert "重复享受" in both.answer


def test_an_ungraded_disability_beside_another_standing_is_not_had_twice(assistant) -> None:
    (both,) = ask_turns(assistant, "特困人员和残疾人的缴费补贴可以叠加享受吗")
    assert "重复享受" in both.answer and "第十八条" in " ".join(labels(both))


def test_oneself_with_a_standing_after_kins_case_drops_their_age(assistant) -> None:
    *_, mine = ask_turns(assistant, "我奶奶66岁了医保要交吗", "我自己是低保户，我交多少")
    assert mine.status == "calculated"
    assert mine.calculation["inputs"].get("age") is None
    assert "低保" in mine.answer and "60周岁" not in mine.answer.split("\n")[0]


def test_a_supposed_tier_does_not_count_in_the_years_tally(assistant) -> None:
    first, supposed, second, tally = ask_turns(
        assistant,
        "交250档，在二级医院住院花了1万，能报多少",
        "要是交的是120档呢",
        "后来又去三级医院住了一次，花了2万，还是250档",
        "两次加起来报了多少",
    )
    paid = Decimal(first.calculation["result"]["payment"])
    assert supposed.status == "calculated"
    assert Decimal(supposed.calculation["result"]["payment"]) < paid
    later = Decimal(second.calculation["result"]["payment"])
    assert f"{paid + later:.2f}" in tally.answer


def test_a_correction_still_replaces_the_years_payment(assistant) -> None:
    first, corrected, tally = ask_turns(
        assistant,
        "交250档，在二级医院住院花了1万，能报多少",
        "说错了，是120档",
        "今年一共报了多少",
    )
    paid = Decimal(corrected.calculation["result"]["payment"])
    assert f"{paid:.2f}" in tally.answer
    assert first.calculation["result"]["payment"] not in tally.answer


def test_a_rate_asked_after_a_stay_placed_elsewhere_is_that_stays(assistant) -> None:
    _, rate, case = ask_turns(
        assistant,
        "我爸在西安住院了，需要备案吗",
        "我们交的250档，住的三级医院，报销比例多少",
        "总共花了4万，能报多少",
    )
    assert "75%" in rate.answer.split("\n")[0]
    assert case.status == "calculated"
    assert case.calculation["result"]["payment"] == "29700.00"  # (40000 − 400) × 75%


def test_a_consequence_of_an_undone_filing_is_said_to_be_unstated(assistant) -> None:
    for turns in (
        ("没备案的话还能报销吗",),
        ("在北京住院要备案吗", "要是忘了备案会怎样，还能报吗"),
    ):
        *_, said = ask_turns(assistant, *turns)
        assert said.status == "out_of_scope", turns
        assert "没有规定" in said.answer and labels(said)[:1] == ["第三十三条"], turns


def test_a_changed_stay_in_tibet_then_asked_of_filing_is_answered_for_that_place(
    assistant,
) -> None:
    *_, there = ask_turns(
        assistant,
        "交120档 在重庆三级医院住院花了3万 能报多少",
        "那要是在日喀则住的院呢 还要备案吗",
    )
    assert there.status == "calculated"
    assert "自治区以外" in there.answer or "不适用" in there.answer


def test_a_bill_over_the_cap_asked_what_covers_the_rest(assistant) -> None:
    (beyond,) = ask_turns(assistant, "我妈住院花了20万，超出的部分怎么办")
    assert {"第二十七条", "第二十八条"} <= set(labels(beyond))


def test_doing_well_asked_of_a_reward_is_the_reward_article(assistant) -> None:
    (reward,) = ask_turns(assistant, "看管员表现好的话有奖励吗")
    assert reward.status == "answered" and labels(reward)[:1] == ["第十六条"]
    assert "（六）" in reward.answer  # (the whole list, not one item)


def test_a_fee_asked_of_who_pays_is_answered_by_its_funds(assistant) -> None:
    (fee,) = ask_turns(assistant, "参加文物安全培训的培训费要自己掏吗")
    assert fee.status == "answered" and "专项经费" in fee.answer


def test_a_tier_named_with_a_respective_rate_gets_its_own(assistant) -> None:
    (rate,) = ask_turns(assistant, "交60档的门诊特殊病报销比例是多少")
    assert rate.answer.split("\n")[0].count("%") == 1 and "60%" in rate.answer.split("\n")[0]


def test_an_amount_rule_answered_makes_its_calculation_the_topic(assistant) -> None:
    *_, year = ask_turns(
        assistant, "看管员要多大年龄", "每个月给多少钱", "我守的是县级的点，干满一年能拿多少"
    )
    assert year.status == "calculated" and year.calculation["result"]["pay"] == "14400.00"


@pytest.mark.parametrize(
    ("question", "automated"),
    [
        ("Hi there! What can you help me with?", False),
        ("What can you do?", False),
        ("Hello, who are you?", True),
        ("Are you a real person?", True),
    ],
)
def test_the_assistant_asked_about_in_english_gets_the_help_in_english(
    assistant, question, automated
) -> None:
    (reply,) = ask_turns(assistant, question)
    assert reply.status == "answered" and reply.answer.startswith(("Hello!", "I am"))
    assert reply.answer.startswith("I am") == automated


def test_an_english_question_asking_for_help_with_a_topic_is_answered(assistant) -> None:
    (reply,) = ask_turns(assistant, "Can you help me with the deductible at a level 3 hospital?")
    assert "400" in reply.answer and not reply.answer.startswith("Hello!")


def test_the_month_after_is_said_for_the_month_named() -> None:
    from assistant.compose import with_month_after

    lead = "且在补缴的次月起方可享受待遇（第八条）[1]"
    said = with_month_after("我6月20号补缴的 哪天能用", Composed("answered", lead + "\n原文：…"))
    assert said.answer.split("\n")[1] == "按此，6月补缴的，7月起享受。"
    december = with_month_after("十二月补交的呢", Composed("answered", lead))
    assert december.answer.endswith("次年1月起享受。")
    # two months, or none: nothing added
    assert with_month_after("3月或4月补缴", Composed("answered", lead)).answer == lead
    assert with_month_after("补缴后多久能用", Composed("answered", lead)).answer == lead


@pytest.mark.parametrize(
    "question",
    [
        "我儿子在重庆读书，住院了医保要办什么手续",
        "在广州住的院 医保怎么报",
        "老伴在内地住院了 咋报销",
    ],
)
def test_a_stay_outside_tibet_asked_how_gets_its_steps_in_order(assistant, question) -> None:
    (steps,) = ask_turns(assistant, question)
    assert labels(steps) == ["第三十三条", "第三十四条", "第二十二条"]
    lead = steps.answer.split("\n")[0]
    assert lead.index("备案") < lead.index("垫付") < lead.index("降低")


@pytest.mark.parametrize(
    "question",
    ["在重庆住院几天内要备案", "在广州住院回来报销要带什么材料", "在拉萨住院要办什么手续"],
)
def test_one_step_or_a_stay_in_tibet_is_not_the_three_steps(assistant, question) -> None:
    (one,) = ask_turns(assistant, question)
    assert labels(one) != ["第三十三条", "第三十四条", "第二十二条"]


def test_a_bill_after_the_steps_is_that_stay_outside(assistant) -> None:
    _, case = ask_turns(assistant, "在成都住院了要办啥手续", "交的250档，三级医院，花了2万")
    assert case.calculation["result"]["payment"] == "14700.00"  # (20000 − 400) × 75%


@pytest.mark.parametrize(
    ("turn", "opening"),
    [("普通门诊看病也多5%吗", "不是"), ("那门特也一样多报吗", "是"), ("两病门诊也提高吗", "不是")],
)
def test_a_raise_asked_of_another_benefit_is_decided_by_its_list(assistant, turn, opening) -> None:
    _, said = ask_turns(assistant, "建档立卡的住院报销比例有提高吗", turn)
    assert said.answer.startswith(opening) and labels(said) == ["第二十九条（四）"]


def test_the_cap_named_by_its_figure_is_not_what_was_paid(assistant) -> None:
    first, second, tally = ask_turns(
        assistant,
        "我妈在二级医院住院花了1万，交的120档，能报多少",
        "8月她又去三级医院住了一次，花了2万，还是120档",
        "两次一共报了多少 离6万的封顶还剩多少",
    )
    paid = Decimal(first.calculation["result"]["payment"]) + Decimal(
        second.calculation["result"]["payment"]
    )
    assert tally.calculation is None
    assert f"{paid:.2f}" in tally.answer and f"{Decimal(60000) - paid:.2f}" in tally.answer


@pytest.mark.parametrize("question", ["我弟弟是残疾人 医保要交钱吗", "残疾人参保自己出多少钱"])
def test_a_disability_of_no_grade_gets_each_grades_rule(assistant, question) -> None:
    (rule,) = ask_turns(assistant, question)
    assert labels(rule) == ["第十八条（三）", "第十八条（一）"]
    assert rule.answer.startswith("看残疾等级")


def test_a_graded_disability_is_still_computed(assistant) -> None:
    (case,) = ask_turns(assistant, "一级残疾要交医保吗")
    assert case.status == "calculated" and case.calculation["result"]["individual"] == "0.00"


def test_oneself_with_a_standing_while_kins_tier_is_asked_is_ones_own_case(assistant) -> None:
    *_, mine = ask_turns(assistant, "我舅舅医保交多少", "他今年58", "我自己是特困供养人员")
    assert mine.status == "calculated" and mine.calculation["inputs"].get("age") is None
    assert "58" not in mine.answer


def test_a_stay_in_tibet_rated_then_billed_is_computed_outside_the_pool(assistant) -> None:
    *_, case = ask_turns(
        assistant, "我妈在日喀则住院了", "交的120档 那边是三级医院 报销比例多少", "花了2万 能报多少"
    )
    assert case.calculation["result"]["payment"] == "11760.00"  # (20000 − 400) × 60%


def test_a_stay_in_tibet_asked_how_gets_the_general_steps(assistant) -> None:
    (steps,) = ask_turns(assistant, "孩子在拉萨住院了 医保要怎么报")
    assert labels(steps) == ["第三十一条", "第三十二条", "第二十二条"]
    assert "只适用于西藏自治区以外" in steps.answer


def test_papers_asked_after_the_steps_of_a_stay_outside_are_its_claims(assistant) -> None:
    *_, papers = ask_turns(assistant, "我在西宁住院了 医保怎么报", "回来报销要准备哪些材料")
    assert labels(papers)[:1] == ["第三十四条"]


def test_an_undone_filing_said_with_what_followed_is_still_unstated(assistant) -> None:
    *_, said = ask_turns(assistant, "在杭州住院了要办啥手续", "我没备案 人已经出院了 还能报吗")
    assert said.status == "out_of_scope" and labels(said)[:1] == ["第三十三条"]


def test_whether_the_cases_parameter_exists_is_its_article(assistant) -> None:
    _, cap = ask_turns(assistant, "交60档 一级医院住院花了5000 报多少", "那有年度封顶吗")
    assert labels(cap)[:1] == ["第二十三条"] and "6万" in cap.answer


def test_a_thing_asked_to_exist_in_english_is_not_a_modals_yes_or_no(assistant) -> None:
    _, reply = ask_turns(
        assistant,
        "I paid the 120 yuan tier and spent 6000 yuan on a stay at a level 2 hospital. "
        "How much is reimbursed?",
        "is there a yearly limit?",
    )
    assert not reply.answer.startswith(("No", "Yes — the rule")) and "60,000" in reply.answer


def test_a_drug_for_one_of_the_two_illnesses_is_the_two_diseases_care() -> None:
    frame = read_frame("我爸在乡卫生院拿降糖药 今年花了900 能报多少")
    assert frame.calculator == "two_diseases"
    assert frame.slots.get("diseases") == ["糖尿病"]
    assert read_frame("高血压住院花了2万 能报多少").calculator == "inpatient"


def test_a_special_outpatient_rate_leads_while_the_bill_is_asked(assistant) -> None:
    _, rate = ask_turns(assistant, "我妈有冠心病 门诊能报吗", "门特能报多少 我们家交的120")
    assert rate.status == "follow_up" and "70%" in rate.answer.split("\n")[0]
    assert "哪一种" not in rate.answer  # (the illness said before, for her, is kept)


def test_a_raise_asked_of_another_benefit_after_a_result_that_used_it(assistant) -> None:
    *_, said = ask_turns(
        assistant,
        "我家是建档立卡户 交250档 在二级医院住院花了1万 能报多少",
        "那普通门诊看病也多5%吗",
    )
    assert said.answer.startswith("不是。按第二十九条（四）：对建档立卡")


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("孤儿住院报销能多报点吗", "孤儿"),
        ("我是低保户 看病有没有照顾", "低保对象"),
        ("残疾人看病报销比一般人高吗", "残疾人"),
    ],
)
def test_a_share_asked_for_a_standing_the_raise_is_not_for(assistant, question, who) -> None:
    (said,) = ask_turns(assistant, question)
    assert said.answer.startswith(f"文件没有给{who}规定")
    assert labels(said) == ["第二十九条（四）", "第十八条（三）"]


def test_the_raise_asked_for_its_own_standing_is_still_the_raise(assistant) -> None:
    (said,) = ask_turns(assistant, "建档立卡户看病报销能多报吗")
    assert labels(said)[:1] == ["第二十九条（四）"] and not said.answer.startswith("文件没有")
