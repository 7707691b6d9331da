"""python -m evaluation calculations|retrieval|answers|quiz|soak — benchmarks and reports.

Handlers take the parsed arguments and a `Tools` (the assistant, built on first use or
injected by tests through `main([...], assistant=...)`). Exit codes: see `commandline`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.lazy import Tools
from commandline import (
    EXIT_CODES,
    EXIT_OK,
    EXIT_USER,
    ChineseArgumentParser,
    UserError,
    dispatch,
    say,
    warn,
)
from evaluation.datasets import DatasetError, read_jsonl


def _rows(path: Path) -> list[dict[str, Any]]:
    try:
        return read_jsonl(path)
    except DatasetError as exc:
        raise UserError(str(exc)) from None


def _write(text: str, report: Path | None) -> None:
    if report:
        try:
            report.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"无法写入报告 {report}：{exc.strerror or exc}") from None
    say(text)


def quiz(args: argparse.Namespace, tools: Tools) -> int:
    """One bank checked against the rules, or (no bank) the benchmark over many seeds."""
    from assistant.quiz import check_bank, load_bank
    from assistant.quiz.checker import stem_overlap

    if args.bank is None:
        from evaluation.quiz import evaluate as evaluate_quiz
        from evaluation.quiz import report as quiz_report

        if args.banks < 1 or args.size < 1:
            raise UserError("--banks 和 --size 至少为 1。")
        _write(quiz_report(evaluate_quiz(tools.corpus(), args.banks, args.size)), args.report)
        return EXIT_OK
    try:
        bank = load_bank(args.bank)
        other = load_bank(args.against) if args.against else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"无法读取题库：{exc}") from None
    rows = [i.to_dict() for i in bank.items]
    problems = check_bank(rows, tools.corpus(), bank.documents)
    say(f"题库 {args.bank}：{len(bank.items)} 道题，违反规则 {len(problems)} 处。")
    if other is not None:
        share = stem_overlap(rows, [i.to_dict() for i in other.items])
        say(f"与 {args.against} 的题干重合：{share:.0%}（上限 33%）。")
        if share > 1 / 3:
            problems.append(f"两份题库题干重合 {share:.0%}，超过三分之一")
    for problem in problems:
        say(f"- {problem}")
    return EXIT_USER if problems else EXIT_OK


def answers_report(args: argparse.Namespace, tools: Tools) -> int:
    from evaluation import answers

    if not (args.questions or args.calculations or args.dialogues):
        raise UserError("至少给出 --questions、--calculations 或 --dialogues 之一。")
    questions = _rows(args.questions) if args.questions else None
    calculations = _rows(args.calculations) if args.calculations else None
    dialogues = _rows(args.dialogues) if args.dialogues else None
    started = time.perf_counter()
    assistant = tools.assistant()
    load_seconds = time.perf_counter() - started
    results = answers.Results()
    if questions is not None:
        answers.evaluate_questions(questions, assistant, results)
    if calculations is not None:
        answers.evaluate_calculations(calculations, assistant, results)
    if dialogues is not None:
        answers.evaluate_dialogues(dialogues, assistant, results)
    text = answers.report(results) + f"\n模型与索引加载：{load_seconds:.1f} 秒（不计入延迟）。\n"
    _write(text, args.report)
    return EXIT_OK


def retrieval(args: argparse.Namespace, tools: Tools) -> int:
    from evaluation import retrieval as retrieval_eval

    for path in args.questions:
        _rows(path)  # a missing or malformed file is a user error before any model loads
    _write(retrieval_eval.run(args.questions, with_peer=not args.no_peer), args.report)
    return EXIT_OK


def scale(args: argparse.Namespace, tools: Tools) -> int:
    from evaluation import scale as scale_eval

    try:
        factors = [int(f) for f in args.factors.split(",")]
    except ValueError:
        raise UserError("--factors 应为逗号分隔的正整数，例如 1,10,100。") from None
    if not factors or min(factors) < 1:
        raise UserError("--factors 应为逗号分隔的正整数，例如 1,10,100。")
    _write(scale_eval.run(factors), args.report)
    return EXIT_OK


def calculations(args: argparse.Namespace, tools: Tools) -> int:
    from evaluation.calculations import evaluate, report

    _write(report(evaluate(_rows(args.cases), tools.corpus())), args.report)
    return EXIT_OK


def soak(args: argparse.Namespace, tools: Tools) -> int:
    from evaluation import soak as soak_test

    if args.requests < 0 or args.turns < 0 or args.window < 1:
        raise UserError("--requests、--turns 不能为负数，--window 至少为 1。")
    started = time.perf_counter()
    assistant = tools.assistant()
    load_seconds = time.perf_counter() - started
    loaded_rss = soak_test.rss_mb()
    phases = soak_test.soak(
        assistant,
        requests=args.requests,
        turns=args.turns,
        window=args.window,
        turn_window=max(1, args.window // 5),
        max_seconds=args.max_seconds,
        seed=args.seed,
        progress=warn if args.progress else None,
    )
    text = soak_test.report(phases, load_seconds, loaded_rss)
    _write(text, args.report)
    return EXIT_OK


def build_parser(tools: Tools | None = None) -> argparse.ArgumentParser:
    tools = tools or Tools()

    def bind(handler):
        return lambda args: handler(args, tools)

    parser = ChineseArgumentParser(
        prog="python -m evaluation", description="评测", epilog=EXIT_CODES
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")
    p_calc = sub.add_parser("calculations", help="计算器：引擎与问题理解", epilog=EXIT_CODES)
    p_calc.add_argument("--cases", type=Path, required=True)
    p_calc.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_calc.set_defaults(func=bind(calculations))
    p_ret = sub.add_parser("retrieval", help="检索：Recall@1/5、MRR", epilog=EXIT_CODES)
    p_ret.add_argument("--questions", type=Path, action="append", required=True, help="可重复")
    p_ret.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_ret.add_argument("--no-peer", action="store_true", help="不跑 Langchain-Chatchat 式对照组")
    p_ret.set_defaults(func=bind(retrieval))
    p_scale = sub.add_parser(
        "scale", help="语料放大 1×/10×/100× 时的建索引与查询", epilog=EXIT_CODES
    )
    p_scale.add_argument("--factors", default="1,10,100", help="放大倍数，逗号分隔")
    p_scale.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_scale.set_defaults(func=bind(scale))
    p_ans = sub.add_parser(
        "answers", help="问答：引用、要点、拒答、计算、多轮对话", epilog=EXIT_CODES
    )
    p_ans.add_argument("--questions", type=Path)
    p_ans.add_argument("--calculations", type=Path)
    p_ans.add_argument("--dialogues", type=Path)
    p_ans.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_ans.set_defaults(func=bind(answers_report))
    p_quiz = sub.add_parser(
        "quiz",
        help="检查题库是否符合出题规则；不给题库时评测多个种子",
        epilog="退出码：0 没有违反规则；2 题库违反规则或无法读取；1 内部错误。",
    )
    p_quiz.add_argument("bank", type=Path, nargs="?", help="assistant quiz 生成的 .json 题库")
    p_quiz.add_argument("--against", type=Path, help="另一种子的 .json 题库：报告题干重合比例")
    p_quiz.add_argument("--banks", type=int, default=50, help="评测时生成的题库个数")
    p_quiz.add_argument("--size", type=int, default=50, help="评测时每个题库的题数")
    p_quiz.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_quiz.set_defaults(func=bind(quiz))
    p_soak = sub.add_parser(
        "soak", help="浸泡测试：大量请求与长会话下的内存与延迟", epilog=EXIT_CODES
    )
    p_soak.add_argument("--requests", type=int, default=10_000, help="独立请求数")
    p_soak.add_argument("--turns", type=int, default=1_000, help="同一会话的轮数")
    p_soak.add_argument("--window", type=int, default=250, help="每多少个请求采样一次")
    p_soak.add_argument("--max-seconds", type=float, help="每个阶段的时间上限（秒）")
    p_soak.add_argument("--seed", type=int, default=0, help="问题的随机种子")
    p_soak.add_argument("--progress", action="store_true", help="在标准错误输出进度")
    p_soak.add_argument("--report", type=Path, help="Markdown 报告写到此文件")
    p_soak.set_defaults(func=bind(soak))
    return parser


def main(argv: Sequence[str] | None = None, assistant: Any = None) -> int:
    """`assistant` replaces the one built on first use (a stand-in, or a shared real one)."""
    return dispatch(build_parser(Tools(assistant)), argv)


if __name__ == "__main__":
    sys.exit(main())
