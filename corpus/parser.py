"""Gazette text to documents: segmentation, paragraph joining, structure."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from corpus.datafiles import read_table
from corpus.lines import ARTICLE_RE, clean_lines, join_paragraphs
from corpus.model import Document
from corpus.segment import Block, segment
from corpus.structure import parse_articles, parse_sections
from corpus.tables import is_scoring_table, is_table, row_units, scoring_units

DATA_DIR = Path(__file__).parent / "data"


class GazetteError(ValueError):
    """The input is not a gazette we can read; the message is shown to the user."""


@lru_cache(maxsize=1)
def _id_rules() -> tuple[tuple[str, ...], ...]:
    return tuple(read_table(DATA_DIR / "doc_ids.tsv"))


def document_id(title: str) -> str:
    for fragment, doc_id in _id_rules():
        if fragment in title:
            return doc_id
    return "doc-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]


def parse_gazette(text: str, source: str = "") -> list[Document]:
    if not text or not text.strip():
        raise GazetteError("文件为空：没有可解析的文字。")
    if "\x00" in text:
        raise GazetteError("文件不是文本：含有二进制内容。请提供 UTF-8 文本或 PDF 公报。")
    lines = clean_lines(text)
    blocks = segment(lines)
    if not blocks:
        raise GazetteError(
            "没有识别出公报结构：未找到印发通知（如“关于印发……的通知”）及其所附文件。"
        )
    documents: list[Document] = []
    seen_ids: set[str] = set()
    main_by_notice: dict[int, Document] = {}
    for block in blocks:
        doc = _build(block, source)
        base, n = doc.id, 2
        while doc.id in seen_ids:
            doc.id = f"{base}-{n}"
            n += 1
        seen_ids.add(doc.id)
        key = id(block.notice)
        if block.notice is not None and (block.annex_of_notice or not block.is_annex):
            if block.annex_of_notice:
                doc.parent_title = block.notice.title
            main_by_notice.setdefault(key, doc)
        elif key in main_by_notice:
            parent = main_by_notice[key]
            doc.parent_id, doc.parent_title = parent.id, parent.title
        documents.append(doc)
    if not any(doc.units for doc in documents):
        raise GazetteError("识别出了文件标题，但没有条文、章节或表格内容。")
    return [_with_unit_ids(doc) for doc in documents]


def _with_unit_ids(doc: Document) -> Document:
    """Unit ids were built with the provisional id; renumbered documents need them fixed."""
    from dataclasses import replace

    prefix = doc.units[0].doc_id if doc.units else doc.id
    if prefix == doc.id:
        return doc
    doc.units = [replace(u, id=doc.id + u.id[len(prefix) :], doc_id=doc.id) for u in doc.units]
    return doc


def _build(block: Block, source: str) -> Document:
    doc_id = document_id(block.title)
    notice = block.notice
    doc = Document(
        id=doc_id,
        title=block.title,
        kind="sections",
        notice_title=notice.title if notice else None,
        number=notice.number if notice else None,
        issuer=notice.issuer if notice else None,
        date=notice.date if notice else None,
        source=source,
    )
    if is_table(block.lines):
        doc.kind = "table"
        build = scoring_units if is_scoring_table(block.lines) else row_units
        doc.units = build(doc_id, block.title, block.lines)
        return doc
    article_style = any(ARTICLE_RE.match(line.text) for line in block.lines)
    paragraphs = join_paragraphs(block.lines, article_style)
    if article_style:
        doc.kind = "articles"
        doc.chapters, doc.units = parse_articles(doc_id, block.title, paragraphs)
    else:
        doc.units = parse_sections(doc_id, block.title, paragraphs)
    return doc
