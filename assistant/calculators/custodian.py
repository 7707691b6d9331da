"""Field relic custodian pay and budgets (看管细则 第十一、十二、十三条)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.calculators.base import (
    CalcError,
    MissingInput,
    Result,
    cite,
    fmt,
    get_bool,
    get_choice,
    get_int,
    get_money,
    rules,
)

SITE_ALIASES = {
    "县级文物保护单位": "县级",
    "自治区级文物保护单位": "自治区级",
    "区级": "自治区级",
    "全国重点文物保护单位": "全国重点",
    "国家级": "全国重点",
    "全国重点文物保护单位级": "全国重点",
}


def custodian_pay(inputs: dict[str, Any]) -> Result:
    table = rules()["custodian"]
    levels = list(table["monthly_wage"]["values"])
    mode = get_choice(
        {"mode": inputs.get("mode") or ("budget" if inputs.get("sites") else "person")},
        "mode",
        ["person", "budget", "heads"],
    )
    wage = table["monthly_wage"]
    where = cite(wage["cite"])
    per_site = table["per_site"]["value"]
    if mode == "heads":
        # "两处县级文物保护单位要多少看管员": two custodians a site (第十二条), no pay asked
        counts = _site_counts(inputs.get("sites"), levels)
        result = Result("custodian_pay", {"mode": "heads", "sites": counts})
        for level, count in counts.items():
            result.step(
                f"{level} {count} 处 × 每处 {per_site} 人",
                str(count * per_site),
                cite(table["per_site"]["cite"]),
            )
        result.result["custodians"] = str(sum(counts.values()) * per_site)
        return result
    if mode == "budget":
        counts = _site_counts(inputs.get("sites"), levels)
        own = _level_months(inputs.get("level_months"), levels)
        seen: dict[str, Any] = {"mode": "budget", "sites": counts}
        if any(level not in own for level in counts) or inputs.get("months") not in (None, ""):
            seen["months"] = get_int(inputs, "months")
        if own:
            seen["level_months"] = {lv: m for lv, m in own.items() if lv in counts}
        result = Result("custodian_pay", seen)
        total = Decimal(0)
        for level, count in counts.items():
            rate = Decimal(wage["values"][level])
            months = own.get(level, seen.get("months"))
            line = rate * per_site * count * months
            total += line
            result.step(
                f"{level} {count} 处 × 每处 {per_site} 人 × {fmt(rate)} 元/月 × {months} 个月",
                fmt(line),
                where,
            )
        result.result["budget"] = fmt(total)
        return result
    months = get_int(inputs, "months")

    level = get_choice(inputs, "site_level", levels, SITE_ALIASES)
    rate = Decimal(wage["values"][level])
    seen: dict[str, Any] = {"mode": "person", "site_level": level, "months": months}
    result = Result("custodian_pay", seen)
    pay = rate * months
    result.step(
        f"{level}野外文物保护单位看管人员 {fmt(rate)} 元/月 × {months} 个月", fmt(pay), where
    )
    persons = get_int(inputs, "persons") if inputs.get("persons") not in (None, "") else 1
    if persons > 1:
        # "两个人 干了8个月": each of them is paid the same for the months
        seen["persons"] = persons
        pay *= persons
        result.step(f"{persons} 人 × {fmt(rate * months)} 元", fmt(pay), where)
    if months > table["agreement_term"]["months"]:
        result.notes.append("看管协议期限不得超过一年（第十三条），超过12个月需续签协议。")
    if get_bool(inputs, "accident"):
        seen["accident"] = True
        result.step(
            # (the year's pay: twelve months of it at most)
            f"发生重大看管事故：立即解聘，并扣除当年野外文物看管补助 {fmt(pay * min(months, 12) / months if months else pay)} 元",
            "0.00",
            cite(table["accident"]["cite"]),
        )
        result.result["pay"] = "0.00"
        return result
    if get_bool(inputs, "log_untruthful"):
        seen["log_untruthful"] = True
        where_log = cite(table["log_untruthful"]["cite"])
        if inputs.get("deduction") in (None, ""):
            result.step("未如实填写巡逻日志，应适当扣除当月补助；扣除金额细则未规定", "", where_log)
            result.notes.append(
                "第十一条只规定“适当扣除当月野外看管补助”，没有规定扣除多少；本计算未扣除，"
                "请填写实际扣除金额后重算。"
            )
        else:
            deduction = get_money(inputs, "deduction")
            if deduction > rate:
                raise CalcError(
                    "deduction",
                    f"扣除金额 {fmt(deduction)} 元超过当月补助 {fmt(rate)} 元；细则只规定扣除当月补助。",
                )
            seen["deduction"] = str(deduction)
            pay -= deduction
            result.step(
                f"未如实填写巡逻日志，扣除当月补助 {fmt(deduction)} 元（金额由县里确定）",
                fmt(pay),
                where_log,
            )
    result.result["pay"] = fmt(pay)
    return result


def _site_counts(sites: Any, levels: list[str]) -> dict[str, int]:
    """The sites of each level, {级别: 处数}, checked."""
    if not sites:
        raise MissingInput(["sites"])
    if not isinstance(sites, dict):
        raise CalcError(
            "sites",
            '各级文物保护单位数量应写成 {级别: 处数}，例如 {"县级": 3, "自治区级": 2}。',
        )
    counts: dict[str, int] = {}
    for raw_level, raw_count in sites.items():
        level = get_choice({"site_level": raw_level}, "site_level", levels, SITE_ALIASES)
        counts[level] = counts.get(level, 0) + get_int({"sites": raw_count}, "sites")
    return counts


def _level_months(raw: Any, levels: list[str]) -> dict[str, int]:
    """The months of each level's sites when they differ ("县级的干了6个月，自治区级的干满一
    年"): one months for all would price every site at one of them."""
    if raw in (None, "", {}):
        return {}
    if not isinstance(raw, dict):
        raise CalcError(
            "level_months",
            '各级文物保护单位的月数应写成 {级别: 月数}，例如 {"县级": 6, "自治区级": 12}。',
        )
    own: dict[str, int] = {}
    for raw_level, raw_months in raw.items():
        level = get_choice({"site_level": raw_level}, "site_level", levels, SITE_ALIASES)
        own[level] = get_int({"months": raw_months}, "months")
    return own
