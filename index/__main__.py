"""python -m index build | search — build the hybrid index, query it.

Handlers take the parsed arguments and a `Tools` holding the searcher (built on first use, or
injected: tests call `main([...], searcher=...)` in-process). Exit codes: see `commandline`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from commandline import (
    EXIT_CODES,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USER,
    ChineseArgumentParser,
    UserError,
    dispatch,
    json_text,
    say,
)
from corpus import NotFoundError

HIT_KEYS = ("doc_title", "parent_title", "article", "text", "score")
JSONL_HELP = (
    '从标准输入逐行读 {"id","question"}，每行输出 {"id","line","hits"} 或 {"id","line","error"}；'
    "退出码：0 每行都已检索；2 有的行无效；1 有的行出现内部错误"
)


@dataclass
class Tools:
    injected: Any = None

    def searcher(self, progress: bool = False) -> Any:
        if self.injected is None:
            from index.search import Searcher

            self.injected = Searcher(progress=progress)
        return self.injected


def _hits(searcher, question: str, k: int, doc: str | None, mode: str) -> list[dict]:
    return [
        {key: h.to_dict()[key] for key in (*HIT_KEYS, "id", "citation")}
        for h in searcher.search(question, k=k, doc=doc, mode=mode)
    ]


def _question(value: object) -> str:
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        raise UserError(f"问题应为文字（JSON 字符串），收到 {kind}。")
    if not value.strip():
        raise UserError("问题是空的（只有空格）：请给出要检索的问题，例如“住院起付线是多少”。")
    return value.strip()


def build(args: argparse.Namespace, tools: Tools) -> int:
    started = time.perf_counter()
    searcher = tools.searcher(progress=True)
    if args.force:
        searcher.rebuild(progress=True)
    units, clauses = searcher.dense.manifest, searcher.clause_dense.manifest
    say(
        f"索引就绪：条文 {units['vectors']} 个向量、句 {clauses['vectors']} 个向量"
        f"（{units['index_type']} / {clauses['index_type']}，{units['dimensions']} 维），"
        f"模型 {units['model_id']}；构建耗时 {units['build_seconds']} + {clauses['build_seconds']} 秒，"
        f"本次 {time.perf_counter() - started:.1f} 秒。"
    )
    return EXIT_OK


def _search_lines(args: argparse.Namespace, tools: Tools) -> int:
    import logging

    from commandline.jsonl import read_json_lines, stdin_bytes

    logger = logging.getLogger(__name__)
    invalid = failed = 0
    for line in read_json_lines(stdin_bytes()):
        row = line.data if isinstance(line.data, dict) else {}
        out: dict[str, Any] = {"id": row.get("id"), "line": line.number}
        try:
            if line.error:
                raise UserError(line.error)
            if not isinstance(line.data, dict) or "question" not in line.data:
                raise UserError('每行应为 {"id", "question"} JSON 对象。')
            out["hits"] = _hits(
                tools.searcher(), _question(row["question"]), args.k, args.doc, args.mode
            )
        except (UserError, NotFoundError) as exc:
            invalid += 1
            out["error"] = exc.message if isinstance(exc, UserError) else str(exc)
        except Exception:
            logger.exception("index search line %d failed", line.number)
            failed += 1
            out["error"] = "内部错误：这一行没有检索完（已记入日志），其他行不受影响。"
        say(json_text(out))
    return EXIT_INTERNAL if failed else EXIT_USER if invalid else EXIT_OK


def search(args: argparse.Namespace, tools: Tools) -> int:
    if args.k < 1 or args.k > 100:
        raise UserError("--k 应在 1 到 100 之间。")
    if args.jsonl:
        return _search_lines(args, tools)
    if args.question is None:
        raise UserError("请给出问题，或使用 --jsonl 从标准输入读取。")
    question = _question(args.question)
    try:
        hits = _hits(tools.searcher(), question, args.k, args.doc, args.mode)
    except NotFoundError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        say(json_text({"question": question, "hits": hits}, indent=2))
    else:
        for rank, hit in enumerate(hits, 1):
            say(f"{rank}. [{hit['score']:.3f}] {hit['citation']}\n   {hit['text'][:120]}")
    return EXIT_OK


def build_parser(tools: Tools | None = None) -> argparse.ArgumentParser:
    tools = tools or Tools()

    def bind(handler):
        return lambda args: handler(args, tools)

    parser = ChineseArgumentParser(
        prog="python -m index", description="混合检索索引", epilog=EXIT_CODES
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")
    p_build = sub.add_parser("build", help="构建（或校验后复用）索引", epilog=EXIT_CODES)
    p_build.add_argument("--force", action="store_true", help="即使索引有效也重建")
    p_build.set_defaults(func=bind(build))
    p_search = sub.add_parser("search", help="检索", epilog=EXIT_CODES)
    p_search.add_argument("question", nargs="?", help="问题；与 --jsonl 二选一")
    p_search.add_argument("--k", type=int, default=5, help="返回条数（1–100）")
    p_search.add_argument("--doc", help="只在此文件中检索（id 或标题片段）")
    p_search.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    p_search.add_argument("--json", action="store_true", help="输出 JSON")
    p_search.add_argument("--jsonl", action="store_true", help=JSONL_HELP)
    p_search.set_defaults(func=bind(search))
    return parser


def main(argv: Sequence[str] | None = None, searcher: Any = None) -> int:
    """`searcher` replaces the one built on first use (a stand-in, or a shared real one)."""
    return dispatch(build_parser(Tools(searcher)), argv)


if __name__ == "__main__":
    sys.exit(main())
