"""Classes of question handled in the fiftieth session (sentences written for this test, not
taken from any evaluation table or probe). The first tests load no model; the rest use the real
one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.calculators.amounts import point_of_estimate, scan_amounts
from assistant.calculators.understanding import read_custodian, understand
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "point"),
    [("花了四千来块", Decimal("4000")), ("差不多两万来元", Decimal("20000"))],
)
def test_lai_after_a_round_figure_is_about_that_much(said, point) -> None:
    (piece,) = scan_amounts(said).malformed
    assert point_of_estimate(piece) == point


@pytest.mark.parametrize("said", ["花了十来万", "花了两万多", "花了三万几"])
def test_more_than_a_figure_by_an_unsaid_amount_has_no_point(said) -> None:
    (piece,) = scan_amounts(said).malformed
    assert point_of_estimate(piece) is None


@pytest.mark.parametrize(
    ("question", "sites"),
    [
        ("一处自治区级文物保护单位，一年看管员工资得发多少", {"自治区级": 1}),
        ("一个县级文保点看管员半年的工资要付多少", {"县级": 1}),
        ("我姑父看的那个县级文物点，点上看管员一年工资加起来多少", {"县级": 1}),
    ],
)
def test_what_a_site_must_pay_out_is_its_bill(question, sites) -> None:
    read = read_custodian(question)
    assert read["mode"] == "budget"
    assert read["sites"] == sites


@pytest.mark.parametrize(
    "question",
    [
        "一处县级文物点的看管员干了4个月，一共多少",  # months one worked
        "我在县级文保单位看了7个月，工资一共多少",  # the asker's own pay
        "县级文物点看管员一个月要发多少",  # no site counted
    ],
)
def test_one_persons_pay_stays_one_persons(question) -> None:
    assert read_custodian(question)["mode"] == "person"


def test_the_asker_and_one_other_summed_are_two() -> None:
    assert read_custodian("我和我弟一起看自治区级的点 半年加起来多少")["persons"] == 2


def test_the_asker_and_one_other_without_a_sum_is_one_persons_pay() -> None:
    assert "persons" not in read_custodian("我和我弟一起看自治区级的点 半年多少")


@pytest.mark.parametrize("turn", ["光她自己呢", "就算他本人的话", "单算我自个儿呢"])
def test_one_counted_alone(turn) -> None:
    assert understand(turn, "custodian_pay").inputs.get("persons") == 1


# --- answers (the real model) --------------------------------------------------------------


def test_a_refund_after_a_scheme_change_is_declined_by_the_medical_rules(assistant) -> None:
    _, answer = ask_turns(assistant, "我儿子明年要转成职工医保", "今年交过的250能退回来吗")
    assert answer.status == "out_of_scope"
    assert all("医疗保险" in c.doc_title for c in answer.citations)


def test_a_year_asked_next_is_declined_with_the_conversations_rule(assistant) -> None:
    _, answer = ask_turns(assistant, "县级的野外文物看管员一个月多少钱", "那2024年呢")
    assert answer.status == "out_of_scope"
    assert labels(answer) == ["第十二条"]


def test_a_fine_for_an_unnamed_deed_leans_on_the_last_question(assistant) -> None:
    _, answer = ask_turns(assistant, "寺庙大殿里的壁画能用手机拍吗", "悄悄拍了被发现罚多少")
    assert labels(answer)[0].startswith("第五十条")


def test_a_couples_ages_each_decide_their_own_contribution(assistant) -> None:
    (answer,) = ask_turns(assistant, "我外婆61 外公63 他们医保还要自己出钱吗")
    assert "外婆" in answer.answer and "外公" in answer.answer
    assert "外公要按自选的档次缴费" in answer.answer


def test_a_household_none_of_whom_is_exempt(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爸59，我妈55，居民医保每人一年交多少")
    assert answer.status == "answered"
    assert "爸59岁、妈55岁" in answer.answer
    assert "第十八条（二）" in labels(answer)


def test_a_mild_disability_and_an_age_below_the_exemption(assistant) -> None:
    (answer,) = ask_turns(assistant, "我姑姑是三级残疾，今年52岁，居民医保要交吗")
    assert answer.answer.startswith("需要交")
    assert {"第十八条（三）", "第十八条（二）"} <= set(labels(answer))


def test_one_person_singled_out_by_self(assistant) -> None:
    _, answer = ask_turns(assistant, "自治区级的点请了3个看管员干了4个月，一共发多少", "光她自己呢")
    assert answer.calculation["result"]["pay"] == "5600.00"


def test_a_special_diseases_limit_is_the_yearly_cap(assistant) -> None:
    (answer,) = ask_turns(assistant, "我妈糖尿病办了门诊特殊病，一年封顶多少")
    assert "6万" in answer.answer
    assert "第二十五条" not in labels(answer)


def test_the_two_illnesses_claim_holds_the_rate_and_the_limit(assistant) -> None:
    (answer,) = ask_turns(assistant, "我爷爷有高血压 在县医院开药 两病报多少")
    assert "65%" in answer.answer and "800" in answer.answer


def test_a_rough_drug_bill_after_the_illness_is_estimated(assistant) -> None:
    _, answer = ask_turns(assistant, "我有高血压，两病怎么报", "一年药钱大概2000，能报多少")
    assert answer.status == "error"
    assert answer.answer.startswith("按约2000元估算：医保约支付800.00元")


def test_a_stays_bill_said_with_lai_is_estimated_and_again_at_another_level(assistant) -> None:
    first, second = ask_turns(
        assistant, "交250档 在县医院住院 花了五千来块 报多少", "要是在地区人民医院呢"
    )
    assert first.answer.startswith("按约5000元估算：医保约支付4320.00元")
    assert second.answer.startswith("按约5000元估算：医保约支付3910.00元")


def test_one_post_of_a_list_by_its_figure(assistant) -> None:
    (answer,) = ask_turns(assistant, "农牧专业技术人员岗位有多少个")
    lead = answer.answer.splitlines()[0]
    assert "不少于20个" in lead and "兽医" not in lead


def test_the_tiers_are_not_narrowed_to_one(assistant) -> None:
    (answer,) = ask_turns(assistant, "居民医保分几个档次交")
    lead = answer.answer.splitlines()[0]
    assert all(t in lead for t in ("60元", "120元", "250元"))


def test_another_post_of_the_same_sentence_by_its_figure(assistant) -> None:
    _, answer = ask_turns(assistant, "公益性岗位有多少个", "乡村振兴专干呢")
    lead = answer.answer.splitlines()[0]
    assert "乡村振兴专干岗位不少于16个" in lead and "公益性" not in lead


def test_a_grade_of_relic_asked_next_with_the_last_act(assistant) -> None:
    _, answer = ask_turns(assistant, "寺庙的文物可以借给博物馆展览吗", "一级文物借出去呢")
    assert answer.answer.startswith("一级文物藏品")


def test_what_follows_a_deed_is_the_rule_that_says_it(assistant) -> None:
    (answer,) = ask_turns(assistant, "文物安全培训的时候无故缺勤会怎样")
    assert labels(answer)[0] == "四、（三）"


def test_a_supposed_case_the_last_rule_holds(assistant) -> None:
    _, answer = ask_turns(
        assistant, "县级文保单位的古塔要维修找谁批", "要是把塔整个搬到别的地方去呢"
    )
    assert answer.status == "answered"
    assert labels(answer)[0] == "第十五条"


def test_an_attribute_the_first_part_stated_is_not_asked_again(assistant) -> None:
    (answer,) = ask_turns(assistant, "普通门诊能报销吗？年度限额多少")
    assert "第二十五条" not in labels(answer)
    assert "300" in answer.answer


def test_named_hospitals_are_not_in_the_gazette(assistant) -> None:
    (answer,) = ask_turns(assistant, "普兰县有哪几家定点医院")
    assert answer.status == "out_of_scope"


def test_a_site_kept_by_one_person_is_still_checked(assistant) -> None:
    _, answer = ask_turns(assistant, "县级文物点看管员一个月多少钱", "那一个点就他一个人守吗")
    assert answer.status == "answered"
    assert "2名" in answer.answer


@pytest.mark.parametrize("question", ["看管员谁来考核", "这些养护员由谁考评", "工程谁来验收"])
def test_who_assesses_is_a_body_asked(question) -> None:
    from assistant.frame import FactType, read_frame

    assert read_frame(question).fact is FactType.BODY


def test_who_does_the_act_asked_after_counts(assistant) -> None:
    _, answer = ask_turns(
        assistant, "日土县的生态补偿农村公路养护岗位有多少个", "那这些人由谁来考核"
    )
    assert "七县交通运输局初步统计" not in answer.answer.splitlines()[0]  # (not the counts)
    assert "考核由县交通运输局" in answer.answer


def test_an_exempt_standing_is_said_as_the_rule_says_it(assistant) -> None:
    (answer,) = ask_turns(assistant, "我舅舅是特困供养人员，居民医保自己要出钱吗")
    assert "参保时个人不缴费" in answer.answer


def test_a_private_clinic_turns_on_whether_it_is_designated(assistant) -> None:
    (answer,) = ask_turns(assistant, "镇上的私立医院住院花的钱医保管不管")
    assert answer.answer.startswith("要看这家机构是不是医保定点医疗机构")
    assert labels(answer)[:2] == ["第三十五条", "第三十条（九）"]


def test_a_clinic_said_not_designated_is_refused(assistant) -> None:
    (answer,) = ask_turns(assistant, "在一家没有定点的诊所住了三天院 医保给报吗")
    assert answer.answer.startswith("不能报销")
    assert labels(answer)[0] == "第三十条（九）"


def test_a_case_the_bracket_leaves_out_is_said_first(assistant) -> None:
    (answer,) = ask_turns(
        assistant, "单位发文件派我去参加国家文物局办的安全培训，这钱还从地区专项经费里出吗"
    )
    assert answer.answer.startswith("您说的情形属于这条括号里的除外情形")


def test_the_rules_usual_case_is_not_the_exception(assistant) -> None:
    (answer,) = ask_turns(assistant, "单位让我去参加地区办的文物安全培训，钱谁出")
    assert not answer.answer.startswith("您说的情形属于")


def test_a_first_part_that_leans_on_the_last_turn(assistant) -> None:
    _, answer = ask_turns(assistant, "札达县生态补偿养护岗位有多少个", "全地区加起来多少，日土县呢")
    assert "1594" in answer.answer and "日土县237人" in answer.answer


def test_a_nurses_post_is_the_plans_medical_posts(assistant) -> None:
    (answer,) = ask_turns(assistant, "大学生毕业去当护士的岗位有几个")
    assert "医护岗位不少于100个" in answer.answer.splitlines()[0]
