"""Classes of question handled in the fifty-first session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import months_said, read_custodian
from assistant.frame import THIS_CASE_ORDER
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "months"),
    [
        ("他是9月份才被聘上的，到年底能拿多少", 4),
        ("县级点的看管员4月上岗，干到年底多少钱", 9),
        ("我10月份刚入职，到年底能领多少", 3),
    ],
)
def test_a_month_hired_to_the_year_end(question, months) -> None:
    assert months_said(question) == months


def test_a_month_said_as_when_something_happened_is_no_span() -> None:
    assert months_said("他7月份生病了，工资怎么算") is None


@pytest.mark.parametrize(
    "question",
    ["我们县3处县级野外文保单位，看管员每个月一共要发多少", "两处区级文物点看管员每月总共发多少"],
)
def test_a_sites_bill_asked_per_month_is_one_month(question) -> None:
    read = read_custodian(question)
    assert read["mode"] == "budget"
    assert read["months"] == 1


def test_a_persons_monthly_wage_is_not_read_as_a_months_bill() -> None:
    assert "months" not in read_custodian("县级看管员每个月多少钱")


@pytest.mark.parametrize(
    "question",
    [
        "村边有一处县级文保单位，一年看管员工资一共要多少",
        "我们乡有一处自治区级遗址，看管员工资总共需要多少",
    ],
)
def test_a_site_counted_with_the_total_it_needs_is_its_bill(question) -> None:
    assert read_custodian(question)["mode"] == "budget"


def test_what_one_custodian_receives_stays_a_persons_pay() -> None:
    assert read_custodian("一处县级点的看管员一年一共能拿多少")["mode"] == "person"


@pytest.mark.parametrize(
    "turn",
    ["那次是今年第三次住院", "还是60档，不过这是今年第二次住院了", "那是她今年第二次住的院"],
)
def test_the_order_of_the_stay_just_computed(turn) -> None:
    assert THIS_CASE_ORDER.search(turn)


@pytest.mark.parametrize("turn", ["又住了一次，这次是第二次", "后来再住院，这是第三次"])
def test_a_stay_said_again_is_not_the_last_ones_order(turn) -> None:
    assert not THIS_CASE_ORDER.search(turn)


# --- answers (the real model) --------------------------------------------------------------


@pytest.mark.parametrize("question", ["12月份交的钱啥时候能用", "阿爸刚交了医保，什么时候生效"])
def test_when_a_payment_starts_to_cover(assistant, question) -> None:
    (answer,) = ask_turns(assistant, question)
    assert answer.status == "answered"
    assert labels(answer)[0] == "第八条"
    assert "下一年1月1日" in answer.answer


def test_a_month_and_a_time_word_alone_still_name_nothing(assistant) -> None:
    (answer,) = ask_turns(assistant, "11月的啥时候")
    assert answer.status == "error"


def test_a_sites_bill_after_its_head_count_in_one_message(assistant) -> None:
    (answer,) = ask_turns(assistant, "改则有两处县级文保单位，要配几个看管员？一年工资总共要多少？")
    assert "应配看管人员 4 人" in answer.answer
    assert "57600.00" in answer.answer


def test_the_head_count_at_another_level(assistant) -> None:
    _, answer = ask_turns(assistant, "一处全国重点文保单位配几个看管员", "换成县级的呢")
    assert "县级 1 处" in answer.answer


def test_a_sites_bill_per_month_then_a_year(assistant) -> None:
    first, second = ask_turns(
        assistant, "我们县3处县级文保单位，看管员工资每个月一共要发多少", "那全年呢"
    )
    assert first.calculation["result"]["budget"] == "7200.00"
    assert second.calculation["result"]["budget"] == "86400.00"


def test_the_supposed_tier_is_not_counted_as_an_earlier_stay(assistant) -> None:
    *_, answer = ask_turns(
        assistant, "250档 三级医院住院7万 能报多少", "要是60档呢", "那是今年第二次住院"
    )
    # (70000 − 400×70%) × 60% = 41832: the same stay, second in the year, not capped at 0
    assert answer.calculation["result"]["payment"] == "41832.00"


def test_a_lapse_asked_after_the_payment_period_is_answered_by_the_back_payment(assistant) -> None:
    _, answer = ask_turns(assistant, "居民医保几月份交", "要是今年没交上咋办")
    assert "补缴" in answer.answer.split("\n")[0]


def test_a_lapse_with_a_later_month_is_not_declined(assistant) -> None:
    (answer,) = ask_turns(assistant, "我哥今年医保漏交了，明年2月还能补得上吗")
    assert answer.status == "answered"
    assert "次月" in answer.answer


def test_why_so_little_names_the_tier_and_level_rates(assistant) -> None:
    _, answer = ask_turns(assistant, "交的120档 地区人民医院住院3万 能报多少", "怎么才报这么点")
    lead = answer.answer.split("\n")[0]
    assert "120元档" in lead and "70%" in lead and "85%" in lead


def test_a_hospitals_deed_after_a_patients_is_its_own_consequence(assistant) -> None:
    _, answer = ask_turns(assistant, "拿别人的社保卡去住院会怎样", "那医院把没病的人收进来住院呢")
    assert answer.status == "answered"
    assert labels(answer)[0] == "第四十六条（一）"


def test_a_thing_after_a_consequence_is_not_read_as_a_deed(assistant) -> None:
    _, answer = ask_turns(assistant, "私自倒卖文物会怎样", "那二级文物呢")
    assert not answer.answer.startswith("二级文物会怎样")


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("我是建档立卡户，在二级医院住院报多少比例", "95%"),
        ("建档立卡户在地区人民医院住院能报百分之几", "90%"),
    ],
)
def test_a_poor_persons_stay_rate_is_the_combined_one(assistant, question, rate) -> None:
    (answer,) = ask_turns(assistant, question)
    assert rate in answer.answer.split("\n")[0]
    assert "第二十九条（四）" in labels(answer)


def test_a_poor_persons_tier_asked_still_leads_with_the_tier(assistant) -> None:
    (answer,) = ask_turns(assistant, "建档立卡的住院按哪个档报")
    assert answer.answer.startswith("按250元档")


def test_a_special_diseases_own_limit_is_the_shared_cap(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爸慢性肝炎办了门特，门特有没有单独限额")
    assert "没有单独的报销限额" in answer.answer
    assert "6万" in answer.answer


def test_a_limit_asked_of_hypertensions_special_care(assistant) -> None:
    (answer,) = ask_turns(assistant, "糖尿病门特的限额是多高")
    assert "6万" in answer.answer
    assert "第二十五条" not in labels(answer)[:1]


def test_how_to_take_a_custodians_post(assistant) -> None:
    (answer,) = ask_turns(assistant, "我舅想去干文物看管员，要咋弄")
    assert labels(answer)[0] == "第九条"


def test_what_a_training_teaches(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物安全培训上课都讲些啥")
    assert labels(answer)[0] == "六、（三）"


def test_who_answers_for_a_temples_relics(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺庙里收藏的文物丢了谁负责")
    assert labels(answer)[0] == "第二十九条"


def test_a_permission_is_decided_by_the_rule_of_the_act(assistant) -> None:
    (answer,) = ask_turns(assistant, "我们寺的旧经书能不能借给博物馆展出")
    assert labels(answer)[0] == "第二十七条"


def test_who_approves_building_near_a_site_after_another_approval(assistant) -> None:
    _, answer = ask_turns(
        assistant, "在县级文保单位保护范围内打井要谁批", "那在建设控制地带里建个仓库呢"
    )
    assert labels(answer)[0] == "第十三条"


def test_papers_for_a_stay_in_tibet_are_the_referral(assistant) -> None:
    (answer,) = ask_turns(assistant, "到日喀则住院得开啥证明")
    assert labels(answer)[0] == "第三十二条"


def test_the_level_a_fund_is_pooled_at(assistant) -> None:
    (answer,) = ask_turns(assistant, "咱们的居民医保基金在哪一级统筹")
    assert "地区级统筹" in answer.answer.split("\n")[0]


def test_who_pays_for_a_training_asked_as_ones_own_cost(assistant) -> None:
    (answer,) = ask_turns(assistant, "驻寺僧人去参加文物安全培训，要自己掏钱吗")
    assert labels(answer)[0] == "五、"


def test_an_absence_after_a_question_on_leaving_early_has_its_consequence(assistant) -> None:
    *_, answer = ask_turns(assistant, "文物安全培训中途能不能走", "那要是直接不去呢，会怎么样")
    assert answer.status == "answered"
    assert "记录在案" in answer.answer


def test_living_far_from_the_site_is_the_nearness_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "我住得离遗址很远，还能选上看管员吗")
    assert "就近区域" in answer.answer.split("\n")[0]


def test_a_list_counted_with_its_names_in_brackets(assistant) -> None:
    (answer,) = ask_turns(assistant, "现在哪些乡镇还没有通硬化路")
    assert answer.answer.startswith("2个乡镇：札达县底雅乡、萨让乡")


def test_how_a_deed_is_punished_is_no_sum(assistant) -> None:
    (answer,) = ask_turns(assistant, "定点医院串换药品会怎么处罚")
    assert answer.status == "answered"
    assert labels(answer)[0] == "第四十六条（四）"


def test_a_fine_asked_of_a_hospitals_overcharge_is_no_sum_of_the_text(assistant) -> None:
    (answer,) = ask_turns(assistant, "医院乱收费罚款多少")
    assert answer.status == "out_of_scope"
    assert labels(answer)[0].startswith("第四十六条")


@pytest.mark.parametrize(
    ("follow_up", "lead"),
    [("那我外甥23岁可以吗", "不符合年龄条件"), ("我叔七十多了还能干不", "不符合年龄条件")],
)
def test_a_persons_age_after_the_posts_age_rule(assistant, follow_up, lead) -> None:
    _, answer = ask_turns(assistant, "野外文物看管员对年龄有要求吗", follow_up)
    assert answer.answer.startswith(lead)


def test_a_decade_wholly_inside_the_range_may_apply(assistant) -> None:
    (answer,) = ask_turns(assistant, "我四十多岁 想当野外文物看管员 行吗")
    assert answer.answer.startswith("可以报名")


def test_a_sites_bill_asked_per_month_after_the_year(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我们县有2处县级、1处自治区级野外文保单位，看管员一年工资一共多少", "那每月呢"
    )
    # 2×2×1200 + 1×2×1400 = 7600 a month
    assert answer.calculation["result"]["budget"] == "7600.00"


def test_a_later_start_month_runs_to_the_years_end(assistant) -> None:
    _, answer = ask_turns(
        assistant, "我弟5月开始在县级文保点当看管员，到年底能拿多少", "要是他9月才开始呢"
    )
    assert answer.calculation["result"]["pay"] == "4800.00"
    assert "9月到年底" in answer.answer


def test_a_two_illness_bill_all_of_the_other_class(assistant) -> None:
    _, answer = ask_turns(
        assistant, "在二级医院开糖尿病的药花了1000，都是甲类药，两病能报多少", "那要是全是乙类的呢"
    )
    # 1000 × 90% × 65% = 585
    assert answer.calculation["result"]["payment"] == "585.00"


def test_a_poor_persons_special_care_rate_after_a_stay(assistant) -> None:
    _, answer = ask_turns(
        assistant, "建档立卡户 在县医院住院花了8000 报多少", "他要是办了门特呢，门特报几成"
    )
    assert "95%" in answer.answer.split("\n")[0]


def test_the_other_benefits_rate_after_a_poor_persons_rate(assistant) -> None:
    _, answer = ask_turns(assistant, "建档立卡的人住院能报百分之几", "那门诊特殊病呢")
    assert answer.answer.startswith("建档立卡贫困人员门诊特殊病报销95%")


def test_the_same_question_asked_of_ngari_after_another_place(assistant) -> None:
    _, answer = ask_turns(assistant, "成都的居民医保120档住二级医院报多少", "那咱们阿里呢")
    assert answer.status != "out_of_scope"
    assert "75%" in answer.answer


def test_a_cause_denied_is_no_exclusion(assistant) -> None:
    (answer,) = ask_turns(assistant, "不是打架受的伤，是放牧时从马上摔下来住院，能报吗")
    assert not answer.answer.startswith("不能报销")


def test_a_crash_said_plainly_is_still_excluded(assistant) -> None:
    (answer,) = ask_turns(assistant, "骑摩托车出了车祸住院，医保报不报")
    assert answer.answer.startswith("不能报销")


def test_a_find_outside_ngari_is_that_places_matter(assistant) -> None:
    (answer,) = ask_turns(assistant, "在日喀则修路挖出一堆老陶片 该怎么处理")
    assert answer.status == "out_of_scope"
    assert labels(answer) == ["第二十一条"]


def test_a_find_in_a_county_of_ngari_is_answered(assistant) -> None:
    (answer,) = ask_turns(assistant, "在革吉修路挖出一堆老陶片 该怎么处理")
    assert answer.status == "answered"


def test_who_investigates_a_case_is_the_body_that_investigates(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺里的佛像被偷了，由谁负责组织调查")
    assert labels(answer)[0] == "第四十九条"


def test_a_stupa_moved_after_a_repair(assistant) -> None:
    _, answer = ask_turns(assistant, "村里的县级文保寺庙要翻修大殿，什么手续", "那佛塔要迁到别处呢")
    assert labels(answer)[0] == "第十五条"
