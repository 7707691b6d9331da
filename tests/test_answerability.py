"""What the text does not say is declined; the rule for the benefit and the place asked is
chosen (real model; sentences written for this test, not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from assistant.engine import State
from assistant.frame import read_frame
from assistant.multipart import split_parts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("看管员的年终奖金有多少", "年终奖金"),  # a thing the gazette never names
        ("医保报销要审核几个工作日", "工作日"),
        ("看管员一天巡逻几个小时", "小时"),
    ],
)
def test_a_value_of_a_thing_the_text_never_names_is_declined(assistant, question, named) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope"
    assert response.answer.startswith("文件没有规定") and named in response.answer
    assert response.citations  # the nearest rule, as a reference


@pytest.mark.parametrize(
    ("question", "article", "contains"),
    [
        # no benefit named: the scheme's yearly cap, not 普通门诊's 300元
        ("城乡居民医保每年最高能报销多少钱", "第二十三条", "6万"),
        # treated outside the pool: the rule for that
        ("阿里参保的人去成都住院，报销比例会降低多少", "第二十二条", "10%"),
        # a value stated for the thing asked, in the article that names it
        ("“三支一扶”岗位计划有多少个", "三、（一）3.", "10"),
    ],
)
def test_the_clause_for_what_is_asked(assistant, question, article, contains) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert response.citations[0].article == article
    assert contains in response.answer.split("\n")[0]


def test_materials_are_looked_up_without_the_circumstances(assistant) -> None:
    response = assistant.ask("在重庆看病先垫了钱，回来报销需要准备什么资料", State())
    assert response.status == "answered"
    assert response.citations[0].article == "第三十四条"
    assert "出院证明" in response.answer


def test_each_asking_part_is_answered() -> None:
    assert split_parts("看管员每月工资多少，协议最长签几年") == [
        "看管员每月工资多少",
        "协议最长签几年",
    ]
    # circumstances, and a tail that changes one thing of one's own case, stay with their
    # question; a rule's tail ("二级呢？") is a part of its own, read with the one before it
    assert len(split_parts("我交120档，二级医院住院花了8千，能报多少")) == 1
    assert len(split_parts("住院花了2万报多少？二级呢？")) == 1
    assert split_parts("三级医院起付线多少？二级呢？") == ["三级医院起付线多少？", "二级呢？"]


@pytest.mark.parametrize(
    ("question", "sex", "age"),
    [("俺娘今年61，医保还要交吗", "女", 61), ("我老爹66了还得掏钱参保不", "男", 66)],
)
def test_kin_as_people_name_them(question, sex, age) -> None:
    person = read_frame(question).person
    assert (person.sex, person.age) == (sex, age)


def test_whether_one_pays_is_computed_for_kin(assistant) -> None:
    response = assistant.ask("我老爹66了，参保的钱还要他自己出吗", State())
    assert response.status == "calculated"
    assert response.answer.startswith("不用交")
    assert response.calculation["result"]["individual"] == "0.00"


@pytest.mark.parametrize(
    "request_text",
    [
        "讲一个野外看管员的故事吧",
        "帮我把第十八条改写成白话",
        "给我出五道文物安全的题",
        "算一下房贷利息",
    ],
)
def test_tasks_that_are_not_questions_about_the_documents(request_text) -> None:
    from assistant.frame import Intent

    assert read_frame(request_text).intent is Intent.OFF_TOPIC


def test_thanks_get_a_short_reply(assistant) -> None:
    response = assistant.ask("好的，谢谢您！", State())
    assert response.status == "answered" and response.answer.startswith("不客气")


def test_insured_where_one_comes_from_is_another_places_scheme(assistant) -> None:
    response = assistant.ask("户口在甘肃，在老家参的保，来阿里打工生病住院怎么报", State())
    assert response.status == "out_of_scope" and "甘肃" in response.answer


def test_treated_elsewhere_yes_no_quotes_the_rule_for_it(assistant) -> None:
    response = assistant.ask("户口在阿里，去西安住院还能报销吗", State())
    assert response.status == "answered"
    assert "统筹区外" in response.answer.split("\n")[0]


def test_a_condition_is_answered_with_its_consequence(assistant) -> None:
    response = assistant.ask("看管人员巡逻日志乱填会有什么后果", State())
    assert "扣除" in response.answer.split("\n")[0]


def test_how_it_is_paid_asks_the_rule(assistant) -> None:
    response = assistant.ask("刚出生的宝宝住院的费用怎么报", State())
    assert response.status == "answered"
    assert response.citations[0].article.startswith("第二十九条")


@pytest.mark.parametrize(
    "question, field",
    [
        ("我奶奶135岁了还用交医保吗", "年龄"),
        ("孩子-1岁，医保交多少", "年龄"),
        ("县级看管员干了2.5个月，工资多少", "月数"),
        ("交120.5档，一级医院住院花了5000", "缴费档次"),
        ("交250档三级医院住院花了800美金报多少", "人民币"),
        ("交250档三级医院住院花了€500报多少", "人民币"),
    ],
)
def test_a_field_written_out_of_its_bounds_is_refused_by_name(assistant, question, field) -> None:
    response = assistant.ask(question, State())
    assert response.status == "error" and field in response.answer


@pytest.mark.parametrize(
    "question, article, contains",
    [
        # the general rule before the exceptions for special groups
        ("城乡居民医保每年个人缴多少钱", "第十八条", "60元、120元、250元"),
        # a count is answered by the clause that counts the thing
        ("个人缴费分几个档次", "第十八条", "三个档次"),
        # a clause that only names the cap is followed to the clause that states it
        ("门特一年最多能报多少钱", "第二十三条", "6万元"),
        # each tier's rates when the question names no tier
        ("在乡镇卫生院住院报销比例多少", "第二十二条", "60元的参保居民"),
        # the time of a stage stands in its section's title
        ("正式评审安排在什么时间", "三、（六）", "2021年6月"),
        # the list whose lead-in says what is asked
        ("看管人员出现哪些行为会被解聘", "第十七条", "5项"),
        # who does the act asked ("谁收") is the body that does it (征收)
        ("医保的个人缴费由谁来征收", "第十五条", "税务部门"),
        # a "how" question on a short article: all its sentences
        ("文物安全事故发生后应该怎样上报", "第四十八条", "书面形式"),
    ],
)
def test_the_value_for_what_is_asked_class(assistant, question, article, contains) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert response.citations[0].label.startswith(article), response.citations[0].label
    assert contains in response.answer


def test_a_follow_up_with_what_it_is_combined_with_leans_on_the_last_topic(assistant) -> None:
    state = State()
    assistant.ask("门诊特殊病有没有起付线", state)
    response = assistant.ask("跟住院合并算限额吗", state)
    assert response.citations[0].label.startswith("第二十四条")
    assert "合并" in response.answer


def test_a_short_continuation_asks_the_same_kind_of_fact(assistant) -> None:
    state = State()
    assistant.ask("住院报销比例是多少", state)
    response = assistant.ask("那交60档的呢", state)
    assert "缴费档次为60元" in response.answer and "250元的参保居民" not in response.answer


def test_a_polite_opening_is_not_what_is_asked(assistant) -> None:
    response = assistant.ask("请问一下看管员工资", State())
    assert response.status == "answered" and "1200" in response.answer


@pytest.mark.parametrize(
    "question, named",
    [
        ("干了两年的看管员工资会涨多少", "工资的涨幅"),
        ("毕业生生活补贴以后能提高多少", "补贴的涨幅"),
    ],
)
def test_the_size_of_a_change_the_text_does_not_state_is_declined(assistant, question, named):
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope" and named in response.answer


def test_the_size_of_a_change_the_text_states_is_answered(assistant) -> None:
    response = assistant.ask("贫困户住院报销比例能提高几个点", State())
    assert response.status == "answered" and "5%" in response.answer


def test_a_range_in_a_question_about_the_rules_is_no_input(assistant) -> None:
    assert assistant.ask("看管员每月是1200到1400元吗", State()).status == "answered"
    refused = assistant.ask("交120档二级医院住院花了一万到两万，报多少", State())
    assert refused.status == "error" and "范围" in refused.answer


def test_a_thing_named_only_as_whose_does_not_decline(assistant) -> None:
    # 博物馆 says whose relics; what is asked (how long they may be lent) is in 第二十七条
    response = assistant.ask("博物馆的藏品外借最长能借多久", State())
    assert response.status == "answered" and "两年" in response.answer


def test_several_parts_of_another_kind_of_fact_are_each_answered(assistant) -> None:
    response = assistant.ask("文物保护单位迁移要报谁审批 多少天内", State())
    assert response.status in ("answered", "out_of_scope")
    # a space between Chinese words splits the parts as a comma does
    from assistant.multipart import split_parts

    assert split_parts("两病里高血压一年限额多少 糖尿病多少") == [
        "两病里高血压一年限额多少",
        "糖尿病多少",
    ]
    assert len(split_parts("医保每年啥时候交，交多少")) == 2  # a date, then an amount


def test_a_later_part_already_answered_by_an_earlier_quote_is_not_declined(assistant) -> None:
    response = assistant.ask("高血压门诊一年最多报多少 糖尿病的呢多少", State())
    assert "文件没有规定" not in response.answer and "1200" in response.answer


def test_she_and_a_number_is_her_age(assistant) -> None:
    state = State()
    assistant.ask("我爷爷78了，医保还交吗", state)
    response = assistant.ask("那我奶奶呢，她61", state)
    assert response.status == "calculated"
    assert response.calculation["result"]["individual"] == "0.00"


@pytest.mark.parametrize(
    "question",
    [
        "文物保护单位保护范围外多少米才能建房",
        "野外看管员的补助每月几号发",
        "文物安全培训考试多少分算合格",
        "大病保险是哪家保险公司在承办",
        "参保登记要在哪个手机软件上操作",
    ],
)
def test_a_figure_or_name_the_text_never_states_in_that_kind_is_declined(
    assistant, question: str
) -> None:
    response = assistant.ask(question)
    assert response.status == "out_of_scope", response.answer
    assert response.answer.startswith("文件没有规定") and response.citations


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("外地住院几日内要备案", "5日"),
        ("县级以上文保单位每处安排几名看管员", "2名"),
        ("乡镇卫生院床位费每天多少钱", "20元"),
    ],
)
def test_a_figure_the_text_states_in_that_kind_is_answered(
    assistant, question: str, figure: str
) -> None:
    response = assistant.ask(question)
    assert response.status == "answered" and figure in response.answer
