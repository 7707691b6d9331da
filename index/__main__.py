"""python -m index build | search — build the hybrid index, query it."""

from __future__ import annotations

import argparse
import json
import sys
import time

from corpus import NotFoundError

HIT_KEYS = ("doc_title", "parent_title", "article", "text", "score")


def _hits(searcher, question: str, k: int, doc: str | None, mode: str) -> list[dict]:
    return [
        {key: h.to_dict()[key] for key in (*HIT_KEYS, "id", "citation")}
        for h in searcher.search(question, k=k, doc=doc, mode=mode)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index", description="混合检索索引")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="构建（或校验后复用）索引")
    p_build.add_argument("--force", action="store_true", help="即使索引有效也重建")
    p_search = sub.add_parser("search", help="检索")
    p_search.add_argument("question", nargs="?", help="问题；与 --jsonl 二选一")
    p_search.add_argument("--k", type=int, default=5)
    p_search.add_argument("--doc", help="只在此文件中检索（id 或标题片段）")
    p_search.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    p_search.add_argument("--json", action="store_true", help="输出 JSON")
    p_search.add_argument("--jsonl", action="store_true", help='从标准输入逐行读 {"id","question"}')
    args = parser.parse_args(argv)

    from index.search import Searcher

    if args.command == "build":
        started = time.perf_counter()
        searcher = Searcher(progress=True)
        if args.force:
            searcher.rebuild(progress=True)
        units, clauses = searcher.dense.manifest, searcher.clause_dense.manifest
        print(
            f"索引就绪：条文 {units['vectors']} 个向量、句 {clauses['vectors']} 个向量"
            f"（{units['index_type']} / {clauses['index_type']}，{units['dimensions']} 维），"
            f"模型 {units['model_id']}；构建耗时 {units['build_seconds']} + {clauses['build_seconds']} 秒，"
            f"本次 {time.perf_counter() - started:.1f} 秒。"
        )
        return 0

    if args.k < 1 or args.k > 100:
        print("错误：--k 应在 1 到 100 之间。", file=sys.stderr)
        return 2
    searcher = Searcher()
    try:
        if args.jsonl:
            for number, line in enumerate(sys.stdin, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    question = str(row["question"])
                except (json.JSONDecodeError, KeyError, TypeError):
                    print(
                        json.dumps(
                            {"line": number, "error": '每行应为 {"id", "question"} JSON 对象'},
                            ensure_ascii=False,
                        ),
                        flush=True,
                    )
                    continue
                hits = _hits(searcher, question, args.k, args.doc, args.mode)
                print(
                    json.dumps({"id": row.get("id"), "hits": hits}, ensure_ascii=False), flush=True
                )
            return 0
        if not args.question:
            print("错误：请给出问题，或使用 --jsonl 从标准输入读取。", file=sys.stderr)
            return 2
        hits = _hits(searcher, args.question, args.k, args.doc, args.mode)
    except NotFoundError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"question": args.question, "hits": hits}, ensure_ascii=False, indent=2))
    else:
        for rank, hit in enumerate(hits, 1):
            print(f"{rank}. [{hit['score']:.3f}] {hit['citation']}\n   {hit['text'][:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
