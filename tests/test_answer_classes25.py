"""Classes of question handled in the twenty-fifth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators import run
from assistant.calculators.medical import fixed_tier
from assistant.calculators.understanding import detect_calculator, household_ages, understand
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize(
    "inputs, tier",
    [
        ({"age": 66, "sex": "男"}, 250),
        ({"age": 64, "sex": "男"}, None),
        ({"age": 60, "sex": "女"}, 250),
        ({"age": 59, "sex": "女"}, None),
        ({"age": 70}, 250),  # of any sex
        ({"age": 62}, None),  # between the two ages the sex decides: not guessed
        ({"identities": ["低保对象"]}, 250),
        ({"poor": True}, 250),
        ({}, None),
    ],
)
def test_the_rules_fix_the_tier_of_the_elderly_and_of_some_identities(inputs, tier) -> None:
    fixed = fixed_tier(inputs)
    assert (fixed.tier if fixed else None) == tier


def test_an_elderly_persons_stay_is_computed_on_the_highest_tier_with_its_rule() -> None:
    result = run("inpatient", {"age": 67, "sex": "男", "level": "二级", "cost": "5000"})
    assert result.result["payment"] == "4320.00"  # (5000 − 200) × 90%
    assert any(
        "第十八条" in s.citation.display and "（二）" in s.citation.display for s in result.steps
    )
    # a tier the clerk states is kept, with the rule said
    stated = run("inpatient", {"age": 67, "sex": "男", "tier": 60, "level": "二级", "cost": "5000"})
    assert stated.result["payment"] == "3120.00"  # (5000 − 200) × 65%
    assert any("第十八条" in n for n in stated.notes)


@pytest.mark.parametrize(
    "question, ages",
    [
        ("全家四口，爷爷70、奶奶65、我和老公都35，都交120，一共交多少", [70, 65, 35, 35]),
        ("家里3口人 我妈六十二 我三十 孩子8岁 都交60 总共多少", [62, 30, 8]),
    ],
)
def test_a_household_names_each_members_age(question, ages) -> None:
    assert sorted(a for _, a in household_ages(question)) == sorted(ages)


@pytest.mark.parametrize(
    "question, persons, exempt",
    [
        ("全家四口，爷爷70、奶奶65、我和老公都35，都交120，一共交多少", 4, 2),
        ("我们家三口人，我爸63，我妈58，孩子5岁，都交250，一共多少钱", 3, 0),
        ("我们家三口人，我妈60，我爸64，我33，都交60，合计多少", 3, 1),
    ],
)
def test_household_members_of_exempt_age_pay_nothing(question, persons, exempt) -> None:
    assert detect_calculator(question) == "contribution"
    reading = understand(question, "contribution")
    assert reading.inputs["persons"] == persons
    assert reading.inputs["exempt_persons"] == exempt


def test_a_households_total_leaves_out_its_exempt_members() -> None:
    result = run("contribution", {"mode": "enrol", "tier": 120, "persons": 4, "exempt_persons": 2})
    assert result.result["total"] == "240.00"
    assert any("第十八条" in s.citation.display for s in result.steps)


# --- with the model ---------------------------------------------------------------------------


def test_a_household_with_ages_is_summed_over_those_who_pay(assistant) -> None:
    (response,) = ask_turns(
        assistant, "全家四口，爷爷70、奶奶65、我和老公都35，都交120，一共交多少"
    )
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["total"] == "240.00"


@pytest.mark.parametrize(
    "question, payment",
    [
        ("我奶奶63岁，住院在乡镇卫生院花了3000，能报多少", "2610.00"),  # (3000 − 100) × 90%
        ("我爷爷今年70了，在地区人民医院住院花了1万，报多少", "8160.00"),  # (10000 − 400) × 85%
    ],
)
def test_an_elderly_persons_stay_needs_no_tier(assistant, question, payment) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["payment"] == payment
    assert any(label.startswith("第十八条") for label in labels(response))


@pytest.mark.parametrize(
    "question, rate",
    [
        ("我外婆是低保户，住院能报百分之几", "90%"),
        ("我姥姥65岁了，在县医院住院报销比例多少", "90%"),
    ],
)
def test_a_rate_asked_for_a_person_of_fixed_tier_gives_that_tiers_line(
    assistant, question, rate
) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    lead = response.answer.split("\n")[0]
    assert "250元" in lead and rate in lead
    assert "120元的参保居民" not in response.answer
    assert any(label.startswith("第十八条") for label in labels(response))


@pytest.mark.parametrize("question", ["参加了居民医保，住院能报销吗", "住院费用可以报销吗"])
def test_whether_a_stay_is_paid_at_all_is_answered_yes_with_each_tiers_rate(
    assistant, question
) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert response.answer.startswith("能报销")
    for tier in ("250元", "120元", "60元"):
        assert tier in response.answer
    assert labels(response)[0].startswith("第二十二条")


def test_a_circumstance_named_is_not_a_bare_claim(assistant) -> None:
    (response,) = ask_turns(assistant, "打架受伤住院能报销吗")
    assert not response.answer.startswith("能报销")


@pytest.mark.parametrize(
    "question, rate, deductible",
    [
        ("交120的，在三级医院住院，报多少", "70%", "400元"),
        ("我交60档 一级医院住院能报多少钱", "70%", "200元"),
    ],
)
def test_a_stays_rate_leads_the_question_for_its_cost(
    assistant, question, rate, deductible
) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "follow_up", response.answer
    first, second = response.answer.split("\n")[:2]
    assert rate in first and deductible in second
    assert "多少元" in response.answer.split("\n")[-1]


def test_a_changed_level_while_the_cost_is_asked_states_that_levels_rate(assistant) -> None:
    _, changed = ask_turns(assistant, "交250的在乡镇卫生院住院报多少", "那二级医院呢")
    assert changed.status == "follow_up", changed.answer
    assert "90%" in changed.answer and "200元" in changed.answer


def test_the_same_kind_of_place_again_is_computed_again(assistant) -> None:
    first, again = ask_turns(
        assistant, "交120的 在日喀则三级医院住院花了2万 报多少", "要是在昌都住院呢"
    )
    assert first.status == again.status == "calculated", again.answer
    assert again.calculation["result"]["payment"] == first.calculation["result"]["payment"]


@pytest.mark.parametrize("turn", ["需要办什么手续", "医药费是要先自己垫上吗"])
def test_how_a_stay_outside_tibet_is_handled_follows_that_stay(assistant, turn) -> None:
    *_, response = ask_turns(assistant, "交250档，在西安的三级医院住院花了1万，报多少", turn)
    assert response.status == "answered", response.answer
    # 第三十三条 (备案 within 5 days) or 第三十四条 (paid first, then settled at home)
    assert labels(response)[0] in ("第三十三条", "第三十四条")


def test_a_disease_added_joins_the_one_said_before(assistant) -> None:
    _, both = ask_turns(
        assistant,
        "我有糖尿病，在二级医院拿药花了1000，都是甲类，能报多少",
        "另外还有高血压，两样药合计2800，在二级医院",
    )
    assert both.status == "calculated", both.answer
    # 2800 × 65% = 1820, under the joint 2000, less the 650 (1000 × 65%) paid this year
    assert both.calculation["result"]["payment"] == "1350.00"


def test_a_budgets_site_level_changed_keeps_its_count(assistant) -> None:
    first, county = ask_turns(
        assistant, "两处自治区级野外文保点一年看管人员工资预算多少", "换成县级的呢"
    )
    assert first.status == county.status == "calculated", county.answer
    assert county.calculation["result"]["budget"] == "57600.00"  # 2 sites × 2 × 1200 × 12


@pytest.mark.parametrize("question", ["城乡居民医保一般几月份缴费", "居民医保每年几月交钱"])
def test_when_one_pays_is_the_paying_period_not_the_cover(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert "10月1日" in response.answer.split("\n")[0]


def test_a_first_step_is_said_with_what_follows_it(assistant) -> None:
    (response,) = ask_turns(assistant, "宝宝出生后住了几天院 这钱医保报不报")
    lead = response.answer.split("\n")[0]
    assert "先自费结算" in lead and "报销" in lead.split("先自费结算")[1], lead


def test_a_role_the_prose_names_is_not_read_from_a_tables_row(assistant) -> None:
    (response,) = ask_turns(assistant, "创建三甲医院的直接责任单位是哪个")
    assert "地区人民医院" in response.answer.split("\n")[0], response.answer
    assert labels(response)[0] == "五、（一）"


def test_an_age_said_after_the_hiring_rule_is_decided_by_it(assistant) -> None:
    _, response = ask_turns(assistant, "看管员的年龄有什么规定", "我舅舅55了，还能去吗")
    assert response.answer.startswith("不符合年龄条件"), response.answer


@pytest.mark.parametrize("question", ["医保费可以用支付宝缴吗", "住院报销的钱几天能到账"])
def test_a_channel_or_a_payout_time_the_text_never_names_is_declined(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer


def test_the_asking_part_chooses_the_clause_over_the_circumstance(assistant) -> None:
    (response,) = ask_turns(assistant, "我在重庆住的院，医药费是要先自己垫吗")
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第三十四条"


@pytest.mark.parametrize(
    "question, months",
    [
        ("县级看管员今年2到7月都在岗，工资一共多少", 6),
        ("自治区级文保点看管员1至12月一共拿多少", 12),
        ("县级看管员4到6月的工资合计多少", 3),
    ],
)
def test_a_span_of_months_counts_both_ends(question, months) -> None:
    assert understand(question, "custodian_pay").inputs["months"] == months


def test_the_last_question_put_to_the_residents_scheme(assistant) -> None:
    declined, home = ask_turns(assistant, "城镇职工医保门诊特殊病能报多少", "那居民医保的呢")
    assert declined.status == "out_of_scope", declined.answer
    assert home.status == "answered", home.answer
    assert labels(home)[0].startswith("第二十四条")


def test_who_one_is_said_with_a_question_holds_for_the_next(assistant) -> None:
    _, paid = ask_turns(
        assistant, "我妈是低保户，去年在县医院住院花了5000，能报多少", "那她每年要交多少医保费"
    )
    assert paid.status == "calculated", paid.answer
    assert paid.calculation["result"]["individual"] == "0.00"


def test_what_the_fund_paid_told_later_caps_the_last_case(assistant) -> None:
    _, capped = ask_turns(
        assistant,
        "我妈有冠心病，交的120，门诊特殊病今年花了8000，能报多少",
        "她今年住院已经报了5万7了，这8000还能报多少",
    )
    assert capped.status == "calculated", capped.answer
    assert capped.calculation["result"]["payment"] == "3000.00"  # 60000 − 57000 < 8000 × 70%


@pytest.mark.parametrize(
    "question, exempt_age, exempt_identity, identities",
    [
        ("一家四口都交60档：爸爸45岁，妈妈43岁，儿子是二级残疾，女儿8岁，一共交多少", 0, 1, []),
        ("我们家三口人都交250，我爸是特困，一共要交多少", None, 1, []),
    ],
)
def test_a_members_own_identity_frees_that_member_only(
    question, exempt_age, exempt_identity, identities
) -> None:
    inputs = understand(question, "contribution").inputs
    assert inputs.get("exempt_persons") == exempt_age
    assert inputs["identity_exempt_persons"] == exempt_identity
    assert inputs["identities"] == identities


def test_a_households_member_of_an_exempt_identity_is_left_out_with_its_rule() -> None:
    result = run(
        "contribution", {"mode": "enrol", "tier": 60, "persons": 4, "identity_exempt_persons": 1}
    )
    assert result.result["total"] == "180.00"
    assert any("（三）" in s.citation.display for s in result.steps)


def test_the_two_governments_share_of_an_elderly_contribution_is_no_subsidy_split() -> None:
    inputs = understand("一位68岁的男性参保，自治区和地区财政各承担多少", "contribution").inputs
    assert inputs["mode"] == "enrol" and inputs["age"] == 68


def test_the_custodians_a_site_has_are_counted() -> None:
    inputs = understand(
        "某自治区级文保单位安排了2名看管员，干满一年工资总额多少", "custodian_pay"
    ).inputs
    assert inputs.get("persons") == 2
    rule = understand("每处安排2名看管人员，县级的每月工资多少", "custodian_pay").inputs
    assert "persons" not in rule


@pytest.mark.parametrize("question", ["阿里地区去年的GDP是多少", "阿里有几个5A景区"])
def test_an_acronym_the_gazette_never_names_is_declined(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer


def test_who_holds_a_post_is_not_read_from_another_plans_group(assistant) -> None:
    (response,) = ask_turns(assistant, "三甲创建领导小组的副组长是谁")
    assert response.status == "out_of_scope", response.answer
    assert "袁富国" not in response.answer
    (named,) = ask_turns(assistant, "四好农村路创建领导小组组长是谁")
    assert named.status == "answered" and "袁富国" in named.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question", ["2021-2023年高校毕业生一共多少人", "2020－2025年要新增多少岗位"]
)
def test_a_span_of_calendar_years_is_no_negative_count(question) -> None:
    from assistant.frame import read_frame

    assert read_frame(question).invalid == []


def test_selling_a_privately_held_relic_is_its_filing_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "家里老人留了一块旧佛像想卖 需要办什么手续")
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第三十二条"


@pytest.mark.parametrize(
    "question",
    ["在重庆住院了医保怎么报", "在兰州住的院 回来要先做什么", "外地住院咋报销比较快"],
)
def test_how_a_stay_elsewhere_is_claimed_is_a_procedure(question) -> None:
    from assistant.frame import FactType, read_frame

    assert read_frame(question).fact is FactType.PROCEDURE


def test_how_a_stay_in_another_province_is_claimed_tells_its_steps(assistant) -> None:
    (response,) = ask_turns(assistant, "在重庆住院了医保怎么报")
    assert response.status == "answered", response.answer
    assert labels(response)[0] in ("第三十三条", "第三十四条")
