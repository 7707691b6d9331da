"""python -m evaluation calculations --cases FILE [--report FILE]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corpus import load_corpus
from evaluation.datasets import read_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description="评测")
    sub = parser.add_subparsers(dest="command", required=True)
    p_calc = sub.add_parser("calculations", help="计算器：引擎与问题理解")
    p_calc.add_argument("--cases", type=Path, required=True)
    p_calc.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_ret = sub.add_parser("retrieval", help="检索：Recall@1/5、MRR")
    p_ret.add_argument("--questions", type=Path, action="append", required=True, help="可重复")
    p_ret.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_ret.add_argument("--no-peer", action="store_true", help="不跑 Langchain-Chatchat 式对照组")
    p_scale = sub.add_parser("scale", help="语料放大 1×/10×/100× 时的建索引与查询")
    p_scale.add_argument("--factors", default="1,10,100", help="放大倍数，逗号分隔")
    p_scale.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_ans = sub.add_parser("answers", help="问答：引用、要点、拒答、计算、多轮对话")
    p_ans.add_argument("--questions", type=Path)
    p_ans.add_argument("--calculations", type=Path)
    p_ans.add_argument("--dialogues", type=Path)
    p_ans.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_quiz = sub.add_parser("quiz", help="检查题库是否符合出题规则；不给题库时评测多个种子")
    p_quiz.add_argument("bank", type=Path, nargs="?", help="assistant quiz 生成的 .json 题库")
    p_quiz.add_argument("--against", type=Path, help="另一种子的 .json 题库：报告题干重合比例")
    p_quiz.add_argument("--banks", type=int, default=50, help="评测时生成的题库个数")
    p_quiz.add_argument("--size", type=int, default=50, help="评测时每个题库的题数")
    p_quiz.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    args = parser.parse_args(argv)

    if args.command == "quiz":
        from assistant.quiz import check_bank, load_bank
        from assistant.quiz.checker import stem_overlap

        if args.bank is None:
            from evaluation.quiz import evaluate as evaluate_quiz
            from evaluation.quiz import report as quiz_report

            text = quiz_report(evaluate_quiz(load_corpus(), args.banks, args.size))
            if args.report:
                args.report.write_text(text, encoding="utf-8")
            print(text)
            return 0
        bank = load_bank(args.bank)
        rows = [i.to_dict() for i in bank.items]
        problems = check_bank(rows, load_corpus(), bank.documents)
        if args.against:
            other = [i.to_dict() for i in load_bank(args.against).items]
            share = stem_overlap(rows, other)
            print(f"与 {args.against} 的题干重合：{share:.0%}（上限 33%）。")
            if share > 1 / 3:
                problems.append(f"两份题库题干重合 {share:.0%}，超过三分之一")
        print(f"题库 {args.bank}：{len(bank.items)} 道题，违反规则 {len(problems)} 处。")
        for problem in problems:
            print(f"- {problem}")
        return 1 if problems else 0

    if args.command == "answers":
        from assistant.engine import Assistant
        from evaluation import answers

        if not (args.questions or args.calculations or args.dialogues):
            parser.error("至少给出 --questions、--calculations 或 --dialogues 之一")
        started = time.perf_counter()
        assistant = Assistant()
        load_seconds = time.perf_counter() - started
        results = answers.Results()
        if args.questions:
            answers.evaluate_questions(read_jsonl(args.questions), assistant, results)
        if args.calculations:
            answers.evaluate_calculations(read_jsonl(args.calculations), assistant, results)
        if args.dialogues:
            answers.evaluate_dialogues(read_jsonl(args.dialogues), assistant, results)
        text = (
            answers.report(results) + f"\n模型与索引加载：{load_seconds:.1f} 秒（不计入延迟）。\n"
        )
        if args.report:
            args.report.write_text(text, encoding="utf-8")
        print(text)
        return 0

    if args.command in ("retrieval", "scale"):
        from evaluation import retrieval, scale

        if args.command == "retrieval":
            text = retrieval.run(args.questions, with_peer=not args.no_peer)
        else:
            text = scale.run([int(f) for f in args.factors.split(",")])
        if args.report:
            args.report.write_text(text, encoding="utf-8")
        print(text)
        return 0

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
