"""python -m evaluation.english_table [--split tune|heldout|all|tune2|heldout2|all2] [--report R.md] [--write]

Answers the English phrasing table (evaluation/english_table/*.jsonl) with the real Assistant,
scored by the phrasing table's runner and scoring (evaluation.phrasings), and prints the share of
rows right overall and per fact type. `--write` regenerates the table from gen.py first.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from evaluation.english_table import gen, gen2
from evaluation.phrasings.generate import write_all
from evaluation.phrasings.runner import Tally, load_rows, report, run, select, summary_table

HERE = Path(__file__).parent
FILES = {"questions": ("en", gen.build)}
# the second table, written afresh: its own folder and its own halves (tune2/heldout2)
SECOND = HERE / "second"
SECOND_FILES = {"questions": ("en2", gen2.build)}


def by_fact_type(outcomes) -> dict[str, Tally]:
    """Per fact type asked (amount, ratio, date, body, list, procedure, yes_no), then the rest."""
    table: dict[str, Tally] = {}
    for o in outcomes:
        kind = o.expect.get("fact_type") or (
            "calculation"
            if o.expect.get("calculator")
            else "out_of_scope"
            if o.expect.get("status") == "out_of_scope"
            else "enrolment"
        )
        table.setdefault(kind, Tally()).add(o)
        table.setdefault("全部", Tally()).add(o)
    return dict(sorted(table.items(), key=lambda kv: (kv[0] == "全部", kv[0])))


def in_english(outcomes) -> int:
    """How many answers open in English (an English visitor is answered in English, the
    Chinese rule quoted after it)."""
    return sum(
        1
        for o in outcomes
        if o.got_answer.strip()
        and not re.search(r"[\u4e00-\u9fff]", o.got_answer.strip().split("\n", 1)[0])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.english_table")
    parser.add_argument(
        "--split", choices=["tune", "heldout", "all", "tune2", "heldout2", "all2"], default="tune"
    )
    parser.add_argument("--report", type=Path, help="Markdown 报告（列出每条不符）")
    parser.add_argument("--write", action="store_true", help="先由 gen.py 重写表")
    args = parser.parse_args(argv)
    if args.write:
        write_all(HERE, FILES)
        write_all(SECOND, SECOND_FILES, gen2.SecondTable)
    if args.split.endswith("2"):
        rows = select(load_rows(SECOND), "all" if args.split == "all2" else args.split)
    else:
        rows = select(load_rows(HERE), args.split)
    from assistant.engine import Assistant
    from assistant.state import State

    started = time.perf_counter()
    assistant = Assistant()
    load_seconds = time.perf_counter() - started
    outcomes = run(rows, lambda text, state: assistant.ask(text, state).to_dict(), State)
    print(summary_table(by_fact_type(outcomes)))
    english = in_english(outcomes)
    print(f"\n英文作答（答复首行为英文）：{english}/{len(outcomes)}")
    print(f"{len(rows)} 行（{args.split}）；模型加载 {load_seconds:.1f} 秒。")
    if args.report:
        command = "python -m evaluation.english_table " + " ".join(
            argv if argv is not None else sys.argv[1:]
        )
        title = f"英文措辞表评测（{args.split}）"
        args.report.write_text(report(outcomes, title, command), encoding="utf-8")
        print(f"报告：{args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
