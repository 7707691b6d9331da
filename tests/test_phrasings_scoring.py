"""The phrasing table's scoring and tallying, on fake responses (no model)."""

from __future__ import annotations

from evaluation.phrasings.runner import Outcome, headline, report, run, tally
from evaluation.phrasings.scoring import matches_gold, score

MI = "城乡居民基本医疗保险实施办法"
TITLE = "阿里地区城乡居民基本医疗保险实施办法（试行）"


def response(
    status="answered", answer="", citations=(), calculation=None, follow_up=None, error=None
):
    return {
        "status": status,
        "answer": answer,
        "citations": list(citations),
        "calculation": calculation,
        "follow_up": follow_up,
        "error": error,
    }


def cite(article, doc=TITLE, parent=None, text=""):
    return {"doc_title": doc, "parent_title": parent, "article": article, "text": text}


LOOKUP = {
    "status": "answered",
    "gold": [{"doc": MI, "article": "第二十二条"}],
    "answer_contains": ["400"],
}


def test_lookup_right_when_status_gold_and_contains_hold() -> None:
    v = score(LOOKUP, response(answer="三级 400 元", citations=[cite("第二十二条")]))
    assert v.ok and v.status and v.cited and v.contains


def test_lookup_wrong_article_or_missing_figure() -> None:
    v = score(LOOKUP, response(answer="三级 400 元", citations=[cite("第二十三条")]))
    assert not v.ok and v.cited is False and v.contains
    v = score(LOOKUP, response(answer="见条文", citations=[cite("第二十二条")]))
    assert not v.ok and v.contains is False


def test_contains_ignores_whitespace_only() -> None:
    expect = {"status": "answered", "answer_contains": ["6万"]}
    assert score(expect, response(answer="最高 6 万元")).contains
    assert not score(expect, response(answer="最高六万元")).contains


def test_declining_an_answerable_row_is_a_false_decline() -> None:
    v = score(LOOKUP, response(status="out_of_scope"))
    assert v.false_decline and not v.ok
    oos = {"status": "out_of_scope", "gold": []}
    v = score(oos, response(status="out_of_scope"))
    assert v.ok and not v.false_decline
    assert not score(oos, response(status="answered")).ok


def test_status_may_be_a_list_of_acceptable_statuses() -> None:
    expect = {"status": ["answered", "calculated"]}
    assert score(expect, response(status="calculated")).ok
    assert not score(expect, response(status="follow_up")).ok


def test_notice_parent_does_not_match_a_sibling_document() -> None:
    gold = {"doc": "野外文物看管人员管理细则", "article": "第十二条"}
    notice = "关于印发《阿里地区文物保护管理办法（暂行）》《阿里地区野外文物看管人员管理细则（暂行）》的通知"
    sibling = cite("第十二条", doc="阿里地区文物保护管理办法（暂行）", parent=notice)
    assert not matches_gold(sibling, gold)
    own = cite("第十二条", doc="阿里地区野外文物看管人员管理细则（暂行）", parent=notice)
    assert matches_gold(own, gold)


def test_annex_matches_through_its_plan_and_quotes_ignore_spaces() -> None:
    gold = {"doc": "四好农村路", "quote": "145个建制村"}
    annex = cite(
        "一、",
        doc="阿里地区2020年农村客运推进工作方案",
        parent="阿里地区2020年创建“四好农村路”示范地、县工作推进方案",
        text="145 个建制村，42个",
    )
    assert matches_gold(annex, gold)
    assert not matches_gold({**annex, "text": "37个乡镇"}, gold)


CALC = {
    "status": "calculated",
    "calculator": "inpatient",
    "expected": {"payment": "12410.00", "deductible": "400.00"},
    "cites": ["第二十二条"],
}


def calc_response(result, calculator="inpatient", citations=None):
    return response(
        status="calculated",
        citations=[cite("第二十二条")] if citations is None else citations,
        calculation={"calculator": calculator, "inputs": {}, "result": result, "steps": []},
    )


def test_calculation_figures_must_be_exact() -> None:
    assert score(
        CALC, calc_response({"payment": "12410.00", "deductible": "400.00", "self_pay": "1"})
    ).ok
    v = score(CALC, calc_response({"payment": "12410.0", "deductible": "400.00"}))
    assert v.figures is False and not v.ok
    v = score(
        CALC,
        calc_response(
            {"payment": "12410.00", "deductible": "400.00"}, calculator="special_outpatient"
        ),
    )
    assert v.figures is False


def test_figures_are_optional_only_when_another_status_is_allowed() -> None:
    either = {**CALC, "status": ["calculated", "answered"], "answer_contains": ["100"]}
    assert score(either, response(answer="每县100万元")).ok
    assert not score(either, calc_response({"payment": "1.00"})).ok
    assert score(CALC, response(answer="12410.00")).figures is False


def test_calculation_must_cite_its_articles() -> None:
    v = score(CALC, calc_response({"payment": "12410.00", "deductible": "400.00"}, citations=[]))
    assert v.figures and v.cited is False and not v.ok


def test_follow_up_must_ask_for_exactly_the_missing_inputs() -> None:
    expect = {"status": "follow_up", "follow_up_for": ["tier"]}
    assert score(
        expect, response(status="follow_up", follow_up={"missing": ["tier"], "question": "？"})
    ).ok
    assert not score(expect, response(status="follow_up", follow_up={"missing": ["level"]})).ok
    assert not score(expect, response(status="calculated")).ok


def test_error_must_name_the_field() -> None:
    expect = {"status": "error", "error_contains": ["费用"]}
    assert score(expect, response(status="error", error="医疗费用“2e9”不是有效的金额。")).ok
    assert not score(expect, response(status="error", error="出错了")).ok
    assert not score(expect, response(status="calculated")).ok


def test_topic_switch_must_not_repeat_the_pending_follow_up() -> None:
    expect = {"status": "answered", "not_follow_up_for": ["tier"]}
    v = score(expect, response(status="follow_up", follow_up={"missing": ["tier"]}))
    assert v.no_repeat is False and not v.ok
    assert score(expect, response(status="answered")).ok


def test_an_exception_is_wrong() -> None:
    v = score(LOOKUP, None)
    assert not v.ok and v.problems


def test_run_survives_an_exception_and_keeps_dialogue_state() -> None:
    rows = [
        {"id": "a", "category": "lookup", "split": "tune", "question": "boom", **LOOKUP},
        {"id": "b", "category": "lookup", "split": "tune", "question": "ok", **LOOKUP},
        {
            "id": "d",
            "category": "dialogue",
            "split": "tune",
            "turns": [
                {"user": "one", "expect": {"status": "answered", "answer_contains": ["1"]}},
                {"user": "two", "expect": {"status": "answered", "answer_contains": ["2"]}},
            ],
        },
    ]

    def ask(text, state):
        if text == "boom":
            raise RuntimeError("bad row")
        state.append(text)
        return response(answer=f"400 {len(state)}", citations=[cite("第二十二条")])

    outcomes = run(rows, ask, list)
    assert [o.row_id for o in outcomes] == ["a", "b", "d#1", "d#2"]
    assert [o.verdict.ok for o in outcomes] == [False, True, True, True]
    assert outcomes[0].got_status == "exception"
    table = tally(outcomes)
    assert (table["lookup"].items, table["lookup"].right) == (2, 1)
    assert table["全部"].items == 4
    text = report(outcomes, "t")
    assert "| a | lookup | boom |" in text and "exception" in text
    assert "按所问事实类型" not in text
    rows[1]["fact_type"] = "amount"
    assert "| amount | 1 | 1/1 1.00 |" in report(run(rows[1:2], ask, list), "t")


def test_false_declines_count_only_answerable_rows() -> None:
    outcomes = [
        Outcome(
            "x",
            "c",
            "q",
            LOOKUP,
            score(LOOKUP, response(status="out_of_scope")),
            "out_of_scope",
            "",
        ),
        Outcome(
            "y",
            "c",
            "q",
            {"status": "out_of_scope"},
            score({"status": "out_of_scope"}, response(status="out_of_scope")),
            "out_of_scope",
            "",
        ),
    ]
    t = tally(outcomes)["c"]
    assert (t.false_declines, t.answerable) == (1, 1)


def test_headline_counts_declines_and_false_declines() -> None:
    oos = {"status": "out_of_scope"}
    outcomes = [
        Outcome(
            "x",
            "lookup",
            "q",
            LOOKUP,
            score(LOOKUP, response(status="out_of_scope")),
            "out_of_scope",
            "",
        ),
        Outcome(
            "y",
            "out_of_scope_place",
            "q",
            oos,
            score(oos, response(status="out_of_scope")),
            "out_of_scope",
            "",
        ),
        Outcome(
            "z",
            "out_of_scope_place",
            "q",
            oos,
            score(oos, response(status="answered")),
            "answered",
            "",
        ),
    ]
    figures = {name: (hit, n) for name, hit, n in headline(outcomes)}
    assert figures["应拒答的被拒答（out_of_scope）"] == (1, 2)
    assert figures["误拒（可回答的被拒答）"] == (1, 1)
    assert figures["计算题全对"] == (0, 0)
