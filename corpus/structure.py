"""Paragraphs of one document to citable units: articles, sections or preamble."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from corpus.lines import ARTICLE_RE, CHAPTER_RE, L1_RE, L2_RE, L3_RE, ends_sentence, squash_spaces
from corpus.model import Part, Unit
from corpus.numerals import cn_to_int, int_to_cn


def citation(doc_title: str, label: str) -> str:
    return f"《{doc_title}》{label}"


def unique_id(doc_id: str, local: str, seen: set[str]) -> str:
    """Keep ids stable and unique even where the text repeats a number."""
    candidate, n = f"{doc_id}/{local}", 2
    while candidate in seen:
        candidate = f"{doc_id}/{local}-{n}"
        n += 1
    seen.add(candidate)
    return candidate


def parse_articles(doc_id: str, title: str, paragraphs: list[str]) -> tuple[list[str], list[Unit]]:
    """第X章 → 第X条 → 款 → 项; unnumbered paragraphs in a chapter become their own units."""
    chapters: list[str] = []
    units: list[Unit] = []
    seen: set[str] = set()
    chapter = ""
    article: tuple[str, list[str]] | None = None
    loose: list[str] = []

    def flush_article() -> None:
        nonlocal article
        if article is None:
            return
        label, paras = article
        units.append(_article_unit(doc_id, title, chapter, label, paras, seen))
        article = None

    def flush_loose() -> None:
        for k, text in enumerate(loose, 1):
            short = chapter.split(" ")[-1] if chapter else "正文"
            label = f"{short}第{k}段"
            chapter_no = len(chapters)
            units.append(
                Unit(
                    id=unique_id(doc_id, f"ch{chapter_no}-para-{k}", seen),
                    doc_id=doc_id,
                    kind="paragraph",
                    label=label,
                    title="",
                    text=text,
                    headings=_headings(title, chapter),
                    citation=citation(title, label),
                    parts=(Part("paragraph", "第一款", text),),
                )
            )
        loose.clear()

    for para in paragraphs:
        chapter_match = CHAPTER_RE.match(para)
        article_match = ARTICLE_RE.match(para)
        if chapter_match:
            flush_article()
            flush_loose()
            number, name = chapter_match.groups()
            chapter = f"第{number}章 {squash_spaces(name)}".strip()
            chapters.append(chapter)
        elif article_match:
            flush_article()
            flush_loose()
            number, rest = article_match.groups()
            article = (f"第{number}条", [rest] if rest else [])
        elif article is not None:
            article[1].append(para)
        elif chapters:
            loose.append(para)
        # text before the first chapter or article (a preamble) is kept by the caller
    flush_article()
    flush_loose()
    return chapters, units


def _headings(title: str, *rest: str) -> tuple[str, ...]:
    return (title, *[h for h in rest if h])


def _article_unit(
    doc_id: str, title: str, chapter: str, label: str, paras: list[str], seen: set[str]
) -> Unit:
    number = cn_to_int(label[1:-1])
    parts: list[Part] = []
    heading = ""
    paragraph_no = 0
    for k, para in enumerate(paras):
        item = L2_RE.match(para)
        if item:
            parts.append(Part("item", f"（{item.group(1)}）", item.group(2).strip()))
            continue
        paragraph_no += 1
        parts.append(Part("paragraph", f"第{int_to_cn(paragraph_no)}款", para))
        # "第二十二条 住院待遇政策。" names the article when followed by items.
        if k == 0 and len(para) <= 16 and para.endswith("。") and "，" not in para:
            heading = para.rstrip("。")
    text = "\n".join(_part_text(p) for p in parts)
    return Unit(
        id=unique_id(doc_id, f"art-{number}", seen),
        doc_id=doc_id,
        kind="article",
        label=label,
        title=heading,
        text=text,
        headings=_headings(title, chapter),
        citation=citation(title, label),
        parts=tuple(parts),
    )


def _part_text(part: Part) -> str:
    return f"{part.label}{part.text}" if part.kind == "item" else part.text


@dataclass
class _Node:
    level: int
    order: int  # position in the document, so parents sort before their children
    number: str  # as printed: 五 / 四 / 1
    heading: str  # the printed line without its marker
    is_heading: bool
    paragraphs: list[str] = field(default_factory=list)
    children: int = 0


def _split_heading(rest: str) -> tuple[str, bool]:
    """A marker line is a heading if it has no sentence inside ("培训经费")."""
    rest = rest.strip()
    return rest, not re.search(r"[，。；,;]", rest) or (len(rest) <= 20 and not ends_sentence(rest))


def parse_sections(doc_id: str, title: str, paragraphs: list[str]) -> list[Unit]:
    """一、 → （一） → 1.; numbering is kept as printed, gaps included."""
    ordered: list[tuple[int, Unit]] = []
    counter = itertools.count()
    seen: set[str] = set()
    stack: list[_Node] = []
    preamble: list[str] = []

    def label_of(nodes: list[_Node]) -> str:
        out = ""
        for node in nodes:
            if node.level == 1:
                out += f"{node.number}、"
            elif node.level == 2:
                out += f"（{node.number}）"
            else:
                out += f"{node.number}."
        return out

    def local_id(nodes: list[_Node]) -> str:
        return "sec-" + "-".join(str(cn_to_int(n.number)) for n in nodes)

    def emit(nodes: list[_Node]) -> None:
        node = nodes[-1]
        if node.paragraphs:
            body = node.paragraphs if node.is_heading else [node.heading, *node.paragraphs]
        elif node.children == 0:
            body = [node.heading]
        else:
            return
        parents = tuple(_printed(n) for n in nodes[:-1])
        label = label_of(nodes)
        ordered.append(
            (
                node.order,
                Unit(
                    id=unique_id(doc_id, local_id(nodes), seen),
                    doc_id=doc_id,
                    kind="section",
                    label=label,
                    title=node.heading if node.is_heading else "",
                    text="\n".join(body),
                    headings=(title, *parents),
                    citation=citation(title, label),
                    parts=tuple(
                        Part("paragraph", f"第{int_to_cn(k)}段", p) for k, p in enumerate(body, 1)
                    ),
                ),
            )
        )

    def close_to(level: int) -> None:
        while stack and stack[-1].level >= level:
            emit(stack)
            stack.pop()

    for para in paragraphs:
        marker = _section_marker(para, stack)
        if marker is None:
            if stack:
                stack[-1].paragraphs.append(para)
            else:
                preamble.append(para)
            continue
        level, number, rest = marker
        close_to(level)
        if stack:
            stack[-1].children += 1
        heading, is_heading = _split_heading(rest)
        stack.append(_Node(level, next(counter), number, heading, is_heading))
    close_to(1)
    units = [unit for _, unit in sorted(ordered, key=lambda pair: pair[0])]
    if preamble:
        units.insert(
            0,
            Unit(
                id=unique_id(doc_id, "preamble", seen),
                doc_id=doc_id,
                kind="preamble",
                label="前言",
                title="",
                text="\n".join(preamble),
                headings=(title,),
                citation=citation(title, "前言"),
                parts=tuple(
                    Part("paragraph", f"第{int_to_cn(k)}段", p) for k, p in enumerate(preamble, 1)
                ),
            ),
        )
    return units


def _printed(node: _Node) -> str:
    marker = {1: f"{node.number}、", 2: f"（{node.number}）", 3: f"{node.number}."}[node.level]
    return marker + node.heading


def _section_marker(para: str, stack: list[_Node]) -> tuple[int, str, str] | None:
    for level, regex in ((1, L1_RE), (2, L2_RE), (3, L3_RE)):
        m = regex.match(para)
        if m:
            # "1." numbers only count as sections below a heading, not inside prose lists.
            if level == 3 and not stack:
                return None
            return level, m.group(1), m.group(2)
    return None
