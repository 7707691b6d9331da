"""What every calculator shares: rule lookup with citations, money, steps, errors."""

from __future__ import annotations

import json
import math
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
    """Round one line item to the cent, half up (the spec's only rounding point); never -0.00."""
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded.copy_abs() if rounded == 0 else rounded


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


def field_name(key: str) -> str:
    """The field's Chinese label, from the one field schema (assistant/fields.py)."""
    from assistant.fields import label

    return label(key)


# ---- input coercion: every calculator reads its inputs through these ----

MAX_AMOUNT = Decimal("100000000")  # 1亿元: anything above is a typo, not a medical bill
MAX_TEXT = 200  # longer than any name, level or amount anyone types into one field
MONEY_RULE = "金额最多保留两位小数（精确到分），不做四舍五入"
TYPE_NAMES = {list: "列表", tuple: "列表", dict: "对象", type(None): "空值"}


def _type_name(raw: object) -> str:
    return TYPE_NAMES.get(type(raw), type(raw).__name__)


def _text(key: str, raw: object, expected: str) -> str:
    """A scalar input as stripped text; wrong types and absurd sizes are CalcErrors, never crashes."""
    label = field_name(key)
    if isinstance(raw, bool):
        raise CalcError(key, f"{label}应为{expected}，不能是 {str(raw).lower()}。")
    if isinstance(raw, int):
        if raw.bit_length() > 128:
            raise CalcError(key, f"{label}的数字位数过多，应为{expected}。")
        return str(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw):  # a JSON NaN or Infinity: never an amount
            raise CalcError(key, f"{label}不是有效的数字（NaN/Infinity），应为{expected}。")
        return repr(raw)
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            raise CalcError(key, f"{label}不是有效的数字，应为{expected}。")
        return format(raw, "f") if abs(raw.adjusted()) < 40 else str(raw)
    if not isinstance(raw, str):
        raise CalcError(key, f"{label}应为{expected}，收到的是{_type_name(raw)}。")
    text = raw.strip()
    if len(text) > MAX_TEXT:
        raise CalcError(key, f"{label}过长（{len(text)} 个字符），应为{expected}。")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise CalcError(key, f"{label}含有无效字符，应为{expected}。")
    return text


def _zero_signless(value: Decimal) -> Decimal:
    """-0 and 0 are the same amount; only one of them may ever be printed."""
    return value.copy_abs() if value == 0 else value


def read_money(key: str, raw: object, maximum: Decimal = MAX_AMOUNT) -> Decimal:
    """One money input, exactly: 20000, "2,000", "1.5万", "两万五" — or a CalcError naming the field.

    Refused, never rounded or read in part: more than two decimals, scientific notation
    ("1e5"), bad grouping ("12,00"), negatives, NaN/Infinity, non-numbers.
    """
    from assistant.calculators.amounts import AmountFormatError, parse_amount

    label = field_name(key)
    expected = '金额（例如 "20000" 或 "2万"，单位：元）'
    text = _text(key, raw, expected)
    body = text.removesuffix("元").removesuffix("块钱").removesuffix("块").strip()
    negative = body[:1] in ("-", "−", "负")
    body = body[1:].strip() if negative else body.removeprefix("+").strip()
    try:
        value = parse_amount(body)
    except AmountFormatError as error:
        raise CalcError(
            key, f"{label}“{text}”不是有效的金额（{error}）：应为{expected}。"
        ) from error
    except (InvalidOperation, ValueError, ArithmeticError) as error:
        raise CalcError(key, f"{label}“{text}”不是有效的金额：应为{expected}。") from error
    if negative and value != 0:
        raise CalcError(key, f"{label}不能为负数（收到 {text}），请填写不小于 0 的金额。")
    if value > maximum:
        raise CalcError(key, f"{label} {text} 元超出合理范围（上限 {maximum} 元），请核对金额。")
    if value.as_tuple().exponent < -2 and value != value.quantize(CENT):
        raise CalcError(key, f"{label}“{text}”有超过两位的小数：{MONEY_RULE}，请核对后重新填写。")
    return _zero_signless(value)


def get_money(
    inputs: dict[str, Any], key: str, default: str | None = None, maximum: Decimal = MAX_AMOUNT
) -> Decimal:
    raw = inputs.get(key, default)
    if raw is None or raw == "":
        raise MissingInput([key])
    return read_money(key, raw, maximum)


def get_int(inputs: dict[str, Any], key: str, default: int | None = None) -> int:
    """A count, read against its bounds in the one field schema (assistant/fields.py)."""
    from assistant.fields import read_count

    raw = inputs.get(key, default)
    if raw is None or raw == "":
        raise MissingInput([key])
    if isinstance(raw, str | int | float | Decimal) and not isinstance(raw, bool):
        _text(key, raw, "整数")  # NaN, huge integers, surrogates: the shared checks first
    return read_count(key, raw)


TRUE_WORDS = ("true", "1", "yes", "是", "y", "有", "对")
FALSE_WORDS = ("false", "0", "no", "否", "n", "没有", "无", "不是")


def get_bool(inputs: dict[str, Any], key: str, default: bool = False) -> bool:
    raw = inputs.get(key, default)
    if isinstance(raw, bool):
        return raw
    if raw in (None, ""):
        return default
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    allowed = "是/否（true/false）"
    if isinstance(raw, int | float | Decimal):
        raise CalcError(key, f"{field_name(key)}应为 {allowed}，不能是数字。")
    text = _text(key, raw, allowed).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CalcError(key, f"{field_name(key)}应为 {allowed}，收到“{text[:40]}”。")


def get_choice(
    inputs: dict[str, Any], key: str, allowed: list[str], aliases: dict[str, str] | None = None
) -> str:
    raw = inputs.get(key)
    if raw is None or raw == "":
        raise MissingInput([key])
    said = _text(key, raw, f"以下之一：{'、'.join(allowed)}")
    text = (aliases or {}).get(said, said)
    if text not in allowed:
        raise CalcError(
            key, f"{field_name(key)}“{said[:40]}”无效，允许的取值：{'、'.join(allowed)}。"
        )
    return text


def get_tier(inputs: dict[str, Any], tiers: list[int]) -> int:
    raw = inputs.get("tier")
    if raw is None or raw == "":
        raise MissingInput(["tier"])
    allowed = "、".join(f"{t}元" for t in tiers)
    said = _text("tier", raw, f"缴费档次 {allowed} 之一")
    try:
        number = Decimal(said.removesuffix("档").removesuffix("元")) if len(said) <= 20 else None
    except InvalidOperation:
        number = None
    tier = int(number) if number is not None and number in tiers else -1
    if tier not in tiers:
        raise CalcError(
            "tier", f"缴费档次“{said[:40]}”不存在，医保个人缴费只有 {allowed} 三个档次。"
        )
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
