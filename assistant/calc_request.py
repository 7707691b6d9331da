"""A calculator name and its JSON inputs, read once for every entry point (CLI, page, API).

The calculators check each field's meaning; this checks the shape before they see it, so a
wrong type ({"identities": [1]}) is a clear error naming the field, never a crash inside.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.calculators import CALCULATORS
from assistant.calculators.base import field_name
from commandline import JsonInputError, UserError, loads_strict

EXAMPLE = '{"tier": 250, "level": "三级", "cost": "20000"}'
MAX_DIGITS = 15  # integer digits of a number: more is a typo, not an amount
MAX_TEXT = 200  # one field's text: a tier, a level, an amount, an identity


class CalcRequestError(UserError):
    """The request itself is wrong; `to_dict()` is the calculators' error shape."""

    def __init__(self, message: str, field: str, calculator: str | None = None) -> None:
        super().__init__(message, field)
        self.calculator = calculator

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": "error",
            "calculator": self.calculator,
            "field": self.field,
            "error": self.message,
        }


@dataclass(frozen=True)
class CalcRequest:
    calculator: str
    inputs: dict[str, Any]  # values: str, int, bool, None, or a list of str


def _number_text(value: Decimal | float, label: str, key: str, calculator: str) -> str:
    """A JSON number as plain digits ("1e5" → "100000"): money stays exact and is never misread."""
    number = Decimal(repr(value)) if isinstance(value, float) else value
    if not number.is_finite():
        raise CalcRequestError(f"输入{label}不是有效的数字。", key, calculator)
    if number.adjusted() > MAX_DIGITS:
        raise CalcRequestError(f"输入{label}数值过大。", key, calculator)
    return format(number, "f")


def _value(key: str, value: Any, calculator: str) -> Any:
    label = f"“{field_name(key)}”（{key}）" if field_name(key) != key else f"“{key}”"
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, Decimal | float):
        return _number_text(value, label, key, calculator)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise CalcRequestError(f"输入{label}太长（最多 {MAX_TEXT} 个字）。", key, calculator)
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [_value(key, v, calculator) for v in value]
    if isinstance(value, list):
        raise CalcRequestError(
            f'输入{label}的每一项应为文字，例如 ["低保", "重度残疾"]。', key, calculator
        )
    if isinstance(value, Mapping) and _is_counts(key):
        # {allowed value: count}, e.g. sites {"县级": 3}: the calculator checks names and counts
        if not all(
            isinstance(k, str) and not isinstance(v, list | Mapping) for k, v in value.items()
        ):
            raise CalcRequestError(
                f'输入{label}应写成 {{级别: 数量}}，例如 {{"县级": 3}}。', key, calculator
            )
        return {k: _value(key, v, calculator) for k, v in value.items()}
    raise CalcRequestError(
        f"输入{label}应为文字、数字、true/false 或文字列表，不能是 JSON 对象。", key, calculator
    )


def _is_counts(key: str) -> bool:
    from assistant.fields import Kind, spec

    return spec(key).kind == Kind.COUNTS


def parse_calc_request(name: object, inputs: str | Mapping[str, Any] | None) -> CalcRequest:
    """Raises CalcRequestError (a UserError) naming the field that is wrong."""
    if not isinstance(name, str) or name not in CALCULATORS:
        shown = name if isinstance(name, str) and len(name) <= 40 else "（无效名称）"
        raise CalcRequestError(
            f"没有名为“{shown}”的计算器，可用：{'、'.join(CALCULATORS)}。", "calculator"
        )
    if inputs is None or (isinstance(inputs, str) and not inputs.strip()):
        inputs = {}
    if isinstance(inputs, str):
        try:
            inputs = loads_strict(inputs, parse_float=Decimal)
        except JsonInputError as exc:
            raise CalcRequestError(f"输入{exc.message}", "inputs", name) from None
    if not isinstance(inputs, Mapping):
        raise CalcRequestError(f"输入应为 JSON 对象，例如 {EXAMPLE}。", "inputs", name)
    return CalcRequest(name, {str(k): _value(str(k), v, name) for k, v in inputs.items()})
