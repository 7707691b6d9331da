"""Calculators as the product presents them: one JSON shape for CLI, chat, app and evaluation."""

from __future__ import annotations

from typing import Any

from assistant.calculators import CALCULATORS, TITLES, CalcError, MissingInput, run
from assistant.calculators.base import Cite, field_name
from assistant.fields import Kind, follow_up, schema, spec
from corpus import Corpus, NotFoundError


def citation_records(cites: list[Cite], corpus: Corpus | None) -> list[dict[str, Any]]:
    """One record per article, naming every item of it the steps used."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for c in cites:
        items = grouped.setdefault((c.doc, c.article), [])
        if c.item and c.item not in items:
            items.append(c.item)
    return [
        citation_record(Cite(doc, article, "".join(items)), corpus)
        for (doc, article), items in grouped.items()
    ]


def citation_record(cite: Cite, corpus: Corpus | None) -> dict[str, Any]:
    """The shape citations have everywhere: doc_title, parent_title, article, text, score."""
    record: dict[str, Any] = {
        "doc_title": cite.doc_title,
        "parent_title": None,
        "article": cite.article,
        "item": cite.item,
        "citation": cite.display,
        "text": "",
        "score": 1.0,
    }
    if corpus is not None:
        try:
            unit = corpus.unit(cite.doc_title, cite.article)
        except NotFoundError:
            return record
        doc = corpus.document_by_id(unit.doc_id)
        record.update(
            {
                "unit_id": unit.id,
                "text": unit.text,
                "parent_title": doc.parent_title if doc else None,
            }
        )
    return record


# The input fields whose values are not a single number, word or yes/no.
TEXT_LIST_FIELDS = {
    "identities": '"低保" 或 ["低保", "重度残疾"]',
    "diseases": '"高血压" 或 ["高血压", "糖尿病"]',
}
TEXT_FIELDS = ("disease", "excluded", "mode", "level", "site_level", "sex")
MONEY_FIELDS = {
    "cost",
    "already_paid",
    "bed_fee",
    "observation_cost",
    "class_a",
    "class_b",
    "prior_cost",
    "fiscal_subsidy",
    "total_subsidy",
    "central_subsidy",
    "deduction",
    "drug_total",
}
MAX_FIELDS = 40
MAX_ITEMS = 20


def check_shapes(name: object, inputs: object) -> None:
    """Wrong-typed JSON is a CalcError naming the field and what it may hold.

    The calculators then read only scalars, text lists and count maps, so no input can reach
    a string method on an int or iterate a number.
    """
    if not isinstance(name, str) or name not in CALCULATORS:
        shown = name if isinstance(name, str) and len(name) <= 40 else "（无效名称）"
        raise CalcError(
            "calculator", f"没有名为“{shown}”的计算器，可用：{'、'.join(CALCULATORS)}。"
        )
    if not isinstance(inputs, dict):
        raise CalcError(
            "inputs", '输入应为 JSON 对象，例如 {"tier": 250, "level": "三级", "cost": "20000"}。'
        )
    if len(inputs) > MAX_FIELDS:
        raise CalcError("inputs", f"输入的字段过多（{len(inputs)} 个），最多 {MAX_FIELDS} 个。")
    for key, value in inputs.items():
        if not isinstance(key, str) or len(key) > 40:
            raise CalcError("inputs", "输入的字段名应为不超过 40 个字符的文字。")
        label = field_name(key)
        if value is None:
            continue
        if key in TEXT_LIST_FIELDS:
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                raise CalcError(key, f"{label}应为文字或文字列表，例如 {TEXT_LIST_FIELDS[key]}。")
            if len(items) > MAX_ITEMS:
                raise CalcError(key, f"{label}最多 {MAX_ITEMS} 项。")
        elif key in schema() and spec(key).kind is Kind.COUNTS:
            # {"县级": 3} sites, {"县级": 6} months of each level's sites
            unit = spec(key).bounds.unit.lstrip("个") + "数"
            if not isinstance(value, dict) or len(value) > MAX_ITEMS:
                raise CalcError(key, f'{label}应写成 {{级别: {unit}}}，例如 {{"县级": 3}}。')
            if any(isinstance(v, list | dict) for v in value.values()):
                raise CalcError(key, f'{label}的{unit}应为整数，例如 {{"县级": 3}}。')
        elif key in TEXT_FIELDS:
            if not isinstance(value, str):
                raise CalcError(key, f"{label}应为文字，收到的是{_kind(value)}。")
        elif isinstance(value, list | dict):
            expected = (
                '金额（例如 "20000" 或 "2万"）' if key in MONEY_FIELDS else "单个数字、文字或 是/否"
            )
            raise CalcError(key, f"{label}应为{expected}，收到的是{_kind(value)}。")


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "是/否"
    if isinstance(value, int | float):
        return "数字"
    return {list: "列表", dict: "对象"}.get(type(value), type(value).__name__)


def calculate(name: str, inputs: dict[str, Any], corpus: Corpus | None = None) -> dict[str, Any]:
    """{"status": calculated|follow_up|error, ...}; never raises for bad input."""
    try:
        check_shapes(name, inputs)
        result = run(name, inputs)
    except MissingInput as missing:
        return {
            "status": "follow_up",
            "calculator": name,
            "inputs": inputs,
            "follow_up": follow_up(missing.missing),
        }
    except CalcError as error:
        return {
            "status": "error",
            "calculator": name if isinstance(name, str) else None,
            "inputs": inputs,
            "field": error.field,
            "error": error.message,
        }
    data = result.to_dict()
    data["status"] = "calculated"
    data["title"] = TITLES[name]
    data["citations"] = citation_records(result.citations(), corpus)
    return data
