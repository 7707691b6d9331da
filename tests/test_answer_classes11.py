"""Classes of question handled in the eleventh session (real model; sentences written for this
test, not taken from any evaluation table)."""

from __future__ import annotations

import pytest

from assistant.engine import Assistant, State
from assistant.typos import Typos

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant(real_searcher) -> Assistant:
    return Assistant(real_searcher)


def _talk(assistant: Assistant, *turns: str):
    state = State()
    return [assistant.ask(t, state) for t in turns]


@pytest.mark.parametrize("place", ["文物点上住", "工地上干活", "山上放羊"])
def test_a_verb_with_its_complement_is_not_a_typo_target(place) -> None:
    """ "点上" is a place, not a mistyped "垫上" (a colloquial phrase for 垫付)."""
    typos = Typos.build("阿里地区")
    _, fixes = typos.correct(f"能不能在{place}")
    assert fixes == [], fixes


@pytest.mark.parametrize(
    "question",
    [
        "看管员值班的时候能不能把媳妇也带到文物点上住",
        "安全培训课能带娃一起去听吗",
        "野外看管员巡查的时候能带着儿子一起去吗",
    ],
)
def test_a_person_taken_along_no_near_rule_speaks_of_is_declined(assistant, question) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope", response.answer
    assert response.citations, "the nearest rule is cited"


@pytest.mark.parametrize(
    "question",
    [
        "我表哥是当兵的 在部队医院看病能报多少",
        "武警战士住院 费用按啥报",
        "在解放军医院住院花了两万",
    ],
)
def test_a_serving_soldier_said_in_everyday_words_is_another_scheme(assistant, question) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope", response.answer


def test_a_case_carried_from_the_topic_is_said_with_the_result(assistant) -> None:
    _, stay = _talk(
        assistant,
        "我弟媳在普兰县医院生娃 医保全报吗",
        "交的250 在二级医院第一次住院 花了9000 报多少",
    )
    assert stay.status == "calculated", stay.answer
    assert "孕产妇分娩" in stay.answer and "不是这种情况" in stay.answer, stay.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("四好农村路里宣传发动要持续多久", "5月20日"),  # 四、（二）
        ("创三甲初审预计要用多长时间", "8个月"),
        ("考古队发掘结束后 东西最晚多久要移交", "六个月内"),
    ],
)
def test_a_verb_of_lasting_is_not_the_thing_timed(assistant, question, value) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert value in response.answer, response.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("医保基金收入要提出多少来当风险储备金", "10%"),
        ("养护公司做日常养护 得招多少本地农民", "60%"),
    ],
)
def test_a_part_or_a_head_count_asked_is_answered_by_the_share_stated(
    assistant, question, value
) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert value in response.answer.split("\n")[0], response.answer


def test_which_level_of_government_pays_is_a_body(assistant) -> None:
    from assistant.frame import FactType, read_frame

    assert read_frame("看管员的工资是哪一级财政出的").fact is FactType.BODY
    response = assistant.ask("文物看管员的工资经费由哪一级财政负担", State())
    assert response.status == "answered" and "地区财政" in response.answer, response.answer


@pytest.mark.parametrize(
    ("question", "budget"),
    [
        ("两处县级文保点一年工资预算多少", "57600.00"),
        ("三个自治区级文物点 全年预算要多少", "100800.00"),
    ],
)
def test_counted_sites_with_a_wage_budget_are_the_custodians_budget(
    assistant, question, budget
) -> None:
    (response,) = _talk(assistant, question)
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["budget"] == budget, response.answer
