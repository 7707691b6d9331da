"""Recall@1, Recall@5 and MRR of the retrievers against gold places, per question set, document
and role; which clause of the gold unit is chosen; and the Chatchat-style peer as a row.

A question counts as found at rank r when the r-th hit matches any of its gold places
(README: Benchmarks). A peer chunk is one hit; it matches when any unit it overlaps does.
"All gold@5" also reports multi-place questions whose every gold place is in the top 5.
Sets: each file, split by a row's "split" field where it has one (tune / held-out).
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.datasets import matches_gold, read_jsonl
from index.fusion import UNIT_ONLY, Weights

# A hit as the hit test sees it: the citations it stands for (one for a unit, several for a chunk).
HitView = list[dict[str, Any]]


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

    def cells(self) -> str:
        return f"{self.recall(1):.3f} | {self.recall(5):.3f} | {self.mrr():.3f}"


@dataclass(frozen=True)
class Retriever:
    name: str
    run: Callable[[str, int], list[HitView]]


def _unit_hits(hits) -> list[HitView]:
    return [[h.to_dict()] for h in hits]


def retrievers(searcher, peer=None) -> list[Retriever]:
    """The shipped ranking, its ablations, the single retrievers and the peer set-up."""
    w = searcher.weights
    variants = [
        ("hybrid（发布版：条 + 句）", None, "hybrid"),
        (
            "hybrid 去掉句级向量",
            Weights(w.unit_dense, 0.0, w.unit_lexical, w.clause_lexical, w.fact),
            "hybrid",
        ),
        (
            "hybrid 去掉句级 BM25",
            Weights(w.unit_dense, w.clause_dense, w.unit_lexical, 0.0, w.fact),
            "hybrid",
        ),
        (
            "hybrid 去掉所问值类型",
            Weights(w.unit_dense, w.clause_dense, w.unit_lexical, w.clause_lexical, 0.0),
            "hybrid",
        ),
        ("hybrid 仅条级（改前）", UNIT_ONLY, "hybrid"),
        ("dense（条 + 句）", None, "dense"),
        ("bm25（条 + 句）", None, "bm25"),
    ]
    out = [
        Retriever(
            name,
            lambda q, k, weights=weights, mode=mode: _unit_hits(
                searcher.search(q, k=k, mode=mode, weights=weights)
            ),
        )
        for name, weights, mode in variants
    ]
    out.insert(
        4,
        Retriever(
            "hybrid 去掉文件对象先验",
            lambda q, k: _unit_hits(_without_audience(searcher, q, k)),
        ),
    )
    if peer is not None:
        out.append(
            Retriever(
                "Langchain-Chatchat 式（250 字块，FAISS + BM25 各 0.5）",
                lambda q, k: [[_chunk_view(c, u) for u in c.units] for c in peer.search(q, k)],
            )
        )
    return out


def _without_audience(searcher, query: str, k: int):
    """The shipped ranking with the audience penalty (index/data/audiences.tsv) off."""
    kept = searcher.AUDIENCE_PENALTY
    searcher.AUDIENCE_PENALTY = 0.0
    try:
        return searcher.search(query, k=k)
    finally:
        searcher.AUDIENCE_PENALTY = kept


def _chunk_view(chunk, unit) -> dict[str, Any]:
    return {
        "doc_title": chunk.doc.title,
        "parent_title": chunk.doc.parent_title,
        "article": unit.label,
        # a quote gold matches the chunk's own text, as it would for a chunk-level citation
        "text": chunk.text,
        "citation": unit.citation,
    }


def first_rank(hits: list[HitView], gold: list[dict[str, str]]) -> int | None:
    for rank, views in enumerate(hits, 1):
        if any(matches_gold(v, g) for v in views for g in gold):
            return rank
    return None


@dataclass
class SetResult:
    name: str
    count: int = 0
    totals: dict[str, Tally] = field(default_factory=dict)
    by_doc: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(dict))
    by_role: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(dict))
    misses: list[str] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)
    clause_choice: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))


# (label, share of meaning, counts the kind of value asked)
CLAUSE_CHOICES = (
    ("融合（发布版）", None, True),
    ("融合，不计所问值类型", None, False),
    ("仅句向量", 1.0, False),
    ("仅 BM25", 0.0, False),
)


def evaluate(
    name: str, questions: list[dict[str, Any]], searcher, runs: list[Retriever], k: int = 10
) -> SetResult:
    result = SetResult(name)
    answerable = [q for q in questions if q.get("gold")]
    result.count = len(answerable)
    for q in answerable:
        for number, retriever in enumerate(runs):
            started = time.perf_counter()
            hits = retriever.run(q["question"], k)
            if number == 0:
                result.latency_ms.append((time.perf_counter() - started) * 1000)
            rank = first_rank(hits, q["gold"])
            all_found = all(
                any(matches_gold(v, g) for views in hits[:5] for v in views) for g in q["gold"]
            )
            for groups, key in (
                (result.by_doc, q["gold"][0]["doc"]),
                (result.by_role, q.get("role", "?")),
            ):
                groups[key].setdefault(retriever.name, Tally()).add(rank, all_found)
            result.totals.setdefault(retriever.name, Tally()).add(rank, all_found)
            if number == 0 and (rank is None or rank > 1):
                top = hits[0][0]["citation"] if hits else "（无）"
                result.misses.append(
                    f"{q['id']} 排名 {rank or '>' + str(k)}：{q['question']} → 首位 {top}"
                )
        if q.get("clause"):
            units = _gold_units(searcher, q["gold"])
            for label, share, by_fact in CLAUSE_CHOICES:
                best = searcher.rank_clauses(
                    q["question"], units, k=1, dense_share=share, fact=None if by_fact else ""
                )
                result.clause_choice[label].append(bool(best) and q["clause"] in best[0].text)
    return result


def _gold_units(searcher, gold: list[dict[str, str]]):
    units = []
    for unit in searcher.units:
        doc = searcher.docs[unit.doc_id]
        view = {
            "doc_title": doc.title,
            "parent_title": doc.parent_title,
            "article": unit.label,
            "text": unit.text,
        }
        if any(matches_gold(view, g) for g in gold):
            units.append(unit)
    return units


def report(results: list[SetResult], peer_note: str = "") -> str:
    lines = ["# 检索评测", ""]
    for result in results:
        lat = sorted(result.latency_ms)
        p50 = statistics.median(lat) if lat else 0.0
        p95 = lat[int(0.95 * (len(lat) - 1))] if lat else 0.0
        lines += [
            f"## {result.name}",
            "",
            f"有标准答案的问题：{result.count}；发布版混合检索热查询延迟 p50 {p50:.1f} ms，p95 {p95:.1f} ms。",
            "",
            "| 检索方式 | Recall@1 | Recall@5 | MRR | 全部标准位置@5 |",
            "|---|---|---|---|---|",
        ]
        for name, tally in result.totals.items():
            lines.append(
                f"| {name} | {tally.cells()} | "
                f"{sum(tally.all_gold) / max(1, len(tally.all_gold)):.3f} |"
            )
        if result.clause_choice:
            lines += [
                "",
                "在标准条文内选句（首选句含标准句的比例）：",
                "",
                "| 选句方式 | 命中 |",
                "|---|---|",
            ]
            for label, hits in result.clause_choice.items():
                lines.append(f"| {label} | {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.3f} |")
        shown = list(result.totals)[:1] + [n for n in result.totals if "Chatchat" in n]
        for title, groups in (("按文件", result.by_doc), ("按角色", result.by_role)):
            lines += [
                "",
                f"### {title}",
                "",
                "| 分组 | 问题数 | " + " | ".join(f"{n} R@1 / R@5 / MRR" for n in shown) + " |",
                "|---|---|" + "---|" * len(shown),
            ]
            for key, tallies in sorted(groups.items()):
                cells = " | ".join(
                    f"{t.recall(1):.2f} / {t.recall(5):.2f} / {t.mrr():.2f}"
                    for t in (tallies[n] for n in shown)
                )
                lines.append(f"| {key} | {len(tallies[shown[0]].ranks)} | {cells} |")
        lines += ["", "### 发布版未排在首位的问题", ""] + (
            [f"- {m}" for m in result.misses] or ["- 无"]
        )
        lines.append("")
    if peer_note:
        lines += [peer_note, ""]
    return "\n".join(lines)


def question_sets(paths: list[Path]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each file as one set, or as its splits when its rows name one."""
    sets = []
    for path in paths:
        rows = read_jsonl(path)
        splits = sorted({r["split"] for r in rows if r.get("split")}, reverse=True)
        if splits:
            sets += [
                (f"{path.name}（{s}）", [r for r in rows if r.get("split") == s]) for s in splits
            ]
        else:
            sets.append((path.name, rows))
    return sets


def run(paths: list[Path], with_peer: bool = True, progress: bool = True) -> str:
    """What `python -m evaluation retrieval` prints."""
    from index.search import Searcher, index_dir

    searcher = Searcher(progress=progress)
    peer = None
    if with_peer:
        from index.baseline import ChunkSearcher

        directory = index_dir(searcher.embedder.model_id) / "peer-chunks"
        peer = ChunkSearcher(searcher.corpus, searcher.embedder, directory)
    runs = retrievers(searcher, peer)
    results = [evaluate(name, rows, searcher, runs) for name, rows in question_sets(paths)]
    note = (
        "同一模型、同一命中判定；对照组的一个块算一个命中，块覆盖的任一条文符合标准位置即算命中。"
        if peer
        else ""
    )
    return report(results, note)
