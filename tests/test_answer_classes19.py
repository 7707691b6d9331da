"""Classes of question handled in the nineteenth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one.

The inpatient ratios expected are read from the calculators' rule table (rules.json), not from
the answers' prose: the lead sentence must state the rate the calculator would use."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from assistant.calculators.base import rules
from assistant.frame import read_frame
from assistant.multipart import split_parts
from tests.conversation import ask_turns, labels

LEVEL_SAID = {"乡镇卫生院": "乡镇卫生院", "二级": "二级医院", "三级": "三级医院"}
TIER_SAID = {60: "六十", 120: "一百二", 250: "二百五"}


def _rate(tier: int, level: str) -> str:
    value = Decimal(rules()["inpatient"]["ratio"]["values"][str(tier)][level])
    return f"{(value * 100).quantize(Decimal(1))}%"


def test_a_bare_asking_word_after_a_changed_case_stays_with_it() -> None:
    assert split_parts("那交六十的住进二级医院呢 报几成") == ["那交六十的住进二级医院呢 报几成"]
    # a tail that changes one thing is still its own part after a rule
    assert len(split_parts("乡镇卫生院起付线多少？三级呢？")) == 2


@pytest.mark.parametrize(
    "text, parameter",
    [
        ("交120的住二级医院报销比例是多少", "ratio"),
        ("三级医院住院起付线多少钱", "deductible"),
        ("住院床位费一天最多认多少", "bed_fee_cap"),
    ],
)
def test_the_parameter_of_a_calculators_rule_is_read(text, parameter) -> None:
    from assistant.rule_articles import asked_parameter

    frame = read_frame(text)
    assert frame.calculator == "inpatient"
    assert asked_parameter(frame) == parameter


def test_other_calculators_articles_for_the_same_parameter_are_known(corpus) -> None:
    from assistant.rule_articles import cited_unit, others_units

    own = cited_unit(corpus, "inpatient", "ratio")
    others = others_units(corpus, "inpatient", "ratio")
    assert own is not None and own.label == "第二十二条"
    assert own.id not in others and len(others) >= 2  # the outpatient schemes' ratios


FORMS = (
    "交{tier}的住{place}报几成",
    "{tier}档的人在{place}住院报销比例多少",
    "我家交的{tier}档 {place}住院能报百分之多少",
)


@pytest.mark.parametrize(
    "tier, level, form", list(itertools.product((60, 120, 250), LEVEL_SAID, FORMS))
)
def test_an_inpatient_rate_is_the_one_for_the_tier_and_level_asked(
    assistant, tier, level, form
) -> None:
    text = form.format(tier=tier, place=LEVEL_SAID[level])
    (response,) = ask_turns(assistant, text)
    lead = response.answer.split("\n", 1)[0]
    assert response.status == "answered", response.answer
    assert labels(response)[0] == "第二十二条", labels(response)
    assert _rate(tier, level) in lead, lead
    assert f"{tier}元" in lead, lead


@pytest.mark.parametrize(
    "first, then", [((60, "乡镇卫生院"), (120, "乡镇卫生院")), ((120, "二级"), (250, "三级"))]
)
def test_a_changed_tier_said_in_words_asks_the_same_rate_for_the_new_case(
    assistant, first, then
) -> None:
    _, response = ask_turns(
        assistant,
        f"交{first[0]}的住{LEVEL_SAID[first[1]]}报几成",
        f"那交{TIER_SAID[then[0]]}那档的去{LEVEL_SAID[then[1]]}呢",
    )
    lead = response.answer.split("\n", 1)[0]
    assert _rate(then[0], then[1]) in lead and f"{then[0]}元" in lead, lead


def test_which_article_with_the_document_named_is_the_last_answers(assistant) -> None:
    _, source = ask_turns(assistant, "交120的住三级医院报几成", "刚才这个比例写在实施办法的哪一条")
    assert labels(source)[:1] == ["第二十二条"], source.answer


@pytest.mark.parametrize(
    "text, piece",
    [
        ("交120 二级医院第一次住院 费用：详见发票 报多少", "详见发票"),
        ("姥姥住院 花费那栏写着 ？？？ 交250 三级医院 头一回", "？？？"),
        ("一级医院首次住院 交60 医药费写的 不清楚 报销多少", "不清楚"),
        ("交250 乡镇卫生院首次住院 花了 20% 能报多少", "20%"),
        ("二级医院第一次住院 交120 金额 $$$ 能报多少", "$$$"),
    ],
)
def test_a_cost_field_filled_with_no_figure_is_refused_by_name(text, piece) -> None:
    frame = read_frame(text)
    assert piece in [m.text for m in frame.malformed], frame.malformed


@pytest.mark.parametrize(
    "text",
    ["住院费用：一万二 交250 三级 第一次 报多少", "住院费用是多少能报", "门特费用：怎么算"],
)
def test_a_cost_field_with_a_figure_or_a_question_is_no_error(text) -> None:
    assert not read_frame(text).malformed


@pytest.mark.parametrize(
    "text, refused",
    [
        ("交的是钻石档 二级医院首次住院 六千 报多少", True),
        ("档次填的 999 一级医院头回住院 两千 报多少", True),
        ("档次写的是120 一级医院首次住院 3000 报多少", False),
        ("交的是最低档 三级医院第一次住院 一万 报多少", False),
    ],
)
def test_a_tier_said_as_a_value_that_is_no_tier_is_refused(text, refused) -> None:
    frame = read_frame(text)
    assert ("tier" in frame.invalid_fields) is refused, frame.invalid
    if not refused:
        assert frame.slots.get("tier") in (60, 120, 250)


@pytest.mark.parametrize(
    "text, said",
    [
        ("搬迁安置的群众在哪里参保", []),  # 迁安 (a city) inside 搬迁安置
        ("湖南岳阳的居民医保起付线多少", ["湖南", "岳阳"]),  # a place right after another
        ("在成都住院回来怎么报", ["成都"]),
    ],
)
def test_a_short_place_name_only_where_a_word_starts(text, said) -> None:
    from assistant.places import find_places

    assert [f.said for f in find_places(text)] == said


def test_members_joined_by_he_after_a_lead_word_are_a_list() -> None:
    from assistant.lists import enumerates

    assert enumerates("补助资金分为中央补助资金、自治区补助资金和地、县补助资金。")
    assert not enumerates("资金由地区和县承担。")


def test_a_count_names_members_only_right_before_it() -> None:
    import re

    from assistant.compose import _members_before

    stated = re.compile(r"[一二三四五六七八九十两\d]+\s*[个种类项]?\s*级")
    assert not _members_before(stated, "养护成本高、任务重、资金少，地、县两级财政配套")
    stated = re.compile(r"[一二三四五六七八九十两\d]+\s*[个种类项]?\s*档次")
    assert _members_before(stated, "可自愿选择 60 元、120 元、250 元三个档次进行缴费。")
    # a count said once without members and again right after them: the later one counts
    stated = re.compile(r"[一二三四五六七八九十两\d]+\s*[个种类项]?\s*县")
    assert _members_before(stated, "与五县协商，建议甲、乙、丙三县由公司经营；丁县自营。")


def test_which_levels_a_subsidy_comes_from_is_the_list_that_divides_it(assistant) -> None:
    (response,) = ask_turns(assistant, "政府给的财政补助资金都分成哪几级")
    assert labels(response)[:1] == ["第十七条"], response.answer
    assert "中央财政补助资金" in response.answer and "自治区财政补助资金" in response.answer


@pytest.mark.parametrize(
    "text, parts",
    [
        ("门诊特殊病一共多少种 有没有起付线", 2),  # a yes/no about a thing not yet named
        ("普通门诊报销比例多少，能报吗", 1),  # a yes/no with only a verb leans on the part before
        ("看管员每月工资多少 管不管饭", 1),
        # a yes/no after a yes/no puts the same question again in other words
    ],
)
def test_a_yes_no_about_a_new_thing_is_a_part_of_its_own(text, parts) -> None:
    assert len(split_parts(text)) == parts


@pytest.mark.parametrize(
    "first, subject",
    [
        ("门特一共几种病", "门特"),
        ("住院起付线多少", "住院"),
        ("县级看管员每月工资多少", "县级看管员"),
    ],
)
def test_the_subject_of_a_first_part_leaves_out_the_attribute_it_asks(first, subject) -> None:
    from assistant.multipart import subject_of

    assert subject_of(first) == subject


def test_an_attribute_asked_alone_after_a_first_part_is_the_first_parts_subjects(
    assistant,
) -> None:
    (response,) = ask_turns(assistant, "门诊特殊病一共多少种 有没有起付线")
    assert labels(response)[:2] == ["第二十四条（一）", "第二十四条（二）"], response.answer
    assert "不设起付线" in response.answer
    (response,) = ask_turns(assistant, "住院的起付线是多少 有没有封顶")
    assert "第二十三条" in labels(response), response.answer


@pytest.mark.parametrize("text", ["跑去阿里以外的医院住院报多少", "在阿里地区之外看病能报吗"])
def test_outside_ngari_said_with_yiwai_is_treatment_elsewhere(text) -> None:
    from assistant.frame import PlaceRole

    frame = read_frame(text)
    assert any(p.role is PlaceRole.TREATED for p in frame.subject.places)
    assert frame.slots.get("in_area") is not True


@pytest.mark.parametrize(
    "turns, label",
    [
        (("三甲创建里 巩固整改阶段都干些啥",), "三、（一）"),
        (("创三甲的自查整改阶段具体做什么", "那动员部署阶段呢"), "三、（二）"),
    ],
)
def test_a_section_named_by_its_title_is_answered_by_that_section(assistant, turns, label):
    response = ask_turns(assistant, *turns)[-1]
    assert labels(response)[:1] == [label], response.answer


def test_a_count_of_the_sections_is_still_the_lead_in(assistant) -> None:
    (response,) = ask_turns(assistant, "创建三甲一共分为几个阶段")
    assert labels(response)[:1] == ["三、"], response.answer


def test_a_continued_rate_is_the_last_schemes(assistant) -> None:
    _, response = ask_turns(assistant, "普通门诊的起付线一年累计多少", "那过了起付线以后报几成")
    assert labels(response)[:1] == ["第二十六条（三）"], response.answer
    assert "60%" in response.answer.split("\n", 1)[0]


def test_a_procedure_of_an_act_jieba_tags_as_an_adjective_is_read() -> None:
    from assistant.compose import _procedure_act

    assert _procedure_act("手机上的医保码怎么激活") == "激活"
    assert _procedure_act("新生儿怎么参保") == "参保"


def test_a_procedure_of_an_act_the_gazette_never_names_is_declined(assistant) -> None:
    (response,) = ask_turns(assistant, "手机上的医保码怎么激活")
    assert response.status == "out_of_scope", response.answer


def test_a_rule_parameter_asked_while_a_tier_is_pending_is_answered_and_the_case_resumes(
    assistant,
) -> None:
    _, rule, case = ask_turns(
        assistant,
        "我舅在三级医院第一次住院 花了两万 能报多少",
        "插一句 三级医院的床位费每天最多认多少",
        "他交的120那档",
    )
    assert rule.status == "answered" and "80元" in rule.answer, rule.answer
    assert case.status == "calculated", case.answer


def test_a_yes_no_asked_while_a_cost_is_pending_is_answered_and_the_cost_resumes(
    assistant,
) -> None:
    _, verdict, case = ask_turns(
        assistant,
        "我妈交120 今年头一回住二级医院 算下报多少",
        "对了 住院的伙食费给报吗",
        "一共花了六千",
    )
    assert verdict.status == "answered" and "第三十条（五）" in labels(verdict), verdict.answer
    assert case.status == "calculated", case.answer


@pytest.mark.parametrize("text", ["我爸交的是最高的二百五", "她交的是最低的六十"])
def test_a_tier_named_by_its_rank_and_its_value_is_read(text) -> None:
    from assistant.calculators.understanding import read_tier

    assert read_tier(text)[0] in (250, 60)


def test_a_yearly_total_asked_without_a_case_is_the_rule(assistant) -> None:
    (response,) = ask_turns(assistant, "糖尿病两病门诊每年能报多少")
    assert response.status == "answered" and "第二十五条" in labels(response), response.answer


def test_whether_two_benefits_count_together_is_no_illness_verdict(assistant) -> None:
    (response,) = ask_turns(assistant, "门特的钱跟住院的钱是不是加在一起算封顶")
    assert not response.answer.startswith("不属于"), response.answer
    assert "合并累计计算" in response.answer


def test_whether_an_act_breaks_the_rules_is_not_declined_for_the_word_violation(
    assistant,
) -> None:
    (response,) = ask_turns(assistant, "定点医院用自费药没让病人签字 算不算违规")
    assert response.status == "answered", response.answer
    assert "违规”" not in response.answer


def test_the_subject_of_a_yes_no_is_what_stands_before_its_copula() -> None:
    from assistant.multipart import subject_of

    assert subject_of("看管员是村里推荐的吗") == "看管员"
    assert subject_of("五保户是政府代缴的吗") == "五保户"


def test_a_later_part_the_gazette_does_not_answer_stays_declined(assistant) -> None:
    """Its nearest rule was quoted by the part before: it is not answered by a weaker article."""
    (response,) = ask_turns(assistant, "看管员是村里推荐的吗 要不要考试")
    assert "第十条" in labels(response), response.answer
    assert "没有规定“考试”" in response.answer, response.answer


@pytest.mark.parametrize("place", ["区外", "成都", "外省"])
def test_how_a_claim_outside_is_made_is_told_by_the_steps_not_the_rate(assistant, place) -> None:
    (response,) = ask_turns(assistant, f"在{place}住院花的钱回来怎么报销")
    assert labels(response)[:1] == ["第三十四条"], response.answer
    assert "先行垫付" in response.answer


@pytest.mark.parametrize("build", ["盖新房", "盖两间平房", "盖个房子"])
def test_building_a_house_however_said_is_the_construction_the_rule_forbids(
    assistant, build
) -> None:
    (response,) = ask_turns(assistant, f"文物保护单位的保护范围里能{build}吗")
    assert response.status == "answered", response.answer
    assert {"第十三条", "第五十条"} & set(labels(response)), response.answer


@pytest.mark.parametrize(
    "text, thing",
    [
        ("住院时陪床的家属能领误工补贴吗", "误工补贴"),
        ("大学生创业能拿到贴息贷款吗", "贴息贷款"),
        ("坐月子的妈妈有没有营养补贴可以领", "营养补贴"),
    ],
)
def test_a_payment_received_that_no_near_rule_names_is_declined(assistant, text, thing) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer
    assert thing in response.answer


def test_a_bare_support_asked_is_answered_by_who_pays_for_them(assistant) -> None:
    (response,) = ask_turns(assistant, "低保户参保能享受补助吗")
    assert response.status == "answered", response.answer


@pytest.mark.parametrize(
    "text",
    ["全地区一共有多少名看管员", "现在全阿里有多少人参加了居民医保", "办了门特的总共有多少人"],
)
def test_a_whole_count_of_people_the_text_never_states_is_declined(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer


def test_a_count_for_each_site_is_still_answered(assistant) -> None:
    (response,) = ask_turns(assistant, "每处野外文物点安排几个看管员")
    assert response.status == "answered" and "2名" in response.answer, response.answer


@pytest.mark.parametrize("said", ["护路员一共多少人", "护路岗总共多少个"])
def test_road_wardens_are_the_texts_maintenance_posts(assistant, said) -> None:
    (response,) = ask_turns(assistant, said)
    assert "1594" in response.answer, response.answer


def test_posts_counted_answer_how_many_people_are_taken(assistant) -> None:
    (response,) = ask_turns(assistant, "三支一扶一共要招多少人")
    assert response.status == "answered" and "10个" in response.answer, response.answer


@pytest.mark.parametrize("found", ["修水渠挖出几块老陶片", "盖羊圈时刨出一个铜佛像"])
def test_what_to_do_on_a_find_is_the_finders_duty_not_the_excavators(assistant, found) -> None:
    """A report to an office is a step: 第二十一条 states it; 第二十条's 登记造册 is the diggers'."""
    (response,) = ask_turns(assistant, f"{found} 该怎么办")
    assert labels(response)[:1] == ["第二十一条"], response.answer


@pytest.mark.parametrize("said", ["转院证明由哪家医院出具", "转诊的证明找哪个医院开"])
def test_which_hospital_does_an_act_is_answered_by_its_part_in_it(assistant, said) -> None:
    (response,) = ask_turns(assistant, said)
    assert labels(response)[:1] == ["第三十二条"], response.answer


def test_money_for_one_kilometre_is_a_rate_the_text_never_states(assistant) -> None:
    (response,) = ask_turns(assistant, "农村公路养护 一公里政府给多少钱")
    assert response.status == "out_of_scope", response.answer


@pytest.mark.parametrize(
    "text, value",
    [("野外文物看管员的年龄有没有限制", "25-50岁"), ("当看管员 岁数上有门槛吗", "25-50岁")],
)
def test_a_limit_asked_is_answered_by_the_bound_the_rule_states(assistant, text, value) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered" and value in response.answer, response.answer


def test_an_approval_sought_is_a_step_of_a_procedure(assistant) -> None:
    (response,) = ask_turns(assistant, "一级藏品和别的博物馆互相借用 要走哪些审批程序")
    assert labels(response)[:1] == ["第二十七条"], response.answer
