"""Cut a gazette into issuing notices and the documents (and annexes) they carry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.lines import ANNEX_LIST_RE, ANNEX_MARK_RE, L1_RE, L2_RE, L3_RE, Line, squash_spaces

ISSUER_RE = re.compile(r"^(\S{2,24}?(?:行政公署|行署办公室|人民政府|办公室|办公厅))$")
ISSUER_TITLE_RE = re.compile(
    r"^(\S{2,24}?(?:行政公署|行署办公室|人民政府|办公室|办公厅))\s*(关于.+)$"
)
NUMBER_RE = re.compile(r"^\S{1,8}〔\s*(\d{4})\s*〕\s*(\d+)\s*号$")
DATE_RE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
DOC_TYPES = "办法|细则|方案|规划|分解表|细化表|评分标准|规定|条例|意见|制度|计划"
TITLE_RE = re.compile(
    rf"^(?![一二三四五六七八九十]+、|[（(]|\d{{1,2}}[.．、]|附件|第)"
    rf"[^，。；：:\t]{{4,70}}(?:{DOC_TYPES})\s*(?:[（(][^（()）]{{1,20}}[)）])?$"
)


@dataclass
class Notice:
    title: str
    issuer: str
    number: str | None = None
    date: str | None = None
    text: str = ""
    annex_titles: list[str] = field(default_factory=list)


@dataclass
class Block:
    """The lines of one document, as cut from the gazette."""

    title: str
    lines: list[Line]
    notice: Notice | None
    annex_of_notice: bool  # listed as 附件 in the notice itself
    is_annex: bool  # printed under a 附件 mark, or listed as an annex of a plan
    annex_titles: list[str] = field(default_factory=list)


def normalize_title(title: str) -> str:
    title = squash_spaces(title)
    title = re.sub(r"\s+", "", title)
    title = title.replace("(", "（").replace(")", "）")
    return title


def _notice_start(lines: list[Line], i: int) -> tuple[str, str, int] | None:
    """(issuer, title, index after the title) if a notice starts at line i.

    A notice is an issuer, a 关于…通知 title (possibly wrapped) and a 文号 line
    right after it; requiring all three keeps quoted titles in prose from matching.
    """
    text = lines[i].text
    m = ISSUER_TITLE_RE.match(text)
    if m:
        issuer, title, j = m.group(1), m.group(2), i
    elif ISSUER_RE.match(text) and i + 1 < len(lines) and lines[i + 1].text.startswith("关于"):
        issuer, title, j = text, lines[i + 1].text, i + 1
    else:
        return None
    while not title.rstrip().endswith("通知") and j + 1 < len(lines) and j < i + 4:
        j += 1
        title += lines[j].text
    if not title.rstrip().endswith("通知") or re.search(r"[，。；]", title):
        return None
    if not any(NUMBER_RE.match(line.text) for line in lines[j + 1 : j + 4]):
        return None
    return issuer, normalize_title(issuer + title), j + 1


def is_title(line: Line, previous: Line | None) -> bool:
    """A document title stands alone after a page break or an annex mark."""
    if not TITLE_RE.match(line.text):
        return False
    return line.page_break_before or previous is None or bool(ANNEX_MARK_RE.match(previous.text))


def segment(lines: list[Line]) -> list[Block]:
    """Front matter (editorial board, contents) is dropped: it precedes the first notice."""
    blocks: list[Block] = []
    notice: Notice | None = None
    current: Block | None = None
    i = 0
    while i < len(lines):
        start = _notice_start(lines, i)
        if start:
            notice, i = _read_notice(lines, start)
            current = None
            # The first document after a notice is the one it issues.
            while i < len(lines) and ANNEX_MARK_RE.match(lines[i].text):
                i += 1
            if i < len(lines):
                current = _new_block(lines[i].text, notice, blocks, annex_mark=False)
                blocks.append(current)
                i += 1
            continue
        line = lines[i]
        if (
            ANNEX_MARK_RE.match(line.text)
            and i + 1 < len(lines)
            and TITLE_RE.match(lines[i + 1].text)
        ):
            current = _new_block(lines[i + 1].text, notice, blocks, annex_mark=True)
            blocks.append(current)
            i += 2
            continue
        if current is not None and is_title(line, lines[i - 1] if i else None):
            current = _new_block(line.text, notice, blocks, annex_mark=False)
            blocks.append(current)
            i += 1
            continue
        if current is not None:
            current.lines.append(line)
        i += 1
    for block in blocks:
        block.annex_titles, block.lines = _split_annex_list(block.lines)
    return blocks


def _new_block(
    raw_title: str, notice: Notice | None, blocks: list[Block], annex_mark: bool
) -> Block:
    title = normalize_title(raw_title)
    listed = notice is not None and any(_same_title(title, t) for t in notice.annex_titles)
    first_of_notice = not blocks or blocks[-1].notice is not notice
    return Block(
        title=title,
        lines=[],
        notice=notice,
        annex_of_notice=listed,
        is_annex=annex_mark or not first_of_notice,
    )


def _same_title(a: str, b: str) -> bool:
    strip = lambda s: re.sub(r"[《》“”\"（）()\s；;。]", "", s)  # noqa: E731
    return strip(a) == strip(b) or strip(a) in strip(b) or strip(b) in strip(a)


def _read_notice(lines: list[Line], start: tuple[str, str, int]) -> tuple[Notice, int]:
    issuer, title, i = start
    notice = Notice(title=title, issuer=issuer)
    body: list[str] = []
    in_annex_list = False
    while i < len(lines):
        text = lines[i].text
        i += 1
        number = NUMBER_RE.match(text)
        if number and notice.number is None:
            notice.number = re.sub(r"\s+", "", text)
            continue
        date = DATE_RE.match(text)
        if date:
            y, m, d = (int(g) for g in date.groups())
            notice.date = f"{y:04d}-{m:02d}-{d:02d}"
            break
        if text == issuer:
            continue
        if ANNEX_LIST_RE.match(text):
            in_annex_list = True
            text = ANNEX_LIST_RE.sub("", text).strip()
        if in_annex_list:
            entry = re.sub(r"^\d+[.．、]\s*", "", text).strip("；;。 ")
            if entry:
                notice.annex_titles.extend(
                    normalize_title(t) for t in re.findall(r"《([^》]+)》", entry) or [entry]
                )
            continue
        body.append(text)
    notice.text = "\n".join(body)
    return notice, i


def _split_annex_list(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A plan ends with "附件：1. … 2. …": that is a list of annexes, not a section."""
    for k, line in enumerate(lines):
        if ANNEX_LIST_RE.match(line.text):
            titles: list[str] = []
            rest = ANNEX_LIST_RE.sub("", line.text).strip()
            entries = [rest] if rest else []
            j = k + 1
            while j < len(lines) and L3_RE.match(lines[j].text) and not _is_section(lines, j):
                entries.append(lines[j].text)
                j += 1
            for entry in entries:
                entry = re.sub(r"^\d+[.．、]\s*", "", entry).strip("；;。 ")
                titles.append(normalize_title(entry))
            return titles, lines[:k] + lines[j:]
    return [], lines


def _is_section(lines: list[Line], j: int) -> bool:
    text = lines[j].text
    return bool(L1_RE.match(text) or L2_RE.match(text)) or "\t" in text
