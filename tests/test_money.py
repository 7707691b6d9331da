"""Money is exact: two decimals at most, splits that add up, no -0.00, nothing read in part."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.calculators import base, run
from assistant.calculators.base import CalcError, fmt, money
from assistant.calculators.service import calculate

# the package re-exports the function `contribution`, which hides the module of that name
contribution = importlib.import_module("assistant.calculators.contribution")
CENTS = st.integers(min_value=0, max_value=10**10)  # up to 1亿元 in cents


def _yuan(cents: int) -> Decimal:
    return Decimal(cents) / 100


@settings(max_examples=300, deadline=None)
@given(total=CENTS, central_share=st.integers(min_value=0, max_value=100))
def test_split_parts_add_up_to_the_whole(total: int, central_share: int) -> None:
    central = total * central_share // 100
    result = run(
        "contribution",
        {
            "mode": "split",
            "total_subsidy": str(_yuan(total)),
            "central_subsidy": str(_yuan(central)),
        },
    ).result
    parts = [Decimal(result[k]) for k in ("zizhiqu", "diqu", "county")]
    rest = _yuan(total - central)
    assert sum(parts) == rest
    # largest remainder: every part within one cent of its exact 6:2:2 share
    for part, weight in zip(parts, ("0.6", "0.2", "0.2"), strict=True):
        assert abs(part - rest * Decimal(weight)) < Decimal("0.01")
    assert all(not value.startswith("-") for value in result.values())


def test_split_of_the_reported_total() -> None:
    """5500.03 with 3000 central used to give 1500.02 + 500.01 + 500.01 = 2500.04."""
    result = run(
        "contribution", {"mode": "split", "total_subsidy": "5500.03", "central_subsidy": "3000"}
    ).result
    assert sum(Decimal(v) for v in result.values()) == Decimal("2500.03")


@given(whole=CENTS, weights=st.lists(st.integers(1, 10), min_size=1, max_size=5))
def test_split_cents_any_weights(whole: int, weights: list[int]) -> None:
    keyed = {f"k{i}": Decimal(w) for i, w in enumerate(weights)}
    parts = contribution.split_cents(_yuan(whole), keyed)
    assert sum(parts.values()) == _yuan(whole)
    assert all(p >= 0 and p == p.quantize(Decimal("0.01")) for p in parts.values())


@given(st.integers(min_value=-(10**6), max_value=10**6), st.integers(min_value=3, max_value=6))
def test_money_never_prints_minus_zero(numerator: int, places: int) -> None:
    text = fmt(Decimal(numerator) / Decimal(10**places))
    assert text != "-0.00"
    assert money(Decimal("-0.004")) == 0 and fmt(Decimal("-0")) == "0.00"


@pytest.mark.parametrize("raw", ["-0", "-0.00", "0", 0, "−0"])
def test_zero_in_any_sign_is_zero(raw) -> None:
    value = base.read_money("cost", raw)
    assert value == 0 and not value.is_signed()
    result = calculate("general_outpatient", {"cost": raw, "level": "一级"})
    assert "-0.00" not in json.dumps(result, ensure_ascii=False)


@settings(max_examples=200)
@given(cents=st.integers(0, 10**9), extra=st.integers(1, 9))
def test_more_than_two_decimals_is_refused_naming_field_and_rule(cents: int, extra: int) -> None:
    raw = f"{_yuan(cents):.2f}{extra}"  # e.g. 400.005
    with pytest.raises(CalcError) as error:
        base.read_money("cost", raw)
    assert error.value.field == "cost"
    assert "医疗费用" in error.value.message and "两位小数" in error.value.message


@settings(max_examples=200)
@given(cents=st.integers(0, 10**10))
def test_two_decimals_are_read_exactly(cents: int) -> None:
    raw = f"{_yuan(cents):.2f}"
    assert base.read_money("cost", raw) == _yuan(cents)
    assert base.read_money("cost", float(raw)) == _yuan(cents) or len(raw) > 15


@pytest.mark.parametrize(
    ("name", "inputs", "field"),
    [
        ("inpatient", {"tier": 250, "level": "三级", "cost": "400.005"}, "cost"),
        (
            "inpatient",
            {"tier": 250, "level": "三级", "cost": "20000", "already_paid": "12345.675"},
            "already_paid",
        ),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "1e5"}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "1e5元"}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "2e9"}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": "12,00"}, "cost"),
        ("inpatient", {"tier": 250, "level": "三级", "cost": 400.005}, "cost"),
        (
            "contribution",
            {"mode": "split", "total_subsidy": "1.001", "central_subsidy": "0"},
            "total_subsidy",
        ),
    ],
)
def test_reported_inputs_are_refused(name: str, inputs: dict, field: str) -> None:
    result = calculate(name, inputs)
    assert result["status"] == "error" and result["field"] == field, result


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("20000", "20000"),
        ("2,000", "2000"),
        ("2万", "20000"),
        ("1.5万元", "15000"),
        ("两万五", "25000"),
        (20000, "20000"),
        ("２００００", "20000"),
        ("250块", "250"),
    ],
)
def test_money_inputs_in_everyday_forms(raw, value: str) -> None:
    assert base.read_money("cost", raw) == Decimal(value)


@settings(max_examples=500, deadline=None)
@given(raw=st.text(max_size=20) | st.from_regex(r"-?[0-9]{1,12}([.][0-9]{0,4})?(万|w|k|元)?"))
def test_any_text_is_an_exact_amount_or_a_named_error(raw: str) -> None:
    try:
        value = base.read_money("cost", raw)
    except CalcError as error:
        assert error.field == "cost" and "医疗费用" in error.message
        return
    assert value >= 0 and value == value.quantize(Decimal("0.01")) and not value.is_signed()
