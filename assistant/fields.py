"""The one field schema: every calculator input's type, Chinese label, allowed values with their
aliases, and the follow-up question that asks for it.

The question parser, the follow-ups, the clerk forms and the calculators' error messages all
read this table. Allowed values come from the rule table (rules.json) wherever it lists them, so
a change of regulation is a change there only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from assistant.calculators.base import rules


class Kind(StrEnum):
    MONEY = "money"  # decimal yuan, at most two decimals
    COUNT = "count"  # a whole number
    CHOICE = "choice"  # one of the allowed values
    CHOICES = "choices"  # several of the allowed values
    FLAG = "flag"  # yes / no
    COUNTS = "counts"  # {allowed value: count}
    TEXT = "text"


@dataclass(frozen=True)
class Choice:
    value: str
    aliases: tuple[str, ...] = ()  # how people say it; the value itself always matches


@dataclass(frozen=True)
class Bounds:
    """The whole numbers a count may take, and the unit it is counted in (for messages)."""

    low: int
    high: int
    unit: str = ""

    def describe(self) -> str:
        unit = f"（单位：{self.unit}）" if self.unit else ""
        return f"{self.low} 到 {self.high} 之间的整数{unit}"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: Kind
    label: str
    question: str = ""  # the follow-up that asks for it
    choices: tuple[Choice, ...] = ()
    replies: tuple[str, ...] = ()  # quick replies offered with the follow-up
    bounds: Bounds | None = None  # a count's allowed range (every COUNT field has one)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


LEVEL_ALIASES = {
    "乡镇卫生院": ("乡镇卫生院", "乡卫生院", "镇卫生院", "卫生院", "乡镇医院"),
    "社区卫生服务中心": ("社区卫生服务中心", "社区医院", "社区卫生", "社区诊所"),
    "一级": ("一级",),
    "二级": ("二级", "二甲", "二乙", "县医院", "县人民医院"),
    "三级": ("三级", "三甲", "三乙", "地区人民医院", "地区医院"),
}
IDENTITY_ALIASES = {
    "建档立卡贫困人员": ("建档立卡", "贫困户", "贫困人员", "贫困人口", "精准扶贫户"),
    "低保对象": ("低保",),
    "重度残疾(一、二级)": (
        "重度残疾",
        "一级残疾",
        "二级残疾",
        "一、二级残疾",
        "残疾一级",
        "残疾二级",
    ),
    "特困供养人员": ("特困", "五保"),
    "孤儿": ("孤儿",),
    "僧尼自治区级表彰": (),
    "僧尼地区级表彰": (),
    "僧尼县级表彰": (),
}
SITE_ALIASES = {
    "县级": ("县级",),
    "自治区级": ("自治区级", "区级", "省级"),
    "全国重点": ("全国重点", "国家级", "国保", "全国重点文物保护单位"),
}


def _choices(table: dict[str, tuple[str, ...]], allowed: list[str]) -> tuple[Choice, ...]:
    return tuple(Choice(v, table.get(v, ())) for v in allowed)


@lru_cache(maxsize=1)
def schema() -> dict[str, FieldSpec]:
    r = rules()
    levels = _choices(LEVEL_ALIASES, r["inpatient"]["levels"])
    tiers = tuple(Choice(str(t), (f"{t}元", f"{t}档")) for t in r["inpatient"]["tiers"])
    identities = _choices(IDENTITY_ALIASES, list(r["contribution"]["identities"]))
    diseases = tuple(
        Choice(d["name"], tuple(d["aliases"])) for d in r["special_outpatient"]["diseases"]
    )
    exclusions = tuple(
        Choice(e["name"], tuple(e["keywords"]))
        for e in [*r["exclusions"]["items"], r["exclusions"]["non_chosen_hospital"]]
    )
    sites = _choices(SITE_ALIASES, list(r["custodian"]["monthly_wage"]["values"]))
    fields = [
        FieldSpec(
            "tier",
            Kind.CHOICE,
            "缴费档次",
            "您（或家人）参保时选择的是哪个缴费档次？",
            tiers,
            ("60元档", "120元档", "250元档"),
        ),
        FieldSpec(
            "level",
            Kind.CHOICE,
            "医疗机构级别",
            "在哪一级定点医疗机构？",
            levels,
            ("乡镇卫生院", "社区卫生服务中心", "一级医院", "二级医院", "三级医院"),
        ),
        FieldSpec("in_area", Kind.FLAG, "是否在阿里统筹区内就医"),
        FieldSpec(
            "admission",
            Kind.COUNT,
            "本年度第几次住院",
            "这是今年第几次住院？",
            replies=("第一次", "第二次", "第三次"),
            bounds=Bounds(1, 50, "次"),
        ),
        FieldSpec(
            "cost", Kind.MONEY, "医疗费用", "符合医保支付范围的医疗费用（合规费用）是多少元？"
        ),
        FieldSpec("poor", Kind.FLAG, "是否建档立卡贫困人员"),
        FieldSpec(
            "already_paid",
            Kind.MONEY,
            "本年度已支付金额",
            "今年医保（住院和门诊特殊病）已经报销了多少元？",
        ),
        FieldSpec("bed_days", Kind.COUNT, "住院天数", "住院多少天？", bounds=Bounds(1, 3650, "天")),
        FieldSpec("bed_fee", Kind.MONEY, "实际床位费（元/天）", "实际床位费每天多少元？"),
        FieldSpec("maternity", Kind.FLAG, "是否孕产妇分娩"),
        FieldSpec("newborn_rescue", Kind.FLAG, "是否新生儿抢救"),
        FieldSpec("observation_cost", Kind.MONEY, "入院前急诊留观费用"),
        FieldSpec("excluded", Kind.CHOICE, "不予支付的情形", choices=exclusions),
        FieldSpec("stay_days", Kind.COUNT, "连续住院天数", bounds=Bounds(0, 3650, "天")),
        FieldSpec(
            "disease",
            Kind.CHOICE,
            "病种",
            "是哪一种门诊特殊病？（第二十四条所列30种之一，如冠心病、慢性肾功能衰竭）",
            diseases,
        ),
        FieldSpec(
            "bp_150_95",
            Kind.FLAG,
            "血压是否持续达到150/95mmHg",
            "血压是否持续在150/95mmHg以上？",
            replies=("是", "否"),
        ),
        FieldSpec(
            "diseases",
            Kind.CHOICES,
            "两病病种",
            "是高血压、糖尿病，还是两种都有？",
            (Choice("高血压"), Choice("糖尿病")),
            ("高血压", "糖尿病", "两种都有"),
        ),
        FieldSpec("class_a", Kind.MONEY, "甲类药品费用", "甲类、乙类药品各多少元？"),
        FieldSpec(
            "class_b",
            Kind.MONEY,
            "乙类药品费用",
            "其中乙类药品多少元？（乙类药品个人先自付10%，没有乙类请回答0）",
            replies=("0",),
        ),
        FieldSpec("drug_total", Kind.MONEY, "药品费用总额"),
        FieldSpec(
            "prior_cost", Kind.MONEY, "本年度此前普通门诊费用", "今年此前普通门诊已花了多少元？"
        ),
        FieldSpec(
            "mode",
            Kind.CHOICE,
            "计算方式",
            choices=(
                Choice("enrol"),
                Choice("late"),
                Choice("split"),
                Choice("person"),
                Choice("budget"),
                Choice("heads"),
            ),
        ),
        FieldSpec(
            "identities",
            Kind.CHOICES,
            "参保身份",
            "参保人属于哪类人员？",
            identities,
            ("建档立卡贫困人员", "低保对象", "重度残疾(一、二级)", "特困供养人员", "孤儿"),
        ),
        FieldSpec(
            "sex",
            Kind.CHOICE,
            "性别",
            "参保人是男性还是女性？",
            (Choice("男"), Choice("女")),
            ("男", "女"),
        ),
        FieldSpec("age", Kind.COUNT, "年龄", "参保人多大年龄？", bounds=Bounds(0, 130, "岁")),
        FieldSpec(
            "honour_level",
            Kind.CHOICE,
            "僧尼所获表彰的级别",
            "所获表彰是哪一级的？",
            (Choice("自治区级"), Choice("地区级"), Choice("县级")),
            ("自治区级", "地区级", "县级"),
        ),
        FieldSpec(
            "fiscal_subsidy",
            Kind.MONEY,
            "当年各级财政补助合计",
            # (a figure the gazette does not give, which few users know: asked as an offer)
            "公报没有写明当年各级财政补助的数额，所以算不出具体金额（补缴额 = 最高档次的个人缴费"
            " + 当年各级财政补助合计）。如果您知道当年的补助标准（可向县医保局询问），告诉我就能算出。",
        ),
        FieldSpec("payment_month", Kind.COUNT, "补缴月份", bounds=Bounds(1, 12, "月")),
        FieldSpec("total_subsidy", Kind.MONEY, "财政补助总额", "财政补助总额是多少元？"),
        FieldSpec("central_subsidy", Kind.MONEY, "中央财政补助", "其中中央财政补助是多少元？"),
        FieldSpec(
            "site_level",
            Kind.CHOICE,
            "文物保护单位级别",
            "看管的是哪一级文物保护单位？",
            sites,
            ("县级", "自治区级", "全国重点"),
        ),
        # (the household's members on one tier, or the custodians paid alike)
        FieldSpec("persons", Kind.COUNT, "人数", bounds=Bounds(1, 50, "人")),
        FieldSpec("exempt_persons", Kind.COUNT, "其中按年龄免缴的人数", bounds=Bounds(0, 50, "人")),
        FieldSpec(
            "identity_exempt_persons",
            Kind.COUNT,
            "其中属低保、特困、孤儿、重度残疾而免缴的人数",
            bounds=Bounds(0, 50, "人"),
        ),
        FieldSpec(
            "sites",
            Kind.COUNTS,
            "各级文物保护单位数量",
            "各级野外文物保护单位各有几处？（如 县级3处、自治区级2处）",
            sites,
            bounds=Bounds(0, 10000, "处"),
        ),
        FieldSpec(
            "level_months",
            Kind.COUNTS,
            "各级文物保护单位各自的月数",
            "",
            sites,
            bounds=Bounds(1, 120, "个月"),
        ),
        FieldSpec(
            "months",
            Kind.COUNT,
            "月数",
            "按几个月计算？",
            replies=("12个月", "6个月"),
            bounds=Bounds(1, 120, "个月"),
        ),
        FieldSpec("accident", Kind.FLAG, "是否发生重大看管事故"),
        FieldSpec("log_untruthful", Kind.FLAG, "是否未如实填写巡逻日志"),
        FieldSpec("deduction", Kind.MONEY, "扣除金额"),
        FieldSpec(
            "counties",
            Kind.COUNT,
            "县的个数",
            "按几个县计算？",
            bounds=Bounds(0, r["road_subsidy"]["counties"]["value"], "个"),
        ),
        FieldSpec(
            "county_names",
            Kind.CHOICES,
            "县名",
            choices=tuple(Choice(c, (c.removesuffix("县"),)) for c in NGARI_COUNTIES),
        ),
        FieldSpec("prefecture", Kind.FLAG, "是否含地区财政"),
        FieldSpec("years", Kind.COUNT, "年数", "按几年计算？", bounds=Bounds(1, 50, "年")),
    ]
    return {f.key: f for f in fields}


NGARI_COUNTIES = ("噶尔县", "普兰县", "札达县", "日土县", "革吉县", "改则县", "措勤县")


def spec(key: str) -> FieldSpec:
    return schema().get(key) or FieldSpec(key, Kind.TEXT, key)


def label(key: str) -> str:
    return spec(key).label


def _names(alias: str, text: str) -> bool:
    """Whether the text says this alias: "区级" (自治区级) is not the end of "地区级", "社区级",
    "景区级", "市区级" or "县区级"."""
    if not alias or alias not in text:
        return False
    if alias == "区级":
        return re.search(r"(?<![地社街景市县])区级", text) is not None
    return True


def match_choices(key: str, text: str) -> list[str]:
    """Every allowed value of `key` the text names (by value or alias), in the table's order."""
    return [
        c.value for c in spec(key).choices if any(_names(a, text) for a in (c.value, *c.aliases))
    ]


def match_choice(key: str, text: str) -> str | None:
    """The allowed value named by the longest alias found in the text."""
    best: tuple[int, str] | None = None
    for c in spec(key).choices:
        for alias in (c.value, *c.aliases):
            if _names(alias, text) and (best is None or len(alias) > best[0]):
                best = (len(alias), c.value)
    return best[1] if best else None


def follow_up(missing: list[str]) -> dict[str, object]:
    """{"missing", "question", "choices"} asking for exactly these inputs.

    The quick replies answer the first input asked for (on a phone a tap beats typing); the
    next follow-up offers the next input's."""
    questions = [spec(k).question or f"请提供：{label(k)}。" for k in missing]
    replies = list(spec(missing[0]).replies) if missing else []
    lead = "还需要知道以下信息才能算准：" if len(missing) > 1 else "还需要一个信息才能算准："
    if len(missing) == 1 and questions[0].startswith("公报没有写明"):
        lead = ""  # (what the gazette leaves out is said as such, not asked as a user's fact)
    return {"missing": missing, "question": lead + "".join(questions), "choices": replies}


def read_count(key: str, raw: object, label: str | None = None) -> int:
    """A COUNT field's value, read exactly against its schema bounds, or a CalcError naming it.

    "3", 3, "3个月" (its own unit) and "3.0" are 3; "2.5" is refused, never rounded; a value
    outside the bounds is refused with the allowed range. `label`: the name the reader sees
    (a form's own label), else the schema's.
    """
    from decimal import Decimal, InvalidOperation

    from assistant.calculators.base import CalcError

    field = spec(key)
    name = f"“{label or field.label}”"
    bounds = field.bounds or Bounds(0, 10**9)
    allowed = bounds.describe()
    if raw is None or isinstance(raw, bool | list | dict | tuple):
        raise CalcError(key, f"{name}应填写 {allowed}。")
    text = str(raw).strip()
    shown = text if len(text) <= 20 else text[:20] + "…"
    body = text.removesuffix(bounds.unit).strip() if bounds.unit else text
    try:
        number = Decimal(body) if 0 < len(body) <= 20 else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise CalcError(key, f"{name}应填写 {allowed}，收到“{shown}”。")
    if number != number.to_integral_value():
        raise CalcError(
            key, f"{name}只能填整数，收到“{shown}”（不会替您四舍五入）；请填写 {allowed}。"
        )
    if not bounds.low <= number <= bounds.high:
        raise CalcError(key, f"{name}填写的 {shown} 超出范围：请填写 {allowed}。")
    return int(number)


# --- the field a figure was written for, and figures written out of a field's rule ------------

# the words that say which money field the figure after them fills, nearest first wins;
# a field not named falls back to what the calculator asks most (the cost)
MONEY_CUES: tuple[tuple[str, str], ...] = (
    # a cue takes the words of its field with it ("甲类药品费用"), so the 药 inside is not the cost's
    ("class_a", r"甲类(?:药品?)?(?:费用?)?"),
    ("class_b", r"乙类(?:药品?)?(?:费用?)?"),
    ("bed_fee", r"床位?费(?:用)?(?:每天|每日)?"),
    ("observation_cost", r"留观"),
    ("already_paid", r"已经?报销?了?|报了|已支付|已经?给?报|赔了"),
    ("prior_cost", r"此前|之前|前面已经?花"),
    ("central_subsidy", r"中央"),
    ("total_subsidy", r"补助|补贴|拨款"),
    ("deduction", r"扣"),
    # what the bill says is the cost ("账单写的是1.2.3万", "发票金额20,50,0")
    ("cost", r"花|费用|住院|看病|药|透析|治疗|门诊|检查|手术|医疗|发票|账单|单子|票据|清单"),
)
CONTRIBUTION_CUE = re.compile(r"交|缴|档")
CUE_REACH = 12  # characters before a figure that may name its field


def money_field_before(text: str, start: int, calculator: str | None = None) -> str:
    """The label of the money field a figure at `start` was written for, from the nearest
    cue before it ("甲类药品2e4元" → 甲类药品费用, "已经报了五千到八千" → 本年度已支付金额)."""
    key = money_key_before(text, start)
    if key is not None:
        return label(key)
    # (a tier said before a bill of care, "250档，三级医院，三万出头", is no contribution)
    cued = CONTRIBUTION_CUE.search(text[max(0, start - CUE_REACH) : start])
    if (cued and calculator in (None, "contribution")) or calculator == "contribution":
        return "缴费金额"
    return label("cost") if calculator else "金额"


def money_key_before(text: str, start: int) -> str | None:
    """The key of the money field the nearest cue before `start` names, if one does."""
    before = text[max(0, start - CUE_REACH) : start]
    best: tuple[int, str] | None = None
    for key, cue in MONEY_CUES:  # the nearest cue; on a tie the more specific, listed first
        for m in re.finditer(cue, before):
            if best is None or m.end() > best[0]:
                best = (m.end(), key)
    return best[1] if best is not None else None


# money a reimbursement needs above zero: a stay or a visit that cost nothing has nothing to pay
POSITIVE_MONEY = {"inpatient": ("cost",), "special_outpatient": ("cost",)}
POSITIVE_MONEY |= {"general_outpatient": ("cost",)}


def slot_problems(calculator: str | None, slots: dict[str, object]) -> list[tuple[str, str]]:
    """(field, why) for a money slot read right but meaningless for the calculator, or out of
    the bounds every amount has ("住院花了-5000元 120档": said now, not after the level is asked)."""
    from decimal import Decimal, InvalidOperation

    from assistant.calculators.base import CalcError, get_money

    found = []
    for key in slots:
        if key in schema() and spec(key).kind is Kind.MONEY:
            try:
                get_money(slots, key)
            except CalcError as error:
                found.append((key, error.message))
    if found:
        return found
    for key in POSITIVE_MONEY.get(calculator or "", ()):
        try:
            value = Decimal(str(slots[key])) if key in slots else None
        except InvalidOperation:
            continue
        if value is not None and value == 0:
            found.append(
                (
                    key,
                    f"{label(key)}为 0 元：没有可以报销的费用。请填写实际花费的合规费用"
                    "（大于 0 的金额，例如 3000、1.5万）。",
                )
            )
    return found


# a count as people write it: digits (with a sign or a part), or Chinese numerals (一点五)
_NUMBER = (
    r"(?P<sign>[-−－]|负)?\s*(?P<num>\d+(?:\.\d+)*|[零一二两三四五六七八九十百千万]+"
    r"(?:点[零一二三四五六七八九]+)?)"
)
_BEFORE = r"(?<![\d.A-Za-z零一二两三四五六七八九十百千万])"


@dataclass(frozen=True)
class CountUnit:
    """A count field, the words it is written with, and the calculators that read it."""

    key: str
    pattern: re.Pattern[str]
    calculators: tuple[str, ...]


COUNT_UNITS = (
    CountUnit("sites", re.compile(_BEFORE + _NUMBER + r"\s*处"), ("custodian_pay",)),
    CountUnit(
        "counties",
        re.compile(_BEFORE + _NUMBER + r"\s*(?:个县|县(?![级城里医人财乡委政区]))"),
        ("road_subsidy",),
    ),
    CountUnit("admission", re.compile(r"第\s*" + _NUMBER + r"\s*[次回]"), ("inpatient",)),
    CountUnit("bed_days", re.compile(_BEFORE + _NUMBER + r"\s*天"), ("inpatient",)),
    CountUnit(
        "years", re.compile(_BEFORE + _NUMBER + r"\s*年(?!度|龄|级|底|初|内)"), ("road_subsidy",)
    ),
)
# a person is whole: "2.5个人参保", "1.5个看管员", "-2口人"
PERSONS = re.compile(_BEFORE + _NUMBER + r"\s*(?:个人|口人|口|名|位|个看管员|个看管人员|个人员|人)")
# a hospital level that is no level: "2.5级医院", "一点五级", "负1级"
LEVEL_WRITTEN = re.compile(_BEFORE + _NUMBER + r"\s*级\s*(?:医院|定点|医疗|的医院|甲|乙)")


def _said_number(m: re.Match[str]) -> str | None:
    """The number as read_count reads it ("-3", "1.5", "20000"), or None when not one."""
    from assistant.calculators.amounts import small_count

    num = m.group("num")
    if "点" in num:
        whole, _, part = num.partition("点")
        head = small_count(whole) if whole else None
        digits = part.translate(str.maketrans("零一二三四五六七八九", "0123456789"))
        number = f"{head}.{digits}" if head is not None else None
    elif num[0].isdigit():
        number = num
    else:
        value = small_count(num)
        number = str(value) if value is not None else None
    if number is None:
        return None
    return f"-{number}" if m.group("sign") else number


def _is_fraction_or_negative(number: str) -> bool:
    return number.startswith("-") or "." in number


def counts_out_of_bounds(q: str, calculator: str | None) -> list[tuple[str, str]]:
    """(field, why) for every count the calculator reads that is written with a sign, a part,
    or beyond its bounds ("1.5处", "0.5个县", "第0次住院", "住了-3天"), and for a part of a
    person or of a hospital level; read_count's message names the field and the range."""
    from assistant.calculators.base import CalcError

    found: list[tuple[str, str]] = []
    for unit in COUNT_UNITS:
        if calculator not in unit.calculators:
            continue
        for m in unit.pattern.finditer(q):
            number = _said_number(m)
            if number is None:
                continue
            if unit.key == "years" and re.fullmatch(r"[-−–—]?\d{4}", number):
                continue  # 2020年, "2020-2025年": years of the calendar, not a number of years
            try:
                read_count(unit.key, number)
            except CalcError as exc:
                found.append((unit.key, exc.message))
    for m in PERSONS.finditer(q):
        number = _said_number(m)
        if number is not None and _is_fraction_or_negative(number):
            found.append(
                (
                    "persons",
                    f"人数“{m.group(0).strip()}”不是整数：人只能按整数计（1、2、3 …），"
                    "不会替您四舍五入。",
                )
            )
    from assistant.frame import SEVERAL_LEVELS

    several = SEVERAL_LEVELS.search(q)  # "一二三级…分别多少": each level, not a wrong one
    for m in LEVEL_WRITTEN.finditer(q):
        number = _said_number(m)
        if several and m.start() < several.end() and several.start() < m.end():
            continue
        if number is not None and number not in ("1", "2", "3"):
            said = m.group(0).strip()
            said = said[: said.index("级") + 1]
            levels = "、".join(spec("level").values)
            found.append(("level", f"{label('level')}“{said}”无效，允许的取值：{levels}。"))
    return found


def marked_cases(
    slots: dict[str, object], given: set[str] | frozenset[str] = frozenset()
) -> list[str]:
    """The cases a frame or a topic marks with a flag (孕产妇分娩, 建档立卡), by their label;
    where one is treated (`in_area`) is no case. `given`: flags left out (said this turn)."""
    return [
        spec(k).label.removeprefix("是否")
        for k, v in slots.items()
        if v is True
        and k not in given
        and k in schema()
        and spec(k).kind is Kind.FLAG
        and k != "in_area"
    ]
