"""The shapes a list takes in the gazette, so that "都有哪些" is answered with every member.

A list is written as numbered items under a lead-in (第十六条（一）…（六）), inside one sentence
("培训方式包括：集中培训、分类培训、…"), as sentences that open alike ("——坚持……相结合。" four
times, "打造区外就业品牌，…。打造企业就业品牌，…"), or as sibling sections under one heading
("一、培训工作基本原则" over （一）全员性 … （六）跟踪性). Each shape is read here once; the answer
composer chooses which one a question asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus import Corpus, Unit
from corpus.clauses import HEADING_MAX, Clause, clauses

MIN_ITEMS = 2
MAX_ITEMS = 20
# sentences opening alike are a list only when there are this many of them
SERIES_MIN = 3
# ... and share this many opening characters ("打造", "——坚持")
SERIES_OPENING = 2
# a parent section's text this short only introduces its sections
INTRODUCTION_MAX = 80


def enumerates(text: str) -> bool:
    """A sentence that lists members itself: several "；" or "、" after 包括/如下/下列, or many."""
    separators = text.count("；") + text.count("、")
    # "分为A、B和C": the last member joined by 和/及 counts as a separator after a lead word
    separators += bool(LAST_JOINED.search(text))
    return separators >= 8 or (
        separators >= 3
        and bool(re.search(r"包括|如下|下列|以下|分为", text) or COUNTED_MEMBERS.search(text))
    )


LAST_JOINED = re.compile(r"、[^、；。，]{2,20}(?:和|及|以及|与)[^；。，]{2,}")


# "“六大小组”（行管一组、行管二组、…）": a count of members, then the members in brackets
COUNTED_MEMBERS = re.compile(r"[一二三四五六七八九十两\d]+[大个项类种条支][^，。（]{0,8}（[^）]*、")


# "培训内容包括：视听、操作……": a list named by its head noun, which people ask by ("那内容呢")
HEADED = re.compile(r"^([^，。；：:]{2,16}?)(?:包括|如下)[：:]")


def list_head(text: str) -> str:
    """The words a sentence names its list by ("培训内容", "服务协议的内容"), or ""."""
    m = HEADED.search(text) or HEADED.search(text[text.find("。") + 1 :])
    return m.group(1) if m else ""


@dataclass(frozen=True)
class Member:
    label: str  # "（一）", "三、（二）"; "" for a sentence of a series
    text: str  # what the answer shows of it
    unit: Unit
    quoted: tuple[Clause, ...]  # the clauses its citation quotes


@dataclass(frozen=True)
class Listing:
    """A list the text writes: where it stands, what leads it in, and its members in order."""

    head: str  # "《…》第十六条", "《…》一、培训工作基本原则"
    lead: str  # the lead-in or the heading the members stand under
    members: tuple[Member, ...]
    whole: Unit | None = None  # the one unit holding the whole list, quoted whole


def item_list(unit: Unit) -> Listing | None:
    """Numbered items under a lead-in; none when the items are too few to be a list or one of
    two items holds the list itself in a sentence."""
    rows = clauses(unit)
    items = [c for c in rows if c.is_item]
    labels = list(dict.fromkeys(c.label for c in items))
    if len(labels) < MIN_ITEMS or (len(labels) < 3 and any(enumerates(c.text) for c in items)):
        return None
    lead = next((c.lead for c in items if c.lead), "")
    members = []
    for label in labels:
        first = next(c for c in items if c.label == label)
        body = (first.heading + "：" if first.heading else "") + first.text
        members.append(Member(label, body, unit, (first,)))
    return Listing(unit.citation, lead.rstrip("：:"), tuple(members), whole=unit)


def _opening(texts: list[str]) -> int:
    """How many characters the texts all open with."""
    n = 0
    while all(len(t) > n and t[n] == texts[0][n] for t in texts):
        n += 1
    return n


def series_list(unit: Unit) -> Listing | None:
    """Sentences that open alike, three or more: the first sentence of each paragraph
    ("——坚持政府促进和市场调节相结合。"), or a run of consecutive sentences ("打造区外就业品牌，…")."""
    if unit.kind == "table_row":
        return None
    rows = list(clauses(unit))
    if any(c.is_item for c in rows):
        return None
    firsts = [c for n, c in enumerate(rows) if n == 0 or rows[n - 1].label != c.label]
    run: list[Clause] = []
    if len(firsts) >= SERIES_MIN and _opening([c.text for c in firsts]) >= SERIES_OPENING:
        run = firsts
    else:
        start = 0
        while start < len(rows):
            end = start + 1
            while end < len(rows) and _opening([rows[start].text, rows[end].text]) >= 2:
                end += 1
            if end - start > len(run):
                run = rows[start:end]
            start = end
        if len(run) < SERIES_MIN or _opening([c.text for c in run]) < SERIES_OPENING:
            return None
    before = [c for c in rows if c.index < run[0].index]
    lead = before[-1].text if before else unit.title
    members = tuple(Member("", c.text, unit, (c,)) for c in run)
    return Listing(unit.citation, lead, members)


def group_name(unit: Unit, corpus: Corpus) -> str:
    """The heading a section stands under with its siblings, and the text of the section that
    heading opens (四、实施步骤: "…分四个阶段实施。"): what the siblings are members of."""
    if unit.kind != "section":
        return ""
    if len(unit.headings) > 1:
        heading = unit.headings[-1]
        parent = _parent(unit, corpus)
        return heading + (parent.text if parent is not None and _brief(parent) else "")
    if _children(unit, corpus):
        return f"{unit.label}{unit.title}" + (unit.text if _brief(unit) else "")
    return ""


def _brief(unit: Unit) -> bool:
    """A parent section's text that only introduces its sections ("…分四个阶段实施。"); a long
    one says much else, which is no sign that its sections are what is asked."""
    return len(unit.text) <= INTRODUCTION_MAX


def _parent(unit: Unit, corpus: Corpus) -> Unit | None:
    doc = corpus.document_by_id(unit.doc_id)
    heading = unit.headings[-1]
    return next(
        (u for u in doc.units if u.kind == "section" and f"{u.label}{u.title}" == heading), None
    )


def _children(unit: Unit, corpus: Corpus) -> list[Unit]:
    doc = corpus.document_by_id(unit.doc_id)
    heading = f"{unit.label}{unit.title}"
    return [u for u in doc.units if u.kind == "section" and u.headings[-1:] == (heading,)]


def sibling_list(unit: Unit, corpus: Corpus) -> Listing | None:
    """The sections under one heading, each shown by its own heading ("全员性") or first
    sentence: "一、培训工作基本原则" lists （一） to （六）."""
    if unit.kind != "section":
        return None
    doc = corpus.document_by_id(unit.doc_id)
    if len(unit.headings) > 1:
        siblings = [u for u in doc.units if u.kind == "section" and u.headings == unit.headings]
        heading = unit.headings[-1]
    else:
        siblings = _children(unit, corpus)
        heading = f"{unit.label}{unit.title}"
    if len(siblings) < SERIES_MIN:
        return None
    members = []
    for sibling in siblings:
        rows = clauses(sibling)
        if not rows:
            continue
        quoted = rows[:1]
        shown = sibling.title or rows[0].heading
        if not shown and len(rows) > 1 and len(rows[0].text) <= HEADING_MAX:
            # "全员性。充分认识……": a short first sentence is the section's own heading
            shown, quoted = rows[0].text.rstrip("。"), rows[:2]
        said = quoted[-1].text
        body = f"{shown}：{said}" if shown else said
        members.append(Member(sibling.label, body, sibling, quoted))
    return Listing(f"《{doc.title}》{heading}", heading, tuple(members))
