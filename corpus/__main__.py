"""python -m corpus list|show|ingest|remove — inspect and extend the regulation corpus.

Exit codes: 0 done, 2 the user's input cannot be used (message in Chinese on stderr),
1 internal error (logged with its traceback).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from corpus import (
    GazetteError,
    Library,
    NotFoundError,
    ingest,
    load_corpus,
    remove_ingest,
)
from corpus.library import read_records

log = logging.getLogger("corpus")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m corpus", description="阿里地区公报文件库")
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", help="列出全部文件（--ingests 列出各次导入）")
    p_list.add_argument("--json", action="store_true")
    p_list.add_argument("--ingests", action="store_true", help="列出导入记录及其取代的文件")
    p_show = sub.add_parser("show", help="显示一条条文或一节")
    p_show.add_argument("doc", help="文件 id 或标题中的任意一段，如 医疗保险")
    p_show.add_argument("label", help="条文或章节编号，如 第二十二条、22、五、（四）")
    p_show.add_argument("--json", action="store_true")
    p_ingest = sub.add_parser("ingest", help="导入新的公报（.txt 或 .pdf），自带公报不会被改动")
    p_ingest.add_argument("file", type=Path)
    p_ingest.add_argument(
        "--replace",
        action="store_true",
        help="新文件与已有文件同名时，声明新文件取代旧文件（旧文件保留，可用 remove 恢复）",
    )
    p_remove = sub.add_parser("remove", help="撤销一次导入（编号见 list --ingests）")
    p_remove.add_argument("ingest_id")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except (NotFoundError, GazetteError) as exc:
        print(f"错误：{_printable(str(exc))}", file=sys.stderr)
        return 2
    except Exception:
        log.exception("python -m corpus %s failed", args.command)
        print("内部错误：操作没有完成，详情已记入日志。", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "ingest":
        result = ingest(args.file, replace=args.replace)
        record = result.record
        print(f"已导入 {record.source_name}（导入编号 {record.ingest_id}）：")
        for doc in result.documents:
            print(f"  {doc.id}：{doc.title}（{_counts_text(doc.counts())}）")
        for old in record.replaces:
            print(f"  取代：{old.doc_id}《{old.title}》（原文件保留，撤销本次导入即恢复）")
        print(f"撤销：python -m corpus remove {record.ingest_id}")
        return 0
    if args.command == "remove":
        record = remove_ingest(args.ingest_id)
        titles = "、".join(f"《{d.title}》" for d in record.documents)
        print(f"已撤销导入 {record.ingest_id}（{record.source_name}）：移除 {titles}")
        for old in record.replaces:
            print(f"  恢复：{old.doc_id}《{old.title}》")
        return 0
    if args.command == "list" and args.ingests:
        records = read_records(Library.default())
        if args.json:
            _print_json([r.to_json() for r in records])
        elif not records:
            print("目前没有导入任何公报（只有自带的公报）。")
        for r in records if not args.json else []:
            replaced = f"，取代 {len(r.replaces)} 份" if r.replaces else ""
            print(
                f"{r.ingest_id}\t{r.source_name}\t{r.ingested_at[:19]}\t"
                f"{len(r.documents)} 份文件{replaced}\tsha256 {r.sha256[:12]}…"
            )
        return 0
    corpus = load_corpus()
    if args.command == "list":
        if args.json:
            _print_json(
                [{**doc.summary(), "origin": corpus.origin.get(doc.id)} for doc in corpus.documents]
            )
        else:
            for doc in corpus.documents:
                print(f"{doc.id}\t{doc.title}\t{_counts_text(doc.counts())}")
        return 0
    unit = corpus.unit(args.doc, args.label)
    doc = corpus.document_by_id(unit.doc_id)
    if args.json:
        data = unit.to_dict()
        data["doc_title"] = doc.title if doc else ""
        data["parent_title"] = doc.parent_title if doc else None
        _print_json(data)
    else:
        print(unit.citation)
        print(unit.text)
    return 0


def _printable(text: str) -> str:
    """Lone surrogates (undecodable bytes in argv) shown as escapes, never an encoding crash."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _counts_text(counts: dict[str, int]) -> str:
    names = {
        "article": "条",
        "section": "节",
        "table_row": "表格行",
        "paragraph": "段",
        "preamble": "前言",
    }
    return "，".join(f"{names.get(k, k)} {v}" for k, v in counts.items())


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(main())
