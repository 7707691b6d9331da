"""Classes of question handled in the fifty-third session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.medical import unpaid_said
from assistant.calculators.understanding import detect_calculator, read_custodian
from assistant.frame import FactType, PlaceRole, read_frame
from assistant.multipart import EXCESS_ASKED
from assistant.scope import check_frame
from assistant.tiers_compared import rate_lines, tiers_named
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "tiers"),
    [
        ("交120和交250，在县医院住院能差多少", [120, 250]),
        ("60档跟250档门特报销有啥区别", [60, 250]),
        ("交一百二的和交二百五的比，乡卫生院住院差几成", [120, 250]),
        ("交250档，三级医院住了一回花了2万", []),  # one tier, no comparison
        ("住院花了250和120两笔", []),  # sums, not tiers
    ],
)
def test_two_tiers_set_side_by_side(question, tiers) -> None:
    assert tiers_named(question) == tiers


def test_the_rates_of_two_tiers_at_a_level_and_their_gap() -> None:
    lead, cite = rate_lines("inpatient", [120, 250], "二级")
    assert "120元档报75%" in lead and "250元档报90%" in lead and "相差15个百分点" in lead
    assert cite[1] == "第二十二条"
    lead, cite = rate_lines("special_outpatient", [60, 120], None)
    assert "60元档报60%" in lead and "120元档报70%" in lead and cite[1] == "第二十四条"


@pytest.mark.parametrize(
    "question",
    [
        "要是在那曲双湖那边看文物，工资也是这个标准吗",
        "甘肃敦煌那边的文物看管员也按阿里的标准发工资吗",
    ],
)
def test_another_places_custodians_are_its_own_rules(question) -> None:
    assert check_frame(read_frame(question)) is not None


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("在那曲那边看文物一个月给多少", PlaceRole.SUBJECT),
        ("在那曲住院能报多少", PlaceRole.TREATED),
        ("孩子在成都上学，医保在哪交", PlaceRole.TREATED),
    ],
)
def test_a_place_one_is_at_is_a_stay_only_in_a_matter_of_care(question, role) -> None:
    (place,) = [p for p in read_frame(question).subject.places if p.name != "阿里地区"]
    assert place.role is role


def test_a_visit_counted_at_a_clinic_is_no_stay() -> None:
    assert detect_calculator("在乡卫生院看门诊，今年第一回，花了150能报吗") == (
        "general_outpatient"
    )
    assert detect_calculator("在县医院今年第一回住院，花了5000能报吗") == "inpatient"


@pytest.mark.parametrize(
    "question", ["前年我没交，今年住院这些钱怎么办", "去年忘了交，住院的费用谁出"]
)
def test_a_lapse_with_who_bears_the_bill(question) -> None:
    assert unpaid_said(question)


@pytest.mark.parametrize(
    "question",
    ["超出来的部分还有别的地方报吗", "剩下的那部分还能报不", "超过的部分呢"],
)
def test_what_lies_beyond_asked(question) -> None:
    assert EXCESS_ASKED.match(question)


def test_a_short_year_told_a_few_words_before_its_time() -> None:
    assert read_frame("那18年还没合并那会儿，住院能报几成").subject.years == [2018]


def test_the_figure_asked_with_whether_the_rules_give_it() -> None:
    frame = read_frame("那补助给多少，办法里有具体金额吗")
    assert frame.fact is FactType.AMOUNT
    assert "办法里" not in frame.text


def test_heads_and_a_sum_of_one_level_are_that_sites_bill() -> None:
    inputs = read_custodian("自治区级文保单位配几个看管员，半年工资一共多少")
    assert inputs["mode"] == "budget" and inputs["sites"] == {"自治区级": 1}


# --- with the real model ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["看管员干得好年底有没有奖金，发多少", "文物看管员受了表彰能奖励多少钱"]
)
def test_a_custodians_sum_the_text_does_not_give_is_declined(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.status == "out_of_scope"
    assert "几个月" not in answer.answer


def test_a_thing_absent_is_named_without_the_adverb_asking_closer(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员立功受表彰，奖金具体多少")
    assert "“奖金”" in answer.answer


def test_a_later_sum_with_whether_the_rules_give_it(assistant) -> None:
    _, answer = ask_turns(
        assistant, "看管员抓到盗墓的有奖励吗", "那奖励能给多少，文件里有写具体数吗"
    )
    assert answer.status == "out_of_scope"
    assert labels(answer)[0].startswith("第十六条")


def test_the_rates_of_two_tiers_asked_then_at_another_level(assistant) -> None:
    first, second = ask_turns(
        assistant, "交120跟交250，在乡卫生院住院报销能差多少", "那到三级医院呢"
    )
    assert first.status == "answered" and "相差15个百分点" in first.answer
    assert second.status == "answered" and "相差15个百分点" in second.answer
    assert "120元档报70%" in second.answer


def test_a_bill_on_the_two_tiers_just_compared(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "交60和交250，二级医院住院报销差多少",
        "今年头一回住二级医院，花了3000，两个档各报多少",
    )
    assert answer.status == "calculated"
    assert "1820.00" in answer.answer and "2520.00" in answer.answer  # (3000−200)×65%/90%


def test_an_outpatient_visit_counted_is_computed_without_a_tier(assistant) -> None:
    (answer,) = ask_turns(assistant, "拉肚子去乡卫生院看门诊，今年头一次，花了200，能报多少")
    assert answer.status == "calculated" and "60.00" in answer.answer


def test_paid_this_year_pays_for_the_next(assistant) -> None:
    (answer,) = ask_turns(assistant, "我阿妈10月份刚交了医保，这个月住院能用上吗")
    assert "次年享受" in answer.answer and labels(answer)[0].startswith("第八条")


def test_a_lapse_whose_bill_is_asked(assistant) -> None:
    (answer,) = ask_turns(assistant, "前年我没交，今年住院这些钱怎么办")
    assert answer.answer.startswith("不能报销")


def test_beyond_the_cap_after_a_stay(assistant) -> None:
    _, answer = ask_turns(
        assistant,
        "交120档，三级医院今年第一次住院，合规花了9万，能报多少",
        "超出来的部分还有别的地方报吗",
    )
    assert "大病保险" in answer.answer


def test_a_fight_said_as_coming_to_blows(assistant) -> None:
    (answer,) = ask_turns(assistant, "跟邻居吵架动起手了，胳膊骨折住院，医保能报吗")
    assert answer.answer.startswith("不能报销") and "（八）" in answer.answer


def test_a_salaried_post_moves_one_into_the_employees_scheme(assistant) -> None:
    (answer,) = ask_turns(assistant, "女儿明年参加工作了，今年交的居民医保还管用吗")
    assert labels(answer)[0] == "第十三条"
    assert answer.answer.startswith("由城乡居民基本医疗保险转入城镇职工基本医疗保险的")


def test_an_earlier_years_rules_after_another_question(assistant) -> None:
    _, answer = ask_turns(
        assistant, "医保办法什么时候开始执行", "那18年还没合并那会儿，住院能报几成"
    )
    assert answer.status == "out_of_scope" and "2018" in answer.answer


def test_an_epidemics_costs_are_declined_with_the_public_health_item(assistant) -> None:
    (answer,) = ask_turns(assistant, "做核酸检测的钱医保给报吗")
    assert answer.status == "out_of_scope"
    assert labels(answer)[0].startswith("第三十条")


def test_other_persons_named_in_a_follow_up(assistant) -> None:
    _, answer = ask_turns(assistant, "低保对象的身份是谁来认定", "重度残疾那部分呢")
    assert "残联部门" in answer.answer.split("\n")[0]


def test_a_second_enrolment_in_another_county(assistant) -> None:
    (answer,) = ask_turns(assistant, "我在普兰参了保，回日土老家还能再交一份吗")
    assert answer.answer.startswith("不可以") and labels(answer)[0] == "第六条"


def test_a_finders_duty_leads(assistant) -> None:
    (answer,) = ask_turns(assistant, "盖房子打地基刨出来几个铜碗，现在怎么办")
    assert "立即保护现场" in answer.answer.split("\n")[0]


def test_a_payer_supposed_in_a_custodians_sum(assistant) -> None:
    (answer,) = ask_turns(assistant, "我们乡里给看县级文物点的看管员一年要发多少钱")
    assert answer.status == "calculated"
    assert "地区财政" in answer.answer and "不是乡里出" in answer.answer


def test_a_county_purse_asked_for_custodians(assistant) -> None:
    (answer,) = ask_turns(assistant, "札达县财政每年给看管员拿多少钱")
    assert answer.status == "answered" and "地区财政" in answer.answer.split("\n")[0]


def test_the_case_told_breaks_a_tie_of_preferences(assistant) -> None:
    (answer,) = ask_turns(assistant, "我家已经脱贫了，报名当野外看管员能优先吗")
    assert labels(answer)[0] == "第十条"


def test_a_sum_after_the_custodians_of_a_level_were_counted(assistant) -> None:
    _, answer = ask_turns(assistant, "自治区级的野外文保单位一般安排几个看管员", "半年工资总共多少")
    assert answer.status == "calculated" and "16800.00" in answer.answer


def test_rate_away_set_beside_ngaris(assistant) -> None:
    (answer,) = ask_turns(assistant, "去西宁的医院住院，报销比例跟这边一样吗")
    assert answer.answer.startswith("不一样") and "10%" in answer.answer


def test_a_frequency_piece_of_the_clause_answers(assistant) -> None:
    _, answer = ask_turns(assistant, "生态补偿农村公路养护员归谁管", "多久考核一回")
    assert "每年开展一次考核" in answer.answer.split("\n")[0]


def test_another_act_asked_may_i_after_a_ban(assistant) -> None:
    _, answer = ask_turns(assistant, "寺里的壁画可以拍照吗", "那门口的石碑，我拓一张可以吗")
    assert labels(answer)[0] == "第三十八条"


def test_the_training_fee_asked_in_money_words(assistant) -> None:
    (answer,) = ask_turns(assistant, "参加文物安全培训要不要自己掏钱")
    assert labels(answer)[0] == "五、"


def test_meals_of_a_training_are_not_stated(assistant) -> None:
    _, answer = ask_turns(assistant, "文物安全培训一年搞几次", "住宿管不管")
    assert answer.status == "out_of_scope"


def test_medicine_months_are_not_stated(assistant) -> None:
    (answer,) = ask_turns(assistant, "高血压的药一次最多能开几个月的")
    assert answer.status == "out_of_scope"


def test_persons_of_a_kind_asked_are_the_list(assistant) -> None:
    (answer,) = ask_turns(assistant, "看管员招人的时候什么样的人优先")
    assert labels(answer)[0].startswith("第六条")


def test_hiring_said_plainly(assistant) -> None:
    (answer,) = ask_turns(assistant, "县里的养护公司雇工有没有比例要求")
    assert answer.status == "answered" and "60%" in answer.answer


def test_a_head_count_named_by_its_noun(assistant) -> None:
    (answer,) = ask_turns(assistant, "每个野外文保点看管员的人数有多少")
    assert labels(answer)[0] == "第十二条" and "2名" in answer.answer
    (whole,) = ask_turns(assistant, "全地区看管员的总人数是多少")
    assert whole.status == "out_of_scope"
