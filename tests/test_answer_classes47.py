"""Classes of question handled in the forty-seventh session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.amounts import point_of_estimate, scan_amounts
from assistant.calculators.medical import match_exclusion
from assistant.frame import a_few_said
from assistant.multipart import split_parts
from assistant.typos import Typos
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "保费今年忘了缴，住院能报吗",
        "我老婆一直没续医保，做手术能报吗",
        "漏交了医疗保险，看病能报销不",
    ],
)
def test_a_contribution_not_paid_however_said_is_the_lapse_item(question) -> None:
    found = match_exclusion(question)
    assert found is not None and found[0] == "（十五）"


@pytest.mark.parametrize(
    "question",
    [
        "没买商业保险，医保能报吗",
        "下一年的医保还没交，这次住院能报吗",
        "职工医保没交，居民医保能报吗",
    ],
)
def test_another_schemes_or_years_contribution_is_no_lapse(question) -> None:
    assert match_exclusion(question) is None


@pytest.mark.parametrize(
    "question",
    ["我的卡还没办下来呢，现在能先看病吗", "医保钱还没交呢，孩子住院了能报吗"],
)
def test_a_state_still_holding_told_with_ne_is_no_question_of_its_own(question) -> None:
    assert len(split_parts(question)) == 1


def test_a_case_asked_with_ne_is_still_a_question() -> None:
    assert len(split_parts("要是还没备案呢，住院能报吗")) == 2


@pytest.mark.parametrize(
    ("said", "point"),
    [("差不多3千", "3000"), ("4万左右", "40000"), ("大概一万五", "15000"), ("2万出头", "20000")],
)
def test_an_estimate_of_one_figure_hedges_that_figure(said, point) -> None:
    (piece,) = scan_amounts(f"住院花了{said}，报多少").malformed
    assert point_of_estimate(piece) == Decimal(point)


@pytest.mark.parametrize("said", ["三四千", "两万多", "一两万吧", "好几千"])
def test_a_range_or_a_vague_size_hedges_no_one_figure(said) -> None:
    pieces = scan_amounts(f"住院花了{said}，报多少").malformed
    assert pieces and all(point_of_estimate(p) is None for p in pieces)


@pytest.mark.parametrize(
    "question",
    [
        "乡里打算新认定几处文物点，要谁同意",
        "我们家存有几本祖上传下来的旧经书和铜器，想捐出去，怎么办手续",
    ],
)
def test_a_few_things_meant_or_held_ask_no_count(question) -> None:
    assert "几" not in a_few_said(question)


@pytest.mark.parametrize(
    "question", ["每处要安排几名看管员，谁批", "每个县有几个看管员岗位，工资谁出"]
)
def test_a_count_asked_beside_another_question_stays_asked(question) -> None:
    assert "几" in a_few_said(question)


def test_a_passive_marker_is_no_mistyped_character() -> None:
    typos = Typos.build("石碑")
    assert typos.correct("路边的石被人推倒了")[1] == []


# --- the real model ------------------------------------------------------------------------


def test_care_while_the_contribution_lapsed_says_who_bears_it(assistant) -> None:
    (answer,) = ask_turns(assistant, "医保今年一直没交呢，我妈住院了能报不")
    first = answer.answer.split("\n")[0]
    assert first.startswith("不能报销") and "本人承担" in first and "补缴" in first
    assert labels(answer) == ["第三十条（十五）", "第八条"]


def test_what_to_do_after_a_lapse_is_the_lapse_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "上一年漏交了医保，现在看病住院咋办")
    assert "补缴" in answer.answer and "第八条" in labels(answer)


def test_a_newborns_stay_before_its_contribution_is_paid_after_enrolling(assistant) -> None:
    (answer,) = ask_turns(assistant, "宝宝一生下来就住了保温箱，医保还没来得及交，能报吗")
    assert "（十五）" not in "".join(labels(answer)) and "第二十九条（二）" in labels(answer)


def test_a_bill_estimated_is_computed_as_an_estimate_and_still_asked(assistant) -> None:
    (answer,) = ask_turns(assistant, "交的120档，在乡卫生院住院大概5千，能报多少")
    assert answer.status == "error" and "约数" in answer.answer
    # (5000 − 100) × 75% = 3675
    assert "按约5000元估算：医保约支付3675.00元" in answer.answer


def test_a_range_is_not_computed_at_all(assistant) -> None:
    (answer,) = ask_turns(assistant, "交的120档，在乡卫生院住院花了四五千，能报多少")
    assert answer.status == "error" and "估算" not in answer.answer


def test_a_hospital_not_chosen_after_an_emergency_told_before_is_paid(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "我爸半夜急诊被送进了日土县医院，留观两天后住了院",
        "可他平时选的医院不是这家，也能报吗",
    )
    assert answer.answer.startswith("可以按规定报销") and labels(answer) == ["第二十九条（五）"]


def test_a_hospital_not_chosen_without_emergency_is_not_paid(assistant) -> None:
    (answer,) = ask_turns(assistant, "我选的定点不是这家医院，住院能报吗")
    assert answer.answer.startswith("不能报销") and labels(answer) == ["第二十九条（五）"]


def test_a_second_illness_held_too_asks_the_combined_limit(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我爸有高血压，每天吃降压药", "他血糖也高，两个病加起来一年最多报多少"
    )
    assert "2000元" in answer.answer.split("\n")[0]


def test_diabetes_drugs_have_two_ways_one_at_a_time(assistant) -> None:
    (answer,) = ask_turns(assistant, "我舅舅糖尿病，常年在县医院拿药，医保给报吗")
    first = answer.answer.split("\n")[0]
    assert "不得同时享受" in first and "1200元" in first and "90%" in first
    assert labels(answer) == ["第二十五条", "第二十四条（二）"]


def test_the_tier_of_a_person_exempt_by_age_said_earlier(assistant) -> None:
    *_, answer = ask_turns(
        assistant, "我奶奶今年72了，还用交医保吗", "我儿子12岁呢", "我奶奶住院按哪一档报"
    )
    assert answer.answer.startswith("按250元档") and "第十八条（二）" in labels(answer)


def test_the_years_whole_outpatient_bill_holds_the_earlier_visit(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我去门诊看胃病花了300，能报多少", "今年门诊一共花了800，还能报多少"
    )
    # the year's 800: (800 − 100) × 60% = 420, capped at 300; the earlier 300 paid 120 → 180
    assert answer.status == "calculated" and "180.00" in answer.answer.split("\n")[0]
    assert "本年累计 800.00 元" in answer.answer


def test_a_filing_still_in_its_window_is_in_time(assistant) -> None:
    (answer,) = ask_turns(assistant, "在北京住院两天了，还没备案，还能报吗")
    assert answer.answer.startswith("还来得及") and labels(answer) == ["第三十三条"]


def test_a_filing_past_its_window_says_the_text_is_silent(assistant) -> None:
    (answer,) = ask_turns(assistant, "在北京住院九天了，还没备案，还能报吗")
    assert "还来得及" not in answer.answer and "没有规定" in answer.answer


def test_where_one_enrols_is_the_registered_place_said(assistant) -> None:
    (answer,) = ask_turns(assistant, "我户口在札达县，现在在西安打工，医保去哪儿参保")
    assert "户籍所在地" in answer.answer and "即户口所在的札达县" in answer.answer
    assert labels(answer)[0] == "第七条"


def test_the_approving_body_of_the_level_said(assistant) -> None:
    (answer,) = ask_turns(assistant, "要在自治区级文保单位的保护范围里打一口井，谁来批")
    assert "自治区人民政府" in answer.answer and "第十条" in labels(answer)


def test_a_herder_who_found_a_relic_is_told_to_report(assistant) -> None:
    (answer,) = ask_turns(assistant, "我赶着羊群在河滩上捡到一块刻着藏文的旧石板，该怎么办")
    assert answer.status == "answered" and labels(answer)[0] == "第二十一条"


def test_a_sick_animal_is_out_of_scope(assistant) -> None:
    (answer,) = ask_turns(assistant, "家里的羊得了病，去哪治")
    assert answer.status == "out_of_scope"


@pytest.mark.xfail(
    strict=True,
    reason="老塔上 is cut as one word the gazette lacks: the coverage (0.43) declines the question",
)
def test_a_relic_taken_by_someone_is_reported(assistant) -> None:
    (answer,) = ask_turns(assistant, "村里老塔上的擦擦被人撬走了好几个，该向谁报告")
    assert labels(answer)[0] == "第四十八条"


def test_a_relic_broken_by_someone_is_reported(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺里的旧佛像被人砸坏了，该向哪里报告")
    assert labels(answer)[0] == "第四十八条"


def test_a_repair_asked_with_its_procedure_is_the_repair_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我们寺是县级文保单位，经堂的墙裂了想补一补，需要走什么流程")
    assert labels(answer)[0] == "第十五条"


def test_a_rule_naming_no_county_is_the_same_in_every_county(assistant) -> None:
    *_, answer = ask_turns(
        assistant,
        "我守着札达一个县级的文物点，一个月多少钱",
        "措勤那边是不是一样，听说偏远的给的多",
    )
    assert answer.answer.startswith("一样，不分县") and "偏远" in answer.answer
    assert labels(answer) == ["第十二条"]


def test_counties_a_rule_names_one_by_one_are_not_the_same(assistant) -> None:
    _, answer = ask_turns(assistant, "日土县有多少个养护岗位", "那改则县跟日土一样吗")
    assert not answer.answer.startswith("一样")


def test_custodians_are_dismissed_by_the_list_and_by_a_grave_accident(assistant) -> None:
    (answer,) = ask_turns(assistant, "当看管员的出了哪些问题会被辞退")
    assert labels(answer) == ["第十七条", "第十一条"] and "立即解聘" in answer.answer


def test_a_cap_reached_at_every_level_needs_no_level(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我妈是尿毒症，交120档，今年透析花了8万", "她后来又住院花了4万，还能报多少"
    )
    # 门特 80000 × 70% = 56000; the stay pays what the 6万 cap leaves at any level: 4000
    assert answer.status == "calculated" and "4000.00" in answer.answer.split("\n")[0]


# --- second round ----------------------------------------------------------------------------


def test_a_buyer_or_borrower_elsewhere_is_no_place_asked_about() -> None:
    from assistant.frame import PlaceRole, read_frame

    for question in ("家里有个老铜壶，成都有人想买，能卖吗", "西宁那边的博物馆想借我们寺的唐卡"):
        places = read_frame(question).subject.places
        assert places and all(p.role is not PlaceRole.SUBJECT for p in places)


def test_a_two_digit_year_opening_the_question_is_a_year() -> None:
    from assistant.frame import read_frame

    assert read_frame("24年阿里预计有多少高校毕业生").subject.years == [2024]
    assert read_frame("20年了一直没涨过").subject.years == []


def test_approval_after_whom_it_goes_to_is_the_act_asked() -> None:
    from assistant.compose import _body_act

    assert _body_act("在建设控制地带盖房，图纸报谁审批") == "审批"
    assert _body_act("挖出文物报给谁") == "报"


def test_a_ticket_price_is_out_of_scope(assistant) -> None:
    (answer,) = ask_turns(assistant, "从狮泉河坐飞机去成都的机票多少钱")
    assert answer.status == "out_of_scope"


def test_whom_a_standing_just_computed_pays_is_recalled_by_pronoun(assistant) -> None:
    _, answer = ask_turns(
        assistant, "低保户，县医院第一次住院花了8000，能报多少", "那他自己每年交医保要出多少钱"
    )
    assert answer.status == "calculated" and "0.00" in answer.answer.split("\n")[0]


def test_who_draws_a_protection_range_is_its_government(assistant) -> None:
    (answer,) = ask_turns(assistant, "自治区级文保单位的保护范围由谁来划")
    assert labels(answer) == ["第十二条"]


def test_a_hospital_chosen_named_beside_the_one_gone_to_is_not_chosen(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爸选的定点是乡卫生院，这回自己跑到县医院住院了，能报吗")
    assert answer.answer.startswith("不能报销") and labels(answer) == ["第二十九条（五）"]


def test_a_filing_asked_whether_still_in_time(assistant) -> None:
    (answer,) = ask_turns(assistant, "我在西安住院4天了，一直没备案，现在去弄还来得及吗")
    assert answer.answer.startswith("还来得及")


def test_a_stay_while_the_contribution_lapsed_said_with_a_split_stay(assistant) -> None:
    (answer,) = ask_turns(assistant, "今年医保漏交了，我爸又住上院了，咋办")
    assert "补缴" in answer.answer and "第八条" in labels(answer)


def test_a_stays_cover_asked_beside_the_scheme_joined_is_no_joining(assistant) -> None:
    (answer,) = ask_turns(assistant, "我妈没有职工医保，交的是城乡居民医保，在乡卫生院住院能报销吗")
    assert "第二十二条" in labels(answer)


def test_the_most_paid_a_year_with_no_bill_is_the_limit(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "糖尿病在门诊拿药一年最多报多少，我姨一直吃着药",
        "她血压也高，两样一年顶多报多少",
    )
    assert answer.status == "answered" and "2000" in answer.answer.split("\n")[0]


def test_a_doctors_call_denied_is_no_need_for_a_caesarean() -> None:
    from assistant.calculators.medical import match_exclusion

    found = match_exclusion("她是自己想剖的，并不是医生说必须剖，能报吗")
    assert found is not None and found[0] == "（七）"


def test_a_caesarean_said_by_its_need_alone_is_paid(assistant) -> None:
    (answer,) = ask_turns(assistant, "大夫说孩子太大只能剖，剖的钱能报吗")
    assert answer.answer.startswith("可以报") and "第二十九条（二）" in labels(answer)


# --- the review's counter-examples (each confirmed on a worktree commit, then held back) ----


@pytest.mark.parametrize(
    "question",
    [
        "我爸的医保卡没交给医院，住院能报吗",
        "出院发票还没交到医保局，钱还能报吗",
        "撞我的司机没交保险，我住院医保能报吗",
    ],
)
def test_a_card_an_invoice_or_anothers_policy_is_no_lapse(question) -> None:
    from assistant.calculators.medical import UNPAID_ITEM

    found = match_exclusion(question)
    assert found is None or found[0] != UNPAID_ITEM


def test_a_tier_chosen_is_no_hospital_chosen() -> None:
    assert match_exclusion("我选的是120档，后来去了县医院住院花了8000") is None
    assert match_exclusion("选的定点是县医院，这回就是在县医院住的院，能报吗") is None


def test_diabetes_with_dialysis_is_the_dialysis_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爸糖尿病引起肾衰了，要透析，医保管吗")
    assert "不得同时享受" not in answer.answer.split("\n")[0]


def test_another_persons_care_keeps_no_emergency_told_of_someone_else(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我爷爷前几天急诊抢救过一次", "我奶奶看病去的不是选定的医院，住院能报吗"
    )
    assert answer.answer.startswith("不能报销")


def test_two_people_each_with_one_illness_are_no_combined_limit(assistant) -> None:
    (answer,) = ask_turns(assistant, "我舅有高血压，我舅妈也有高血压，每人一年最多报多少")
    assert "800元" in answer.answer.split("\n")[0] and "2000元" not in answer.answer.split("\n")[0]


def test_days_before_leaving_hospital_are_no_days_since_admission(assistant) -> None:
    (answer,) = ask_turns(assistant, "在重庆住了三天院，出院都十天了，还没备案，还来得及吗")
    assert not answer.answer.startswith("还来得及")


def test_a_thing_not_done_besides_another_question_is_no_duty_left(assistant) -> None:
    (answer,) = ask_turns(assistant, "我没住过院，平时看门诊也能报吗")
    assert answer.status == "answered" and "第二十六条（三）" in labels(answer)


def test_the_household_place_now_is_the_last_said(assistant) -> None:
    (answer,) = ask_turns(
        assistant, "原来户口在日土县，去年户口迁到普兰县了，人在拉萨上班，医保去哪儿参保"
    )
    assert "即户口所在的普兰县" in answer.answer


def test_every_level_from_one_up_names_no_one_body(assistant) -> None:
    (answer,) = ask_turns(assistant, "在县级以上文物保护单位的保护范围里埋电缆，找谁批")
    assert "所以这里就是" not in answer.answer


def test_a_count_compared_between_counties_is_no_rule_the_same(assistant) -> None:
    _, answer = ask_turns(assistant, "看管员一个月工资多少", "日土县和革吉县的看管员人数一样吗")
    assert not answer.answer.startswith("一样，不分县")


@pytest.mark.parametrize(
    "question", ["我女儿羊角风，吃药能报吗", "我马上要去县医院住院，医保怎么报"]
)
def test_human_illnesses_and_words_with_animal_characters_are_in_scope(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert "牲畜" not in answer.answer


@pytest.mark.parametrize(
    "question", ["12年没交医保了，现在补交要多少钱", "15年工龄的看管员一个月多少钱"]
)
def test_a_number_of_years_opening_the_question_is_no_year(question) -> None:
    from assistant.frame import read_frame

    assert read_frame(question).subject.years == []


def test_this_visits_sum_beside_a_years_count_is_this_visits(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "我去门诊看腰疼花了300，能报多少",
        "今年一共第三次看门诊了，这次花了400，能报多少",
    )
    # the year's 700: (700 − 100) × 60% = 360, capped at 300; 120 paid before → 180
    assert "180.00" in answer.answer.split("\n")[0]


def test_a_people_count_asked_with_a_body_is_still_a_count() -> None:
    assert "几" in a_few_said("医院打算新招几个护士，谁负责")


def test_a_list_of_refusals_adds_no_article_of_another_act(assistant) -> None:
    (answer,) = ask_turns(assistant, "医保基金哪些费用不给付")
    assert "另外" not in answer.answer


def test_a_phone_stolen_is_no_relic_matter() -> None:
    from index.lexical import expand_query

    assert "案件" not in " ".join(expand_query("钱包被人偷走了，找谁"))


def test_a_groups_own_place_of_joining_stays(assistant) -> None:
    (answer,) = ask_turns(assistant, "我们是地直机关的家属，医保去哪里参保")
    assert labels(answer)[0] == "第十条"


def test_more_than_a_round_figure_is_no_estimate(assistant) -> None:
    (answer,) = ask_turns(assistant, "交的60档，在县医院住院花了大概三万多，能报多少")
    assert answer.status == "error" and "估算" not in answer.answer


def test_two_typo_classes_still_corrected() -> None:
    typos = Typos.build("合作医疗 看管事故")
    assert ("和作医疗", "合作医疗") in typos.correct("城乡居民和作医疗怎么交")[1]


def test_another_matter_compared_between_counties_is_not_the_last_rule(assistant) -> None:
    _, answer = ask_turns(
        assistant, "交的60档，乡卫生院住院花了5000", "普兰县的看管员工资跟札达县的一样吗"
    )
    assert not answer.answer.startswith("一样，不分县：第二十二条")


def test_a_building_going_up_is_no_rebuilding() -> None:
    typos = Typos.build("重新修建")
    assert typos.correct("医院那边在盖什么楼")[1] == []


def test_a_contribution_broken_off_is_the_lapse_item() -> None:
    found = match_exclusion("医保断了三个月，住院能报吗")
    assert found is not None and found[0] == "（十五）"
