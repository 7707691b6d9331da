"""Score the calculators: (a) the engine on given inputs, (b) understanding questions end to end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.calculators.service import calculate
from assistant.calculators.understanding import understand
from corpus import Corpus
from evaluation.datasets import cites_article


@dataclass
class Score:
    name: str
    total: int = 0
    exact: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.exact / self.total if self.total else 0.0


def check(case: dict[str, Any], response: dict[str, Any]) -> str | None:
    """None when the response is right for the case, else why not."""
    missing = case.get("missing")
    if missing:
        got = (response.get("follow_up") or {}).get("missing")
        if response.get("status") != "follow_up" or sorted(got or []) != sorted(missing):
            return f"应追问 {missing}，实际：{response.get('status')} {got or response.get('result') or response.get('error')}"
        return None
    if response.get("status") != "calculated":
        detail = response.get("error") or (response.get("follow_up") or {}).get("missing")
        return f"应算出结果，实际：{response.get('status')} {detail}"
    if response.get("calculator") != case["calculator"]:
        return f"计算器应为 {case['calculator']}，实际 {response.get('calculator')}"
    wrong = {
        k: (v, response["result"].get(k))
        for k, v in case["expected"].items()
        if response["result"].get(k) != v
    }
    if wrong:
        return "结果不符：" + "；".join(f"{k} 应为 {v} 实为 {g}" for k, (v, g) in wrong.items())
    uncited = [
        c for c in case.get("cites", []) if not cites_article(response.get("citations", []), c)
    ]
    if uncited:
        return f"缺少引用：{uncited}"
    return None


def evaluate(cases: list[dict[str, Any]], corpus: Corpus) -> tuple[Score, Score]:
    engine, understanding = Score("计算引擎（给定输入）"), Score("问题理解（端到端）")
    for case in cases:
        engine.total += 1
        problem = check(case, calculate(case["calculator"], dict(case["inputs"]), corpus))
        if problem:
            engine.mismatches.append(f"{case['id']}: {problem}")
        else:
            engine.exact += 1
        understanding.total += 1
        reading = understand(case["question"])
        if reading is None:
            understanding.mismatches.append(f"{case['id']}: 未识别为计算问题")
            continue
        response = calculate(reading.calculator, reading.inputs, corpus)
        problem = check(case, response)
        if problem:
            understanding.mismatches.append(
                f"{case['id']}: {problem}（读出的输入：{reading.inputs}）"
            )
        else:
            understanding.exact += 1
    return engine, understanding


def report(scores: tuple[Score, ...]) -> str:
    lines = ["# 计算器评测", "", "| 项目 | 正确 | 总数 | 比例 |", "|---|---|---|---|"]
    for s in scores:
        lines.append(f"| {s.name} | {s.exact} | {s.total} | {s.rate:.1%} |")
    for s in scores:
        lines += ["", f"## {s.name}：不符之处", ""]
        lines += [f"- {m}" for m in s.mismatches] or ["- 无"]
    return "\n".join(lines) + "\n"
