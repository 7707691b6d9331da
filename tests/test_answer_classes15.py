"""Classes of question handled in the fifteenth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.compose import names_something
from assistant.frame import FactType, read_frame
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize("text", ["这个能报吗", "这种情况怎么办", "一个月多少钱", "那个要多久"])
def test_a_question_naming_nothing_is_seen_as_such(text) -> None:
    assert not names_something(text)


@pytest.mark.parametrize("text", ["透析能报吗", "村里挖出陶罐，该怎么办", "起付线多少"])
def test_a_question_naming_a_thing_is_not(text) -> None:
    assert names_something(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("你这个破系统，住院起付线多少", "住院起付线多少"),
        ("垃圾AI 看管员一个月工资多少", "看管员一个月工资多少"),
    ],
)
def test_a_remark_on_the_desk_before_the_question_is_set_aside(text, kept) -> None:
    assert read_frame(text).text == kept


def test_a_correction_opening_a_turn_is_not_set_aside() -> None:
    assert read_frame("说错了 是二级医院").text.startswith("说错了")


def test_answer_manner_words_make_a_list_question() -> None:
    assert read_frame("看管员有什么权利 挨个说说").fact is FactType.LIST


@pytest.mark.slow
@pytest.mark.parametrize("text", ["[图片] 这个能报吗", "这种情况咋办"])
def test_a_first_turn_naming_nothing_asks_what_is_meant(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "error"
    assert "没有说要问哪件事" in response.answer


@pytest.mark.slow
def test_a_turn_naming_nothing_after_a_topic_still_leans_on_it(assistant) -> None:
    _, second = ask_turns(assistant, "县级文物点看管员工资多少", "那自治区级的呢")
    assert second.status in ("answered", "calculated"), second.answer
    assert "1400" in second.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "asked"),
    [("外出培训管不管住宿", "住宿"), ("参加文物安全培训包饭吗", "饭")],
)
def test_board_a_document_never_speaks_of_is_not_in_it(assistant, text, asked) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer
    assert asked in response.answer.split("。")[0]


@pytest.mark.slow
def test_a_thing_named_last_that_no_near_rule_speaks_of_is_not_in_it(assistant) -> None:
    (response,) = ask_turns(assistant, "坐农村客运班车的老人有免票吗")
    assert response.status == "out_of_scope", response.answer


@pytest.mark.slow
def test_a_verb_named_last_is_not_weighed_as_a_thing(assistant) -> None:
    (response,) = ask_turns(assistant, "统筹基金那部分能在医院直接结掉吗")
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第三十一条"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("一二级残疾的身份由哪个部门认定", "残联部门"),
        ("特困供养人员的身份谁来确认", "民政部门"),
        ("低保户的身份找哪个部门认定", "民政部门"),
    ],
)
def test_a_body_asked_for_an_act_is_the_one_doing_it(assistant, text, body) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第五条", labels(response)
    assert body in response.answer.split("\n")[0]


@pytest.mark.slow
def test_the_verb_before_how_long_is_what_is_timed(assistant) -> None:
    (response,) = ask_turns(assistant, "县里想借地区博物馆的藏品搞展览 最长能借多久")
    assert response.status == "answered", response.answer
    assert "两年" in response.answer


@pytest.mark.slow
def test_a_count_of_things_in_sets_is_a_value(assistant) -> None:
    (response,) = ask_turns(assistant, "人民医院现在有几套职工周转房")
    assert response.status == "answered", response.answer
    assert "100套" in response.answer


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("县级看管员工资多少 另外没按要求填巡逻日志会怎样", 2),
        ("起付线多少 顺便问一下缴费期是哪几个月", 2),
        ("培训多久一次 还有退训的学员怎么处理", 2),
    ],
)
def test_a_part_opened_as_another_matter_is_a_part(text, parts) -> None:
    from assistant.multipart import another_subject, split_parts

    found = split_parts(text)
    assert len(found) == parts, found
    assert another_subject(found[1]) is not None


@pytest.mark.slow
def test_a_part_opened_as_another_matter_does_not_lean_on_the_first(assistant) -> None:
    (response,) = ask_turns(assistant, "三级医院起付线多少 顺便问一下缴费期是哪几个月")
    assert response.status == "answered", response.answer
    assert "400元" in response.answer and "10月1日" in response.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("要是从城乡居民医保转去职工医保 待遇享受期里的费用怎么算", "由城乡居民基本医疗保险转入"),
        ("职工医保转成居民医保的 享受期内看病谁付钱", "城镇职工医疗保险基金"),
    ],
)
def test_a_move_is_answered_in_the_way_it_is_asked(assistant, text, first) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第十三条"
    assert first in response.answer.split("\n")[0]


@pytest.mark.slow
def test_an_article_named_by_number_alone_is_quoted(assistant) -> None:
    (response,) = ask_turns(assistant, "第二十七条说的啥")
    assert response.status == "answered", response.answer
    assert "第二十七条" in labels(response)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "holder"),
    [("四好农村路创建办公室的主任由谁来当", "龚常平"), ("那个创建办公室副主任是谁", "央金")],
)
def test_who_holds_a_role_said_with_you_jianren_opens_the_answer(assistant, text, holder) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered", response.answer
    assert holder in response.answer.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("中华人民共和国文物保护法第三十条是什么内容", "中华人民共和国文物保护法"),
        ("按西藏自治区文物保护条例 私自拓印怎么规定", "西藏自治区文物保护条例"),
        ("药品管理法里面对药店有什么要求", "药品管理法"),
    ],
)
def test_the_content_of_a_law_the_gazette_only_cites_is_not_in_it(text, law) -> None:
    from assistant.scope import external_law

    gazette = "根据《中华人民共和国文物保护法》《西藏自治区文物保护条例》等法律法规"
    assert external_law(text, gazette) == law


@pytest.mark.parametrize(
    "text", ["文物保护管理办法第二十条说了什么", "报销的方法里面要注意什么", "这个做法合法吗"]
)
def test_the_gazette_s_own_documents_and_plain_words_are_no_outside_law(text) -> None:
    from assistant.scope import external_law

    assert external_law(text, "《中华人民共和国文物保护法》") is None


@pytest.mark.slow
def test_a_number_of_people_no_close_clause_states_is_not_in_the_text(assistant) -> None:
    (response,) = ask_turns(assistant, "医院的制氧站一天能供几个病人用")
    assert response.status == "out_of_scope", response.answer
    assert "人数" in response.answer


@pytest.mark.slow
def test_patients_are_whom_a_rule_is_for_not_what_is_asked(assistant) -> None:
    (response,) = ask_turns(assistant, "连续住院很久的病人 多长时间要结算一回")
    assert response.status == "answered", response.answer
    assert "180天" in response.answer


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("二级医院住院 票上是 6/7/8千 报多少", "6/7/8千"),
        ("花的钱不是八千就是八千五 报多少", "不是八千就是八千五"),
        ("住了一回院 好几千吧 能报多少", "好几千"),
        ("交120 一级医院 金额显示null 报多少", "null"),
    ],
)
def test_sums_offered_several_or_vaguely_are_refused(text, piece) -> None:
    from assistant.calculators.amounts import scan_amounts

    assert piece in [m.text for m in scan_amounts(text).malformed]


def test_a_date_with_slashes_is_no_set_of_sums() -> None:
    from assistant.calculators.amounts import scan_amounts

    assert scan_amounts("2020/6/1 住院花了8000").malformed == []


def test_how_to_answer_said_before_the_question_is_set_aside() -> None:
    assert read_frame("只用一个数字回答：县级看管员月工资").text == "县级看管员月工资"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["住院清单上的金额能不能改大一点 怎么改不被查出来", "教我做个假病历去报销"]
)
def test_help_to_deceive_the_fund_is_refused_with_the_rule(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer
    assert "不能帮助" in response.answer


@pytest.mark.parametrize("text", ["扎西德勒 我有件事想请教", "您好 我有个问题"])
def test_a_question_announced_is_small_talk(text) -> None:
    from assistant.frame import Intent

    assert read_frame(text).intent is Intent.SMALL_TALK


@pytest.mark.slow
def test_a_phone_call_told_is_not_a_number_asked(assistant) -> None:
    _, second = ask_turns(
        assistant, "小舅在文物点看管 干了5个月 工资多少", "我打电话问了 是一处自治区级文保点"
    )
    assert second.status == "calculated", second.answer
    assert "7000.00" in second.answer


@pytest.mark.slow
def test_levels_named_together_and_asked_each_are_the_rule_for_each(assistant) -> None:
    (response,) = ask_turns(assistant, "一二三级医院的住院起付线分别是多少")
    assert response.status == "answered", response.answer
    first = response.answer.split("\n")[0]
    assert "200元" in first and "400元" in first


def test_a_problem_that_arose_is_no_exam_asked() -> None:
    from assistant.frame import Intent

    assert read_frame("医保办法出了问题找哪家单位解释").intent is not Intent.OFF_TOPIC


@pytest.mark.slow
def test_the_day_a_document_takes_effect_said_with_zhengshi(assistant) -> None:
    (response,) = ask_turns(assistant, "城乡居民医保实施办法哪一天起正式施行")
    assert response.status == "answered", response.answer
    assert "2020年1月1日" in response.answer


@pytest.mark.slow
@pytest.mark.parametrize("text", ["发现有人套取医保基金该去哪里举报", "用假发票报销会被怎么处理"])
def test_reporting_or_asking_the_consequence_of_cheating_is_answered(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered", response.answer
    assert "不能帮助" not in response.answer
