"""The rural road maintenance subsidy (四好农村路方案 五、（四）)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.calculators.base import Result, cite, fmt, get_bool, get_int, rules


def road_subsidy(inputs: dict[str, Any]) -> Result:
    table = rules()["road_subsidy"]
    all_counties = table["counties"]["value"]
    counties = get_int(inputs, "counties", default=all_counties)
    prefecture = get_bool(inputs, "prefecture", True)
    years = get_int(inputs, "years", default=1)
    result = Result(
        "road_subsidy", {"counties": counties, "prefecture": prefecture, "years": years}
    )
    per_county = Decimal(table["per_county_wan"]["value"])
    yearly = per_county * counties
    if counties or not prefecture:  # the prefecture's own sum alone has no county step
        result.step(
            f"各县按每县 {per_county} 万元/年：{counties} 个县",
            fmt(yearly),
            cite(table["per_county_wan"]["cite"]),
        )
    if prefecture:
        pref = Decimal(table["prefecture_wan"]["value"])
        yearly += pref
        result.step(f"地区财政按 {pref} 万元/年", fmt(pref), cite(table["prefecture_wan"]["cite"]))
    total = yearly * years
    if years > 1:
        result.step(
            f"每年 {fmt(yearly)} 万元 × {years} 年",
            fmt(total),
            cite(table["per_county_wan" if counties else "prefecture_wan"]["cite"]),
        )
    result.notes.append(
        "2020年起地、县两级配套资金按本级财力逐年递增，此处按方案所列标准计算，单位万元。"
    )
    if counties == all_counties and prefecture:
        result.step(
            "阿里地区共7个县，“四好农村路”地县两级创建", "", cite(table["counties"]["cite"])
        )
    result.result["total_wan"] = fmt(total)
    return result
