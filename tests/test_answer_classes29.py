"""Classes of question handled in the twenty-ninth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.understanding import read_general, read_two_diseases
from assistant.citations import Citation
from assistant.engine import _requalified
from assistant.frame import THIS_CASE_ORDER
from assistant.membership import item_answer, item_figure, list_count
from evaluation.phrasings import reference
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "bill"),
    [
        ("他交的120 门诊拿药花了800", "800"),
        ("交250的 门诊看病500 报多少", "500"),
        ("我是60档的，门诊一年花了1200", "1200"),
    ],
)
def test_a_tier_said_is_never_an_outpatient_bill(question, bill) -> None:
    two = read_two_diseases(f"高血压 {question}")
    assert two.get("drug_total") == bill
    assert read_general(question).get("cost") == bill


@pytest.mark.parametrize("question", ["他交的120 门诊这个报多少", "交250的门诊能报多少"])
def test_a_tier_alone_leaves_no_bill(question) -> None:
    assert "drug_total" not in read_two_diseases(f"糖尿病 {question}")
    assert "cost" not in read_general(question)


@pytest.mark.parametrize(
    "turn",
    ["她这是第二次住院", "我妈这回是第三次住了", "他这次已经是今年第二次了", "老人这趟是第三回"],
)
def test_a_stays_order_said_after_the_person_is_the_same_stay(turn) -> None:
    assert THIS_CASE_ORDER.search(turn)


@pytest.mark.parametrize(
    ("last", "turn", "head"),
    [
        ("阿里高校毕业生就业率目标是多少", "创业目标呢", "创业目标是多少"),
        ("县级看管员工资标准多少", "那自治区级标准呢", "自治区级标准多少"),
    ],
)
def test_a_head_named_anew_with_its_own_qualifier_keeps_the_asking(last, turn, head) -> None:
    assert _requalified(last, turn) == head


@pytest.mark.parametrize("turn", ["那120档的呢", "乡镇卫生院的呢", "那交60的呢"])
def test_a_case_named_is_no_qualifier_of_a_head(turn) -> None:
    assert _requalified("住院报销比例是多少", turn) is None


def _cite(text: str) -> Citation:
    return Citation("doc/一", "某规划", None, "一、", "", text)


RESPECTIVE = "2016、2017、2018三年分别新建学校4所、6所、9所，招收学生分别为120人、150人、210人。"


@pytest.mark.parametrize(
    ("asked", "terms"),
    [
        ("2016年呢", ("4所", "120人")),
        ("2017年多少", ("6所", "150人")),
        ("2018呢", ("9所", "210人")),
    ],
)
def test_one_item_of_a_list_given_in_turn_takes_its_place_in_each(asked, terms) -> None:
    found = item_figure(asked, [_cite(RESPECTIVE)])
    assert found is not None and all(t in found.figure for t in terms)


def test_an_item_not_in_the_list_given_in_turn_is_not_guessed() -> None:
    assert item_figure("2015年呢", [_cite(RESPECTIVE)]) is None


@pytest.mark.parametrize("asked", ["一共有多少种", "总共几种", "那一共有几种病"])
def test_a_lists_own_count_is_read_from_it(asked) -> None:
    found = list_count(asked, [_cite("……过敏性紫癜等30种。")])
    assert found is not None and "30种" in item_answer(found)


def test_a_list_that_states_no_count_gives_none() -> None:
    assert list_count("一共有多少种", [_cite("包括甲、乙、丙。")]) is None


COUNTIES = "其中札达县4个：甲村；日土县2个：乙村；革吉县3个：丙村；改则县9个：丁村。"


@pytest.mark.parametrize("asked", ["普兰呢", "噶尔县呢", "措勤有几个"])
def test_a_county_a_per_county_list_leaves_out_is_said_to_be_left_out(asked) -> None:
    found = item_figure(asked, [_cite(COUNTIES)])
    assert found is not None and found.figure == "" and "没有列出" in item_answer(found)


# --- with the model ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "rate"),
    [
        ("交250的住县医院能报多少", "那交120的呢", "75%"),
        ("我是60档的 在地区医院住院报几成", "要是交250呢", "85%"),
    ],
)
def test_another_tier_while_the_bill_is_asked_is_a_tier(assistant, first, second, rate) -> None:
    _, then = ask_turns(assistant, first, second)
    assert then.status != "calculated" and rate in then.answer


@pytest.mark.parametrize(
    ("disease", "tier", "cost"), [("青光眼", 120, "5000"), ("类风湿性关节炎", 250, "3000")]
)
def test_a_special_diseases_care_then_tier_then_bill_is_computed(
    assistant, disease, tier, cost
) -> None:
    *_, paid = ask_turns(
        assistant,
        f"我妈有{disease}，门诊拿药能报吗",
        f"她交的{tier} 门诊这个报多少",
        f"一年花了{cost}",
    )
    assert paid.calculation["calculator"] == "special_outpatient"
    expected = reference.special_outpatient(tier, cost)["payment"]
    assert paid.calculation["result"]["payment"] == expected


@pytest.mark.parametrize(
    ("first", "second", "admission"),
    [
        ("我爸交120 县医院住院花了8000 报多少", "他这是今年第二次住院", 2),
        ("我奶奶250档 地区医院住院2万 能报多少", "她这回是第三次住了", 3),
    ],
)
def test_a_persons_stay_order_reprices_it(assistant, first, second, admission) -> None:
    one, two = ask_turns(assistant, first, second)
    inputs = one.calculation["inputs"]
    expected = reference.inpatient(inputs["tier"], inputs["level"], inputs["cost"], admission)
    assert two.calculation["result"]["payment"] == expected["payment"]


@pytest.mark.parametrize("tally", ["俩人一共报多少", "我们俩加起来报多少", "两个人总共报多少"])
def test_two_peoples_stays_are_added_when_asked_together(assistant, tally) -> None:
    one, two, both = ask_turns(
        assistant, "我交250 乡卫生院住院花了4000 报多少", "我老伴交60 也在乡卫生院花了3000", tally
    )
    paid = [Decimal(r.calculation["result"]["payment"]) for r in (one, two)]
    assert f"{sum(paid):.2f}" in both.answer


@pytest.mark.parametrize("asked", ["那他自己还要掏多少", "那自己要出多少钱", "个人自付多少"])
def test_what_the_patient_bears_of_a_stay_just_computed(assistant, asked) -> None:
    one, own = ask_turns(assistant, "我爸交120 县医院住院花了9000 报多少", asked)
    paid = Decimal(one.calculation["result"]["payment"])
    assert f"{Decimal(9000) - paid:.2f}" in own.answer
    assert "第二十二条" in labels(own)[0]


@pytest.mark.parametrize(
    "question",
    [
        "居民医保办法从啥时候开始实行的",
        "城乡居民医保实施办法哪天开始实行",
        "医保实施办法是从什么时候起实行的",
    ],
)
def test_a_document_takes_effect_where_it_says_so(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0] == "第四十九条" and "2020年1月1日" in response.answer


@pytest.mark.parametrize(
    "question", ["门特跟住院的钱是分开算的吗", "门诊特殊病和住院的限额各算各的吗"]
)
def test_counted_apart_asks_whether_counted_together(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert "合并累计" in response.answer and labels(response)[0].startswith("第二十四条")


@pytest.mark.parametrize(
    ("first", "second", "term"),
    [
        ("高校毕业生就业率的目标是多少", "那创业目标呢", "230人"),
        ("发生文物安全事故谁组织调查", "重大事故呢", "挂牌督办"),
        ("三甲的初次评审安排在什么时候", "那正式评审呢", "2021年6月"),
        ("普通门诊统筹起付线多少", "以前家庭账户里的余额怎么处理", "用完为止"),
    ],
)
def test_a_follow_up_naming_something_anew_is_answered_by_what_names_it(
    assistant, first, second, term
) -> None:
    _, then = ask_turns(assistant, first, second)
    assert term in then.answer


@pytest.mark.parametrize(
    ("first", "second", "term"),
    [
        ("乡镇卫生院住院起付线是多少", "那一级医院呢", "200元"),
        ("普通门诊一年要先过多少起付线", "那超过以后报几成", "60%"),
    ],
)
def test_a_case_or_an_act_said_after_a_rule_is_no_new_subject(assistant, first, second, term):
    _, then = ask_turns(assistant, first, second)
    assert term in then.answer


def test_the_kind_of_figure_asked_last_is_no_reason_for_silence(assistant) -> None:
    *_, then = ask_turns(
        assistant, "看管员没按要求写巡逻日志会怎样", "扣多少", "要是出了重大看管事故呢"
    )
    assert then.status == "answered" and "解聘" in then.answer


@pytest.mark.parametrize(
    "question", ["今年建制村通客车的目标是多少", "建制村通客车率今年的目标要达到多少"]
)
def test_a_plans_aim_is_answered_by_the_sentence_that_states_it(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert "80%" in response.answer and "得3分" not in response.answer.split("\n")[0]


def test_paying_back_after_a_lapse_is_the_full_payment(assistant) -> None:
    _, then = ask_turns(assistant, "去年没交医保 现在能补吗", "补的话要交多少钱")
    assert labels(then)[0] == "第八条" and "最高筹资标准" in then.answer


def test_a_later_part_naming_no_subject_leans_on_the_first(assistant) -> None:
    (response,) = ask_turns(assistant, "去西安住院要先备案吗 报销会少吗")
    assert "降低10%" in response.answer


@pytest.mark.parametrize("question", ["医保不报哪些费用", "哪些情况医保不报销", "医保不管哪些东西"])
def test_what_the_fund_does_not_pay_is_its_list_of_exclusions(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0].startswith("第三十条")


@pytest.mark.parametrize("question", ["想当野外文物看管员有什么条件", "看管员的选聘条件是什么"])
def test_what_it_takes_to_be_hired_is_the_hiring_rule(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert "25-50岁" in response.answer and labels(response)[0] == "第五条"
