"""Classes of question handled in the fifty-second session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.medical import unpaid_said
from assistant.frame import QUESTION_WORD, FactType, read_frame
from assistant.guess import find_guess, verdict
from assistant.multipart import split_parts
from assistant.scope import canned_decline
from index.lexical import tokenize
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "value", "more"),
    [
        ("我弟在札达县级点看文物，干满一年能拿一万五吗", Decimal(15000), False),
        ("交250的，县医院住了一回花了两万，能报一万八吗", Decimal(18000), False),
        ("俩人看一处自治区级点，一年加起来有没有3万多", Decimal(30000), True),
        ("她在日土看管文物三个月，能领四千出头吗", Decimal(4000), True),
    ],
)
def test_a_result_guessed_is_read_apart_from_the_case(question, value, more) -> None:
    guess = find_guess(question)
    assert guess is not None
    assert (guess.value, guess.more) == (value, more)


@pytest.mark.parametrize(
    "question",
    ["县医院住院花了2万能报多少", "住院花了3万，能报吗", "看管员一个月能拿多少钱"],
)
def test_a_bill_or_an_open_sum_is_no_guess(question) -> None:
    assert find_guess(question) is None


def test_a_guessed_figure_is_no_input_of_the_case() -> None:
    frame = read_frame("交250的，县医院住了一回花了两万，能报一万八吗")
    assert frame.slots["cost"] == "20000"
    assert not frame.malformed


def test_the_verdict_says_yes_or_no_first() -> None:
    guess = find_guess("干满一年能拿两万吗")
    assert verdict(guess, Decimal("16800")).startswith("不能。")
    assert verdict(guess, Decimal("24000")).startswith("能。")


@pytest.mark.parametrize(
    "question", ["我今年忘了交，上个月住院能报吗", "他去年就没交，现在看病报不报"]
)
def test_a_lapse_said_without_its_object_before_a_claim(question) -> None:
    assert unpaid_said(question)


@pytest.mark.parametrize("question", ["住院押金没交，能报吗", "发票没交上去，还能报销吗"])
def test_a_paper_not_handed_in_is_no_lapse(question) -> None:
    assert not unpaid_said(question)


def test_two_aspects_of_one_subject_are_two_parts() -> None:
    assert split_parts("文物安全培训的形式和内容分别是什么") == [
        "文物安全培训的形式是什么",
        "文物安全培训的内容是什么",
    ]


def test_two_items_of_the_unpaid_list_are_two_parts() -> None:
    assert len(split_parts("假牙和助听器医保能报吗")) == 2


def test_two_illnesses_stay_one_question() -> None:
    assert split_parts("高血压跟糖尿病能报吗") == ["高血压跟糖尿病能报吗"]


def test_the_papers_asked_after_who_goes_are_a_part() -> None:
    assert len(split_parts("孩子参保谁去办？带啥材料")) == 2


@pytest.mark.parametrize("question", ["培训有补助没", "钱打到卡上了没有"])
def test_a_closing_mei_asks(question) -> None:
    assert QUESTION_WORD.search(question)


def test_a_thing_had_asked_with_a_closing_mei_is_a_yes_no() -> None:
    assert read_frame("看管员有保险没").fact is FactType.YES_NO


def test_two_kinds_of_unpublished_fact_are_both_said() -> None:
    said = canned_decline("县医保局办公地点在哪，咨询电话多少")
    assert "电话" in said and "办公地点" in said


def test_an_adverb_and_its_modal_are_two_words() -> None:
    assert "顶多" in tokenize("住院一年顶多能报多少")


# --- answers (the real model) --------------------------------------------------------------


def test_a_custodians_pay_guessed_is_computed_then_judged(assistant) -> None:
    (answer,) = ask_turns(assistant, "我姐6月开始在革吉县级点看文物，今年能拿够八千吗")
    assert answer.status == "calculated"
    assert answer.answer.startswith("能。")
    assert answer.calculation["result"]["pay"] == "8400.00"


def test_a_stay_guessed_too_high_is_no(assistant) -> None:
    (answer,) = ask_turns(assistant, "交60档，三级医院住院花了1万，能报8000吗")
    assert answer.answer.startswith("不能。")
    assert answer.status == "calculated"


def test_a_guess_with_the_level_unknown_is_judged_at_each(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员干满一年能拿到一万三吗")
    assert answer.answer.startswith("能：不论")


def test_the_level_of_a_head_count_question_is_the_sites(assistant) -> None:
    _, answer = ask_turns(assistant, "普兰一处县级文保点配几名看管员", "两人干了半年一共发多少")
    assert answer.status == "calculated"
    assert "14400.00" in answer.answer.split("\n")[0]


@pytest.mark.parametrize("question", ["我妈有胆囊炎，能申请门特吗", "颈椎病能办门诊特殊病吗"])
def test_an_illness_off_the_list_is_no_special_disease(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.answer.startswith("不属于")


def test_a_lapse_without_its_object_is_answered_by_the_unpaid_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我老公今年忘了交，上个月住院能报吗")
    assert answer.answer.startswith("不能报销")
    assert "第三十条（十五）" in labels(answer)


def test_a_newborn_not_yet_enrolled_is_the_newborns_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "刚出生的孩子进了保温箱，还没交医保呢")
    assert answer.status == "answered"
    assert labels(answer)[0] == "第二十九条（二）"


def test_a_supposed_absence_after_leaving_early_keeps_the_training(assistant) -> None:
    _, answer = ask_turns(assistant, "培训期间有急事能请假走吗", "要是无故不来参加呢")
    assert answer.status == "answered"
    assert labels(answer)[0] == "四、（三）"


def test_another_role_after_a_training_verdict(assistant) -> None:
    _, answer = ask_turns(assistant, "寺管会干部要参加文物安全培训吗", "那看管员呢，要不要参加")
    assert answer.answer.startswith("需要参加。“野外文物看管人员”")


def test_what_an_aspect_is_leads_with_the_sentence_that_says_it(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物安全培训都有哪些方式")
    assert labels(answer)[0] == "六、（二）"


def test_each_of_several_things_asked_of_one_article(assistant) -> None:
    (answer,) = ask_turns(assistant, "孤儿、重度残疾人的身份分别由哪个部门认定")
    lead = answer.answer.split("\n")[0]
    assert "民政部门" in lead and "残联部门" in lead


def test_a_mishap_the_quoted_sentence_names_too(assistant) -> None:
    _, answer = ask_turns(assistant, "看管员不好好记巡逻日志会咋样", "那出了重大看管事故呢")
    assert "立即解聘" in answer.answer.split("\n")[0]


def test_the_list_whose_lead_names_the_act_asked(assistant) -> None:
    (answer,) = ask_turns(assistant, "野外文物看管员有哪些情形会被解聘")
    assert labels(answer)[0] == "第十七条"


def test_what_the_fund_does_not_pay_asked_with_bu_bao(assistant) -> None:
    (answer,) = ask_turns(assistant, "看病的时候哪些费用医保不报")
    assert labels(answer)[0] == "第三十条"


def test_an_everyday_medicine_is_an_outpatients(assistant) -> None:
    (answer,) = ask_turns(assistant, "止咳药医保能报不")
    assert answer.status == "answered"
    assert labels(answer)[0] == "第二十六条（三）"


def test_another_schemes_nearest_rule_names_that_scheme(assistant) -> None:
    (answer,) = ask_turns(assistant, "城镇职工医保一年最多报多少")
    assert answer.status == "out_of_scope"
    assert "城镇职工基本医疗保险" in answer.citations[0].text


def test_a_clause_ending_on_a_modal_and_its_preposition_is_read_to_its_verb(assistant) -> None:
    _, answer = ask_turns(assistant, "县级文保单位保护范围里能打井吗", "在建设控制地带盖房子呢")
    assert "城乡规划部门批准" in answer.answer.split("\n")[0]


def test_a_limit_pointed_at_is_read_with_its_figure(assistant) -> None:
    (answer,) = ask_turns(assistant, "门特的钱是不是跟住院分开另算限额")
    assert "6万元" in answer.answer.split("\n")[0]
    assert "第二十三条" in labels(answer)


def test_a_county_governments_sum_is_not_stated(assistant) -> None:
    (answer,) = ask_turns(assistant, "日土县财政每年给居民医保出多少钱")
    assert answer.status == "out_of_scope"


def test_a_payers_own_sum_in_the_rule_found(assistant) -> None:
    (answer,) = ask_turns(assistant, "评上自治区级先进的僧人，自治区财政给补多少")
    assert answer.answer.startswith("自治区财政补贴250元")


def test_two_unpaid_items_each_named(assistant) -> None:
    (answer,) = ask_turns(assistant, "配眼镜和装假肢能报吗")
    assert "眼镜属于" in answer.answer and "假肢属于" in answer.answer


def test_the_papers_after_a_stay_in_tibet_are_the_referrals(assistant) -> None:
    _, answer = ask_turns(assistant, "去日喀则的医院住院，报销比例跟阿里一样吗", "需要开什么证明")
    assert labels(answer)[0] == "第三十二条"


def test_a_start_month_to_the_years_end_with_a_guess(assistant) -> None:
    (answer,) = ask_turns(assistant, "我妹9月起在札达县级点当看管员，年底前能领到四千吗")
    # (9 to 12: 4 months × 1200 = 4800)
    assert answer.answer.startswith("能。")
    assert "4800.00" in answer.answer


def test_a_body_asked_is_not_the_preamble_that_names_less(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物安全培训的时间和地点由谁来确定")
    lead = answer.answer.split("\n")[0]
    assert "办公室" in lead or "联席会议" in lead
    assert labels(answer)[0] != "前言"


def test_an_item_of_the_unpaid_list_named_by_the_texts_own_word(assistant) -> None:
    (answer,) = ask_turns(assistant, "镶牙医保给报吗")
    assert answer.answer.startswith("不能报销。镶牙属于")


@pytest.mark.parametrize(
    "question", ["看管员有没有交通补助，细则里规定了没", "培训管不管饭，文件里有写吗"]
)
def test_whether_the_rules_say_it_stays_with_the_question(question) -> None:
    assert split_parts(question) == [question]
