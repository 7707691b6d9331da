"""Classes of question handled in the forty-third session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.compose import (
    COUNTED_IN_ASKED,
    STEP_STATED,
    TIER_NAMED,
    _both_named,
    asking_part,
)
from assistant.eligibility import ENROLLED_WHERE, FORGOT_PAYING
from assistant.engine import _container_named, _everyday_visit
from assistant.frame import PEOPLE_CHECKED, PlaceRole, a_few_said, places_in
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, named",
    [
        ("我血压高，还有糖尿病，门诊一年最多报多少", False),  # 血压高 is no 高血压 said
        ("高血压和糖尿病我都有，一年门诊封顶多少", True),
        ("我只有糖尿病，门诊一年报多少", False),
    ],
)
def test_both_things_of_a_combined_figure_named(question, named) -> None:
    piece = "同时患高血压和糖尿病的合并支付限额每人每年2000元。"
    assert _both_named(question, piece) is named


@pytest.mark.parametrize("question", ["我缴了120，住院能报几成", "俺交的250块，三级医院报多少"])
def test_what_was_paid_in_names_the_tier_not_a_value(question) -> None:
    assert any(m.group(1) or m.group(2) for m in TIER_NAMED.finditer(question))


def test_a_bill_is_no_tier_paid_in() -> None:
    assert not any(m.group(2) for m in TIER_NAMED.finditer("交了1万押金，报多少"))


@pytest.mark.parametrize(
    "question, counted",
    [
        ("慢病门诊的钱算进6万里面吗", True),
        ("两病的药费和住院是一起算封顶还是分开算", True),
        ("住院一年最多报多少", False),
    ],
)
def test_whether_a_thing_counts_in_a_figure_is_asked(question, counted) -> None:
    assert bool(COUNTED_IN_ASKED.search(question)) is counted


def test_this_inside_points_at_the_figure_just_stated() -> None:
    said = _container_named(
        "门特花的钱也算在这里面吗", "城乡居民基本医疗保险年度最高支付限额为6万元。"
    )
    assert said is not None and "年度最高支付限额" in said
    # (a question that asks nothing of counting in is left as it is)
    assert _container_named("这里面哪条最重要", "年度最高支付限额为6万元。") is None


@pytest.mark.parametrize(
    "question, everyday",
    [
        ("那孩子拉肚子去门诊看呢", True),
        ("那他的尿毒症透析呢", False),
        ("血压高去门诊拿药呢", False),
    ],
)
def test_an_everyday_visit_is_told_from_named_illnesses(question, everyday) -> None:
    assert _everyday_visit(question) is everyday


def test_steps_are_told_from_sums() -> None:
    assert STEP_STATED.search("新生儿住院费用先自费结算，")
    assert not STEP_STATED.search("其符合基本医疗保险支付范围的医疗费用给予全额报销；")


@pytest.mark.parametrize(
    "question, lapse",
    [("前年没续费，今年5月住了院能报吗", True), ("医保忘记交了 生病住院报销吗", True)],
)
def test_a_lapse_said_before_care(question, lapse) -> None:
    assert bool(FORGOT_PAYING.search(question)) is lapse


@pytest.mark.parametrize(
    "question, where",
    [
        ("我在成都上班，户口在札达，可以在成都交医保吗", "成都"),
        ("能不能在日喀则参保", "日喀则"),
        ("能在成都办备案吗", None),  # a step of a claim, not joining
    ],
)
def test_where_one_joins_is_asked(question, where) -> None:
    found = ENROLLED_WHERE.search(question)
    assert (found.group(1) if found else None) == where


def test_a_place_things_are_sent_to_is_no_subject() -> None:
    roles = {p.said: p.role for p in places_in("寺里想把两幅唐卡借给拉萨的博物馆展出")}
    assert roles.get("拉萨") is not PlaceRole.SUBJECT


def test_things_held_before_what_is_wanted_of_them_are_a_few() -> None:
    assert "几件" not in a_few_said("家里有几件老物件，想捐给博物馆")
    assert "几件" in a_few_said("家里有几件一级文物？")


def test_leave_asked_alone_is_asked_of_the_act_before_it() -> None:
    assert "借" in asking_part("我们想把寺里的唐卡借出去展览，行吗")


@pytest.mark.parametrize("question, checked", [("就他一个人守吗", True), ("他一个人多少钱", False)])
def test_a_head_count_checked(question, checked) -> None:
    assert bool(PEOPLE_CHECKED.search(question)) is checked


# --- answers (the real model) --------------------------------------------------------------


def test_both_diseases_named_get_the_combined_limit(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爸高血压和糖尿病都有，门诊一年最多报多少")
    lead = answer.answer.split("\n")[0]
    assert "2000元" in lead and "1200元" not in lead


def test_a_poor_households_own_share_is_not_its_tier(assistant) -> None:
    (answer,) = ask_turns(
        assistant, "我家是建档立卡户，自己交了60，在县医院二级住院花了8000，报多少"
    )
    # (8000 − 200) × (90% + 5%) = 7410: the 250元 tier the rule fixes (第十八条（四））
    assert answer.calculation["result"]["payment"] == "7410.00"
    assert "个人缴费部分" in answer.answer


def test_a_poor_persons_stated_tier_to_the_calculator_stands() -> None:
    from assistant.calculators import run

    result = run("inpatient", {"tier": 60, "level": "二级", "cost": "8000", "poor": True})
    # (8000 − 200) × (65% + 5%) = 5460: a clerk's tier is computed as given, the rule noted
    assert result.result["payment"] == "5460.00"


def test_a_third_party_after_a_traffic_verdict_is_its_own_verdict(assistant) -> None:
    _, answer = ask_turns(assistant, "开车出了车祸住院能报吗", "那是别人全责呢")
    assert answer.answer.startswith("不能报销") and labels(answer)[0] == "第三十条（十二）"


def test_another_device_after_an_excluded_one_is_excluded_too(assistant) -> None:
    _, answer = ask_turns(assistant, "配助听器能报吗", "那做PET呢")
    assert answer.answer.startswith("不能报销") and labels(answer)[0] == "第三十条（三）"


def test_a_figure_of_an_earlier_answer_finds_its_rule(assistant) -> None:
    *_, answer = ask_turns(
        assistant,
        "我是建档立卡户，在县医院二级住院花了5000，报多少",
        "那喝酒摔伤的能报吗",
        "前面那个多报5%是哪一条",
    )
    assert labels(answer)[0] == "第二十九条（四）"


def test_what_counts_in_the_cap_is_decided_by_the_rule_that_says_so(assistant) -> None:
    _, answer = ask_turns(assistant, "医保一年封顶多少", "门诊特殊病花的也算在这个里面吗")
    assert labels(answer)[0] == "第二十四条（二）" and answer.answer.startswith("算在内")


def test_an_everyday_visit_after_a_special_disease_is_the_general_pool(assistant) -> None:
    _, answer = ask_turns(assistant, "癫痫算门特吗", "那平常头疼脑热去门诊呢")
    assert labels(answer)[0] == "第二十六条（三）"


def test_a_caesarean_said_plainly_depends_on_need(assistant) -> None:
    (answer,) = ask_turns(assistant, "媳妇要剖腹产，医保给报吗")
    assert answer.answer.startswith("要看是不是临床需要")
    assert {"第二十九条（二）", "第三十条（七）"} <= set(labels(answer))


def test_a_caesarean_wanted_without_need_is_still_refused(assistant) -> None:
    (answer,) = ask_turns(assistant, "我怕疼想剖，能报销吗")
    assert answer.answer.startswith("不能报销")


def test_a_newborns_bill_is_answered_with_its_steps(assistant) -> None:
    (answer,) = ask_turns(assistant, "刚生下来的宝宝住了保温箱，这钱怎么报销")
    assert "先自费结算" in answer.answer.split("\n")[0]


def test_a_mothers_birth_bill_is_not_the_newborns_steps(assistant) -> None:
    (answer,) = ask_turns(assistant, "生孩子的钱怎么报销")
    assert "先自费结算" not in answer.answer.split("\n")[0]


def test_care_while_forgetting_to_pay_is_ones_own(assistant) -> None:
    (answer,) = ask_turns(assistant, "去年忘了交医保，今年3月住院了还能报吗")
    assert answer.answer.startswith("不能")
    assert labels(answer)[0].startswith(("第八条", "第三十条（十五）")), labels(answer)
    (said,) = ask_turns(assistant, "我医保断了没续，上个月看病花的钱能报不")
    assert said.answer.startswith("不能") and said.calculation is None


def test_a_monk_without_honour_chooses_a_tier(assistant) -> None:
    *_, answer = ask_turns(assistant, "县级表彰的喇嘛医保自己交多少", "一般的喇嘛呢")
    assert "45.00" not in answer.answer and "60" in answer.answer


def test_a_price_of_an_excluded_item_is_not_a_bill(assistant) -> None:
    _, answer = ask_turns(
        assistant, "交的120档，二级医院住院花了5000，报多少", "医院食堂的伙食费一天多少钱"
    )
    assert answer.calculation is None


def test_the_same_articles_sentence_answers_another_case(assistant) -> None:
    _, answer = ask_turns(assistant, "文物保护单位保护范围里能爆破吗", "那全国重点的呢")
    assert labels(answer)[0] == "第十三条" and "自治区人民政府批准" in answer.answer.split("\n")[0]


def test_a_case_swapped_after_a_deductible_stays_on_the_deductible(assistant) -> None:
    _, answer = ask_turns(assistant, "一级医院住院起付线是多少", "那三级医院呢")
    assert "400元" in answer.answer.split("\n")[0] and "床日" not in answer.answer.split("\n")[0]


def test_leave_asked_after_the_act_finds_the_rule_that_allows_it(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺里有几幅老唐卡，想借给地区的博物馆展出，行吗")
    assert "借用" in answer.answer.split("\n")[0]


def test_a_why_of_a_rule_says_no_reason_is_given(assistant) -> None:
    (answer,) = ask_turns(assistant, "为什么馆藏文物不让拍")
    assert answer.answer.startswith("文件没有说明这样规定的原因")


def test_a_why_of_an_undertaking_is_its_documents_purpose(assistant) -> None:
    (answer,) = ask_turns(assistant, "为啥要组建养护公司")
    assert labels(answer)[0] == "前言"


def test_a_why_of_ones_own_case_is_answered_by_the_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "为什么我奶奶不用交医保")
    assert not answer.answer.startswith("文件没有说明")


def test_each_countys_rate_then_the_prefecture_sums_every_county(assistant) -> None:
    _, answer = ask_turns(
        assistant, "四好农村路养护补贴一个县每年多少", "再算上地区那边，合起来多少"
    )
    assert answer.calculation["result"]["total_wan"] == "1050.00"


def test_a_misdeed_supposed_of_a_keeper_asks_what_follows(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我舅舅是野外文物看管员", "那他要是借保护文物的名义向游客要钱呢"
    )
    assert "解聘" in answer.answer.split("\n")[0] and labels(answer)[0] == "第十七条（三）"


def test_a_deduction_after_a_major_accident_takes_the_years_pay(assistant) -> None:
    _, answer = ask_turns(
        assistant, "看管员守的点出了重大看管事故，还有补助吗", "他干了6个月，县级的点，要扣多少"
    )
    assert "7200.00" in answer.answer and answer.calculation["result"]["pay"] == "0.00"


def test_a_keepers_failure_after_his_pay_is_the_keepers_rule(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "我叔在普兰看自治区级的野外文物点，一年多少钱",
        "他守的点被人盗挖了没及时报告，会怎么处理",
    )
    assert labels(answer)[0] == "第十七条（一）"


def test_a_head_count_checked_of_a_site(assistant) -> None:
    _, answer = ask_turns(assistant, "县级野外文物点看管员一个月多少钱", "那一个点就一个人守吗")
    assert "2名" in answer.answer.split("\n")[0]


def test_not_in_the_employees_scheme_may_join(assistant) -> None:
    (answer,) = ask_turns(assistant, "户口在革吉，我没有职工医保，可以参加居民医保吗")
    assert answer.answer.startswith("可以")


def test_in_the_employees_scheme_may_not_join_too(assistant) -> None:
    (answer,) = ask_turns(assistant, "我在单位有职工医保，还能再参加居民医保吗")
    assert answer.answer.startswith("不可以")


def test_joining_elsewhere_is_answered_by_the_household_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我户口在措勤，人在成都打工，能在成都交医保吗")
    assert labels(answer)[0] == "第七条"


def test_new_staff_asked_in_everyday_words_is_the_whole(assistant) -> None:
    (answer,) = ask_turns(assistant, "地区人民医院一共要补充多少医生护士")
    assert "184" in answer.answer.split("\n")[0]


def test_a_mild_disability_exemption_asked_briefly(assistant) -> None:
    (answer,) = ask_turns(assistant, "我是四级残疾，可以免吗")
    assert answer.answer.startswith("需要交")


def test_an_earlier_stay_corrected_recomputes_the_stays_after_it(assistant) -> None:
    *_, fourth, first = ask_turns(
        assistant,
        "我妈交250档，县医院二级住院花了1万，报多少",
        "后来又去地区医院三级住了一次，花了2万",
        "第三次去的成都，三级医院，花了3万",
        "第四次又在成都住院，花了4万",
        "不对，第一次其实是在乡卫生院住的，也是1万，第一次重新算多少",
    )
    # (10000 − 100) × 90% = 8910; the fourth stay is left what the cap allows after it
    assert first.calculation["result"]["payment"] == "8910.00"
    assert fourth.calculation is not None
    assert "更正后第4次住院" in first.answer


# --- what the independent review found (each sentence was answered wrongly mid-session) ------


def test_one_named_countys_subsidy_then_the_prefecture_adds_that_county(assistant) -> None:
    _, answer = ask_turns(
        assistant, "四好农村路日土一个县养护补贴多少", "地区那边呢，加起来总共多少"
    )
    assert answer.calculation["result"]["total_wan"] == "450.00"


def test_another_keepers_deduction_takes_no_accident_said_before(assistant) -> None:
    _, answer = ask_turns(
        assistant, "看管员出了重大看管事故会怎样", "他同事看县级点10个月，没出事，会扣多少"
    )
    assert answer.calculation["result"]["pay"] == "12000.00"


@pytest.mark.parametrize(
    "question",
    [
        "我只有高血压没有糖尿病，门诊一年能报多少",
        "我妈高血压，我爸糖尿病，两病门诊一年最多各报多少",
    ],
)
def test_two_diseases_not_held_by_one_person_are_no_combined_limit(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert "2000元" not in answer.answer.split("\n")[0] and "800元" in answer.answer


@pytest.mark.parametrize(
    "question", ["我没交过职工医保，住院能报吗", "看病没交钱就走了，住院费能报吗"]
)
def test_no_lapse_of_ones_own_contribution_is_no_lapse(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert "中断缴费" not in answer.answer.split("\n")[0]


def test_a_household_elsewhere_without_the_employees_scheme_may_not_join(assistant) -> None:
    (answer,) = ask_turns(assistant, "我户口在拉萨，没有参加职工医保，能参加阿里的居民医保吗")
    assert not answer.answer.startswith("可以")


def test_a_hospitals_grade_is_no_disability_grade(assistant) -> None:
    (answer,) = ask_turns(assistant, "我妈是残疾人住二级医院，医保个人要交多少钱")
    assert "不用交" not in answer.answer.split("\n")[0]


def test_a_poor_persons_tier_said_as_a_tier_stays(assistant) -> None:
    (answer,) = ask_turns(assistant, "建档立卡户，交的60元档，在县医院住院花了1万，能报多少")
    # (10000 − 200) × (65% + 5%) = 6860: the tier said, the rule noted
    assert answer.calculation["result"]["payment"] == "6860.00"


@pytest.mark.parametrize(
    "question", ["城乡居民医保报销的钱什么时候发下来", "野外文物看管补助什么时候发"]
)
def test_when_money_is_paid_is_no_documents_issue(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert "印发" not in answer.answer.split("\n")[0]


def test_a_head_count_said_with_months_changes_the_case(assistant) -> None:
    _, answer = ask_turns(
        assistant, "阿舅在自治区级文保点看了8个月，能拿多少", "就他一个人看了12个月呢"
    )
    assert answer.calculation["result"]["pay"] == "16800.00"


def test_a_count_of_trainings_is_no_pay(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员每年多少次培训")
    assert answer.calculation is None and answer.status == "answered"


def test_the_prefectures_name_is_no_prefecture_added(assistant) -> None:
    _, answer = ask_turns(assistant, "四好农村路札达和日土两个县一年补多少", "阿里地区一共有几个县")
    assert answer.calculation is None


def test_a_hedged_reply_to_a_follow_up_is_its_value(assistant) -> None:
    _, answer = ask_turns(assistant, "在县医院住院花了2万能报多少", "120吧")
    assert answer.calculation["result"]["payment"] == "14850.00"


def test_an_undertaking_named_by_its_short_name_has_its_purpose(assistant) -> None:
    (answer,) = ask_turns(assistant, "为啥要搞三甲")
    assert not answer.answer.startswith("文件没有说明")


def test_a_thing_counted_in_after_the_deductible_is_not_the_cap(assistant) -> None:
    _, answer = ask_turns(assistant, "住院起付线多少", "床位费包括在内吗")
    assert "床日" in answer.answer.split("\n")[0]


def test_an_accident_takes_no_more_than_the_years_pay(assistant) -> None:
    (answer,) = ask_turns(assistant, "自治区级文物点看管员干了18个月出了重大事故，补助多少")
    assert "25200.00 元" not in answer.answer.split("= ")[0]


@pytest.mark.parametrize(
    "question, number",
    [
        ("创三甲那个工作方案文号是多少，哪天印的", "阿行发〔2020〕31号"),
        ("四好农村路那个推进方案的文号和日期", "阿行办发〔2020〕21号"),
        ("文保办法是哪天发的", "阿行发〔2020〕33号"),
    ],
)
def test_a_documents_issue_is_said_from_its_notice(assistant, question, number) -> None:
    (answer,) = ask_turns(assistant, question)
    assert number in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question", ["医保年度限额是多少？", "What is the yearly cap of the medical insurance?"]
)
def test_the_schemes_yearly_limit_by_its_name_is_the_basic_cap(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert "6万" in answer.answer or "60,000" in answer.answer


def test_a_benefit_asked_to_exist_after_a_stay_is_no_case(assistant) -> None:
    *_, answer = ask_turns(
        assistant, "我交120档，二级医院住院花了8000，能报多少", "生孩子有没有营养补贴啥的"
    )
    assert answer.calculation is None and answer.status == "out_of_scope"
