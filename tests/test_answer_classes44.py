"""Classes of question handled in the forty-fourth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import re

import pytest

from assistant.calculators.understanding import (
    detect_calculator,
    months_said,
    stated_members,
    understand,
)
from assistant.compose import _bare_act, _barred_as_leave
from assistant.engine import tiers_set_against
from assistant.frame import PlaceRole, a_few_said, places_in, read_frame
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, kins",
    [
        ("我和媳妇都交120的，闺女交60，全家一共多少", ["我", "媳妇", "闺女"]),
        ("我+老公250、三个娃60，一共交多少", ["我", "老公", "娃", "娃", "娃"]),
        ("我跟我爱人交250档，儿子交60档，加起来多少", ["我", "爱人", "儿子"]),
    ],
)
def test_members_joined_in_one_stretch_are_each_counted(question, kins) -> None:
    assert [m.kin for m in stated_members(question)] == kins


def test_a_childs_tier_figure_is_no_age() -> None:
    (_, _, *kids) = stated_members("我+老婆120、俩孩子60，一共交多少")
    assert all(k.slots == {"tier": 60} for k in kids)
    # (an adult's 60 stays the age it may be: "我妈60" is read as the rules always read it)
    assert read_frame("老婆120，我妈62，一共交多少").person.age != 120


def test_a_household_counted_and_summed_is_a_contribution() -> None:
    question = "低保户，家里5口人，医保一共得掏多少"
    assert detect_calculator(question) == "contribution"
    assert understand(question, "contribution").inputs.get("persons") == 5


def test_the_subsidy_left_after_the_centres_is_split_whole() -> None:
    inputs = understand("医保补贴减掉中央的部分剩500，地区出多少", "contribution").inputs
    assert inputs == {"mode": "split", "central_subsidy": "0", "total_subsidy": "500"}
    both = understand("财政补助一共900，中央出了400，县里出多少", "contribution").inputs
    assert both["central_subsidy"] == "400" and both["total_subsidy"] == "900"


@pytest.mark.parametrize(
    "question, months",
    [
        ("两个人看县级点，5月份才开始聘的，到年底一共多少", 8),
        ("他看的县级点出了大事，当年的补助全部扣掉，损失多少", 12),
        ("县级看管员一个月多少", 1),
    ],
)
def test_months_said_of_a_custodians_pay(question, months) -> None:
    assert months_said(question) == months


def test_a_few_days_or_things_said_before_the_question() -> None:
    assert "几" not in a_few_said("看管员有几天没巡查，会不会被处理")
    assert "几" not in a_few_said("想跟别的博物馆借几件唐卡，要谁批")
    assert "几" in a_few_said("最多能借几件文物？")  # a count asked


def test_a_place_things_are_sold_to_is_no_subject() -> None:
    (place,) = places_in("老佛像能不能卖给一个拉萨的收藏家")
    assert place.role is PlaceRole.ORIGIN


def test_an_act_barred_even_so_is_the_act_said_before() -> None:
    assert _bare_act("石刻用纸拓一下，不带走也不行吗") == "拓"
    assert _barred_as_leave("用无人机拍壁画，不飞近也不行吗").endswith("拍可以吗")
    assert _bare_act("壁画能拍吗") == "拍"  # (the usual yes/no, unchanged)


@pytest.mark.parametrize(
    "question, tiers",
    [
        ("交60和交250，县医院住院花8000，报销差多少", (60, 250)),
        ("我交的60，三级医院花了1万，要是交120能多报多少", (60, 120)),
        ("交250跟交120，三级医院住院花2万，报销多少", None),  # no difference asked
        ("我交的250，住院花了1.2万，三级医院，能报多少", None),
    ],
)
def test_two_tiers_set_against_each_other(question, tiers) -> None:
    assert tiers_set_against(read_frame(question)) == tiers


@pytest.mark.parametrize(
    "question, age", [("我奶奶70多岁了，医保还交吗", 70), ("我爷爷60多了，还交吗", None)]
)
def test_an_age_said_as_a_decade_is_read_when_it_settles_paying(question, age) -> None:
    # (a man of 60多 may be 64 or 66: the line of 65 falls inside the decade)
    assert read_frame(question).person.age == age


# --- answers (the real model) ------------------------------------------------------------------


def _first_line(response) -> str:
    return response.answer.split("\n", 1)[0]


def test_a_household_of_pairs_and_counted_children(assistant) -> None:
    (sum_,) = ask_turns(assistant, "我跟媳妇都交250的，两个娃交120，一共多少")
    assert sum_.status == "calculated" and "740.00" in _first_line(sum_)  # 250+250+120+120
    (poor,) = ask_turns(assistant, "我家是建档立卡户，一家3口人，医保一共要掏多少")
    assert "180.00" in _first_line(poor)  # 3 × 60 (第十八条（四）)


def test_the_subsidy_left_after_the_centres_is_split(assistant) -> None:
    (split,) = ask_turns(assistant, "政府补贴去掉中央的还剩500，县里要承担多少")
    assert split.status == "calculated", split.answer
    assert "县承担 100.00" in split.answer and "第十七条" in split.answer


def test_an_emergency_at_a_hospital_not_chosen_is_paid(assistant) -> None:
    (urgent,) = ask_turns(assistant, "晚上急诊送到了一家不是我选的定点医院，费用能报吗")
    assert urgent.answer.startswith("可以按规定报销") and labels(urgent)[0] == "第二十九条（五）"
    (plain,) = ask_turns(assistant, "平时去了不是我选的那家定点医院看病，能报吗")
    assert plain.answer.startswith("不能报销") and labels(plain)[0] == "第二十九条（五）"


def test_going_straight_to_a_higher_hospital_is_the_referral_rule(assistant) -> None:
    (answer,) = ask_turns(assistant, "不在乡里看，能不能直接到地区医院住院")
    assert labels(answer)[0] == "第三十二条", answer.answer


def test_an_act_barred_even_so_gets_the_bans_verdict(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺庙里的壁画用手机拍，不开闪光也不行吗")
    assert answer.answer.startswith("一般不可以") and labels(answer)[0] == "第三十七条"


def test_a_relic_sold_to_someone_elsewhere_is_the_sale_ban(assistant) -> None:
    (answer,) = ask_turns(assistant, "寺院里的旧佛像能卖给一个上海的商人吗")
    assert answer.status == "answered", answer.answer
    assert answer.answer.startswith("不可以") and labels(answer)[0] == "第二十七条"


def test_a_few_things_borrowed_asks_the_loans_length(assistant) -> None:
    (answer,) = ask_turns(assistant, "县博物馆想借几件文物搞展览，最长能借多长时间")
    assert "两年" in _first_line(answer) and labels(answer)[0] == "第二十七条"


def test_a_few_days_unlogged_asks_the_deduction(assistant) -> None:
    (answer,) = ask_turns(assistant, "我老公是看管员，巡逻日志有几天没写，会扣钱吗")
    assert answer.status == "answered" and labels(answer)[0] == "第十一条", answer.answer


def test_two_tiers_compared_on_one_bill(assistant) -> None:
    (answer,) = ask_turns(assistant, "交60和交250，在二级医院住院花了1万，报销差多少")
    # 60: (10000−200)×65% = 6370; 250: (10000−200)×90% = 8820 (第二十二条（三）, 二级)
    assert "8820.00 − 6370.00 = 2450.00" in _first_line(answer), answer.answer


def test_a_tally_after_tiers_compared_counts_one_stay(assistant) -> None:
    *_, tally = ask_turns(
        assistant, "交120和交250，三级医院住院花1万，报销差多少", "今年一共报了多少"
    )
    assert "1次" in tally.answer, tally.answer


def test_whether_the_next_person_pays_after_a_household(assistant) -> None:
    *_, mother = ask_turns(
        assistant,
        "我和老婆都选250那档，孩子交60，一共多少",
        "那我爸呢，他66了还用交吗",
        "我妈58，她呢",
    )
    assert mother.answer.startswith("按年龄需要交"), mother.answer


def test_the_elderly_share_by_a_decade_age(assistant) -> None:
    (answer,) = ask_turns(assistant, "70多岁的老大爷不交钱，他那份谁出，各出多少")
    assert "150.00" in answer.answer and "100.00" in answer.answer


def test_one_sites_keepers_and_wage_bill(assistant) -> None:
    heads, bill = ask_turns(
        assistant,
        "我舅舅在县级文保点当看管员，一个月给多少钱",
        "一年那个点总共要发多少工资",
    )
    assert heads.status == "calculated"
    # 1 site × 2 (每处2名) × 1200 × 12 (细则 第十二条)
    assert bill.status == "calculated" and "28800.00" in _first_line(bill), bill.answer
    (count,) = ask_turns(assistant, "县级文保点，那个点一共安排几个看管员")
    assert re.search(r"2\s*(名|人)", _first_line(count)), count.answer
    assert labels(count)[0] == "第十二条" and "总人数" not in count.answer


def test_a_tier_said_with_de_alone_is_the_tier_supposed() -> None:
    from assistant.calculators.understanding import read_tier

    assert read_tier("250的呢")[0] == 250
    assert read_tier("我花了120的呢")[0] is None  # (a sum spent, no tier)


def test_a_tier_changed_after_a_comparison(assistant) -> None:
    *_, again = ask_turns(assistant, "交60和交120，二级医院住院花6000，差多少", "250的呢")
    # (6000−200)×90% = 5220 (第二十二条（三）, 250档二级)
    assert again.status == "calculated" and "5220.00" in _first_line(again), again.answer


def test_a_long_stay_asks_how_it_is_settled(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爷爷在县医院住了快8个月了，医药费怎么结算")
    assert "180天" in _first_line(answer) and labels(answer)[0] == "第二十二条（一）"


def test_a_turn_silent_with_the_last_one_is_read_alone(assistant) -> None:
    *_, term = ask_turns(assistant, "看管员选聘有什么优先条件", "那签的协议最长能签多久")
    assert term.status == "answered" and labels(term)[0] == "第十三条", term.answer


def test_leaving_training_midway(assistant) -> None:
    (answer,) = ask_turns(assistant, "培训中间能不能早退")
    assert labels(answer)[0] == "一、（四）", answer.answer


def test_the_subsidys_split_after_a_household_is_its_own_case(assistant) -> None:
    *_, split = ask_turns(
        assistant, "我们家是低保户，3口人，医保一共交多少", "政府补贴减去中央的还剩600，县里出多少"
    )
    assert split.status == "calculated" and "县承担 120.00" in split.answer, split.answer


def test_a_hospital_not_chosen_said_with_a_word_between() -> None:
    from assistant.calculators.medical import NOT_CHOSEN

    assert NOT_CHOSEN.search("去了一家不是平时选的定点医院")
    assert not NOT_CHOSEN.search("这家医院是我选的")


# --- the review's findings (negative cases; no model) ----------------------------------------


def test_the_centre_named_in_passing_is_no_subsidy_split() -> None:
    assert detect_calculator("唐卡要送去中央修复吗，花了3000元") != "contribution"
    inputs = understand("财政补助总共640元，减去中央的部分，三级各出多少", "contribution").inputs
    assert "central_subsidy" not in inputs  # (the central part is asked for, not taken as 0)


def test_not_chosen_is_said_of_the_hospital_only() -> None:
    from assistant.calculators.medical import NOT_CHOSEN, match_exclusion

    assert not NOT_CHOSEN.search("档次不是我选的，村里统一交的，在县医院住院")
    assert match_exclusion("药不是我自己选的，医院开的，花了300") is None
    assert match_exclusion("120档不是我选的，在县医院住院") is None


def test_members_joined_share_the_age_said_with_du() -> None:
    members = stated_members("我爸还有我妈都70，交120，我交250，一共多少")
    assert [(m.kin, m.slots.get("age"), m.slots.get("sex")) for m in members[:2]] == [
        ("爸", 70, "男"),
        ("妈", 70, "女"),
    ]


def test_one_members_tier_is_not_the_households() -> None:
    assert "persons" not in understand("我家5口人，我交250，一共交多少", "contribution").inputs


def test_two_decades_are_two_peoples() -> None:
    assert read_frame("家里老人70多了，我儿子20多岁，儿子交多少").person.age != 70


def test_a_little_more_is_no_site() -> None:
    from assistant.calculators.understanding import read_custodian

    said = "县级文保点看管员一年总共多少钱，能不能多给一点"
    assert read_custodian(said)["mode"] == "person"


def test_two_costs_are_no_tiers() -> None:
    assert tiers_set_against(read_frame("门诊看病一次花60元和一次花120元，报销差多少")) is None


def test_counts_asked_stay_asked() -> None:
    assert "几" in a_few_said("看管员一个月有几天不用巡逻")
    assert "几" in a_few_said("博物馆一次最多能借几件文物，要怎么办手续")


def test_a_condition_supposed_is_no_act() -> None:
    assert _barred_as_leave("如果文物局批准了也不行吗") == "如果文物局批准了也不行吗"


def test_living_somewhere_for_months_is_no_stay() -> None:
    from assistant.compose import benefits

    assert "住院" not in benefits("我在拉萨住了两个月，回来看门诊能报吗")


def test_the_remainder_said_as_still_short() -> None:
    inputs = understand("假如减了中央的以后每人还差700，地区出多少", "contribution").inputs
    assert inputs == {"mode": "split", "central_subsidy": "0", "total_subsidy": "700"}


def test_who_pays_the_subsidys_rest_is_its_article(assistant) -> None:
    (answer,) = ask_turns(assistant, "医保的财政补助除了中央给的部分，其余的由谁负担")
    assert labels(answer)[0] == "第十七条", answer.answer
