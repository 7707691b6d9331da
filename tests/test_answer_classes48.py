"""Classes of question handled in the forty-eighth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import read_custodian
from assistant.english import to_chinese
from assistant.frame import FactType, Intent, read_frame
from assistant.multipart import split_parts
from index.lexical import expand_query
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which treatments does the resident insurance refuse to pay for?",
        "What bills won't the fund reimburse?",
        "Which drugs are not covered by the scheme?",
        "What services can't be claimed from the medical insurance?",
    ],
)
def test_payment_refused_in_english_is_what_the_fund_does_not_pay(question) -> None:
    assert "不予支付" in to_chinese(question)


@pytest.mark.parametrize(
    "question", ["What if I don't pay my contribution?", "What if my father didn't pay?"]
)
def test_a_person_not_paying_is_no_refusal_of_the_fund(question) -> None:
    assert "不予支付" not in to_chinese(question)


def test_things_asked_with_what_in_the_plural_are_a_list() -> None:
    assert to_chinese("What expenses are not covered?").endswith("有哪些？")


@pytest.mark.parametrize(
    "question",
    ["庙里供的法器被盗了，咋办", "村里经卷不见了，跟谁说", "佛塔上的石刻让人撬走了"],
)
def test_a_relic_taken_in_any_way_is_a_relic_case(question) -> None:
    assert "案件" in expand_query(question)


@pytest.mark.parametrize(
    "question",
    [
        "扣了多少，有没有个具体标准",
        "罚款罚多少，有规定吗",
        "有没有规定一天补多少",
    ],
)
def test_a_figure_asked_with_whether_one_is_set_is_a_figure_looked_up(question) -> None:
    frame = read_frame(question)
    assert (frame.intent, frame.fact) == (Intent.LOOKUP, FactType.AMOUNT)


def test_a_yes_no_beside_a_figure_not_about_a_standard_stays_yes_no() -> None:
    assert read_frame("一个月多少钱，有没有补贴").intent is Intent.ELIGIBILITY


@pytest.mark.parametrize("said", ["市级", "地区级", "乡级"])
def test_a_site_level_the_rules_lack_is_read_as_said(said) -> None:
    assert read_custodian(f"那{said}的呢")["site_level"] == said


def test_an_autonomous_region_site_is_no_level_lacking() -> None:
    assert read_custodian("自治区级的呢")["site_level"] == "自治区级"


@pytest.mark.parametrize(
    "question",
    [
        "门诊起付线是多少，出自哪个文件",
        "看管员一个月多少钱？这是哪条规定的？",
        "大病保险封顶多少 依据是什么",
    ],
)
def test_where_a_question_is_written_asked_with_it_is_one_question(question) -> None:
    assert split_parts(question) == [question]


def test_a_question_before_which_article_is_no_bare_source_question() -> None:
    assert read_frame("镶牙能报吗 这是哪条").intent is not Intent.SOURCE
    assert read_frame("这是哪条").intent is Intent.SOURCE


def test_a_rough_figure_checked_against_is_no_input() -> None:
    assert not read_frame("两个人看一处国保点，一年加起来够不够3万多").malformed
    assert read_frame("住院花了3万多，交250，三级，能报多少").malformed


@pytest.mark.parametrize("question", ["天天都得去巡一圈吗", "一个星期巡两回行不行"])
def test_going_round_in_everyday_words_is_a_patrol(question) -> None:
    assert "巡查" in expand_query(question)


# --- answers (the real model) --------------------------------------------------------------


def test_english_refusal_of_payment_finds_the_exclusion_list(assistant) -> None:
    (answer,) = ask_turns(assistant, "Which treatments will the insurance refuse to pay for?")
    assert labels(answer)[0] == "第三十条"


def test_a_relic_gone_missing_is_reported(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺里的一尊铜佛像不见了，要报告谁")
    assert labels(answer)[0] == "第四十八条"


@pytest.mark.parametrize("question", ["我的钱包在县城被人偷了，找谁", "家里两头牦牛被偷了咋办"])
def test_belongings_stolen_are_no_relic_case(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.status == "out_of_scope"
    assert "第四十八条" not in labels(answer)


def test_a_why_naming_another_rule_of_the_results_document_asks_that_rule(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "县级文保点的看管员干了3个月，一共多少钱",
        "上个月说我没按要求填巡逻日志，为什么扣我钱",
    )
    assert labels(answer)[0] == "第十一条"
    assert "没有说明这样规定的原因" not in answer.answer


def test_a_why_in_everyday_words_naming_another_rule(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "县级文保点的看管员干了3个月，一共多少钱",
        "这个月少发了，说是巡逻日志没照实写，为啥扣钱",
    )
    assert labels(answer)[0] == "第十一条"


def test_a_why_about_the_result_itself_is_still_explained(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我妈住三级医院花了1万，交的120档，能报多少", "为什么只报了这么点"
    )
    assert "是这样算的" in answer.answer


def test_a_deduction_asked_with_whether_a_standard_is_set_is_declined_as_unset(
    assistant,
) -> None:
    _, answer = ask_turns(
        assistant, "看管员巡逻日志没如实填会怎么样", "扣多少有个标准吗，还是看领导"
    )
    assert answer.status == "out_of_scope"
    assert "没有规定" in answer.answer


def test_a_correction_after_a_lookup_corrects_the_lookup(assistant) -> None:
    *_, answer = ask_turns(
        assistant,
        "四好农村路每个县每年养护补贴多少",
        "札达县生态补偿公路养护员有多少人",
        "不对，我问的是普兰",
    )
    assert answer.status == "answered"
    assert "普兰" in answer.answer


def test_a_correction_after_a_rule_question_still_corrects_the_case(assistant) -> None:
    *_, answer = ask_turns(
        assistant, "我爸在三级医院住院花了3万，交250", "三级医院起付线多少", "不对，是60档"
    )
    assert answer.status == "calculated"
    assert "60元档" in answer.answer


def test_a_site_level_the_rules_lack_is_refused_by_name(assistant) -> None:
    _, answer = ask_turns(assistant, "看县级文保点的看管员一个月拿多少", "要是地区级的呢")
    assert answer.status == "error"
    assert "地区级" in answer.answer and "县级" in answer.answer


def test_a_question_and_its_article_asked_together(assistant) -> None:
    _, answer = ask_turns(assistant, "住院起付线多少", "配眼镜能报吗 是哪条规定的")
    assert labels(answer)[0].startswith("第三十条")


# --- the review's counter-examples ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "骑电动车被车撞了，抢救费用医保能报吗",
        "看管员骑摩托车巡逻偷懒怎么处理",
        "住院的收据丢了，现金垫付的钱还能报吗",
        "手机丢了，医保电子凭证怎么重新弄",
    ],
)
def test_everyday_losses_and_rescues_are_no_stolen_belongings(question) -> None:
    from assistant.scope import canned_decline

    assert canned_decline(question) is None


@pytest.mark.parametrize(
    "question", ["真的不能报吗？哪条规定说的", "你确定吗？出自哪个文件", "为什么不能报 哪条规定的"]
)
def test_a_doubt_before_the_source_asks_the_last_answers_source(question) -> None:
    assert read_frame(question).intent is Intent.SOURCE


@pytest.mark.parametrize(
    "question",
    [
        "What happens if the premium is not paid?",
        "What if a student never paid the fee?",
        "What if people don't pay contributions?",
    ],
)
def test_a_contribution_unpaid_in_english_is_no_refusal_of_the_fund(question) -> None:
    assert "不予支付" not in to_chinese(question)


def test_a_rough_bill_said_as_over_is_still_refused() -> None:
    assert read_frame("住院费超过1万多，能报多少").malformed


def test_a_yes_no_with_a_stated_sum_is_no_figure_asked() -> None:
    assert read_frame("几百块的东西有规定要上交吗").intent is Intent.ELIGIBILITY


@pytest.mark.parametrize(
    "question",
    [
        "修路让施工队挖开了路基，怎么办",
        "刚才报告的那个起付线是多少",
        "乡里有巡回医疗吗",
        "我辞了工作回家，医保怎么办",
        "法器可以随便拿走吗",
    ],
)
def test_everyday_words_near_the_new_rows_add_no_relic_or_patrol_terms(question) -> None:
    words = " ".join(expand_query(question))
    assert not any(t in words for t in ("盗掘", "不及时", "巡查", "解聘", "案件"))


def test_a_long_turn_naming_a_township_purse_is_no_site_level() -> None:
    assert "site_level" not in read_custodian("乡级财政发看管员的工资吗，还是县里发")


@pytest.mark.parametrize(
    "question", ["What status does the hospital have?", "What process applies?"]
)
def test_a_word_ending_in_s_is_no_plural_asked(question) -> None:
    assert "有哪些" not in to_chinese(question)


def test_who_one_is_beside_a_why_keeps_the_results_explanation(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我妈住三级医院花了1万，交的120档，能报多少", "她有高血压，为什么报得这么少"
    )
    assert "是这样算的" in answer.answer


# --- later in the session: a month's cost over a span, deductions, schemes, enrolling twice ----


@pytest.mark.parametrize(
    ("question", "cost"),
    [
        ("尿毒症门特，交120档，一个月透析花2500，一年下来能报多少", "30000"),
        ("门诊特殊病交250，每月药费1800，看了6个月，能报多少", "10800"),
    ],
)
def test_a_months_cost_over_a_span_is_the_spans_cost(question, cost) -> None:
    from assistant.calculators.understanding import understand

    assert understand(question, "special_outpatient").inputs["cost"] == cost


def test_a_months_cost_with_no_span_is_that_months() -> None:
    from assistant.calculators.understanding import understand

    reading = understand("尿毒症门特，交120档，一个月透析花2500，能报多少", "special_outpatient")
    assert reading.inputs["cost"] == "2500"


@pytest.mark.parametrize(
    "question", ["我在拉萨上班，想在那边也交一份医保，两边都能报吗", "能不能两头都交医保"]
)
def test_enrolling_twice_is_barred(question) -> None:
    from assistant.eligibility import enrolled_twice

    verdict = enrolled_twice(question)
    assert verdict is not None and verdict.answer.startswith("不可以")


def test_the_employees_scheme_beside_is_not_enrolling_twice() -> None:
    from assistant.eligibility import enrolled_twice

    assert enrolled_twice("交了职工医保，还能再交一份居民医保吗") is None


def test_tibets_employee_scheme_is_declined_for_the_scheme() -> None:
    from assistant.scope import check_frame

    reason = check_frame(read_frame("西藏的职工医保门诊能报多少"))
    assert reason is not None and "职工" in reason


def test_the_year_of_dialysis_counts_against_the_cap_of_a_stay(assistant) -> None:
    *_, stay = ask_turns(
        assistant,
        "我爸尿毒症，门诊透析，交250档",
        "一个月透析4000，一年下来能报多少",
        "他今年还在三级医院住了院，花了3万，能报多少",
    )
    # 48000 × 90% = 43200 paid; 60000 − 43200 = 16800 left of the cap (第二十三条)
    assert "16800.00" in stay.answer.split("\n")[0]


def test_a_deduction_asked_with_no_deed_is_the_unset_sum(assistant) -> None:
    (answer,) = ask_turns(assistant, "野外文物看管员的补助一般扣多少，有说法吗")
    assert answer.status == "out_of_scope"
    assert labels(answer)[0] == "第十一条"


@pytest.mark.parametrize(
    "question",
    ["我爸办了门特，糖尿病，一个月药费1500，交120，能报多少", "高血压门特吃药一个月花600，交60档"],
)
def test_the_special_benefit_named_short_is_no_two_illness_drug_bill(question) -> None:
    from assistant.calculators.understanding import detect_calculator

    assert detect_calculator(question) == "special_outpatient"


def test_two_illness_drugs_by_the_month_over_a_year() -> None:
    from assistant.calculators.understanding import understand

    reading = understand("我妈糖尿病，降糖药一个月200，一年能报多少", "two_diseases")
    assert reading.inputs["drug_total"] == "2400"


def test_why_pay_was_cut_after_the_wage_rule_asks_the_deduction_rule(assistant) -> None:
    _, answer = ask_turns(
        assistant, "自治区级文保点看管员一个月多少钱", "上个月才发了1100，凭啥扣我钱"
    )
    assert labels(answer)[0] == "第十一条"


def test_why_pay_was_cut_after_a_whole_wage_computed_asks_the_deduction_rule(assistant) -> None:
    _, answer = ask_turns(assistant, "自治区级文保点看管员干了5个月一共多少", "为啥扣了我的补助")
    assert labels(answer)[0] == "第十一条"


def test_which_article_after_a_result_names_every_rule_it_used(assistant) -> None:
    *_, answer = ask_turns(
        assistant,
        "我家是建档立卡户，交的250档",
        "我在县医院住院花了5000，能报多少",
        "这个依据是哪条",
    )
    assert any(label.startswith("第二十二条") for label in labels(answer))
    assert "第二十九条（四）" in labels(answer)


def test_a_monument_mended_as_it_was_is_the_repair_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺旁的老塔倒了一角，想按老样子修好，得谁同意")
    assert labels(answer)[0] == "第十五条"


# --- the second review's counter-examples ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "每月收入2000元，透析一年花了3万，能报多少，250档",
        "一个月前化疗花了2万，一年内还能报多少，250档",
        "门特一个月透析3千，报了一年了，这个月能报多少，250档",
        "我3个月前开始透析，每月花3000，上个月花了多少能报，250档",
        "尿毒症透析每月3000，一年半下来能报多少，250档",
    ],
)
def test_a_month_said_otherwise_is_no_monthly_bill_over_a_span(question) -> None:
    from assistant.calculators.understanding import understand

    notes = " ".join(understand(question, "special_outpatient").notes)
    assert "个月 =" not in notes


@pytest.mark.parametrize(
    "question",
    ["我没办门特，高血压吃药每月300，一年能报多少", "我高血压，不是门特，降压药每个月200"],
)
def test_the_special_benefit_denied_leaves_the_two_illness_drugs(question) -> None:
    from assistant.calculators.understanding import detect_calculator

    assert detect_calculator(question) == "two_diseases"


@pytest.mark.parametrize(
    "question",
    [
        "我交了医保，能给我老婆也交一份医保吗",
        "门特和两病能两边都报吗",
        "不小心重复参保了，钱能退吗",
        "交错了档次，能再交一次医保吗",
        "我已经有居民医保了，想再买一份商业医疗保险可以吗",
    ],
)
def test_no_second_enrolment_elsewhere_is_no_double_enrolment(question) -> None:
    from assistant.eligibility import enrolled_twice

    assert enrolled_twice(question) is None


def test_which_article_after_a_lookup_between_lists_no_rule_of_the_sum(assistant) -> None:
    *_, answer = ask_turns(
        assistant, "住院花了1万，三级医院，250档", "住院和门特合并算吗", "这是哪条"
    )
    assert "计算还依据了" not in answer.answer


def test_a_fine_of_the_rules_in_general_is_no_sanction_that_befell() -> None:
    from assistant.compose import sanction_word

    assert sanction_word("为什么不按时交医保要罚款") is None
    assert sanction_word("凭啥扣我钱") == "扣除"


def test_a_months_estimate_over_the_year_is_estimated_for_the_year(assistant) -> None:
    (answer,) = ask_turns(
        assistant, "我爸糖尿病门特，交120档，一个月药费一千左右，一年下来能报多少"
    )
    # about 1000 × 12 = 12000, × 70% = 8400 (第二十四条（二）); the bill is still asked exactly
    assert answer.status == "error"
    assert "8400.00" in answer.answer.split("\n")[0]
