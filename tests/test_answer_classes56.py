"""Classes of question handled in the fifty-sixth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.answers import score_passage
from assistant.ellipsis import asked_of
from assistant.frame import Scheme, read_frame
from assistant.sums import things_named
from assistant.typos import Typos
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


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("就业规划里，乡镇兽医和检测员的岗位加起来一共多少个", ["乡镇兽医", "检测员"]),
        ("麻烦算一下：2021、2023两年的毕业生合计多少人", ["2021", "2023"]),
        ("四好农村路养护一年一共多少钱", []),  # (no things named)
    ],
)
def test_the_things_a_total_is_asked_of_leave_the_setting_out(question, things) -> None:
    assert things_named(question) == things


def test_a_conjunction_is_no_mistyped_character() -> None:
    typos = Typos.build("喝多 合作医疗")
    assert typos.correct("油返砂和多仁村公路两个项目")[1] == []
    assert ("和作医疗", "合作医疗") in typos.correct("城乡居民和作医疗怎么交")[1]


@pytest.mark.parametrize(
    ("last", "thing", "asked"),
    [
        ("改则县人民医院几级", "地区人民医院", "地区人民医院几级"),
        # (a kind of the thing is no whole name for it: its own question is kept whole)
        ("文物安全事故谁来组织调查", "重大事故", None),
    ],
)
def test_a_whole_name_stands_for_a_whole_name(last, thing, asked) -> None:
    assert asked_of(last, thing) == asked


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


def test_a_cost_after_another_documents_answer_is_not_the_funds(assistant) -> None:
    first, then = ask_turns(assistant, "去参加文物安全培训，培训费要不要自己出", "那路费和住宿呢")
    assert "五、" in labels(first)[0]
    # (the medical fund's 交通费 exclusion is no answer on a training's costs)
    assert all(c.label != "第三十条（五）" for c in then.citations)


def test_an_age_the_rule_sets_is_answered_not_computed(assistant) -> None:
    _, answer = ask_turns(assistant, "我老婆56，交的250档", "那我公公多大岁数就不用交了")
    assert answer.status == "answered" and "65周岁" in answer.answer.split("\n")[0]
    (alone,) = ask_turns(assistant, "我妈几岁以后医保就不用交了")
    assert "60周岁" in alone.answer.split("\n")[0]


def test_a_role_told_then_its_work_asked_is_the_list_of_duties(assistant) -> None:
    (answer,) = ask_turns(assistant, "我舅舅在日土当野外文物看管员，他平时都做些什么")
    assert answer.answer.startswith("《阿里地区野外文物看管人员管理细则（暂行）》第七条共列出")


def test_who_asks_before_a_why_is_no_case_of_the_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我邻居托我问下，看管员为什么要会汉藏双语")
    assert answer.answer.startswith("文件没有说明这样规定的原因")


def test_plan_figures_named_together_are_added(assistant) -> None:
    (answer,) = ask_turns(
        assistant, "四好农村路方案中，油返砂和多仁村公路改建两个项目投资合计多少万元"
    )
    # 2350 + 4849.79 = 7199.79 (方案 二、（一）)
    # (the plan's 二、（一） or its task table's row states each figure)
    assert "7199.79" in answer.answer and set(labels(answer)) <= {"二、（一）", "第3项"}


def test_both_conditions_of_joining_told_get_a_yes(assistant) -> None:
    (answer,) = ask_turns(assistant, "我户口在札达县，平时在家种地，能参加城乡居民医保吗")
    assert answer.answer.startswith("可以参加") and "第六条" in labels(answer)
    (unknown,) = ask_turns(assistant, "我是公务员，能参加城乡居民医保吗")
    assert not unknown.answer.startswith("可以参加")


def test_a_time_asked_of_a_deed_to_be_done_at_once(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员看到有人盗窃文物，最晚多长时间内要上报")
    assert "第一时间" in answer.answer.split("\n")[0] and "第七条（四）" in labels(answer)[0]


def test_a_why_of_another_documents_matter_is_no_pending_figure(assistant) -> None:
    _, answer = ask_turns(assistant, "我家老二三级残疾，医保要交钱吗", "就业援藏岗位为啥没人去")
    assert answer.status == "answered" and labels(answer)[0] == "一、（二）3."
    _, own = ask_turns(assistant, "我交250，住院花了", "为啥这次报这么少")
    assert own.status == "follow_up"  # (the stay's figures are still asked)
