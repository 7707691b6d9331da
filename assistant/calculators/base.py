"""What every calculator shares: rule lookup with citations, money, steps, errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

CENT = Decimal("0.01")
RULES_PATH = Path(__file__).with_name("rules.json")


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    return json.loads(RULES_PATH.read_text(encoding="utf-8"))


def money(value: Decimal) -> Decimal:
    """Round one line item to the cent, half up (the spec's only rounding point)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(value: Decimal) -> str:
    return str(money(value))


def pct(ratio: Decimal) -> str:
    text = format((ratio * 100).normalize(), "f")
    return f"{text}%"


@dataclass(frozen=True)
class Cite:
    """A place in a regulation: short document name, article label, optional item."""

    doc: str  # short name key in rules.json "documents"
    article: str  # 第二十二条 or 五、（四）
    item: str = ""  # （一） or 第二款

    @property
    def doc_title(self) -> str:
        return rules()["documents"][self.doc]

    @property
    def display(self) -> str:
        return f"《{self.doc_title}》{self.article}{self.item}"

    def to_dict(self) -> dict[str, str]:
        return {
            "doc_title": self.doc_title,
            "article": self.article,
            "item": self.item,
            "citation": self.display,
        }


def cite(spec: list[str]) -> Cite:
    doc, article, item = (spec + ["", "", ""])[:3]
    return Cite(doc, article, item)


@dataclass
class Step:
    rule: str  # what was applied, in Chinese
    amount: str  # the figure it produced, as shown to the user
    citation: Cite

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "amount": self.amount, "citation": self.citation.display}


@dataclass
class Result:
    calculator: str
    inputs: dict[str, Any]
    result: dict[str, str] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def step(self, rule: str, amount: str, where: Cite) -> None:
        self.steps.append(Step(rule, amount, where))

    def citations(self) -> list[Cite]:
        seen: dict[str, Cite] = {}
        for step in self.steps:
            seen.setdefault(step.citation.display, step.citation)
        return list(seen.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "calculator": self.calculator,
            "inputs": self.inputs,
            "result": self.result,
            "steps": [s.to_dict() for s in self.steps],
            "notes": self.notes,
            "citations": [c.to_dict() for c in self.citations()],
        }


class CalcError(ValueError):
    """Impossible input. The message names the field and what is allowed, in Chinese."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


class MissingInput(ValueError):
    """An input that changes the result was not given; ask for it rather than guess."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(", ".join(missing))
        self.missing = missing


FIELD_NAMES = {
    "tier": "缴费档次",
    "level": "医疗机构级别",
    "in_area": "是否在阿里统筹区内",
    "admission": "本年度第几次住院",
    "cost": "医疗费用",
    "poor": "是否建档立卡贫困人员",
    "already_paid": "本年度已支付金额",
    "bed_days": "住院天数",
    "bed_fee": "实际床位费（元/天）",
    "maternity": "是否孕产妇分娩",
    "newborn_rescue": "是否新生儿抢救",
    "observation_cost": "入院前急诊留观费用",
    "excluded": "不予支付的情形",
    "disease": "病种",
    "bp_150_95": "血压是否持续达到150/95mmHg",
    "diseases": "两病病种",
    "class_a": "甲类药品费用",
    "class_b": "乙类药品费用",
    "prior_cost": "本年度此前普通门诊费用",
    "mode": "计算方式",
    "identities": "参保身份",
    "sex": "性别",
    "age": "年龄",
    "fiscal_subsidy": "当年各级财政补助合计",
    "total_subsidy": "财政补助总额",
    "central_subsidy": "中央财政补助",
    "site_level": "文物保护单位级别",
    "sites": "各级文物保护单位数量",
    "months": "月数",
    "accident": "是否发生重大看管事故",
    "log_untruthful": "是否未如实填写巡逻日志",
    "deduction": "扣除金额",
    "counties": "县的个数",
    "prefecture": "是否含地区财政",
    "years": "年数",
    "payment_month": "补缴月份",
    "honour_level": "僧尼所获表彰的级别",
    "drug_total": "药品费用总额",
    "stay_days": "连续住院天数",
}


def field_name(key: str) -> str:
    return FIELD_NAMES.get(key, key)


# ---- input coercion: every calculator reads its inputs through these ----

MAX_AMOUNT = Decimal("100000000")  # 1亿元: anything above is a typo, not a medical bill


def get_money(
    inputs: dict[str, Any], key: str, default: str | None = None, maximum: Decimal = MAX_AMOUNT
) -> Decimal:
    raw = inputs.get(key, default)
    if raw is None or raw == "":
        raise MissingInput([key])
    if isinstance(raw, bool):
        raise CalcError(key, f'{field_name(key)}应为金额（例如 "20000"），不能是 {raw!r}。')
    try:
        value = Decimal(str(raw).strip().replace(",", ""))
    except InvalidOperation as exc:
        raise CalcError(
            key, f"{field_name(key)}“{raw}”不是有效的金额，请填写不小于 0 的数字（单位：元）。"
        ) from exc
    if not value.is_finite():
        raise CalcError(key, f"{field_name(key)}“{raw}”不是有效的金额。")
    if value < 0:
        raise CalcError(key, f"{field_name(key)}不能为负数（收到 {raw}），请填写不小于 0 的金额。")
    if value > maximum:
        raise CalcError(
            key, f"{field_name(key)} {raw} 元超出合理范围（上限 {maximum} 元），请核对金额。"
        )
    return value


def get_int(
    inputs: dict[str, Any], key: str, low: int, high: int, default: int | None = None
) -> int:
    raw = inputs.get(key, default)
    if raw is None or raw == "":
        raise MissingInput([key])
    if isinstance(raw, bool):
        raise CalcError(key, f"{field_name(key)}应为 {low} 到 {high} 之间的整数。")
    try:
        value = int(str(raw).strip())
    except ValueError as exc:
        raise CalcError(key, f"{field_name(key)}“{raw}”不是整数，允许 {low} 到 {high}。") from exc
    if not low <= value <= high:
        raise CalcError(key, f"{field_name(key)} {value} 超出允许范围，允许 {low} 到 {high}。")
    return value


def get_bool(inputs: dict[str, Any], key: str, default: bool = False) -> bool:
    raw = inputs.get(key, default)
    if isinstance(raw, bool):
        return raw
    if raw in (None, ""):
        return default
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes", "是", "y"):
        return True
    if text in ("false", "0", "no", "否", "n"):
        return False
    raise CalcError(key, f"{field_name(key)}应为 是/否（true/false），收到“{raw}”。")


def get_choice(
    inputs: dict[str, Any], key: str, allowed: list[str], aliases: dict[str, str] | None = None
) -> str:
    raw = inputs.get(key)
    if raw is None or raw == "":
        raise MissingInput([key])
    text = str(raw).strip()
    text = (aliases or {}).get(text, text)
    if text not in allowed:
        raise CalcError(key, f"{field_name(key)}“{raw}”无效，允许的取值：{'、'.join(allowed)}。")
    return text


def get_tier(inputs: dict[str, Any], tiers: list[int]) -> int:
    raw = inputs.get("tier")
    if raw is None or raw == "":
        raise MissingInput(["tier"])
    try:
        tier = int(str(raw).strip().removesuffix("元").removesuffix("档"))
    except ValueError:
        tier = -1
    if tier not in tiers:
        allowed = "、".join(f"{t}元" for t in tiers)
        raise CalcError("tier", f"缴费档次“{raw}”不存在，医保个人缴费只有 {allowed} 三个档次。")
    return tier


LEVEL_ALIASES = {
    "乡镇": "乡镇卫生院",
    "乡卫生院": "乡镇卫生院",
    "卫生院": "乡镇卫生院",
    "社区": "社区卫生服务中心",
    "一级医院": "一级",
    "二级医院": "二级",
    "三级医院": "三级",
    "三甲": "三级",
    "三乙": "三级",
    "二甲": "二级",
    "二乙": "二级",
}
