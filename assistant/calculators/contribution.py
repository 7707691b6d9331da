"""Who pays what to enrol (第十八条), late payment (第八条) and the 6:2:2 subsidy split (第十七条)."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from typing import Any

from assistant.calculators.base import (
    CalcError,
    MissingInput,
    Result,
    cite,
    fmt,
    get_choice,
    get_int,
    get_money,
    get_tier,
    money,
    rules,
)

IDENTITY_ALIASES = {
    "建档立卡": "建档立卡贫困人员",
    "建档立卡贫困户": "建档立卡贫困人员",
    "贫困户": "建档立卡贫困人员",
    "低保": "低保对象",
    "低保户": "低保对象",
    "最低生活保障对象": "低保对象",
    "重度残疾": "重度残疾(一、二级)",
    "重度残疾人": "重度残疾(一、二级)",
    "一级残疾": "重度残疾(一、二级)",
    "二级残疾": "重度残疾(一、二级)",
    "特困": "特困供养人员",
    "特困人员": "特困供养人员",
}


def _identity_names(raw: object) -> list[str]:
    """ "低保" or ["低保", "重度残疾"]; anything else is named as wrong, not iterated blindly."""
    known = "、".join(rules()["contribution"]["identities"])
    if raw in (None, ""):
        return []
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(n, str) for n in items):
        raise CalcError(
            "identities",
            f'参保身份应为文字或文字列表（如 ["低保"]），允许：{known}。',
        )
    if len(items) > 10:
        raise CalcError("identities", f"参保身份最多填 10 项，允许：{known}。")
    return items


def _identity(name: str, inputs: dict[str, Any]) -> str:
    """The identity's name in the rule table; a monk's honour of an unsaid level takes the
    level from `honour_level` (the follow-up's reply, "我们是地区级评的") or asks for it."""
    known = rules()["contribution"]["identities"]
    if len(name) > 50 or any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        raise CalcError("identities", f"参保身份无法识别，允许：{'、'.join(known)}。")
    text = IDENTITY_ALIASES.get(name.strip(), name.strip())
    if text.startswith("僧尼表彰"):
        from assistant.fields import spec

        level = get_choice(inputs, "honour_level", list(spec("honour_level").values))
        return f"僧尼{level}表彰"
    if text not in known:
        raise CalcError(
            "identities",
            f"参保身份“{name}”无法识别，允许：{'、'.join(known)}（也可只给性别和年龄）。",
        )
    return text


def contribution(inputs: dict[str, Any]) -> Result:
    mode = get_choice({"mode": inputs.get("mode") or "enrol"}, "mode", ["enrol", "late", "split"])
    if mode == "late":
        return _late(inputs)
    if mode == "split":
        return _split(inputs)
    return _enrol(inputs)


def _aged(sex: str | None, threshold: int, elderly: dict[str, Any]) -> str:
    """The exemption the person meets, in the words of 第十八条（二）."""
    if sex:
        return f"{'女' if sex == '女' else '男'}年满{threshold}周岁"
    return f"女年满{elderly['female_age']}周岁、男年满{elderly['male_age']}周岁"


def _enrol(inputs: dict[str, Any]) -> Result:
    table = rules()["contribution"]
    highest = Decimal(table["highest"])
    identities = [_identity(n, inputs) for n in _identity_names(inputs.get("identities"))]
    seen: dict[str, Any] = {"mode": "enrol", "identities": identities}
    result = Result("contribution", seen)
    # (individual, paid_for_them, description, cite, shares)
    options: list[tuple[Decimal, str, list[str], dict[str, Decimal]]] = []
    elderly = table["elderly"]
    if inputs.get("age") not in (None, ""):
        age = get_int(inputs, "age")
        seen["age"] = age
        sex = inputs.get("sex")
        ages = sorted((int(elderly["female_age"]), int(elderly["male_age"])))
        if sex in (None, "") and ages[0] <= age < ages[1]:
            raise MissingInput(["sex"])  # only between the two ages does the sex decide
        if sex not in (None, ""):
            sex = get_choice(
                {"sex": sex},
                "sex",
                ["男", "女"],
                {"male": "男", "female": "女", "M": "男", "F": "女"},
            )
            seen["sex"] = sex
            threshold = elderly["female_age"] if sex == "女" else elderly["male_age"]
        else:
            threshold = ages[0] if age >= ages[1] else ages[1]
        if age >= threshold:
            shares = {
                "zizhiqu_share": money(highest * Decimal(elderly["zizhiqu"])),
                "diqu_share": money(highest * Decimal(elderly["diqu"])),
            }
            options.append(
                (
                    Decimal("0"),
                    f"参保时{_aged(sex, threshold, elderly)}，个人不再缴费，"
                    f"由自治区、地区两级财政按6:4代缴",
                    elderly["cite"],
                    shares,
                )
            )
        else:
            below = (
                f"{sex}性未达到{'女60' if sex == '女' else '男65'}周岁"
                if sex
                else f"未达到女{elderly['female_age']}周岁、男{elderly['male_age']}周岁"
            )
            result.notes.append(f"{age}岁{below}的免缴年龄。")
    elif inputs.get("exempt_persons") in (None, ""):  # (a household counted its members by age)
        # stated, never silently assumed: the elderly pay nothing (第十八条（二）)
        result.notes.append(
            "未填写年龄：按未满女60周岁、男65周岁计算；年满的个人不再缴费（第十八条（二））。"
        )
    for name in identities:
        rule = table["identities"][name]
        individual = Decimal(rule["individual"])
        shares = {rule["share_key"]: highest - individual} if "share_key" in rule else {}
        text = (
            # (as 第十八条（三） says it: 参保时个人不缴费)
            f"{name}：参保时个人不缴费，{fmt(highest)} 元全部由{rule['payer']}代缴"
            if individual == 0
            else f"{name}：个人缴费 {fmt(individual)} 元，其余 {fmt(highest - individual)} 元由"
            f"{rule['payer']}代缴"
        )
        options.append((individual, text, rule["cite"], shares))
    if not options:
        if inputs.get("tier") in (None, ""):
            raise MissingInput(["tier"])
        tier = Decimal(get_tier(inputs, table["tiers"]))
        seen["tier"] = int(tier)
        result.step(
            f"普通参保居民自愿选择 60、120、250 元档，本例选择 {int(tier)} 元档，个人全额缴纳",
            fmt(tier),
            cite(table["tier_cite"]),
        )
        result.result.update({"individual": fmt(tier), "paid_for_them": "0.00"})
        _household(result, inputs, tier, table["tier_cite"])
        return result
    for individual, text, spec, _ in options:
        result.step(text, fmt(individual), cite(spec))
    best = min(options, key=lambda o: o[0])
    if len(options) > 1:
        result.step(
            "多重身份按就高不就低原则只享受一项，取对个人最有利的一项，不得重复享受",
            fmt(best[0]),
            cite(table["best_of_cite"]),
        )
        result.notes.append(
            "有多重参保身份的，按“就高不就低”取个人缴费最少的一项（第十八条（四））。"
        )
    individual, _, _, shares = best
    result.result.update(
        {"individual": fmt(individual), "paid_for_them": fmt(highest - individual)}
    )
    result.result.update({k: fmt(v) for k, v in shares.items()})
    if "age" not in seen:
        # "建档立卡户一家4口人 一共交多少": the household's standing is each member's (an age
        # said is one person's, and the others' ages are not known)
        _household(result, inputs, individual, best[2])
    return result


def _household(result: Result, inputs: dict[str, Any], each: Decimal, spec: list[str]) -> None:
    """ "一家5口 都交120": each of them pays the same, so the household pays them all; the
    total is the answer asked."""
    if inputs.get("persons") in (None, ""):
        return
    persons = get_int(inputs, "persons")
    result.inputs["persons"] = persons
    paying = persons
    exempted: list[tuple[int, str, list[str]]] = []  # (members, who pays for them, the clause)
    table = rules()["contribution"]
    elderly = table["elderly"]
    low = table["identities"]["低保对象"]
    for key, why, spec_cite in (
        (
            "exempt_persons",
            f"参保时已满女{elderly['female_age']}周岁、男{elderly['male_age']}周岁",
            elderly["cite"],
        ),
        ("identity_exempt_persons", "属低保、特困、孤儿、重度残疾等特殊困难人群", low["cite"]),
    ):
        if inputs.get(key) in (None, ""):
            continue
        exempt = get_int(inputs, key)
        if exempt > paying:
            raise CalcError(
                key, f"免缴人数（{exempt} 人）不能多于要缴费的家庭人数（{paying} 人）。"
            )
        result.inputs[key] = exempt
        if exempt:
            paying -= exempt
            result.step(
                f"其中 {exempt} 人{why}，个人不缴费，按 {paying} 人计",
                f"{paying} 人",
                cite(spec_cite),
            )
            payer = "自治区、地区两级财政" if key == "exempt_persons" else low["payer"]
            exempted.append((exempt, payer, spec_cite))
    total = each * paying
    result.step(f"{paying} 人 × {fmt(each)} 元", fmt(total), cite(spec))
    result.result = {"total": fmt(total), **result.result}
    # what others pay for the household: the payers' share of each paying member, and the
    # highest standard for each member who pays nothing (第十八条（二）（三）)
    highest = Decimal(table["highest"])
    each_paid = Decimal(result.result.get("paid_for_them", "0"))
    subsidy = each_paid * paying
    if each_paid and paying > 1:
        # "三人建档立卡…医疗救助出多少": each paying member's share paid by others, summed
        result.step(f"{paying} 人 × 每人代缴 {fmt(each_paid)} 元", fmt(subsidy), cite(spec))
    for members, payer, spec_cite in exempted:
        result.step(
            f"{members} 人由{payer}按最高标准代缴：{members} 人 × {fmt(highest)} 元",
            fmt(highest * members),
            cite(spec_cite),
        )
        subsidy += highest * members
    if persons > 1 and subsidy:
        result.result["paid_for_household"] = fmt(subsidy)


def _late(inputs: dict[str, Any]) -> Result:
    table = rules()["contribution"]
    highest = Decimal(table["highest"])
    if inputs.get("fiscal_subsidy") in (None, ""):
        raise MissingInput(["fiscal_subsidy"])
    subsidy = get_money(inputs, "fiscal_subsidy", maximum=Decimal("100000"))
    seen: dict[str, Any] = {"mode": "late", "fiscal_subsidy": str(subsidy)}
    result = Result("contribution", seen)
    total = money(highest + subsidy)
    result.step(
        f"未按时缴费需按最高筹资标准全额补缴：个人最高档 {fmt(highest)} 元 + 当年各级财政补助 {fmt(subsidy)} 元",
        fmt(total),
        cite(table["late"]["cite"]),
    )
    result.notes.append("各级财政补助标准每年由国家规定，办法未写明，需按当年标准填写。")
    result.result["individual"] = fmt(total)
    if inputs.get("payment_month") not in (None, ""):
        month = get_int(inputs, "payment_month")
        seen["payment_month"] = month
        start = "次年1月" if month == 12 else f"{month + 1}月"
        result.step(
            f"{month}月补缴，自补缴次月（{start}）起享受待遇；中断期间的医疗费用由本人承担",
            start,
            cite(table["late"]["cite"]),
        )
    else:
        result.notes.append("补缴后自补缴的次月起享受待遇，中断缴费期间发生的医疗费用由本人承担。")
    return result


def _split(inputs: dict[str, Any]) -> Result:
    table = rules()["contribution"]["split"]
    missing = [k for k in ("total_subsidy", "central_subsidy") if inputs.get(k) in (None, "")]
    if missing:
        raise MissingInput(missing)
    total = get_money(inputs, "total_subsidy")
    central = get_money(inputs, "central_subsidy")
    if central > total:
        raise CalcError("central_subsidy", "中央财政补助不能大于财政补助总额，请核对两项金额。")
    result = Result(
        "contribution",
        {"mode": "split", "total_subsidy": str(total), "central_subsidy": str(central)},
    )
    rest = total - central
    where = cite(table["cite"])
    if central:
        result.step(f"财政补助 {fmt(total)} 元减去中央财政补助 {fmt(central)} 元", fmt(rest), where)
    else:  # (the sum given is already what is left: "扣掉中央的还剩300")
        result.step("剩余财政补助（已减去中央财政补助）", fmt(rest), where)
    weights = {key: Decimal(table[key]) for key in ("zizhiqu", "diqu", "county")}
    shares = split_cents(rest, weights)
    names = {"zizhiqu": "自治区", "diqu": "地区", "county": "县"}
    for key, value in shares.items():
        result.step(f"{names[key]}承担 {int(weights[key] * 10)} 成（6:2:2）", fmt(value), where)
    result.notes.append(
        "分到分时按最大余数法：先各取整到分，剩下的几分钱依次给小数部分最大的一方，"
        "三方之和等于剩余财政补助。"
    )
    result.result.update({k: fmt(v) for k, v in shares.items()})
    return result


def split_cents(whole: Decimal, weights: dict[str, Decimal]) -> dict[str, Decimal]:
    """Largest-remainder apportionment to the cent: the parts always add up to the whole.

    Each part gets its exact share rounded down to the cent; the cents left over go one by
    one to the parts with the largest dropped remainders (ties: the order of `weights`).
    """
    cents = int((whole * 100).to_integral_value())
    if Decimal(cents) != whole * 100:
        raise ValueError(f"{whole} is not a whole number of cents")
    total_weight = sum(weights.values())
    quotas = {key: cents * w / total_weight for key, w in weights.items()}
    parts = {key: int(q.to_integral_value(rounding=ROUND_FLOOR)) for key, q in quotas.items()}
    order = sorted(weights, key=lambda k: -(quotas[k] - parts[k]))
    for key in order[: cents - sum(parts.values())]:
        parts[key] += 1
    return {key: Decimal(parts[key]) / 100 for key in weights}
