"""Two tiers set side by side ("交60和交250，在乡卫生院住院报销差多少"): each tier's rate at the
level asked and the gap between them, read from the rule table (第二十二条（三）, 门诊特殊病
第二十四条（二）) — no bill is needed to compare rates, so none is asked for."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.calculators.base import rules
from assistant.calculators.understanding import TIER_WORDS

# a tier as said: its figure or its words
TIER_SAID = r"60|120|250|六十|一百二十?|[二两]百五十?"
TIERS_AGAINST = re.compile(
    rf"(?<![\d.])({TIER_SAID})(?![\d.万千wWkK])[^，。？?\d]{{0,4}}?(?:跟|和|与|还是|比|对比|同)"
    rf"[^，。？?\d]{{0,3}}?(?<![\d.])({TIER_SAID})(?![\d.万千百十wWkK])"
)
# the words that make a figure a tier ("交250跟交120", "120档和250档"; never "花了250和120")
TIER_WORD = re.compile(r"交|缴|选|档")
# "两种档", "这两个档次", "俩档": the tiers just compared, pointed at
BOTH_TIERS = re.compile(r"(两|俩|这两)\s*(种|个)?\s*档")
# the levels of the rate table, in the order a reader meets them
LEVELS = ("乡镇卫生院", "一级", "二级", "三级")


def tier_value(said: str) -> int:
    """A tier as written (120, 一百二, 二百五) as its figure."""
    return int(said) if said.isdigit() else TIER_WORDS[said]


def tiers_named(text: str) -> list[int]:
    """The two tiers the text sets side by side ("交60和交250" → [60, 250]), else none."""
    m = TIERS_AGAINST.search(text)
    if m is None or not TIER_WORD.search(text[max(0, m.start() - 2) : m.end() + 2]):
        return []
    first, second = tier_value(m.group(1)), tier_value(m.group(2))
    return [first, second] if first != second else []


def _percent(value: Decimal) -> str:
    return f"{value * 100:.0f}%"


def rate_lines(calculator: str, tiers: list[int], level: str | None) -> tuple[str, list[str]]:
    """(the answer's lead, the cited place) for the tiers compared: at the level named, each
    tier's rate and the gap between the first two; with no level, each tier's rate at every
    level."""
    table = rules()[calculator]["ratio"]
    values, cite = table["values"], table["cite"]
    article = f"{cite[1]}{cite[2]}"
    if calculator == "special_outpatient":
        rates = [Decimal(values[str(t)]) for t in tiers]
        place = "门诊特殊病"
    elif level is not None:
        rates = [Decimal(values[str(t)][level]) for t in tiers]
        place = f"在{level}住院" if level == "乡镇卫生院" else f"在{level}医院住院"
    else:
        shown = "；".join(
            f"{t}元档" + "、".join(f"{lv}{_percent(Decimal(values[str(t)][lv]))}" for lv in LEVELS)
            for t in tiers
        )
        return f"住院报销比例按档次和医院级别不同：{shown}（{article}）", cite
    each = "，".join(f"{t}元档报{_percent(r)}" for t, r in zip(tiers, rates, strict=True))
    gap = abs(rates[0] - rates[1]) * 100
    apart = f"，相差{gap:.0f}个百分点" if gap else "，比例相同"
    return f"{place}：{each}{apart}（{article}）", cite
