"""Classes of question handled in the thirty-first session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import HOW_PAID_IN, detect_calculator
from assistant.compose import NOT_DONE_ASKED
from assistant.frame import a_few_said, read_frame
from evaluation.phrasings import reference
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("山上捡到几个小铜像", "山上捡到一些小铜像"),
        ("家里收藏了几件老物件，想卖", "家里收藏了一些老物件，想卖"),
        ("毕业能分到几个岗位", "毕业能分到几个岗位"),
        ("收藏了几件？", "收藏了几件？"),
        ("有几个乡镇没通客车", "有几个乡镇没通客车"),
    ],
)
def test_a_few_things_had_are_no_number_asked(said, read) -> None:
    assert a_few_said(said) == read


@pytest.mark.parametrize(
    ("question", "verb"), [("几个村还没通客车", "通"), ("多少个乡镇尚未建成", "建")]
)
def test_a_count_of_what_is_not_done_names_its_verb(question, verb) -> None:
    assert NOT_DONE_ASKED.search(question).group(1) == verb


@pytest.mark.parametrize("question", ["孤儿的医保咋交", "特困户如何缴纳医保费", "怎么交医保"])
def test_how_one_pays_in_is_read(question) -> None:
    assert HOW_PAID_IN.search(question)


@pytest.mark.parametrize(
    ("question", "calculator"),
    [("孤儿的医保咋交", "contribution"), ("我今年70岁医保怎么交", "contribution")],
)
def test_how_someone_pays_in_is_what_they_pay(question, calculator) -> None:
    assert detect_calculator(question) == calculator
    assert read_frame(question).intent.value == "calculate"


def test_how_anyone_pays_in_is_no_calculation() -> None:
    assert read_frame("医保咋交").intent.value != "calculate"


# --- answers (the real assistant) ---------------------------------------------------------


@pytest.mark.parametrize("question", ["措勤县的农村客运什么时候开通", "噶尔县哪天能通客车"])
def test_a_county_dated_with_the_others_gets_their_date(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and "9月" in answer.answer


def test_a_county_event_no_clause_dates_stays_undated(assistant) -> None:
    answer = assistant.ask("普兰县内的非定线班车哪天改成定线")
    assert "9月" not in answer.answer.split("\n")[0]


@pytest.mark.parametrize("question", ["头疼去门诊看病医保给报吗", "一般小病看门诊能报不"])
def test_an_everyday_visit_is_the_general_outpatient_pool(assistant, question) -> None:
    answer = assistant.ask(question)
    assert "60%" in answer.answer and labels(answer)[0].startswith("第二十六条")


def test_a_rough_bill_with_the_share_asked_gets_the_rate(assistant) -> None:
    answer = assistant.ask("交60 在二级医院住院花了一万多 报销比例是多少")
    assert answer.status == "answered" and "65%" in answer.answer


def test_a_rough_bill_with_the_sum_asked_is_refused_by_name_with_the_rule(assistant) -> None:
    answer = assistant.ask("交250 在三级医院住院花了两万来块 能报多少钱")
    assert answer.status == "error" and "费用" in answer.answer
    assert "85%" in answer.answer


def test_a_tier_without_level_or_bill_leads_with_its_rates(assistant) -> None:
    answer = assistant.ask("我交了120档 住院的话给报多少")
    assert answer.status == "follow_up"
    assert "75%" in answer.answer and "70%" in answer.answer


@pytest.mark.parametrize(("question", "figure"), [("还剩几个乡镇不通客车", "15个乡镇")])
def test_a_count_of_what_is_not_done(assistant, question, figure) -> None:
    assert figure in assistant.ask(question).answer


def test_which_ones_after_a_count_is_no_second_question(assistant) -> None:
    answer = assistant.ask("日土县几个村没通硬化路，分别是哪些")
    assert "丁则村" in answer.answer and "没有涉及" not in answer.answer


def test_a_project_named_by_its_county_is_its_own_sum(assistant) -> None:
    answer = assistant.ask("多仁村那条公路改建要花多少钱")
    assert "4849.79" in answer.answer


@pytest.mark.parametrize(
    ("first", "payer"),
    [("孤儿交医保要交多少", "医疗救助资金"), ("我妈61岁了，医保还交不交", "财政")],
)
def test_the_rest_of_a_contribution_is_paid_by_whom_its_rule_says(assistant, first, payer):
    _, rest = ask_turns(assistant, first, "其余部分谁来出")
    assert payer in rest.answer and labels(rest)[0].startswith("第十八条")


def test_how_a_poor_member_pays_in_is_their_share(assistant) -> None:
    answer = assistant.ask("建档立卡家庭的医保怎么交")
    expected = reference.contribution(["建档立卡贫困人员"])["individual"]
    assert answer.status == "calculated"
    assert answer.calculation["result"]["individual"] == expected


def test_a_payment_missed_is_the_late_rule(assistant) -> None:
    answer = assistant.ask("今年医保没按时交 怎么办")
    assert labels(answer)[0].startswith("第八条")


def test_a_few_relics_found_is_the_finding_rule(assistant) -> None:
    answer = assistant.ask("放羊的时候挖出来几个旧铜碗，应该怎么办")
    assert labels(answer)[0].startswith("第二十一条")


def test_this_years_figure_is_the_gazettes_year(assistant) -> None:
    assert "591" in assistant.ask("阿里今年高校毕业生有多少人").answer


def test_a_place_the_last_quote_names_is_asked_of_that_quote(assistant) -> None:
    _, other = ask_turns(assistant, "陕西省每年给阿里提供几个事业单位岗位", "那河北省呢")
    assert other.status == "answered" and "200" in other.answer


def test_a_place_asked_of_a_scheme_stays_another_places(assistant) -> None:
    _, other = ask_turns(
        assistant, "陕西省每年给阿里提供几个事业单位岗位", "那河北的医保住院报多少"
    )
    assert other.status == "out_of_scope"


@pytest.mark.parametrize(("county", "body"), [("日土县", "养运公司"), ("革吉县", "总公司")])
def test_a_county_asked_whose_body_gets_its_own_piece(assistant, county, body) -> None:
    answer = assistant.ask(f"{county}农村客运由谁来运营")
    assert body in answer.answer.split("\n")[0]


def test_a_stay_again_is_the_second_stay(assistant) -> None:
    answer = assistant.ask("上个月住过一次院，现在又住院了，起付线还是一样吗")
    assert "第二次" in answer.answer.split("\n")[0]


def test_doing_it_beforehand_is_no_word_of_its_own(assistant) -> None:
    answer = assistant.ask("在西安住院要事先备案不")
    assert labels(answer)[0] == "第三十三条"


def test_who_must_attend_is_the_scope(assistant) -> None:
    answer = assistant.ask("哪些人必须参加文物安全培训")
    assert labels(answer)[0].startswith("六、（六）")


def test_a_district_level_is_no_autonomous_region_level() -> None:
    from assistant.fields import match_choices

    assert match_choices("site_level", "我们寺是地区级的和谐模范寺庙") == []
    assert match_choices("site_level", "我看的是区级文保单位") == ["自治区级"]


def test_an_honour_said_after_the_monks_rule_is_their_contribution(assistant) -> None:
    _, said, other = ask_turns(
        assistant, "喇嘛交医保要不要钱", "我们寺是县级的和谐模范寺庙", "那自治区级的呢"
    )
    assert said.status == "calculated" and said.calculation["result"]["individual"] == "45.00"
    assert other.calculation["result"]["individual"] == "0.00"


@pytest.mark.parametrize("turns", [("传染病院区在哪里建",), ("精神病福利院要花多少钱", "选址在哪")])
def test_a_place_no_sentence_gives_is_not_stated(assistant, turns) -> None:
    *_, where = ask_turns(assistant, *turns)
    assert where.status == "out_of_scope" and "地点" in where.answer


def test_a_counties_share_of_the_road_money(assistant) -> None:
    assert "100万" in assistant.ask("修路养路的钱每个县一年能给多少").answer
