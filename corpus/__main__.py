"""python -m corpus list|show|ingest — inspect and extend the regulation corpus."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from corpus import GazetteError, NotFoundError, ingest, load_corpus


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus", description="阿里地区公报文件库")
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", help="列出全部文件")
    p_list.add_argument("--json", action="store_true")
    p_show = sub.add_parser("show", help="显示一条条文或一节")
    p_show.add_argument("doc", help="文件 id 或标题中的任意一段，如 医疗保险")
    p_show.add_argument("label", help="条文或章节编号，如 第二十二条、22、五、（四）")
    p_show.add_argument("--json", action="store_true")
    p_ingest = sub.add_parser("ingest", help="导入新的公报（.txt 或 .pdf）")
    p_ingest.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    try:
        if args.command == "ingest":
            docs = ingest(args.file)
            for doc in docs:
                print(f"已导入 {doc.id}：{doc.title}（{_counts_text(doc.counts())}）")
            return 0
        corpus = load_corpus()
        if args.command == "list":
            if args.json:
                _print_json([doc.summary() for doc in corpus.documents])
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
    except (NotFoundError, GazetteError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


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
    sys.exit(main())
