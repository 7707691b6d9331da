"""Difficulty from what is asked, never from the item type (the checker recomputes it).

A detail deep in a long clause with many other details is harder to recall than the first word
of a short one; a figure is harder than a body, a body harder than a whole-statement truth. The
same detail of the same clause therefore gets the same label in every type.
"""

from __future__ import annotations

import re

KIND_WEIGHT = {
    "figure": 1.0,
    "period": 0.8,
    "role": 0.7,
    "actor": 0.5,
    "record": 0.6,
    "form": 0.6,
    "funder": 0.6,
    "action": 0.6,
    "list": 0.6,
    "principle": 0.6,  # a principle named in a duty ("不改变文物原状"), recalled word for word
    "body": 0.5,
    "term": 0.4,
    "": 0.3,  # a statement read as a whole
}
LABELS = ("易", "中", "难")


def score(quote: str, detail: str, kind: str, details: int) -> float:
    """quote: the clause; detail: the words asked ("" for a whole statement); details: how many
    checkable details the clause holds."""
    flat = "".join(quote.split())
    at = flat.find(detail) if detail else -1
    position = at / max(len(flat), 1) if at >= 0 else 0.5
    return (
        0.25 * position
        + 0.3 * min(len(flat) / 120, 1.0)
        + 0.2 * min(details / 4, 1.0)
        + 0.25 * KIND_WEIGHT.get(kind, 0.5)
    )


# recalling one figure or period, or judging a statement printed as the text has it, is never
# hard: the hard items pick a body or an action among close ones, or spot a changed body
AT_MOST_MEDIUM = ("", "figure", "period")


def label(
    quote: str,
    detail: str,
    kind: str,
    details: int,
    changed: bool = False,
    options: list[str] | tuple[str, ...] = (),
    right: str = "",
) -> str:
    """changed: a false statement with one detail changed. Spotting that a level or a figure
    was swapped asks the trainee to recall it: never 易, so that every swap of the same kind
    of detail gets one label whatever clause it stands in. options: a 单选's options, the
    right one among them; an answer of another form than every distractor ("第一时间"
    among "3日内/7日内/15日内") is picked without recalling anything: 易 (seed-1515 review)."""
    if right and odd_one_out(right, [o for o in options if o != right]):
        return "易"
    value = score(quote, detail, kind, details)
    found = "易" if value < CUTS[0] else ("中" if value < CUTS[1] else "难")
    if changed and found == "易":
        found = "中"
    if kind in ("body", "funder") and found == "易" and _has_level(detail):
        found = "中"  # one level among four (县级/地区/自治区/国务院) is not 易 (seed-606 review)
    if kind == "principle" and found == "易" and "、" in detail:
        found = "中"  # every member of a principle written out ("保护为主、抢救第一、……")
    return "中" if found == "难" and kind in AT_MOST_MEDIUM else found


# a count or a time limit written with a number ("3日内", "六个月", "1200元")
COUNTED_RE = re.compile(r"[0-9]|[一二三四五六七八九十两半]+(?:个)?(?:日|天|月|年|小时|名|人|元|次)")


def odd_one_out(right: str, wrong: list[str]) -> bool:
    """The answer alone has no number while every distractor has one, or the reverse: the form
    tells the key."""
    if len(wrong) < 2:
        return False
    counted = bool(COUNTED_RE.search(right))
    return all(bool(COUNTED_RE.search(w)) != counted for w in wrong)


# near the tertiles of the relic material's scores over its gap items (a 判断 is labelled by
# judge_label)
CUTS = (0.47, 0.61)

# 判断 clause lengths (characters) near the tertiles of the relic material's 判断 statements
JUDGE_CUTS = (43, 53)


def judge_label(clause: str, changed: str = "") -> str:
    """A 判断 item's label from what a trainee must notice. clause: the true clause (for a false
    statement too); changed: "原文→题干" of a false statement's one change ("" when true).

    A true statement is judged by recalling its details: with none a trainee could doubt it is
    易 however long (seed-1515 review: verbatim statements labelled 难); with a figure, a period
    or a body at a level (1400元, 每日, 地区文物行政管理部门) 中, or 难 when long. A false one is
    as hard as its change is close: a level of the same body, a figure of the same unit within
    a factor of two, a neighbouring period → 中, or 难 when long; a body of another kind or a
    consequence of another class (公安部门 dismissing a custodian) → 易, or 中 when long. Both
    truths reach every label, so the generator can keep the keys balanced under each label and
    a label says nothing of the key (label_tells_key)."""
    size = len("".join(clause.split()))
    long = size >= JUDGE_CUTS[1]
    if not changed:
        if doubtful_details(clause):
            # every detail of a true statement must be checked: long sooner
            return "难" if size >= JUDGE_CUTS[0] else "中"
        # a statement of two clauses or more is checked clause by clause: 中 from the lower
        # cut ("……不得占用、破坏、拆毁或者变卖" and its subject's two kinds of site)
        several = "，" in clause.rstrip("。")
        return "中" if long or (several and size >= JUDGE_CUTS[0]) else "易"
    old, _, new = changed.partition("→")
    found = ("难" if long else "中") if close_change(old, new) else ("中" if long else "易")
    return min(found, asked_label(clause, old), key=LABELS.index)


def asked_label(clause: str, detail: str) -> str:
    """The label the changed detail gets when the same clause asks it as a gap (单选, 填空): a
    false statement that shows the swap is never harder than recalling the detail among options
    (seed-2121 review: 第三十七条's 自治区级以上 was 中 as 单选 and 难 as 判断). 难 when the
    detail is no slot of the clause (a consequence changed whole)."""
    from assistant.quiz.facts import find_slots

    slots = find_slots(clause)
    slot = next((s for s in slots if s.text == detail), None)
    if slot is None:
        return "难"
    return label(clause, detail, slot.kind, len(slots), changed=True)


def doubtful_details(clause: str) -> bool:
    """The clause holds a detail a half-remembering trainee could doubt: a figure, a period, or
    a body named at a level."""
    from assistant.quiz.facts import find_slots

    return any(
        s.kind in ("figure", "period") or (s.kind == "body" and _has_level(s.text))
        for s in find_slots(clause)
    )


PERIOD_WORDS = (
    "每日",
    "每天",
    "每周",
    "每月",
    "每季度",
    "每半年",
    "每年",
    "当月",
    "当季度",
    "当年",
)


def close_change(old: str, new: str) -> bool:
    """A change a trainee who half-remembers the rule would accept: the same body at another
    level, the same unit with a figure within a factor of two, one period word for another."""
    from assistant.quiz.terms import figure_value, parse_body

    a, b = parse_body(old), parse_body(new)
    if a and b and a.kind == b.kind and a.level != b.level:
        return True
    fa, fb = figure_value(old), figure_value(new)
    if fa and fb and fa[1] == fb[1]:
        try:
            x, y = float(fa[0]), float(fb[0])
        except ValueError:
            return False
        return bool(x and y) and max(x, y) / min(x, y) <= 2
    return any(w in old for w in PERIOD_WORDS) and any(w in new for w in PERIOD_WORDS)


def _has_level(detail: str) -> bool:
    from assistant.quiz.terms import LEVEL_RANK, parse_body

    body = parse_body(detail)
    if body and body.level in LEVEL_RANK:
        return True
    return any(detail.startswith(level) for level in LEVEL_RANK)  # "地区财政"
