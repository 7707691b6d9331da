"""Classes of question handled in the twenty-third session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.calculators.medical import inpatient
from assistant.compose import _restricts, _states_term
from assistant.frame import FactType, Intent, read_frame
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize(
    "term, piece, stated",
    [
        ("起付线", "城乡居民普通门诊年度内就诊费用的报销起付线标准为累计100元，", True),
        ("起付线", "起付线以下和年度最高支付限额以上部分的普通门诊费用由个人负担。", False),
        ("限额", "年度最高赔付限额为14万元。", True),
        ("限额", "不得超过年度最高支付限额。", False),
    ],
)
def test_a_term_is_stated_only_with_its_own_figure(term, piece, stated) -> None:
    assert _states_term(term, piece) is stated


@pytest.mark.parametrize(
    "subject, text, restricted",
    [
        (["补助", "资金"], "农村公路养护补助资金仅限用于养护工程", True),
        (["专项", "资金"], "严格管理文物保护专项资金，专款专用", True),
        # the limit is on another thing than the one asked of (its head, 创业, is not named)
        (["毕业生", "创业"], "多渠道吸纳高校毕业生就业，每年提供岗位不少于50个", False),
        (["养护", "资金"], "养护资金的使用情况每年向社会公布", False),  # no limiting word
    ],
)
def test_a_restriction_must_limit_the_thing_asked_of(subject, text, restricted) -> None:
    assert _restricts(subject, text) is restricted


@pytest.mark.parametrize(
    "question, off_topic",
    [
        ("公司给我交了职工医保，还能参加居民医保吗", False),
        ("村里已经给我交了医保 自己还要交吗", False),
        ("帮我交一下今年的医保", True),
        ("给我缴上医保费", True),
    ],
)
def test_a_payment_told_is_no_request_to_pay(question, off_topic) -> None:
    assert (read_frame(question).intent is Intent.OFF_TOPIC) is off_topic


@pytest.mark.parametrize("question", ["看管员平时都要做什么", "文物看管人员日常都干些啥"])
def test_a_roles_everyday_work_is_its_list_of_duties(question) -> None:
    assert read_frame(question).fact is FactType.LIST


def test_a_poor_persons_tier_is_the_rules_when_unsaid() -> None:
    result = inpatient({"poor": True, "level": "一级", "cost": "5000"})
    assert result.result["payment"] == "4560.00"  # (5000 − 200) × (90% + 5%)
    assert "第十八条" in result.steps[0].citation.display


def test_a_poor_persons_stated_tier_is_computed_with_the_rule_noted() -> None:
    result = inpatient({"poor": True, "tier": 120, "level": "乡镇卫生院", "cost": "3000"})
    assert Decimal(result.result["payment"]) == Decimal("2320.00")  # (3000 − 100) × 80%
    assert any("第十八条（四）" in n for n in result.notes)


@pytest.mark.parametrize(
    "question, said",
    [
        ("普通门诊有起付线吗", "起付线标准为累计100元"),
        ("平时看小病的门诊有没有起付线", "起付线标准为累计100元"),
    ],
)
def test_whether_a_term_exists_is_answered_by_its_figure(assistant, question, said) -> None:
    (response,) = ask_turns(assistant, question)
    assert said in response.answer.split("\n")[0], response.answer


@pytest.mark.parametrize(
    "question, said",
    [
        ("农村公路养护补助资金可以拿去盖办公楼吗", "用于农村公路养护工程|仅限用于养护工程"),
        ("公路日常养护的简易活能都雇外地工人吗", "必须雇佣当地农民"),
        ("文物保护专项资金能不能挪去发福利", "专款专用"),
    ],
)
def test_a_use_of_a_restricted_thing_is_decided_by_its_limit(assistant, question, said) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert re.search(said, response.answer.split("\n")[0]), response.answer


def test_a_poor_persons_stay_is_computed_without_asking_the_tier(assistant) -> None:
    (response,) = ask_turns(assistant, "贫困户在县里的二级医院住院花了一万二，能报多少")
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["payment"] == "11210.00"  # (12000 − 200) × 95%
    assert labels(response)[0] == "第十八条（四）"


@pytest.mark.parametrize(
    "said, identity_payment",
    [("我家是低保户", "0.00"), ("我妈是特困供养人员", "0.00"), ("俺是建档立卡户", "60.00")],
)
def test_an_identity_said_first_holds_for_the_next_question(
    assistant, said, identity_payment
) -> None:
    noted, paid = ask_turns(assistant, said, "那交医保一年要交多少钱")
    assert noted.status == "answered" and "记下了" in noted.answer, noted.answer
    assert paid.status == "calculated", paid.answer
    assert paid.calculation["result"]["individual"] == identity_payment, paid.answer


def test_an_identity_is_not_carried_to_another_person(assistant) -> None:
    _, paid = ask_turns(assistant, "我是低保户", "我爸医保一年交多少钱")
    assert paid.calculation is None or paid.calculation["result"].get("individual") != "0.00"


def test_a_thing_declined_is_named_without_the_questions_particle(assistant) -> None:
    (response,) = ask_turns(assistant, "挖地基挖出文物交上去有奖金不 奖多少")
    assert "奖金不" not in response.answer


@pytest.mark.parametrize("question", ["住院还能报不", "有补贴不", "这个要交钱不"])
def test_a_closing_bu_after_a_modal_asks(question) -> None:
    from assistant.frame import QUESTION_WORD

    assert QUESTION_WORD.search(question)


def test_a_yes_no_part_closing_on_bu_is_a_part_of_its_own() -> None:
    from assistant.multipart import split_parts

    assert split_parts("医保哪个月开始交 过了缴费期还能交不") == [
        "医保哪个月开始交",
        "过了缴费期还能交不",
    ]


@pytest.mark.parametrize("question", ["日土县医院是几级医院", "乡卫生院属于哪一级医院"])
def test_a_named_hospitals_grade_is_not_stated(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer
    assert "等级" in response.answer.split("。")[0]


@pytest.mark.parametrize("question", ["去年断缴了今年还可以参保吗", "停交了两年还能接着交吗"])
def test_after_a_lapse_the_way_back_is_the_answer(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第八条", labels(response)
    assert "补缴" in response.answer


@pytest.mark.parametrize("question", ["孩子刚出生怎么办医保", "宝宝刚生下来咋参保"])
def test_a_newborns_joining_is_the_newborn_rule(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response) == ["第六条（三）"], labels(response)
    assert "自出生之日起" in response.answer


def test_a_newborns_hospital_bill_stays_the_birth_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "新生儿住院的钱医保能报吗")
    assert labels(response)[0] == "第二十九条（二）", labels(response)


def test_the_documents_title_words_tell_no_piece_apart(assistant) -> None:
    # every piece of 第十一条 is about the custodians; the event asked picks its piece, which
    # reads on into the piece its connective opens (…立即解聘，并扣除…)
    (response,) = ask_turns(assistant, "文物看管员要是出了重大看管事故会怎么处理")
    first = response.answer.split("\n")[0]
    assert first.startswith("对文物安全方面出现重大看管事故的要立即解聘，并扣除当年"), first


@pytest.mark.parametrize(
    "question, grade",
    [("我是三级残疾 交医保要钱吗", "三级残疾"), ("我妈残疾证是4级，医保还用交吗", "4级残疾")],
)
def test_a_disability_below_the_exempt_grades_pays(assistant, question, grade) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.answer.startswith(f"需要交：{grade}"), response.answer
    assert labels(response) == ["第十八条（三）", "第十八条（一）"]


def test_a_severe_disability_still_pays_nothing(assistant) -> None:
    (response,) = ask_turns(assistant, "我是二级残疾 交医保要钱吗")
    assert response.status == "calculated"
    assert response.calculation["result"]["individual"] == "0.00"


@pytest.mark.parametrize(
    "question, step_article, payment",
    [
        ("低保户在县医院住院花了一万 报多少", "第十八条（三）", "8820.00"),  # (10000 − 200) × 90%
        ("孤儿 做透析花了两万 能报多少", "第十八条（三）", "18000.00"),  # 门特 250 tier 90%
        # no tier said: the rule's 250, (3000 − 100) × 95% on a third stay
        ("建档立卡 今年第三次住院 二级医院 花了3000", "第十八条（四）", "2755.00"),
    ],
)
def test_a_fixed_tier_is_the_rules_for_the_aid_groups(
    assistant, question, step_article, payment
) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["payment"] == payment
    assert labels(response)[0] == step_article


def test_an_identity_said_first_fixes_a_later_stays_tier(assistant) -> None:
    _, stay = ask_turns(assistant, "我妈是特困供养人员", "她在乡卫生院住院花了五千")
    assert stay.status == "calculated", stay.answer
    assert stay.calculation["result"]["payment"] == "4410.00"  # (5000 − 100) × 90%
    assert "True" not in stay.answer


def test_another_persons_age_after_whether_one_pays_is_whether_they_pay(assistant) -> None:
    _, grandpa = ask_turns(assistant, "我外婆66了 医保还交吗", "我外公62呢")
    assert grandpa.answer.startswith("按年龄需要交"), grandpa.answer


def test_a_grade_said_after_a_tier_asked_is_no_tier(assistant) -> None:
    *_, last = ask_turns(assistant, "我爸63了 交多少", "四级残疾呢")
    assert "档次“4”" not in last.answer and "不存在" not in last.answer, last.answer


def test_a_cap_asked_after_a_benefit_is_that_benefits(assistant) -> None:
    _, cap = ask_turns(assistant, "看普通门诊怎么报销", "一年最多能报多少")
    assert "300元" in cap.answer.split("\n")[0], cap.answer


def test_an_attribute_is_no_member_of_the_list_just_quoted(assistant) -> None:
    _, deductible = ask_turns(assistant, "门特包括哪些病", "有起付线吗")
    assert not deductible.answer.startswith("是的"), deductible.answer
    assert "不设起付线" in deductible.answer


@pytest.mark.parametrize("question", ["医疗救助每年最多给多少钱", "医疗救助能救助多少"])
def test_a_schemes_own_sum_is_not_its_fund_paying_a_contribution(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer


@pytest.mark.parametrize("question", ["住院能报多少", "住院报销比例是多少"])
def test_every_tiers_rates_are_shown_for_a_stay(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    for said in ("缴费档次为250元", "缴费档次为120元", "缴费档次为60元", "报销75%"):
        assert said in response.answer, response.answer
    assert "缴费档次为120元的参保居民。" in response.citations[0].text


@pytest.mark.parametrize("question", ["没参保住院能报销吗", "孩子没上医保 看病能报吗"])
def test_no_insurance_no_benefit(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.answer.startswith("不能：未参保的不享受"), response.answer
    assert labels(response) == ["第八条"]


def test_a_listed_illnesss_condition_is_asked_by_how_high(assistant) -> None:
    (response,) = ask_turns(assistant, "高血压要多高才算门特")
    assert "150/95mmHg" in response.answer.split("\n")[0], response.answer


@pytest.mark.parametrize("question", ["地区人民医院的院长是谁", "县医保局局长叫什么名字"])
def test_a_post_the_gazette_never_names_has_no_holder(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer


def test_a_post_the_gazette_names_keeps_its_holder(assistant) -> None:
    (response,) = ask_turns(assistant, "四好农村路领导小组办公室主任是谁")
    assert "龚常平" in response.answer, response.answer


def test_a_place_said_alone_next_asks_the_last_question_of_it(assistant) -> None:
    _, ngari = ask_turns(assistant, "在拉萨住院起付线是多少", "那阿里的呢")
    assert "400元" in ngari.answer.split("\n")[0], ngari.answer
    _, here = ask_turns(assistant, "日喀则的医保一年交多少钱", "那阿里呢")
    assert here.status == "answered" and "250元" in here.answer, here.answer


@pytest.mark.parametrize(
    "question, said",
    [
        ("在县医院今年第二次住院 起付线是多少", "200元×70%=140元"),
        ("乡镇卫生院第三次住院起付线多少", "100元×50%=50元"),
    ],
)
def test_a_later_stays_deductible_at_a_level_is_computed(assistant, question, said) -> None:
    (response,) = ask_turns(assistant, question)
    assert said in response.answer.split("\n")[0], response.answer


def test_a_households_contribution_on_one_tier_is_summed() -> None:
    from assistant.calculators.contribution import contribution

    result = contribution({"mode": "enrol", "tier": 120, "persons": 5})
    assert result.result["total"] == "600.00"
    assert result.result["individual"] == "120.00"


def test_a_household_said_in_a_question_is_counted(assistant) -> None:
    (response,) = ask_turns(assistant, "我们家四口人 医保都交250档 一年一共交多少")
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["total"] == "1000.00"


def test_being_rated_is_the_plans_aim_not_its_first_stage(assistant) -> None:
    (response,) = ask_turns(assistant, "人民医院哪年能评上三甲医院")
    assert "2021" in response.answer.split("\n")[0], response.answer


def test_a_birth_after_a_newborns_case_is_the_mothers_rule(assistant) -> None:
    _, birth = ask_turns(assistant, "宝宝出生后抢救花了3万 能报多少", "那我生孩子的钱能报吗")
    assert birth.status == "answered", birth.answer
    assert "全额报销" in birth.answer and "30000" not in birth.answer


def test_a_missed_payment_asked_what_to_do_is_the_way_back(assistant) -> None:
    (response,) = ask_turns(assistant, "错过了今年的医保缴费期咋办")
    assert "补缴" in response.answer.split("\n")[0], response.answer


def test_both_of_the_two_illnesses_named_is_the_two_illness_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "糖尿病加高血压 门诊拿药一年能报多少封顶")
    assert labels(response)[0] == "第二十五条", labels(response)


def test_the_tiers_are_counted_by_their_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "城乡居民医保的缴费档次一共有几个")
    assert labels(response)[0] == "第十八条（一）", labels(response)


@pytest.mark.parametrize(
    "question", ["阿里地区的居民医保住院报销能报多少", "西藏阿里居民医保住院报多少"]
)
def test_the_gazettes_own_region_named_is_no_subject(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    first = response.answer.split("\n")[0]
    assert first.startswith("缴费档次为250元"), response.answer


def test_a_county_named_picks_its_own_piece(assistant) -> None:
    (response,) = ask_turns(assistant, "措勤县的生态补偿养护员有多少人")
    assert "措勤县132人" in response.answer.split("\n")[0], response.answer


@pytest.mark.parametrize(
    "question", ["农村公路养护员一个月工资多少钱", "普通门诊每个月最多能报多少"]
)
def test_a_monthly_sum_where_only_yearly_ones_are_stated_is_declined(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer
    assert response.answer.startswith("文件没有规定按月计的金额")


def test_a_monthly_wage_stated_by_the_month_is_answered(assistant) -> None:
    (response,) = ask_turns(assistant, "自治区级文物点的看管员每个月多少钱")
    assert "1400元" in response.answer.split("\n")[0], response.answer
