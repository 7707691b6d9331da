"""Contribution, custodian pay and road subsidy calculators."""

from __future__ import annotations

import pytest

from assistant.calculators import CalcError, MissingInput, run


def contrib(**inputs) -> dict[str, str]:
    return run("contribution", {"mode": "enrol", **inputs}).result


def test_identities_and_who_pays() -> None:
    assert contrib(identities=["建档立卡贫困人员"]) == {
        "individual": "60.00",
        "paid_for_them": "190.00",
    }
    assert contrib(identities=["低保对象"])["individual"] == "0.00"
    assert contrib(identities=["僧尼自治区级表彰"])["zizhiqu_share"] == "250.00"
    assert contrib(identities=["僧尼县级表彰"]) == {
        "individual": "45.00",
        "paid_for_them": "205.00",
        "county_share": "205.00",
    }


def test_elderly_by_sex_and_age() -> None:
    man = contrib(identities=[], sex="男", age=66)
    assert man == {
        "individual": "0.00",
        "paid_for_them": "250.00",
        "zizhiqu_share": "150.00",
        "diqu_share": "100.00",
    }
    assert contrib(identities=[], sex="女", age=60)["individual"] == "0.00"
    with pytest.raises(MissingInput):  # 62: only a woman would be exempt
        contrib(identities=[], age=62)
    with pytest.raises(MissingInput) as info:  # a 62-year-old man pays his tier
        contrib(identities=[], sex="男", age=62)
    assert info.value.missing == ["tier"]


@pytest.mark.parametrize("age", [18, 39, 59])
def test_sex_not_asked_below_both_exempt_ages(age: int) -> None:
    """Under 60 no one is exempt, whatever the sex: the tier decides."""
    assert contrib(identities=[], age=age, tier=120)["individual"] == "120.00"


@pytest.mark.parametrize("age", [65, 72, 90])
def test_sex_not_asked_at_or_above_both_exempt_ages(age: int) -> None:
    result = run("contribution", {"mode": "enrol", "identities": [], "age": age})
    assert result.result["individual"] == "0.00"
    assert any("女年满60周岁、男年满65周岁" in s.rule for s in result.steps)


def test_most_favourable_identity_once() -> None:
    result = run(
        "contribution", {"mode": "enrol", "identities": ["僧尼地区级表彰", "建档立卡贫困人员"]}
    )
    assert result.result == {
        "individual": "30.00",
        "paid_for_them": "220.00",
        "diqu_share": "220.00",
    }
    assert any("就高不就低" in n for n in result.notes)


def test_ordinary_person_pays_tier_and_bad_identity_refused() -> None:
    assert contrib(identities=[], tier=120)["individual"] == "120.00"
    with pytest.raises(CalcError, match="参保身份"):
        contrib(identities=["公务员"])


def test_late_payment_and_split() -> None:
    late = run("contribution", {"mode": "late", "fiscal_subsidy": "550", "payment_month": 3})
    assert late.result["individual"] == "800.00"
    assert any(s.amount == "4月" for s in late.steps)
    with pytest.raises(MissingInput):
        run("contribution", {"mode": "late"})
    split = run(
        "contribution", {"mode": "split", "total_subsidy": "3000000", "central_subsidy": "2000000"}
    )
    assert split.result == {"zizhiqu": "600000.00", "diqu": "200000.00", "county": "200000.00"}
    with pytest.raises(CalcError):
        run("contribution", {"mode": "split", "total_subsidy": "1", "central_subsidy": "2"})


def test_custodian_pay() -> None:
    assert run("custodian_pay", {"mode": "person", "site_level": "县级", "months": 12}).result == {
        "pay": "14400.00"
    }
    assert run(
        "custodian_pay", {"mode": "person", "site_level": "全国重点", "months": 6}
    ).result == {"pay": "8400.00"}
    budget = run(
        "custodian_pay", {"mode": "budget", "sites": {"县级": 3, "自治区级": 2}, "months": 12}
    )
    assert budget.result == {"budget": "153600.00"}  # the spec's example
    accident = run(
        "custodian_pay", {"mode": "person", "site_level": "自治区级", "months": 8, "accident": True}
    )
    assert accident.result == {"pay": "0.00"}


def test_untruthful_log_never_invents_a_deduction() -> None:
    unknown = run(
        "custodian_pay",
        {"mode": "person", "site_level": "县级", "months": 1, "log_untruthful": True},
    )
    # (第十一条 sets no sum and names no one who sets it: the note says so, and invents neither)
    assert unknown.result == {"pay": "1200.00"}
    assert any("没有规定扣除多少" in n for n in unknown.notes)
    assert not any("县人民政府" in n for n in unknown.notes)
    given = run(
        "custodian_pay",
        {
            "mode": "person",
            "site_level": "县级",
            "months": 1,
            "log_untruthful": True,
            "deduction": "200",
        },
    )
    assert given.result == {"pay": "1000.00"}
    with pytest.raises(CalcError):
        run(
            "custodian_pay",
            {
                "mode": "person",
                "site_level": "县级",
                "months": 1,
                "log_untruthful": True,
                "deduction": "5000",
            },
        )


@pytest.mark.parametrize(
    ("inputs", "field"),
    [
        ({"site_level": "市级", "months": 1}, "site_level"),
        ({"site_level": "县级", "months": 0}, "months"),
        ({"site_level": "县级", "months": 500}, "months"),
    ],
)
def test_custodian_refusals(inputs: dict, field: str) -> None:
    with pytest.raises(CalcError) as info:
        run("custodian_pay", {"mode": "person", **inputs})
    assert info.value.field == field


def test_road_subsidy() -> None:
    assert run("road_subsidy", {"counties": 7, "prefecture": True, "years": 1}).result == {
        "total_wan": "1050.00"
    }
    full = run("road_subsidy", {"counties": 7, "prefecture": True, "years": 1})
    assert {c.article for c in full.citations()} == {"二、（三）", "五、（四）"}
    assert run("road_subsidy", {"counties": 1, "prefecture": False}).result == {
        "total_wan": "100.00"
    }
    assert run("road_subsidy", {"years": 3}).result == {"total_wan": "3150.00"}
    with pytest.raises(CalcError):
        run("road_subsidy", {"counties": 8})
