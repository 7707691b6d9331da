"""Classes of question handled in the twenty-second session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.calculators.amounts import scan_amounts
from assistant.calculators.medical import match_exclusion
from assistant.english import to_chinese
from assistant.frame import read_frame
from tests.conversation import ask_turns, labels


@pytest.mark.parametrize("text", ["我58，120档交多少", "她63，250档", "干了7，120档"])
def test_two_values_with_their_own_label_are_no_malformed_amount(text) -> None:
    assert scan_amounts(text).malformed == []


@pytest.mark.parametrize("text", ["住院花了12，000元", "一共3，500块"])
def test_a_full_width_separator_in_one_amount_is_still_refused(text) -> None:
    assert [m.reason for m in scan_amounts(text).malformed] == ["数字中间用了中文逗号"]


@pytest.mark.parametrize(
    "question, age",
    [("我58，120档，交多少", 58), ("俺47，交的60档", 47), ("我35，住院花了2万", 35)],
)
def test_the_askers_bare_number_is_an_age(question, age) -> None:
    assert read_frame(question).person.age == age


@pytest.mark.parametrize(
    "question", ["我60，住院报多少", "我120档", "我20天前住的院", "我30号住院的", "我18年交过"]
)
def test_a_tier_date_or_count_after_me_is_no_age(question) -> None:
    assert read_frame(question).person.age is None


@pytest.mark.parametrize(
    "question, age",
    [
        ("我老婆61还需要交吗", 61),
        ("我爸六十七了还用交吗", 67),
        ("外婆72岁 要不要交钱", 72),
        ("我儿子23了还交吗", 23),
    ],
)
def test_an_age_and_whether_one_pays_is_the_contribution(question, age) -> None:
    frame = read_frame(question)
    assert frame.calculator == "contribution"
    assert frame.slots.get("age") == age


@pytest.mark.parametrize("question", ["我爸70了住院还要交起付线吗", "他65了罚款要交吗"])
def test_an_age_beside_another_payment_is_not_the_contribution(question) -> None:
    assert read_frame(question).calculator != "contribution"


@pytest.mark.parametrize(
    "said, item",
    [
        ("牙列不整矫形", "（四）"),  # its own item, not （二）'s shorter 矫形
        ("孩子牙齿矫正", "（四）"),
        ("戴牙套", "（四）"),
        ("做矫形手术", "（二）"),
        ("配眼镜", "（三）"),
    ],
)
def test_the_longest_exclusion_word_decides_the_item(said, item) -> None:
    found = match_exclusion(said)
    assert found is not None and found[0] == item


@pytest.mark.parametrize(
    "english, chinese",
    [
        ("Are dental implants covered?", "义齿"),
        ("Does the insurance pay for braces?", "牙列不整矫形"),
        ("Is a massage reimbursed?", "按摩"),
    ],
)
def test_english_dental_and_device_words_are_the_texts(english, chinese) -> None:
    assert chinese in to_chinese(english)


@pytest.mark.parametrize(
    "question, item",
    [
        ("Are dental implants covered?", "（三）"),
        ("孩子做牙齿矫正医保给报吗", "（四）"),
        ("种植义齿能走医保吗", "（三）"),
    ],
)
def test_a_dental_cost_is_decided_by_its_exclusion(assistant, question, item) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.answer.count("不能报销") == 1, response.answer
    assert labels(response)[0] == f"第三十条{item}"


@pytest.mark.parametrize(
    "question", ["My wife is 61, does she still need to pay?", "我老婆61还需要交吗"]
)
def test_an_age_past_the_line_pays_nothing(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "calculated", response.answer
    assert "个人缴费 0.00" in response.answer


@pytest.mark.parametrize(
    "question", ["孩子还没上户口能报销吗", "宝宝刚生还没落户，住院的钱医保给报吗"]
)
def test_a_child_not_yet_registered_is_the_newborn_rule(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[:2] == ["第六条（三）", "第二十九条（二）"], labels(response)
    assert response.answer.startswith("要先上户口")


@pytest.mark.parametrize("question", ["户口在四川能参加这里的医保吗", "甘肃户口的能在阿里参保吗"])
def test_registered_elsewhere_is_told_the_registration_rule(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0] == "第六条", labels(response)
    assert response.answer.startswith("一般不可以")


@pytest.mark.parametrize(
    "question", ["我是公务员，能参加城乡居民医保吗", "在外地打工刚回来，可以在阿里参保吗"]
)
def test_whether_one_may_join_is_answered_by_who_may(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0] == "第六条", labels(response)
    assert "具有阿里地区户籍" in response.answer


def test_a_school_outside_tibet_is_no_rule_of_care(assistant) -> None:
    (response,) = ask_turns(assistant, "在拉萨上大学的学生医保在哪交")
    assert "只适用于" not in response.answer
    assert "按户籍所在地参保" in response.answer


@pytest.mark.parametrize("question", ["年度最高能报多少", "封顶线是多少", "一年最多能报多少钱"])
def test_the_schemes_cap_asked_alone_is_its_yearly_cap(assistant, question) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0] == "第二十三条", response.answer
    assert "6万元" in response.answer


def test_a_pointing_word_with_a_cap_still_asks_what_is_meant(assistant) -> None:
    (response,) = ask_turns(assistant, "这个最多能报多少")
    assert response.status == "error"


def test_why_more_than_before_sets_the_two_results_side_by_side(assistant) -> None:
    *_, why = ask_turns(
        assistant,
        "我妈交的120档，在三级医院住院花了2万，报多少",
        "那如果是在二级医院呢",
        "为什么比上次多",
    )
    assert why.answer.startswith("和前一次相比"), why.answer
    assert "三级 → 二级" in why.answer and "多 1130.00 元" in why.answer
    assert "第二十二条" in why.answer


def test_why_the_line_fell_names_the_admission_that_changed(assistant) -> None:
    *_, why = ask_turns(
        assistant,
        "交250档，三级医院第一次住院花了3万",
        "第二次住院又花了3万呢",
        "为什么这次起付线变少了",
    )
    assert "1 → 2" in why.answer and "70%" in why.answer, why.answer


def test_a_why_without_a_comparison_has_no_comparison(assistant) -> None:
    *_, why = ask_turns(
        assistant, "交250档，三级医院第一次住院花了3万", "第二次住院又花了3万呢", "为什么没全报"
    )
    assert "和前一次相比" not in why.answer


@pytest.mark.parametrize(
    "question", ["在成都住院回来怎么报销", "去北京看病怎么报销", "在重庆住院，回阿里怎么报销"]
)
def test_care_in_a_named_place_outside_tibet_is_the_out_of_region_procedure(
    assistant, question
) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0] == "第三十四条", (labels(response), response.answer)
    # the lead is the whole step, not the clause "…先行垫付全部医疗费用后" alone
    lead = response.answer.split("\n")[0]
    assert "先行垫付" in lead and "申请结算支付" in lead, lead


def test_care_elsewhere_in_tibet_is_the_pools_ratio(assistant) -> None:
    (response,) = ask_turns(assistant, "在拉萨住院报销比例有什么不同")
    assert labels(response)[0] == "第二十二条", labels(response)
    assert "降低10%" in response.answer


def _lead(assistant, question: str) -> str:
    (response,) = ask_turns(assistant, question)
    return response.answer.split("\n")[0]


@pytest.mark.parametrize("question", ["补交医保以后啥时候能报", "文物安全培训一年至少搞几次"])
def test_a_lead_never_opens_with_a_connective(assistant, question) -> None:
    lead = _lead(assistant, question)
    assert not lead.startswith("且") and "：且" not in lead, lead


def test_a_subject_reads_with_the_predicate_its_next_piece_opens(assistant) -> None:
    lead = _lead(assistant, "生孩子住院的钱能全报吗")
    assert "全额报销" in lead, lead


@pytest.mark.parametrize("question", ["培训到一半家里有事能走吗", "参加培训中途能不能退出"])
def test_a_ban_asked_of_comes_with_the_way_it_is_allowed(assistant, question) -> None:
    lead = _lead(assistant, question)
    assert "不得退训" in lead and "方可退训" in lead, lead


def test_a_stays_order_brings_its_own_line(assistant) -> None:
    lead = _lead(assistant, "今年第二次住院了 三级医院起付线多少")
    assert "400元" in lead and "第二次住院起付标准为首次起付标准的70%" in lead, lead
    assert "第二次" not in _lead(assistant, "三级医院起付线多少")


@pytest.mark.parametrize("question", ["第一次参保要带啥材料", "参保登记要带什么东西"])
def test_the_sentence_for_everyone_before_one_for_an_unnamed_audience(assistant, question) -> None:
    lead = _lead(assistant, question)
    assert "户口簿" in lead and "低保证件" not in lead, lead


@pytest.mark.parametrize("question", ["低保户参保要带什么材料", "残疾人参保要交什么证明"])
def test_an_audience_named_keeps_its_own_sentence(assistant, question) -> None:
    assert "残疾证件" in _lead(assistant, question)


def test_a_schemes_unsaid_figure_is_named_with_the_scheme(assistant) -> None:
    (response,) = ask_turns(assistant, "大病保险的起付线是多少")
    assert response.status == "out_of_scope"
    assert "大病保险的起付线" in response.answer and "14万元" in response.answer


@pytest.mark.parametrize(
    "question", ["去镇上卫生院看个感冒 普通门诊能报吗", "感冒去乡里看门诊，普通门诊给报不"]
)
def test_a_benefit_asked_is_answered_by_its_own_clause_not_one_beside_another(
    assistant, question
) -> None:
    (response,) = ask_turns(assistant, question)
    assert labels(response)[0] == "第二十六条（三）", (labels(response), response.answer)


def test_a_benefits_line_asked_stays_with_the_clause_that_says_it(assistant) -> None:
    assert "不设起付线" in _lead(assistant, "门特有没有起付线")


@pytest.mark.parametrize(
    "question", ["创三甲医院要新招多少医务人员", "医院创三甲得新添多少医护人员"]
)
def test_people_counted_after_how_many_want_a_head_count(assistant, question) -> None:
    assert "184人" in _lead(assistant, question)


@pytest.mark.parametrize(
    "question, share",
    [
        ("普兰县生态补偿公路养护员有多少人", "普兰县235人"),
        ("革吉县养护岗位安排了几个人", "革吉县459人"),
    ],
)
def test_a_county_asked_of_a_whole_split_by_county_gets_its_share(assistant, question, share):
    lead = _lead(assistant, question)
    assert share in lead and "噶尔县95人" not in lead, lead


def test_a_whole_asked_keeps_every_county(assistant) -> None:
    lead = _lead(assistant, "生态补偿养护岗位一共多少人")
    assert "1594" in lead and "噶尔县95人" in lead, lead


@pytest.mark.parametrize(
    "text, asked",
    [
        ("新增多少医务人员", True),
        ("要招几个人", True),
        ("一处几名看管人员", True),
        ("有多少人的目标", True),
        ("报多少 家人们谁懂啊", False),  # a plea after the question
        ("能赔多少 家里有人重病了", False),
        ("哪几种人可以优先", False),  # kinds of people: a list
        ("多少个人缴费", False),
    ],
)
def test_a_head_count_is_asked_only_of_people(text, asked) -> None:
    from assistant.compose import PEOPLE_ASKED

    assert bool(PEOPLE_ASKED.search(text)) is asked
