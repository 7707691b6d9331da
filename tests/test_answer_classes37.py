"""Classes of question handled in the thirty-seventh session (sentences written for this test,
not taken from any evaluation table or probe). The first tests load no model; the rest use the
real one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.understanding import detect_calculator, read_custodian, sites_by_level
from assistant.sums import things_named
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("口岸查验协管员和电子商务服务岗位加起来有多少个", ["口岸查验协管员", "电子商务服务"]),
        ("法律援助员、人民调解员一共多少岗位", ["法律援助员", "人民调解员"]),
        # the things listed in brackets, the count of them left out
        ("那两个项目（外科综合楼、中心血站）投资合计多少", ["外科综合楼", "中心血站"]),
        ("援阿中央企业跟河北省每年一共给多少岗位", ["援阿中央企业", "河北省"]),
    ],
)
def test_the_things_whose_total_is_asked(question, things) -> None:
    assert things_named(question) == things


@pytest.mark.parametrize(
    "question",
    [
        "法律援助员一共多少岗位",  # one thing: its figure, no sum
        "法律援助员和人民调解员是什么岗位",  # no total asked
    ],
)
def test_no_total_of_several_things(question) -> None:
    assert things_named(question) == []


@pytest.mark.parametrize(
    ("question", "sites"),
    [
        ("三处县级两处区级，一年下来加起来多少", {"县级": 3, "自治区级": 2}),
        ("一处国保一处县级 一共多少", {"全国重点": 1, "县级": 1}),
    ],
)
def test_sites_counted_by_level_with_a_sum_are_a_budget(question, sites) -> None:
    assert sites_by_level(question) == sites
    assert detect_calculator(question) == "custodian_pay"
    assert read_custodian(question)["mode"] == "budget"


@pytest.mark.parametrize(
    "question",
    [
        "两处自治区级文保单位要维修，一共多少钱",  # repairs: no wage bill
        "一处县级一处区级，一共几个人看管",  # people counted, not paid
    ],
)
def test_sites_counted_for_another_sum_are_no_budget(question) -> None:
    assert detect_calculator(question) != "custodian_pay"


def test_one_site_totalled_of_no_one_is_its_wage_bill() -> None:
    assert read_custodian("这一处县级文保点全年看管工资总共多少")["mode"] == "budget"
    # one person's months at one site stay that person's pay
    assert read_custodian("我守一处县级的点，一年一共多少")["mode"] == "person"
    assert read_custodian("一处自治区级点的看管员干了4个月，总共多少")["mode"] == "person"


# --- answers (the real model) --------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant():
    from assistant.engine import Assistant

    return Assistant()


def test_things_named_are_added_with_each_figure_cited(assistant) -> None:
    (answer,) = ask_turns(assistant, "法律援助员和人民调解员岗位一共有多少个")
    assert answer.status == "answered"
    assert "不少于20个" in answer.answer and "10个" in answer.answer
    assert labels(answer) == ["三、（一）4."]


def test_a_thing_given_two_sums_leaves_the_total_unsaid(assistant) -> None:
    # the plan's prose gives the 急诊楼 projects 1800万元 (四、（五）), its task table 6251.5万元
    (answer,) = ask_turns(assistant, "传染病院区跟急诊楼两个项目投资加起来是多少")
    assert "不同的写法" in answer.answer and "合计没有唯一的数" in answer.answer
    assert "1800万元" in answer.answer and "6251.5万元" in answer.answer
    assert not answer.facts  # no total is stated


def test_two_projects_of_one_task_row_get_their_own_sums(assistant) -> None:
    (answer,) = ask_turns(assistant, "多仁村公路和油返砂工程一共投资多少")
    assert "7199.79万元" in answer.answer  # 4849.79 + 2350, not 4849.79 twice


def test_a_value_in_an_item_of_a_long_article_is_found(assistant) -> None:
    (answer,) = ask_turns(assistant, "野外看管员隔多久要巡查一回")
    assert answer.status == "answered" and labels(answer)[0] == "第七条（三）"


def test_a_later_part_asking_how_often_is_answered(assistant) -> None:
    (answer,) = ask_turns(assistant, "搞文物工作的要参加安全培训吗，一年要培训几次")
    assert answer.status == "answered"
    assert "一、（三）" in labels(answer) and "每年不得少于一次" in answer.answer


def test_sites_of_two_levels_after_one_persons_pay_are_budgeted(assistant) -> None:
    *_, budget = ask_turns(
        assistant, "看管员一个月挣多少", "我们有一处县级的一处区级的，一年加起来要多少"
    )
    # 2 × 1200 × 12 + 2 × 1400 × 12
    assert Decimal(budget.calculation["result"]["budget"]) == Decimal("62400.00")


def test_a_later_stay_said_after_a_supposed_change_follows_the_first(assistant) -> None:
    first, supposed, later = ask_turns(
        assistant,
        "交250档，在二级医院住院花了1万，能报多少",
        "要是在三级医院呢",
        "不是，还是二级的，这是今年第二回住院，这次花了两万，报多少",
    )
    assert Decimal(first.calculation["result"]["payment"]) == Decimal("8820.00")  # (10000-200)×90%
    assert supposed.calculation["result"]["payment"] != first.calculation["result"]["payment"]
    # the second stay: (20000 − 140) × 90% = 17874; the first still counts
    assert Decimal(later.calculation["result"]["payment"]) == Decimal("17874.00")


def test_the_first_stay_still_counts_after_the_later_one(assistant) -> None:
    *_, total = ask_turns(
        assistant,
        "交250档，在二级医院住院花了1万，能报多少",
        "要是在三级医院呢",
        "不是，还是二级的，这是今年第二回住院，这次花了两万，报多少",
        "两次一共报了多少",
    )
    assert "2次" in total.answer and "26694.00" in total.answer  # 8820 + 17874


def test_a_permission_asked_of_a_banned_act_opens_with_the_verdict(assistant) -> None:
    (answer,) = ask_turns(assistant, "去文保单位参观，里面的壁画让不让拍")
    assert answer.answer.startswith("一般不可以：")  # 不得拍摄, with approval the unit may
    assert labels(answer)[0] == "第三十七条"


def test_the_exception_found_first_follows_its_ban(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物保护单位保护范围内可以搞建设吗")
    assert answer.answer.startswith("一般不可以：")
    assert answer.answer.index("不得进行其他建设工程") < answer.answer.index("但因特殊情况")


def test_a_ban_on_another_act_gives_no_verdict(assistant) -> None:
    # (the ban found is on state collections giving away or selling theirs, 出售: no verdict
    # on trading in general)
    (answer,) = ask_turns(assistant, "老百姓之间文物能买卖吗")
    assert not answer.answer.startswith(("不可以", "一般不可以"))


@pytest.mark.parametrize(
    ("question", "chinese"),
    [
        ("What are the contribution levels of the resident medical insurance?", "缴费档次有哪些"),
        ("Does the insurance pay for treatment abroad, for example in India?", "能报销吗"),
        ("Which villages still lack hardened roads?", "未通硬化路"),
    ],
)
def test_english_questions_read_in_the_gazettes_words(question, chinese) -> None:
    from assistant.english import to_chinese

    assert chinese in to_chinese(question)


def test_an_english_permission_after_a_greeting_is_answered_no(assistant) -> None:
    (answer,) = ask_turns(
        assistant, "Hello, I am visiting a temple in Zanda. Can I photograph the murals there?"
    )
    assert answer.answer.startswith("No")


def test_a_documents_own_post_beside_a_canned_word_is_not_declined(assistant) -> None:
    # 兽医 declines animal care, but the plan's 乡镇兽医岗位 is a post it counts
    (answer,) = ask_turns(assistant, "规划里给乡镇兽医岗位定了多少个名额")
    assert answer.status == "answered" and "不少于70个" in answer.answer


def test_a_home_county_said_as_a_circumstance_does_not_steer_the_look_up(assistant) -> None:
    # (噶尔县, the seat, is named all over the road plans: with it the look-up went there)
    (answer,) = ask_turns(assistant, "我家在噶尔县，院子里挖出个铜佛像，能自己留着不")
    (without,) = ask_turns(assistant, "院子里挖出个铜佛像，能自己留着不")
    assert labels(answer)[:1] == labels(without)[:1] == ["第二十一条"]


def test_a_found_thing_taken_home_is_what_the_finding_rule_forbids(assistant) -> None:
    (answer,) = ask_turns(assistant, "我在噶尔县放羊捡到一块刻经文的石头，能带回家吗")
    assert answer.status == "answered" and labels(answer)[0] == "第二十一条"
    assert answer.answer.startswith("不可以：")  # 不得哄抢、私分、藏匿


def test_a_home_county_whose_own_tasks_are_asked_stays_in_the_look_up(assistant) -> None:
    (answer,) = ask_turns(assistant, "我家在日土县，县里的农村客运班车啥时候开通")
    assert "日土县" in answer.answer


def test_a_wh_word_in_a_condition_asks_nothing() -> None:
    from assistant.frame import FactType, read_frame

    assert read_frame("要是哪个县没完成任务，会怎么处理").fact is not FactType.BODY
    assert read_frame("万一哪天没交上，会怎样").fact is not FactType.DATE
    # a wh-word asked after the condition still asks
    assert read_frame("要是文物被盗了，向谁报告").fact is FactType.BODY


def test_may_one_leave_is_decided_by_the_ban_and_its_leave(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物安全培训中途有急事，可以提前离开吗")
    assert labels(answer)[0] == "一、（四）" and "方可退训" in answer.answer


def test_a_correction_of_age_after_the_kin_is_read() -> None:
    from assistant.frame import read_frame

    assert read_frame("不对，我妈其实才58").person.age == 58
    assert read_frame("我爷爷实际上已经70了").person.age == 70
    assert read_frame("我爸才交了3个月").person.age is None  # months, not an age


def test_the_people_computed_one_by_one_are_added_as_a_group(assistant) -> None:
    *_, total = ask_turns(
        assistant,
        "我奶奶今年63，医保还要交吗",
        "我是低保户，我交多少",
        "我儿子交120档，他交多少",
        "那我们三个人（奶奶、我、儿子）一共要交多少",
    )
    assert total.status == "calculated"
    # 0 (女年满60) + 0 (低保) + 120, every line kept (a list line's number is no figure)
    assert "120.00 元" in total.answer.split("\n")[0]
    assert len([x for x in total.answer.split("\n") if x[:2] in ("1.", "2.", "3.")]) == 3


def test_a_person_changed_then_the_group_total(assistant) -> None:
    *_, changed = ask_turns(
        assistant,
        "我爷爷68了，医保要交吗",
        "我交120档，交多少",
        "说错了，我爷爷其实才62，他也交120档，我们俩一共交多少",
    )
    assert Decimal(changed.calculation["result"]["individual"]) == Decimal("120.00")
    assert "240.00" in changed.answer.split("\n")[0]


def test_the_asker_after_a_relatives_case_is_not_given_the_relatives_age(assistant) -> None:
    old, mine = ask_turns(assistant, "我姥爷今年70了，医保还要交钱吗", "我选的250档，我交多少")
    assert Decimal(old.calculation["result"]["individual"]) == Decimal("0.00")
    assert Decimal(mine.calculation["result"]["individual"]) == Decimal("250.00")


def test_results_summed_keep_their_count_line(assistant) -> None:
    # (no 3 in 第十二条: the count of results added is the conversation's own figure)
    *_, total = ask_turns(
        assistant,
        "县级看管员干4个月工资多少",
        "自治区级的干5个月呢",
        "县级的干7个月呢",
        "这三个加起来多少",
    )
    assert total.answer.startswith("按本次对话里算过的3次")
    assert "4800.00 + 7000.00 + 8400.00 = 20200.00" in total.answer


def test_a_total_and_the_cap_left_is_the_tally_not_a_difference(assistant) -> None:
    *_, tally = ask_turns(
        assistant,
        "交120档，二级医院住院花了1万，报多少",
        "后来又住了一次，二级医院，花了6千，报多少",
        "两回加一块报了多少，离封顶还差多少",
    )
    # 7350 (9800×75%) + 4395 ((6000−140)×75%) = 11745; 60000 − 11745 = 48255
    assert "11745.00" in tally.answer and "48255.00" in tally.answer
    assert "相差" not in tally.answer


def test_a_count_of_years_after_a_year_is_no_amount() -> None:
    from assistant.frame import read_frame

    assert not read_frame("2024和2025两年一共多少人").malformed


def test_things_added_to_something_said_before_are_not_summed_alone() -> None:
    assert things_named("再加上法律援助员和人民调解员，三个一共多少岗位") == []
    assert things_named("法律援助员和人民调解员，三个一共多少岗位") == []  # three said, two named


def test_a_ban_on_doing_it_without_leave_is_said_as_generally_not(assistant) -> None:
    (answer,) = ask_turns(assistant, "庙里的石刻我可以自己拓一份吗")
    assert labels(answer)[0] == "第三十八条" and answer.answer.startswith("一般不可以：")


def test_no_verdict_from_a_ban_on_another_place_than_the_one_asked(assistant) -> None:
    # (the 保护范围's ban is not the rule of the 建设控制地带, where building is approved)
    (answer,) = ask_turns(assistant, "我家房子在文保单位的建设控制地带内，可以翻建吗")
    assert not answer.answer.startswith(("不可以", "一般不可以"))


def test_a_member_added_with_a_standing_pays_by_it(assistant) -> None:
    *_, added, corrected = ask_turns(
        assistant,
        "我交250档，我媳妇交60档，两个人一共交多少",
        "把我弟也算上，他是建档立卡贫困户，一共多少",
        "说错了，我弟是特困供养人员，不是建档立卡，一共多少",
    )
    assert "370.00" in added.answer.split("\n")[0]  # 250 + 60 + 60 (第十八条（四）)
    assert "310.00" in corrected.answer.split("\n")[0]  # 250 + 60 + 0 (第十八条（三）)


def test_a_rank_said_for_one_member_is_no_note_on_anothers_tier() -> None:
    from assistant.frame import read_frame

    frame = read_frame("我交最便宜那档，我老公交250的，俩人一共交多少")
    assert not any("最便宜" in r for r in frame.readings)


def test_one_levels_months_changed_inside_a_budget_keep_the_others(assistant) -> None:
    *_, budget, changed = ask_turns(
        assistant,
        "看管员工资怎么算",
        "我们有两处县级的一处自治区级的，一年一共多少",
        "自治区级那处只请了半年，也就是6个月，重新算一下",
    )
    # 2 × 2 × 1200 × 12 + 1 × 2 × 1400 × 12 = 57600 + 33600
    assert Decimal(budget.calculation["result"]["budget"]) == Decimal("91200.00")
    # 57600 + 1 × 2 × 1400 × 6 = 57600 + 16800
    assert changed.answer.startswith("野外文物看管人员工资：工资预算 74400.00 元")


# --- found by an independent review of this session's change -------------------------------


@pytest.mark.parametrize(
    ("said", "value"), [("花了3万/次", "30000"), ("3千/月", "3000"), ("2万%", "20000")]
)
def test_a_sums_magnitude_stays_before_a_slash_or_percent(said, value) -> None:
    from assistant.calculators.amounts import scan_amounts

    assert [str(a.value) for a in scan_amounts(said).amounts][:1] == [value]


def test_a_group_total_never_mixes_a_budget_and_a_persons_pay(assistant) -> None:
    *_, mixed = ask_turns(
        assistant, "一处县级一处区级，一年加起来多少", "我爸在县级文物点干了5个月，我们一共多少"
    )
    assert mixed.status == "calculated"  # (a KeyError before: budget and pay added)


def test_a_group_counted_otherwise_than_the_cases_is_not_totalled(assistant) -> None:
    *_, couple = ask_turns(
        assistant,
        "我爸交60档，他交多少",
        "我交120档，交多少",
        "我老婆交250档，我们两口子一共多少",
    )
    assert "3人合计" not in couple.answer


def test_an_english_generally_not_is_no(assistant) -> None:
    (answer,) = ask_turns(assistant, "Is it allowed to film the frescoes in a monastery?")
    assert answer.answer.startswith("No")


def test_entering_is_not_the_building_a_ban_names(assistant) -> None:
    (answer,) = ask_turns(assistant, "老百姓能进文物保护单位的保护范围吗")
    assert not answer.answer.startswith(("不可以", "一般不可以"))


def test_each_members_corrected_standing_is_their_own(assistant) -> None:
    *_, corrected = ask_turns(
        assistant,
        "我交250，我姐姐交120，我弟弟交60，一共多少",
        "不对，我姐姐是建档立卡贫困户，我弟弟是低保户",
    )
    assert "310.00" in corrected.answer.split("\n")[0]  # 250 + 60 + 0


def test_a_group_members_figure_and_each_ones_figure_make_no_total(assistant) -> None:
    (grouped,) = ask_turns(assistant, "医师和法律援助员一共多少个岗位")
    assert "合计算不出" in grouped.answer and not grouped.facts
    (each,) = ask_turns(assistant, "驻阿央企跟民营企业一年加起来多少个岗位")
    assert "各自的数" in each.answer and not each.facts


def test_a_personal_account_look_up_is_still_declined(assistant) -> None:
    (answer,) = ask_turns(assistant, "帮我查查我的医保账户还有多少余额")
    assert answer.status == "out_of_scope"  # (never 第二十六条 on household accounts)


def test_money_after_an_adverb_is_no_age() -> None:
    from assistant.frame import read_frame

    assert read_frame("他才2w的工资，交得起250吗").person.age is None
