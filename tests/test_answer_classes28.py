"""Classes of question handled in the twenty-eighth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

import re

import pytest

from assistant.calculators.amounts import find_amounts
from assistant.calculators.understanding import (
    detect_calculator,
    read_custodian,
    read_level,
    read_tier,
    stated_members,
    stay_cases,
    understand,
)
from assistant.citations import Citation
from assistant.frame import read_frame
from assistant.membership import item_figure
from assistant.multipart import split_parts
from tests.conversation import ask_turns

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "交120 去县医院看病花了3000能报多少",
        "250档 在地区医院看病花了1.2万 给报多少",
        "我妈交60的 乡卫生院看病花了800 报多少",
    ],
)
def test_a_bill_at_a_hospital_with_no_setting_is_read_as_a_stay_and_said_so(question) -> None:
    reading = understand(question)
    assert reading is not None and reading.calculator == "inpatient"
    note = next(n for n in reading.notes if "住院还是门诊" in n)
    # the ordinary outpatient rule beside it, from the rule table (第二十六条（三）)
    assert "300元" in note and "第二十六条（三）" in note


@pytest.mark.parametrize(
    "question",
    ["去县医院看门诊花了300能报多少", "在卫生院开了点药花了200 能报吗", "县医院打针花了150"],
)
def test_an_outpatient_visit_said_as_such_is_never_a_stay(question) -> None:
    assert detect_calculator(question) != "inpatient"


@pytest.mark.parametrize(
    ("question", "tier"),
    [
        ("250的 三级医院 1.5w 报销多少", 250),
        ("120的，县医院，8000", 120),
        ("60的 乡卫生院 两千", 60),
    ],
)
def test_a_tier_said_alone_with_de_is_the_tier(question, tier) -> None:
    assert read_tier(question)[0] == tier


@pytest.mark.parametrize(
    "question", ["他是三级残疾", "我儿子二级伤残", "残疾三级 住院了", "肢体四级残疾"]
)
def test_a_grade_of_disability_is_no_hospital_level(question) -> None:
    assert read_level(question) is None


def test_a_time_of_day_is_no_sum() -> None:
    assert find_amounts("卓玛 09:45 住院起付线多少") == []
    assert [a.value for a in find_amounts("18:30 交了250 花了6000")] == [250, 6000]


@pytest.mark.parametrize(
    ("question", "cases"),
    [
        ("张三交60 李四交250 都在二级医院花一万 各报多少", [("张三", 60), ("李四", 250)]),
        ("扎西交120次仁交60，同样在乡卫生院花了5000", [("扎西", 120), ("次仁", 60)]),
        ("我交120，我妈交250，都在县医院住院花了八千", [("我", 120), ("我妈", 250)]),
    ],
)
def test_people_with_their_own_tiers_sharing_one_bill_are_each_a_case(question, cases) -> None:
    found = stay_cases(question)
    assert [(c.person, c.slots["tier"]) for c in found] == cases
    assert len({c.cost for c in found}) == 1


def test_one_person_with_a_tier_and_a_bill_is_one_case() -> None:
    assert stay_cases("我交120 在县医院花了一万") == []


@pytest.mark.parametrize(
    ("question", "ages"),
    [
        ("老公64岁老婆61岁 俩人还要交吗", [64, 61]),
        ("我妈62、我爸64，俩人一年要交多少", [62, 64]),
        ("我爷爷70，我奶奶58，医保还用交吗", [70, 58]),
    ],
)
def test_members_set_apart_by_age_are_each_read(question, ages) -> None:
    assert [m.slots.get("age") for m in stated_members(question)] == ages


@pytest.mark.parametrize(
    ("question", "poor"),
    [
        ("我邻居不是贫困户，交了120那档，在一级医院花了8000", False),
        ("他并非建档立卡户 三级医院 1万 120档", False),
        ("我是建档立卡贫困户 一级医院花了8000", True),
    ],
)
def test_a_standing_denied_is_not_had(question, poor) -> None:
    assert understand(question, "inpatient").inputs["poor"] is poor


@pytest.mark.parametrize(
    "question",
    ["我看的是县级文物保护单位，一年能拿多少", "我看的是全国重点的文物点，一个月多少钱"],
)
def test_a_relic_level_watched_with_pay_asked_is_a_custodians(question) -> None:
    assert detect_calculator(question) == "custodian_pay"


def test_visiting_a_relic_site_is_not_guarding_it() -> None:
    assert detect_calculator("我去看了自治区级文物保护单位，门票多少钱") is None


@pytest.mark.parametrize(
    "question", ["如果我有一个月没填巡逻日志呢", "其中一个月忘了填日志 工资怎么算"]
)
def test_a_month_something_happened_in_is_not_the_months_paid(question) -> None:
    assert "months" not in read_custodian(question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("听说交250和交60报销比例都一样 是真的吗", "交250和交60报销比例都一样吗"),
        ("有人说看管员一个月有2000块，真的假的", "看管员一个月有2000块吗"),
        ("据说门特不用起付线 对吗？", "门特不用起付线吗"),
    ],
)
def test_a_rumour_is_asked_as_its_claim(question, claim) -> None:
    assert read_frame(question).text == claim


@pytest.mark.parametrize(
    "question", ["这是今年第三次住院了", "而且这是那年第二次住院", "这次算第二回住院"]
)
def test_the_order_of_the_stay_just_told_continues_it(question) -> None:
    assert read_frame(question).continuation


def test_a_turn_then_a_statement_then_the_question_is_one_question() -> None:
    assert split_parts("那我自己呢，我35岁，要交多少？") == ["那我自己呢，我35岁，要交多少？"]


def test_a_bill_after_a_place_is_run_up_there() -> None:
    (place,) = read_frame("250档 拉萨 两万三 能报多少").subject.places
    assert place.role.value == "treated"
    (place,) = read_frame("成都三甲 120档 3万 报多少").subject.places
    assert place.role.value == "treated"


POSTS = Citation(
    "roads-plan/x",
    "阿里地区2020年创建“四好农村路”示范地、县工作推进方案",
    None,
    "二、（三）",
    "",
    "养护岗位计划安排1594名，其中噶尔县95人、札达县78人、普兰县235人、日土县237人。",
)


@pytest.mark.parametrize(
    ("question", "figure"),
    [("普兰县多少？", "235人"), ("那札达县呢", "78人"), ("日土县有多少", "237人")],
)
def test_an_items_figure_is_read_from_a_passage_giving_each(question, figure) -> None:
    found = item_figure(question, [POSTS])
    assert found is not None and found.figure == figure


@pytest.mark.parametrize("question", ["那二级医院呢", "起付线多少"])
def test_an_item_the_passage_gives_no_figure_for_is_not_read(question) -> None:
    assert item_figure(question, [POSTS]) is None


def test_a_county_the_passage_leaves_out_gets_no_figure() -> None:
    found = item_figure("措勤县多少？", [POSTS])  # (said to be left out, not given a figure)
    assert found is not None and found.figure == "" and "措勤县" not in found.listed


@pytest.mark.parametrize(
    ("question", "cost"),
    [
        ("250档 二级 3万 其中5千是自费药 能报多少", "25000"),
        ("交120 县医院住院花了2万，有3000不在报销范围，报多少", "17000"),
        ("60档 乡卫生院 8000 里面2000块是自费的", "6000"),
    ],
)
def test_the_self_paid_part_of_a_bill_is_taken_off(question, cost) -> None:
    reading = understand(question)
    assert reading.inputs["cost"] == cost
    assert any("不在医保支付范围" in n for n in reading.notes)


def test_a_bill_with_no_self_paid_part_is_whole() -> None:
    assert understand("交250 县医院住院花了2万 自己先垫付了 报多少").inputs["cost"] == "20000"


# --- with the model ------------------------------------------------------------------------


def _first_line(response) -> str:
    return response.answer.split("\n")[0]


def test_the_order_said_of_the_stay_just_computed_recomputes_it(assistant) -> None:
    first, second = ask_turns(
        assistant, "交120档，在县医院住院花了6000，报多少", "这是今年第二次住院了"
    )
    assert "4350.00" in _first_line(first)  # (6000 − 200) × 75%
    # the same stay, its deductible 70% of the first's: (6000 − 140) × 75% = 4395
    assert second.status == "calculated" and "4395.00" in _first_line(second)
    assert "本年已支付" not in second.answer  # not a second stay on top of the first


def test_a_disease_said_before_is_the_persons_later_case(assistant) -> None:
    *_, last = ask_turns(
        assistant, "我有冠心病，门诊能报吗", "我交的是250档，按门特报多少", "一年花了8000呢"
    )
    assert last.status == "calculated", last.answer
    assert "7200.00" in _first_line(last)  # 8000 × 90%, no deductible (第二十四条（二）)


def test_an_age_said_before_fixes_a_later_stays_tier(assistant) -> None:
    *_, last = ask_turns(
        assistant, "我爸今年68岁，医保还要交吗", "他在县医院住院花了4000，能报多少"
    )
    assert last.status == "calculated", last.answer
    assert "3420.00" in _first_line(last)  # 250档 (第十八条（二）): (4000 − 200) × 90%


def test_a_mild_disability_after_a_severe_ones_stay_asks_the_tier(assistant) -> None:
    *_, mild, tier = ask_turns(
        assistant,
        "我女儿一级残疾，医保要交钱吗",
        "她在乡镇卫生院住院花了2000呢",
        "那要是她是四级残疾呢",
        "60",
    )
    assert mild.status == "follow_up" and "档次" in mild.answer
    assert "1330.00" in _first_line(tier)  # (2000 − 100) × 70%


def test_two_results_are_set_against_each_other(assistant) -> None:
    *_, gap = ask_turns(
        assistant,
        "交250，在二级医院住院花了5000，报多少",
        "我同事交60的，也在二级医院花了5000呢",
        "他比我少报多少",
    )
    # 250档: (5000 − 200) × 90% = 4320; 60档: × 65% = 3120
    assert gap.status == "calculated" and "1200.00" in _first_line(gap)


def test_people_sharing_one_bill_are_computed_and_compared(assistant) -> None:
    (response,) = ask_turns(assistant, "卓玛交120 多吉交250 都在三级医院花了2万 报销差多少")
    # 120档 三级: (20000 − 400) × 70% = 13720; 250档: × 85% = 16660
    assert "2940.00" in _first_line(response)
    assert re.findall(r"支付 ([\d.]+) 元。（", response.answer) == ["13720.00", "16660.00"]


def test_a_member_exempt_by_age_and_one_who_chooses_a_tier(assistant) -> None:
    (response,) = ask_turns(assistant, "我爸66岁我妈58岁，俩人医保还要交吗")
    first = _first_line(response)
    assert "爸个人缴费 0.00 元" in first and "妈要按自选的档次缴费" in first


def test_a_bills_follow_up_is_kept_in_a_several_part_message(assistant) -> None:
    (response,) = ask_turns(assistant, "120档 西安 2万 已备案 能报多少 还是70%吗")
    assert response.status == "follow_up" and response.follow_up["missing"] == ["level"]
    assert "没有涉及" not in response.answer


def test_a_custodian_watching_a_level_is_paid_for_the_year(assistant) -> None:
    (response,) = ask_turns(assistant, "我看的是县级文物保护单位，一年能拿多少")
    assert response.status == "calculated" and "14400.00" in _first_line(response)


def test_a_colleague_is_another_person_not_a_later_stay(assistant) -> None:
    *_, colleague = ask_turns(
        assistant,
        "交250，在二级医院住院花了5000，报多少",
        "我同事交120的，也在二级医院花了5000呢",
    )
    # his own first stay: (5000 − 200) × 75% = 3600, never 同时交 nor a second stay of mine
    assert "3600.00" in _first_line(colleague), colleague.answer


def test_the_excess_after_a_capped_stay_is_the_layers_beyond_it(assistant) -> None:
    *_, excess = ask_turns(assistant, "交120，三级医院住院花了12万，报多少", "那超出的部分怎么办")
    assert excess.status == "answered"
    assert {"第二十七条", "第二十八条"} <= {c.article for c in excess.citations}


def test_one_items_figure_is_read_from_the_passage_just_quoted(assistant) -> None:
    *_, item = ask_turns(assistant, "生态补偿的农村公路养护岗位有多少个", "革吉县多少？")
    assert item.answer.startswith("革吉县：459人")


def test_the_excess_after_an_outpatient_result_is_the_patients(assistant) -> None:
    *_, excess = ask_turns(assistant, "普通门诊今年花了900，能报多少", "那超出的部分呢")
    assert excess.status == "answered" and "由个人负担" in excess.answer
    assert [c.label for c in excess.citations] == ["第二十六条（三）"]


def test_another_persons_bill_at_the_same_hospital_after_his_tier_was_asked(assistant) -> None:
    *_, his, gap = ask_turns(
        assistant,
        "我奶奶63岁，在乡镇卫生院住院花了3000，能报多少",
        "我爷爷63岁呢，他要交医保吗",
        "他交的是60元档，在同一家卫生院也花了3000",
        "她比他多报多少",
    )
    # 奶奶 (60+, 250档): (3000 − 100) × 90% = 2610; 爷爷 60档: × 70% = 2030
    assert his.status == "calculated" and "2030.00" in _first_line(his), his.answer
    assert "580.00" in _first_line(gap)


def test_a_new_case_set_against_the_last_in_the_same_turn(assistant) -> None:
    _, neighbour = ask_turns(
        assistant,
        "我看管的是自治区级文物保护单位，一年能拿多少",
        "我邻居看的是县级的，他一年比我少多少",
    )
    assert "少 2400.00 元" in _first_line(neighbour)  # 16800 − 14400 (细则第十二条)


def test_a_custodians_age_is_decided_after_talk_of_pay(assistant) -> None:
    *_, hired = ask_turns(
        assistant, "我看管的是县级文物点，一个月多少钱", "我今年53岁，还能被选聘吗"
    )
    assert hired.answer.startswith("不符合年龄条件")


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("普通门诊今年花了1500 能报多少 超出的部分呢", "第二十六条"),
        ("交60的 住院花了九万 三级医院 报多少 超过的部分咋办", "第二十七条"),
    ],
)
def test_the_excess_asked_in_the_same_message(assistant, question, article) -> None:
    (response,) = ask_turns(assistant, question)
    assert response.status == "calculated"
    assert article in {c.article for c in response.citations}, response.answer
