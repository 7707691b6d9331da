"""Scoring one response against one row of the phrasing table: a pure function.

A check that does not apply to a row is None (not counted). Gold places are matched as in
shared/eval/README.md, with one tightening: a citation's parent title counts only when the
parent is a plan the document is annexed to, not a covering notice (印发…的通知) — the relic
notice names all three relic documents, so by the notice alone every relic article would
match every relic document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

DECLINE = "out_of_scope"


@dataclass(frozen=True)
class Verdict:
    status: bool
    cited: bool | None = None  # gold place cited / calculation cites present
    contains: bool | None = None  # answer holds every expected string
    figures: bool | None = None  # calculator and every expected figure exact
    follow_up: bool | None = None  # asked for exactly the expected inputs
    error_named: bool | None = None  # the error names the field
    no_repeat: bool | None = None  # not the same follow-up again after a topic switch
    false_decline: bool = False  # an answerable row answered out_of_scope
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        checks = (
            self.status,
            self.cited,
            self.contains,
            self.figures,
            self.follow_up,
            self.error_named,
            self.no_repeat,
        )
        return all(c is not False for c in checks)


def label_key(label: str) -> str:
    """ "二(三)", "二、（三）" and "二、(三)" name the same section."""
    return re.sub(r"[、\s（）()]", "", label or "")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def matches_gold(citation: dict[str, Any], gold: dict[str, str]) -> bool:
    titles = [citation.get("doc_title") or ""]
    parent = citation.get("parent_title") or ""
    if parent and "印发" not in parent:
        titles.append(parent)
    if not any(gold["doc"] in t for t in titles):
        return False
    if "article" in gold:
        return label_key(citation.get("article", "")) == label_key(gold["article"])
    return _squeeze(gold["quote"]) in _squeeze(citation.get("text") or "")


def cites_label(citations: list[dict[str, Any]], wanted: str) -> bool:
    key = label_key(wanted)
    return any(
        label_key(c.get("article", "")) == key or key in label_key(c.get("citation", ""))
        for c in citations
    )


def allowed_statuses(expect: dict[str, Any]) -> list[str]:
    status = expect.get("status")
    if status is None:
        if "follow_up_for" in expect:
            return ["follow_up"]
        if "calculator" in expect:
            return ["calculated"]
        return ["answered"]
    return [status] if isinstance(status, str) else list(status)


def score(expect: dict[str, Any], response: dict[str, Any] | None) -> Verdict:
    """How one response (Response.to_dict()) fares against a row or a dialogue turn.

    None as the response means the assistant raised: every applicable check fails.
    """
    allowed = allowed_statuses(expect)
    if response is None:
        return Verdict(status=False, problems=("异常：未返回结果",))
    got = response.get("status")
    problems: list[str] = []
    status_ok = got in allowed
    if not status_ok:
        problems.append(f"状态应为 {'/'.join(allowed)}，实际 {got}")
    citations = response.get("citations") or []
    answer = _squeeze(response.get("answer") or "")

    cited = None
    gold = expect.get("gold") or []
    if gold:
        cited = any(matches_gold(c, g) for c in citations for g in gold)
        if not cited:
            seen = [f"{c.get('doc_title', '')[:12]}{c.get('article', '')}" for c in citations]
            problems.append(f"未引用 {gold}，引用了 {seen}")
    cites = expect.get("cites") or []
    if cites and got == "calculated":
        missing = [c for c in cites if not cites_label(citations, c)]
        cited = (cited is not False) and not missing
        if missing:
            problems.append(f"计算缺少引用 {missing}")

    contains = None
    wanted = expect.get("answer_contains") or []
    if wanted:
        absent = [s for s in wanted if _squeeze(s) not in answer]
        contains = not absent
        if absent:
            problems.append(f"答案缺少 {absent}")

    figures = None
    expected = expect.get("expected") or {}
    # figures are due when only a calculation is right, or when one was given anyway
    if (
        expected
        and "follow_up_for" not in expect
        and (allowed == ["calculated"] or got == "calculated")
    ):
        calc = response.get("calculation") or {}
        result = calc.get("result") or {}
        wrong = {k: (v, result.get(k)) for k, v in expected.items() if result.get(k) != v}
        same_calculator = calc.get("calculator") == expect.get("calculator")
        figures = same_calculator and not wrong
        if not same_calculator:
            problems.append(f"计算器应为 {expect.get('calculator')}，实际 {calc.get('calculator')}")
        elif wrong:
            problems.append(
                "结果不符：" + "；".join(f"{k} 应为 {v} 实为 {g}" for k, (v, g) in wrong.items())
            )

    follow_up = None
    if "follow_up_for" in expect:
        asked = (response.get("follow_up") or {}).get("missing") or []
        follow_up = got == "follow_up" and sorted(asked) == sorted(expect["follow_up_for"])
        if not follow_up:
            problems.append(f"应追问 {expect['follow_up_for']}，实际 {got} {asked}")

    error_named = None
    if expect.get("error_contains"):
        text = _squeeze((response.get("error") or "") + (response.get("answer") or ""))
        error_named = got == "error" and any(_squeeze(s) in text for s in expect["error_contains"])
        if not error_named:
            problems.append(f"错误信息应指明 {expect['error_contains']}")

    no_repeat = None
    if expect.get("not_follow_up_for"):
        asked = (response.get("follow_up") or {}).get("missing") or []
        no_repeat = not (got == "follow_up" and set(asked) & set(expect["not_follow_up_for"]))
        if not no_repeat:
            problems.append(f"换了话题仍追问 {asked}")

    false_decline = got == DECLINE and DECLINE not in allowed
    return Verdict(
        status=status_ok,
        cited=cited,
        contains=contains,
        figures=figures,
        follow_up=follow_up,
        error_named=error_named,
        no_repeat=no_repeat,
        false_decline=false_decline,
        problems=tuple(problems),
    )
