"""Wrong-typed calculator inputs get a Chinese error naming the field — never a traceback."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.calculators import CALCULATORS
from assistant.calculators.service import calculate
from assistant.fields import label, schema

HAN = __import__("re").compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("name", "inputs", "field"),
    [
        ("contribution", {"identities": [1]}, "identities"),
        ("contribution", {"identities": 5}, "identities"),
        ("contribution", {"identities": {"低保": 1}}, "identities"),
        ("contribution", {"identities": [["低保"]]}, "identities"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "20000", "poor": "maybe"}, "poor"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "20000", "poor": 7}, "poor"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": [20000]}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": {"a": 1}}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": 10**5000}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": float("nan")}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": float("inf")}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "NaN"}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "Infinity"}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": True}, "cost"),
        ("inpatient", {"tier": 10**5000, "level": "三级", "cost": "20000"}, "tier"),
        ("inpatient", {"tier": [250], "level": "三级", "cost": "20000"}, "tier"),
        ("inpatient", {"tier": 250, "level": 10**5000, "cost": "20000"}, "level"),
        (
            "inpatient",
            {"tier": 250, "level": "三级", "cost": "1", "admission": 10**5000},
            "admission",
        ),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "1", "admission": 1.5}, "admission"),
        ("special_outpatient", {"tier": 250, "disease": 10**5000, "cost": "1"}, "disease"),
        ("two_diseases", {"diseases": 5, "level": "一级", "class_a": "1"}, "diseases"),
        ("two_diseases", {"diseases": [10**5000], "level": "一级", "class_a": "1"}, "diseases"),
        ("custodian_pay", {"mode": "budget", "sites": {"县级": [1]}, "months": 1}, "sites"),
        ("custodian_pay", {"mode": "budget", "sites": {"县级": 10**5000}, "months": 1}, "sites"),
        ("custodian_pay", {"site_level": "县级", "months": "\ud800"}, "months"),
        ("road_subsidy", {"counties": "2e9"}, "counties"),
        ("road_subsidy", {"counties": 2, "prefecture": "\ud800"}, "prefecture"),
    ],
)
def test_wrong_types_are_named(name: str, inputs: dict, field: str) -> None:
    result = calculate(name, inputs)
    assert result["status"] == "error", result
    assert result["field"] == field
    assert label(field) in result["error"] and HAN.search(result["error"])


@pytest.mark.parametrize("name", [None, 5, ["inpatient"], "x" * 10000])
def test_wrong_calculator_names(name) -> None:
    result = calculate(name, {})
    assert result["status"] == "error" and "没有名为" in result["error"]


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**6000), max_value=10**6000)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["1e5", "2e9元", "12,00", "400.005", "-0", "1.5万", "两万五", "三级", "是"])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
FIELDS = sorted(schema())


@settings(max_examples=400, deadline=None)
@given(
    name=st.sampled_from(sorted(CALCULATORS)),
    inputs=st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6),
)
def test_any_json_gets_an_answer_or_a_named_error(name: str, inputs: dict) -> None:
    result = calculate(name, inputs)
    assert result["status"] in ("calculated", "follow_up", "error")
    if result["status"] == "error":
        assert HAN.search(result["error"]) and result["field"]
    else:
        json.dumps({k: v for k, v in result.items() if k != "inputs"}, ensure_ascii=False)


# --- counts read against the one field schema's bounds ------------------------------------------


def test_every_count_field_has_bounds_in_the_schema() -> None:
    from assistant.fields import Kind

    counts = [f for f in schema().values() if f.kind in (Kind.COUNT, Kind.COUNTS)]
    assert counts and all(f.bounds and f.bounds.low <= f.bounds.high for f in counts)


@pytest.mark.parametrize(
    ("name", "inputs", "field", "says"),
    [
        ("custodian_pay", {"site_level": "县级", "months": "2.5"}, "months", "2.5"),
        ("custodian_pay", {"site_level": "县级", "months": 2.5}, "months", "2.5"),
        ("custodian_pay", {"site_level": "县级", "months": 999}, "months", "1 到 120"),
        (
            "custodian_pay",
            {"mode": "budget", "sites": {"县级": "1.5"}, "months": 12},
            "sites",
            "1.5",
        ),
        ("road_subsidy", {"counties": 8}, "counties", "0 到 7"),
        (
            "inpatient",
            {"tier": 250, "level": "三级", "cost": "1", "admission": "1.5"},
            "admission",
            "1.5",
        ),
        ("contribution", {"sex": "男", "age": "二十"}, "age", "0 到 130"),
    ],
)
def test_counts_are_never_rounded_and_stay_in_bounds(name, inputs, field, says) -> None:
    out = calculate(name, inputs)
    assert out["status"] == "error" and out["field"] == field, out
    assert says in out["error"] and label(field) in out["error"] and "整数" in out["error"]


def test_a_count_may_carry_its_own_unit_and_a_whole_decimal() -> None:
    for months in ("5个月", "5", 5, "5.0"):
        out = calculate("custodian_pay", {"site_level": "县级", "months": months})
        assert out["result"]["pay"] == "6000.00", (months, out)


def test_a_follow_up_for_several_inputs_offers_replies_for_the_first() -> None:
    from assistant.fields import follow_up, spec

    asked = follow_up(["tier", "level"])
    assert asked["choices"] == list(spec("tier").replies) and "档次" in asked["question"]
    assert "哪一级" in asked["question"]  # both are still asked for in words
