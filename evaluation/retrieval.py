"""Recall@1, Recall@5 and MRR of the retrievers against gold places, per document and role.

A question counts as found at rank r when the r-th hit matches any of its gold
places (README: Benchmarks). "All gold@5" also reports multi-place questions
whose every gold place is in the top 5.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from evaluation.datasets import matches_gold

MODES = ("hybrid", "dense", "bm25")


@dataclass
class Tally:
    ranks: list[int | None] = field(default_factory=list)
    all_gold: list[bool] = field(default_factory=list)

    def add(self, rank: int | None, all_found: bool) -> None:
        self.ranks.append(rank)
        self.all_gold.append(all_found)

    def recall(self, k: int) -> float:
        return (
            sum(1 for r in self.ranks if r is not None and r <= k) / len(self.ranks)
            if self.ranks
            else 0.0
        )

    def mrr(self) -> float:
        return sum(1 / r for r in self.ranks if r) / len(self.ranks) if self.ranks else 0.0


def first_rank(hits: list[dict[str, Any]], gold: list[dict[str, str]]) -> int | None:
    for rank, hit in enumerate(hits, 1):
        if any(matches_gold(hit, g) for g in gold):
            return rank
    return None


def evaluate(questions: list[dict[str, Any]], searcher, k: int = 10) -> dict[str, Any]:
    answerable = [q for q in questions if q.get("gold")]
    totals = {mode: Tally() for mode in MODES}
    by_doc: dict[str, dict[str, Tally]] = defaultdict(lambda: {m: Tally() for m in MODES})
    by_role: dict[str, dict[str, Tally]] = defaultdict(lambda: {m: Tally() for m in MODES})
    misses: list[str] = []
    latencies: list[float] = []
    for q in answerable:
        for mode in MODES:
            started = time.perf_counter()
            hits = [h.to_dict() for h in searcher.search(q["question"], k=k, mode=mode)]
            if mode == "hybrid":
                latencies.append((time.perf_counter() - started) * 1000)
            rank = first_rank(hits, q["gold"])
            all_found = all(any(matches_gold(h, g) for h in hits[:5]) for g in q["gold"])
            for tally in (
                totals[mode],
                by_doc[q["gold"][0]["doc"]][mode],
                by_role[q.get("role", "?")][mode],
            ):
                tally.add(rank, all_found)
            if mode == "hybrid" and (rank is None or rank > 1):
                top = hits[0]["citation"] if hits else "（无）"
                misses.append(
                    f"{q['id']} 排名 {rank or '>' + str(k)}：{q['question']} → 首位 {top}"
                )
    return {
        "totals": totals,
        "by_doc": dict(by_doc),
        "by_role": dict(by_role),
        "misses": misses,
        "latency_ms": latencies,
        "count": len(answerable),
    }


def report(result: dict[str, Any]) -> str:
    lat = sorted(result["latency_ms"])
    p50 = statistics.median(lat) if lat else 0.0
    p95 = lat[int(0.95 * (len(lat) - 1))] if lat else 0.0
    lines = [
        "# 检索评测",
        "",
        f"有标准答案的问题：{result['count']}；混合检索热查询延迟 p50 {p50:.1f} ms，p95 {p95:.1f} ms。",
        "",
        "| 检索方式 | Recall@1 | Recall@5 | MRR | 全部标准位置@5 |",
        "|---|---|---|---|---|",
    ]
    for mode, tally in result["totals"].items():
        lines.append(
            f"| {mode} | {tally.recall(1):.3f} | {tally.recall(5):.3f} | {tally.mrr():.3f} | "
            f"{sum(tally.all_gold) / max(1, len(tally.all_gold)):.3f} |"
        )
    for title, groups in (("按文件", result["by_doc"]), ("按角色", result["by_role"])):
        lines += [
            "",
            f"## {title}",
            "",
            "| 分组 | 问题数 | " + " | ".join(f"{m} R@1 / R@5 / MRR" for m in MODES) + " |",
            "|---|---|" + "---|" * len(MODES),
        ]
        for name, tallies in sorted(groups.items()):
            cells = " | ".join(
                f"{t.recall(1):.2f} / {t.recall(5):.2f} / {t.mrr():.2f}" for t in tallies.values()
            )
            lines.append(f"| {name} | {len(tallies['hybrid'].ranks)} | {cells} |")
    lines += ["", "## 混合检索未排在首位的问题", ""] + (
        [f"- {m}" for m in result["misses"]] or ["- 无"]
    )
    return "\n".join(lines) + "\n"
