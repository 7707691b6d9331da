"""python -m assistant ask|batch|calc|chat|quiz|practice — the assistant from the command line.

Every handler takes the parsed arguments and a `Tools` holding the assistant, made on first
use or injected: tests call `main([...], assistant=...)` in-process with a stand-in or one
shared real assistant instead of starting processes that reload the model.
Exit codes: see `commandline` (0 success, 2 user error, 1 internal error).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.calculators import CALCULATORS
from assistant.lazy import Tools
from commandline import (
    EXIT_CODES,
    EXIT_OK,
    EXIT_USER,
    ChineseArgumentParser,
    UserError,
    dispatch,
    json_text,
    say,
    warn,
)
from serving.cli import add_serve_parser

BATCH_HELP = """\
每行一个 JSON 对象：{"id": "1", "question": "住院起付线是多少？", "session": "a"}。
session 相同的各行是同一次对话（按顺序）。每行输出一行 JSON：{"id", "line", "status",
"answer", "citations", "calculation", "follow_up", "error"[, "session"]}；无法读取的行
（不是 JSON、不是 UTF-8、question 不是文字……）输出 status 为 error 的一行，其余各行照常回答。
退出码：0 每一行都已回答；2 有的行是无效输入或被拒答；1 有的行出现内部错误（已记入日志）。"""


def _citation_line(n: int, cite: dict[str, Any]) -> str:
    return f"[{n}] {cite.get('citation') or cite.get('doc_title', '') + cite.get('article', '')}"


# --- handlers ---------------------------------------------------------------------


def ask(args: argparse.Namespace, tools: Tools) -> int:
    from assistant import guard
    from assistant.response import Response

    refused = guard.check(args.question).error  # answered at once, before the model loads
    if refused and tools.injected is None:
        response = Response("error", answer=refused, error=refused).to_dict()
    else:
        response = tools.assistant().ask(args.question).to_dict()
    if args.json:
        say(json_text(response, indent=2))
    elif response["status"] == "error":
        warn(response["answer"])  # a user error: the message goes where errors go
    else:
        say(response["answer"])
        for n, cite in enumerate(response["citations"], 1):
            say(_citation_line(n, cite))
    return EXIT_USER if response["status"] == "error" else EXIT_OK


def batch(args: argparse.Namespace, tools: Tools) -> int:
    from assistant.batch import BatchRun
    from commandline.jsonl import read_json_lines, stdin_bytes

    return BatchRun(tools.assistant(), say).run(read_json_lines(stdin_bytes()))


def calc(args: argparse.Namespace, tools: Tools) -> int:
    from assistant.calc_request import CalcRequestError, parse_calc_request
    from assistant.calculators.service import calculate

    try:
        request = parse_calc_request(args.name, args.inputs)
    except CalcRequestError as exc:
        say(json_text(exc.to_dict(), indent=2))
        return EXIT_USER
    data = calculate(request.calculator, request.inputs, tools.corpus())
    say(json_text(data, indent=2))
    return EXIT_USER if data["status"] == "error" else EXIT_OK


def _read_line(prompt: str) -> str | None:
    """One typed line, None at the end of input. On a pipe, bytes are decoded line by line,
    so one line that is not UTF-8 is reported and skipped instead of ending the session."""
    if sys.stdin.isatty():
        try:
            return input(prompt)
        except EOFError:
            return None
    from commandline.jsonl import stdin_bytes

    print(prompt, end="", flush=True)
    while True:
        raw = stdin_bytes().readline()
        if not raw:
            return None
        try:
            return raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            warn("这一行不是有效的 UTF-8 文本，已跳过。")


def chat(args: argparse.Namespace, tools: Tools) -> int:
    """A terminal conversation on the bundled gazette, for a first look without the web app."""
    from assistant.engine import HELP
    from assistant.state import State

    warn("正在加载文件库、模型和索引……")
    assistant, state = tools.assistant(), State()
    say(HELP + "\n（输入“清空”重新开始一段对话，输入“退出”结束）")
    while True:
        line = _read_line("\n问：")
        if line is None:
            return EXIT_OK
        if line.strip() in ("退出", "exit", "quit"):
            return EXIT_OK
        if line.strip() in CLEAR_WORDS:
            state.clear()  # as the page's clear buttons: the next question starts afresh
            say("答：对话已清空，之前说过的人、档次和费用都不再沿用。")
            continue
        response = assistant.ask(line, state).to_dict()
        say("答：" + response["answer"])
        for n, cite in enumerate(response["citations"], 1):
            say("  " + _citation_line(n, cite))


CLEAR_WORDS = ("清空", "清除", "重新开始", "新对话", "clear", "reset")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


def quiz(args: argparse.Namespace, tools: Tools) -> int:
    import time

    from assistant.quiz import QuizError, export, generate, papers
    from assistant.quiz.exporters import ExportError

    started = time.perf_counter()
    request = {
        "types": _split(args.types),
        "documents": _split(args.docs),
        "chapters": _split(args.chapters),
    }
    try:
        if args.ab:
            banks = list(papers(tools.corpus(), args.n, seed=args.seed, **request))
        else:
            banks = [generate(tools.corpus(), args.n, seed=args.seed, **request)]
    except QuizError as exc:
        raise UserError(str(exc)) from None
    written: list[Path] = []
    for bank in banks:
        for out in args.out:
            # "试卷.docx" → "试卷-A卷.docx" and "试卷-B卷.docx" for a pair
            path = Path(out)
            if bank.paper:
                path = path.with_name(f"{path.stem}-{bank.paper}{path.suffix}")
            try:
                written += export(bank, path)
            except ExportError as exc:
                raise UserError(str(exc)) from None
            except OSError as exc:
                raise UserError(
                    f"无法写入 {out}：{exc.strerror or exc}。请换一个可写的路径。"
                ) from None
    for notice in dict.fromkeys(n for bank in banks for n in bank.notices):
        warn(f"注意：{notice}")
    for bank in banks:
        counts = "，".join(
            f"{t} {sum(1 for i in bank.items if i.type == t)}" for t in _split(args.types)
        )
        paper = f"{bank.paper}：" if bank.paper else ""
        say(f"{paper}已生成 {len(bank.items)} 道题（{counts}）。")
    say(f"用时 {time.perf_counter() - started:.2f} 秒。")
    for path in written:
        say(f"已写入 {path}")
    if not args.out:
        for bank in banks:
            if bank.paper:
                say(f"—— {bank.paper} ——")
            for n, item in enumerate(bank.items, 1):
                say(f"{n}. [{item.type}] {item.stem} 答案：{item.answer}")
    return EXIT_OK


def practice(args: argparse.Namespace, tools: Tools) -> int:
    from assistant.quiz import Practice, load_bank

    try:
        bank = load_bank(args.bank)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"无法读取题库 {args.bank}：{exc}") from None

    def ask(prompt: str) -> str:
        given = _read_line(prompt)
        if given is None:
            raise EOFError
        return given

    Practice(bank.items).run(ask=ask, say=say)  # an empty or unreadable answer is asked again
    return EXIT_OK


# --- the parser ----------------------------------------------------------------------


def build_parser(tools: Tools | None = None) -> argparse.ArgumentParser:
    tools = tools or Tools()

    def bind(handler):
        return lambda args: handler(args, tools)

    parser = ChineseArgumentParser(
        prog="python -m assistant", description="阿里地区政策问答助手", epilog=EXIT_CODES
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")

    p_ask = sub.add_parser("ask", help="回答一个问题", epilog=EXIT_CODES)
    p_ask.add_argument("question", help="问题（中文）；以 - 开头的问题写在 -- 之后")
    p_ask.add_argument("--json", action="store_true", help="输出 JSON 对象")
    p_ask.set_defaults(func=bind(ask))

    p_batch = sub.add_parser(
        "batch",
        help="从标准输入逐行回答 JSON 问题",
        description=BATCH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p_batch.set_defaults(func=bind(batch))

    p_calc = sub.add_parser("calc", help="运行计算器", epilog=EXIT_CODES)
    p_calc.add_argument("name", help="计算器：" + "、".join(CALCULATORS))
    p_calc.add_argument("--json", dest="inputs", default="{}", help="输入，JSON 对象")
    p_calc.set_defaults(func=bind(calc))

    p_chat = sub.add_parser("chat", help="在终端里对话（输入“清空”重新开始，“退出”结束）")
    p_chat.set_defaults(func=bind(chat))

    p_quiz = sub.add_parser("quiz", help="生成文物安全培训题库", epilog=EXIT_CODES)
    p_quiz.add_argument("--n", type=int, default=20, help="题目数量")
    p_quiz.add_argument("--types", default="单选,多选,判断,填空", help="题型，逗号分隔")
    p_quiz.add_argument(
        "--docs", default="", help="文件（id 或标题片段，逗号分隔），默认三个文物文件"
    )
    p_quiz.add_argument("--chapters", default="", help="只出这些章节的题，如 第七章（逗号分隔）")
    p_quiz.add_argument("--seed", type=int, default=0, help="随机种子：同一种子得到同一份题")
    p_quiz.add_argument(
        "--ab",
        action="store_true",
        help="同时出 A、B 两卷：题型、题量和分值相同，B 卷不重复 A 卷的题干（文件名加 -A卷、-B卷）",
    )
    p_quiz.add_argument(
        "--out",
        action="append",
        default=[],
        help="输出文件（.xlsx .docx .json .gift .txt），可多次",
    )
    p_quiz.set_defaults(func=bind(quiz))

    p_practice = sub.add_parser("practice", help="用题库 JSON 自测", epilog=EXIT_CODES)
    p_practice.add_argument("bank", help="quiz --out 生成的 .json 题库")
    p_practice.set_defaults(func=bind(practice))
    add_serve_parser(sub)  # python -m assistant serve (serving/cli.py)
    return parser


def main(argv: Sequence[str] | None = None, assistant: Any = None) -> int:
    """`assistant` replaces the one built on first use (a stand-in, or a shared real one)."""
    return dispatch(build_parser(Tools(assistant)), argv)


if __name__ == "__main__":
    sys.exit(main())
