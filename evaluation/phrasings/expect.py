"""What a row or a dialogue turn expects, built once for the held-out tables.

Each builder returns the expectation of one answer (status, gold, calculator, inputs,
expected figures, cited articles); the figures always come from evaluation.phrasings.reference,
the independent reading of the rules, never from the product's calculators.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from evaluation.phrasings import reference as ref
from evaluation.phrasings.rows import RD, mi, quote

Expect = dict[str, Any]

BOTH = ["answered", "calculated"]  # a rule that a calculation also states
HELLO: Expect = {"status": "answered"}  # a greeting or thanks: a short reply, nothing to cite


def answered(gold: dict[str, str], terms: list[str], **extra: Any) -> Expect:
    return {"status": "answered", "gold": [gold], "answer_contains": terms, **extra}


def declined(related: dict[str, str] | None = None, **extra: Any) -> Expect:
    """Out of scope; `related` is the nearest Ngari rule, when there is one."""
    out: Expect = {"status": "out_of_scope", "gold": []}
    if related:
        out["related"] = [related]
    return out | extra


def calculated(calculator: str, inputs: dict[str, Any], expected, cites, **extra: Any) -> Expect:
    return {
        "status": "calculated",
        "calculator": calculator,
        "inputs": inputs,
        "expected": expected,
        "cites": cites,
        **extra,
    }


def inpatient(
    tier, level, cost, admission=1, in_area=True, poor=False, paid="0", **extra: Any
) -> Expect:
    expected = ref.inpatient(tier, level, cost, admission, in_area, poor, paid, **extra)
    cites = ["第二十二条"] + (["第二十九条"] if poor else [])
    cites += ["第二十三条"] if "uncapped_payment" in expected else []
    inputs = {
        "tier": tier,
        "level": level,
        "in_area": in_area,
        "admission": admission,
        "cost": cost,
        "poor": poor,
        "already_paid": paid,
        **extra,
    }
    return calculated("inpatient", inputs, expected, cites)


def maternity(level: str, cost: str) -> Expect:
    return calculated(
        "inpatient",
        {"level": level, "cost": cost, "maternity": True},
        ref.inpatient(None, level, cost, maternity=True),
        ["第二十九条"],
    )


def special(tier, disease, cost, paid="0", poor=False) -> Expect:
    expected = ref.special_outpatient(tier, cost, poor, paid)
    cites = ["第二十四条"] + (["第二十九条"] if poor else [])
    cites += ["第二十三条"] if "uncapped_payment" in expected else []
    inputs = {"tier": tier, "disease": disease, "cost": cost, "already_paid": paid}
    if poor:
        inputs["poor"] = True
    return calculated("special_outpatient", inputs, expected, cites)


def two_diseases(diseases: list[str], level: str, a: str, b: str = "0", paid="0") -> Expect:
    inputs = {"diseases": diseases, "level": level, "class_a": a, "class_b": b}
    if paid != "0":
        inputs["already_paid"] = paid
    return calculated(
        "two_diseases", inputs, ref.two_diseases(diseases, level, a, b, paid), ["第二十五条"]
    )


def general(cost: str, prior: str = "0") -> Expect:
    return calculated(
        "general_outpatient",
        {"cost": cost, "prior_cost": prior},
        ref.general_outpatient(cost, prior),
        ["第二十六条"],
    )


def enrol(identities=None, sex=None, age=None, tier=None) -> Expect:
    inputs: dict[str, Any] = {"mode": "enrol", "identities": identities or []}
    inputs.update({k: v for k, v in (("sex", sex), ("age", age), ("tier", tier)) if v})
    return calculated(
        "contribution", inputs, ref.contribution(identities, sex, age, tier), ["第十八条"]
    )


def late(fiscal_subsidy: str) -> Expect:
    return calculated(
        "contribution",
        {"mode": "late", "fiscal_subsidy": fiscal_subsidy},
        ref.late_payment(fiscal_subsidy),
        ["第八条"],
    )


def subsidy_split(total: str, central: str) -> Expect:
    return calculated(
        "contribution",
        {"mode": "split", "total_subsidy": total, "central_subsidy": central},
        ref.subsidy_split(total, central),
        ["第十七条"],
    )


def custodian(site_level: str, months: int, accident: bool = False) -> Expect:
    inputs: dict[str, Any] = {"mode": "person", "site_level": site_level, "months": months}
    if accident:
        inputs["accident"] = True
    return calculated(
        "custodian_pay",
        inputs,
        ref.custodian_person(site_level, months, accident),
        ["第十一条"] if accident else ["第十二条"],
    )


def budget(sites: dict[str, int], months: int) -> Expect:
    return calculated(
        "custodian_pay",
        {"mode": "budget", "sites": sites, "months": months},
        ref.custodian_budget(sites, months),
        ["第十二条"],
    )


def road(counties: int, prefecture: bool, years: int = 1) -> Expect:
    return calculated(
        "road_subsidy",
        {"counties": counties, "prefecture": prefecture, "years": years},
        ref.road_subsidy(counties, prefecture, years),
        [],
        gold=[quote(RD, "100万元/年")],
    )


def follow_up(calculator: str | None, missing: list[str], **extra: Any) -> Expect:
    out: Expect = {"status": "follow_up", "follow_up_for": missing}
    if calculator:
        out["calculator"] = calculator
    return out | extra


def error(field: str, **extra: Any) -> Expect:
    return {"status": "error", "error_contains": [field], **extra}


def paid_after(*steps: Expect) -> str:
    """What the earlier turns of a dialogue paid: counts against the yearly cap."""
    return ref.money(sum(Decimal(s["expected"]["payment"]) for s in steps))


def turns(*pairs: tuple[str, Expect]) -> list[dict[str, Any]]:
    return [{"user": user, "expect": expect} for user, expect in pairs]


def rule_or_sum(place: dict[str, str]) -> Expect:
    """A yes/no on what is paid: the rule (citing place) or the calculation both answer it."""
    return {"status": BOTH, "gold": [place]}


def enrol_where(terms: list[str]) -> Expect:
    """Where to enrol: 第六条 (by household registration) or 第七条 (register there)."""
    return {"status": "answered", "gold": [mi("第六条"), mi("第七条")], "answer_contains": terms}
