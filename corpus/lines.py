"""Raw gazette text to clean lines, and lines to paragraphs with page breaks rejoined.

The gazette was extracted from a printed PDF: a page break shows as three blank
lines and may cut a sentence or even a word ("抢 / 救第一"). A PDF we ingest
ourselves shows wrapped lines with no blank lines at all. Both are handled by
one rule: a line that does not end a sentence, and is not a heading, continues
into the next line unless that line opens a new structural unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_NUM = "一二三四五六七八九十百零〇"

CHAPTER_RE = re.compile(rf"^第([{CN_NUM}]+)章\s*(.*)$")
ARTICLE_RE = re.compile(rf"^第([{CN_NUM}]+)条(?:\s+|$)(.*)$")
L1_RE = re.compile(rf"^([{CN_NUM}]+)、\s*(.*)$")
L2_RE = re.compile(rf"^[（(]([{CN_NUM}]+)[)）]\s*(.*)$")
L3_RE = re.compile(r"^(\d{1,2})[.．、](?!\d)\s*(.*)$")
ANNEX_MARK_RE = re.compile(r"^附件\s*(\d*)\s*[:：]?\s*$")
ANNEX_LIST_RE = re.compile(r"^附件\s*[:：]")

# Sentence (or clause) end: what a paragraph may close with.
TERMINAL = tuple("。；！？…")
CLOSERS = "”’」』"


@dataclass
class Line:
    text: str
    page_break_before: bool = False


def clean_lines(raw: str) -> list[Line]:
    """Split raw text into non-empty lines, remembering where pages broke."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n\n\n")
    lines: list[Line] = []
    blank_run = 0
    for raw_line in raw.split("\n"):
        text = _clean_line(raw_line)
        if not text:
            blank_run += 1
            continue
        lines.append(Line(text, page_break_before=blank_run >= 3))
        blank_run = 0
    return lines


def _clean_line(line: str) -> str:
    line = line.replace("\u3000", " ").replace("\xa0", " ")
    if "\t" in line:  # table rows keep their cells; only the ends are trimmed
        return line.strip(" \n")
    line = line.strip()
    line = re.sub(r"^\*\*(.*)\*\*$", r"\1", line)  # markdown bold from the extractor
    line = re.sub(r"^[-*•]\s+(?=\S)", "", line)  # list bullets added by the extractor
    return line.strip()


def ends_sentence(text: str) -> bool:
    text = text.rstrip(CLOSERS + " ")
    return text.endswith(TERMINAL) or text.endswith(("：", ":"))


def is_structural_start(text: str) -> bool:
    """Does this line open a new chapter, article, section, item or annex?"""
    return bool(
        CHAPTER_RE.match(text)
        or ARTICLE_RE.match(text)
        or L1_RE.match(text)
        or L2_RE.match(text)
        or L3_RE.match(text)
        or ANNEX_MARK_RE.match(text)
        or ANNEX_LIST_RE.match(text)
        or text.startswith("——")
    )


def is_heading(text: str, in_article: bool) -> bool:
    """A short numbered line with no sentence punctuation is a heading, not a cut sentence.

    Inside an article the (一) lines are items, which always end with punctuation,
    so an unpunctuated one there was cut by a page break.
    """
    if CHAPTER_RE.match(text):
        return True
    if in_article:
        return False
    if ARTICLE_RE.match(text):
        return False
    if L1_RE.match(text) or L2_RE.match(text) or L3_RE.match(text):
        return not re.search(r"[，。；,;]", text)
    return False


def join_paragraphs(lines: list[Line], article_style: bool) -> list[str]:
    """Merge lines cut by page breaks or wrapping into whole paragraphs."""
    paragraphs: list[str] = []
    in_article = False
    for line in lines:
        text = line.text
        if ARTICLE_RE.match(text):
            in_article = True
        elif CHAPTER_RE.match(text):
            in_article = False
        if paragraphs and _continues(paragraphs[-1], text, article_style and in_article):
            paragraphs[-1] = _glue(paragraphs[-1], text)
        else:
            paragraphs.append(text)
    return paragraphs


def _continues(previous: str, text: str, in_article: bool) -> bool:
    if "\t" in previous or "\t" in text:
        return False
    if _unclosed_bracket(previous):
        return True
    if ends_sentence(previous) or is_structural_start(text):
        return False
    if is_heading(previous, in_article):
        return False
    # Short "label：value" lines (member lists) stand alone.
    return not re.match(r"^\S{1,8}[：:]\S", previous) or len(previous) > 40


def _unclosed_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _glue(left: str, right: str) -> str:
    if left[-1:].isascii() and right[:1].isascii() and left[-1:].isalnum() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def squash_spaces(text: str) -> str:
    """Remove spaces the extractor put between CJK characters ("总 则" → "总则")."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text).strip()
