"""Classes of question handled in the thirty-ninth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.service import calculate
from assistant.calculators.understanding import (
    LATE_PAYMENT,
    detect_calculator,
    read_custodian,
    read_special,
    read_tier,
)
from assistant.english_answer import figures
from assistant.frame import TASK_REQUEST, FactType, Intent, read_frame
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["可以替我爸交医保吗", "我想帮我妈交医保", "能替我朋友去参加培训吗", "帮我妈挂号可以吗"]
)
def test_an_act_for_a_relative_is_no_service_asked_of_the_assistant(text) -> None:
    assert not TASK_REQUEST.search(text)
    assert read_frame(text).intent is not Intent.OFF_TOPIC


@pytest.mark.parametrize("text", ["帮我交一下医保", "帮我妈挂个号", "你能帮我交医保吗"])
def test_an_order_given_to_the_assistant_is_still_a_service(text) -> None:
    assert TASK_REQUEST.search(text)


@pytest.mark.parametrize(
    "text", ["在西宁住院了要干啥", "挖出文物了该做什么", "去北京做手术之前需要做什么"]
)
def test_what_one_has_to_do_is_a_procedure(text) -> None:
    assert read_frame(text).fact is FactType.PROCEDURE


def test_a_roles_work_asked_bare_is_its_list() -> None:
    assert read_frame("看管员要做什么").fact is FactType.LIST
    assert read_frame("文物保护专项经费能用来干啥").fact is FactType.LIST


def test_the_tier_corrected_after_the_word_is_the_tier() -> None:
    assert read_tier("我记错档次了，是250，重新算")[0] == 250
    assert read_tier("档次了解一下")[0] is None


def test_a_back_payment_said_as_done_is_a_lapse_made_good() -> None:
    assert LATE_PAYMENT.search("我3月15号补完的，啥时候能用")
    assert LATE_PAYMENT.search("补的话要交多少")
    assert not LATE_PAYMENT.search("补完材料去哪交")  # (papers made good, no payment)


def test_a_bill_of_the_special_benefit_with_no_condition_named_is_computed() -> None:
    read = read_special("门特今年花了9000，交的60档")
    assert read["disease"] == "门诊特殊病" and read["cost"] == "9000"
    assert "disease" not in read_special("办了门特的总共有多少人")  # (no bill: no case)


def test_the_custodians_of_counted_sites_are_computed() -> None:
    assert detect_calculator("三处县级文物保护单位一共要几个看管员") == "custodian_pay"
    read = read_custodian("三处县级文物保护单位一共要几个看管员")
    assert read == {"mode": "heads", "sites": {"县级": 3}}
    data = calculate("custodian_pay", read)
    assert data["result"]["custodians"] == "6"


def test_a_site_pointed_at_is_one_site() -> None:
    read = read_custodian("我们那是县级的文保单位，一年看管经费多少")
    assert read["sites"] == {"县级": 1}
    assert detect_calculator("县级以上文保单位每处安排几名看管员") is None  # the rule itself


def test_one_named_county_takes_the_per_county_upkeep_subsidy() -> None:
    assert detect_calculator("措勤县农村公路养护一年补多少钱") == "road_subsidy"


def test_several_figures_in_english_say_what_each_is_for() -> None:
    said = figures("一级医院起付线100元、三级医院起付线400元")
    assert said == ["100 yuan (level-1 hospitals)", "400 yuan (level-3 hospitals)"]
    assert figures("年度最高支付限额为6万元") == ["60,000 yuan"]  # (one figure: no case said)


# --- answers (real model) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["能替我姐交医保吗", "一家5口人能一起交医保吗", "能让我儿子替我去巡查吗"]
)
def test_a_proxy_the_gazette_never_names_is_said_not_given(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer
    assert response.answer.startswith("文件没有规定")


def test_a_proxy_by_the_body_the_rule_names_is_answered(assistant) -> None:
    (response,) = ask_turns(assistant, "尼姑参保能让寺管会代为办理吗")
    assert response.status == "answered" and "第十一条" in labels(response)


def test_what_to_do_when_treated_outside_tibet_is_the_steps(assistant) -> None:
    (response,) = ask_turns(assistant, "我在兰州打工住院了，医保要做什么")
    assert response.status == "answered"
    assert "5日内" in response.answer and "第三十三条" in labels(response)


@pytest.mark.parametrize("text", ["修院墙挖出一个陶罐该干啥", "挖地基挖出文物了怎么办"])
def test_a_find_is_the_rule_laid_on_anyone(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered"
    assert "第二十一条" in labels(response) and "保护现场" in response.answer.split("\n")[0]


def test_an_act_the_gazette_never_names_still_has_no_steps(assistant) -> None:
    (response,) = ask_turns(assistant, "看管员辞职要办什么")
    assert response.status == "out_of_scope" and "辞职" in response.answer


@pytest.mark.parametrize(
    ("reading", "verdict"), [("165/100", "属于。"), ("138/88", "不属于门诊特殊病")]
)
def test_a_blood_pressure_said_decides_the_special_benefit(assistant, reading, verdict) -> None:
    (response,) = ask_turns(assistant, f"我爸血压{reading}，能办门特吗")
    assert response.answer.startswith(verdict), response.answer


def test_a_special_bill_with_no_condition_is_computed(assistant) -> None:
    (response,) = ask_turns(assistant, "门诊特殊病，交120的，今年花了1万2，报多少")
    assert response.status == "calculated"
    assert response.calculation["result"]["payment"] == "8400.00"  # 12000 × 70%


def test_the_condition_said_before_stands_for_the_bill(assistant) -> None:
    *_, bill = ask_turns(
        assistant, "我妈有高血压，血压一直170/105，能走门特吗", "她门特今年花了3000，交的250"
    )
    assert bill.status == "calculated" and bill.calculation["inputs"]["disease"] == "高血压"
    assert bill.calculation["result"]["payment"] == "2700.00"


def test_the_tier_corrected_computes_every_stay_again(assistant) -> None:
    *_, corrected = ask_turns(
        assistant,
        "交的250，县医院住院花了1万，报多少",
        "8月又住了一次，还是县医院，这次6000",
        "不对，我记错了，是60档，两次分别报多少",
    )
    # 60 tier, 二级 65 %: (10000 − 200) × 65 % = 6370; (6000 − 140) × 65 % = 3809
    assert corrected.status == "calculated"
    assert "6370.00" in corrected.answer and "3809.00" in corrected.answer


def test_the_place_pointed_back_to_is_where_the_bill_was(assistant) -> None:
    *_, bill = ask_turns(
        assistant, "我妈在重庆住院了，要备案吗", "她交的120，那边是三级医院，花了1万，报多少"
    )
    # 120 tier, 三级 70 % less 10 points outside the pool: (10000 − 400) × 60 % = 5760
    assert bill.status == "calculated" and bill.calculation["result"]["payment"] == "5760.00"


@pytest.mark.parametrize(("month", "lead"), [("1", "不能："), ("7", "能：")])
def test_care_in_a_lapse_is_set_against_the_back_payment(assistant, month, lead) -> None:
    *_, care = ask_turns(assistant, "忘了交医保，现在4月了还能补吗", f"那{month}月住院能报吗")
    assert care.answer.startswith(lead), care.answer
    assert "第八条" in labels(care)


def test_the_custodians_of_sites_are_answered_with_their_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "两处自治区级文物保护单位需要几名看管人员")
    assert response.status == "calculated"
    assert Decimal(response.calculation["result"]["custodians"]) == 4
    assert "第十二条" in response.answer


def test_an_english_headcount_is_computed(assistant) -> None:
    (response,) = ask_turns(assistant, "How many custodians do three county-level sites need?")
    assert response.status == "calculated" and "6 persons" in response.answer


@pytest.mark.parametrize(
    "text", ["在北京住院，第8天才去备案，还能报吗", "入院一周后才备案还能报销吗"]
)
def test_a_duty_done_late_is_asked_what_follows(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer
    assert "没有规定没做到会怎样" in response.answer and "第三十三条" in response.answer


def test_a_consequence_of_keeping_a_find_is_the_list_for_anyone(assistant) -> None:
    (response,) = ask_turns(assistant, "修路的工人把挖到的铜佛藏起来了，会怎么处理")
    assert "第五十条（五）" in labels(response) or "（五）" in response.answer.split("\n")[0]
    assert "解聘" not in response.answer.split("\n")[0]


def test_a_body_asked_with_its_act_after_who_is_the_piece_doing_it(assistant) -> None:
    (response,) = ask_turns(assistant, "建设控制地带里新建房子，设计方案找谁批")
    assert "城乡规划部门批准" in response.answer.split("\n")[0]


def test_who_is_preferred_when_hiring_is_the_list(assistant) -> None:
    (response,) = ask_turns(assistant, "哪些人能优先选聘为野外文物看管员")
    assert "第六条共列出4项" in response.answer


# --- what these classes must not catch (the review's sentences) -----------------------------


def test_papers_made_good_are_no_back_payment() -> None:
    for text in ("转诊证明补完的话还能报吗", "材料补齐以后去哪报销", "发票补好了之后能报吗"):
        assert not LATE_PAYMENT.search(text), text


def test_an_unlisted_illness_said_with_the_benefit_is_passed_on() -> None:
    assert read_special("我妈胆结石，门特花了3000，交120")["disease"] == "胆结石"


@pytest.mark.parametrize(
    "text", ["两处县级文物保护单位需要几年评一次", "两处县级文物点需要多少经费修缮"]
)
def test_a_count_of_years_or_repairs_is_no_headcount(text) -> None:
    assert detect_calculator(text) is None


def test_a_supposed_tier_leaves_the_stays_computed(assistant) -> None:
    *_, tally = ask_turns(
        assistant,
        "交的250，县医院住院花了1万，报多少",
        "8月又住了一次，还是县医院，这次6000",
        "那要是交120呢",
        "我今年一共报了多少",
    )
    assert "14094.00" in tally.answer  # 8820 + 5274, the stays as they were


def test_a_month_of_last_year_gets_no_verdict_of_this_year(assistant) -> None:
    *_, care = ask_turns(
        assistant, "去年12月忘了交医保，现在3月了还能补吗", "那12月份住院花的钱能报吗"
    )
    assert not care.answer.startswith(("能：", "不能：")), care.answer


def test_another_documents_rough_cost_is_not_read_as_a_bill(assistant) -> None:
    *_, cost = ask_turns(
        assistant,
        "交的250，县医院住院花了1万，报多少",
        "另外问下，文物培训的费用大概500左右，是谁出",
    )
    assert cost.status == "answered" and "培训" in cost.answer


def test_the_fund_paying_for_a_relative_is_no_proxy(assistant) -> None:
    (response,) = ask_turns(assistant, "医保能帮我爸报销住院费吗")
    assert response.status == "answered", response.answer


def test_one_stay_named_is_that_stays_share(assistant) -> None:
    *_, share = ask_turns(
        assistant,
        "交的250，县医院住院花了1万，报多少",
        "8月又住了一次，还是县医院，这次6000",
        "这次自己都掏了多少钱",
    )
    assert "726.00" in share.answer.split("\n")[0] and "合计" not in share.answer


def test_another_illness_visit_stays_an_ordinary_outpatient_bill(assistant) -> None:
    *_, visit = ask_turns(
        assistant, "我爸68了，有高原性心脏病，算不算门特", "他感冒了去门诊看病花了200，能报多少"
    )
    assert visit.calculation["calculator"] == "general_outpatient"


def test_the_condition_of_the_person_named_last_stands_across_other_turns(assistant) -> None:
    *_, bill = ask_turns(
        assistant,
        "我妈70了，有类风湿性关节炎，算不算门特",
        "她还要交医保吗",
        "她一个月门诊开药1000，能报多少",
    )
    # 女年满60: the 250 tier (第十八条（二）); 门特 90%: 1000 × 90% = 900
    assert bill.calculation["calculator"] == "special_outpatient"
    assert bill.calculation["result"]["payment"] == "900.00"
