"""Classes of question handled in the seventh session (real model; sentences written for this
test, not taken from any evaluation table): a permission answered by the rule that forbids, an
act a question ends on, care inside Tibet, how long something takes, stays counted with 趟,
a 两病 tally of its own, a return to an earlier topic, another person's own tier."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.engine import State
from assistant.frame import FactType, read_frame
from assistant.guard import check
from tests.conversation import ask_turns, labels

pytestmark = pytest.mark.slow


_ask = ask_turns
_labels = labels


def _paid(response, key: str = "payment") -> Decimal:
    assert response.status == "calculated", response.answer
    return Decimal(response.calculation["result"][key])


@pytest.mark.parametrize(
    ("question", "article", "contains"),
    [
        # a permission is answered by the rule that forbids the act, before the list that
        # punishes it, and never by a list of rewarded deeds
        ("看管员可以把遗址在哪儿讲给外地游客听吗", "第七条（五）", "不得擅自对外提供"),
        ("文物保护单位的保护范围里能不能放炮", "第十三条", "爆破"),
        # a yes/no or period question ending on an act takes the clause that speaks of it
        ("去广州看病需要先备案吗", "第三十三条", "备案"),
        ("在西安住院几天以内要报备", "第三十三条", "5日内"),
        # how a sum is shared between payers is a ratio
        ("医保的财政补贴自治区和地县各掏多少", "第十七条", "6:2:2"),
    ],
)
def test_the_clause_for_what_is_asked(assistant, question, article, contains) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert _labels(response)[0] == article, response.answer
    assert contains in response.answer


@pytest.mark.parametrize("place", ["拉萨", "林芝"])
def test_a_rule_only_for_care_outside_tibet_is_said_not_to_apply_inside(assistant, place) -> None:
    response = assistant.ask(f"我在{place}住院 需要提前备案吗", State())
    assert response.status == "answered", response.answer
    assert _labels(response)[0] == "第三十三条"
    assert "不适用" in response.answer and "西藏自治区以外" in response.answer


@pytest.mark.parametrize(
    "question",
    [
        "在北京住院以后 报销款多久能打到银行卡",  # the text sets no time for the transfer
        "看管员的业务授课 多久组织一次",  # 第十四条 names the lessons, not how often
        "文物安全联席会议多长时间开一次会",
    ],
)
def test_a_length_of_time_no_clause_states_is_declined(assistant, question) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope", response.answer
    assert "没有规定" in response.answer


@pytest.mark.parametrize(
    ("question", "contains"),
    [
        ("考古发掘完了 出土文物多长时间内要移交", "六个月"),
        ("馆藏文物借给别的收藏单位 最多能借多久", "两年"),
        ("去外省住院多久之内要备案", "5日内"),
    ],
)
def test_a_length_of_time_stated_is_answered(assistant, question, contains) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert contains in response.answer


@pytest.mark.parametrize(
    "question",
    ["文物点提供的照片要不要收费", "文保单位借用展品要不要交押金", "看管员外出考察的路费谁出"],
)
def test_a_fee_no_near_article_speaks_of_is_declined(assistant, question) -> None:
    response = assistant.ask(question, State())
    assert response.status == "out_of_scope", response.answer


@pytest.mark.parametrize(
    ("question", "deductible"),
    [
        ("交120档 二级医院 今年第二趟住院了 花了1万 报多少", "140.00"),
        ("60档 乡卫生院住院 头一趟 花了两千 报多少", "100.00"),
    ],
)
def test_stays_counted_with_tang_set_the_order(assistant, question, deductible) -> None:
    assert _paid(assistant.ask(question, State()), "deductible") == Decimal(deductible)


@pytest.mark.parametrize(
    ("question", "payment"),
    [
        # 1千8 closes a written amount; 120档 is the tier beside it
        ("一级医院住院 1千8 120档 第一次 报多少", "1200.00"),
        # a tier after 档次是 in Chinese numerals
        ("二级医院第一次住院花了一万 档次是二百五", "8820.00"),
        # one of the three tiers standing alone between spaces
        ("今年 120 二级医院 第一次住院 1万 报多少", "7350.00"),
    ],
)
def test_a_tier_and_a_cost_said_side_by_side_are_both_read(assistant, question, payment) -> None:
    assert _paid(assistant.ask(question, State())) == Decimal(payment)


def test_a_relatives_age_with_le_decides_who_pays(assistant) -> None:
    response = assistant.ask("我外公六十九了 今年医保自己要掏多少", State())
    assert _paid(response, "individual") == Decimal("0.00")
    assert "65周岁" in response.answer


def test_the_age_exemption_wins_over_an_identity_that_pays_less(assistant) -> None:
    response = assistant.ask("奶奶六十三了 家里是低保户 医保个人交多少", State())
    assert _paid(response, "individual") == Decimal("0.00")


def test_a_crowd_call_before_a_question_is_courtesy(assistant) -> None:
    response = assistant.ask("有懂行的吗 我爷爷70了 今年医保交多少", State())
    assert _paid(response, "individual") == Decimal("0.00")


@pytest.mark.parametrize(
    ("question", "key", "value"),
    [
        ("我二舅守国保点 守了4个月 工资一共多少", "pay", "5600.00"),
        ("县级2处 自治区级1处 看管员半年预算多少", "budget", "45600.00"),
    ],
)
def test_custodian_pay_said_in_other_words(assistant, question, key, value) -> None:
    assert _paid(assistant.ask(question, State()), key) == Decimal(value)


def test_two_diseases_visits_keep_their_own_tally(assistant) -> None:
    first, second, why = _ask(
        assistant,
        "我妈高血压走两病 一级医院 甲类药600 报多少",
        "过了俩月又开了甲类700",
        "为什么第二次只报了三百多",
    )
    assert _paid(first) == Decimal("420.00")  # 600 × 70%
    assert _paid(second) == Decimal("380.00")  # 800 limit less 420 already paid
    assert why.status == "answered" and "已支付 420.00" in why.answer


def test_two_diseases_payments_do_not_use_up_the_yearly_cap(assistant) -> None:
    _, stay = _ask(
        assistant,
        "我爸糖尿病两病 二级医院 甲类1000 报多少",
        "他又在三级医院住院了 250档 第一次 花了8万",
    )
    assert _paid(stay) == Decimal("60000.00")  # the whole 6万 cap: 两病 has a limit of its own


def test_another_persons_own_tier_and_tally_come_back(assistant) -> None:
    *_, third = _ask(
        assistant,
        "外婆门特透析 250档 今年花了6万 报多少",
        "外公120档 二级医院第一次住院 5千",
        "外婆又住院了 三级 第一次 3万",
    )
    # her 门特 (250档, 90%) paid 54000 of the 6万: 6000 left for her stay
    assert _paid(third) == Decimal("6000.00")


def test_who_pays_after_a_result_is_the_rule(assistant) -> None:
    *_, who = _ask(assistant, "我妈61岁 交医保多少", "那她这份钱谁来出")
    assert who.status == "answered" and "6:4" in who.answer


def test_named_counties_said_with_jiashang_are_added(assistant) -> None:
    first, more = _ask(assistant, "日土县四好农村路养护补贴一年多少", "那加上革吉改则呢")
    assert _paid(first, "total_wan") == Decimal("100.00")
    assert _paid(more, "total_wan") == Decimal("300.00")


def test_naming_a_set_aside_field_resumes_its_calculation(assistant) -> None:
    *_, resumed = _ask(
        assistant,
        "去年没交医保 现在补交要交多少",
        "先问个别的 新生儿怎么参保",
        "当年财政补助是640",
    )
    assert _paid(resumed, "individual") == Decimal("890.00")


def test_returning_to_an_earlier_topic_reads_with_the_question_that_opened_it(assistant) -> None:
    *_, back = _ask(
        assistant,
        "盖羊圈挖出一个旧陶罐 该怎么处理",
        "我交120档 二级医院第一次住院 花了8千 报多少",
        "说回那个陶罐 我能拿回家吗",
    )
    assert back.status == "answered" and _labels(back)[0] == "第二十一条", back.answer


def test_a_why_never_errors_on_a_recalled_estimate() -> None:
    assert read_frame("为什么这次才报了两千多").malformed == []


def test_a_relative_is_never_typo_corrected(assistant) -> None:
    response = assistant.ask("外甥120档 乡卫生院第一次住院 花了4千 报多少", State())
    assert _paid(response) == Decimal("2925.00")  # in the Ngari pool: 3900 × 75%


def test_a_sound_held_on_is_no_part_of_a_question() -> None:
    assert check("呜呜呜呜呜").error
    checked = check("哈哈哈哈哈 住院起付线多少")
    assert not checked.error and checked.text == "住院起付线多少"


def test_an_age_in_chinese_numerals_is_held_to_its_bounds(assistant) -> None:
    response = assistant.ask("爷爷今年一百八十岁 还要交医保吗", State())
    assert response.status == "error" and "年龄" in response.answer


@pytest.mark.parametrize("place", ["香港", "澳门", "台湾"])
def test_care_outside_the_mainland_is_not_paid(assistant, place) -> None:
    response = assistant.ask(f"在{place}住院医保给报吗", State())
    assert "第三十条（十）" in _labels(response), response.answer


@pytest.mark.parametrize(
    "question",
    ["我在郑州打工 那边的居民医保一年交多少", "泰康e生保住院能报多少"],
)
def test_other_schemes_are_declined(assistant, question) -> None:
    assert assistant.ask(question, State()).status == "out_of_scope"


def test_a_pasted_database_statement_is_no_question(assistant) -> None:
    assert check("SELECT tier FROM 医保 WHERE id=3").error
    response = assistant.ask("DROP TABLE users; 住院起付线三级医院多少", State())
    assert response.status == "answered" and "400元" in response.answer


def test_the_year_after_2020_beside_it_is_the_year_paid_for(assistant) -> None:
    response = assistant.ask("2020年年底交了医保 2021年能不能用", State())
    assert response.status == "answered" and "次年" in response.answer


def test_a_duration_question_of_a_procedure_asks_a_date() -> None:
    assert read_frame("人去世了 注销参保手续几天内要办完").fact is FactType.DATE


@pytest.mark.parametrize(
    ("question", "articles"),
    [
        ("文物保护单位里面能不能放几桶柴油", {"第二十八条"}),  # flammables in a protected site
        # posting is 对外提供: the duty (第七条（五）) or the dismissal case (第十七条（四）)
        ("看管员可以把石窟在哪发朋友圈吗", {"第七条（五）", "第十七条（四）"}),
        # a merger of schemes or of their funds, not two benefits counted together
        ("城镇居民医保跟农牧区医疗合并了没有", {"第二十四条（一）", "第四十一条"}),
    ],
)
def test_everyday_words_for_what_a_rule_names(assistant, question, articles) -> None:
    response = assistant.ask(question, State())
    assert response.status == "answered", response.answer
    assert _labels(response)[0] in articles, response.answer


def test_what_each_level_pays_of_a_subsidy_is_computed(assistant) -> None:
    response = assistant.ask("财政补助每人总共800 中央出了500 剩下自治区地区县各出多少", State())
    assert _paid(response, "zizhiqu") == Decimal("180.00")  # 300 × 6/10
    assert _paid(response, "county") == Decimal("60.00")


def test_the_prefecture_said_to_come_in_too_is_added(assistant) -> None:
    first, more = _ask(assistant, "噶尔和措勤两个县四好农村路一年补多少", "地区财政那块也加进来呢")
    assert _paid(first, "total_wan") == Decimal("200.00")
    assert _paid(more, "total_wan") == Decimal("550.00")  # 200 + 350
