"""How results read: result names, the calculation's text with its steps, and "why" answers."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.citations import Citation
from assistant.state import Calculation

RESULT_NAMES = {
    "payment": "医保（统筹基金）支付",
    "deductible": "起付线",
    "self_pay": "个人负担",
    "uncapped_payment": "封顶前应付",
    "bed_fee_excess": "超标床位费（自付）",
    "class_b_self_pay": "乙类药品先自付",
    "total": "合计个人缴费",
    "individual": "个人缴费",
    "paid_for_them": "代缴部分",
    "paid_for_household": "全家代缴合计",
    "zizhiqu_share": "其中自治区财政",
    "diqu_share": "其中地区财政",
    "county_share": "其中县级财政",
    "zizhiqu": "自治区承担",
    "diqu": "地区承担",
    "county": "县承担",
    "pay": "应发工资/补助",
    "budget": "工资预算",
    "custodians": "应配看管人员",
    "total_wan": "补贴合计（万元）",
}


# what a result is counted in when it is not yuan
RESULT_UNITS = {"total_wan": "万元", "custodians": "人"}


def marker_for(where: str, citations: list[Citation]) -> int | None:
    """The [n] of the citation a step's place ("《…》第二十二条（一）") belongs to."""
    for n, cite in enumerate(citations, 1):
        if cite.article and cite.article in where and cite.doc_title in where:
            return n
    return None


def calc_text(
    title: str,
    result: dict[str, str],
    steps: list[dict[str, str]],
    notes: list[str],
    citations: list[Citation],
) -> str:
    """The direct answer first, then each step with its article."""
    head = next(iter(result))
    unit = RESULT_UNITS.get(head, "元")
    first = f"{title}：{RESULT_NAMES.get(head, head)} {result[head]} {unit}。"
    extras = [
        f"{RESULT_NAMES.get(k, k)} {v}"
        for k, v in result.items()
        if k not in (head, "uncapped_payment")
    ]
    if extras:
        first += "（" + "，".join(extras) + "）"
    lines = [first]
    for step in steps:
        n = marker_for(step["citation"], citations)
        amount = f" = {step['amount']}" if step["amount"] else ""
        lines.append(f"· {step['rule']}{amount}（{step['citation']}）" + (f"[{n}]" if n else ""))
    lines += [f"说明：{note}" for note in notes]
    return "\n".join(lines)


# what a "why" question is about → the words of the step that answers it
WHY_TOPICS: list[tuple[str, str]] = [
    (r"起付", r"起付"),
    # "为什么门诊化疗也算进住院的额度里": counted together under one cap
    (r"算进|算在|一起算|合并|额度里|也算|也要算", r"合并|累计|限额|封顶"),
    (
        r"比例|百分|几成|报得?(这么|那么)?少|少报|没全报|不全报|没报全|自己(还)?要?(出|付|掏)|差这么多"
        r"|比[^，。？?]{0,8}(少|低|多|高)|(更|反而)(少|低|多|高)",
        r"比例|%|起付|自付|乙类|限额|封顶|剩余|降低",
    ),
    (
        r"封顶|限额|上限|(只|就|才)(报|给|赔|付)了?|剩|几乎没|没怎么报|没报多少|这么点",
        r"限额|封顶|剩余",
    ),
    (r"事故|解聘", r"事故|解聘|扣"),
    (r"床位", r"床位"),
    (r"不(给)?报|不予|为什么是?0|一分", r"不予支付|不予|0\.00"),
    (r"不用交|免|代缴|不交", r"代缴|不缴费|资助"),
    (r"工资|扣", r"工资|扣|补助"),
]


CAP_STEPS = r"限额|封顶|剩余"
# a result asked about for being less than expected, or not paid in full
LESS_ASKED = re.compile(
    r"少|低|没全|不全|没按|没报全|只(报|给|赔|付)|才(报|给|赔|付)|封顶|限额|剩|不够|这么点"
)


def _figures(text: str) -> set[str]:
    """The sums a text names, as plain numbers ("一百" and "100.00 元" are both "100")."""
    from assistant.calculators.amounts import find_amounts

    return {f"{a.value.normalize():f}" for a in find_amounts(text) if a.value > 0}


# "为什么比上次多", "怎么比刚才少了": the result set against the one before it
COMPARED_ASKED = re.compile(
    r"比(?:上次|上一次|刚才|刚刚|之前|前面|前一次|第一次|那次|原来|上回)|变(?:多|少|高|低)了?"
    r"|怎么(?:多|少)了|(?:多|少)了(?:这么多|那么多)?[吗呢呀？?]*$|不一样|差(?:了|这么多|那么多)"
    # "为什么二级医院反而报得多", "为什么区外少报": one result against the other
    r"|反而|(?:更|还)(?:多|少|高|低)|(?:少|多)报|报得(?:多|少)"
)


def compared(
    calc: Calculation, before: Calculation, other: str = "前一次"
) -> tuple[str, list[str]]:
    """What changed between two results of one calculator: the inputs said differently, then
    the main sum before and now (the steps below say by which rules); with the figures it
    stands on (both results and the difference of their sums), for the grounding check."""
    from assistant.fields import label

    def said(value: object) -> str:
        return (
            {True: "是", False: "否"}.get(value, str(value))
            if isinstance(value, bool)
            else str(value)
        )

    changed = [
        f"{label(k)} {said(before.inputs.get(k, '未填'))} → {said(v)}"
        for k, v in calc.inputs.items()
        if str(before.inputs.get(k, "")) != str(v)
    ]
    key = next((k for k in RESULT_NAMES if k in calc.result and k in before.result), None)
    line = f"和{other}相比：" + "；".join(changed or ["填写的情况相同"])
    grounds = [str(v) for c in (before, calc) for v in (*c.inputs.values(), *c.result.values())]
    if key is not None:
        old, new = Decimal(before.result[key]), Decimal(calc.result[key])
        gap = new - old
        more = f"多 {gap:.2f} 元" if gap > 0 else f"少 {-gap:.2f} 元" if gap < 0 else "相同"
        line += f"；{RESULT_NAMES[key]} {old:.2f} → {new:.2f} 元（{more}）"
        grounds.append(f"{abs(gap):.2f}")
    # the rules that made the difference: the steps of the one before that this one has not
    # ("统筹区外…降低10%", "三级起付线 400"), with their articles
    now = {s["rule"] for s in calc.steps}
    differing = [s for s in before.steps if s["rule"] not in now]
    if differing:
        line += f"。\n{other}的算法中不同的是：" + "；".join(
            f"{s['rule']}（{s['citation']}）" for s in differing
        )
        grounds += [f"{s['rule']} {s['amount']}" for s in differing]
    return line + "。", grounds


# a rate heard of, said in 成 or per cent ("朋友说能报九成", "不是说报90%吗")
RATE_SAID = re.compile(
    r"([一二三四五六七八九])成([一二三四五六七八九])?(?!本)|百分之([一二三四五六七八九十]+)"
    r"|(\d{1,2}(?:\.\d)?)\s*[%％]"
)
TENTHS = "一二三四五六七八九"
# a rate of another rule: a rise, a cut, a share paid first
OTHER_RATE = re.compile(r"提高|降|自付|乙类|起付|多报|少报|建档立卡")


def _rate_said(question: str) -> tuple[str, Decimal] | None:
    """A rate said in 成 ("九成", "七成五" = 75%) or per cent ("百分之九十", "85%")."""
    from assistant.calculators.amounts import small_count

    m = RATE_SAID.search(question)
    if m is None:
        return None
    if m.group(1):
        tenths = Decimal(TENTHS.index(m.group(1)) + 1) / 10
        extra = Decimal(TENTHS.index(m.group(2)) + 1) / 100 if m.group(2) else Decimal(0)
        return m.group(0), tenths + extra
    if m.group(4):
        return m.group(0), Decimal(m.group(4)) / 100
    said = small_count(m.group(3))
    return (m.group(0), Decimal(said) / 100) if said else None


def heard_rate(question: str, calc: Calculation) -> str | None:
    """ "为啥这么少 我朋友说能报九成" after a stay: which tier and hospital level the rate heard
    of belongs to (第二十二条（三）), beside the case's own."""
    from assistant.calculators.base import rules

    said = _rate_said(question)
    tier, level = calc.inputs.get("tier"), calc.inputs.get("level")
    if said is None or calc.calculator != "inpatient" or tier is None or level is None:
        return None
    if said[1] < Decimal("0.5") or OTHER_RATE.search(question):
        # ("不是说建档立卡提高5%吗", "不是只降10%吗", "乙类药只自付10%": another rule's figure)
        return None
    words, rate = said
    table = rules()["inpatient"]["ratio"]
    article = table["cite"][1] + table["cite"][2]
    own = Decimal(table["values"][str(tier)][str(level)])
    if rate == own:
        return None
    holds = {
        t: [lv for lv, v in levels.items() if Decimal(v) == rate and lv != "社区卫生服务中心"]
        for t, levels in table["values"].items()
    }
    where = "；".join(f"{t}元档在{'、'.join(lvs)}" for t, lvs in holds.items() if lvs)
    percent = f"{rate * 100:.0f}%"
    said = words if words.replace("％", "%") == percent else f"{words}（{percent}）"
    heard = (
        f"您说的{said}是{article}规定的{where}住院的报销比例"
        if where
        else f"{article}规定的住院报销比例里没有{said}"
    )
    # (the case's own adjustments, which the steps show: 统筹区外, 建档立卡)
    adjusted = ("，统筹区外就医再降低10个百分点" if calc.inputs.get("in_area") is False else "") + (
        "，建档立卡贫困人员再提高5个百分点" if calc.inputs.get("poor") else ""
    )
    return f"{heard}；这次按{tier}元档、{level}计算，该档该级的比例是{own * 100:.0f}%{adjusted}。"


def tier_contrast(calc: Calculation) -> str | None:
    """ "为什么才报这么点" after a stay (not capped): the tier and level chosen are what set
    the rate, beside the other tiers' rates at that level (第二十二条（三）) and the deductible
    the person pays first (第二十二条（一）)."""
    from assistant.calculators.base import rules

    tier, level = calc.inputs.get("tier"), calc.inputs.get("level")
    if calc.calculator != "inpatient" or tier is None or level is None:
        return None
    table = rules()["inpatient"]["ratio"]
    values = table["values"]
    if str(tier) not in values or str(level) not in values[str(tier)]:
        return None
    article = table["cite"][1] + table["cite"][2]
    own = Decimal(values[str(tier)][str(level)])
    others = "、".join(
        f"{t}元档报{Decimal(v[str(level)]) * 100:.0f}%"
        for t, v in values.items()
        if t != str(tier) and str(level) in v
    )
    place = f"{level}医院" if str(level).endswith("级") else level
    line = (
        f"报销比例由缴费档次和医院级别决定：{tier}元档在{place}住院报{own * 100:.0f}%，"
        f"同级医院{others}（{article}）"
    )
    deductible = calc.result.get("deductible")
    if deductible and Decimal(deductible) > 0:
        line += (
            f"；起付线{Decimal(deductible).normalize():f}元以下的部分由个人负担（第二十二条（一））"
        )
    return line + "。"


def explain(
    question: str, calc: Calculation, citations: list[Citation], whose: str = "上一次"
) -> str | None:
    """ "为什么…" after a result: the steps that answer it, with their articles; None when the
    question asks about something none of the steps holds."""
    wanted = next((steps for asks, steps in WHY_TOPICS if re.search(asks, question)), None)
    paid, uncapped = (calc.result.get(k) for k in ("payment", "uncapped_payment"))
    capped = bool(paid and uncapped) and Decimal(paid) < Decimal(uncapped)
    if capped and LESS_ASKED.search(question):
        # "怎么三月份报得比前两个月少": the cap cut it, whatever else the steps say
        wanted = CAP_STEPS
    chosen = [s for s in calc.steps if wanted and re.search(wanted, s["rule"] + s["amount"])]
    figures = _figures(question)
    named = [s for s in calc.steps if figures & _figures(f"{s['rule']} {s['amount']}")]
    if named and not capped:
        # "为什么要先扣一百": the step that holds the figure named
        chosen, wanted = named, wanted or "|".join(re.escape(f) for f in sorted(figures))
    if wanted and not chosen and calc.calculator == "contribution":
        return None  # "为什么我爸妈不用交" after a case that pays: the rule answers it
    if not chosen:
        chosen = calc.steps
    lines = [f"{whose}的{calc.title or '计算'}是这样算的："]
    heard = heard_rate(question, calc)
    if heard:
        lines.insert(0, heard)
    elif not capped and LESS_ASKED.search(question):
        contrast = tier_contrast(calc)
        if contrast:
            lines.insert(0, contrast)
    for step in chosen:
        n = marker_for(step["citation"], citations)
        amount = f"，得 {step['amount']}" if step["amount"] else ""
        lines.append(f"· {step['rule']}{amount}（{step['citation']}）" + (f"[{n}]" if n else ""))
    # the rules themselves, in their own words, for the steps shown
    used = {marker_for(step["citation"], citations) for step in chosen} - {None}
    for n, cite in enumerate(citations, 1):
        if n in used and len(cite.text) <= 160:
            lines.append(f"原文（{cite.label}）：“{cite.text}”[{n}]")
        elif wanted:
            # a long rule, or one the chosen steps do not cite ("门特为啥也受封顶管": 第二十四条
            # says 与住院费用合并累计计算，不得超过年度最高支付限额): the sentence pieces that
            # hold what is asked, with the piece before each
            pieces = [p for p in re.split(r"(?<=[，；。])", cite.text) if p.strip()]
            keep = sorted(
                {
                    i
                    for j, p in enumerate(pieces)
                    if re.search(wanted, p)
                    for i in (j - 1, j)
                    if i >= 0
                }
            )
            if keep:
                # pieces that are not next to each other are kept apart by an ellipsis
                quoted = "".join(
                    ("……" if k and i != keep[k - 1] + 1 else "") + pieces[i]
                    for k, i in enumerate(keep)
                ).rstrip("，；")
                lines.append(f"原文（{cite.label}）：“……{quoted}……”[{n}]")
    return "\n".join(lines)
