"""Classes of question handled in the twenty-sixth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.calculators import run
from assistant.calculators.understanding import stay_cases
from assistant.state import State
from tests.conversation import ask_turns


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "老公今年住了两回院，头一回在县医院花了9千，另一回去地区医院花了2万5，交的60",
            [("inpatient", "9000", "二级"), ("inpatient", "25000", "三级")],
        ),
        (
            "第一次乡卫生院3000，第二次三甲医院4万，此外门特糖尿病6000，交120档一共报多少",
            [
                ("inpatient", "3000", "乡镇卫生院"),
                ("inpatient", "40000", "三级"),
                ("special_outpatient", "6000", None),
            ],
        ),
    ],
)
def test_each_stated_case_keeps_its_own_level(question, expected) -> None:
    cases = stay_cases(question)
    assert [(c.calculator, c.cost, c.slots.get("level")) for c in cases] == expected


def test_a_special_outpatient_bill_without_its_condition_is_paid_at_the_tiers_ratio() -> None:
    result = run("special_outpatient", {"tier": 120, "disease": "门诊特殊病", "cost": "8000"})
    assert result.result["payment"] == "5600.00"  # 8000 × 70%, 第二十四条（二）
    assert any("未说明病种" in n for n in result.notes)
    named = run("special_outpatient", {"tier": 120, "disease": "痛风", "cost": "8000"})
    assert named.result["payment"] == result.result["payment"]


def _payments(response) -> list[str]:
    return re.findall(r"支付 ([\d.]+) 元。（", response.answer)


def test_stays_at_different_levels_and_a_special_bill_in_one_sentence(assistant) -> None:
    (response,) = ask_turns(
        assistant,
        "我婆婆今年62了，交的120，第一次在地区医院住院花了3万，第二次县医院1万，另外门诊特殊病8000，一共报多少",
    )
    assert response.status == "calculated", response.answer
    # (30000−400)×70% = 20720; (10000−140)×75% = 7395; 8000×70% = 5600
    assert _payments(response) == ["20720.00", "7395.00", "5600.00"]
    assert "33715.00" in response.answer.split("\n")[0]


def test_the_first_stays_figures_are_shown_with_the_total(assistant) -> None:
    (response,) = ask_turns(assistant, "交250档，住了两次县医院，一次花了1万，一次花了6千，报多少")
    assert response.status == "calculated", response.answer
    # (10000−200)×90% = 8820; (6000−140)×90% = 5274
    assert _payments(response) == ["8820.00", "5274.00"]
    assert "（10000.00 − 200.00）× 90% = 8820.00" in response.answer


def test_a_new_tier_or_person_recomputes_every_stated_case(assistant) -> None:
    first, tier, person = ask_turns(
        assistant,
        "交250档，第一次三级医院住院2万，第二次乡镇卫生院5000，一共报多少",
        "那要是交的60呢",
        "换成我舅舅呢，他交的120",
    )
    # 250: (20000−400)×85% = 16660; (5000−70)×90% = 4437
    assert _payments(first) == ["16660.00", "4437.00"]
    # 60: (20000−400)×60% = 11760; (5000−70)×70% = 3451
    assert _payments(tier) == ["11760.00", "3451.00"], tier.answer
    # 120: (20000−400)×70% = 13720; (5000−70)×75% = 3697.50
    assert _payments(person) == ["13720.00", "3697.50"], person.answer


def test_why_names_one_of_the_stated_stays(assistant) -> None:
    state = State()
    assistant.ask(
        "交120档，今年住了两回，第一次三级医院2万，第二次二级医院1万，另外门特5000", state
    )
    why = assistant.ask("第二次为什么起付线是140", state)
    assert why.status == "answered", why.answer
    assert why.answer.startswith("第2次住院"), why.answer
    assert "140.00" in why.answer


def test_a_changed_stay_level_stays_with_the_last_case(assistant) -> None:
    state = State()
    assistant.ask("交250档，三级医院住了两次院，一次花了2万，一次花了3万，报多少", state)
    changed = assistant.ask("那第二次要是在二级医院呢", state)
    assert changed.status == "calculated", changed.answer
    # the second stay alone, at 二级: (30000 − 140) × 90% = 26874, the first's 16660 still paid
    assert changed.calculation["result"]["payment"] == str(Decimal("26874.00"))


@pytest.mark.parametrize(
    "question, persons, exempt",
    [
        ("我42，媳妇40，三个孩子12岁9岁5岁，都交60档，一共交多少", 5, 0),
        ("我和老公还有女儿都选250，总共要交多少", 3, 0),
        ("奶奶83，我爸我妈都五十多，都交120，一共交多少", 3, 1),
    ],
)
def test_a_household_listed_member_by_member_is_summed(question, persons, exempt) -> None:
    from assistant.calculators.understanding import understand

    reading = understand(question)
    assert reading is not None and reading.calculator == "contribution"
    assert reading.inputs["persons"] == persons
    assert reading.inputs.get("exempt_persons", 0) == exempt


def _total(response) -> str:
    return re.search(r"合计个人缴费 ([\d.]+) 元", response.answer).group(1)


def test_a_household_member_added_or_exempted_later_changes_the_sum(assistant) -> None:
    listed, added, tier, disabled = ask_turns(
        assistant,
        "我38，老公41，两个孩子10岁6岁，都交60档，一共交多少",
        "把我婆婆也算上，她72了",
        "要是都改成120档呢，一共多少",
        "我老公是一级残疾，那一共多少",
    )
    assert _total(listed) == "240.00", listed.answer  # 4 × 60
    assert _total(added) == "240.00", added.answer  # she is 72: 第十八条（二）
    assert _total(tier) == "480.00", tier.answer  # 4 × 120
    assert _total(disabled) == "360.00", disabled.answer  # he pays nothing: 第十八条（三）
    assert "第十八条（三）" in disabled.answer


def test_a_days_bed_charge_without_a_bill_is_answered_by_the_standard(assistant) -> None:
    (response,) = ask_turns(assistant, "二级医院床位一天要100，床位费能报多少")
    assert response.status == "answered", response.answer
    assert "60元/床日" in response.answer.split("\n")[0]


@pytest.mark.parametrize(
    "typed, meant",
    [("交了60挡 住院", "交了60档 住院"), ("250裆的报多少", "250档的报多少")],
)
def test_a_tiers_measure_typed_by_sound_is_read_and_said(typed, meant) -> None:
    from assistant.typos import Typos

    fixed, fixes = Typos.build("").correct(typed)
    assert fixed == meant
    assert fixes and fixes[-1][1] == "档"


@pytest.mark.parametrize(
    "question",
    ["60档的在乡镇卫生院住院报销比例", "交120的县医院住院起付线", "自治区级文物点看管员工资"],
)
def test_a_question_typed_as_a_title_is_not_a_statement(question) -> None:
    from assistant.dialogue import said_of_oneself

    assert said_of_oneself(question) is None
    assert said_of_oneself("我交的120档") is not None


def test_a_why_naming_another_tier_asks_the_rule_not_the_last_result(assistant) -> None:
    _, why = ask_turns(
        assistant,
        "交120档，乡镇卫生院住院花了6000，报多少",
        "为什么250档在三级医院只报85%",
    )
    assert why.status == "answered", why.answer
    first = why.answer.split("\n")[0]
    assert "85%" in first and "是这样算的" not in first, why.answer
    assert why.citations[0].label.startswith("第二十二条"), why.citations[0].label


def test_the_same_stay_in_the_next_year_starts_the_cap_again(assistant) -> None:
    _, capped, next_year = ask_turns(
        assistant,
        "交120档，三级医院住院花了9万，报多少",
        "后来又在二级医院住了一次，花了1万",
        "要是第二次是在明年呢",
    )
    assert capped.calculation["result"]["payment"] == "0.00", capped.answer
    # a new year: a first stay again, (10000 − 200) × 75%, nothing paid yet against the cap
    assert next_year.calculation["result"]["payment"] == "7350.00", next_year.answer
    assert "新的一个年度" in next_year.answer


@pytest.mark.parametrize(
    "question, said",
    [
        # a topic, then what its sentence says of it
        ("尚未核定公布的不可移动文物由谁来登记", "县级人民政府文物行政部门"),
        # a phrase that only sets up its sentence
        ("客运推进中推诿拖延的会怎么处理", "移交纪检监察部门"),
    ],
)
def test_a_lead_is_never_a_topic_or_a_setting_alone(assistant, question, said) -> None:
    (response,) = ask_turns(assistant, question)
    assert said in response.answer.split("\n")[0], response.answer


def test_she_or_he_says_the_persons_sex(assistant) -> None:
    from assistant.frame import read_frame

    assert read_frame("她今年62了还要交医保吗").person.sex == "女"
    assert read_frame("他今年66，还用交钱吗").person.sex == "男"
    (response,) = ask_turns(assistant, "她今年61岁了，医保还要自己交钱吗")
    assert response.status != "follow_up", response.answer
    assert "第十八条" in response.answer


@pytest.mark.parametrize(
    "question, label",
    [
        ("文物点的老房子能拆吗", "第十六条"),
        ("寺里的佛像能送给朋友吗", "第二十七条"),
        ("祖上传下来的老物件可以卖吗", "第三十二条"),
        ("私人收藏的文物能买卖吗", "第三十二条"),
    ],
)
def test_whether_an_act_is_allowed_is_decided_by_the_rule_for_its_holder(
    assistant, question, label
) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "answered", response.answer
    assert response.citations[0].label == label, (response.citations[0].label, response.answer)


@pytest.mark.parametrize(
    "question, said",
    [
        ("野外文物看管员的工资从哪出钱", "地区财政"),
        ("考古调查的费用谁来出", "建设单位"),
    ],
)
def test_where_the_money_comes_from_leads(assistant, question, said) -> None:
    (response,) = ask_turns(assistant, question)
    assert said in response.answer.split("\n")[0], response.answer


def test_each_ones_share_is_the_piece_asked_not_the_whole(assistant) -> None:
    (response,) = ask_turns(assistant, "四好农村路养护补贴各县每年多少")
    first = response.answer.split("\n")[0]
    assert "100万元" in first and "350万元" not in first, response.answer


def test_a_private_recipient_is_not_a_private_holder(assistant) -> None:
    (response,) = ask_turns(assistant, "寺庙能把寺藏的唐卡卖给私人收藏家吗")
    assert response.citations[0].label == "第二十七条", response.answer


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "交120档，先在乡镇卫生院住了花了3000，又去县医院花了8千，最后转到地区医院花了2万",
            [("乡镇卫生院", "3000"), ("二级", "8000"), ("三级", "20000")],
        ),
        (
            "今年头一回在一级医院住院4千，后来在三级医院又住了一次1万2",
            [("一级", "4000"), ("三级", "12000")],
        ),
    ],
)
def test_stays_told_one_after_another_keep_their_own_level(question, expected) -> None:
    cases = stay_cases(question)
    assert [(c.slots.get("level"), c.cost) for c in cases] == expected


def test_so_many_stays_of_one_cost_each() -> None:
    cases = stay_cases("交60，在乡卫生院住了三次院，每次2千，一共报多少")
    assert [c.cost for c in cases] == ["2000"] * 3


def test_special_bills_of_two_conditions_and_a_stay_after_a_bill(assistant) -> None:
    (two,) = ask_turns(assistant, "交250档，痛风门特3000，冠心病门特2000，一共报多少")
    assert two.status == "calculated", two.answer
    assert _payments(two) == ["2700.00", "1800.00"]  # 90% each, no deductible
    assert "2项门诊特殊病" in two.answer.split("\n")[0]
    (then,) = ask_turns(assistant, "交60档，糖尿病门特花了5000，又在二级医院住院花了1万")
    # 5000 × 60% = 3000; (10000 − 200) × 65% = 6370
    assert _payments(then) == ["3000.00", "6370.00"], then.answer


def test_a_birth_stay_does_not_make_the_next_stay_a_birth(assistant) -> None:
    (response,) = ask_turns(
        assistant, "媳妇交120，在县医院生娃花了6千，后来又因为肺炎在县医院住院5千，一共报多少"
    )
    # the birth in full (第二十九条（二）); the second stay: (5000 − 140) × 75% = 3645
    assert _payments(response) == ["6000.00", "3645.00"], response.answer


@pytest.mark.parametrize(
    "question",
    ["地区人民医院现在已经是三甲医院了吗", "高校毕业生就业率实际达到90%了没有"],
)
def test_what_came_of_a_plan_is_not_in_a_plan(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "out_of_scope", response.answer
    assert response.answer.startswith("公报只写了当时的计划和目标"), response.answer
    assert response.citations, "the plan's aim is the nearest rule"


@pytest.mark.parametrize(
    "question, allowed",
    [
        ("文物保护单位保护范围里能挖个地窖吗", "批准"),  # the ban, and 但因特殊情况…批准
        ("古建筑塌光了能原地重建吗", "报原核定公布机关批准"),
        ("县博物馆和地区博物馆能互相借文物吗", "批准"),
    ],
)
def test_a_ban_is_said_with_the_way_it_is_allowed(assistant, question, allowed) -> None:
    (response,) = ask_turns(assistant, question)
    assert allowed in response.answer.split("\n")[0], response.answer


def test_household_members_on_tiers_of_their_own_are_each_computed(assistant) -> None:
    from assistant.calculators.understanding import stated_members

    question = "我45交120，媳妇43交250，闺女是孤儿院领养的孤儿，奶奶81，儿子15交60，全家一共交多少"
    members = stated_members(question)
    assert [m.kin for m in members] == ["我", "媳妇", "闺女", "奶奶", "儿子"]
    (response,) = ask_turns(assistant, question)
    assert response.status == "calculated", response.answer
    # 120 + 250 + 0 (孤儿, 第十八条（三）) + 0 (女 ≥ 60, 第十八条（二）) + 60
    assert response.answer.startswith("全家5人个人缴费合计 430.00 元"), response.answer
    assert stated_members("我35，老婆33，两个娃8岁3岁，都选120档，一共交多少") == []


def test_a_relic_question_that_names_a_film_is_still_about_the_documents(assistant) -> None:
    from assistant.frame import Intent, read_frame

    assert read_frame("博物馆的藏品能借给剧组拍电影吗").intent is not Intent.OFF_TOPIC
    assert read_frame("推荐几部好看的电影").intent is Intent.OFF_TOPIC


@pytest.mark.parametrize("question", ["交医保一年多少钱", "参加城乡居民医保一年要交多少"])
def test_what_one_pays_is_not_what_one_pays_back_after_a_lapse(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    first = response.answer.split("\n")[0]
    assert "60元、120元、250元" in first and "补缴" not in first, response.answer


def test_a_lapse_told_still_gets_the_pay_back_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "过了缴费期没交上，还能补交吗")
    assert "补缴" in response.answer.split("\n")[0], response.answer


def test_an_act_done_to_someone_is_not_a_word_that_shares_its_character() -> None:
    from assistant.compose import _bare_act

    # (借给 is 借用/出借 — never the 借 of 借机谋取私利)
    assert _bare_act("博物馆里的文物能借给别的单位吗") == "借给"
    assert _bare_act("野外文物能拆吗") == "拆"


def test_when_cover_starts_after_paying_back_is_the_pay_back_rule(assistant) -> None:
    _, when = ask_turns(assistant, "断缴了半年，补交的话交多少", "补好了以后啥时候能用")
    assert "次月" in when.answer.split("\n")[0], when.answer


def test_a_household_computed_member_by_member_changes_one_member_later(assistant) -> None:
    first, disabled, tier, added = ask_turns(
        assistant,
        "我50交120，老婆48交250，女儿20交60，全家一共交多少",
        "我女儿是一级残疾，那一共多少",
        "要是都交250呢",
        "把我妈也算上，她70了",
    )
    assert first.answer.startswith("全家3人个人缴费合计 430.00 元"), first.answer
    assert disabled.answer.startswith("全家3人个人缴费合计 370.00 元"), disabled.answer
    assert tier.answer.startswith("全家3人个人缴费合计 500.00 元"), tier.answer
    assert added.answer.startswith("全家4人个人缴费合计 500.00 元"), added.answer
