"""Reading calculator inputs out of Chinese questions (rules, not particular sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.amounts import cn_number, find_amounts
from assistant.calculators.service import calculate
from assistant.calculators.understanding import detect_calculator, understand


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20000元", "20000"),
        ("2万", "20000"),
        ("1.2万元", "12000"),
        ("两万三千", "23000"),
        ("两万三", "23000"),
        ("一万五", "15000"),
        ("２００００", "20000"),
        ("3000块", "3000"),
        ("5万8", "58000"),
        ("一千二", "1200"),
        ("1万5千元", "15000"),
        ("12,000元", "12000"),
    ],
)
def test_amounts(text: str, value: str) -> None:
    assert [a.value for a in find_amounts(text)] == [Decimal(value)]


def test_ordinals_and_levels_are_not_amounts() -> None:
    assert find_amounts("第三次住院，三级医院") == []
    assert cn_number("七十") == 70


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("交的250那档", {"tier": 250}),
        ("我交120的", {"tier": 120}),
        ("缴费档次为60元", {"tier": 60}),
        ("我交了250元，住院", {"tier": 250}),
        ("个人缴费120元的参保人", {"tier": 120}),
        ("按60元缴费的", {"tier": 60}),
        ("在乡卫生院住院", {"level": "乡镇卫生院"}),
        ("在社区卫生服务中心住院", {"level": "社区卫生服务中心"}),
        ("在三甲医院住院", {"level": "三级"}),
        ("县医院（一级）住院", {"level": "一级"}),
        ("第二次住院", {"admission": 2}),
        ("今年头一回住院", {"admission": 1}),
        ("在拉萨住院", {"in_area": False}),
        ("在成都住院", {"in_area": False}),
        ("跨省住院", {"in_area": False}),
        ("建档立卡户住院", {"poor": True}),
        ("住院花了1.2万元", {"cost": "12000"}),
    ],
)
def test_inpatient_fields(question: str, expected: dict) -> None:
    reading = understand(question, "inpatient")
    assert reading is not None
    for key, value in expected.items():
        assert reading.inputs.get(key) == value, (question, reading.inputs)


@pytest.mark.parametrize(
    ("question", "calculator"),
    [
        ("住院花了两万能报多少", "inpatient"),
        ("门诊做透析花了5000能报多少", "special_outpatient"),
        ("高血压开药600元，两病门诊能报多少", "two_diseases"),
        ("普通门诊花了200能报多少", "general_outpatient"),
        ("低保户参保要交多少钱", "contribution"),
        ("看管员一年工资多少", "custodian_pay"),
        ("四好农村路养护专项补贴一年多少万", "road_subsidy"),
        # a hospital's level and a cost: only an inpatient stay has rules by level
        ("交120档 县医院花了7千 能报多少", "inpatient"),
        ("地区医院三级的 花了2.6w 医保报多少", "inpatient"),
        # 看病 names no setting: read as a stay, the note saying so and giving the ordinary
        # outpatient rule beside it (understand(): _setting_note)
        ("乡卫生院看病花了300能报多少", "inpatient"),
        ("三级医院起付线是多少", None),  # no cost: a rule question
    ],
)
def test_detect_calculator(question: str, calculator: str) -> None:
    assert detect_calculator(question) == calculator


@pytest.mark.parametrize(
    ("question", "status", "detail"),
    [
        ("住院花了两万能报多少", "follow_up", ["tier", "level"]),
        ("交的300档，三级医院住院花了1万，能报多少", "error", "tier"),
        ("在四级医院住院，250档，花了2万能报多少", "error", "level"),
        ("我200岁了，交医保要交多少钱", "error", "age"),
        ("住院花了一百万亿能报多少，250档三级医院", "error", "cost"),
    ],
)
def test_follow_ups_and_refusals(question: str, status: str, detail) -> None:
    reading = understand(question)
    response = calculate(reading.calculator, reading.inputs)
    assert response["status"] == status
    if status == "follow_up":
        assert response["follow_up"]["missing"] == detail
        assert response["follow_up"]["question"]
    else:
        assert response["field"] == detail


def test_colloquial_family_member_and_identity() -> None:
    reading = understand("我妈62岁，交医保要交多少钱")
    assert reading.inputs["sex"] == "女" and reading.inputs["age"] == 62
    reading = understand("某在编僧尼获地区级爱国守法先进，同时是建档立卡贫困人员，个人应缴多少")
    assert set(reading.inputs["identities"]) == {"僧尼地区级表彰", "建档立卡贫困人员"}


def test_custodian_person_vs_budget() -> None:
    assert understand("我在一处县级文保单位当看管员，一年能拿多少").inputs["mode"] == "person"
    budget = understand("某县有2处县级和1处自治区级野外文物保护单位，6个月看管人员工资预算多少")
    assert budget.inputs == {"mode": "budget", "sites": {"县级": 2, "自治区级": 1}, "months": 6}


@pytest.mark.parametrize(
    "question, calculator, expected",
    [
        # how the subsidy is split, however the centre's part is said
        (
            "补助一共800，中央拨了500，剩下的自治区地区县各拿多少",
            "contribution",
            {"mode": "split", "central_subsidy": "500", "total_subsidy": "800"},
        ),
        # a site's funding is a budget, not one person's pay
        (
            "两处县级文保单位把看管员配齐，一年经费要多少",
            "custodian_pay",
            {"mode": "budget", "sites": {"县级": 2}, "months": 12},
        ),
        # what the fund has paid this year, said without 已
        (
            "高血压糖尿病都有，今年门诊报了900，二级医院甲类2千，还能报多少",
            "two_diseases",
            {"already_paid": "900", "class_a": "2000"},
        ),
    ],
)
def test_inputs_said_the_way_people_say_them(question, calculator, expected) -> None:
    reading = understand(question)
    assert reading is not None and reading.calculator == calculator
    for key, value in expected.items():
        assert reading.inputs.get(key) == value, (key, reading.inputs)


def test_stay_cases_read_each_stay_in_order() -> None:
    from assistant.calculators.understanding import stay_cases

    cases = stay_cases("住了两回院，头一次花了6千，另一次花了一万二")
    assert [c.cost for c in cases] == ["6000", "12000"]
    assert stay_cases("住院花了2万，其中自费3000") == []
    # each stay keeps the level its own words name; a 门特 bill is a case of its own
    cases = stay_cases("第一次县医院住了8千，第二次去地区人民医院花了3万，另外门特花了5000")
    assert [(c.calculator, c.cost, c.slots.get("level")) for c in cases] == [
        ("inpatient", "8000", "二级"),
        ("inpatient", "30000", "三级"),
        ("special_outpatient", "5000", None),
    ]


@pytest.mark.parametrize("question", ["后来又去地区医院住了一次 花了2万", "还在县医院住了一回 8千"])
def test_one_more_stay_told_with_its_place_is_not_the_first(question: str) -> None:
    from assistant.calculators.understanding import read_admission

    assert read_admission(question) is None


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("交最便宜的那档，在县医院住院花了8千", 60),
        ("我们家交的中间那个档次，三级医院住院2万", 120),
        ("交的最高档，乡镇卫生院住院5000", 250),
        ("选了最低档次 二级医院住了一回 花了1.2w", 60),
    ],
)
def test_a_tier_named_by_its_rank_is_that_tier_and_said(text, tier):
    reading = understand(text)
    assert reading.inputs["tier"] == tier
    assert any(f"按 {tier} 元档" in n for n in reading.notes)


def test_a_ranked_tier_with_its_figure_is_not_also_the_cost():
    reading = understand("门诊特殊病 高原心脏病 要是交的是最低那档60块 看病5千")
    assert reading.inputs["tier"] == 60
    assert reading.inputs["cost"] == "5000"
