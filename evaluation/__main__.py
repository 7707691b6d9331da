"""python -m evaluation calculations --cases FILE [--report FILE]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corpus import load_corpus
from evaluation.datasets import read_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description="评测")
    sub = parser.add_subparsers(dest="command", required=True)
    p_calc = sub.add_parser("calculations", help="计算器：引擎与问题理解")
    p_calc.add_argument("--cases", type=Path, required=True)
    p_calc.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    args = parser.parse_args(argv)

    if args.command == "calculations":
        from evaluation.calculations import evaluate, report

        scores = evaluate(read_jsonl(args.cases), load_corpus())
        text = report(scores)
        if args.report:
            args.report.write_text(text, encoding="utf-8")
        print(text)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
