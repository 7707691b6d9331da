"""Classes of question handled in the ninth session (real model; sentences written for this
test, not taken from any evaluation table)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.engine import State
from assistant.frame import Intent, read_frame
from tests.conversation import ask_turns, labels

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "greeting",
    ["hi there", "thank you so much", "您好 小助手 在忙吗", "你好 我想了解一下医保方面的事情"],
)
def test_a_greeting_or_an_announced_topic_gets_the_short_reply(assistant, greeting) -> None:
    response = assistant.ask(greeting, State())
    assert response.status == "answered" and not response.citations, response.answer


def test_a_case_stated_after_a_request_to_compute_is_not_a_service(assistant) -> None:
    first, second = ask_turns(
        assistant, "帮我算算住院能报多少 我交的是250", "三级的 第一次 花了两万"
    )
    assert first.status == "follow_up", first.answer
    assert second.status == "calculated" and second.calculation["result"]["payment"] == "16660.00"


def test_a_what_if_of_the_same_stay_is_not_a_later_stay(assistant) -> None:
    _, again = ask_turns(
        assistant, "我在二级医院住院 交60档 第一回 花了一万", "假如那会儿交的是120档 又是多少"
    )
    assert again.calculation["result"]["deductible"] == "200.00", again.answer


def test_outpatient_care_after_a_disease_turn_is_that_disease_s(assistant) -> None:
    _, case = ask_turns(assistant, "癫痫算门特吗", "交120 门诊花了两千")
    assert case.status == "calculated" and "第二十四条" in " ".join(labels(case)), case.answer
    assert case.calculation["result"]["payment"] == "1400.00"


def test_a_tier_said_while_the_tier_is_asked_answers_the_follow_up(assistant) -> None:
    turns = ask_turns(
        assistant, "门特能报多少 我妈是糖尿病", "我家交的缴费档是二百五那档", "这次一千"
    )
    assert turns[1].status == "follow_up", turns[1].answer
    assert turns[2].calculation["result"]["payment"] == "900.00", turns[2].answer


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("表姐在乡卫生院生的老二 合规费用三千二 医保给报多少", "payment", "3200.00"),
        ("门诊今年头一回 花了八十 能报不", "payment", "0.00"),
        ("县级文保点的看管员干满一年 一共能领多少", "pay", "14400.00"),
        ("断了一年医保 现在补 各级财政补助加一块是七百 我得交多少", "individual", "950.00"),
        ("姨妈 二级医院第一次住院 ２００００ 档次60", "payment", "12870.00"),
    ],
)
def test_a_case_said_the_way_people_say_it_is_computed(assistant, question, field, value) -> None:
    response = assistant.ask(question, State())
    assert response.status == "calculated", response.answer
    assert response.calculation["result"][field] == value


def test_a_why_after_a_capped_result_names_the_cap(assistant) -> None:
    turns = ask_turns(
        assistant,
        "我交250 三级医院第一次住院 花了五万",
        "第二次又花了三万",
        "怎么第二次报得比第一次少那么多",
    )
    assert Decimal(turns[1].calculation["result"]["payment"]) < Decimal(
        turns[1].calculation["result"]["uncapped_payment"]
    )
    assert "第二十三条" in turns[2].answer and "限额" in turns[2].answer, turns[2].answer


def test_a_why_naming_a_figure_explains_the_step_that_holds_it(assistant) -> None:
    _, why = ask_turns(assistant, "交120 一级医院第一次住院 花了五千", "为啥先扣掉两百")
    assert "起付线" in why.answer and "200" in why.answer, why.answer


def test_a_mishap_after_a_rule_quotes_the_sentence_about_it(assistant) -> None:
    _, lost = ask_turns(assistant, "两个国有博物馆之间借文物能借多久", "要是借走的被弄坏了呢")
    assert "损毁" in lost.answer, lost.answer


def test_another_thing_after_a_yes_no_verdict_is_asked_the_same_way(assistant) -> None:
    _, other = ask_turns(assistant, "住院的陪护费医保报不报", "那挂号费呢")
    assert other.status == "answered" and "第三十条" in labels(other)[0], other.answer
    assert "挂号" in other.answer


def test_a_rule_asked_after_a_case_is_looked_up_not_recomputed(assistant) -> None:
    _, rule = ask_turns(
        assistant,
        "一级医院第一次住院 交250 住了五天 床位费每天六十 总共四千",
        "二级医院的床位费标准是多少",
    )
    assert rule.status == "answered" and "60元" in rule.answer, rule.answer


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("昆山那边的居民医保住院报多少", "昆山"),
        ("台南的健保看门诊要自己出多少", "台南"),
        ("二三年的医保缴费标准是多少", "2023"),
        ("交强险能赔多少医药费", "商业保险"),
        ("残疾人护理补贴一个月发多少", "其他社会保险"),
    ],
)
def test_another_place_year_or_scheme_is_declined(assistant, question, reason) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope" and reason in response.answer, response.answer


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        # a side word of the question is not the thing whose value is asked
        ("地区中心血站搬进卫健委的院子 定在什么时候", "6月初"),
        # a part of a whole asked without money is a share
        ("每年的医保基金收入要拿出多少放进风险储备金", "10%"),
        # the kinds counted
        ("门特一共有多少个病种", "30种"),
        ("门诊特殊病总共有几种病", "30种"),
        # a limit stated as 控制在…以内
        ("传染病院区的投资最多能花多少万", "6251.5"),
        # paid in full answers how much is paid
        ("在乡卫生院顺产 合规的费用能报多少", "全额报销"),
    ],
)
def test_an_answerable_detail_is_answered(assistant, question, contains) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered" and contains in response.answer, response.answer


def test_a_typed_homophone_takes_the_gazette_s_usual_spelling(assistant) -> None:
    response = assistant.ask("明年的医保什么时候开始缴废", State())
    assert "缴费" in " ".join(response.notices), response.notices


def test_reading_the_frame_of_these_classes() -> None:
    assert read_frame("过几天又去看了 花了两百").subject.years == []
    assert read_frame("个人缴费一共分几档").intent is Intent.LOOKUP
    assert read_frame("培训中途能退吗").intent is Intent.ELIGIBILITY
    assert read_frame("怎么这回没按七成报").intent is Intent.EXPLAIN
    assert read_frame("二四年住院报销比例").subject.years == [2024]
    assert read_frame("住了一二年").subject.years == []


def test_a_wrong_limit_in_a_quiz_is_a_stricter_one() -> None:
    from assistant.quiz.terms import figure_value, mistakes

    def months(text: str) -> int:
        return int(figure_value(text)[0])

    assert all(months(m) < 12 for m in mistakes("figure", "一年", "协议期限不得超过一年。"))
    assert all(months(m) < 6 for m in mistakes("figure", "六个月", "结束后六个月内移交"))
    more = mistakes("figure", "一次", "培训每年不得少于一次")
    assert more and all(int(figure_value(m)[0]) > 1 for m in more)


@pytest.mark.parametrize(
    ("question", "article", "contains"),
    [
        ("医保这个实施办法哪一天开始执行", "第四十九条", "2020年1月1日"),
        ("文物保护管理办法归哪个单位解释", "第五十四条", "联席会议办公室"),
        ("野外看管人员管理细则最后由谁解释", "附则第1段", "负责解释"),
    ],
)
def test_a_document_s_closing_rule_answers_when_it_starts_and_who_interprets(
    assistant, question, article, contains
) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == article and contains in response.answer, response.answer


def test_a_short_turn_with_its_own_article_is_not_read_with_the_last(assistant) -> None:
    _, found = ask_turns(assistant, "看管员一个月工资多少", "挖地基挖出个铜罐子要上交吗")
    assert labels(found)[0] == "第二十一条", found.answer


def test_the_asker_s_own_age_with_a_sex_is_read(assistant) -> None:
    _, mine = ask_turns(assistant, "我爸66了 医保还交吗", "那我呢 我61 女的")
    assert mine.status == "calculated" and mine.calculation["result"]["individual"] == "0.00"
