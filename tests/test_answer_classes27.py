"""Classes of question handled in the twenty-seventh session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import re

import pytest

from assistant.calculators import run
from assistant.calculators.understanding import (
    blood_pressure,
    custodian_groups,
    read_custodian,
    read_general,
    read_roads,
    read_special,
    stay_cases,
    understand,
)
from tests.conversation import ask_turns

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, groups",
    [
        (
            "仨看管员都在县级点，两个干了一整年，一个干了4个月，工资总共多少",
            [("县级", 12, 2), ("县级", 4, 1)],
        ),
        (
            "我哥在全国重点文保单位守了7个月，我嫂子在县级点守了10个月，俩人一共拿多少",
            [("全国重点", 7, 1), ("县级", 10, 1)],
        ),
        (
            "老王先在县级点干了两个月，后来调去自治区级点又干了半年",
            [("县级", 2, 1), ("自治区级", 6, 1)],
        ),
    ],
)
def test_custodians_paid_differently_in_one_sentence_are_groups(question, groups) -> None:
    found = custodian_groups(question)
    assert [(g["site_level"], g["months"], g["persons"]) for g in found] == groups


@pytest.mark.parametrize(
    "question",
    [
        "县级点3个看管员干了5个月 工资一共多少",
        "看管员每月1400，干了三个月一共多少",
        "县级2处 自治区级1处 半年预算",
    ],
)
def test_one_group_or_a_budget_is_not_split(question) -> None:
    assert custodian_groups(question) == []


@pytest.mark.parametrize(
    "question, level, months",
    [
        ("看管员一个月1400块，干了七个月能拿多少", "自治区级", 7),
        ("守文物点的一个月一千二，我干了十个月", "县级", 10),
        ("县级看管员每月工资多少", "县级", None),
    ],
)
def test_a_monthly_wage_said_is_no_month_worked(question, level, months) -> None:
    read = read_custodian(question)
    assert read.get("site_level") == level
    if months is not None:
        assert read["months"] == months


@pytest.mark.parametrize(
    "question, pressure, met",
    [
        ("高血压门特，量的是145/92，120档花了3000", (145, 92), False),
        ("血压一直170／105mmHg，门诊特殊病花了4000", (170, 105), True),
        ("高压155低压96，60档门特花了2000", (155, 96), True),
    ],
)
def test_a_blood_pressure_decides_the_special_condition_and_is_no_cost(
    question, pressure, met
) -> None:
    assert blood_pressure(question) == pressure
    read = read_special(question)
    assert read["disease"] == "高血压" and read["bp_150_95"] is met
    assert read["cost"] not in {str(pressure[0]), str(pressure[1])}


def test_a_reading_below_the_threshold_pays_nothing_as_special_outpatient() -> None:
    read = read_special("高血压门特，量的是145/92，120档花了3000")
    result = run("special_outpatient", {**read, "tier": 120})
    assert result.result["payment"] == "0.00"  # 第二十四条（一）: 血压持续150/95mmHg


def test_a_condition_named_before_the_scheme_is_passed_on_to_be_refused() -> None:
    read = read_special("腰间盘突出能不能走门诊特殊病？交120的，花了5000")
    assert read["disease"] == "腰间盘突出"
    read = read_special("我妈能算门特吗，她是痛风，120档花了3000")
    assert read["disease"] == "痛风"  # a listed one, found by the list; 我妈 is no condition


def test_a_years_outpatient_sum_is_the_bill_asked_about() -> None:
    assert read_general("普通门诊今年一共累计看了380块，能报多少") == {
        "cost": "380",
        "prior_cost": "0",
    }
    later = read_general("普通门诊之前累计花了150，这次又花了90")
    assert later == {"prior_cost": "150", "cost": "90"}


@pytest.mark.parametrize(
    "question, counties, prefecture",
    [
        ("四好农村路的养护补贴，地区财政一年拿多少", 0, True),
        ("每县一年多少养护专项补贴", 1, False),
        ("全地区每年出多少养护补贴", None, None),
    ],
)
def test_the_prefecture_named_as_the_payer_is_its_own_share(question, counties, prefecture) -> None:
    read = read_roads(question)
    assert read.get("counties") == counties and read.get("prefecture") == prefecture


@pytest.mark.parametrize(
    "question, persons",
    [
        ("老公一级医院首次花了8千，我自己在三级医院首次花了3万，交的都是250", ["老公", "我"]),
        ("我妈二级医院住院6千，我爸三级医院住院2万，都是120档", ["我妈", "我爸"]),
    ],
)
def test_each_persons_stay_in_one_sentence_is_theirs(question, persons) -> None:
    assert [c.person for c in stay_cases(question)] == persons


def test_one_persons_stays_name_no_person() -> None:
    assert {c.person for c in stay_cases("住了两回院，一回花了6千，一回花了9千")} == {""}


def test_monks_honoured_at_a_level_stay_on_the_highest_tier() -> None:
    read = understand("获得地区级爱国守法先进的僧人，二级医院住院花了6000", "inpatient")
    result = run("inpatient", read.inputs)
    assert result.result["payment"] == "5220.00"  # (6000−200)×90%, 第十八条（五）: 30 + 220
    assert "第十八条" in result.steps[0].citation.display


def test_a_household_with_one_exempt_member_sums_what_others_pay() -> None:
    read = understand("一家三口，我是特困供养人员，其余2人交250档，全家交多少", "contribution")
    assert read.inputs["identity_exempt_persons"] == 1
    result = run("contribution", read.inputs)
    assert result.result["total"] == "500.00"
    assert result.result["paid_for_household"] == "250.00"  # the aid fund's 250 for one


def test_a_poor_household_sums_the_aid_funds_share() -> None:
    result = run(
        "contribution",
        {"mode": "enrol", "identities": ["建档立卡贫困人员"], "persons": 4},
    )
    assert result.result["total"] == "240.00"
    assert result.result["paid_for_household"] == "760.00"  # 4 × 190, 第十八条（四）


def test_an_excluded_stay_keeps_its_case() -> None:
    result = run(
        "inpatient",
        {"excluded": "交通事故", "cost": "8000", "tier": 120, "level": "一级"},
    )
    assert result.result["payment"] == "0.00"
    assert result.inputs["tier"] == 120 and result.inputs["level"] == "一级"


# --- with the model ------------------------------------------------------------------------


def _first_line(response) -> str:
    return response.answer.split("\n")[0]


def test_custodian_groups_are_summed(assistant) -> None:
    (response,) = ask_turns(
        assistant, "两个看管员在县级点干了9个月，另外一个在自治区级点干满一年，工资一共多少"
    )
    assert response.status == "calculated", response.answer
    # 2 × 1200 × 9 + 1400 × 12 = 21600 + 16800
    assert "38400.00" in _first_line(response)


def test_two_peoples_stays_count_in_their_own_years(assistant) -> None:
    (response,) = ask_turns(
        assistant, "我爸三级医院住院花了1万，我妈一级医院住院花了4000，都是交的60档，各能报多少"
    )
    assert response.status == "calculated", response.answer
    # 爸: (10000−400)×60% = 5760; 妈: first stay of her own, (4000−200)×70% = 2660
    assert re.findall(r"支付 ([\d.]+) 元。（", response.answer) == ["5760.00", "2660.00"]
    assert "8420.00" in _first_line(response)


def test_another_persons_age_sets_their_own_tier(assistant) -> None:
    _, mother, sister = ask_turns(
        assistant,
        "我交的60档，在县医院（二级）住院花了5000",
        "那我妈呢，她67了，也在这家医院住院花了5000",
        "我姐呢，35岁，也是5000",
    )
    assert mother.status == "calculated", mother.answer
    assert "4320.00" in _first_line(mother)  # 250 tier by age (第十八条（二））: (5000−200)×90%
    assert sister.status == "follow_up"  # the rule's tier of the mother is not the sister's


def test_a_later_part_with_no_subject_asks_of_the_first_parts_subject(assistant) -> None:
    (response,) = ask_turns(assistant, "我45岁，能报名当野外文物看管员吗？要是选上了一个月给多少钱")
    assert "第五条" in response.answer
    assert "1200" in response.answer and "1400" in response.answer  # 细则 第十二条
    assert "没有规定" not in response.answer


def test_a_second_calculation_in_one_message_keeps_its_figures(assistant) -> None:
    (response,) = ask_turns(assistant, "养护专项补贴一个县一年多少？地区财政一年出多少？")
    assert "100.00" in response.answer and "350.00" in response.answer


def test_a_changed_cause_after_an_exclusion_is_computed(assistant) -> None:
    _, fall, fight = ask_turns(
        assistant,
        "骑摩托出了交通事故，在一级医院住院花了6000，交的120，能报吗",
        "要是干活时不小心摔伤的呢",
        "那跟人打架打伤的呢",
    )
    assert fall.status == "calculated" and "4350.00" in _first_line(fall)  # (6000−200)×75%
    assert fight.status == "calculated" and "0.00" in _first_line(fight)
    assert "第三十条" in fight.answer


def test_a_mild_disability_after_an_exemption_pays_again(assistant) -> None:
    _, mild = ask_turns(assistant, "我是一级残疾人，医保还要交钱吗", "那要是四级残疾呢")
    assert mild.answer.startswith("需要交"), mild.answer
    assert "一、二级" in mild.answer


def test_an_heirloom_for_sale_is_answered_with_the_private_holders_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "爷爷那辈传下来的一幅唐卡，我想卖掉，可以吗")
    assert response.status == "answered", response.answer
    assert "第三十二条" in _first_line(response)


def test_a_persons_own_collection_is_not_a_museums(assistant) -> None:
    (response,) = ask_turns(assistant, "个人收藏的老物件能不能买卖")
    assert "第三十二条" in _first_line(response)


def test_what_covers_costs_after_the_cap_is_the_next_layers(assistant) -> None:
    for question in ("医保封顶了，多出来的那些钱咋办", "报销完自己还得掏好几万，还能找谁"):
        (response,) = ask_turns(assistant, question)
        assert response.status == "answered", response.answer
        for article, figure in (("第二十七条", "14万"), ("第二十七条", "30万"), ("第二十八条", "")):
            assert article in response.answer and figure in response.answer


def test_a_family_account_balance_is_not_the_costs_after_the_cap(assistant) -> None:
    (response,) = ask_turns(assistant, "原来家庭账户里剩下的钱怎么办")
    assert "第二十六条" in _first_line(response) and "大病保险" not in response.answer


def test_a_statement_that_ends_in_a_question_is_answered(assistant) -> None:
    (response,) = ask_turns(assistant, "我们家是特困户 交医保要自己出钱不")
    assert response.status == "calculated", response.answer
    assert _first_line(response).startswith("不用交")


def test_a_heard_exemption_is_checked_against_the_age(assistant) -> None:
    (response,) = ask_turns(assistant, "我舅62岁男的 听人说过了60就免了 真的假的")
    assert response.answer.startswith("按年龄需要交"), response.answer
    assert "男年满65周岁" in response.answer


def test_care_said_with_also_counts_against_the_same_cap(assistant) -> None:
    first, stay = ask_turns(
        assistant,
        "我姑姑肾衰透析，交的250档，门诊特殊病今年花了6万",
        "她也在三级医院住了一次院，花了2万",
    )
    assert "54000.00" in _first_line(first)  # 60000 × 90%, 第二十四条（二）
    assert stay.status == "calculated", stay.answer
    # (20000−400)×85% = 16660, but 60000 − 54000 leaves 6000 (第二十三条)
    assert "6000.00" in _first_line(stay)


def test_the_whole_prefecture_is_counted_anew_not_added(assistant) -> None:
    *_, whole = ask_turns(
        assistant,
        "革吉县一年的养护专项补贴是多少",
        "全地区七个县加上地区财政那部分呢",
    )
    assert whole.status == "calculated", whole.answer
    assert "1050.00" in _first_line(whole)


def test_a_later_stay_is_not_the_births(assistant) -> None:
    _, later = ask_turns(
        assistant,
        "我媳妇在乡卫生院生孩子，合规花了3000，交的120档",
        "她后来又在二级医院住了一次院，花了1万",
    )
    # (10000 − 200×70%)×75% = 7395: a second stay, no longer paid in full as a birth
    assert "7395.00" in _first_line(later), later.answer


def test_back_to_an_earlier_result_after_another_subject(assistant) -> None:
    *_, back = ask_turns(
        assistant,
        "我在县级文物点看管，干了一整年，工资多少",
        "住院起付线三级医院多少",
        "说回看管员工资，要是只干了7个月呢",
    )
    assert back.status == "calculated", back.answer
    assert "8400.00" in _first_line(back)  # 1200 × 7, 细则 第十二条


def test_a_pronoun_names_the_kin_said_before(assistant) -> None:
    (response,) = ask_turns(
        assistant, "我和我老公都交60档，我在一级医院花了5000，他在三级医院花了2万，各报多少"
    )
    # me: (5000−200)×70% = 3360; him: first stay of his own, (20000−400)×60% = 11760
    assert re.findall(r"支付 ([\d.]+) 元。（", response.answer) == ["3360.00", "11760.00"]


def test_a_baby_who_died_unregistered_is_paid_by_the_mothers_fund(assistant) -> None:
    (response,) = ask_turns(assistant, "娃还没落户口就夭折了，医院抢救的钱还能报吗")
    assert "母亲" in _first_line(response) and "第二十九条" in response.answer


def test_a_stay_over_180_days_is_settled_in_stretches(assistant) -> None:
    (response,) = ask_turns(
        assistant, "120档，二级医院连续住了210天，前180天花了2万，后30天花了4000"
    )
    # (20000−200)×75% = 14850; the rest as the next stay: (4000−140)×75% = 2895
    assert "17745.00" in _first_line(response)
    assert "180天" in response.answer


def test_why_one_result_differs_from_the_last_names_the_rule(assistant) -> None:
    *_, why = ask_turns(
        assistant,
        "交120档，在成都住院，三级医院，花了1万",
        "要是在阿里本地的三级医院呢",
        "为什么区外报得少",
    )
    assert "降低" in why.answer and "第二十二条" in why.answer


@pytest.mark.parametrize(
    "question, groups",
    [
        (
            "卓玛2月到6月在县级点看管，7月起调去国保单位一直干到年底，今年工资多少",
            [("县级", 5, 1), ("全国重点", 6, 1)],
        ),
    ],
)
def test_a_move_between_sites_is_two_spans_and_the_year_asked_is_none(question, groups) -> None:
    found = custodian_groups(question)
    assert [(g["site_level"], g["months"], g["persons"]) for g in found] == groups


def test_a_months_pay_after_a_stated_deduction_is_read() -> None:
    read = read_custodian("县级点看管员5月份日志没按要求填，县里扣了200元，他5月到手多少")
    assert read["months"] == 1 and read["deduction"] == "200"
    result = run("custodian_pay", read)
    assert result.result["pay"] == "1000.00"  # 1200 − 200, 细则 第十一、十二条


def test_an_accident_after_months_worked_forfeits_the_pay() -> None:
    read = read_custodian("县级点看管员守到6月出了重大看管事故，今年补助还有多少")
    assert read["accident"] is True and read["months"] == 6
    assert run("custodian_pay", read).result["pay"] == "0.00"  # 第十一条


def test_a_month_after_a_pronoun_is_no_age() -> None:
    from assistant.frame import read_frame

    assert read_frame("他4月实发多少").person.age is None
    assert read_frame("他45了，能当看管员吗").person.age == 45


def test_a_bill_beyond_the_cap_is_computed_not_the_layers(assistant) -> None:
    (response,) = ask_turns(assistant, "交60档，三级医院住院花了12万，封顶以后能报多少")
    assert response.status == "calculated", response.answer
    assert "60000.00" in _first_line(response)


def test_another_persons_age_said_without_a_stay_word_sets_their_tier(assistant) -> None:
    *_, mother = ask_turns(
        assistant,
        "我和老公都交60档，我在乡卫生院住院花了3000，他在县医院住院花了6000",
        "那我婆婆呢，她64了，也在县医院花了6000",
    )
    assert mother.status == "calculated", mother.answer
    assert "5220.00" in _first_line(mother)  # 250 tier by age: (6000−200)×90%


def test_whose_fund_pays_for_a_baby_who_died_unregistered_asked_how(assistant) -> None:
    (response,) = ask_turns(assistant, "宝宝没来得及上户口就走了，住院的钱怎么办")
    assert "母亲" in _first_line(response)


def test_why_one_persons_result_differs_from_anothers(assistant) -> None:
    *_, why = ask_turns(
        assistant,
        "我和我爸都交250档，我在乡卫生院住院花了4000，我爸在三级医院住院花了1万",
        "为什么我爸报得比我多",
    )
    assert why.answer.startswith("和您相比"), why.answer
    assert "乡镇卫生院起付线" in why.answer  # the step of mine that differs, with its article


def test_two_peoples_special_bills_keep_their_own_tiers() -> None:
    cases = stay_cases("我妈冠心病门特，250档，花了5000；我爸痛风门特，60档，花了2000")
    assert [(c.person, c.slots.get("tier")) for c in cases] == [("我妈", 250), ("我爸", 60)]
