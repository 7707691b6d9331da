"""Testable facts read out of the regulation units, each tied to the unit that states it.

A fact knows its exact wording in the (page-break-rejoined) unit text, so every
item built from it can be checked against the article it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answers import split_sentences
from corpus import Unit

NUMBER_RE = re.compile(
    r"(?<![\d一二三四五六七八九十两百千])(\d+(?:-\d+)?|[一二三四五六七八九十两]+)\s*"
    r"(个工作日|个月|小时|日|天|年|岁|元|名|次|处|周)"
)
MODAL_SWAPS = (
    ("不得", "可以"),
    ("禁止", "允许"),
    ("严禁", "允许"),
    ("必须", "可以"),
    ("应当", "不得"),
    ("可以", "不得"),
)
DEPARTMENT_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{0,12}?)(?:文物行政管理部门|文物行政主管部门|文物行政部门|人民政府|公安机关|监察机关|"
    r"行政机关|联席会议办公室|联席会议|办公室|考古发掘单位|收藏单位|行署))"
)
AUTHORITY_RE = re.compile(
    r"由([^，。；：]{2,30}?)(负责解释|负责组织实施|负责|组织实施|统一管理|审批|批准|解释|作出裁定|裁定|备案|认定)"
)


@dataclass(frozen=True)
class NumberFact:
    unit: Unit
    sentence: str
    span: str  # "六个月"


@dataclass(frozen=True)
class ModalFact:
    unit: Unit
    sentence: str
    modal: str
    swap: str


@dataclass(frozen=True)
class EnumFact:
    unit: Unit
    lead: str  # "野外文物看管人员主要工作职责："
    items: tuple[str, ...]  # short option texts, each a verbatim span of the unit


@dataclass(frozen=True)
class TermFact:
    unit: Unit
    group: str  # "培训工作基本原则"
    term: str  # "计划性"
    clue: str  # a sentence of the unit that characterises the term
    siblings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DutyFact:
    """One of several parallel assignments in a sentence: "各级文物行政管理部门负综合监管责任"."""

    unit: Unit
    clause: str  # "各级文物行政管理部门负综合监管责任"
    duty: str  # "综合监管"
    siblings: tuple[str, ...]


@dataclass(frozen=True)
class AuthorityFact:
    unit: Unit
    sentence: str
    body: str  # "本办法由阿里地区文物保护工作联席会议办公室负责解释" → the whole clause
    who: str
    act: str


def short_item(text: str) -> str:
    """An option text, verbatim from the item: the whole item when short, else its first
    clause (two when the first is only a lead such as "在……的领导下")."""
    text = re.sub(r"^[（(][一二三四五六七八九十]+[)）]\s*", "", text).strip().rstrip("；;。")
    text = re.sub(r"的$", "", text)
    if "。" in text and len(text.split("。")[0]) >= 6:
        text = text.split("。")[0]
    if len(text) <= 36:
        return text
    clauses = re.split(r"(?<=[，；])", text)
    short = clauses[0].rstrip("，；")
    if (len(short) < 8 or re.match(r"^在.*下$", short)) and len(clauses) > 1:
        short = (clauses[0] + clauses[1]).rstrip("，；")
    return re.sub(r"的$", "", short)


def _is_list_member(text: str) -> bool:
    """A rule appended to a list ("文物的认定工作由……负责") is not one of its members."""
    return not re.search(r"应当|由.{2,30}负责|认定工作", text)


def number_facts(unit: Unit) -> list[NumberFact]:
    facts = []
    for sentence in split_sentences(unit.text):
        for m in NUMBER_RE.finditer(sentence):
            if 12 <= len(sentence) <= 120:
                facts.append(NumberFact(unit, sentence, m.group(0)))
    return facts


def modal_facts(unit: Unit) -> list[ModalFact]:
    facts = []
    for sentence in split_sentences(unit.text):
        if not 14 <= len(sentence) <= 90 or re.match(
            r"^[（(][一二三四五六七八九十]+[)）]", sentence
        ):
            continue
        found = [(m, s) for m, s in MODAL_SWAPS if m in sentence]
        if len(found) != 1 or sentence.count(found[0][0]) != 1:
            continue
        modal, swap = found[0]
        if modal == "可以" and "不得" in sentence or modal == "不得" and "可以" in sentence:
            continue
        facts.append(ModalFact(unit, sentence, modal, swap))
    return facts


def enum_facts(unit: Unit) -> list[EnumFact]:
    """Listed items: （一）（二） items of an article, or an inline "包括：A、B、C" list."""
    facts = []
    items = [p for p in unit.parts if p.kind == "item"]
    if (
        len(items) >= 3
        and unit.parts[0].kind == "paragraph"
        and unit.parts[0].text.endswith(("：", ":"))
    ):
        options = tuple(dict.fromkeys(short_item(p.text) for p in items if _is_list_member(p.text)))
        if len(options) >= 3 and all(len(o) >= 4 for o in options):
            facts.append(EnumFact(unit, unit.parts[0].text, options))
    for part in unit.parts:
        m = re.search(r"^(.{2,20}?)包括[:：](.+?)[。]?$", part.text)
        if m and "、" in m.group(2) and "（" not in m.group(2):
            separator = "；" if "；" in m.group(2) else "、"
            options = tuple(
                o.strip().rstrip("等") for o in m.group(2).split(separator) if o.strip()
            )
            if len(options) >= 3 and all(2 <= len(o) <= 30 for o in options):
                facts.append(EnumFact(unit, m.group(1) + "包括：", options))
    return facts


def term_facts(units: list[Unit]) -> list[TermFact]:
    """Sections headed by a short term ("（三）计划性。由……") are siblings of one group."""
    groups: dict[str, list[tuple[Unit, str, str]]] = {}
    for unit in units:
        if unit.kind != "section" or len(unit.headings) < 2:
            continue
        m = re.match(r"^([\u4e00-\u9fff]{2,5})。(.+)", unit.text)
        if not m:
            continue
        sentences = [s for s in split_sentences(m.group(2)) if len(s) >= 12 and m.group(1) not in s]
        if sentences:
            groups.setdefault(unit.headings[-1], []).append((unit, m.group(1), sentences[0]))
    facts = []
    for heading, members in groups.items():
        if len(members) < 4:
            continue
        group = re.sub(r"^[一二三四五六七八九十]+、", "", heading)
        terms = tuple(term for _, term, _ in members)
        facts.extend(TermFact(unit, group, term, clue, terms) for unit, term, clue in members)
    return facts


DUTY_RE = re.compile(r"([^，。；“”]{2,40}?)负([\u4e00-\u9fff]{2,6}?)责任")


def duty_facts(unit: Unit) -> list[DutyFact]:
    facts = []
    for sentence in split_sentences(unit.text):
        found = [(m.group(0), m.group(2)) for m in DUTY_RE.finditer(sentence)]
        duties = tuple(dict.fromkeys(d for _, d in found))
        if len(duties) >= 3:
            for clause, duty in found:
                clause = re.sub(r"^(同时|并且|并)", "", clause)
                facts.append(DutyFact(unit, clause, duty, duties))
    return facts


def authority_facts(unit: Unit) -> list[AuthorityFact]:
    facts = []
    for sentence in split_sentences(unit.text):
        for m in AUTHORITY_RE.finditer(sentence):
            who = m.group(1).strip()
            if DEPARTMENT_RE.fullmatch(who) and len(sentence) <= 100:
                facts.append(AuthorityFact(unit, sentence, m.group(0), who, m.group(2)))
    return facts


def departments(units: list[Unit]) -> list[str]:
    """Every body these documents name as responsible: the pool authority distractors come from."""
    found: dict[str, None] = {}
    for unit in units:
        for m in AUTHORITY_RE.finditer(unit.text):
            who = m.group(1).strip()
            if DEPARTMENT_RE.fullmatch(who):
                found[who] = None
    return list(found)
