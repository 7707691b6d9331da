"""Difficulty from what is asked, never from the item type (the checker recomputes it).

A detail deep in a long clause with many other details is harder to recall than the first word
of a short one; a figure is harder than a body, a body harder than a whole-statement truth. The
same detail of the same clause therefore gets the same label in every type.
"""

from __future__ import annotations

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


def label(quote: str, detail: str, kind: str, details: int, changed: bool = False) -> str:
    """changed: a false statement with one detail changed. Spotting that a level or a figure
    was swapped asks the trainee to recall it: never 易, so that every swap of the same kind
    of detail gets one label whatever clause it stands in."""
    value = score(quote, detail, kind, details)
    found = "易" if value < CUTS[0] else ("中" if value < CUTS[1] else "难")
    if changed and found == "易":
        found = "中"
    if kind == "body" and found == "易" and _has_level(detail):
        found = "中"  # one level among four (县级/地区/自治区/国务院) is not 易 (seed-606 review)
    return "中" if found == "难" and kind in AT_MOST_MEDIUM else found


# near the tertiles of the relic material's scores over its gap items (a 判断 is labelled by
# judge_label)
CUTS = (0.47, 0.61)

# 判断 clause lengths (characters) near the tertiles of the relic material's 判断 statements
JUDGE_CUTS = (43, 53)


def judge_label(clause: str) -> str:
    """A 判断 item's label from the clause it states, read as the text has it: the same for the
    true statement and for every false one made from that clause, so the label cannot tell the
    key (seed-1111 review: every 易 判断 was true, every 中 false, because a false statement was
    never 易 and a verbatim one never 难). Length alone: counting the clause's details made 易
    mean 正确 again (a clause with no detail to change can only be asked true)."""
    size = len("".join(clause.split()))
    return "易" if size < JUDGE_CUTS[0] else ("中" if size < JUDGE_CUTS[1] else "难")


def _has_level(detail: str) -> bool:
    from assistant.quiz.terms import LEVEL_RANK, parse_body

    body = parse_body(detail)
    return bool(body and body.level in LEVEL_RANK)
