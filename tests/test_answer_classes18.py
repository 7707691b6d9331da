"""Classes of question handled in the eighteenth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.frame import read_frame
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


@pytest.mark.parametrize(
    "text, act",
    [("内地医生想援藏 怎么报名", "报名"), ("看管员辞职要走什么手续", "辞职"), ("医保怎么交", "")],
)
def test_the_act_a_procedure_is_asked_of(text, act) -> None:
    from assistant.compose import _procedure_act

    assert _procedure_act(text) == act


def test_a_procedure_of_an_act_the_gazette_never_names_is_declined(assistant) -> None:
    (response,) = ask_turns(assistant, "想去当护路员 去哪报名")
    assert response.status == "out_of_scope"
    assert "报名" in response.answer.split("最相关")[0]


def test_a_procedure_the_gazette_gives_is_still_answered(assistant) -> None:
    (response,) = ask_turns(assistant, "发现文物了怎么上报")
    assert response.status == "answered"
    assert labels(response)[0] == "第二十一条"


@pytest.mark.parametrize(
    "text, column, value",
    [
        ("村道生命安全防护工程哪个单位牵头", "牵头单位", "各县人民政府"),
        ("村道生命安全防护工程哪位领导牵头", "牵头领导", "各县交通行业分管副县长"),
        ("精神病福利院项目的责任单位是哪家", "责任单位", "地区民政局"),
    ],
)
def test_a_task_tables_cell_is_asked_by_its_column(assistant, text, column, value) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered"
    assert f"{column}：{value}" in response.answer


def test_a_date_asked_of_a_task_is_its_rows_time_limit(assistant) -> None:
    (response,) = ask_turns(assistant, "村道安防工程什么时候必须干完")
    assert response.status == "answered"
    assert "2020年11月30日前" in response.answer
    assert labels(response) == ["第4项"]


@pytest.mark.parametrize(
    "text", ["培训期间有事 打电话跟老师请假行吗", "住院时打电话 开空调的钱谁出"]
)
def test_a_telephone_used_is_no_phone_number_asked(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert "联系电话" not in response.answer


@pytest.mark.parametrize("text", ["医保局的咨询电话是多少", "有没有举报电话"])
def test_a_phone_number_asked_is_declined(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert "没有公布联系电话" in response.answer


def test_a_platform_the_text_names_answers_which_platform(assistant) -> None:
    (response,) = ask_turns(assistant, "外地住院备案在什么系统上办")
    assert response.status == "answered"
    assert "信息系统" in response.answer


@pytest.mark.parametrize(
    "text", ["扎西德勒 我是帕羊镇的 想咨询医保", "你好 我是狮泉河的 想问问文物的事"]
)
def test_a_greeting_with_a_bare_topic_is_welcomed(text) -> None:
    from assistant.frame import Intent

    assert read_frame(text).intent is Intent.SMALL_TALK


@pytest.mark.parametrize(
    "text", ["我是改则县的 想问问医保怎么交", "我是改则县的，想问住院能报多少"]
)
def test_an_introduction_before_a_question_is_no_greeting(text) -> None:
    from assistant.frame import Intent

    assert read_frame(text).intent is not Intent.SMALL_TALK


def test_a_run_of_several_held_sounds_is_no_question() -> None:
    from assistant.guard import check

    assert check("嗷嗷嗷嗷嗷嗷嗷呜呜呜呜呜").error


@pytest.mark.parametrize(
    "text, item",
    [
        ("医保不给报的服务类费用有哪些", "第三十条（一）"),
        ("哪些生活服务费用医保不付", "第三十条（五）"),
    ],
)
def test_one_category_of_a_categorised_list_is_its_item(assistant, text, item) -> None:
    (response,) = ask_turns(assistant, text)
    assert labels(response) == [item]


def test_a_category_named_after_a_list_switches_the_item(assistant) -> None:
    _, second = ask_turns(assistant, "医保不给报的服务类费用有哪些", "那治疗项目类呢")
    assert labels(second) == ["第三十条（四）"]
    assert "器官" in second.answer


@pytest.mark.parametrize("turn", ["那内容上具体包括哪些", "那具体内容有哪些"])
def test_a_continuation_naming_only_a_kind_of_list_keeps_the_subject(assistant, turn) -> None:
    _, second = ask_turns(assistant, "文物安全培训有哪些方式", turn)
    assert labels(second)[0] == "六、（三）"
    assert "案例分析" in second.answer


def test_the_thing_counted_in_english_is_said_with_the_count() -> None:
    from assistant.english import to_chinese

    assert "有多少个子系统" in to_chinese(
        "How many subsystems does the hospital's remote platform have?"
    )


@pytest.mark.parametrize(
    "text, label",
    [("私人收藏的文物能拿去交易吗", "第三十二条"), ("县博物馆能把文物送给个人吗", "第二十七条")],
)
def test_trading_and_giving_relics_in_everyday_words(assistant, text, label) -> None:
    (response,) = ask_turns(assistant, text)
    assert labels(response)[0] == label


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("乡镇卫生院住院起付线多少？三级医院呢？", "100元", "400元"),
        ("县级文保单位看管员工资多少？自治区级呢？", "1200元", "1400元"),
        ("毕业生参军入伍要达到多少人？学历提升呢？", "75人", "60人"),
    ],
)
def test_a_rules_tail_with_one_thing_changed_is_answered_too(assistant, text, first, second):
    (response,) = ask_turns(assistant, text)
    lines = [x for x in response.answer.split("\n") if not x.startswith(("原文", "另见"))]
    assert any(first in x for x in lines) and any(second in x for x in lines)


def test_a_second_figure_of_a_quoted_clause_gets_its_own_line(assistant) -> None:
    (response,) = ask_turns(assistant, "看管员一个月多少钱 每处安排几个人")
    lines = [x for x in response.answer.split("\n") if not x.startswith(("原文", "另见"))]
    assert any("2名" in x for x in lines)


@pytest.mark.parametrize(
    "text, label",
    [
        ("文物事故调查核实以后向上报告 口头说一声行不行", "第四十八条"),
        ("培训中途要退训 给办公室打个电话行不行", "一、（四）"),
    ],
)
def test_a_way_of_telling_is_decided_by_the_form_the_rule_states(assistant, text, label):
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered"
    assert labels(response)[0] == label
    assert "书面" in response.answer or "不得退训" in response.answer


def test_an_aside_after_the_question_is_not_what_it_asks() -> None:
    from assistant.compose import asking_part

    assert asking_part("在林芝住院 多久内必须备案 急") == "在林芝住院 多久内必须备案"
    assert asking_part("就业率规划能到多少 孩子明年毕业") == "就业率规划能到多少"


def test_a_rule_asked_after_a_result_is_no_new_case_of_it(assistant) -> None:
    _, second = ask_turns(
        assistant,
        "交的120档 二级医院住了一回花了2.3w 报多少",
        "乡镇卫生院住院起付线多少？三级医院呢？",
    )
    assert second.status == "answered"
    assert "100元" in second.answer and "400元" in second.answer


def test_a_case_and_its_tail_with_another_level_are_both_computed(assistant) -> None:
    (response,) = ask_turns(assistant, "交250档 住院花了2万 一级医院 报多少？三级呢？")
    assert response.status == "calculated"
    assert "17820.00" in response.answer  # 一级: (20000 − 200) × 90%
    assert "16660.00" in response.answer  # 三级: (20000 − 400) × 85%


def test_a_tail_is_kept_in_the_case_when_the_case_cannot_be_computed(assistant) -> None:
    (response,) = ask_turns(assistant, "住院花了2万报多少？二级呢？")
    assert response.status == "follow_up"
    assert "哪一级" not in response.answer  # the level said in the tail is read
