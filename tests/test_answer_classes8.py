"""Classes of question handled in the eighth session (real model; sentences written for this
test, not taken from any evaluation table)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.engine import State
from tests.conversation import labels

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "article", "contains"),
    [
        # a bare act asked after its modal is decided by the rule that forbids it, even when
        # the words of the thing pull toward another document (野外文物 → the custodian rules)
        ("野外的文物点可以拆吗", "第十六条", "拆毁"),
        ("那座古塔能不能拆", "第十六条", "拆毁"),
        # ... by the narrower rule when two forbid it (出售 of temple holdings)
        ("寺里收藏的老佛像可以卖掉吗", "第二十七条", "出售"),
        # ... or by the listed misconduct that names it when no rule forbids it
        ("社保卡可以借吗", "第四十五条（一）", "借给他人"),
    ],
)
def test_a_bare_act_is_decided_by_the_rule_that_forbids_it(
    assistant, question, article, contains
) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert labels(response)[0] == article, response.answer
    assert contains in response.answer


@pytest.mark.parametrize(
    ("opening", "turn", "article", "member"),
    [
        # whether a thing is on the list the last answer quoted: that list decides it, by the
        # thing's words, by a condition it falls under (尿毒症 → 慢性肾功能衰竭), or by most words
        ("门诊特殊病都包括哪些", "那精神分裂症算不算", "第二十四条（一）", "精神分裂症"),
        ("门诊特殊病都包括哪些", "肾衰竭在里面吗", "第二十四条（一）", "慢性肾功能衰竭"),
        ("医保哪些情况不给报", "酗酒受伤呢", "第三十条", "酗酒"),
        ("看管员在哪些情况下会被解聘", "私自把文物资料给别人算吗", "第十七条", "重要文物信息"),
    ],
)
def test_a_member_of_the_last_list(assistant, opening, turn, article, member) -> None:
    state = State()
    assistant.ask(opening, state)
    response = assistant.ask(turn, state)
    assert response.status == "answered", response.answer
    assert labels(response)[0] == article, response.answer
    assert response.answer.startswith("是的") and member in response.answer


def test_a_thing_the_last_list_does_not_name_is_said_not_listed(assistant) -> None:
    state = State()
    assistant.ask("门诊特殊病都包括哪些", state)
    response = assistant.ask("白内障算吗", state)
    assert labels(response)[0] == "第二十四条（一）"
    assert "没有“白内障”" in response.answer


def test_a_standing_fact_said_earlier_is_not_asked_again(assistant) -> None:
    # the site level said in a statement, then a rule question, then a calculation
    state = State()
    first = assistant.ask("我在噶尔县守一处县级文物点", state)
    assert first.status == "answered" and "县级" in first.answer
    monthly = assistant.ask("看管员一个月工资多少", state)
    assert monthly.status == "calculated", monthly.answer
    assert monthly.calculation["result"]["pay"] == "1200.00" and "前面说的" in monthly.answer
    paid = assistant.ask("今年守了7个月 一共发多少", state)
    assert paid.status == "calculated", paid.answer
    assert paid.calculation["result"]["pay"] == "8400.00"


def test_a_tier_stated_alone_is_kept_for_the_next_case(assistant) -> None:
    state = State()
    noted = assistant.ask("我们家交的是60的档", state)
    assert noted.status == "answered" and "60 元档" in noted.answer
    case = assistant.ask("县医院住院花了8千 能报多少", state)
    assert case.status == "calculated", case.answer
    assert case.calculation["inputs"]["tier"] == 60


def test_the_cap_asked_after_stays_says_what_is_left(assistant) -> None:
    state = State()
    assistant.ask("交120档 地区医院住院花了3万", state)
    paid = Decimal(state.payments[-1].amount)
    response = assistant.ask("那最多一年给报多少", state)
    assert labels(response)[0] == "第二十三条", response.answer
    assert f"{Decimal(60000) - paid:.2f}" in response.answer


def test_what_the_fund_paid_in_the_conversation_is_tallied_by_person(assistant) -> None:
    state = State()
    first = assistant.ask("我在日土 家里交的250 小孩在县医院住院花了5千", state)
    second = assistant.ask("我本人也在地区医院住了一回 花了一万", state)
    child, mine = (Decimal(r.calculation["result"]["payment"]) for r in (first, second))
    response = assistant.ask("两个人加起来一共报了多少", state)
    assert response.status == "answered", response.answer
    assert f"{child + mine:.2f}" in response.answer
    assert f"{Decimal(60000) - child:.2f}" in response.answer  # the child's own cap left
    assert labels(response)[0] == "第二十三条"


def test_an_amount_asked_after_a_benefit_is_money_and_declined_when_unstated(
    assistant,
) -> None:
    # the graduates' plan names a 生活补贴 but no monthly sum: a count of posts is no answer
    state = State()
    assistant.ask("毕业生到企业就业给不给补贴", state)
    response = assistant.ask("每月给多少", state)
    assert response.status == "out_of_scope", response.answer
    assert "文件没有规定" in response.answer


@pytest.mark.parametrize(
    ("turns", "key", "value"),
    [
        # a site guarded (守, its level after 守/看) with pay asked is a custodian's pay
        (("我在县级文物点守了一年多了 给我算算工资", "算6个月的"), "pay", "7200.00"),
        (("我阿哥守的是自治区级的 干了11个月",), "pay", "15400.00"),
        (("三处自治区级野外点 全年看管经费要多少",), "budget", "100800.00"),
    ],
)
def test_a_site_guarded_is_a_custodians_pay(assistant, turns, key, value) -> None:
    state = State()
    *_, last = [assistant.ask(t, state) for t in turns]
    assert last.status == "calculated", last.answer
    assert last.calculation["result"][key] == value


def test_a_correction_said_as_not_this_but_that_replaces_the_level(assistant) -> None:
    state = State()
    assistant.ask("交120 地区医院住院 花了8千", state)
    corrected = assistant.ask("不是地区医院，是县医院", state)
    assert corrected.status == "calculated", corrected.answer
    assert corrected.calculation["inputs"]["level"] == "二级"


def test_a_circumstance_the_case_lacked_recomputes_it(assistant) -> None:
    state = State()
    assistant.ask("县级点看管员干了6个月 工资多少", state)
    response = assistant.ask("要是他看的点出了重大看管事故 还能拿到钱吗", state)
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["pay"] == "0.00"


@pytest.mark.parametrize(
    ("turns", "step"),
    [
        # a why in other words: the step that limited or raised the result
        (("交60 一级医院住院花了6万", "又住了一回 一级医院 花了3万", "咋第二次几乎没报"), "限额"),
        (("建档立卡户 交120 县医院第一次住院 花了一万", "怎么比同村的报得多"), "建档立卡"),
    ],
)
def test_a_why_in_other_words_explains_the_deciding_step(assistant, turns, step) -> None:
    state = State()
    *_, why = [assistant.ask(t, state) for t in turns]
    assert why.status == "answered", why.answer
    assert why.answer.startswith("上一次") and step in why.answer


def test_a_turn_that_sets_the_last_topic_aside_does_not_lean_on_it(assistant) -> None:
    state = State()
    assistant.ask("我姐夫在县医院住院 第一次 花了七千", state)  # a tier is asked for
    first = assistant.ask("这个先不说 寺庙的壁画能拍照吗", state)
    assert labels(first)[0] == "第三十七条", first.answer
    then = assistant.ask("要是做研究一定得拍呢", state)
    assert labels(then)[0] == "第三十七条", then.answer


def test_a_bare_act_done_at_will_is_decided_by_the_rule_that_forbids_it(assistant) -> None:
    # 随便/自己 between the modal and the act do not hide the act
    response = assistant.ask("文保单位范围里能不能随便挖", State())
    assert labels(response)[0] == "第十三条", response.answer
    assert "挖掘" in response.answer


@pytest.mark.parametrize(
    "question",
    [
        # details of a job the rules leave open: what is issued to the custodian, renewal
        "看管员平时发不发对讲机",
        "看管员有没有统一的工作服",
        "看管协议满一年以后是不是自动续",
    ],
)
def test_details_a_custodians_rules_leave_open_are_declined(assistant, question) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope", response.answer
    assert "文件没有规定" in response.answer


def test_a_bare_thing_after_a_membership_question_is_asked_of_the_same_list(assistant) -> None:
    state = State()
    assistant.ask("门诊特殊病包括哪几种病", state)
    assistant.ask("癫痫算不算", state)
    response = assistant.ask("那近视眼呢", state)
    assert labels(response)[0] == "第二十四条（一）", response.answer
    assert "没有“近视眼”" in response.answer
