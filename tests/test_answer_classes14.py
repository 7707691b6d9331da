"""Classes of question handled in the fourteenth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.amounts import scan_amounts
from assistant.calculators.understanding import understand
from assistant.engine import State, _ordinal_item
from assistant.english import to_chinese
from assistant.frame import Intent, read_frame
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("大概一万出头，具体是10460元，报多少", Decimal("10460")),
        ("花了三万多 准确说是31280", Decimal("31280")),
    ],
)
def test_an_estimate_restated_exactly_is_read_as_the_exact_sum(text, value) -> None:
    scan = scan_amounts(text)
    assert [a.value for a in scan.amounts] == [value]
    assert scan.malformed == []


def test_an_estimate_not_restated_is_still_refused() -> None:
    scan = scan_amounts("住院花了八千多，报了两千")
    assert [m.text for m in scan.malformed] == ["八千多"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("表哥在县级文物点看管，从五月干到年底，工资一共多少", 8),
        ("自治区级文保点看管员 2月至7月 共发多少工资", 6),
    ],
)
def test_months_worked_are_read_from_a_span_of_the_year(text, months) -> None:
    reading = understand(text)
    assert reading is not None and reading.calculator == "custodian_pay"
    assert reading.inputs["months"] == months


def test_a_span_starting_mid_month_is_not_guessed() -> None:
    reading = understand("县级文物点看管员 3月20号干到6月 工资多少")
    assert reading is not None and "months" not in reading.inputs


def test_a_bill_at_a_level_with_the_tier_is_a_stay_and_says_so() -> None:
    reading = understand("一共花了9千6 二级 交的120")
    assert reading is not None and reading.calculator == "inpatient"
    assert any("按住院计算" in note for note in reading.notes)


@pytest.mark.parametrize(
    "text",
    ["你现在是一个律师，帮我写一份告医院的起诉状", "帮忙写封投诉信，投诉乡卫生院乱收费"],
)
def test_drafting_legal_papers_is_not_a_question_about_the_documents(text) -> None:
    assert read_frame(text).intent is Intent.OFF_TOPIC


def test_a_negative_sum_is_refused_before_any_follow_up() -> None:
    frame = read_frame("住院花了-3200 交250档")
    assert frame.invalid and "负数" in frame.invalid[0]


@pytest.mark.parametrize(
    "text", ["Which regulation is that from?", "where is that written?", "source?"]
)
def test_an_english_question_for_the_source_asks_the_last_answers_source(text) -> None:
    assert read_frame(to_chinese(text)).intent is Intent.SOURCE


def test_an_ordinal_names_the_item_of_the_last_series() -> None:
    series = "本办法所称文物分为可移动文物、不可移动文物和民间收藏文物。"
    assert _ordinal_item(series, "第二个指的是什么") == "不可移动文物"
    assert _ordinal_item(series, "第九个呢") is None
    assert _ordinal_item("只说了一件事。", "第二个呢") is None


# --- with the real model -------------------------------------------------------------


@pytest.mark.slow
def test_a_follow_up_without_a_topic_word_stays_on_the_last_topic(assistant) -> None:
    """ "要准备哪些东西" names no subject; it asks about the stay outside the region just
    answered, not about an article of another document that shares a verb."""
    first, second = ask_turns(assistant, "在外地打工住院了 医保怎么弄", "要在几天内备案")
    assert second.status == "answered", second.answer
    assert labels(second)[0] == "第三十三条", labels(second)


@pytest.mark.slow
def test_when_cover_starts_after_a_late_payment_is_the_late_payment_rule(assistant) -> None:
    _, second = ask_turns(assistant, "忘了交医保 补交要交多少", "补上之后从什么时候起能报")
    assert second.status == "answered", second.answer
    assert "次月" in second.answer.split("\n")[0]


@pytest.mark.slow
def test_the_results_of_a_conversation_are_added_up(assistant) -> None:
    responses = ask_turns(
        assistant,
        "县级文物点看管员干了4个月 工资多少",
        "自治区级的干了2个月呢",
        "两个人加一起多少钱",
    )
    last = responses[-1]
    assert last.status == "calculated", last.answer
    assert "4800.00 + 2800.00 = 7600.00" in last.answer
    assert labels(last)[0] == "第十二条"


@pytest.mark.slow
def test_an_item_of_a_qualifying_list_is_quoted_with_its_lead_in(assistant) -> None:
    """第六条（二） alone names a kind of person; its lead-in says such a person is preferred."""
    response = assistant.ask("熟悉当地文物古迹的人当看管员有优势吗", State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第六条（二）", labels(response)
    assert "可优先选聘" in response.answer.split("\n")[0]


@pytest.mark.parametrize(
    "text",
    ["儿媳在县医院剖的 合规花了七千三 报多少", "老婆在乡卫生院里生的 花了一千二 医保给多少"],
)
def test_a_delivery_said_by_how_or_where_is_paid_in_full_without_a_tier(text) -> None:
    reading = understand(text)
    assert reading is not None and reading.calculator == "inpatient"
    assert reading.inputs.get("maternity") is True


def test_a_hospital_illness_is_no_delivery() -> None:
    reading = understand("在县医院生了一场病 花了五千 交120 二级")
    assert reading is not None and not reading.inputs.get("maternity")


@pytest.mark.parametrize(("text", "tier"), [("继母五十九 女 选的250 个人交几块", 250)])
def test_a_tier_chosen_is_read_without_the_word_tier(text, tier) -> None:
    reading = understand(text)
    assert reading is not None and reading.calculator == "contribution"
    assert reading.inputs["tier"] == tier


def test_a_quarter_is_three_months_of_pay() -> None:
    reading = understand("两处县级野外点 看管员两个季度的工资预算多少")
    assert reading is not None and reading.inputs["months"] == 6


@pytest.mark.slow
def test_a_follow_up_finding_the_last_article_alone_is_read_alone(assistant) -> None:
    """Two posts of one list in turn: the second names its own post and is read as it is."""
    _, second = ask_turns(assistant, "规划里三支一扶岗位要开发多少个", "西部志愿者一共要招多少人")
    assert second.status == "answered", second.answer
    assert "西部" in second.answer.split("\n")[0] or "志愿" in second.answer.split("\n")[0]


@pytest.mark.parametrize(
    "text",
    ["怎么换到地区医院 给报的反倒少了", "咋第三回住院 突然就剩几百了", "怎么这次没有按90%报全"],
)
def test_surprise_at_a_result_opening_the_turn_is_a_why(text) -> None:
    assert read_frame(text).intent is Intent.EXPLAIN


@pytest.mark.parametrize("text", ["怎么办理转院手续", "怎么申请门诊特殊病"])
def test_how_to_do_something_is_no_why(text) -> None:
    assert read_frame(text).intent is not Intent.EXPLAIN


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said"),
    [("三甲医院新增的医务人员当中 自主招聘要招几个", "94"), ("新增人员里专招渠道解决几个人", "60")],
)
def test_a_part_of_a_whole_is_answered_by_the_parts_sentence(assistant, question, said) -> None:
    """四、（十） states the whole (184) and, in its next sentence, each channel's part."""
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "四、（十）", labels(response)
    first = response.answer.split("\n")[0]
    assert said in first and "184" not in first


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("三级医院住院 交250 要么两万三要么两万五 记不清了", "要么两万三要么两万五"),
        ("乡卫生院住院 交60 二十来万吧", "二十来万"),
        ("二级医院住院 交120 费用填的null", "null"),
    ],
)
def test_amounts_offered_twice_about_or_as_a_placeholder_are_refused(text, piece) -> None:
    frame = read_frame(text)
    assert [m.text for m in frame.malformed] == [piece]


def test_a_case_stated_with_an_estimated_cost_is_refused_not_looked_up() -> None:
    frame = read_frame("交120 三级医院第一次住院 大约五六万")
    assert frame.intent is Intent.CALCULATE and frame.malformed


def test_a_signed_tier_after_its_name_is_refused() -> None:
    frame = read_frame("档次写的是-120 三级医院住院 两万")
    assert frame.invalid_fields == ["tier"]


def test_months_worked_past_a_year_are_refused() -> None:
    frame = read_frame("今年在自治区级文物点干满了十四个月 工资怎么算")
    assert frame.invalid_fields == ["months"]


def test_a_caesarean_asked_for_without_need_is_no_delivery_paid_in_full() -> None:
    """第三十条（七） excludes 非临床需要而自己要求剖宫产; only a needed one is 第二十九条's case."""
    reading = understand("没有医学指征 主动要求剖的 花了九千 交120 二级 能报吗")
    assert reading is not None and not reading.inputs.get("maternity")


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["自己垫的钱报回来的时候会给算利息吗", "把出土的佛像交上去 会给开个收据不"]
)
def test_what_will_be_done_that_no_text_names_is_declined(assistant, question) -> None:
    """会 asks what will be done: 利息 and 收据 are named by no document."""
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope", response.answer


@pytest.mark.parametrize(
    ("text", "name"), [("索县的居民医保怎么交", "索县"), ("在朗县住院报多少", "朗县")]
)
def test_a_two_character_county_said_as_a_word_is_a_place(text, name) -> None:
    from assistant.places import find_places

    assert [f.place.name for f in find_places(text)] == [name]


@pytest.mark.parametrize("text", ["地区和县两级财政各出多少", "云南县级医院住院能报吗"])
def test_a_two_character_county_inside_other_words_is_no_place(text) -> None:
    from assistant.places import find_places

    assert all(len(f.said) > 2 or f.said != f.place.name for f in find_places(text))


@pytest.mark.slow
@pytest.mark.parametrize("question", ["拉孜那边高龄津贴每月多少", "想申请创业贷款 额度最多多少"])
def test_another_social_programme_is_declined(assistant, question) -> None:
    assert assistant.ask(question, State()).status == "out_of_scope"


@pytest.mark.slow
def test_a_work_injury_in_the_medical_exclusions_is_still_answered(assistant) -> None:
    response = assistant.ask("干活时受的工伤住院 居民医保给报吗", State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第三十条（十一）", labels(response)


@pytest.mark.slow
def test_a_rate_per_day_answers_a_daily_cap(assistant) -> None:
    """第二十二条（二）'s 元/床日 is the most counted per day, which is what 封顶 asks here."""
    response = assistant.ask("一级医院住院 床位费一天最多按多少算", State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第二十二条（二）", labels(response)
    assert "40元/床日" in response.answer.split("\n")[0]


def test_which_of_two_figures_of_a_rule_is_no_case_to_compute() -> None:
    frame = read_frame("糖尿病两病门诊一年限额是1200元还是2000元")
    assert frame.intent is not Intent.CALCULATE


@pytest.mark.slow
def test_how_many_guards_a_site_has_is_the_per_site_rule(assistant) -> None:
    response = assistant.ask("每个野外点要配几个看管员", State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第十二条", labels(response)
    assert "2名" in response.answer.split("\n")[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said"),
    [("四好农村路推进工作领导小组的组长是谁", "袁富国"), ("那个领导小组副组长是哪位", "张程良")],
)
def test_who_holds_a_role_is_the_clause_naming_its_holder(assistant, question, said) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert said in response.answer.split("\n")[0]


@pytest.mark.slow
def test_the_funds_payments_summed_as_jia_yiqi_are_the_tally(assistant) -> None:
    responses = ask_turns(
        assistant, "交250 一级医院住院花了一万", "又住了一次 花了两万", "两次加一起报了多少"
    )
    last = responses[-1]
    assert last.status == "answered", last.answer
    assert labels(last)[0] == "第二十三条", labels(last)
    assert "2次" in last.answer
