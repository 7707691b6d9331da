"""How often the assistant declines a question the documents answer: every row of a retrieval
table (all in scope, each with gold places) through `Assistant.ask`, counting status
`out_of_scope` (a wrong decline), and how many answers cite a gold place.

    python -m evaluation.declines --questions evaluation/data/colloquial-retrieval.jsonl \
        [--split tune] [--report R]

Counts are given for every split; the rows themselves (declined, or answered without a gold
citation) are listed for the chosen split only, so a held-out half can be measured without
being read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.datasets import DatasetError, matches_gold, read_jsonl


@dataclass(frozen=True)
class Outcome:
    """One row's answer as this benchmark sees it."""

    row_id: str
    split: str
    question: str
    status: str
    cites_gold: bool
    first_citation: str


@dataclass
class SplitTally:
    rows: int = 0
    declined: int = 0
    cited: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.rows += 1
        self.declined += outcome.status == "out_of_scope"
        self.cited += outcome.cites_gold
        self.outcomes.append(outcome)


def answer_row(assistant, row: dict[str, Any]) -> Outcome:
    from assistant.state import State

    response = assistant.ask(row["question"], State()).to_dict()
    citations = response.get("citations") or []
    cited = any(matches_gold(c, g) for c in citations for g in row.get("gold") or [])
    first = (citations[0].get("citation") or citations[0].get("article") or "") if citations else ""
    return Outcome(
        row["id"], row.get("split") or "全部", row["question"], response["status"], cited, first
    )


def evaluate(rows: list[dict[str, Any]], assistant) -> dict[str, SplitTally]:
    tallies: dict[str, SplitTally] = {}
    for row in rows:
        if not row.get("gold"):
            continue  # only questions the documents answer can be wrongly declined
        outcome = answer_row(assistant, row)
        tallies.setdefault(outcome.split, SplitTally()).add(outcome)
    return tallies


def report(name: str, tallies: dict[str, SplitTally], shown: str) -> str:
    lines = [
        f"# 误拒评测：{name}",
        "",
        "| 划分 | 问题数 | 误拒（out_of_scope） | 引用命中标准位置 |",
        "|---|---|---|---|",
    ]
    for split, t in sorted(tallies.items(), key=lambda kv: kv[0] != "tune"):
        lines.append(
            f"| {split} | {t.rows} | {t.declined} ({t.declined / t.rows:.1%}) | "
            f"{t.cited} ({t.cited / t.rows:.1%}) |"
        )
    for split, t in tallies.items():
        if shown not in ("all", split):
            continue
        declined = [o for o in t.outcomes if o.status == "out_of_scope"]
        uncited = [o for o in t.outcomes if o.status != "out_of_scope" and not o.cites_gold]
        lines += ["", f"## {split}：误拒", ""]
        lines += [f"- {o.row_id} {o.question}" for o in declined] or ["- 无"]
        lines += ["", f"## {split}：作答但未引用标准位置", ""]
        lines += [
            f"- {o.row_id} {o.question} → {o.status} {o.first_citation or '（无引用）'}"
            for o in uncited
        ] or ["- 无"]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None, assistant=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.declines", description="误拒评测")
    parser.add_argument("--questions", type=Path, required=True, help="检索表（每行有 gold）")
    parser.add_argument(
        "--split", default="tune", help="列出哪一划分的逐行结果（tune/heldout/all）；计数总是全列"
    )
    parser.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    args = parser.parse_args(argv)
    try:
        rows = read_jsonl(args.questions)
    except DatasetError as exc:
        print(exc, file=sys.stderr)
        return 2
    if assistant is None:
        from assistant.engine import Assistant

        assistant = Assistant()
    text = report(args.questions.name, evaluate(rows, assistant), args.split)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
