"""Medical insurance calculators: each rule of spec/calculators.md against the text's figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.calculators import CalcError, MissingInput, run

BASE = {
    "tier": 250,
    "level": "三级",
    "in_area": True,
    "admission": 1,
    "cost": "20000",
    "poor": False,
}


def pay(**changes) -> dict[str, str]:
    return run("inpatient", {**BASE, **changes}).result


RATIOS = {
    (250, "乡镇卫生院"): "0.90",
    (250, "一级"): "0.90",
    (250, "二级"): "0.90",
    (250, "三级"): "0.85",
    (120, "乡镇卫生院"): "0.75",
    (120, "一级"): "0.75",
    (120, "二级"): "0.75",
    (120, "三级"): "0.70",
    (60, "乡镇卫生院"): "0.70",
    (60, "一级"): "0.70",
    (60, "二级"): "0.65",
    (60, "三级"): "0.60",
}
DEDUCTIBLES = {"乡镇卫生院": 100, "社区卫生服务中心": 100, "一级": 200, "二级": 200, "三级": 400}


@pytest.mark.parametrize(("tier", "level"), list(RATIOS))
def test_every_tier_level_cell(tier: int, level: str) -> None:
    result = pay(tier=tier, level=level, cost="10000")
    expected = (Decimal(10000) - DEDUCTIBLES[level]) * Decimal(RATIOS[(tier, level)])
    assert result["payment"] == str(expected.quantize(Decimal("0.01")))
    assert result["deductible"] == f"{DEDUCTIBLES[level]}.00"


def test_community_centre_is_like_township_hospital() -> None:
    assert (
        pay(level="社区卫生服务中心", cost="5000")["payment"]
        == pay(level="乡镇卫生院", cost="5000")["payment"]
    )


def test_worked_examples_of_the_spec() -> None:
    first = pay()
    assert (first["payment"], first["deductible"], first["self_pay"]) == (
        "16660.00",
        "400.00",
        "3340.00",
    )
    second = pay(admission=2, in_area=False, poor=True)
    assert (second["payment"], second["deductible"]) == ("15776.00", "280.00")


@pytest.mark.parametrize(
    ("admission", "deductible"), [(1, "400.00"), (2, "280.00"), (3, "200.00"), (7, "200.00")]
)
def test_admission_order_scales_deductible(admission: int, deductible: str) -> None:
    assert pay(admission=admission)["deductible"] == deductible


def test_out_of_area_and_poor_are_percentage_points() -> None:
    result = run("inpatient", {**BASE, "in_area": False})
    assert result.result["payment"] == "14700.00"  # 19600 × 75%
    assert any("百分点" in n for n in result.notes)
    assert pay(poor=True)["payment"] == "17640.00"  # 19600 × 90%


def test_bed_fee_excess_removed() -> None:
    result = pay(tier=120, level="一级", cost="12000", bed_days=10, bed_fee="60")
    assert result["bed_fee_excess"] == "200.00" and result["payment"] == "8700.00"
    assert pay(level="三级", bed_days=5, bed_fee="70")["bed_fee_excess"] == "0.00"


def test_annual_cap_binds_and_says_so() -> None:
    result = run("inpatient", {**BASE, "cost": "50000", "already_paid": "52000"})
    assert result.result["payment"] == "8000.00" and result.result["uncapped_payment"] == "42160.00"
    assert any("年度最高支付限额" in n for n in result.notes)
    assert pay(already_paid="60000")["payment"] == "0.00"
    assert pay(already_paid="70000")["payment"] == "0.00"


def test_maternity_and_newborn_in_full_without_tier() -> None:
    result = run("inpatient", {"level": "二级", "cost": "4800", "maternity": True})
    assert result.result["payment"] == "4800.00" and result.result["self_pay"] == "0.00"
    assert any("第二十九条" in s.citation.display for s in result.steps)
    assert (
        run("inpatient", {"cost": "30000", "newborn_rescue": True, "already_paid": "50000"}).result[
            "payment"
        ]
        == "10000.00"
    )


def test_emergency_observation_counts_as_inpatient_cost() -> None:
    assert pay(cost="9000", observation_cost="1000")["payment"] == pay(cost="10000")["payment"]


@pytest.mark.parametrize(
    ("reason", "item"),
    [
        ("交通事故", "（八）"),
        ("境外", "（十）"),
        ("非定点医疗机构住院", "（九）"),
        ("未按时缴费", "（十五）"),
        ("挂号费", "（一）"),
    ],
)
def test_exclusions_pay_nothing_and_cite_the_item(reason: str, item: str) -> None:
    result = run("inpatient", {"excluded": reason, "cost": "5000"})
    assert result.result["payment"] == "0.00"
    assert result.steps[0].citation.display.endswith(f"第三十条{item}")


def test_missing_inputs_are_asked_for() -> None:
    with pytest.raises(MissingInput) as info:
        run("inpatient", {"level": "二级", "cost": "10000"})
    assert info.value.missing == ["tier"]
    with pytest.raises(MissingInput) as info:
        run("inpatient", {"cost": "10000"})
    assert info.value.missing == ["tier", "level"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"tier": 300}, "tier"),
        ({"level": "四级"}, "level"),
        ({"cost": "-1"}, "cost"),
        ({"cost": "abc"}, "cost"),
        ({"cost": "1e12"}, "cost"),
        ({"admission": 0}, "admission"),
        ({"in_area": "maybe"}, "in_area"),
    ],
)
def test_impossible_inputs_name_the_field(changes: dict, field: str) -> None:
    with pytest.raises(CalcError) as info:
        run("inpatient", {**BASE, **changes})
    assert info.value.field == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in info.value.message)


def test_special_outpatient_rules() -> None:
    result = run("special_outpatient", {"tier": 120, "disease": "慢性肾功能衰竭", "cost": "6000"})
    assert result.result["payment"] == "4200.00"
    assert (
        run(
            "special_outpatient", {"tier": 250, "disease": "白血病", "cost": "18000", "poor": True}
        ).result["payment"]
        == "17100.00"
    )
    assert (
        run("special_outpatient", {"tier": 60, "disease": "慢性支气管炎", "cost": "1000"}).result[
            "payment"
        ]
        == "600.00"
    )
    capped = run(
        "special_outpatient",
        {"tier": 250, "disease": "冠心病", "cost": "10000", "already_paid": "55000"},
    )
    assert capped.result["payment"] == "5000.00"


def test_hypertension_needs_150_95() -> None:
    with pytest.raises(MissingInput):
        run("special_outpatient", {"tier": 250, "disease": "高血压", "cost": "1000"})
    assert (
        run(
            "special_outpatient",
            {"tier": 250, "disease": "高血压", "cost": "1000", "bp_150_95": True},
        ).result["payment"]
        == "900.00"
    )
    assert (
        run(
            "special_outpatient",
            {"tier": 250, "disease": "高血压", "cost": "1000", "bp_150_95": False},
        ).result["payment"]
        == "0.00"
    )


def test_unlisted_disease_refused_with_the_list() -> None:
    with pytest.raises(CalcError, match="30种") as info:
        run("special_outpatient", {"tier": 250, "disease": "感冒", "cost": "100"})
    assert info.value.field == "disease"


def test_all_thirty_conditions_listed() -> None:
    from assistant.calculators.base import rules

    assert len(rules()["special_outpatient"]["diseases"]) == 30


def test_two_diseases() -> None:
    assert (
        run(
            "two_diseases", {"diseases": ["高血压"], "level": "乡镇卫生院", "class_a": "600"}
        ).result["payment"]
        == "420.00"
    )
    result = run(
        "two_diseases",
        {"diseases": ["糖尿病"], "level": "二级", "class_a": "800", "class_b": "600"},
    ).result
    assert result["payment"] == "871.00" and result["class_b_self_pay"] == "60.00"
    both = run(
        "two_diseases",
        {
            "diseases": ["高血压", "糖尿病"],
            "level": "三级",
            "class_a": "2500",
            "class_b": "1500",
            "already_paid": "900",
        },
    ).result
    assert both["payment"] == "1100.00" and both["uncapped_payment"] == "2310.00"
    assert (
        run("two_diseases", {"diseases": ["高血压"], "level": "一级", "class_a": "5000"}).result[
            "payment"
        ]
        == "800.00"
    )
    with pytest.raises(CalcError):
        run("two_diseases", {"diseases": ["冠心病"], "level": "一级", "class_a": "100"})
    # a drug total without its class-B part is computed as class A, and the answer says so
    total = run("two_diseases", {"diseases": ["高血压"], "level": "一级", "drug_total": "1000"})
    assert total.result["payment"] == "700.00"
    assert any("按全部为甲类药品计算" in n and "10%" in n for n in total.notes)
    split = run(
        "two_diseases",
        {"diseases": ["高血压"], "level": "一级", "drug_total": "1000", "class_b": "400"},
    )
    assert split.result["payment"] == "672.00"
    assert not any("按全部为甲类药品计算" in n for n in split.notes)


@pytest.mark.parametrize(
    ("cost", "prior", "expected"),
    [
        ("250", "0", "90.00"),
        ("300", "400", "120.00"),
        ("80", "0", "0.00"),
        ("1000", "0", "300.00"),
        ("200", "600", "0.00"),
    ],
)
def test_general_outpatient_accumulates(cost: str, prior: str, expected: str) -> None:
    assert (
        run("general_outpatient", {"cost": cost, "prior_cost": prior}).result["payment"] == expected
    )


money_st = st.integers(min_value=0, max_value=500_000).map(lambda n: str(Decimal(n) / 10))
tiers_st = st.sampled_from([60, 120, 250])
levels_st = st.sampled_from(["乡镇卫生院", "社区卫生服务中心", "一级", "二级", "三级"])


@settings(max_examples=300, deadline=None)
@given(
    tier=tiers_st,
    level=levels_st,
    cost=money_st,
    paid=money_st,
    admission=st.integers(1, 5),
    in_area=st.booleans(),
    poor=st.booleans(),
)
def test_inpatient_invariants(tier, level, cost, paid, admission, in_area, poor) -> None:
    inputs = {
        "tier": tier,
        "level": level,
        "cost": cost,
        "already_paid": paid,
        "admission": admission,
        "in_area": in_area,
        "poor": poor,
    }
    payment = Decimal(run("inpatient", inputs).result["payment"])
    assert 0 <= payment <= Decimal(cost)
    assert payment <= max(Decimal(0), Decimal(60000) - Decimal(paid))
    more = Decimal(run("inpatient", {**inputs, "cost": str(Decimal(cost) + 100)}).result["payment"])
    assert more >= payment
    for higher in (t for t in (60, 120, 250) if t > tier):
        assert Decimal(run("inpatient", {**inputs, "tier": higher}).result["payment"]) >= payment


@settings(max_examples=200, deadline=None)
@given(tier=tiers_st, cost=money_st, paid=money_st, poor=st.booleans())
def test_special_outpatient_invariants(tier, cost, paid, poor) -> None:
    inputs = {"tier": tier, "disease": "冠心病", "cost": cost, "already_paid": paid, "poor": poor}
    payment = Decimal(run("special_outpatient", inputs).result["payment"])
    assert 0 <= payment <= Decimal(cost)
    assert payment <= max(Decimal(0), Decimal(60000) - Decimal(paid))
    for higher in (t for t in (60, 120, 250) if t > tier):
        assert (
            Decimal(run("special_outpatient", {**inputs, "tier": higher}).result["payment"])
            >= payment
        )


@settings(max_examples=200, deadline=None)
@given(
    a=money_st,
    b=money_st,
    paid=money_st,
    level=levels_st,
    diseases=st.sampled_from([["高血压"], ["糖尿病"], ["高血压", "糖尿病"]]),
)
def test_two_diseases_invariants(a, b, paid, level, diseases) -> None:
    result = run(
        "two_diseases",
        {"diseases": diseases, "level": level, "class_a": a, "class_b": b, "already_paid": paid},
    )
    payment = Decimal(result.result["payment"])
    assert 0 <= payment <= Decimal(a) + Decimal(b)
    limit = Decimal(2000 if len(diseases) == 2 else {"高血压": 800, "糖尿病": 1200}[diseases[0]])
    assert payment <= max(Decimal(0), limit - Decimal(paid))


@settings(max_examples=200, deadline=None)
@given(cost=money_st, prior=money_st)
def test_general_outpatient_invariants(cost, prior) -> None:
    payment = Decimal(
        run("general_outpatient", {"cost": cost, "prior_cost": prior}).result["payment"]
    )
    assert 0 <= payment <= min(Decimal(cost), Decimal(300))
