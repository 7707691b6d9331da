"""Classes of question handled in the fortieth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import (
    DEDUCTION_ASKED,
    detect_calculator,
    months_said,
    read_custodian,
    sites_by_level,
)
from assistant.frame import FactType, Intent, read_frame
from assistant.multipart import split_parts
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sites",
    [
        ("自治区级的是3处，县级的是2处", {"自治区级": 3, "县级": 2}),
        ("县级的有4处，自治区级的有1处", {"县级": 4, "自治区级": 1}),
        ("县级文保单位一共5处", {"县级": 5}),
    ],
)
def test_a_levels_count_said_with_a_verb_between_is_read(text, sites) -> None:
    assert sites_by_level(text) == sites


@pytest.mark.parametrize(
    "text", ["看管员年工资预算多少", "看护员年度经费多少", "这处文保点年预算要多少"]
)
def test_a_yearly_sum_named_as_such_is_twelve_months(text) -> None:
    assert months_said(text) == 12


@pytest.mark.parametrize(
    "text, persons",
    [
        ("自治区级野外文保单位安排两个看管员，一年工资一共要多少钱", 2),
        ("县级文保点3个看管员，一年经费要多少", 3),
    ],
)
def test_custodians_counted_at_a_level_are_paid_alike(text, persons) -> None:
    inputs = read_custodian(text)
    assert inputs["mode"] == "person" and inputs["persons"] == persons


@pytest.mark.parametrize(
    "text",
    [
        "看管员巡逻日志没写好，一个月扣多少钱",
        "看护员日志乱填了要扣几百",
        "巡逻日志没如实填，扣除多少",
    ],
)
def test_a_deduction_asked_with_no_sum_is_no_calculation(text) -> None:
    assert DEDUCTION_ASKED.search(text)
    assert detect_calculator(text) is None


@pytest.mark.parametrize(
    "text",
    ["看管员巡逻日志没填，扣了300，这个月还能拿多少", "看护员出了重大看管事故，一年工资还有吗"],
)
def test_a_deduction_said_or_a_forfeit_is_still_computed(text) -> None:
    assert detect_calculator(text) == "custodian_pay"


@pytest.mark.parametrize(
    "text",
    [
        "我们村边那个是县级的文保单位，要是两个人看，一年一共发多少",
        "那处自治区级文保点三个人守，一年发多少",
    ],
)
def test_people_said_to_watch_a_site_are_custodians(text) -> None:
    assert detect_calculator(text) == "custodian_pay"


@pytest.mark.parametrize(
    "text",
    ["医保什么时候交？错过了咋办", "几号开始缴费，过了期限怎么办", "培训几月份开始，没去会怎样"],
)
def test_what_to_do_beside_a_time_is_a_part_of_its_own(text) -> None:
    assert len(split_parts(text)) == 2


@pytest.mark.parametrize("text", ["你是谁", "你是哪家公司开发的", "你用的是什么大模型", "谁做的你"])
def test_who_the_desk_is_is_small_talk(text) -> None:
    assert read_frame(text).intent is Intent.SMALL_TALK


@pytest.mark.parametrize(
    "text", ["这个规定是谁做的", "这个办法是哪个部门写的", "医保是哪个部门负责的"]
)
def test_who_made_a_rule_is_no_question_about_the_desk(text) -> None:
    assert read_frame(text).intent is not Intent.SMALL_TALK


def test_a_few_hundred_asked_is_a_sum() -> None:
    assert read_frame("看护员日志没记好会扣几百块").fact is FactType.AMOUNT


# --- answers (real model) ------------------------------------------------------------------


def test_heads_and_their_years_wage_asked_together_are_both_computed(assistant) -> None:
    (response,) = ask_turns(
        assistant, "改则县有4处县级文保单位，每处配几个看管员，一年工资一共多少钱"
    )
    assert response.status == "calculated"
    assert "8 人" in response.answer and "115200.00" in response.answer


def test_sites_corrected_by_level_are_computed_again(assistant) -> None:
    _, again = ask_turns(
        assistant,
        "县级文保单位1处、自治区级2处，看管员一年工资预算多少",
        "说错了，县级的有2处，自治区级的有1处",
    )
    assert again.status == "calculated"
    assert again.calculation["result"]["budget"] == "91200.00"


@pytest.mark.parametrize("text", ["看护员巡逻日志乱写，要扣多少补助", "看管员日志没填好扣几百块"])
def test_the_sum_deducted_for_a_log_is_said_unset(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope"
    assert "没有规定扣除" in response.answer
    assert labels(response)[0].startswith("第十一条")


def test_a_deduction_asked_after_a_custodians_pay_is_the_rule(assistant) -> None:
    *_, asked = ask_turns(
        assistant, "自治区级文保单位两个人看，一年发多少", "他这个月日志没好好写，扣多少"
    )
    assert asked.status == "out_of_scope" and "没有规定扣除" in asked.answer


def test_a_forfeited_years_pay_is_said_as_the_sum(assistant) -> None:
    (response,) = ask_turns(assistant, "看护员出了重大看管事故，扣多少")
    assert response.status == "answered" and "扣除当年" in response.answer


@pytest.mark.parametrize(
    "turns",
    [
        ("我家是建档立卡户，住院按哪档报",),
        ("我大伯70了，住院报销比例是多少",),
        ("我家是低保户，医保要交钱吗", "那我们住院按哪个档算"),
        ("外婆63岁，医保还交不交", "她住院能报几成"),
    ],
)
def test_the_tier_the_rules_fix_is_said_with_its_rates(assistant, turns) -> None:
    response = ask_turns(assistant, *turns)[-1]
    assert response.status == "answered"
    assert "250元" in response.answer and "90%" in response.answer
    assert any(label.startswith("第十八条") for label in labels(response))
    assert "120元的参保居民" not in response.answer


def test_a_poor_households_tier_adds_its_five_points(assistant) -> None:
    (response,) = ask_turns(assistant, "我们是建档立卡户，住院按哪个档次报")
    assert "提高5%" in response.answer
    assert any(label.startswith("第二十九条") for label in labels(response))


def test_someone_else_named_keeps_no_earlier_persons_tier(assistant) -> None:
    *_, mine = ask_turns(assistant, "我妈66岁，医保要交吗", "我自己住院按哪档报")
    assert not mine.answer.startswith("按250元档")


@pytest.mark.parametrize("text", ["我在兰州打工住院了，医保给报不", "他去西宁看病住了院，能报销吗"])
def test_whether_a_stay_outside_tibet_is_paid_says_yes_and_the_steps(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.answer.startswith("能报销")
    assert "5日内" in response.answer and "垫付" in response.answer


def test_a_figure_checked_after_a_stay_is_answered_by_its_step(assistant) -> None:
    (response,) = ask_turns(
        assistant, "交120档，今年第二次住院，县医院二级，花了1万，能报多少？起付线还是200吗"
    )
    assert response.status == "calculated"
    assert "不是，本次起付线按140.00元计算" in response.answer
    assert "没有涉及" not in response.answer


@pytest.mark.parametrize("text", ["你是谁呀", "你是哪个公司做的"])
def test_the_desk_says_what_it_is(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.answer.startswith("我是自动问答助手")
    assert "我可以回答" in response.answer  # (the introduction is not cut by the figure check)


def test_who_pays_for_a_dig_is_the_builder(assistant) -> None:
    (response,) = ask_turns(assistant, "修路要做考古勘探，这笔钱谁来出")
    assert "建设单位" in response.answer
    assert labels(response)[0].startswith("第二十二条")


def test_a_balance_left_in_the_old_family_account_is_its_own_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "家庭账户里以前的余额还剩一些，现在还能用吗")
    assert labels(response)[0].startswith("第二十六条")


def test_what_family_does_after_a_death_is_the_death_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "参保人员过世了，家里人要办什么")
    assert labels(response)[0].startswith("第十二条")


def test_english_ticket_asked_is_declined(assistant) -> None:
    (response,) = ask_turns(assistant, "How much is the admission fee of Tholing Monastery?")
    assert response.status == "out_of_scope"


def test_english_register_after_a_stay_is_the_five_day_filing(assistant) -> None:
    (response,) = ask_turns(
        assistant, "My brother was hospitalized in Xining. Within how many days must he register?"
    )
    assert response.status == "answered" and "5" in response.answer
    assert labels(response)[0].startswith("第三十三条")


@pytest.mark.parametrize(
    "text", ["区外住院回来报销需要哪些材料", "参加医保要准备哪些证件", "回去报销要带哪几样材料"]
)
def test_papers_asked_as_a_list_are_the_acts_papers(text) -> None:
    assert read_frame(text).fact is FactType.PROCEDURE


def test_papers_for_a_claim_asked_with_which_are_the_claims(assistant) -> None:
    (response,) = ask_turns(assistant, "在外省住院了，回来报销需要哪些材料")
    assert labels(response)[0].startswith("第三十四条")
    assert "住院发票原件" in response.answer


def test_who_pays_the_money_of_the_conversations_calculation(assistant) -> None:
    *_, asked = ask_turns(
        assistant,
        "自治区级文保单位的看管员干了6个月，能拿多少",
        "要是出了重大看管事故呢",
        "那这笔钱是谁出的",
    )
    assert "地区财政" in asked.answer
    assert labels(asked)[0].startswith("第十二条")


def test_a_two_disease_bill_asked_as_special_care_keeps_its_sum(assistant) -> None:
    _, special = ask_turns(
        assistant,
        "我爸糖尿病，在县医院二级拿药，一年药费5000，两病能报多少",
        "走门特的话呢，交的250",
    )
    assert special.status == "calculated"
    assert special.calculation["result"]["payment"] == "4500.00"


def test_a_find_kept_asked_after_the_find_is_what_follows(assistant) -> None:
    _, kept = ask_turns(assistant, "修水渠挖出一个铜佛像，怎么办", "要是已经带回家了呢，会怎样")
    assert labels(kept)[0].startswith("第五十条")


def test_a_custodians_list_is_not_what_follows_for_anyone(assistant) -> None:
    (response,) = ask_turns(assistant, "盖房挖出文物不上报会怎么样")
    assert labels(response)[0].startswith("第五十条")


def test_a_supposed_stay_with_the_person_first_is_no_payment(assistant) -> None:
    *_, cap = ask_turns(
        assistant,
        "我妈交的120，县医院二级住院花了8000，能报多少",
        "她要是去拉萨住院呢，能报多少",
        "她一年最多能报多少",
    )
    assert "5850.00" in cap.answer


def test_the_cap_left_is_said_for_each_person_when_none_is_named(assistant) -> None:
    *_, cap = ask_turns(
        assistant,
        "我爸交250，三级医院住院花了1万，能报多少",
        "我妈也是250，二级医院住院花了5000，能报多少",
        "一年最多能报多少",
    )
    assert "8160.00" in cap.answer and "4320.00" in cap.answer


def test_money_asked_after_a_count_is_the_articles_sum(assistant) -> None:
    _, money = ask_turns(assistant, "地区人民医院要新增多少医务人员", "那这些人每年要花多少钱")
    assert "2706.17万元" in money.answer


def test_a_fixed_tier_outside_the_pool_says_the_ten_points(assistant) -> None:
    (response,) = ask_turns(assistant, "我们家是低保户，在西宁住院报销比例多少")
    assert "250元" in response.answer and "降低10%" in response.answer


def test_the_deed_told_before_the_asking_part_picks_its_item(assistant) -> None:
    (response,) = ask_turns(assistant, "有个医院把不该住院的病人收进去住院了，医保部门会怎么处理")
    assert labels(response)[0] == "第四十六条（一）"


# --- the whole-diff review's cases and the page check's, reworded ---------------------------


@pytest.mark.parametrize("text", ["在西安住院，挂号费能报吗", "在北京住院了，没有备案能报吗"])
def test_an_excluded_item_or_an_undone_filing_is_no_plain_yes(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert not response.answer.startswith("能报销")


def test_a_claim_told_paid_is_no_yes_no(assistant) -> None:
    (response,) = ask_turns(assistant, "在兰州住院医保给报了一部分，剩下的自己出吗")
    assert not response.answer.startswith("能报销")


@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "建档立卡户，交250，县医院二级第一次住院花了8000，能报多少，比例是90%吗",
            "不是，本次比例按95%",
        ),
        ("交120，在重庆三级医院第一次住院花了2万，能报多少，比例是70%吗", "不是，本次比例按60%"),
        ("交250，二级医院第一次住院花了6000，报多少，比例是0.9吗", "是，本次比例按90%"),
        ("交60，三级医院住院花了1万，能报多少？封顶是6万吗", "是，年度最高支付限额为6万元"),
    ],
)
def test_a_checked_figure_is_the_one_the_case_used(assistant, text, verdict) -> None:
    (response,) = ask_turns(assistant, text)
    assert verdict in response.answer


def test_one_levels_count_corrected_keeps_the_others(assistant) -> None:
    _, again = ask_turns(
        assistant, "县级2处、自治区级1处，看管员一年工资预算多少", "不对，自治区级的是2处"
    )
    assert again.calculation["result"]["budget"] == "124800.00"


@pytest.mark.parametrize("text", ["我是低保户，医保交哪一档", "我爸70了，普通门诊按哪档报"])
def test_no_fixed_tier_rates_for_a_contribution_or_ordinary_care(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert not response.answer.startswith("按250元档")


def test_the_tier_and_another_part_are_both_answered(assistant) -> None:
    (response,) = ask_turns(assistant, "我外婆66了，住院按哪档报？医保几月份交？")
    assert "250元档" in response.answer and "10月1日" in response.answer


def test_a_deduction_and_the_pay_asked_together_computes_the_pay(assistant) -> None:
    (response,) = ask_turns(assistant, "县级看护员干了5个月，日志没写好，扣多少，还能拿多少")
    assert response.status == "calculated"
    assert response.calculation["result"]["pay"] == "6000.00"


def test_an_accident_after_a_wage_bill_is_its_rule(assistant) -> None:
    *_, accident = ask_turns(
        assistant, "2处自治区级文保单位，看管员一年经费多少", "要是出了重大看管事故呢"
    )
    assert accident.status == "answered" and "扣除当年" in accident.answer


def test_who_pays_after_a_wage_bill_is_not_an_earlier_contribution(assistant) -> None:
    *_, payer = ask_turns(
        assistant,
        "我家是建档立卡户，医保自己要交多少",
        "我们县有2处县级文保单位，一年看管经费多少",
        "这钱谁出",
    )
    assert "地区财政" in payer.answer


@pytest.mark.parametrize(
    "text, total, paid",
    [
        ("寺里有6个评上县级和谐模范的僧尼，个人一共交多少医保", "270.00", "1230.00"),
        ("我们寺4名僧尼获得地区级爱国守法先进，医保加起来交多少", "120.00", "880.00"),
    ],
)
def test_honoured_monks_counted_with_a_total_are_summed(assistant, text, total, paid) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.calculation["result"]["total"] == total
    assert paid in response.answer
