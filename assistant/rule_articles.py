"""The article a calculator's rule table cites for the parameter a question asks.

"60档的人住三级医院报销比例多少" asks the inpatient ratio, which rules.json takes from 第二十二条
（三）; 第二十五条 (the two diseases' outpatient ratios) holds "三级…60%" too and wins on words.
The rule table already says which article holds each calculator's figure, so a rule question about
one calculator's parameter is answered from that article, never from another calculator's.
"""

from __future__ import annotations

import re

from assistant.calculators.base import rules
from assistant.frame import FactType, Frame
from corpus import Corpus, NotFoundError, Unit

# a year's most, said as people say it ("一年最多", "全年顶多", "每年撑死")
AT_MOST = r"(?:一年|每年|全年|年度)[^，。？]{0,4}(?:最多|顶多|最高|顶天|撑死)"
# the parameter asked, by the words people use for it (rules.json keys; the first that applies)
PARAMETERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("deductible", re.compile(r"起付线|起付标准|门槛")),
    ("bed_fee_cap", re.compile(r"床位费")),
    # ("报销咋算" of a stay with its tier and level: how its rate applies, not another
    # benefit's rate sharing the tier and level's words)
    ("ratio", re.compile(r"比例|几成|百分之|多少%|报销率|报百分|(?:报销|报)(?:咋|怎么|如何)算")),
    ("annual_cap", re.compile(rf"封顶|最高支付|支付限额|年度限额|{AT_MOST}")),
    ("limit", re.compile(rf"封顶|限额|最多报|{AT_MOST}")),
    # a custodian's pay ("我爸看文物 一个月能拿多少"): the wage article, not one the words of
    # 看文物 or 一个月 find first
    # ("会涨吗" after a custodian's pay: the wage article says how it changes)
    ("monthly_wage", re.compile(r"工资|工钱|薪|报酬|待遇|能拿|能领|给多少|发多少|多少钱|涨")),
    # what one pays in ("交城乡居民基本医疗保险要多少钱"): the tiers' article among those found,
    # whatever the cap's article (城乡居民基本医疗保险…年度最高支付限额) shares of its words
    ("tier_cite", re.compile(r"(交|缴)[^，。？?]{0,14}(多少|几)")),
)
# the rule table's section of each calculator, where its name is not the section's
SECTIONS = {"custodian_pay": "custodian"}
# a parameter one calculator shares with another's rule: 门特 costs count against the inpatient
# yearly cap (第二十四条（二）: 与住院合并累计计算年度最高支付限额, 第二十三条)
SHARED = {("special_outpatient", "annual_cap"): "inpatient"}


def _section(calculator: str, parameter: str = "") -> object:
    owner = SHARED.get((calculator, parameter), calculator)
    return rules().get(SECTIONS.get(owner, owner))


def asked_parameter(frame: Frame, calculator: str | None = None) -> str | None:
    """The parameter of the calculator's rule (the frame's own by default) asked about, if its
    rule table has one."""
    name = calculator or frame.calculator or ""
    # (a parameter shared with another calculator's rule only for a case the turn leans on:
    # "高血压门诊一年最多报多少" names its own case, whose limit is the two diseases')
    leaning = name != frame.calculator
    for key, words in PARAMETERS:
        section = _section(name, key if leaning else "")
        ratio = key == "ratio" and frame.fact is FactType.RATIO
        if isinstance(section, dict) and key in section and (words.search(frame.text) or ratio):
            return key
    return None


def _unit(corpus: Corpus, cite: list[str]) -> Unit | None:
    title = rules()["documents"].get(cite[0], cite[0])
    try:
        return corpus.unit(title, cite[1])
    except NotFoundError:
        return None


def cited_unit(corpus: Corpus, calculator: str, parameter: str) -> Unit | None:
    """The unit the calculator's rule for the parameter cites."""
    section = _section(calculator, parameter)
    entry = section.get(parameter) if isinstance(section, dict) else None
    if isinstance(entry, list):  # ("tier_cite": the citation itself)
        return _unit(corpus, entry)
    return _unit(corpus, entry["cite"]) if isinstance(entry, dict) and "cite" in entry else None


def others_units(corpus: Corpus, calculator: str, parameter: str, kin: bool = False) -> set[str]:
    """Ids of the units other calculators cite for a parameter of the same name (the outpatient
    ratios beside the inpatient one), less the calculator's own; with `kin`, of its kin too."""
    own = cited_unit(corpus, calculator, parameter)
    ids: set[str] = set()
    for name, section in rules().items():
        if name == SECTIONS.get(calculator, calculator) or not isinstance(section, dict):
            continue
        for key in (parameter, *(KIN.get(parameter, ()) if kin else ())):
            entry = section.get(key)
            if isinstance(entry, dict) and "cite" in entry:
                unit = _unit(corpus, entry["cite"])
                if unit is not None and (own is None or unit.id != own.id):
                    ids.add(unit.id)
    return ids


# parameters of one meaning under two names: a yearly cap and a yearly limit (一年最多报多少 of
# a 门特 case is the shared cap, not the two diseases' own 800元 limit)
KIN = {"annual_cap": ("limit",), "limit": ("annual_cap",)}


def section_units(corpus: Corpus, calculator: str) -> set[str]:
    """Ids of every unit the calculator's rule table cites (第二十五条 for the two diseases)."""
    ids: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            cite = node.get("cite")
            if isinstance(cite, list) and len(cite) >= 2:
                unit = _unit(corpus, cite)
                if unit is not None:
                    ids.add(unit.id)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(_section(calculator))
    return ids
