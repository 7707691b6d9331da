"""Medical insurance benefits: inpatient, special-disease outpatient, 两病, general outpatient."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.calculators.base import (
    LEVEL_ALIASES,
    CalcError,
    Cite,
    MissingInput,
    Result,
    cite,
    fmt,
    get_bool,
    get_choice,
    get_int,
    get_money,
    get_tier,
    money,
    pct,
    rules,
)

ZERO = Decimal("0")


def _annual_cap(result: Result, uncapped: Decimal, already_paid: Decimal) -> Decimal:
    """Inpatient and special outpatient share one 60,000 yuan cap a year (第二十三条)."""
    rule = rules()["inpatient"]["annual_cap"]
    cap = Decimal(rule["value"])
    remaining = max(ZERO, cap - already_paid)
    payment = min(uncapped, remaining)
    if already_paid > 0 or payment < uncapped:
        result.step(
            f"年度最高支付限额 {fmt(cap)} 元，本年已支付 {fmt(already_paid)} 元，剩余额度 {fmt(remaining)} 元",
            fmt(payment),
            cite(rule["cite"]),
        )
    if payment < uncapped:
        result.notes.append(
            f"已达年度最高支付限额：按规定计算应付 {fmt(uncapped)} 元，封顶后本次只能支付 {fmt(payment)} 元。"
        )
    return payment


# "在二级医院剖了": a caesarean, a delivery unless asked for without need (第三十条（七）)
CAESAREAN = re.compile(
    r"剖宫产|剖腹产|剖(了|的)(?![^，。？]{0,3}(肚|腹|开|伤))"
    # ("医生说胎位不正必须剖"): a caesarean said by its need alone
    r"|(?:必须|只能|要|得|需要)剖(?![开伤腹肚])"
)
CAESAREAN_BY_CHOICE = re.compile(r"自己要求|主动要求|自己想|自愿|没有?医学指征|无医学指征|非临床")
# the choice said of the caesarean itself ("她自己想剖", "主动要求剖宫产"), and a need said
CAESAREAN_CHOSEN = re.compile(
    r"(?:自己要求|主动要求|自己想|自愿|没有?医学指征|无医学指征|非临床需要)[^，。？?]{0,4}剖"
    # ("我其实想直接剖，不想顺产", "怕疼想剖"): the mother's wish, not a doctor's or another's
    # ("医生想让她剖", "婆婆想让她剖"), nor a wish against it ("不想剖")
    r"|(?<![生夫不院])想(?:直接|要)?剖|不想顺产|不想自己生"
)
NEEDED_CAESAREAN = re.compile(r"难产|胎位|医生说|医生建议|大夫说|必须剖|只能剖")
# a need said not to be there ("不是医生说要剖", "并非难产"): up to the end of its clause
NEED_DENIED = re.compile(r"(?:并不是|不是|并非|没有|没)[^，,。；;？?]*")


def caesarean_needed(text: str) -> bool:
    """Whether a clinical need for a caesarean is said, and not denied."""
    return bool(NEEDED_CAESAREAN.search(NEED_DENIED.sub("", text)))


EMERGENCY = re.compile(r"急诊|急救|抢救|120")
# a designated hospital other than the one chosen ("不是我选的那家医院", "没选的定点医院")
# ("不是平时选的那家", "没有事先选定的医院"; never "档次不是我选的", "药不是我选的")
NOT_CHOSEN = re.compile(
    r"(?:不是|没|没有)[^，。？?选]{0,4}选(?:定)?的(?:那家|这家|那个|(?:定点)?(?:医院|医疗机构|卫生院))"
    r"|非选定"
    # ("他之前选的定点不是这家医院", "我选的医院不是这里"): the chosen one said, then denied
    r"|选(?:定)?的(?:定点)?(?:医院|医疗机构|卫生院)?(?:并)?不是(?:这家|那家|这所|这个医院|这里|这儿)"
    # ("选的定点是县医院，这次自己跑去地区人民医院住院"): the chosen one named, another gone to
    # (the hospital chosen named, never a tier: 选的是250档; nor the same one gone to)
    r"|选(?:定)?的(?:定点(?:医院|医疗机构)?|医院|医疗机构)是(?P<chosen>[^，。？?]{1,12})[，,][^。？?]{0,10}"
    r"(?:自己)?(?>跑去|跑到|去了?|到了?|换到)(?!(?P=chosen))[^，。？?]{1,12}(?:看病|住院|就医|治疗|看)"
)
# an emergency said as such (not 120, which is also a tier)
EMERGENCY_SAID = re.compile(r"急诊|急救|抢救|打120|120急救|120救护")


# hurt by a person ("被同学打伤", "让放羊的人打的", "被人用刀捅伤"): the one who did it is the
# third party who bears the cost (第三十条（十二）); a person must be named as the one who did
# it (not 被牦牛角扎伤, 让医生打了一针, 打篮球打伤)
PERSON_AGENT = re.compile(
    r"(?:被|让|遭)[^，。？?]{0,6}?"
    r"(?:人|同学|邻居|同事|朋友|亲戚|家人|孩子|小孩|老公|老婆|丈夫|对方|歹徒|坏人|他|她)"
    r"[^，。？?]{0,4}?(?:打|砍|捅|刺|揍|推)(?:伤|了|断|倒|骨折|一|的)"
)
THIRD_PARTY_ITEM = "（十二）"


# a vehicle and a crash said apart ("骑摩托跟人撞了", "开车把腿撞断了", "电动车翻沟里了"): a
# traffic accident, 第三十条（八）
VEHICLE_CRASH = re.compile(
    r"(?:摩托|电动车|电瓶车|汽车|小车|货车|卡车|大车|面包车|皮卡|三轮|拖拉机|自行车|开车|骑车)"
    r"[^，。？?]{0,6}(?:撞|碰|翻|刮|摔)|被[^，。？?]{0,4}车(?:撞|压|刮|碰)|车祸|撞车|翻车|车翻了"
)
TRAFFIC_ITEM = "（八）"

# the contribution not paid, however said ("医保今年还没交", "保费忘了缴", "没续上医保"):
# 第三十条（十五）, and 第八条 says who bears the costs of the gap
UNPAID = re.compile(
    # (not a card or an invoice handed in: 医保卡没交给医院, 发票没交)
    r"(?:医保(?!卡|电子)|保险(?!公司)|保费|医疗保险|参保费|合作医疗)[^，。？?]{0,4}?"
    r"(?:没|未|忘了?|忘记|漏)(?:有|顾上|来得及|能|及时|按时)?(?:交|缴|续)(?!给|到)"
    r"|(?:没|未|忘了?|忘记|漏)(?:有)?(?:交|缴|续)(?:上|过)?[^，。？?给到]{0,3}(?<!商业)(?<!养老)(?<!车)"
    r"(?:医保(?!卡)|保费|医疗保险|保险)"
    # ("保险断了两个月", "医保断交了"): the contribution broken off
    r"|(?:医保(?!卡)|保险(?!公司)|保费)[^，。？?]{0,2}?断(?:了|交|缴|掉|过)"
)
UNPAID_ITEM = "（十五）"
# another scheme's or another year's contribution ("没交过职工医保", "明年的医保还没交")
# (nor someone else's policy: 肇事司机没交保险)
NOT_THIS_CONTRIBUTION = re.compile(
    r"职工|商业|养老|车险|明年|下一?年|来年|司机|肇事|对方|车主|公司|单位"
)


# a lapse said without naming what ("我今年忘交了，…生病了能报吗"), then a claim asked: the
# contribution is what a claim rests on (not "发票没交": a thing named before it)
LAPSE_ALONE = re.compile(
    r"(?:^|[，,\s]|我|他|她|今年|去年|前年)(?:还|都|就)?(?:没|未|忘了?|忘记|漏)(?:有)?(?:交|缴)"
    r"(?:了|上|钱)?(?=[，,。\s]|$)"
)
CLAIM_ASKED = re.compile(
    r"能报|报销|报不报|给报|能不能报|给不给报|管不管"
    # ("去年我没交，今年住院这笔钱咋办": who bears the bill asked)
    r"|(?:钱|费用?)[^，。？?]{0,2}(?:咋办|怎么办|谁出|谁管|谁掏|谁承担)"
)


def unpaid_said(text: str) -> bool:
    """A contribution of this scheme and year said not paid (not another's, not next year's)."""
    found = UNPAID.search(text)
    if found is None:
        lapse = LAPSE_ALONE.search(text)
        return lapse is not None and CLAIM_ASKED.search(text[lapse.end() :]) is not None
    return found is not None and not NOT_THIS_CONTRIBUTION.search(
        text[max(0, found.start() - 4) : found.end()]
    )


# a cause denied ("不是车祸", "并不是打架"): up to the next pause or 是
DENIED_CAUSE = re.compile(
    r"(?:不是|并不是|并非|没有)(?:因为)?[^，,。；;？?是]{1,8}?(?=[，,；;是]|$)"
)


def match_exclusion(reason: str) -> tuple[str, str, list[str]] | None:
    """(item label, name, cite spec) of the 第三十条 item a stated reason falls under."""
    table = rules()["exclusions"]
    text = str(reason)
    if CAESAREAN_CHOSEN.search(text) and not caesarean_needed(text):
        # "她自己想剖 怕疼": a caesarean asked for without need, however said (its keyword)
        text = f"{text} 自己要求剖宫产"
    for entry in table["items"]:
        if text in (entry["name"], entry["item"]):
            return entry["item"], entry["name"], table["cite_article"]
    # (a cause said not to be it is none: "不是车祸，是得了急性阑尾炎")
    kept = DENIED_CAUSE.sub("", text)
    # the longest keyword decides: "牙列不整矫形" is item （四）'s, not （二）'s 矫形
    said = [(len(k), -n) for n, e in enumerate(table["items"]) for k in e["keywords"] if k in kept]
    if said:
        entry = table["items"][-max(said)[1]]
        return entry["item"], entry["name"], table["cite_article"]
    if VEHICLE_CRASH.search(kept):
        entry = next(e for e in table["items"] if e["item"] == TRAFFIC_ITEM)
        return entry["item"], entry["name"], table["cite_article"]
    if PERSON_AGENT.search(kept):
        entry = next(e for e in table["items"] if e["item"] == THIRD_PARTY_ITEM)
        return entry["item"], entry["name"], table["cite_article"]
    if unpaid_said(text):
        entry = next(e for e in table["items"] if e["item"] == UNPAID_ITEM)
        return entry["item"], entry["name"], table["cite_article"]
    special = table["non_chosen_hospital"]
    # (except emergencies, which 第二十九条（五） itself excepts)
    named = any(k in text for k in special["keywords"]) or NOT_CHOSEN.search(text)
    if (named and not EMERGENCY_SAID.search(text)) or text == special["name"]:
        return "", special["name"], special["cite"]
    return None


def _excluded(result: Result, reason: str) -> Result:
    found = match_exclusion(reason)
    if found is None:
        names = "、".join(e["name"] for e in rules()["exclusions"]["items"])
        raise CalcError(
            "excluded", f"无法识别不予支付的情形“{reason}”。第三十条列明的情形有：{names}。"
        )
    item, name, spec = found
    where = cite([spec[0], spec[1], item or spec[2]])
    result.step(f"属于“{name}”，医保基金不予支付", "0.00", where)
    result.result.update({"payment": "0.00"})
    if "cost" in result.inputs:
        result.result["self_pay"] = fmt(get_money(result.inputs, "cost"))
    return result


@dataclass(frozen=True)
class FixedTier:
    """The tier the rules fix for a person, why, and the clause that says so."""

    tier: int
    why: str
    where: Cite


POOR = "建档立卡贫困人员"


def is_poor(inputs: dict[str, Any]) -> bool:
    """建档立卡 said either way: the flag, or the identity recalled from an earlier turn ("我们
    家是建档立卡户" then a stay) — both raise the rate by 5 points (第二十九条（四））."""
    named = inputs.get("identities")
    return get_bool(inputs, "poor") or (isinstance(named, list) and POOR in named)


def fixed_tier(inputs: dict[str, Any]) -> FixedTier | None:
    """The tier of people whose tier the rules fix: 建档立卡贫困人员 pay on the 250元 tier
    (第十八条（四）: 个人缴60元, 190元 by the aid fund); 低保, 特困, 孤儿, 重度残疾 pay
    nothing, the aid fund paying the highest standard for them (第十八条（三））; women from 60
    and men from 65 pay nothing, the two governments paying the highest standard (第十八条（二））.
    Read from the inputs poor, identities, age and sex (None for anyone else)."""
    rule = rules()["contribution"]
    highest = int(rule["highest"])
    named = inputs.get("identities") if isinstance(inputs.get("identities"), list) else []
    # every identity the rule names is enrolled at the highest standard, its own share and the
    # payer's making it up (第十八条（三）（五）): 低保 pay 0, a 地区级-honoured monk 30 + 220
    fixed = [i for i in named if i in rule["identities"]]
    aged = _aged_exempt(inputs, rule["elderly"])
    if is_poor(inputs):
        why = (
            f"建档立卡贫困人员按最高档次 {highest} 元缴费（个人缴 60 元，190 元由医疗救助资金代缴）"
        )
        return FixedTier(highest, why, cite(rule["identities"][POOR]["cite"]))
    if fixed:
        entry = rule["identities"][fixed[0]]
        own = entry["individual"]
        paid = (
            f"{fixed[0]}参保时个人不缴费，由{entry['payer']}按最高标准 {highest} 元代缴"
            if own == "0"
            else f"{fixed[0]}个人缴费 {own} 元，其余由{entry['payer']}补贴，合计最高标准 {highest} 元"
        )
        return FixedTier(highest, paid, cite(entry["cite"]))
    if aged:
        why = f"参保时{aged}的个人不再缴费，由两级财政按最高标准 {highest} 元代缴"
        return FixedTier(highest, why, cite(rule["elderly"]["cite"]))
    return None


def _fixed_tier(inputs: dict[str, Any], result: Result) -> dict[str, Any]:
    """The inputs on the tier the rules fix for the person (fixed_tier): not asked. A tier they
    state is computed as stated (a clerk's input is never overridden), with the rule noted."""
    fixed = fixed_tier(inputs)
    if fixed is None:
        return inputs
    # what fixed it is part of the case: a later turn for another person does not inherit a
    # tier the rule gave this one
    result.inputs.update(
        {k: inputs[k] for k in ("age", "sex", "identities") if inputs.get(k) not in (None, "", [])}
    )
    where = fixed.where
    if inputs.get("tier") not in (None, ""):
        stated = get_tier(inputs, rules()["inpatient"]["tiers"])  # (a bad tier is named)
        if stated != fixed.tier:
            result.notes.append(
                f"按{where.article}{where.item}，{fixed.why}；这里按您说的 {stated} 元档计算。"
            )
        return inputs
    result.step(fixed.why.split("（")[0], f"{fixed.tier} 元档", where)
    return {**inputs, "tier": fixed.tier}


def _aged_exempt(inputs: dict[str, Any], elderly: dict[str, Any]) -> str:
    """ "男年满65周岁" when the person's age (and sex, where it decides) puts them among those
    whose contribution the two governments pay at the highest standard (第十八条（二））: their
    tier is that standard. Between the two ages an unstated sex decides nothing ("")."""
    if inputs.get("age") in (None, ""):
        return ""
    age = get_int(inputs, "age")
    sex = inputs.get("sex")
    if sex not in (None, ""):
        sex = get_choice({"sex": sex}, "sex", ["男", "女"], {"male": "男", "female": "女"})
        threshold = int(elderly["female_age" if sex == "女" else "male_age"])
        return f"{sex}年满{threshold}周岁" if age >= threshold else ""
    oldest = max(int(elderly["female_age"]), int(elderly["male_age"]))
    return f"年满{oldest}周岁" if age >= oldest else ""


# what an excluded stay keeps of its case besides the cause and the bill
CASE_KEPT = ("tier", "level", "in_area", "admission", "poor", "identities", "age", "sex")


def inpatient(inputs: dict[str, Any]) -> Result:
    table = rules()["inpatient"]
    seen: dict[str, Any] = {}
    result = Result("inpatient", seen)
    if inputs.get("excluded"):
        seen["excluded"] = str(inputs["excluded"])
        if inputs.get("cost") not in (None, ""):
            seen["cost"] = str(get_money(inputs, "cost"))
        # the rest of the case as said, so that "要是在家摔伤的呢" computes it next
        seen.update({k: inputs[k] for k in CASE_KEPT if inputs.get(k) not in (None, "")})
        return _excluded(result, seen["excluded"])

    maternity = get_bool(inputs, "maternity")
    newborn = get_bool(inputs, "newborn_rescue")
    full = maternity or newborn
    inputs = _fixed_tier(inputs, result)
    missing = [
        k
        for k in ("tier", "level", "cost")
        if inputs.get(k) in (None, "") and not (full and k != "cost")
    ]
    if missing:
        raise MissingInput(missing)
    level = (
        get_choice(inputs, "level", table["levels"], LEVEL_ALIASES) if inputs.get("level") else None
    )
    tier = get_tier(inputs, table["tiers"]) if inputs.get("tier") not in (None, "") else None
    cost = get_money(inputs, "cost")
    in_area = get_bool(inputs, "in_area", True)
    admission = get_int(inputs, "admission", default=1)
    poor = is_poor(inputs)
    already_paid = get_money(inputs, "already_paid", "0")
    seen.update(
        {
            "tier": tier,
            "level": level,
            "in_area": in_area,
            "admission": admission,
            "cost": str(cost),
            "poor": poor,
            "already_paid": str(already_paid),
        }
    )
    if tier is None:
        del seen["tier"]
    if level is None:
        del seen["level"]
    if maternity:
        seen["maternity"] = True
    if newborn:
        seen["newborn_rescue"] = True

    policy_cost = cost
    observation = get_money(inputs, "observation_cost", "0")
    if observation > 0:
        seen["observation_cost"] = str(observation)
        policy_cost += observation
        result.step(
            f"入院前{table['observation']['days']}天内与住院病情相关的急诊留观费用 {fmt(observation)} 元并入住院费用",
            fmt(policy_cost),
            cite(table["observation"]["cite"]),
        )
    total_cost = policy_cost
    if inputs.get("bed_days") not in (None, "") or inputs.get("bed_fee") not in (None, ""):
        if level is None:
            raise MissingInput(["level"])
        days = get_int(inputs, "bed_days")
        fee = get_money(inputs, "bed_fee", maximum=Decimal("10000"))
        cap = Decimal(table["bed_fee_cap"]["values"][level])
        excess = money(max(ZERO, fee - cap) * days)
        seen.update({"bed_days": days, "bed_fee": str(fee)})
        result.result["bed_fee_excess"] = fmt(excess)
        result.step(
            f"床位费{level}限 {fmt(cap)} 元/床日，实际 {fmt(fee)} 元 × {days} 天，超标部分 {fmt(excess)} 元不予报销",
            fmt(excess),
            cite(table["bed_fee_cap"]["cite"]),
        )
        if excess > policy_cost:
            raise CalcError(
                "bed_fee", "床位费超标部分大于医疗费用总额，请核对住院天数、床位费和费用。"
            )
        policy_cost -= excess

    if full:
        what = "孕产妇分娩" if maternity else "新生儿抢救治疗"
        result.step(
            f"{what}符合基本医疗保险支付范围的医疗费用全额报销，不设起付线",
            fmt(policy_cost),
            cite(table["maternity_full"]["cite"]),
        )
        deductible, uncapped = ZERO, money(policy_cost)
    else:
        assert level is not None and tier is not None
        base = Decimal(table["deductible"]["values"][level])
        factor = Decimal(table["admission_factor"]["values"][str(min(admission, 3))])
        deductible = money(base * factor)
        order = {1: "首次", 2: "第二次"}.get(admission, f"第{admission}次")
        rule = f"{level}起付线 {fmt(base)} 元"
        if admission > 1:
            rule += f"；年度内{order}住院按首次的 {pct(factor)}"
        result.step(rule, fmt(deductible), cite(table["deductible"]["cite"]))
        ratio = Decimal(table["ratio"]["values"][str(tier)][level])
        ratio_rule = f"{tier}元档、{level}报销比例 {pct(ratio)}"
        result.step(ratio_rule, pct(ratio), cite(table["ratio"]["cite"]))
        if not in_area:
            points = Decimal(table["out_of_area_points"]["value"])
            ratio -= points
            result.step(
                f"统筹区外就医降低 {pct(points)}（按百分点理解）",
                pct(ratio),
                cite(table["out_of_area_points"]["cite"]),
            )
            result.notes.append("“降低10%”按降低10个百分点理解。")
        if poor:
            points = Decimal(table["poor_points"]["value"])
            ratio += points
            result.step(
                f"建档立卡贫困人员提高 {pct(points)} 报销比例（按百分点理解）",
                pct(ratio),
                cite(table["poor_points"]["cite"]),
            )
            result.notes.append("“提高5%报销比例”按提高5个百分点理解。")
        uncapped = money(max(ZERO, policy_cost - deductible) * ratio)
        result.step(
            f"（{fmt(policy_cost)} − {fmt(deductible)}）× {pct(ratio)}",
            fmt(uncapped),
            cite(table["ratio"]["cite"]),
        )
        if "admission" not in inputs:
            result.notes.append("未说明是本年度第几次住院，按首次住院计算。")
        if "in_area" not in inputs:
            result.notes.append("未说明就医地点，按在阿里统筹区内定点医疗机构住院计算。")
    if get_int(inputs, "stay_days", default=0) > table["settlement_days"]["value"]:
        result.notes.append(
            "连续住院超过180天的，每180天结算一次；每次结算按本年度下一次住院计算起付线。"
        )
    payment = _annual_cap(result, uncapped, already_paid)
    result.result.update(
        {
            "payment": fmt(payment),
            "deductible": fmt(deductible),
            "self_pay": fmt(total_cost - payment),
            "uncapped_payment": fmt(uncapped),
        }
    )
    return result


def find_disease(text: str) -> dict[str, Any] | None:
    """The listed condition a name falls under, bracketed names included (白血病 → 恶性肿瘤)."""
    best: tuple[int, dict[str, Any]] | None = None
    for disease in rules()["special_outpatient"]["diseases"]:
        for alias in disease["aliases"]:
            if alias in text and (best is None or len(alias) > best[0]):
                best = (len(alias), disease)
    return best[1] if best else None


# a bill said to be a 门特 one without naming the condition ("另外门特花了1万"): every listed
# condition has the same ratio and no deductible, so the case computes, with the assumption said
UNNAMED_SPECIAL = ("门诊特殊病", "门特", "特殊病", "慢性病门诊")


def special_outpatient(inputs: dict[str, Any]) -> Result:
    table = rules()["special_outpatient"]
    told = Result("special_outpatient", {})
    inputs = _fixed_tier(inputs, told)
    missing = [k for k in ("tier", "disease", "cost") if inputs.get(k) in (None, "")]
    if missing:
        raise MissingInput(missing)
    tier = get_tier(inputs, [60, 120, 250])
    cost = get_money(inputs, "cost")
    poor = is_poor(inputs)
    already_paid = get_money(inputs, "already_paid", "0")
    said = str(inputs["disease"]).strip()
    disease = find_disease(said)
    if disease is None and said not in UNNAMED_SPECIAL:
        names = "、".join(d["name"] for d in table["diseases"])
        raise CalcError(
            "disease", f"“{said}”不在第二十四条所列30种门诊特殊病中。所列病种：{names}。"
        )
    seen: dict[str, Any] = {
        "tier": tier,
        "disease": said,
        "cost": str(cost),
        "poor": poor,
        "already_paid": str(already_paid),
    }
    result = Result("special_outpatient", seen, steps=told.steps, notes=told.notes)
    if disease is None:
        result.notes.append(
            "未说明病种：按第二十四条所列30种门诊特殊病之一计算（各病种报销比例相同；"
            "高血压须血压持续150/95mmHg才列入）。"
        )
        return _special_payment(result, table, tier, cost, poor, already_paid)
    listed = disease["name"]
    rule = (
        f"“{said}”属于第二十四条所列门诊特殊病“{listed}”"
        if said != listed
        else f"“{listed}”属于第二十四条所列门诊特殊病"
    )
    if disease.get("condition") == "bp_150_95":
        if inputs.get("bp_150_95") in (None, ""):
            raise MissingInput(["bp_150_95"])
        seen["bp_150_95"] = get_bool(inputs, "bp_150_95")
        if not seen["bp_150_95"]:
            result.step(
                "高血压须血压持续150/95mmHg才列入门诊特殊病，本例不符合",
                "0.00",
                cite(table["list_cite"]),
            )
            result.notes.append(
                "未达到门诊特殊病标准的高血压，可按“两病”门诊用药报销（第二十五条）。"
            )
            result.result.update({"payment": "0.00", "self_pay": fmt(cost)})
            return result
    result.step(rule, "", cite(table["list_cite"]))
    _special_payment(result, table, tier, cost, poor, already_paid)
    if listed in ("高血压", "糖尿病"):
        result.notes.append("同一病种不能同时享受门诊特殊病和“两病”门诊待遇（第二十五条）。")
    return result


def _special_payment(
    result: Result,
    table: dict[str, Any],
    tier: int,
    cost: Decimal,
    poor: bool,
    already_paid: Decimal,
) -> Result:
    """第二十四条（二）: no deductible, the tier's ratio (+5 points for 建档立卡), the yearly cap."""
    ratio = Decimal(table["ratio"]["values"][str(tier)])
    result.step(
        f"门诊特殊病不设起付线，{tier}元档报销 {pct(ratio)}",
        pct(ratio),
        cite(table["ratio"]["cite"]),
    )
    if poor:
        points = Decimal(rules()["inpatient"]["poor_points"]["value"])
        ratio += points
        result.step(
            f"建档立卡贫困人员提高 {pct(points)}（按百分点理解）",
            pct(ratio),
            cite(rules()["inpatient"]["poor_points"]["cite"]),
        )
        result.notes.append("“提高5%报销比例”按提高5个百分点理解。")
    uncapped = money(cost * ratio)
    result.step(f"{fmt(cost)} × {pct(ratio)}", fmt(uncapped), cite(table["ratio"]["cite"]))
    payment = _annual_cap(result, uncapped, already_paid)
    result.result.update(
        {
            "payment": fmt(payment),
            "self_pay": fmt(cost - payment),
            "uncapped_payment": fmt(uncapped),
        }
    )
    return result


def two_diseases(inputs: dict[str, Any]) -> Result:
    table = rules()["two_diseases"]
    raw = inputs.get("diseases")
    # (which disease only sets the yearly limit: asked once the payment could reach one)
    unnamed = raw in (None, "", [])
    raw = [] if unnamed else raw
    names = {str(n).strip() for n in ([raw] if isinstance(raw, str) else raw)}
    bad = sorted(names - {"高血压", "糖尿病"})
    if bad:
        raise CalcError("diseases", f"“两病”门诊只包括高血压和糖尿病，收到“{'、'.join(bad)}”。")
    diseases = [d for d in ("高血压", "糖尿病") if d in names]
    if inputs.get("level") in (None, ""):
        raise MissingInput(["level"])
    assumed_class_a = False
    if inputs.get("drug_total") not in (None, ""):
        # a total without the class split: few people know it, so the total is taken as class A
        # and the answer says so (class B would lower the payment) rather than asking first
        if inputs.get("class_b") in (None, ""):
            inputs = {**inputs, "class_b": "0"}
            assumed_class_a = True
        total = get_money(inputs, "drug_total")
        class_b_given = get_money(inputs, "class_b")
        if class_b_given > total:
            raise CalcError("class_b", "乙类药品费用不能大于药品费用总额。")
        inputs = {**inputs, "class_a": str(total - class_b_given)}
    if inputs.get("class_a") in (None, "") and inputs.get("class_b") in (None, ""):
        raise MissingInput(["class_a"])
    level = get_choice(inputs, "level", table["levels"], LEVEL_ALIASES)
    class_a = get_money(inputs, "class_a", "0")
    class_b = get_money(inputs, "class_b", "0")
    already_paid = get_money(inputs, "already_paid", "0")
    seen = {
        "diseases": diseases,
        "level": level,
        "class_a": str(class_a),
        "class_b": str(class_b),
        "already_paid": str(already_paid),
    }
    result = Result("two_diseases", seen)
    where = cite(table["ratio"]["cite"])
    self_rate = Decimal(table["class_b_self"]["value"])
    class_b_self = money(class_b * self_rate)
    base = class_a + class_b - class_b_self
    if class_b > 0:
        result.step(
            f"乙类药品 {fmt(class_b)} 元，个人先行自付 {pct(self_rate)}", fmt(class_b_self), where
        )
    ratio = Decimal(table["ratio"]["values"][level])
    uncapped = money(base * ratio)
    result.step(
        f"（甲类 {fmt(class_a)} + 乙类 {fmt(class_b - class_b_self)}）× {level}报销比例 {pct(ratio)}，不设起付线",
        fmt(uncapped),
        where,
    )
    limits = {k: Decimal(v) for k, v in table["limit"]["values"].items()}
    if unnamed:
        lowest = min(limits, key=limits.get)
        if uncapped + already_paid > limits[lowest]:
            raise MissingInput(["diseases"])
        # "两病 一级医院 乙类药花了1000": within every disease's limit, so it is paid whichever
        result.step(
            f"年度支付限额最低为{lowest} {fmt(limits[lowest])} 元，已支付 {fmt(already_paid)} 元，"
            "本次未超过",
            fmt(uncapped),
            cite(table["limit"]["cite"]),
        )
        result.notes.append(
            "未说明是高血压还是糖尿病：本次报销额在两种病的年度支付限额以内，结果相同。"
        )
        payment = uncapped
    else:
        key = "both" if len(diseases) == 2 else diseases[0]
        limit = limits[key]
        remaining = max(ZERO, limit - already_paid)
        payment = min(uncapped, remaining)
        label = "高血压和糖尿病合并" if key == "both" else diseases[0]
        result.step(
            f"{label}年度支付限额 {fmt(limit)} 元，已支付 {fmt(already_paid)} 元，"
            f"剩余 {fmt(remaining)} 元",
            fmt(payment),
            cite(table["limit"]["cite"]),
        )
    if payment < uncapped:
        result.notes.append(
            f"已达“两病”年度支付限额：按比例应付 {fmt(uncapped)} 元，本次只能支付 {fmt(payment)} 元。"
        )
    if assumed_class_a:
        result.notes.append(
            f"没有说明其中乙类药品多少元，按全部为甲类药品计算；如有乙类药品，乙类部分个人先自付"
            f"{pct(self_rate)}（第二十五条），报销会少一些，告诉我乙类药品的金额可以重算。"
        )
    result.notes.append(
        "“两病”门诊待遇与门诊特殊病中的高血压、糖尿病待遇不得同时享受（第二十五条）。"
    )
    result.result.update(
        {
            "payment": fmt(payment),
            "class_b_self_pay": fmt(class_b_self),
            "self_pay": fmt(class_a + class_b - payment),
            "uncapped_payment": fmt(uncapped),
        }
    )
    return result


def general_outpatient(inputs: dict[str, Any]) -> Result:
    table = rules()["general_outpatient"]
    cost = get_money(inputs, "cost")
    prior = get_money(inputs, "prior_cost", "0")
    deductible = Decimal(table["deductible"]["value"])
    ratio = Decimal(table["ratio"]["value"])
    limit = Decimal(table["limit"]["value"])
    where = cite(table["ratio"]["cite"])

    def paid(total: Decimal) -> Decimal:
        return min(limit, max(ZERO, total - deductible) * ratio)

    seen = {"cost": str(cost), "prior_cost": str(prior)}
    result = Result("general_outpatient", seen)
    before, after = paid(prior), paid(prior + cost)
    payment = money(after - before)
    result.step(
        f"年度累计起付线 {fmt(deductible)} 元，以上部分报销 {pct(ratio)}，年度最高 {fmt(limit)} 元",
        "",
        where,
    )
    result.step(
        f"本年累计 {fmt(prior + cost)} 元应报 {fmt(after)} 元，此前累计 {fmt(prior)} 元已报 {fmt(before)} 元",
        fmt(payment),
        where,
    )
    if "prior_cost" not in inputs:
        result.notes.append("未说明本年度此前的普通门诊费用，按本次为今年第一次计算。")
    result.result.update({"payment": fmt(payment), "self_pay": fmt(cost - payment)})
    return result
