"""Classes of question handled in the twenty-first session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import detect_calculator
from assistant.frame import FactType, Intent, read_frame
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize(
    "question, age",
    [
        ("我奶奶八十了，住院还要交起付线吗", 80),
        ("我外公75了 住院门槛费还收吗", 75),
        ("我爸72岁，住院起付线免不免", 72),
    ],
)
def test_an_age_is_no_cost(question, age) -> None:
    frame = read_frame(question)
    assert frame.person.age == age
    assert "cost" not in frame.slots, frame.slots


@pytest.mark.parametrize(
    "question, slots",
    [
        # the age and the case's own figures, each read as what it is
        ("我外公75了，住院花了3万，交的120档，一级医院", {"cost": "30000", "tier": 120}),
        # a tier's figure after 今年 with no word of age is the tier
        ("今年 60 二级医院 第一次住院 2万 报多少", {"tier": 60, "cost": "20000"}),
    ],
)
def test_an_age_beside_a_case_leaves_the_case_whole(question, slots) -> None:
    frame = read_frame(question)
    for key, value in slots.items():
        assert frame.slots.get(key) == value, frame.slots


@pytest.mark.parametrize(
    "question",
    ["看管人员因为什么会被解除聘用", "医保会因为什么拒付", "由于什么情况会被解聘"],
)
def test_for_what_cases_is_a_list_not_a_why(question) -> None:
    frame = read_frame(question)
    assert frame.intent is not Intent.EXPLAIN
    assert frame.fact is FactType.LIST


@pytest.mark.parametrize("question", ["为什么要交这么多", "为什么没全报"])
def test_a_why_stays_a_why(question) -> None:
    assert read_frame(question).intent is Intent.EXPLAIN


@pytest.mark.parametrize(
    "question",
    [
        "交60档 在二级医院开了药 花了800 报多少",
        "120档，在三级医院拿的药，一共500，能报多少",
        "一级医院配了点药 花了300 交的250档",
    ],
)
def test_drugs_fetched_at_a_hospital_are_no_stay(question) -> None:
    assert detect_calculator(question) != "inpatient"


def test_drugs_fetched_after_a_disease_compute_its_outpatient_benefit(assistant) -> None:
    first, case, limit = ask_turns(
        assistant,
        "我爸有高血压，去医院拿降压药医保管吗",
        "他交的250档，在一级医院开的药，花了600",
        "一年最多能报多少",
    )
    assert case.status == "calculated", case.answer
    assert "住院" not in case.answer.splitlines()[0], case.answer
    assert any("第二十五条" in label for label in labels(case))
    # the case's disease chooses its own limit among the article's
    assert "800元" in limit.answer.splitlines()[0], limit.answer


@pytest.mark.parametrize("question", ["看管员表现好能不能得到表彰？", "野外看管人员有奖励吗"])
def test_a_lead_in_answers_with_its_whole_sentence_and_items(assistant, question) -> None:
    response = assistant.ask(question)
    assert response.status == "answered", response.answer
    first = response.answer.splitlines()[0]
    assert "可给予表彰和奖励" in first, first
    assert all(f"（{n}）" in response.answer for n in "一二三四五六"), response.answer


@pytest.mark.parametrize("question", ["门特的报销比例是多少", "慢性病门诊能报几成"])
def test_values_taken_one_by_one_are_read_with_their_cases(assistant, question) -> None:
    first = assistant.ask(question).answer.splitlines()[0]
    assert "60元、120元、250元" in first and "60%、70%、90%" in first, first


def test_a_short_later_part_stays_in_the_first_parts_field(assistant) -> None:
    response = assistant.ask("去北京住院了能报吗？要先备案吗？")
    said = labels(response)
    assert any("第三十三条" in label for label in said), said
    assert not any("文物" in c.doc_title for c in response.citations), said


def test_a_date_alone_opens_its_sentence(assistant) -> None:
    first = assistant.ask("乡镇通客车的目标哪年实现").answer.splitlines()[0]
    assert "2020年" in first and "通客车率" in first, first


@pytest.mark.parametrize(
    "english, age, sex",
    [
        ("I'm 67 and male, do I still have to pay the premium?", 67, "男"),
        ("I am female and 61, do I pay the contribution?", 61, "女"),
    ],
)
def test_an_english_sex_and_bare_age_are_read(english, age, sex) -> None:
    from assistant.english import to_chinese

    frame = read_frame(to_chinese(english))
    assert (frame.person.age, frame.person.sex) == (age, sex), to_chinese(english)


def test_a_sex_asked_is_answered_by_the_piece_that_speaks_of_one(assistant) -> None:
    first = assistant.ask("看管员招不招女的").answer.splitlines()[0]
    assert "男性" in first, first


def test_a_sex_no_near_rule_speaks_of_is_no_condition(assistant) -> None:
    assert assistant.ask("女同志可以参加文物安全培训吗").status == "out_of_scope"
    # where the rule does speak of it, the case is computed
    assert assistant.ask("我姨是女的，63了，医保还要交钱吗").status == "calculated"
