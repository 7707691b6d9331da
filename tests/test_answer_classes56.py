"""Classes of question handled in the fifty-sixth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.answers import score_passage
from assistant.frame import Scheme, read_frame
from index.lexical import covered_by
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "text", "covered"),
    [
        ("乡镇政府", "乡（镇）人民政府在文物行政主管部门的指导下做好文物保护工作", True),
        ("镇政府", "乡（镇）人民政府在文物行政主管部门的指导下做好文物保护工作", True),
        ("乡政府", "地区行署、各县人民政府要认真履行政府主体责任", False),
        ("县政府", "地区行署、各县人民政府要认真履行政府主体责任", True),
        ("县政府", "乡（镇）人民政府在文物行政主管部门的指导下做好文物保护工作", False),
    ],
)
def test_a_body_said_without_the_texts_optional_words(word, text, covered) -> None:
    assert covered_by(word, word, text) is covered


@pytest.mark.parametrize(
    ("question", "resident"),
    [
        ("我老公单位有职工医保，居民医保两个都交行不行", True),
        ("有了职工医保还能同时买城乡居民医保吗", True),
        ("职工医保每个月都要交多少", False),
    ],
)
def test_both_schemes_paid_for_asks_the_residents_rule(question, resident) -> None:
    scheme = read_frame(question).subject.scheme
    assert (scheme is Scheme.RESIDENT) is resident


def test_a_bracketed_aside_does_not_dilute_its_piece() -> None:
    tokens = {"硬化路": 1.0, "乡镇": 1.0}
    aside = "（" + "、".join(f"某某村{n}" for n in range(12)) + "）"
    long = f"仍有2个乡镇{aside}未通硬化路；"
    short = "仍有2个乡镇未通硬化路；"
    assert score_passage(long, tokens, lambda t: 1.0, "几个乡镇没通硬化路") == pytest.approx(
        score_passage(short, tokens, lambda t: 1.0, "几个乡镇没通硬化路")
    )


# --- answers (the real model) ----------------------------------------------------------------


def test_a_custodians_deed_is_read_apart_from_the_lists_role_word(assistant) -> None:
    *_, answer = ask_turns(assistant, "有人在岩画边上偷挖东西", "要是看管员看见了也不吭声呢")
    assert "第十七条（一）" in labels(answer)[0]


def test_both_schemes_paid_for_is_answered_by_the_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我老公单位有职工医保，居民医保两个都交行不行")
    assert answer.status == "answered" and "第六条" in labels(answer)


def test_a_mild_disability_asked_free_is_told_to_pay(assistant) -> None:
    (answer,) = ask_turns(assistant, "我儿子四级残疾，参保能免缴吗")
    assert answer.answer.startswith("需要交") and "第十八条（三）" in labels(answer)


def test_unpaid_things_asked_together_are_each_named(assistant) -> None:
    (answer,) = ask_turns(assistant, "假牙和助听器能报吗")
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("都不能报销") and "假牙" in lead and "助听器" in lead
    (mixed,) = ask_turns(assistant, "住院费和陪护费能报吗")
    assert not mixed.answer.startswith("都不能报销")


def test_a_body_asked_of_is_answered_by_its_own_sentence(assistant) -> None:
    (answer,) = ask_turns(assistant, "镇政府对文物保护要负什么责任")
    # (第四十条's 各级人民政府 holds the towns too; the counties' own sentence does not)
    lead = answer.answer.split("\n")[0]
    assert answer.status == "answered" and "地区行署、各县人民政府" not in lead
    assert "乡（镇）人民政府" in lead or "各级人民政府" in lead


def test_a_shortfall_asked_why_is_answered_by_the_causes_stated(assistant) -> None:
    (answer,) = ask_turns(assistant, "援藏岗位去的人为啥那么少")
    lead, *rest = answer.answer.split("\n")
    assert lead.startswith("文件写明的原因是") and "匹配度不高" in lead
    # (the quote holds the sentence the reason is said from)
    assert any("匹配度不高" in c.text for c in answer.citations)
    (rule,) = ask_turns(assistant, "为什么不让在寺庙里拍壁画")
    assert "文件写明的原因是" not in rule.answer


def test_who_is_favoured_is_answered_by_the_clause_saying_whom(assistant) -> None:
    (answer,) = ask_turns(assistant, "哪类毕业生可以优先得到公益性岗位")
    assert "四、（二）2." in labels(answer)[0] and "建档立卡" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("文物安全培训到一半能不能请假回家", "一、（四）"),
        ("看管员打着保护文物的幌子要钱怎么办", "第十七条（三）"),
    ],
)
def test_everyday_words_of_a_deed_find_its_clause(assistant, question, label) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.status == "answered" and label in labels(answer)[0]


def test_a_count_with_a_bracketed_list_is_read_whole(assistant) -> None:
    (answer,) = ask_turns(assistant, "现在还有多少个乡镇没通硬化路")
    assert "2个乡镇" in answer.answer.split("\n")[0]


def test_two_things_asked_a_value_get_both_pieces(assistant) -> None:
    (answer,) = ask_turns(assistant, "乡镇和建制村通客车率要达到多少")
    lead = answer.answer.split("\n")[0]
    assert "100%" in lead and "80%" in lead


def test_a_named_hospitals_grade_is_declined_and_so_is_the_next(assistant) -> None:
    first, then = ask_turns(assistant, "普兰县人民医院几级", "那地区人民医院呢")
    assert first.status == "out_of_scope" and then.status == "out_of_scope"


def test_going_straight_to_lhasa_is_answered_by_the_referral_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "去拉萨住院可以直接去吗还是得转诊")
    assert labels(answer)[0] == "第三十二条"


def test_the_bed_fees_of_a_stay_are_the_days_times_the_standard(assistant) -> None:
    (answer,) = ask_turns(assistant, "一级医院住8天床位费最多算多少")
    # 40元/床日 × 8 = 320 (第二十二条（二）)
    assert "320" in answer.answer and "第二十二条（二）" in labels(answer)


def test_preventive_care_is_declined_and_a_birth_answered(assistant) -> None:
    (check,) = ask_turns(assistant, "孕检的钱能报销吗")
    assert check.status == "out_of_scope" and "第二十九条" in labels(check)
    (birth,) = ask_turns(assistant, "在县医院生孩子能报多少")
    assert birth.status == "answered" and "第二十九条（二）" in labels(birth)
