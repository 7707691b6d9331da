"""Classes of question handled in the twenty-fourth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.advice import asks_tier_advice
from assistant.calculators.understanding import detect_calculator
from assistant.frame import read_frame
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize(
    "question, advice",
    [
        ("交哪个档最划算", True),
        ("两百五那档值不值得交", True),
        ("60档跟120档哪个更好", True),
        ("咱家该选哪一档", True),
        ("缴费档次怎么选", True),
        ("我爸72岁交哪个档好", False),  # whether he pays at all
        ("低保户选哪个档", False),  # an identity the contribution rule decides
        ("交250档住院报销比例多少", False),  # a rate asked, not a preference
    ],
)
def test_a_preference_between_tiers_is_advice(question, advice) -> None:
    assert asks_tier_advice(read_frame(question)) is advice


@pytest.mark.parametrize(
    "question, calculator",
    [
        ("在医院花了1万8能报多少", "inpatient"),
        ("老妈在卫生院花了900块能报多少钱", "inpatient"),
        ("在医院开药花了200能报吗", None),  # drugs fetched: an outpatient's
        ("在医院看门诊花了300报多少", "general_outpatient"),
    ],
)
def test_a_bill_run_up_in_a_hospital_is_a_stay_to_compute(question, calculator) -> None:
    assert detect_calculator(question) == calculator


def test_tier_advice_says_the_choice_is_ones_own_and_what_each_tier_pays(assistant) -> None:
    (response,) = ask_turns(assistant, "医保到底交哪个档次合算")
    assert response.status == "answered", response.answer
    lead = response.answer.split("\n")[0]
    assert "文件没有说" in lead and "自愿选择" in lead
    assert [label[:5] for label in labels(response)] == ["第十八条（", "第二十二条", "第二十四条"]
    for figure in ("90%", "85%", "75%", "70%", "65%", "60%"):
        assert figure in response.answer
    # every tier's line is there, highest first
    assert response.answer.index("250元档") < response.answer.index("120元档")


def test_tier_advice_of_another_region_is_out_of_scope(assistant) -> None:
    (response,) = ask_turns(assistant, "拉萨的居民医保交哪个档划算")
    assert response.status == "out_of_scope", response.answer


@pytest.mark.parametrize(
    "question, tier_line",
    [
        ("每一档分别报多少", "缴费档次为60元"),
        ("交一百二的报销比例是多少", "报销75%"),
        ("交的60档报几成", "报销70%"),
    ],
)
def test_a_claim_without_the_care_named_is_the_inpatient_rate(
    assistant, question, tier_line
) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert labels(response)[0].startswith("第二十二条"), response.answer
    assert tier_line in response.answer.split("原文")[0], response.answer


def test_a_claim_on_the_special_outpatient_scheme_keeps_its_own_rate(assistant) -> None:
    (response,) = ask_turns(assistant, "门特交120档报几成")
    assert labels(response)[0].startswith("第二十四条"), response.answer
    assert "70%" in response.answer.split("\n")[0]


def test_a_hospital_bill_asks_the_tier_and_level_then_computes_a_stay(assistant) -> None:
    first, second, third = ask_turns(assistant, "我在医院花了1万2，能报多少", "交的120", "二级")
    assert first.status == "follow_up", first.answer
    assert second.status == "follow_up", second.answer
    assert third.status == "calculated", third.answer
    # (12000 − 200) × 75% = 8850 (第二十二条（一）（三）), the reading said
    assert "8850.00" in third.answer
    assert "按住院计算" in third.answer


@pytest.mark.parametrize(
    "question, lead",
    [
        ("我都53岁了还能应聘看管员吗", "不符合年龄条件"),
        ("我儿子今年20岁 能去当文物看管员不", "不符合年龄条件"),
        ("我老婆今年41了，能报名当看管员吗", "以男性为首选"),
        ("我是女的 能不能当看管员", "以男性为首选"),
    ],
)
def test_custodian_hiring_is_decided_on_the_askers_age_and_sex(assistant, question, lead) -> None:
    (response,) = ask_turns(assistant, question)
    first = response.answer.split("\n")[0]
    assert lead in first, response.answer
    assert labels(response)[0] == "第五条"
    # the asker's own age is said back, never dropped as an unsourced figure
    age = next((w for w in ("53", "20", "41") if w in question), None)
    if age:
        assert f"{age}岁" in first


@pytest.mark.parametrize(
    "question, total",
    [
        ("建档立卡户 一家五口 个人一共要交多少", "300.00"),
        ("我们全家4个人都是低保户，一共交多少钱", "0.00"),
    ],
)
def test_a_households_standing_is_each_members(assistant, question, total) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["total"] == total


@pytest.mark.parametrize(
    "question",
    ["门诊统筹的钱没用完，留着明年用行不行", "今年普通门诊额度没用完 明年接着用可以吗"],
)
def test_unused_outpatient_money_is_a_question_not_venting(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert labels(response)[0].startswith("第二十六条")
    lead = response.answer.split("\n")[0]
    assert "不可结转" in lead or "清零" in lead, response.answer


@pytest.mark.parametrize(
    "question",
    ["看管员不按时巡查，要扣多少补助", "巡逻日志填假了扣多少钱"],
)
def test_a_deduction_the_rule_does_not_size_is_declined_with_the_rule(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer
    assert "文件没有规定扣除的具体金额" in response.answer
    assert labels(response)[0] == "第十一条"  # never the pay of 第十二条, nor a medical sum


@pytest.mark.parametrize(
    "english, chinese",
    [
        ("How much is a custodian paid at a county-level site?", "工资"),
        ("How much do guards get paid each month?", "工资"),
        ("Is childbirth paid in full?", "报销"),  # paid in full: the fund's payment
    ],
)
def test_being_paid_is_ones_pay(english, chinese) -> None:
    from assistant.english import to_chinese

    assert chinese in to_chinese(english)


def test_a_target_rate_is_the_plans_own_not_a_near_rate(assistant) -> None:
    (response,) = ask_turns(assistant, "毕业生的就业率目标定的多少")
    assert "就业率保持在90%以上" in response.answer.split("\n")[0], response.answer


@pytest.mark.parametrize(
    "question, body",
    [
        ("一二级残疾是谁来认定的", "残联部门"),
        ("特困供养人员的身份谁认定", "民政部门"),
        ("建档立卡贫困户谁来认定", "扶贫部门"),
    ],
)
def test_who_confirms_a_standing_is_the_body_that_does_it(assistant, question, body) -> None:
    (response,) = ask_turns(assistant, question)
    assert body in response.answer.split("\n")[0], response.answer
    assert labels(response)[0] == "第五条"


def test_two_diseases_asks_the_disease_only_when_a_limit_could_bind() -> None:
    from assistant.calculators.base import MissingInput
    from assistant.calculators.medical import two_diseases

    # 800 × 90% × 70% = 504, within every disease's yearly limit (800/1200/2000)
    paid = two_diseases({"level": "一级", "class_b": "800"})
    assert paid.result["payment"] == "504.00"
    assert any("结果相同" in n for n in paid.notes)
    with pytest.raises(MissingInput):  # 3000 × 60% = 1800: over 高血压's 800, under 糖尿病's 1200?
        two_diseases({"level": "三级", "class_a": "3000"})


@pytest.mark.parametrize(
    "question, lead",
    [
        ("我单位交着职工医保，还能不能再买城乡居民医保", "不可以同时参加"),
        ("做试管婴儿的钱医保给报不", "不能报销"),
        ("我老婆是自己要求剖的，能报吗", "不能报销"),
        ("喇嘛参保要交钱吗", "看所获表彰"),
        ("寺院里的文物点能卖掉吗", "不得占用、破坏、拆毁或者变卖"),
    ],
)
def test_yes_no_questions_get_the_rule_that_decides_them(assistant, question, lead) -> None:
    (response,) = ask_turns(assistant, question)
    assert lead in response.answer.split("\n")[0], response.answer


def test_inland_provinces_as_the_subject_are_out_of_scope(assistant) -> None:
    (response,) = ask_turns(assistant, "内地农村公路的养护补助按什么标准发")
    assert response.status == "out_of_scope", response.answer
    # the plan's own 内地医院 stays its subject
    (response,) = ask_turns(assistant, "远程会诊平台对接了几家内地医院")
    assert response.status == "answered", response.answer


def test_repairing_a_protected_site_needs_the_same_levels_consent(assistant) -> None:
    (response,) = ask_turns(assistant, "维修文物保护单位要不要报批")
    assert labels(response)[0] == "第十五条", response.answer
    assert "同意" in response.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question, pay",
    [
        ("县级文保单位两个看管员 干了8个月 工资一共多少", "19200.00"),
        ("自治区级的3名看管人员干了半年，一共发多少", "25200.00"),
        ("县级看管员干了4个月多少钱", "4800.00"),  # one person when none is counted
    ],
)
def test_custodians_counted_are_each_paid(question, pay) -> None:
    from assistant.calculators.service import calculate
    from assistant.calculators.understanding import understand

    reading = understand(question, "custodian_pay")
    assert calculate("custodian_pay", reading.inputs, None)["result"]["pay"] == pay


def test_a_sites_quota_is_no_count_of_custodians() -> None:
    from assistant.calculators.understanding import understand

    inputs = understand("县级文保单位每处2名看管员，干了3个月多少钱", "custodian_pay").inputs
    assert "persons" not in inputs


@pytest.mark.parametrize(
    "question, calculator",
    [
        ("我姐 日土县医院 二级 七千 交120", "inpatient"),
        ("地区人民医院 三级 2万3 250档", "inpatient"),
        ("三级医院起付线400 交250档", None),  # the rule's own figure
    ],
)
def test_a_case_stated_by_hospital_tier_and_sum_is_computed(question, calculator) -> None:
    assert detect_calculator(question) == calculator


def test_a_persons_age_in_a_changed_case_is_no_cost(assistant) -> None:
    first, second = ask_turns(assistant, "我妹 县医院 二级 住院花了九千 交120", "换成我妈呢 她66")
    assert first.status == "calculated"
    assert second.status == "calculated", second.answer
    assert second.calculation["inputs"]["cost"] == "9000"


@pytest.mark.parametrize(
    "opening", ["我爸住院了", "我闺女在普兰县医院住院了", "我媳妇今年住了两次院"]
)
def test_a_case_announced_asks_what_its_computation_needs(assistant, opening) -> None:
    first, second = ask_turns(assistant, opening, "交的250 三级医院 花了1万")
    assert first.status == "follow_up", first.answer
    assert "缴费档次" in first.answer or "哪一级" in first.answer
    assert second.status == "calculated", second.answer


def test_a_topic_named_is_not_an_announced_case(assistant) -> None:
    (response,) = ask_turns(assistant, "住院报销")
    assert response.status == "answered", response.answer


def test_a_few_in_a_yes_no_is_no_count_asked(assistant) -> None:
    (response,) = ask_turns(assistant, "寺庙里的壁画我能拍几张留念吗")
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第三十七条"


def test_the_figure_asked_again_is_the_same_case_never_a_second_stay(assistant) -> None:
    first, again, tally = ask_turns(
        assistant, "交120档 二级医院住院 花了一万", "那到底能报多少钱？", "今年一共报了多少"
    )
    assert first.status == again.status == "calculated"
    assert first.calculation["result"]["payment"] == again.calculation["result"]["payment"]
    assert "1次" in tally.answer, tally.answer  # counted once against the yearly cap


def test_a_way_asked_of_treatment_elsewhere_is_no_announced_case(assistant) -> None:
    (response,) = ask_turns(assistant, "去外省住院，备案是到窗口办还是网上办")
    assert response.status == "answered", response.answer
