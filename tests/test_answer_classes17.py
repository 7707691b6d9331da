"""Classes of question handled in the seventeenth session (sentences written for this test, not
taken from any evaluation table). The first tests load no model; the rest use the real one."""

from __future__ import annotations

import pytest

from assistant.frame import FactType, read_frame
from assistant.lists import list_head, series_list, sibling_list
from tests.conversation import ask_turns, labels


def _unit(corpus, doc: str, label: str):
    return corpus.unit(doc, label)


@pytest.mark.parametrize(
    "text",
    [
        "就业规划里那四个相结合分别是什么",
        "培训工作的六个基本原则是什么",
        "示范县创建要经过哪四个阶段",
        "多位一体的就业格局由哪几块组成",
        "保障机制分别是哪几个",
    ],
)
def test_members_of_a_counted_kind_are_a_list_asked(text) -> None:
    assert read_frame(text).fact is FactType.LIST


@pytest.mark.parametrize("text", ["门诊统筹资金占统筹基金多少", "个人缴费占筹资的几成"])
def test_a_part_of_a_whole_asked_is_a_share(text) -> None:
    assert read_frame(text).fact is FactType.RATIO


def test_room_taken_is_no_share() -> None:
    assert read_frame("文物保护范围占地多少").fact is not FactType.RATIO


def test_paragraphs_opening_alike_are_one_list(corpus) -> None:
    listing = series_list(_unit(corpus, "高校毕业生就业规划", "二、（二）"))
    assert listing is not None
    openings = [m.text[:6] for m in listing.members]
    assert openings == ["——坚持政府", "——坚持问题", "——坚持协调", "——坚持观念"]


def test_consecutive_sentences_opening_alike_are_one_list(corpus) -> None:
    listing = series_list(_unit(corpus, "高校毕业生就业规划", "三、（二）6."))
    assert listing is not None
    assert len(listing.members) == 4
    assert all(m.text.startswith("打造") and "品牌" in m.text[:10] for m in listing.members)


def test_an_article_of_numbered_items_is_no_series(corpus) -> None:
    assert series_list(_unit(corpus, "城乡居民基本医疗保险实施办法", "第十六条")) is None


def test_sections_under_one_heading_are_its_list(corpus) -> None:
    listing = sibling_list(_unit(corpus, "文物工作人员文物安全培训办法", "一、（三）"), corpus)
    assert listing is not None
    shown = [m.text.split("：")[0] for m in listing.members]
    assert shown == ["全员性", "针对性", "计划性", "全程性", "全面性", "跟踪性"]


def test_a_parent_section_lists_its_children(corpus) -> None:
    listing = sibling_list(_unit(corpus, "四好农村路", "四、"), corpus)
    assert listing is not None
    assert [m.label for m in listing.members] == [
        "四、（一）",
        "四、（二）",
        "四、（三）",
        "四、（四）",
    ]


def test_a_list_is_named_by_the_words_before_its_colon() -> None:
    assert list_head("培训方式包括：集中培训、分类培训。") == "培训方式"
    assert list_head("参保人员有下列情形之一的：") == ""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("就业规划讲的四个相结合具体是哪四个", ["政府促进和市场调节", "观念引导和能力提升"]),
        ("文物安全培训有哪几条基本原则", ["全员性", "跟踪性"]),
        ("多位一体就业格局都包括什么", ["市场就业", "参军入伍和学历提升"]),
        ("跟定点医疗机构签的服务协议要写明哪些内容", ["服务对象", "违约责任"]),
    ],
)
def test_a_list_question_gets_every_member(assistant, text, members) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered", response.answer
    for member in members:
        assert member in response.answer


@pytest.mark.slow
def test_the_next_list_of_the_same_rules_is_found_by_its_head(assistant) -> None:
    _, second = ask_turns(assistant, "文物安全培训有哪些方式", "那内容呢")
    assert second.status == "answered", second.answer
    assert "六、（三）" in labels(second)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["看管员休病假的话会不会扣工资", "去参加文物培训的差旅费能报吗", "家里人陪产误工了有没有补贴"],
)
def test_a_circumstance_the_gazette_never_names_is_declined(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "out_of_scope", response.answer
    assert "文件没有规定" in response.answer


@pytest.mark.slow
def test_a_why_after_a_share_asks_the_rule(assistant) -> None:
    _, second = ask_turns(assistant, "门诊统筹资金占统筹基金多少", "为啥年底剩的钱要清零")
    assert second.status == "answered", second.answer
    assert "清零" in second.answer


@pytest.mark.slow
def test_the_members_counted_in_the_question_are_the_clause_counting_them(assistant) -> None:
    (response,) = ask_turns(assistant, "农村客运交给地区交通实业发展总公司经营的有哪四个县")
    assert response.status == "answered", response.answer
    assert all(county in response.answer for county in ("措勤", "改则", "革吉", "噶尔"))


def test_kinds_counted_in_english_are_asked_as_kinds() -> None:
    from assistant.english import to_chinese

    assert "多少种" in to_chinese(
        "How many chronic diseases does the special outpatient list have?"
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("拖到十二月三十一号以后", "拖到12月31日以后"),
        ("十月一日开始交", "10月1日开始交"),
        ("三月底前", "3月底前"),
        ("一个月工资", "一个月工资"),  # a month counted is no date
        ("十二个月", "十二个月"),
    ],
)
def test_dates_in_chinese_numerals_are_written_in_digits(text, read) -> None:
    from corpus.numerals import dates_in_digits

    assert dates_in_digits(text) == read


@pytest.mark.parametrize(
    "text", ["要是中途断缴过一段时间呢", "要是拖到年底以后才交呢", "要是错过了呢"]
)
def test_a_missed_time_limit_asks_what_follows(text) -> None:
    from assistant.frame import WHAT_HAPPENS

    assert WHAT_HAPPENS.search(text)


@pytest.mark.slow
def test_a_lapse_is_answered_by_its_burden_not_by_the_date_named(assistant) -> None:
    (response,) = ask_turns(assistant, "医保要是拖到十二月三十一号以后才交会怎么样")
    assert response.status == "answered", response.answer
    assert "由本人承担" in response.answer
    assert "第八条" in labels(response)


@pytest.mark.slow
def test_a_why_naming_a_rare_word_finds_its_item(assistant) -> None:
    _, second = ask_turns(assistant, "医保不给报的非疾病治疗项目有哪些", "为啥镶牙也不给报")
    assert second.status == "answered", second.answer
    assert "镶牙" in second.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["文物事故核实以后 能不能只口头报告一下", "老人门诊统筹没用完的钱 儿女能继承吗"]
)
def test_a_manner_or_a_person_asked_is_decided_by_the_rule(assistant, text) -> None:
    (response,) = ask_turns(assistant, text)
    assert response.status == "answered", response.answer


@pytest.mark.slow
def test_a_why_naming_another_rule_after_a_result_is_that_rule(assistant) -> None:
    _, _, third = ask_turns(
        assistant, "交的60档 乡镇卫生院住院花了5000 报多少", "看管员有哪些权利", "为啥洁牙不给报"
    )
    assert third.status == "answered", third.answer
    assert "第三十条（四）" in labels(third)


@pytest.mark.slow
def test_an_explained_result_cites_its_own_rules_after_a_lookup(assistant) -> None:
    _, _, third = ask_turns(
        assistant, "交的60档 乡镇卫生院住院花了5000 报多少", "看管员有哪些权利", "为什么报了这么少"
    )
    assert third.status == "answered", third.answer
    assert all("医疗保险" in c.doc_title for c in third.citations), labels(third)
