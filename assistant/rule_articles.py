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

# the parameter asked, by the words people use for it (rules.json keys; the first that applies)
PARAMETERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("deductible", re.compile(r"起付线|起付标准|门槛")),
    ("bed_fee_cap", re.compile(r"床位费")),
    ("ratio", re.compile(r"比例|几成|百分之|多少%|报销率|报百分")),
    ("annual_cap", re.compile(r"封顶|最高支付|支付限额|年度限额|一年最多|每年最多")),
    ("limit", re.compile(r"封顶|限额|一年最多|每年最多|最多报")),
)


def asked_parameter(frame: Frame, calculator: str | None = None) -> str | None:
    """The parameter of the calculator's rule (the frame's own by default) asked about, if its
    rule table has one."""
    section = rules().get(calculator or frame.calculator or "")
    if not isinstance(section, dict):
        return None
    for key, words in PARAMETERS:
        ratio = key == "ratio" and frame.fact is FactType.RATIO
        if key in section and (words.search(frame.text) or ratio):
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
    entry = rules()[calculator][parameter]
    return _unit(corpus, entry["cite"]) if isinstance(entry, dict) and "cite" in entry else None


def others_units(corpus: Corpus, calculator: str, parameter: str) -> set[str]:
    """Ids of the units other calculators cite for a parameter of the same name (the outpatient
    ratios beside the inpatient one), less the calculator's own."""
    own = cited_unit(corpus, calculator, parameter)
    ids: set[str] = set()
    for name, section in rules().items():
        entry = section.get(parameter) if isinstance(section, dict) else None
        if name != calculator and isinstance(entry, dict) and "cite" in entry:
            unit = _unit(corpus, entry["cite"])
            if unit is not None and (own is None or unit.id != own.id):
                ids.add(unit.id)
    return ids
