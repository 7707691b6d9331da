"""Classes of question handled in the forty-second session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.medical import CAESAREAN_CHOSEN, match_exclusion
from assistant.compose import _segments, _with_their_cases
from assistant.ellipsis import asked_of
from assistant.frame import THIS_CASE_ORDER, FactType, Intent, read_frame
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["社保卡借给表弟用几天可以吗", "医保卡给隔壁用两天行不行"])
def test_a_while_an_act_lasts_in_a_yes_no_is_no_date_asked(text) -> None:
    assert read_frame(text.replace("两天", "几天")).fact is not FactType.DATE


def test_a_number_of_days_asked_alone_is_still_a_date() -> None:
    assert read_frame("培训一期要几天").fact is FactType.DATE


@pytest.mark.parametrize(
    "text", ["这其实是她今年第二次住院了", "这实际上是第三次住院", "这本来是今年第二次住院"]
)
def test_the_order_of_the_stay_just_told_is_this_case(text) -> None:
    assert THIS_CASE_ORDER.search(text)


@pytest.mark.parametrize(
    "text, item",
    [
        ("被邻居打伤了住院", "（十二）"),
        ("让放羊的人打的", "（十二）"),
        ("喝醉了摔伤", "（八）"),
        ("被牦牛顶伤", None),  # an animal is no third party who pays
        ("打篮球打伤了膝盖", None),  # no one did it to him
        ("让医生打了一针退烧针", None),  # care, no injury
        ("被牦牛角扎伤了", None),
    ],
)
def test_an_injury_by_another_person_is_the_third_partys(text, item) -> None:
    found = match_exclusion(text)
    assert (found[0] if found else None) == item


@pytest.mark.parametrize("text", ["我怕疼想直接剖", "不想顺产，想剖腹产"])
def test_a_caesarean_the_mother_wants_is_by_choice(text) -> None:
    assert CAESAREAN_CHOSEN.search(text)


@pytest.mark.parametrize("text", ["医生想让她剖腹产", "婆婆想让她剖", "她不想剖腹产，顺产的"])
def test_a_caesarean_wanted_by_another_or_not_wanted_is_no_choice(text) -> None:
    assert not CAESAREAN_CHOSEN.search(text)


@pytest.mark.parametrize(
    "last, thing, asked",
    [
        ("寺院的文物借给博物馆最长借多久", "一级文物", "一级文物借给博物馆最长借多久"),
        ("馆藏文物最多能借多长时间", "一级文物", "一级文物最多能借多长时间"),
        ("看管员每月工资多少", "一级文物", None),  # no thing of that kind was asked of
    ],
)
def test_a_thing_of_the_same_kind_replaces_the_one_asked_of(last, thing, asked) -> None:
    assert asked_of(last, thing) == asked


def test_a_bracket_is_no_piece_of_its_own() -> None:
    text = "仍有2个乡(甲乡、乙乡)和5个村(甲县2个：一村、二村；乙县3个：三村)未通硬化路；另有3个村未通客车。"
    pieces = _segments(text)
    assert any("5个村" in p and "未通硬化路" in p for p in pieces)
    assert pieces[-1] == "另有3个村未通客车。"


def test_a_piece_saying_that_is_reads_with_the_one_before() -> None:
    pieces = _with_their_cases(["按照甲目录，", "即“三大目录”执行。"])
    assert pieces[1] == "按照甲目录，即“三大目录”执行。"


def test_a_source_asked_with_a_closing_mark_is_a_source() -> None:
    assert read_frame("你前面说的每年至少开一次会是哪条规定的？").intent is Intent.SOURCE


# --- with the model -------------------------------------------------------------------------


def test_a_post_asked_of_by_sex_is_decided_by_the_hiring_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "文物看管员女同志可以当不")
    assert response.status == "answered" and "以男性为首选" in response.answer
    assert "第五条" in labels(response)


def test_an_age_said_after_the_hiring_conditions_is_decided(assistant) -> None:
    *_, old, young = ask_turns(
        assistant, "我是普兰的，想当文物看管员，要什么条件", "我56了还能当不", "那我侄子30岁行吗"
    )
    assert old.answer.startswith("不符合年龄条件")
    assert young.answer.startswith("可以报名")


def test_the_order_of_a_computed_stay_told_with_its_deductible_recomputes_it(assistant) -> None:
    first, second = ask_turns(
        assistant,
        "交120档，三级医院住院花了1万，能报多少",
        "这其实是今年第二次住院了，起付线怎么算，报多少",
    )
    assert "6720.00" in first.answer  # (10000 − 400) × 70%
    assert second.status == "calculated" and "6804.00" in second.answer  # (10000 − 280) × 70%


def test_a_supposed_order_is_no_stay_paid(assistant) -> None:
    state_turns = ask_turns(
        assistant,
        "交250档，二级医院住院花了8000，能报多少",
        "要是第三次呢",
        "一年最多还能报多少",
    )
    assert "7020.00" in state_turns[0].answer  # (8000 − 200) × 90%
    assert "52980.00" in state_turns[-1].answer  # 60000 − 7020: the supposed stay not paid


def test_the_tier_an_age_fixes_is_carried_into_a_special_outpatient_bill(assistant) -> None:
    *_, bill = ask_turns(assistant, "我外公今年71了，医保还交吗", "他门特一年花了4000，能报多少")
    assert bill.status == "calculated" and "3600.00" in bill.answer


def test_a_special_outpatient_bill_of_a_high_blood_pressure_said_before(assistant) -> None:
    *_, bill = ask_turns(
        assistant, "我爸有高血压，门诊开药能报吗", "他交120，门特一年花了3000，报多少"
    )
    assert bill.status == "calculated" and "2100.00" in bill.answer


def test_another_matters_cost_after_a_standing_is_no_contribution(assistant) -> None:
    *_, cost = ask_turns(assistant, "我家是低保户，能当看管员吗", "参加培训的钱谁出")
    assert cost.status == "answered" and "专项经费" in cost.answer


def test_the_source_of_an_earlier_answer_is_found(assistant) -> None:
    *_, source = ask_turns(
        assistant, "私人收藏的老物件能卖吗", "壁画能拍照吗", "你刚才说的备案是哪一条"
    )
    assert "第三十二条" in labels(source)


def test_paying_in_asked_after_a_stay_is_the_payment_period(assistant) -> None:
    *_, when = ask_turns(
        assistant, "交60档，二级医院住院7000，报多少", "下一年想交250档，啥时候去交"
    )
    assert "10月1日" in when.answer and "第八条" in labels(when)


def test_a_back_payments_month_against_the_stays(assistant) -> None:
    *_, before, after = ask_turns(
        assistant,
        "医保漏交了还能补吗",
        "我5月10号补的，5月22号住院了，能报吗",
        "那要是6月份住院呢",
    )
    assert before.answer.startswith("不能") and after.answer.startswith("能：")


def test_the_years_total_after_two_benefits(assistant) -> None:
    *_, total = ask_turns(
        assistant,
        "交250档，门特花了1万，能报多少",
        "还在二级医院住了一次院，花了2万，能报多少",
        "今年一共能报多少",
    )
    assert "26820.00" in total.answer  # 9000 + (20000 − 200) × 90% = 9000 + 17820


def test_a_drug_outside_the_catalogues_is_not_paid(assistant) -> None:
    (response,) = ask_turns(assistant, "不在目录里的药能不能用医保报")
    assert response.answer.startswith("不能报销")
    assert {"第二十一条", "第三十八条"} <= set(labels(response))


def test_the_two_schemes_are_never_held_together(assistant) -> None:
    (response,) = ask_turns(assistant, "我在单位交了职工医保，还要交城乡居民医保吗")
    assert response.answer.startswith("不可以同时参加")
    assert "原文（第六条）：“参保人员不得同时参加" in response.answer


def test_leave_asked_after_the_act_gets_the_bans_verdict(assistant) -> None:
    (response,) = ask_turns(assistant, "在古格遗址里拍壁画 行吗")
    assert "不可以" in response.answer.split("\n")[0]


def test_a_ban_with_its_approval_reads_the_ban_first(assistant) -> None:
    (response,) = ask_turns(assistant, "石窟造像能拓印吗")
    assert "不得私自拓印" in response.answer.split("\n")[0]


def test_a_general_rules_matter_asked_by_anyone_is_not_the_custodians(assistant) -> None:
    (response,) = ask_turns(assistant, "挖地基挖到文物瞒着不报会怎么罚")
    assert "第五十条（五）" in labels(response) or "第二十一条" in labels(response)


# --- the review's sentences: what the classes must not catch --------------------------------


@pytest.mark.parametrize(
    "question, not_in_first_line",
    [
        ("这个药是不是在目录里，能报吗", "不能报销"),
        ("我老公是单位交的医保，我能参加城乡居民医保吗", "不可以同时参加"),
        ("我是外地出生的，户口迁到阿里了，能参加居民医保吗", "未满一周岁的婴儿"),
        ("上个月补的牙，门诊能报吗", "中断缴费"),
        ("用我自己的医保卡在药店买药能报吗", "追回"),
    ],
)
def test_the_new_verdicts_stay_off_other_questions(assistant, question, not_in_first_line) -> None:
    (response,) = ask_turns(assistant, question)
    assert not_in_first_line not in response.answer.split("\n")[0]


def test_a_reading_said_before_decides_the_special_outpatient_condition(assistant) -> None:
    *_, bill = ask_turns(
        assistant, "我爸有高血压，血压一直140/90左右", "他交120，门特一年花了3000，能报多少"
    )
    assert bill.status == "calculated" and "支付 0.00 元" in bill.answer


def test_a_back_payment_does_not_answer_every_later_question(assistant) -> None:
    *_, rate = ask_turns(
        assistant,
        "去年忘交医保了，现在还能补吗",
        "我4月10号补的，4月20号住院了，这次能报吗",
        "那住院报销比例是多少",
    )
    assert "第二十二条" in labels(rate)


def test_a_follow_up_is_never_asked_a_third_time(assistant) -> None:
    turns = ask_turns(
        assistant,
        "全地区的野外文物保护单位一年看管经费要多少",
        "那县级的呢",
        "两个人一年一共多少",
    )
    assert sum(t.status == "follow_up" for t in turns) <= 2


def test_one_site_said_to_be_there_takes_two_custodians(assistant) -> None:
    (response,) = ask_turns(assistant, "我们乡有一处县级的文物点，要配几个看管员")
    assert "2" in response.answer.split("\n")[0] and "第十二条" in labels(response)


def test_a_monks_tier_is_the_computed_contributions(assistant) -> None:
    *_, tier = ask_turns(
        assistant,
        "我是寺里的在编僧人，去年评上了县级爱国守法先进僧尼，医保交多少",
        "那我住院按哪一档报",
    )
    assert tier.answer.startswith("按250元档")


def test_standings_said_together_take_the_higher(assistant) -> None:
    *_, both = ask_turns(assistant, "我舅舅是低保户 医保交多少", "他要是同时也是建档立卡户呢")
    assert "个人缴费 0.00 元" in both.answer


def test_a_place_then_its_bill_is_treatment_there(assistant) -> None:
    *_, there = ask_turns(
        assistant, "交120档，在县医院住院花了1万，二级的，报多少", "西安那边也是花了一万 能报多少"
    )
    assert there.status == "calculated"


def test_a_count_asked_of_another_documents_word(assistant) -> None:
    (response,) = ask_turns(assistant, "看管员的培训一年搞几次")
    assert response.status == "answered" and "一、（三）" in labels(response)


def test_a_documents_own_question_is_not_moved_elsewhere(assistant) -> None:
    (response,) = ask_turns(assistant, "文物安全培训结业考试多少分及格")
    assert all("四好农村路" not in c.doc_title for c in response.citations)


def test_a_hedge_does_not_move_the_clause(assistant) -> None:
    (response,) = ask_turns(assistant, "居民医保通常几月份开始交")
    assert "10月1日" in response.answer and "第八条" in labels(response)


def test_a_households_standing_fixes_a_members_tier(assistant) -> None:
    *_, bill = ask_turns(
        assistant, "我家是建档立卡户，医保个人交多少", "我媳妇走门特一年花了6000，能报多少"
    )
    assert bill.status == "calculated" and "5700.00" in bill.answer  # 6000 × (90% + 5%)


def test_a_place_named_as_treated_before_keeps_its_rate_and_rule(assistant) -> None:
    first, rate, there = ask_turns(
        assistant,
        "我阿妈要去日喀则住院 要办什么手续",
        "日喀则那边报销比例多少 她交的60档",
        "日喀则那边要备案吗",
    )
    assert "统筹区外" in rate.answer
    assert there.status == "answered"
