"""Classes of question handled in the thirtieth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import pytest

from assistant.calculators.understanding import detect_calculator, understand
from assistant.compose import EXTREME_PAID_ASKED, count_stated
from assistant.engine import DIFFERENCE_ASKED
from evaluation.phrasings import reference
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize("asked", ["一年最多报多少", "最少交多少", "全年顶多报多少钱"])
def test_a_limit_asked_is_no_difference_of_results(asked) -> None:
    assert not DIFFERENCE_ASKED.search(asked)


@pytest.mark.parametrize("asked", ["比刚才少报多少", "两次差多少", "多报了多少"])
def test_a_difference_asked_is_still_one(asked) -> None:
    assert DIFFERENCE_ASKED.search(asked)


@pytest.mark.parametrize(
    ("question", "stated", "other"),
    [
        ("创三甲有几项重点工作", "梳理出17项重点工作", "7个重点科室"),
        ("重点工作一共有多少项", "共17项重点工作", "抓好7个重点科室建设"),
    ],
)
def test_a_count_asked_is_stated_with_the_thing_counted(question, stated, other) -> None:
    pattern = count_stated(question)
    assert pattern.search(stated) and not pattern.search(other)


@pytest.mark.parametrize(
    ("question", "persons"),
    [("我俩都是县级文物看管员 干了4个月能拿多少", 2), ("县级文物看管员干了4个月能拿多少", 1)],
)
def test_a_pair_of_custodians_is_two_persons(question, persons) -> None:
    assert understand(question, "custodian_pay").inputs.get("persons", 1) == persons


@pytest.mark.parametrize(
    ("question", "calculator"),
    [
        ("我们两个看县级的文物点 干满一年能拿多少", "custodian_pay"),
        ("我去看了县级文物保护单位，停车费多少钱", None),
        ("交医保最低要几块钱", "contribution"),
        ("过了缴费期再交要交多少", "contribution"),
    ],
)
def test_who_guards_a_site_and_who_pays_in(question, calculator) -> None:
    assert detect_calculator(question) == calculator


@pytest.mark.parametrize("asked", ["交医保最低多少", "最多能缴多少", "起码得交多少钱"])
def test_the_least_or_most_paid_in_is_asked(asked) -> None:
    assert EXTREME_PAID_ASKED.search(asked)


# --- answers (the real assistant) ---------------------------------------------------------


@pytest.mark.parametrize(("months", "said"), [(12, "干满一年呢"), (4, "那四个月能拿多少")])
def test_a_period_after_the_monthly_wage_is_paid_at_each_level(assistant, months, said) -> None:
    _, each = ask_turns(assistant, "文物看管员一个月能领多少", said)
    for level in ("县级", "自治区级"):
        assert reference.custodian_person(level, months)["pay"] in each.answer
    assert "第十二条" in labels(each)[0]


@pytest.mark.parametrize("question", ["看管员工资是谁给发", "看管员的补贴从哪里来"])
def test_who_pays_the_custodians(assistant, question) -> None:
    answer = assistant.ask(question)
    assert "地区财政" in answer.answer and "第十二条" in labels(answer)[0]


@pytest.mark.parametrize("question", ["日土县看管员的报酬是多少", "看管员的薪资标准"])
def test_pay_said_in_other_words_is_the_wage(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and "1200" in answer.answer


@pytest.mark.parametrize("question", ["交医保最低要多少钱", "参保一年个人要交多少钱"])
def test_the_contribution_of_no_one_in_particular_is_the_tier_choices(assistant, question):
    answer = assistant.ask(question)
    assert "60" in answer.answer and "250" in answer.answer
    assert labels(answer)[0].startswith("第十八条")


def test_the_years_cap_after_a_stay_is_the_cap(assistant) -> None:
    _, cap = ask_turns(assistant, "交120 县医院住院花了6000 报多少", "那一年最多能报多少")
    assert "6万" in cap.answer or "60000" in cap.answer
    assert "相差" not in cap.answer


def test_a_standing_said_now_fixes_the_tier_of_the_case(assistant) -> None:
    _, poor = ask_turns(assistant, "交60 地区医院住院花了5000 报多少", "如果我是建档立卡户呢")
    expected = reference.inpatient(250, "三级", "5000", poor=True)["payment"]
    assert poor.calculation["result"]["payment"] == expected


@pytest.mark.parametrize(
    "turns",
    [
        ("高血压办了门特 能不能同时走两病",),
        ("我有糖尿病门特 交250 门诊花了900 报多少", "两病门诊还能一起报吗"),
    ],
)
def test_the_two_diseases_benefit_is_not_had_with_their_special_care(assistant, turns) -> None:
    *_, verdict = ask_turns(assistant, *turns)
    assert "不得同时享受" in verdict.answer and labels(verdict)[0].startswith("第二十五条")


def test_a_date_said_as_a_quarter_is_a_date(assistant) -> None:
    _, when = ask_turns(assistant, "传染病院区总投资多少", "那哪天能开工")
    assert "第三季度" in when.answer


def test_the_form_of_a_report_is_its_written_form(assistant) -> None:
    answer = assistant.ask("培训中途想退训 跟办公室口头说一下行不行")
    assert "书面形式" in answer.answer


@pytest.mark.parametrize("question", ["洗牙能报么", "这个镶牙给报嘛"])
def test_a_final_me_or_ma_asks_yes_or_no(question) -> None:
    from assistant.frame import YES_NO

    assert YES_NO.search(question)


@pytest.mark.parametrize("question", ["这是什么", "看管员平时干嘛", "为啥这么"])
def test_shenme_and_ganma_ask_no_yes_or_no(question) -> None:
    from assistant.frame import YES_NO

    assert not YES_NO.search(question)


def test_ones_own_township_is_in_ngari() -> None:
    assert understand("换成在咱们乡卫生院住呢", "inpatient").inputs.get("in_area") is True


def test_another_place_named_after_a_stay_then_ones_own_township(assistant) -> None:
    *_, home = ask_turns(
        assistant,
        "交250档 在地区人民医院住院花了1万 报多少",
        "要是在成都的三级医院呢",
        "换成我们县医院住呢",
    )
    assert (
        home.calculation["result"]["payment"]
        == reference.inpatient(250, "二级", "10000")["payment"]
    )


def test_a_counties_own_figure(assistant) -> None:
    answer = assistant.ask("措勤县生态补偿养护员一共几个人")
    assert "132" in answer.answer


def test_a_special_care_cases_yearly_cap_is_the_shared_cap(assistant) -> None:
    _, cap = ask_turns(assistant, "我爸糖尿病门特 交250 门诊花了3000 报多少", "一年顶多报多少")
    assert "6万" in cap.answer and labels(cap)[0].startswith("第二十三条")


def test_a_named_two_diseases_limit_stays_their_own(assistant) -> None:
    answer = assistant.ask("糖尿病门诊开药一年最多报多少")
    assert "1200" in answer.answer


def test_who_pays_a_sum_named_by_its_own_subject_after_another_topic(assistant) -> None:
    *_, paid = ask_turns(assistant, "看管员没好好巡查会怎样", "那看管员的工资谁发")
    assert "地区财政" in paid.answer


def test_a_favour_asked_is_the_other_benefits(assistant) -> None:
    answer = assistant.ask("建档立卡户住院有没有照顾")
    assert "5%" in answer.answer and labels(answer)[0].startswith("第二十九条")
