"""Expected figures for the phrasing table, computed from the regulation text by hand.

Written independently of assistant/calculators so that the table does not inherit the
product's mistakes: every rule below is read from 医保办法 第十七、十八、二十二至二十六、
二十九条, 看管细则 第十一、十二条 and 四好农村路方案 五（四）, as the product
specification (shared/spec/calculators.md) reads them. Decimal only; money is rounded
to 0.01 with ROUND_HALF_UP at the end of each figure.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ANNUAL_CAP = Decimal("60000")  # 第二十三条

DEDUCTIBLE = {"乡镇卫生院": 100, "社区卫生服务中心": 100, "一级": 200, "二级": 200, "三级": 400}
BED_CAP = {"乡镇卫生院": 20, "社区卫生服务中心": 20, "一级": 40, "二级": 60, "三级": 80}
INPATIENT_RATIO = {  # percent, 第二十二条（三）
    250: {"乡镇卫生院": 90, "社区卫生服务中心": 90, "一级": 90, "二级": 90, "三级": 85},
    120: {"乡镇卫生院": 75, "社区卫生服务中心": 75, "一级": 75, "二级": 75, "三级": 70},
    60: {"乡镇卫生院": 70, "社区卫生服务中心": 70, "一级": 70, "二级": 65, "三级": 60},
}
SPECIAL_RATIO = {60: 60, 120: 70, 250: 90}  # 第二十四条（二）
TWO_DISEASE_RATIO = {"乡镇卫生院": 70, "社区卫生服务中心": 70, "一级": 70, "二级": 65, "三级": 60}
TWO_DISEASE_LIMIT = {("高血压",): 800, ("糖尿病",): 1200, ("糖尿病", "高血压"): 2000}
CUSTODIAN_WAGE = {"县级": 1200, "自治区级": 1400, "全国重点": 1400}  # 看管细则 第十二条


def money(value: Decimal) -> str:
    return str(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP))


def _pct(points: int) -> Decimal:
    return Decimal(points) / 100


def inpatient(
    tier: int | None,
    level: str,
    cost: str,
    admission: int = 1,
    in_area: bool = True,
    poor: bool = False,
    already_paid: str = "0",
    bed_days: int | None = None,
    bed_fee: str | None = None,
    maternity: bool = False,
) -> dict[str, str]:
    total = Decimal(cost)
    room = max(Decimal(0), ANNUAL_CAP - Decimal(already_paid))
    if maternity:  # 第二十九条（二）: in full, no deductible, still under the cap
        pay = min(total, room)
        out = {"payment": money(pay), "self_pay": money(total - pay)}
        if pay < total:
            out["uncapped_payment"] = money(total)
        return out
    out: dict[str, str] = {}
    scope = total
    if bed_days and bed_fee is not None:
        excess = max(Decimal(0), Decimal(bed_fee) - BED_CAP[level]) * bed_days
        out["bed_fee_excess"] = money(excess)
        scope = total - excess
    base = Decimal(DEDUCTIBLE[level])
    factor = {1: Decimal(1), 2: Decimal("0.7")}.get(admission, Decimal("0.5"))
    deductible = base * factor
    points = INPATIENT_RATIO[tier][level] - (0 if in_area else 10) + (5 if poor else 0)
    uncapped = max(Decimal(0), scope - deductible) * _pct(points)
    pay = min(uncapped, room)
    out["deductible"] = money(deductible)
    out["payment"] = money(pay)
    if pay < uncapped:
        out["uncapped_payment"] = money(uncapped)
    if "bed_fee_excess" not in out:
        out["self_pay"] = money(total - Decimal(money(pay)))
    return out


def special_outpatient(
    tier: int, cost: str, poor: bool = False, already_paid: str = "0"
) -> dict[str, str]:
    total = Decimal(cost)
    uncapped = total * _pct(SPECIAL_RATIO[tier] + (5 if poor else 0))
    pay = min(uncapped, max(Decimal(0), ANNUAL_CAP - Decimal(already_paid)))
    out = {"payment": money(pay), "self_pay": money(total - Decimal(money(pay)))}
    if pay < uncapped:
        out["uncapped_payment"] = money(uncapped)
    return out


def two_diseases(
    diseases: list[str], level: str, class_a: str, class_b: str = "0", already_paid: str = "0"
) -> dict[str, str]:
    limit = Decimal(TWO_DISEASE_LIMIT[tuple(sorted(set(diseases)))])
    b = Decimal(class_b)
    uncapped = (Decimal(class_a) + b * Decimal("0.9")) * _pct(TWO_DISEASE_RATIO[level])
    pay = min(uncapped, max(Decimal(0), limit - Decimal(already_paid)))
    out = {"payment": money(pay)}
    if b:
        out["class_b_self_pay"] = money(b * Decimal("0.1"))
    if pay < uncapped:
        out["uncapped_payment"] = money(uncapped)
    return out


def _general_paid(accumulated: Decimal) -> Decimal:
    return min(Decimal(300), max(Decimal(0), accumulated - 100) * Decimal("0.6"))


def general_outpatient(cost: str, prior_cost: str = "0") -> dict[str, str]:
    before = Decimal(prior_cost)
    return {"payment": money(_general_paid(before + Decimal(cost)) - _general_paid(before))}


# 第十八条: (individual, paid for them) per identity at the highest tier 250
IDENTITY_SHARE = {
    "建档立卡贫困人员": (60, 190),
    "低保对象": (0, 250),
    "特困供养人员": (0, 250),
    "孤儿": (0, 250),
    "重度残疾(一、二级)": (0, 250),
    "僧尼自治区级表彰": (0, 250),
    "僧尼地区级表彰": (30, 220),
    "僧尼县级表彰": (45, 205),
}


def elderly(sex: str | None, age: int | None) -> bool:
    return age is not None and ((sex == "女" and age >= 60) or (sex == "男" and age >= 65))


def contribution(
    identities: list[str] | None = None,
    sex: str | None = None,
    age: int | None = None,
    tier: int | None = None,
) -> dict[str, str]:
    """Enrolment: the most favourable identity applies (就高不就低, 第十八条（四）)."""
    options = [IDENTITY_SHARE[i] for i in identities or []]
    if elderly(sex, age):
        options.append((0, 250))
    if not options:
        if tier is None:
            raise ValueError("an ordinary enrolee needs a tier")
        return {"individual": money(Decimal(tier)), "paid_for_them": "0.00"}
    individual, paid = min(options)
    out = {"individual": money(Decimal(individual)), "paid_for_them": money(Decimal(paid))}
    only_age = elderly(sex, age) and all(IDENTITY_SHARE[i][0] > 0 for i in identities or [])
    if only_age:  # 第十八条（二）: 自治区、地区 6:4
        out.update({"zizhiqu_share": "150.00", "diqu_share": "100.00"})
    return out


def late_payment(fiscal_subsidy: str) -> dict[str, str]:
    """第八条: the highest individual tier plus every level's fiscal subsidy."""
    return {"individual": money(Decimal(250) + Decimal(fiscal_subsidy))}


def subsidy_split(total: str, central: str) -> dict[str, str]:
    """第十七条: after the central share, 自治区:地区:县 = 6:2:2 (inputs chosen to split evenly)."""
    rest = Decimal(total) - Decimal(central)
    return {
        "zizhiqu": money(rest * Decimal("0.6")),
        "diqu": money(rest * Decimal("0.2")),
        "county": money(rest * Decimal("0.2")),
    }


def custodian_person(
    site_level: str, months: int, accident: bool = False, persons: int = 1
) -> dict[str, str]:
    if accident:  # 第十一条: dismissed, that year's subsidy deducted
        return {"pay": "0.00"}
    return {"pay": money(Decimal(CUSTODIAN_WAGE[site_level] * months * persons))}


def custodian_budget(
    sites: dict[str, int], months: int | None, level_months: dict[str, int] | None = None
) -> dict[str, str]:
    """Two custodians a site (第十二条), each level's sites at their own months when given."""
    own = level_months or {}
    if any(own.get(level, months) is None for level in sites):
        raise ValueError("a level of the budget has no months")  # (never priced at 0)
    total = sum(
        CUSTODIAN_WAGE[level] * 2 * count * own.get(level, months) for level, count in sites.items()
    )
    return {"budget": money(Decimal(total))}


def custodian_heads(sites: dict[str, int]) -> dict[str, str]:
    """Two custodians a site (第十二条): the custodians a set of sites takes."""
    return {"custodians": str(2 * sum(sites.values()))}


def road_subsidy(counties: int, prefecture: bool, years: int = 1) -> dict[str, str]:
    """四好农村路方案 五（四）: each county 100万元/年, the prefecture 350万元/年."""
    return {"total_wan": money(Decimal((counties * 100 + (350 if prefecture else 0)) * years))}


def household(members: list[dict]) -> dict[str, str]:
    """第十八条: each member pays their own contribution (their tier, age, identity), and the
    household pays them all; `members` are the keyword arguments of `contribution`, one each."""
    total = sum((Decimal(contribution(**m)["individual"]) for m in members), Decimal(0))
    return {"total": money(total)}


def tier_gap(tiers: tuple[int, int], level: str, cost: str) -> dict[str, str]:
    """One first stay in the area on two tiers (第二十二条): how far apart the fund's payments
    are."""
    paid = [Decimal(inpatient(tier, level, cost)["payment"]) for tier in tiers]
    return {"gap": money(abs(paid[0] - paid[1]))}
