"""python -m assistant ask|batch|calc — the assistant from the command line.

ask "问题" [--json]         one answer (the JSON object of ../shared/eval/README.md with --json)
batch < in.jsonl           {"id","question"[,"session"]} per line; one conversation per session
calc NAME --json '{...}'   a calculator on explicit inputs
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from assistant.calculators import CALCULATORS
from assistant.calculators.service import calculate
from corpus import load_corpus
from serving.cli import add_serve_parser


def _print(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="阿里地区政策问答助手")
    sub = parser.add_subparsers(dest="command", required=True)
    p_calc = sub.add_parser("calc", help="运行计算器")
    p_calc.add_argument("name", help="计算器：" + "、".join(CALCULATORS))
    p_calc.add_argument("--json", dest="inputs", default="{}", help="输入，JSON 对象")
    p_ask = sub.add_parser("ask", help="回答一个问题")
    p_ask.add_argument("question")
    p_ask.add_argument("--json", action="store_true", help="输出 JSON 对象")
    sub.add_parser("batch", help="从标准输入逐行回答 JSON 问题")
    sub.add_parser("chat", help="在终端里对话（输入“退出”结束）")
    p_quiz = sub.add_parser("quiz", help="生成文物安全培训题库")
    p_quiz.add_argument("--n", type=int, default=20, help="题目数量")
    p_quiz.add_argument("--types", default="单选,多选,判断,填空", help="题型，逗号分隔")
    p_quiz.add_argument(
        "--docs", default="", help="文件（id 或标题片段，逗号分隔），默认三个文物文件"
    )
    p_quiz.add_argument("--chapters", default="", help="只出这些章节的题，如 第七章（逗号分隔）")
    p_quiz.add_argument("--seed", type=int, default=0, help="随机种子：同一种子得到同一份题")
    p_quiz.add_argument(
        "--out",
        action="append",
        default=[],
        help="输出文件（.xlsx .docx .json .gift .txt），可多次",
    )
    p_practice = sub.add_parser("practice", help="用题库 JSON 自测")
    p_practice.add_argument("bank", help="quiz --out 生成的 .json 题库")
    add_serve_parser(sub)  # python -m assistant serve (serving/cli.py)
    args = parser.parse_args(argv)
    if args.command == "serve":
        return args.func(args)

    if args.command == "ask":
        from assistant.engine import Assistant

        response = Assistant().ask(args.question).to_dict()
        if args.json:
            _print(response)
        else:
            print(response["answer"])
            for n, cite in enumerate(response["citations"], 1):
                print(f"[{n}] {cite.get('citation') or cite['doc_title'] + cite['article']}")
        return 0 if response["status"] != "error" else 1
    if args.command == "batch":
        return _batch()
    if args.command == "chat":
        return _chat()
    if args.command == "quiz":
        return _quiz(args)
    if args.command == "practice":
        return _practice(args.bank)

    if args.command == "calc":
        if args.name not in CALCULATORS:
            _print(
                {
                    "status": "error",
                    "error": f"没有名为“{args.name}”的计算器，可用：{'、'.join(CALCULATORS)}。",
                }
            )
            return 2
        try:
            inputs = json.loads(args.inputs, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            _print(
                {
                    "status": "error",
                    "error": f"输入不是有效的 JSON：{exc.msg}（第 {exc.pos} 个字符）。",
                }
            )
            return 2
        if not isinstance(inputs, dict):
            _print({"status": "error", "error": '输入应为 JSON 对象，例如 {"tier": 250}。'})
            return 2
        inputs = {k: (str(v) if isinstance(v, Decimal) else v) for k, v in inputs.items()}
        data = calculate(args.name, inputs, load_corpus())
        _print(data)
        return 0 if data["status"] != "error" else 2
    return 2


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


def _quiz(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from assistant.quiz import QuizError, export, generate
    from assistant.quiz.exporters import ExportError

    started = time.perf_counter()
    try:
        bank = generate(
            load_corpus(),
            args.n,
            _split(args.types),
            _split(args.docs),
            _split(args.chapters),
            args.seed,
        )
        written = [f for out in args.out for f in export(bank, Path(out))]
    except (QuizError, ExportError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    for notice in bank.notices:
        print(f"注意：{notice}", file=sys.stderr)
    counts = "，".join(
        f"{t} {sum(1 for i in bank.items if i.type == t)}" for t in _split(args.types)
    )
    print(
        f"已生成 {len(bank.items)} 道题（{counts}），用时 {time.perf_counter() - started:.2f} 秒。"
    )
    for path in written:
        print(f"已写入 {path}")
    if not args.out:
        for n, item in enumerate(bank.items, 1):
            print(f"{n}. [{item.type}] {item.stem} 答案：{item.answer}")
    return 0


def _practice(path: str) -> int:
    from assistant.quiz import Practice, load_bank

    try:
        bank = load_bank(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"错误：无法读取题库 {path}：{exc}", file=sys.stderr)
        return 2
    session = Practice(bank.items)
    for n in range(1, len(bank.items) + 1):
        print("\n" + session.question(n))
        try:
            given = input("你的答案：")
        except EOFError:
            break
        print(session.answer(n, given).message)
    print("\n" + session.summary())
    return 0


def _chat() -> int:
    """A terminal conversation on the bundled gazette, for a first look without the web app."""
    from assistant.engine import HELP, Assistant, State

    print("正在加载文件库、模型和索引……", file=sys.stderr, flush=True)
    assistant, state = Assistant(), State()
    print(HELP + "\n（输入“退出”结束）")
    while True:
        try:
            line = input("\n问：")
        except EOFError:
            return 0
        if line.strip() in ("退出", "exit", "quit"):
            return 0
        response = assistant.ask(line, state).to_dict()
        print("答：" + response["answer"])
        for n, cite in enumerate(response["citations"], 1):
            print(f"  [{n}] {cite.get('citation') or cite['doc_title'] + cite['article']}")


def _batch() -> int:
    """Models load once; lines sharing a "session" value form one conversation, in order."""
    from assistant.engine import Assistant, State

    assistant = Assistant()
    sessions: dict[str, State] = {}
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            question = row["question"]
        except (json.JSONDecodeError, KeyError, TypeError):
            print(
                json.dumps(
                    {
                        "line": number,
                        "status": "error",
                        "error": '每行应为 {"id", "question"} JSON 对象',
                    },
                    ensure_ascii=False,
                ),
                flush=True,
            )
            continue
        session = row.get("session")
        state = sessions.setdefault(str(session), State()) if session is not None else State()
        out = {"id": row.get("id"), **assistant.ask(question, state).to_dict()}
        if session is not None:
            out["session"] = session
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
