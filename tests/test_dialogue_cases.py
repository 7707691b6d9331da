"""Which case a turn computes: one more stay, another person's case, a person and a tier
(real model; dialogues written for this test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.engine import State

pytestmark = pytest.mark.slow


def _payment(response) -> Decimal:
    assert response.status == "calculated", response.answer
    return Decimal(response.calculation["result"]["payment"])


def test_one_more_stay_is_the_next_admission_and_counts_against_the_cap(assistant) -> None:
    state = State()
    first = _payment(assistant.ask("交的120档，二级医院住院花了4万", state))
    # "又住了一次" says one more stay, not "the first": 70% deductible, and the 6万 cap counts
    second = assistant.ask("后来又住了一次，又花了4万", state)
    assert second.calculation["inputs"]["admission"] == 2
    assert _payment(second) <= Decimal("60000") - first


def test_a_stay_history_is_not_carried_into_a_new_full_question(assistant) -> None:
    state = State()
    assistant.ask("我交60档，一级医院住院花了5000", state)
    assistant.ask("第二次住院呢？", state)
    fresh = assistant.ask("我交的250，三级医院住院花了1.2w，报多少", state)
    # another tier is another person: a first stay, not the third of the tally before
    assert fresh.calculation["inputs"]["tier"] == 250
    assert fresh.calculation["inputs"]["admission"] == 1
    assert _payment(fresh) == Decimal("9860.00")  # (12000 − 400) × 85%


def test_another_tier_is_another_persons_case(assistant) -> None:
    state = State()
    assistant.ask("我交120档，二级医院住院花了1万", state)
    # the level of the first case is not silently reused for a case with another tier
    response = assistant.ask("我交250档，住院花了3万", state)
    assert response.status == "follow_up"
    assert "level" in response.follow_up["missing"]


def test_a_person_and_the_tier_paid_compute_the_contribution(assistant) -> None:
    state = State()
    assistant.ask("看管员一个月工资多少？", state)
    response = assistant.ask("我奶奶57，交的60档", state)
    assert response.status == "calculated"
    assert response.calculation["calculator"] == "contribution"
    assert response.calculation["result"]["individual"] == "60.00"


def test_a_question_for_another_calculation_is_not_the_answer_to_a_pending_one(assistant) -> None:
    state = State()
    assert assistant.ask("我爸62，医保要交多少", state).status == "follow_up"  # asks the tier
    # the tier in a hospital question belongs to that question, not to the pending one
    response = assistant.ask("交的120档，二级医院住院花了1万，报多少", state)
    assert response.calculation["calculator"] == "inpatient"
    assert _payment(response) == Decimal("7350.00")  # (10000 − 200) × 75%


def test_several_stays_in_one_sentence_are_each_computed_against_one_cap(assistant) -> None:
    state = State()
    response = assistant.ask("120档 二级医院 今年住了3次 分别花了3万、3万和4万，报多少", state)
    assert response.status == "calculated"
    # (30000−200)×75% = 22350; second: (30000−140)×75% = 22395; third: capped at what is left
    assert "22350.00" in response.answer and "22395.00" in response.answer
    assert "60000.00" in response.answer.split("\n")[0]  # the total the fund pays, first
    assert [p.admission for p in state.payments] == [1, 2, 3]
    assert state.paid_this_year() == Decimal("60000.00")


def test_stays_waiting_for_a_missing_input_are_computed_when_it_comes(assistant) -> None:
    state = State()
    assert assistant.ask("住院两次，第一次花了6千，第二次花了9千，能报多少", state).status == (
        "follow_up"
    )
    assistant.ask("我是60档", state)
    response = assistant.ask("在一级医院", state)
    assert response.status == "calculated"
    assert len(state.payments) == 2


def test_stating_ones_case_after_a_rule_question_asks_for_what_is_missing(assistant) -> None:
    state = State()
    assistant.ask("住院的话医保给报多少？", state)
    stated = assistant.ask("我们交的是250的，在县医院", state)
    assert stated.status == "follow_up" and stated.follow_up["missing"] == ["cost"]
    response = assistant.ask("一共花了九千", state)
    assert _payment(response) == Decimal("7920.00")  # (9000 − 200) × 90%


def test_the_same_case_for_another_person_is_recomputed_and_says_so(assistant) -> None:
    state = State()
    first = _payment(assistant.ask("交60档，乡镇卫生院住院花了3000，报多少", state))
    response = assistant.ask("那我爷爷呢", state)
    assert _payment(response) == first
    assert "我爷爷" in response.answer and "条件" in response.answer


def test_months_worked_at_a_site_level_are_a_custodians_pay(assistant) -> None:
    response = assistant.ask("我在自治区级的点上干了七个月，总共能拿多少", State())
    assert _payment_of(response, "pay") == Decimal("9800.00")


def test_a_site_level_then_months_after_the_pay_rule_compute_the_pay(assistant) -> None:
    state = State()
    assistant.ask("文物看管员的工资是怎么规定的", state)
    assert assistant.ask("县级的", state).status == "follow_up"
    assert _payment_of(assistant.ask("做了10个月", state), "pay") == Decimal("12000.00")


def _payment_of(response, key: str) -> Decimal:
    assert response.status == "calculated", response.answer
    return Decimal(response.calculation["result"][key])


def test_the_same_visit_again_is_a_later_visit_against_the_cap(assistant) -> None:
    state = State()
    first = _payment(assistant.ask("我有尿毒症做透析，交120档，这个月花了4000", state))
    again = assistant.ask("后面一个月也一样", state)
    assert _payment(again) == first
    assert len(state.payments) == 2 and state.paid_this_year() == 2 * first


def test_a_cost_per_visit_times_the_visits_is_the_cost(assistant) -> None:
    response = assistant.ask("化疗每次两千，做了4次，交60档，能报多少", State())
    assert _payment(response) == Decimal("4800.00")  # 2000 × 4 × 60%
    assert "2000 元 × 4 次" in response.answer


def test_a_continuation_that_completes_a_calculation_computes_it(assistant) -> None:
    state = State()
    assistant.ask("看管员一个月能拿多少钱", state)
    response = assistant.ask("那自治区级的干了半年呢", state)
    assert _payment_of(response, "pay") == Decimal("8400.00")


def test_a_continuation_that_does_not_complete_one_looks_the_rule_up(assistant) -> None:
    state = State()
    assistant.ask("住院的起付线是多少", state)
    response = assistant.ask("那一级医院呢", state)
    assert response.status == "answered" and "200元" in response.answer
    assert state.pending is None


@pytest.mark.parametrize(
    ("first", "short"),
    [("住院能报多少", "墓葬被挖了找哪个部门"), ("门诊特殊病报销比例是多少", "看管员一个月多少钱")],
)
def test_a_short_question_on_another_documents_topic_is_not_read_with_the_last(
    assistant, first: str, short: str
) -> None:
    state = State()
    assistant.ask(first, state)
    after = assistant.ask(short, state)
    alone = assistant.ask(short, State())
    assert [c.unit_id.split("/")[0] for c in after.citations[:1]] == [
        c.unit_id.split("/")[0] for c in alone.citations[:1]
    ]
    assert not after.citations or not after.citations[0].unit_id.startswith("medical")


@pytest.mark.parametrize(
    "again", ["下个月花的也差不多，累计报了多少", "第二个月还是这个数，一共报多少"]
)
def test_the_same_visit_again_with_a_running_total(assistant, again: str) -> None:
    state = State()
    first = _payment(assistant.ask("我爸门诊透析，交的120档，这个月花了5000", state))
    second = assistant.ask(again, state)
    assert _payment(second) == first  # the same cost again, as the note says
    assert "5000" in second.answer and "上一次" in second.answer
    assert f"累计医保（统筹基金）支付 {first * 2:.2f} 元" in second.answer


def test_a_field_out_of_bounds_then_corrected_completes_the_question(assistant) -> None:
    state = State()
    wrong = assistant.ask("交了0档 二级医院住院花了1万 报多少", state)
    assert wrong.status == "error" and "缴费档次" in wrong.answer
    fixed = assistant.ask("交的120档", state)
    assert fixed.calculation["inputs"]["cost"] == "10000"
    assert fixed.calculation["inputs"]["tier"] == 120
    state = State()
    assert assistant.ask("我妈200岁了还交医保吗", state).status == "error"
    assert assistant.ask("说错了 她62", state).calculation["result"]["individual"] == "0.00"


def test_an_input_unknown_twice_is_answered_for_each_value_then_completed(assistant) -> None:
    state = State()
    assert assistant.ask("二级医院住院花了1万6", state).status == "follow_up"
    assert assistant.ask("不清楚", state).status == "follow_up"
    each = assistant.ask("实在记不得", state)
    assert each.status == "answered"
    for tier in ("60元档", "120元档", "250元档"):
        assert tier in each.answer
    found = assistant.ask("翻到收据了 上面是120", state)
    assert found.calculation["inputs"]["tier"] == 120
    assert found.calculation["inputs"]["cost"] == "16000"


def test_the_same_persons_next_benefit_keeps_the_tier_and_the_cap(assistant) -> None:
    state = State()
    stay = _payment(assistant.ask("我老公交120 三级医院住院第一次 花了5万", state))
    course = assistant.ask("然后门诊化疗又花了4万 报多少", state)
    assert course.calculation["inputs"]["tier"] == 120
    assert "120元档" in course.answer  # the carried tier is said
    assert _payment(course) <= Decimal("60000") - stay


def test_a_question_while_a_follow_up_is_pending_is_answered(assistant) -> None:
    state = State()
    assert assistant.ask("县医院住院花了9千", state).status == "follow_up"
    rule = assistant.ask("医保一年最多报多少钱", state)
    assert rule.status == "answered" and "6万" in rule.answer


def test_a_late_payment_asks_for_the_subsidy_after_quoting_the_rule(assistant) -> None:
    late = assistant.ask("去年没交医保 现在补缴要多少钱", State())
    assert late.status == "follow_up"
    assert late.follow_up["missing"] == ["fiscal_subsidy"]
    assert "最高筹资标准" in late.answer and late.citations[0].article == "第八条"


def test_a_follow_up_set_aside_is_taken_up_when_its_answer_comes(assistant) -> None:
    state = State()
    assert assistant.ask("我爸慢阻肺门诊 这个月花了8千 能报多少", state).status == "follow_up"
    aside = assistant.ask("等下 先问问医保卡丢了怎么办", state)
    assert aside.status != "follow_up"
    back = assistant.ask("嗯 我爸交的是60", state)
    assert back.calculation["calculator"] == "special_outpatient"
    assert back.calculation["inputs"]["cost"] == "8000"


def test_a_short_question_without_a_topic_word_asks_about_the_last_topic(assistant) -> None:
    state = State()
    assistant.ask("野外文物看管员工资怎么定的", state)
    staff = assistant.ask("每处安排几个人", state)
    assert staff.citations and staff.citations[0].article == "第十二条"


def test_two_peoples_stays_keep_two_tallies(assistant) -> None:
    state = State()
    dad = _payment(assistant.ask("我爸交的250 二级医院第一次住院花了2万", state))
    assistant.ask("我妈也住院了 她交的60 一级医院第一次 花了4千", state)
    back = assistant.ask("那我爸要是再住一次 二级 1万呢", state)
    assert back.calculation["inputs"]["tier"] == 250
    assert back.calculation["inputs"]["admission"] == 2
    assert Decimal(back.calculation["inputs"]["already_paid"]) == dad
    her = assistant.ask("她后来又住了一次 一级 2千", state)
    assert her.calculation["inputs"]["tier"] == 60
    assert her.calculation["inputs"]["admission"] == 2
