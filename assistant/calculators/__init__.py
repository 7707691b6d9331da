"""Deterministic calculators: exact Decimal figures, every step with its article.

run(name, inputs) returns a Result, or raises MissingInput (ask the user for
exactly those inputs) or CalcError (impossible input, Chinese message naming the field).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.calculators.base import CalcError, MissingInput, Result, field_name
from assistant.calculators.contribution import contribution
from assistant.calculators.custodian import custodian_pay
from assistant.calculators.medical import (
    general_outpatient,
    inpatient,
    special_outpatient,
    two_diseases,
)
from assistant.calculators.roads import road_subsidy

CALCULATORS: dict[str, Callable[[dict[str, Any]], Result]] = {
    "inpatient": inpatient,
    "special_outpatient": special_outpatient,
    "two_diseases": two_diseases,
    "general_outpatient": general_outpatient,
    "contribution": contribution,
    "custodian_pay": custodian_pay,
    "road_subsidy": road_subsidy,
}

TITLES = {
    "inpatient": "住院报销",
    "special_outpatient": "门诊特殊病报销",
    "two_diseases": "“两病”门诊报销",
    "general_outpatient": "普通门诊报销",
    "contribution": "参保缴费",
    "custodian_pay": "野外文物看管人员工资",
    "road_subsidy": "“四好农村路”养护专项补贴",
}


def run(name: str, inputs: dict[str, Any]) -> Result:
    if name not in CALCULATORS:
        raise CalcError("calculator", f"没有名为“{name}”的计算器，可用：{'、'.join(CALCULATORS)}。")
    if not isinstance(inputs, dict):
        raise CalcError(
            "inputs", '输入应为 JSON 对象，例如 {"tier": 250, "level": "三级", "cost": "20000"}。'
        )
    return CALCULATORS[name](inputs)


__all__ = ["CALCULATORS", "TITLES", "CalcError", "MissingInput", "Result", "field_name", "run"]
