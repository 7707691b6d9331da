"""Classes of question handled in the forty-fifth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.medical import is_poor, match_exclusion
from assistant.calculators.understanding import detect_calculator
from assistant.compose import _bare_act
from assistant.engine import _to_site_level
from assistant.frame import read_frame
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["三个档各报多少，二级医院花了九千", "每一档能报多少", "60、120、250三个档次都算一下"],
)
def test_every_tier_asked(question) -> None:
    assert read_frame(question).every_value


@pytest.mark.parametrize(
    "question",
    ["两次住院分别报多少", "我交的120档，报多少", "分别是哪些病"],
)
def test_no_tier_asked_of_each(question) -> None:
    # (each stay, or a list, is no tier asked of each)
    assert not read_frame(question).every_value


def test_the_household_identity_is_poor_for_a_stay() -> None:
    assert is_poor({"identities": ["建档立卡贫困人员"]})
    assert not is_poor({"identities": ["低保对象"]})


@pytest.mark.parametrize("reason", ["开电动车把腿撞断了", "骑摩托车和货车碰了", "开车翻到沟里了"])
def test_a_vehicle_and_a_crash_said_apart_are_a_traffic_accident(reason) -> None:
    found = match_exclusion(reason)
    assert found is not None and found[0] == "（八）"


def test_a_crash_without_a_vehicle_is_no_traffic_accident() -> None:
    assert match_exclusion("走路不小心撞到门框") is None


def test_a_drug_bill_is_no_stay() -> None:
    assert detect_calculator("县医院是二级，一年药费两千，都是甲类药，能报多少") != "inpatient"


def test_a_sum_checked_with_an_identity_is_a_contribution() -> None:
    assert detect_calculator("我闺女是特困供养的，还要交120吗") == "contribution"
    # (a fine is no contribution)
    assert detect_calculator("私自拓印被罚，要交500吗") != "contribution"


def test_the_act_pointed_back_at() -> None:
    assert _bare_act("村里人想把塔里的小佛像送给朋友，这样可以吗") == "送给"


@pytest.mark.parametrize(
    ("turn", "moved"),
    [
        ("那自治区级的呢", "在自治区级文物保护单位里打井谁批"),
        ("要是国保呢", "在全国重点文物保护单位里打井谁批"),
    ],
)
def test_a_site_level_swapped(turn, moved) -> None:
    assert _to_site_level("在县级文物保护单位里打井谁批", read_frame(turn)) == moved


def test_a_site_level_with_more_said_is_no_swap() -> None:
    assert _to_site_level("在县级文物保护单位里打井谁批", read_frame("那自治区级的罚多少")) is None


# --- answers (real model) ------------------------------------------------------------------


def test_every_tier_of_a_stay_is_computed(assistant) -> None:
    (each,) = ask_turns(assistant, "乡卫生院住院花了3100，三个档分别能报多少")
    # deductible 100: (3100 − 100) × 70 % / 75 % / 90 %
    assert each.status == "answered"
    assert all(x in each.answer for x in ("2100.00", "2250.00", "2700.00"))


def test_every_tier_of_the_last_stay(assistant) -> None:
    *_, each = ask_turns(assistant, "交250，地区人民医院住院花了10400，报多少", "三个档都帮我算算")
    # 三级 deductible 400: 10000 × 60 % / 70 % / 85 %
    assert all(x in each.answer for x in ("6000.00", "7000.00", "8500.00"))
    assert "缴费档次" in each.answer.split("\n", 1)[0]


def test_the_cap_left_is_said_without_a_bill(assistant) -> None:
    (left,) = ask_turns(assistant, "我妈今年住了两次院统筹已经付了37500，还剩多少额度")
    assert "22500.00" in left.answer and "第二十三条" in labels(left)


def test_a_cap_used_up(assistant) -> None:
    (left,) = ask_turns(assistant, "今年统筹已经付了61000，还能报吗")
    assert "用完" in left.answer and "第二十三条" in labels(left)


def test_a_household_identity_with_another(assistant) -> None:
    *_, hers = ask_turns(
        assistant, "我家是建档立卡户，交医保每人掏多少", "我闺女同时也是孤儿，她还要交60吗"
    )
    assert hers.status == "calculated"
    assert "0.00" in hers.answer and "就高不就低" in hers.answer


def test_a_household_identity_raises_a_stay(assistant) -> None:
    *_, stay = ask_turns(assistant, "我们家是建档立卡户", "我老公在县医院住院花了5200，能报多少")
    # 250 tier, 二级 90 % + 5 points: (5200 − 200) × 95 % = 4750
    assert stay.status == "calculated" and stay.calculation["result"]["payment"] == "4750.00"


def test_a_tier_corrected_keeps_the_level_said(assistant) -> None:
    *_, stay = ask_turns(
        assistant,
        "我交60档 在地区人民医院住院报几成 那是三级医院",
        "哦不对 我记错了 我交的是120档",
        "第一次住院花了5400 能报多少",
    )
    # 120 tier, 三级 70 %: (5400 − 400) × 70 % = 3500
    assert stay.status == "calculated" and stay.calculation["result"]["payment"] == "3500.00"


def test_the_second_disease_joins_the_first(assistant) -> None:
    *_, both = ask_turns(
        assistant,
        "我有糖尿病 在乡卫生院开药 咋报",
        "卫生院是一级以下 一年药钱1000 都是甲类",
        "今年又查出高血压 两样药一年加起来4000",
    )
    # 70 %: 4000 × 70 % = 2800, the combined limit 2000
    assert both.status == "calculated" and both.calculation["result"]["payment"] == "2000.00"


def test_an_estimated_drug_bill_is_refused_with_the_topic_rule(assistant) -> None:
    *_, rough = ask_turns(
        assistant, "我有糖尿病 在县医院开药 咋报", "一年药钱大概2000 都是甲类 能报多少"
    )
    assert rough.status == "error" and "约数" in rough.answer
    assert "第二十五条" in labels(rough)


def test_an_emergency_at_another_hospital_said_as_accepted(assistant) -> None:
    (verdict,) = ask_turns(
        assistant, "我姐半夜肚子疼送到附近医院急诊，不是她选的定点医院，医保认不认"
    )
    assert labels(verdict)[0].startswith("第二十九条") and verdict.answer.startswith("可以")


def test_a_crash_said_with_its_vehicle_is_not_paid(assistant) -> None:
    (verdict,) = ask_turns(assistant, "我弟开电动车跟人撞了 住院的钱能报吗")
    assert "第三十条（八）" in labels(verdict) and verdict.answer.startswith("不能")


def test_transfer_papers_to_lhasa(assistant) -> None:
    (papers,) = ask_turns(assistant, "我妈在日土县医院看病，要转到拉萨的医院，转院需要开什么证明")
    assert labels(papers)[0] == "第三十二条"


def test_a_rate_in_lhasa_after_a_transfer(assistant) -> None:
    *_, rate = ask_turns(
        assistant,
        "我爸在札达县医院，医生说得转去拉萨住院，要开什么证明",
        "拉萨那边是三级医院，我爸交的120档，能报多少",
    )
    # 120 tier 三级 70 %, less 10 points outside the pool
    assert "60%" in rate.answer.split("\n", 1)[0]


def test_who_pays_said_colloquially(assistant) -> None:
    (payer,) = ask_turns(assistant, "修路挖出古墓，后面考古发掘的钱谁出")
    assert "第二十二条" in labels(payer) and "建设单位" in payer.answer


def test_a_payer_asked_is_no_post_holder(assistant) -> None:
    *_, payer = ask_turns(assistant, "我叔在革吉县看一处县级文保单位", "他的工资是乡里发还是谁出钱")
    assert payer.status == "answered" and "地区财政" in payer.answer


def test_works_in_a_national_site_are_approved_by_the_region(assistant) -> None:
    (rule,) = ask_turns(assistant, "想在全国重点文物保护单位的保护范围里埋电缆，要谁批准")
    assert "第十三条" in labels(rule) and "自治区人民政府" in rule.answer.split("\n", 1)[0]


def test_a_hall_mended_in_everyday_words(assistant) -> None:
    (rule,) = ask_turns(assistant, "村里寺庙是县级文物保护单位，经堂屋顶漏水想修修，找谁批")
    assert labels(rule)[0] == "第十五条"


def test_an_act_pointed_back_at_is_decided_by_its_ban(assistant) -> None:
    (rule,) = ask_turns(assistant, "寺里几件旧法器，有人说可以卖给收藏的老板换钱，这样行吗")
    assert labels(rule)[0] == "第二十七条"


def test_the_central_subsidy_said_to_give(assistant) -> None:
    (rule,) = ask_turns(assistant, "中央财政每年给参保居民补多少")
    assert "第十七条" in labels(rule) and "第八条" not in labels(rule)


def test_the_tiers_listed_are_no_figures() -> None:
    frame = read_frame("县医院住院花了7千，60、120、250档分别能报多少")
    assert frame.every_value and frame.slots.get("cost") == "7000" and "tier" not in frame.slots


def test_payments_of_two_benefits_are_summed(assistant) -> None:
    (left,) = ask_turns(assistant, "我爸住院报了2万6，门特又报了1万，今年还剩多少额度")
    assert "24000.00" in left.answer and "第二十三条" in labels(left)


def test_a_correction_said_after_a_pause_keeps_the_case(assistant) -> None:
    *_, stay = ask_turns(
        assistant,
        "交250的在地区人民医院住院 按多少比例报",
        "等等 搞错了 我交的是60档",
        "这次一共花了1万400 能报多少",
    )
    # 60 tier, 三级 60 %: (10400 − 400) × 60 % = 6000
    assert stay.status == "calculated" and stay.calculation["result"]["payment"] == "6000.00"


def test_a_verb_and_its_object_are_no_mistyped_term() -> None:
    from assistant.typos import _verb_and_object

    assert _verb_and_object("找人")
    assert not _verb_and_object("报消") and not _verb_and_object("低宝")


def test_a_few_days_with_a_duty_left_between_ask_no_count() -> None:
    assert read_frame("要是有几天巡查日志忘了写会怎样").fact.value != "amount"


def test_a_fine_asked_is_dealt_with_by_the_law_the_list_names(assistant) -> None:
    (fine,) = ask_turns(assistant, "在文物保护单位范围里存放煤气罐，罚多少钱")
    assert fine.answer.startswith("文件没有规定罚款的具体金额")
    assert "文物保护法" in fine.answer and "第五十条（八）" in labels(fine)


def test_a_fine_for_a_deed_of_a_find(assistant) -> None:
    *_, fine = ask_turns(
        assistant, "修水渠挖出一口古铜锅，怎么处理", "要是有人偷偷拿回家藏起来了，罚多少"
    )
    assert "文物保护法" in fine.answer and labels(fine)[0] == "第五十条（五）"


# --- negative cases from the independent review of this session's diff --------------------


@pytest.mark.parametrize(
    "reason",
    [
        "开车的时候突然血压升高晕倒了",
        "在车间干活被机器压伤了",
        "下车时摔了一跤碰到头",
        "坐车翻山去拉萨看病",
    ],
)
def test_a_vehicle_said_with_no_crash_is_no_traffic_accident(reason) -> None:
    found = match_exclusion(reason)
    assert found is None or found[0] != "（八）"


def test_a_household_is_the_one_said_to_be_so() -> None:
    from assistant.dialogue import ALSO_HELD, HOUSEHOLD_WHO

    assert HOUSEHOLD_WHO.match("我们家是建档立卡户")
    assert not HOUSEHOLD_WHO.match("我家老大是重度残疾")
    assert not ALSO_HELD.search("我是建档立卡户，交60还是250")


@pytest.mark.parametrize(
    "question", ["那出土文物的档案分别报给哪个部门", "各级文物部门分别负责什么"]
)
def test_no_value_of_a_choice_asked_of_each(question) -> None:
    assert not read_frame(question).every_value


def test_a_bill_for_drugs_is_no_contribution_checked() -> None:
    assert detect_calculator("我是特困户，拿药自己出20块吗") != "contribution"


@pytest.mark.parametrize(
    "question",
    ["60元、120元、250元三档住院分别报多少，县医院花了5000", "60元120元250元三个档分别报多少"],
)
def test_the_tiers_listed_any_way(question) -> None:
    frame = read_frame(question)
    assert frame.every_value and "tier" not in frame.slots


def test_an_unregistered_clinic_is_no_stay_left_unfiled() -> None:
    from assistant.english import to_chinese

    assert "备案" not in to_chinese("The clinic I went to is not registered, do I get nothing?")


def test_a_disease_corrected_is_not_added(assistant) -> None:
    *_, fixed = ask_turns(
        assistant,
        "我有高血压，在县医院拿药，县医院是二级，一年药费2500都是甲类，能报多少",
        "不对，是糖尿病，药费也是2500",
    )
    # 糖尿病 alone: 2500 × 65 % = 1625, its limit 1200 (第二十五条)
    assert fixed.calculation["result"]["payment"] == "1200.00"


def test_last_years_payments_are_not_this_years(assistant) -> None:
    (stay,) = ask_turns(assistant, "去年住院报了4万，今年在县医院住院花了1万，250档，能报多少")
    # (10000 − 200) × 90 % = 8820, nothing of the cap used this year
    assert stay.calculation["result"]["payment"] == "8820.00"


def test_another_schemes_payments_are_not_the_basic_cap(assistant) -> None:
    (left,) = ask_turns(assistant, "大额补充保险今年已经赔了9万，还能赔多少")
    assert "用完" not in left.answer


# --- later in the session -------------------------------------------------------------------


def test_every_tier_again_after_a_change(assistant) -> None:
    *_, again = ask_turns(assistant, "乡卫生院住院花了5100，三个档各报多少", "要是在地区人民医院呢")
    # 三级 deductible 400: 4700 × 60 % / 70 % / 85 %
    assert all(x in again.answer for x in ("2820.00", "3290.00", "3995.00"))


def test_a_benefits_own_limit_left(assistant) -> None:
    (general,) = ask_turns(assistant, "我老公普通门诊今年已经报了120，还能报多少")
    assert "180.00" in general.answer and "第二十六条（三）" in labels(general)
    (sugar,) = ask_turns(assistant, "糖尿病走两病门诊，今年已经报了1000了，还剩多少额度")
    assert "200.00" in sugar.answer and "第二十五条" in labels(sugar)


def test_the_cap_left_of_a_stay_waiting_for_its_tier(assistant) -> None:
    *_, each = ask_turns(
        assistant,
        "我姐在县医院住院花了7200，三个档各能报多少",
        "她今年住院已经报了5万7了，还能报多少",
    )
    # each tier's payment is capped at what is left: 60000 − 57000 = 3000
    assert each.answer.count("支付 3000.00 元") == 3


def test_a_remaining_limit_of_someone_with_no_case_here(assistant) -> None:
    *_, left = ask_turns(
        assistant,
        "我老婆交250，在县医院住院花了1万，能报多少",
        "我妈糖尿病走两病门诊，今年报了900了，还剩多少",
    )
    assert "300.00" in left.answer and "第二十五条" in labels(left)


def test_the_piece_of_the_act_asked(assistant) -> None:
    (mend,) = ask_turns(assistant, "寺里的佛殿漏雨了要修，该找谁批")
    lead = mend.answer.split("\n", 1)[0]
    # (the rule for every site names all four works; the temple's own piece is 维修's, not
    # 迁移's 审批)
    assert "维修" in lead and "报宗教部门审批" not in lead and labels(mend)[0] == "第十五条"


def test_a_monument_named_opens_its_own_topic(assistant) -> None:
    *_, mend = ask_turns(
        assistant, "我妈在县医院住院花了5600，能报多少", "村里寺庙的大殿漏雨了要修，该找谁批"
    )
    assert labels(mend)[0] == "第十五条"
