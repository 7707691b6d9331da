"""Run the phrasing table through an assistant and tabulate the verdicts per category.

Every row (and every dialogue turn, in one State per dialogue) is answered once; an
exception on one row is logged, counted as wrong, and the run goes on.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.phrasings.scoring import Verdict, score

HERE = Path(__file__).parent
log = logging.getLogger(__name__)

CHECKS = ("status", "cited", "contains", "figures", "follow_up", "error_named", "no_repeat")
CHECK_NAMES = {
    "status": "状态",
    "cited": "引用",
    "contains": "要点",
    "figures": "金额",
    "follow_up": "追问",
    "error_named": "报错指明字段",
    "no_repeat": "不重复追问",
}


def load_rows(folder: Path = HERE) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: 不是有效的 JSON：{exc.msg}") from exc
    return rows


def select(rows: Iterable[dict[str, Any]], split: str = "all", category: str | None = None):
    return [
        r
        for r in rows
        if (split == "all" or r["split"] == split)
        and (category is None or r["category"] == category)
    ]


@dataclass
class Outcome:
    """One scored item: a question row or one dialogue turn."""

    row_id: str
    category: str
    question: str
    expect: dict[str, Any]
    verdict: Verdict
    got_status: str
    got_answer: str
    seconds: float = 0.0


@dataclass
class Tally:
    items: int = 0
    right: int = 0
    checks: dict[str, list[int]] = field(default_factory=lambda: {c: [0, 0] for c in CHECKS})
    answerable: int = 0
    false_declines: int = 0

    def add(self, outcome: Outcome) -> None:
        v = outcome.verdict
        self.items += 1
        self.right += int(v.ok)
        for name in CHECKS:
            value = getattr(v, name)
            if value is not None:
                self.checks[name][1] += 1
                self.checks[name][0] += int(value)
        if "out_of_scope" not in _statuses(outcome.expect):
            self.answerable += 1
            self.false_declines += int(v.false_decline)


def _statuses(expect: dict[str, Any]) -> list[str]:
    status = expect.get("status") or []
    return [status] if isinstance(status, str) else list(status)


Ask = Callable[[str, Any], dict[str, Any]]


def run(rows: list[dict[str, Any]], ask: Ask, new_state: Callable[[], Any]) -> list[Outcome]:
    """Answer every row; `ask(text, state)` returns Response.to_dict()."""
    outcomes = []
    for row in rows:
        turns = row.get("turns") or [{"user": row["question"], "expect": row}]
        state = new_state()
        for n, turn in enumerate(turns, 1):
            started = time.perf_counter()
            try:
                response = ask(turn["user"], state)
            except Exception:  # one bad row must not end the run
                log.exception("row %s turn %d raised", row["id"], n)
                response = None
            elapsed = time.perf_counter() - started
            row_id = f"{row['id']}#{n}" if "turns" in row else row["id"]
            outcomes.append(
                Outcome(
                    row_id=row_id,
                    category=row["category"],
                    question=turn["user"],
                    expect=turn["expect"],
                    verdict=score(turn["expect"], response),
                    got_status=(response or {}).get("status", "exception"),
                    got_answer=(response or {}).get("answer", "") or "",
                    seconds=elapsed,
                )
            )
    return outcomes


def tally(outcomes: Iterable[Outcome]) -> dict[str, Tally]:
    table: dict[str, Tally] = {}
    total = Tally()
    for o in outcomes:
        table.setdefault(o.category, Tally()).add(o)
        total.add(o)
    return dict(sorted(table.items())) | {"全部": total}


def _rate(hit: int, n: int) -> str:
    return f"{hit}/{n} {hit / n:.2f}" if n else "—"


def summary_table(tallies: dict[str, Tally]) -> str:
    head = ["类别", "条数", "全对", *[CHECK_NAMES[c] for c in CHECKS], "误拒"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, t in tallies.items():
        cells = [name, str(t.items), _rate(t.right, t.items)]
        cells += [_rate(*t.checks[c]) for c in CHECKS]
        cells.append(_rate(t.false_declines, t.answerable))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def headline(outcomes: Iterable[Outcome]) -> list[tuple[str, int, int]]:
    """The figures the issues set targets for: (name, hits, total)."""
    outcomes = list(outcomes)
    decline = [o for o in outcomes if _statuses(o.expect) == ["out_of_scope"]]
    answerable = [o for o in outcomes if "out_of_scope" not in _statuses(o.expect)]

    def right(category: str) -> tuple[int, int]:
        chosen = [o for o in outcomes if o.category == category]
        return sum(o.verdict.ok for o in chosen), len(chosen)

    return [
        (
            "应拒答的被拒答（out_of_scope）",
            sum(o.got_status == "out_of_scope" for o in decline),
            len(decline),
        ),
        (
            "误拒（可回答的被拒答）",
            sum(o.verdict.false_decline for o in answerable),
            len(answerable),
        ),
        ("计算题全对", *right("calculation")),
        ("恶意或畸形输入处理正确", *right("hostile_malformed")),
        ("问答网站式标题全对", *right("user_titles")),
        ("对话轮次全对", *right("dialogue")),
    ]


def headline_table(outcomes: Iterable[Outcome]) -> str:
    lines = ["| 指标 | 结果 |", "|---|---|"]
    lines += [f"| {name} | {_rate(hit, n)} |" for name, hit, n in headline(outcomes)]
    return "\n".join(lines)


def _expected_text(expect: dict[str, Any]) -> str:
    parts = ["/".join(_statuses(expect)) or "?"]
    if expect.get("gold"):
        parts.append(
            "引用 " + "、".join(g.get("article") or g.get("quote", "") for g in expect["gold"])
        )
    if expect.get("answer_contains"):
        parts.append("含 " + "、".join(expect["answer_contains"]))
    if expect.get("expected"):
        parts.append(
            f"{expect.get('calculator')} "
            + "，".join(f"{k}={v}" for k, v in expect["expected"].items())
        )
    if expect.get("follow_up_for"):
        parts.append("追问 " + "、".join(expect["follow_up_for"]))
    if expect.get("error_contains"):
        parts.append("报错含 " + "/".join(expect["error_contains"]))
    return "；".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def report(outcomes: list[Outcome], title: str, command: str = "") -> str:
    tallies = tally(outcomes)
    lines = [f"# {title}", ""]
    if command:
        lines += [f"命令：`{command}`", ""]
    lines += [headline_table(outcomes), "", "## 按类别", ""]
    lines += [
        summary_table(tallies),
        "",
        "误拒：应回答的问题被答成 out_of_scope 的比例（只计可回答的行）。",
        "",
    ]
    by_fact = {}
    for o in outcomes:
        if o.expect.get("fact_type"):
            by_fact.setdefault(o.expect["fact_type"], Tally()).add(o)
    if by_fact:
        lines += [
            "## 按所问事实类型（lookup）",
            "",
            summary_table(dict(sorted(by_fact.items()))),
            "",
        ]
    failures = [o for o in outcomes if not o.verdict.ok]
    lines += [f"## 不符之处（{len(failures)}）", ""]
    if failures:
        lines += [
            "| id | 类别 | 问题 | 期望 | 实际状态 | 实际回答（前80字） | 问题所在 |",
            "|---|---|---|---|---|---|---|",
        ]
        for o in failures:
            lines.append(
                "| "
                + " | ".join(
                    _cell(x)
                    for x in (
                        o.row_id,
                        o.category,
                        o.question[:120],
                        _expected_text(o.expect),
                        o.got_status,
                        o.got_answer[:80],
                        "；".join(o.verdict.problems),
                    )
                )
                + " |"
            )
    else:
        lines.append("- 无")
    return "\n".join(lines) + "\n"
