"""Score the assistant end to end through Assistant.ask, as `python -m assistant ask` answers."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from evaluation.calculations import check as check_calculation
from evaluation.datasets import matches_gold


@dataclass
class Counter:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += int(ok)

    def rate(self) -> str:
        return f"{self.hits}/{self.total} = {self.hits / self.total:.1%}" if self.total else "—"


@dataclass
class Results:
    metrics: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    groups: dict[str, dict[str, Counter]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter))
    )
    failures: list[str] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)


def _response_as_calc(response: dict[str, Any]) -> dict[str, Any]:
    calc = response.get("calculation") or {}
    return {
        "status": response["status"] if response["status"] != "calculated" else "calculated",
        "calculator": calc.get("calculator"),
        "result": calc.get("result", {}),
        "citations": response.get("citations", []),
        "follow_up": response.get("follow_up"),
        "error": response.get("error"),
    }


def check_expect(expect: dict[str, Any], response: dict[str, Any]) -> list[str]:
    """Problems with one response against one expectation (question line, calculation or dialogue turn)."""
    problems = []
    if "follow_up_for" in expect:
        got = (response.get("follow_up") or {}).get("missing")
        if response["status"] != "follow_up" or sorted(got or []) != sorted(
            expect["follow_up_for"]
        ):
            problems.append(f"应追问 {expect['follow_up_for']}，实际 {response['status']} {got}")
        return problems
    if "calculator" in expect:
        case = {
            "calculator": expect["calculator"],
            "expected": expect.get("expected", {}),
            "cites": expect.get("cites", []),
            "missing": expect.get("missing"),
        }
        problem = check_calculation(case, _response_as_calc(response))
        return [problem] if problem else []
    gold = expect.get("gold") or []
    if gold and not any(matches_gold(c, g) for c in response["citations"] for g in gold):
        cited = [c.get("citation") or c.get("article") for c in response["citations"]]
        problems.append(f"未引用标准位置 {gold}，引用了 {cited}")
    missing = [s for s in expect.get("answer_contains", []) if s not in response["answer"]]
    if missing:
        problems.append(f"答案缺少 {missing}")
    return problems


def evaluate_questions(questions: list[dict[str, Any]], assistant, results: Results) -> None:
    from assistant.state import State

    for q in questions:
        started = time.perf_counter()
        response = assistant.ask(q["question"], State()).to_dict()
        results.latency_ms.append((time.perf_counter() - started) * 1000)
        kind, role = q.get("kind", "?"), q.get("role", "?")
        if kind == "out_of_scope":
            ok = response["status"] == "out_of_scope"
            results.metrics["无法回答的问题被正确拒答"].add(ok)
            results.groups["kind"][kind].add(ok)
            results.groups["role"][role].add(ok)
            if not ok:
                results.failures.append(
                    f"{q['id']} 应拒答，实际 {response['status']}：{response['answer'][:60]}"
                )
            continue
        refused = response["status"] == "out_of_scope"
        results.metrics["可回答的问题被误拒"].add(refused)
        gold = q.get("gold") or []
        cited = bool(gold) and any(matches_gold(c, g) for c in response["citations"] for g in gold)
        if gold:
            results.metrics["引用命中标准位置"].add(cited)
        contains = all(s in response["answer"] for s in q.get("answer_contains", []))
        results.metrics["答案包含要点"].add(contains)
        ok = (cited or not gold) and contains and not refused
        results.groups["kind"][kind].add(ok)
        results.groups["role"][role].add(ok)
        if not ok:
            problems = check_expect(q, response) or ["被误拒"]
            results.failures.append(f"{q['id']}（{kind}）{q['question']}：{'；'.join(problems)}")


def evaluate_calculations(cases: list[dict[str, Any]], assistant, results: Results) -> None:
    from assistant.state import State

    for case in cases:
        started = time.perf_counter()
        response = assistant.ask(case["question"], State()).to_dict()
        results.latency_ms.append((time.perf_counter() - started) * 1000)
        problem = check_calculation(case, _response_as_calc(response))
        key = "计算问题追问正确" if case.get("missing") else "计算问题结果精确"
        results.metrics[key].add(problem is None)
        results.groups["kind"]["calculation"].add(problem is None)
        if problem:
            results.failures.append(f"{case['id']} {case['question']}：{problem}")


def evaluate_dialogues(dialogues: list[dict[str, Any]], assistant, results: Results) -> None:
    from assistant.state import State

    for dialogue in dialogues:
        state = State()
        for n, turn in enumerate(dialogue["turns"], 1):
            response = assistant.ask(turn["user"], state).to_dict()
            problems = check_expect(turn["expect"], response)
            results.metrics["对话轮次正确"].add(not problems)
            if problems:
                results.failures.append(
                    f"{dialogue['id']} 第{n}轮“{turn['user']}”：{'；'.join(problems)}"
                )


def report(results: Results) -> str:
    lat = sorted(results.latency_ms)
    lines = ["# 问答评测", "", "| 指标 | 结果 |", "|---|---|"]
    for name, counter in results.metrics.items():
        lines.append(f"| {name} | {counter.rate()} |")
    if lat:
        p50 = statistics.median(lat)
        p95 = lat[int(0.95 * (len(lat) - 1))]
        lines.append(f"| ask 延迟（热，p50 / p95） | {p50:.0f} ms / {p95:.0f} ms |")
    for group, counters in results.groups.items():
        lines += [
            "",
            f"## 按{'题型' if group == 'kind' else '角色'}（全部要求都满足）",
            "",
            "| 分组 | 结果 |",
            "|---|---|",
        ]
        lines += [f"| {name} | {c.rate()} |" for name, c in sorted(counters.items())]
    lines += ["", "## 不符之处", ""] + ([f"- {f}" for f in results.failures] or ["- 无"])
    return "\n".join(lines) + "\n"
