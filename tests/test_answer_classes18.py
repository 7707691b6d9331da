"""Classes of question handled in the eighteenth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from tests.conversation import ask_turns, labels


@pytest.mark.parametrize(
    "text, verb",
    [
        ("文物安全培训要坚持哪几条原则", "坚持"),
        ("就业规划提出了哪些保障措施", "提出"),
        ("培训应当采取什么方式", "采取"),
    ],
)
def test_the_verb_before_the_question_word_holds_the_list(text, verb) -> None:
    from assistant.compose import _governing_verbs

    assert verb in _governing_verbs(text)


def test_a_thing_named_before_the_verb_is_no_governing_verb() -> None:
    from assistant.compose import _governing_verbs

    assert "培训" not in _governing_verbs("培训有哪些原则")


@pytest.mark.parametrize(
    "text",
    ["去拉萨参加文物培训的车费能报销吗", "看管员骑摩托巡查的油费能报吗"],
)
def test_a_cost_of_rules_that_never_reimburse_is_not_said_to_be_paid(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope"
    assert "没有规定" in response.answer
    assert "不能报销" not in response.answer  # the medical scheme's rule is not its answer


@pytest.mark.parametrize(
    "text, label",
    [("住院的路费能报吗", "第三十条（五）"), ("在拉萨住院花的钱能报销吗", "第二十二条")],
)
def test_a_medical_cost_is_still_answered_by_the_scheme(assistant, text, label) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered"
    assert label in labels(response)


def test_principles_held_by_a_verb_are_every_section_under_the_heading(assistant) -> None:
    (response,) = ask_turns(assistant, "文物安全培训要坚持哪几条原则")
    assert labels(response)[:6] == [f"一、（{n}）" for n in "一二三四五六"]


def test_the_sources_of_a_fund_are_its_list_of_parts(assistant) -> None:
    (response,) = ask_turns(assistant, "医保基金的收入来源有哪些")
    assert labels(response) == ["第十六条"]
    assert "社会捐助收入" in response.answer
