"""Classes of question handled in the twentieth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.english import to_chinese
from tests.conversation import labels


@pytest.mark.parametrize(
    "english, chinese",
    [
        ("What is the deductible at a tier-three hospital?", "三级"),
        ("How much does a level 2 hospital pay back?", "二级"),
        ("When will the grade 3A review be done?", "三级甲等"),
        ("I am on the tier 120 premium", "120档"),
        ("What does the 250 yuan tier pay?", "250档"),
        ("What is the tier 3 contribution?", "3档"),  # a contribution word keeps it a tier
    ],
)
def test_a_numbered_level_in_english_is_a_hospitals_level_not_a_tier(english, chinese) -> None:
    said = to_chinese(english)
    assert chinese in said, said
    if "档" not in chinese:
        assert "档" not in said, said


@pytest.mark.parametrize(
    "question, article, term",
    [
        # a channel asked in words the text never uses, stated in its own (信息系统)
        ("在成都住院要备案 能在网上弄吗", "第三十三条", "信息系统"),
        # a manner asked (打电话), decided by the form the text states (书面)
        ("文物安全事故核实清楚后向上级汇报 发个微信说一下可以吗", "第四十八条", "书面"),
        # a discount asked, stated as a lowered share
        ("去成都看病住院 报销比例会打折扣吗", "第二十二条", "降低10%"),
    ],
)
def test_a_side_word_is_answered_by_the_detail_the_text_states(
    assistant, question, article, term
) -> None:
    response = assistant.ask(question)
    assert response.status == "answered", response.answer
    assert any(article in label for label in labels(response)), labels(response)
    assert term in response.answer


@pytest.mark.parametrize(
    "question",
    [
        # the same side words where no near article states the detail stay declined
        "文物安全培训能在网上听课吗",
        "农村客运班车票能打折吗",
    ],
)
def test_a_side_word_no_near_article_states_is_still_declined(assistant, question) -> None:
    assert assistant.ask(question).status == "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        # a yes/no whose predicate ends on a thing no article names
        "文物看管员能不能领一套冲锋衣",
        "参加文物安全培训有没有结业证书",
        "住院期间医保给不给配轮椅",
    ],
)
def test_a_yes_no_ending_on_a_thing_the_gazette_never_names_is_declined(
    assistant, question
) -> None:
    assert assistant.ask(question).status == "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        # a procedure asked of an act the quoted articles never speak of
        "想在狮泉河开个文物修复工作室 营业执照怎么申请",
        "想给阿里的农村客运投一辆车 怎么申请",
    ],
)
def test_a_procedure_of_an_act_no_quoted_article_speaks_of_is_declined(assistant, question) -> None:
    assert assistant.ask(question).status == "out_of_scope"


@pytest.mark.parametrize(
    "question, article",
    [
        ("中途要退出文物安全培训 退训手续怎么办", "一、（四）"),
        ("在西安住院 备案要怎么办理", "第三十三条"),
    ],
)
def test_a_procedure_the_quoted_article_gives_is_still_answered(
    assistant, question, article
) -> None:
    response = assistant.ask(question)
    assert response.status == "answered", response.answer
    assert article in labels(response)[0], labels(response)


@pytest.mark.parametrize(
    "question",
    ["看管协议一般几月份续签", "文物安全培训放在哪个月办", "三甲的初审定在哪年"],
)
def test_a_month_or_year_of_the_calendar_asked_is_a_date(question) -> None:
    from assistant.frame import FactType, read_frame

    assert read_frame(question).fact is FactType.DATE


@pytest.mark.parametrize(
    "question, figure",
    [
        ("新建传染病院区的投资额是多少", "6251.5万元"),
        ("精神病福利院项目的投资额有多少", "5000万元"),
    ],
)
def test_a_kind_of_value_named_with_its_suffix_is_not_a_thing_asked(
    assistant, question, figure
) -> None:
    response = assistant.ask(question)
    assert response.status == "answered" and figure in response.answer, response.answer


@pytest.mark.parametrize(
    "english, chinese, absent",
    [
        # "when" opening a condition asks nothing; the question comes after the pause
        ("When my son is in hospital in Lhasa, who pays the bill?", "谁", "什么时候"),
        ("When does the payment period start?", "什么时候", ""),
        ("Does my travel insurance from home cover the stay?", "商业保险", ""),
        ("What is the longest a relic may be lent?", "最长多久", ""),
    ],
)
def test_english_conditions_and_general_words_are_read(english, chinese, absent) -> None:
    said = to_chinese(english)
    assert chinese in said, said
    if absent:
        assert absent not in said, said


def test_a_reply_worded_at_length_fills_the_input_asked(assistant) -> None:
    from tests.conversation import ask_turns

    first, reply = ask_turns(
        assistant, "姐夫在一级医院头一回住院 花了八千 能报多少", "姐夫他们家当时选的是一百二那个"
    )
    assert first.status == "follow_up"
    assert reply.status == "calculated", reply.answer
    assert reply.calculation["inputs"]["tier"] == 120


def test_an_age_in_words_corrects_the_one_refused(assistant) -> None:
    from tests.conversation import ask_turns

    first, reply = ask_turns(
        assistant, "姨婆 女 一百五十岁 参保个人交多少", "户口本上登记的是七十六"
    )
    assert first.status == "error"
    assert reply.status == "calculated", reply.answer
    assert reply.calculation["inputs"]["age"] == 76


def test_a_reply_with_a_question_word_is_not_taken_for_the_input() -> None:
    from assistant.dialogue import _bare_answer

    assert _bare_answer("那住院一年最多能报多少 我们交的120", ["tier"]) == {}
    assert _bare_answer("一百二", ["tier"]) == {"tier": 120}


@pytest.mark.parametrize(
    "text, sex, age",
    [("那他老伴 女 六十八呢", "女", 68), ("我外公 男的 七十五 要交吗", "男", 75)],
)
def test_a_sex_said_between_the_person_and_the_age(text, sex, age) -> None:
    from assistant.frame import read_frame

    person = read_frame(text).person
    assert (person.sex, person.age) == (sex, age)


@pytest.mark.parametrize(
    "question, stated",
    [
        ("十一月交的医保钱 管哪一年看病", "下一年"),
        ("人力资源服务骨干企业的培育目标定在哪年实现", "2025年"),
    ],
)
def test_a_year_asked_is_answered_by_a_year_stated_relative_or_not(
    assistant, question, stated
) -> None:
    response = assistant.ask(question)
    assert response.status == "answered" and stated in response.answer, response.answer


def test_a_newborns_bill_is_the_birth_rule(assistant) -> None:
    response = assistant.ask("娃刚生下来就住了保温箱 这钱医保怎么报")
    assert response.status == "answered", response.answer
    assert labels(response)[0].startswith("第二十九条"), labels(response)


@pytest.mark.parametrize(
    "english",
    [
        "Is there a hotline for questions about the rural bus lines?",
        "Which website lists the designated hospitals?",
        "What are the office hours of the relic bureau?",
    ],
)
def test_english_contact_details_the_gazette_never_gives_are_declined(assistant, english) -> None:
    assert assistant.ask(english).status == "out_of_scope"
