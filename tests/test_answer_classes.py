"""Classes of question the answers get right (real model; sentences written for this test, not
taken from any evaluation table): the clause chosen for what is asked, the turn that corrects
or continues a case, the why that explains the case it names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.engine import State
from assistant.frame import Intent, read_frame
from tests.conversation import ask_turns, labels

pytestmark = pytest.mark.slow


_ask = ask_turns
_labels = labels


@pytest.mark.parametrize(
    ("question", "article", "contains"),
    [
        # the level asked picks its piece of a clause that sets levels apart
        ("县医院住院的起付线是多少钱", "第二十二条（一）", "200元"),
        ("三级医院住院起付线要多少", "第二十二条（一）", "400元"),
        # whether there is a cap is answered by the clause stating it
        ("住院报销有没有封顶", "第二十三条", "6万元"),
        ("普通门诊报销有上限没有", "第二十六条（三）", "300元"),
        # a duty is not answered by an item of a list of punished misconduct
        ("放牧时发现了疑似文物 要不要报告", "第二十一条", "报告"),
        # the kind of body asked (部门) is not a thing the answer must name
        ("城乡居民医保办法是哪个部门负责解释的", "第四十九条", "医疗保障局"),
        # a consequence asked of a listed misconduct is in the list's lead-in
        ("拿别人的社保卡去看病会有什么后果", "第四十五条（一）", "追回"),
    ],
)
def test_the_clause_for_what_is_asked(assistant, question, article, contains) -> None:
    response = _ask(assistant, question)[0]
    assert response.status == "answered", response.answer
    assert _labels(response)[0] == article, response.answer
    assert contains in response.answer.splitlines()[0]


def test_a_cap_asked_after_a_benefit_is_that_benefits_cap(assistant) -> None:
    after_special = _ask(assistant, "门特的报销比例是多少", "那有没有封顶")[1]
    assert _labels(after_special)[0] == "第二十三条"  # 门特 counts with stays against the 6万


@pytest.mark.parametrize(
    "question",
    ["参加文物培训的人有交通补贴吗", "看管员巡查有加班费吗"],
)
def test_a_payment_of_a_kind_no_clause_names_is_declined(assistant, question) -> None:
    assert _ask(assistant, question)[0].status == "out_of_scope"


def test_money_asked_where_no_clause_states_money_is_declined(assistant) -> None:
    response = _ask(assistant, "农村公路养护公司的工人一天工钱多少")[0]
    assert response.status == "out_of_scope", response.answer


def test_a_tier_named_by_its_rank(assistant) -> None:
    response = _ask(assistant, "选最便宜那档的话 在乡镇卫生院住院花了3000 报多少")[0]
    assert response.calculation["inputs"]["tier"] == 60
    assert "按 60 元档" in response.answer


def test_a_tier_right_after_the_person(assistant) -> None:
    response = _ask(assistant, "媳妇250 二级医院头回住院 花了一万")[0]
    assert response.calculation["inputs"]["tier"] == 250
    assert response.calculation["inputs"]["admission"] == 1


def test_a_correction_reprices_the_same_stay(assistant) -> None:
    first, corrected = _ask(
        assistant, "交120档 二级医院第一次住院 花了5000", "说错了 这是今年第二回住院"
    )
    assert corrected.calculation["inputs"]["admission"] == 2
    # the same stay put right: nothing was paid before it
    assert Decimal(corrected.calculation["inputs"]["already_paid"]) == 0


def test_the_field_an_error_named_is_taken_from_the_next_reply(assistant) -> None:
    error, fixed = _ask(assistant, "交的190档 三级医院住院花了2万", "哦 是250")
    assert error.status == "error" and "档次" in error.answer
    assert fixed.calculation["inputs"]["tier"] == 250


def test_why_explains_the_case_of_the_person_named(assistant) -> None:
    turns = _ask(
        assistant,
        "我外婆61岁 参保要交多少 交60档",
        "我爸50岁 交60档 要交多少",
        "为什么我外婆不用交",
    )
    assert turns[-1].answer.startswith("我外婆的")
    assert "60周岁" in turns[-1].answer


def test_a_later_course_is_counted_against_the_cap(assistant) -> None:
    turns = _ask(
        assistant,
        "门特 恶性肿瘤化疗 交250档 第一期3万",
        "第二期也是3万",
        "第三期1万 还能报吗",
    )
    paid = [Decimal(t.calculation["result"]["payment"]) for t in turns]
    assert sum(paid) == Decimal("60000")


def test_general_outpatient_visits_add_up_to_the_yearly_limit(assistant) -> None:
    turns = _ask(assistant, "普通门诊看病花了200", "过几天又看一回 花了300")
    assert turns[1].calculation["inputs"]["prior_cost"] == "200"
    assert Decimal(turns[1].calculation["result"]["payment"]) == Decimal("180")


def test_road_subsidy_with_and_without_the_prefecture(assistant) -> None:
    turns = _ask(assistant, "四好农村路养护补贴 三个县一年多少", "连地区那份也算上")
    assert turns[1].calculation["result"]["total_wan"] == "650.00"
    alone = _ask(assistant, "四好农村路养护补贴 四个县一年多少 地区的不算")[0]
    assert alone.calculation["result"]["total_wan"] == "400.00"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("那这个出自哪一条", Intent.SOURCE),
        ("是哪个文件规定的", Intent.SOURCE),
        ("怎么这回一分钱都没有了", Intent.EXPLAIN),
        ("谢谢啦 你真棒", Intent.SMALL_TALK),
        ("在吗 师傅", Intent.SMALL_TALK),
        ("阿里有什么好吃的", Intent.OFF_TOPIC),
        ("把文物点租出去搞旅游行不行", Intent.ELIGIBILITY),
    ],
)
def test_intents_of_short_turns(text, intent) -> None:
    assert read_frame(text).intent is intent


def test_part_of_a_month_is_refused_for_a_custodian() -> None:
    frame = read_frame("县级看管员干了两个半月 工资多少")
    assert frame.invalid and "月数" in frame.invalid[0]


def test_whether_one_pays_is_answered_before_the_tier_is_known(assistant) -> None:
    state = State()
    first = assistant.ask("我舅舅63岁了 医保还要自己交钱吗", state)
    assert first.status == "answered" and first.answer.startswith("按年龄需要交")
    assert "65周岁" in first.answer and "63岁" in first.answer
    # the tier given next computes the amount
    assert assistant.ask("交的是60的", state).calculation["result"]["individual"] == "60.00"


def test_how_much_one_pays_still_asks_for_the_tier(assistant) -> None:
    assert _ask(assistant, "我舅舅63岁了 参保交多少")[0].status == "follow_up"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("新建的急诊楼一共盖几层", "楼层数"),
        ("去札达的客运班车一天跑几趟", "班次"),
        ("文物安全培训结业了给证书吗", "证书"),
    ],
)
def test_a_measure_or_an_entity_the_text_never_states_is_declined(assistant, question, said):
    response = _ask(assistant, question)[0]
    assert response.status == "out_of_scope" and said in response.answer


def test_who_bears_a_cost_may_be_the_person(assistant) -> None:
    response = _ask(assistant, "中断缴费期间看病的费用由谁承担")[0]
    assert _labels(response)[0] == "第八条" and "本人承担" in response.answer


def test_home_and_treatment_places_are_not_asked_words(assistant) -> None:
    response = _ask(assistant, "我是札达县的 在乌鲁木齐打工时住院了 要备案吗")[0]
    assert response.status == "answered" and _labels(response)[0] == "第三十三条"


def test_a_school_named_after_a_place_is_not_that_place(assistant) -> None:
    response = _ask(assistant, "闺女在内地西藏中学读书 医保在哪参保")[0]
    assert response.status == "answered", response.answer


def test_a_missed_contribution_asks_for_the_subsidy(assistant) -> None:
    response = _ask(assistant, "去年漏交了医保 现在补上要花多少")[0]
    assert response.status == "follow_up"
    assert response.follow_up["missing"] == ["fiscal_subsidy"]


@pytest.mark.parametrize(
    ("text", "years"),
    [("18年那会儿住院能报多少", [2018]), ("干了18年", []), ("2019年的时候", [2019])],
)
def test_two_digit_years_by_what_follows(text, years) -> None:
    assert read_frame(text).subject.years == years


def test_an_earlier_year_of_a_scheme_is_out_of_scope(assistant) -> None:
    response = _ask(assistant, "19年那会儿门特报销比例是多少")[0]
    assert response.status == "out_of_scope" and "2019" in response.answer


@pytest.mark.parametrize(
    ("question", "item"),
    [("做个镶牙医保管不管", "（四）"), ("住院期间的膳食费能报吗", "（五）")],
)
def test_a_service_an_exclusion_item_lists_is_not_paid(assistant, question, item) -> None:
    response = _ask(assistant, question)[0]
    assert response.answer.startswith("不能报销") and _labels(response)[0] == f"第三十条{item}"


def test_a_transplant_the_item_excepts_is_not_declined(assistant) -> None:
    # （四） excepts kidney transplants ("除肾脏…移植以外"): they are not listed as unpaid
    response = _ask(assistant, "肾脏移植手术医保能报吗")[0]
    assert not response.answer.startswith("不能报销")


@pytest.mark.parametrize("text", ["rm -rf / --no-preserve-root", "Book a hotel in Lhasa for me"])
def test_english_with_nothing_asked_about_the_documents_is_declined(assistant, text) -> None:
    response = _ask(assistant, text)[0]
    assert response.status == "out_of_scope" and not response.citations


@pytest.mark.parametrize(
    ("text", "is_yes_no"),
    [("这个能报不", True), ("文物点出租行不行", True), ("住院报多少", False)],
)
def test_a_verb_asked_with_its_negation_is_yes_no(text, is_yes_no) -> None:
    assert (read_frame(text).fact.name == "YES_NO") is is_yes_no


def test_percentage_points_are_a_ratio() -> None:
    assert read_frame("低保户比一般人多报几个点").fact.name == "RATIO"


def test_a_consequence_asked_after_a_calculation_keeps_its_own_kind(assistant) -> None:
    turns = _ask(assistant, "县级看管员干了6个月 能拿多少", "要是巡逻日志没填会怎么样")
    assert turns[1].status == "answered" and _labels(turns[1])[0] == "第十一条"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("医保费交了以后能退钱吗", "退还"),
        ("慢性病认定去哪家医院做", "医院的名称"),
        ("看管员辞职后隔几年还能再来干", "年限"),
        ("大额补充医疗保险报销比例多少", "大额补充医疗保险"),
    ],
)
def test_more_details_the_text_never_gives_are_declined(assistant, question, said) -> None:
    response = _ask(assistant, question)[0]
    assert response.status == "out_of_scope" and said in response.answer, response.answer


def test_a_named_sub_scheme_with_its_stated_cap(assistant) -> None:
    response = _ask(assistant, "大额补充医疗保险一年最多赔多少")[0]
    assert response.status == "answered" and "30万元" in response.answer


def test_the_relative_named_after_the_askers_own_words() -> None:
    assert read_frame("我想问下我老婆在县医院住院能报多少").person.who == "我老婆"


def test_a_case_the_frame_marks_has_its_own_rule(assistant) -> None:
    response = _ask(assistant, "我问一下 我媳妇在二级医院生孩子 医保报多少")[0]
    assert _labels(response)[0] == "第二十九条（二）" and "全额报销" in response.answer


def test_can_i_not_pay_is_a_pays_question(assistant) -> None:
    response = _ask(assistant, "我奶奶65了 能不能不交医保")[0]
    assert response.status == "calculated" and response.answer.startswith("不用交")


def test_a_duty_is_not_answered_by_the_penalty_for_breaking_it(assistant) -> None:
    response = _ask(assistant, "野外看管员每天都得巡查吗")[0]
    assert _labels(response)[0] == "第七条（三）", response.answer


def test_using_the_insurance_for_a_listed_device_is_not_paid(assistant) -> None:
    response = _ask(assistant, "配眼镜能走医保吗")[0]
    assert response.answer.startswith("不能报销")


@pytest.mark.parametrize("question", ["在北京做个手术一般要花多少钱", "孩子咳嗽要不要赶紧去医院"])
def test_prices_of_care_and_medical_advice_are_not_in_the_gazette(assistant, question) -> None:
    assert _ask(assistant, question)[0].status == "out_of_scope"


def test_what_a_stay_must_cost_to_be_paid_is_answered(assistant) -> None:
    assert _ask(assistant, "住院要花多少才能报")[0].status == "answered"


def test_a_vague_sum_spent_is_refused_by_name(assistant) -> None:
    response = _ask(assistant, "交的60档 一级医院头回住院 花了好几千块 报多少")[0]
    assert response.status == "error" and "费用" in response.answer


def test_a_plea_after_the_question_is_not_part_of_it() -> None:
    assert read_frame("出车祸住院医保给报不 在线等").text == "出车祸住院医保给报不"


def test_an_abbreviated_role_the_text_never_pays_is_declined(assistant) -> None:
    response = _ask(assistant, "公益岗一个月工资多少钱")[0]
    assert response.status == "out_of_scope"


def test_a_student_accident_policy_is_another_scheme(assistant) -> None:
    assert _ask(assistant, "学平险住院能报多少")[0].status == "out_of_scope"


@pytest.mark.parametrize(
    ("question", "detail"),
    [
        # how a rule is carried out, asked where no near article speaks of it
        # (a worker's social insurance is another scheme, `Scheme.OTHER_SOCIAL`)
        ("文物看管员单位给不给缴社保", "社会保险"),
        ("参加文物安全培训需要先交体检报告吗", "体检"),
        ("看管协议书要不要按手印盖章", "盖章"),
        ("医保续缴能不能在微信上交", "微信"),
    ],
)
def test_a_detail_no_near_article_speaks_of_is_declined(assistant, question, detail) -> None:
    response = _ask(assistant, question)[0]
    assert response.status == "out_of_scope", response.answer
    assert detail in response.answer and response.citations  # with the nearest rule


@pytest.mark.parametrize(
    ("question", "article"),
    [
        # the same kinds of detail, where the article does speak of them
        ("选看管员对年龄有没有要求", "第五条"),
        ("手机上亮个码能代替社保卡看病吗", "第三十一条"),
        ("培训结束以后要不要考核", "一、（六）"),
    ],
)
def test_a_detail_the_article_speaks_of_is_answered(assistant, question, article) -> None:
    response = _ask(assistant, question)[0]
    assert response.status == "answered", response.answer
    assert article in _labels(response), response.answer


def test_sums_and_counts_that_come_on_top(assistant) -> None:
    turns = _ask(
        assistant,
        "我妈慢性肾衰门诊透析 交250档 三月份花了3万 报多少",
        "六月份又花了3万",
        "年底还有2万呢",
    )
    assert turns[2].calculation["result"]["payment"] == "6000.00"  # 6万 less 54000 paid
    budget = _ask(assistant, "我们县有2处县级野外文物点 看管员一年经费多少", "再加1处国保的")[1]
    assert (
        budget.calculation["result"]["budget"]
        == str(Decimal(2 * 2 * 1200 * 12 + 1 * 2 * 1400 * 12)) + ".00"
    )


def test_a_set_aside_calculation_resumes_when_its_topic_is_named(assistant) -> None:
    turns = _ask(
        assistant,
        "交120档 这次住院花了8000 报多少",
        "先不管这个 文物安全培训一年几次",
        "回到住院 是乡卫生院 第一次住",
    )
    assert turns[0].status == "follow_up"
    assert turns[2].status == "calculated", turns[2].answer
    assert turns[2].calculation["inputs"]["level"] == "乡镇卫生院"


def test_colloquial_caps_and_the_schemes_own_cap(assistant) -> None:
    capped = _ask(assistant, "城乡居民医保一年顶多能报多少钱")[0]
    assert _labels(capped)[0] == "第二十三条" and "6万" in capped.answer
    ratio = _ask(assistant, "大病保险一年封顶多少")[0]
    assert "14万" in ratio.answer


def test_a_drug_total_without_its_class_is_computed_as_class_a(assistant) -> None:
    response = _ask(assistant, "我有糖尿病 在县医院二级门诊开药花了600 两病能报多少")[0]
    assert response.status == "calculated", response.answer
    assert response.calculation["result"]["payment"] == "390.00"  # 600 × 65%
    assert "按全部为甲类药品计算" in response.answer


def test_months_beyond_a_year_are_refused_when_one_year_is_asked(assistant) -> None:
    response = _ask(assistant, "自治区级看管员今年干了14个月 工资多少")[0]
    assert response.status == "error" and "月" in response.answer


@pytest.mark.parametrize(
    ("question", "field"),
    [
        # sizes and ranges are not amounts, wherever the stay's order is said
        ("交60档 一级医院第一次住 花了7k-8k 报多少", "费用"),
        ("交120档 县医院住院 小几万 报多少", "费用"),
        # a negative age written in words
        ("我妈今年负五十岁 医保要交钱吗", "年龄"),
    ],
)
def test_sizes_ranges_and_negative_words_are_refused(assistant, question, field) -> None:
    response = _ask(assistant, question)[0]
    assert response.status == "error", response.answer
    assert field in response.answer or "金额" in response.answer


def test_a_what_if_keeps_what_was_paid_before_the_conversation(assistant) -> None:
    turns = _ask(
        assistant,
        "我妈今年住院已经报了5万8 这次250档 三级医院第二次 花了1万 还能报多少",
        "要是在二级医院呢",
    )
    assert turns[0].calculation["result"]["payment"] == "2000.00"
    assert turns[1].calculation["result"]["payment"] == "2000.00"  # still 6万 less 5万8


def test_the_source_of_a_named_figure_or_kind_is_the_rule_that_holds_it(assistant) -> None:
    turns = _ask(
        assistant,
        "交250档 三级医院第一次住院 花了8万 报多少",
        "这个6万是哪一条定的",
    )
    assert _labels(turns[1]) == ["第二十三条"], turns[1].answer
    split = _ask(assistant, "每人财政补助共700 中央出了400 剩下的怎么分", "这个比例出自哪个文件")
    assert _labels(split[1])[0].startswith("第十七条"), split[1].answer


def test_permission_and_consequence_of_a_listed_misconduct(assistant) -> None:
    lend = _ask(assistant, "我能把社保卡借给表哥去看病吗")[0]
    assert _labels(lend)[0] == "第四十五条（一）", lend.answer
    caught = _ask(assistant, "拿别人的医保卡去住院 被发现了咋办")[0]
    assert "第四十五条（一）" in _labels(caught), caught.answer


def test_a_count_of_days_stated_nowhere_near_is_declined(assistant) -> None:
    response = _ask(assistant, "文物安全培训一次要连续培训几天")[0]
    assert response.status == "out_of_scope", response.answer


def test_ones_own_share_and_another_person_with_an_identity(assistant) -> None:
    turns = _ask(assistant, "我们家是低保户 我选120档 个人要出多少", "那我女儿是一级残疾呢")
    assert turns[0].status == "calculated", turns[0].answer
    assert turns[1].status == "calculated", turns[1].answer
    assert turns[1].calculation["result"]["individual"] == "0.00"


def test_an_insurance_question_after_a_pay_error_is_its_own(assistant) -> None:
    turns = _ask(
        assistant,
        "县级看管员干了十四个月 今年工资多少",
        "城乡居民医保一年封顶多少",
        "那就按10个月算",
    )
    assert turns[0].status == "error"
    assert turns[1].status == "answered" and "6万" in turns[1].answer, turns[1].answer
    assert turns[2].calculation["result"]["pay"] == "12000.00"


def test_a_stay_or_a_watch_said_without_the_usual_words_is_calculated(assistant) -> None:
    watched = _ask(assistant, "我舅舅在县级文保点看了5个月 工资一共多少")[0]
    assert watched.calculation["result"]["pay"] == "6000.00", watched.answer
    stay = _ask(assistant, "交60的 住县医院头一回 帮我算一下能报多少")[0]
    assert stay.status == "follow_up" and "cost" in stay.follow_up["missing"], stay.answer


def test_a_bare_subsidy_or_a_validity_no_near_clause_names_is_declined(assistant) -> None:
    for question in ("当文物保护志愿者有没有补贴", "异地就医备案以后多长时间内有效"):
        response = _ask(assistant, question)[0]
        assert response.status == "out_of_scope", (question, response.answer)


def test_surprise_that_something_counted_is_a_why() -> None:
    assert read_frame("两病的钱也算进去了？").intent is Intent.EXPLAIN


def test_a_find_while_herding_is_the_finders_duty(assistant) -> None:
    response = _ask(assistant, "我放羊的时候挖到个古铜碗 该交给谁")[0]
    assert response.status == "answered", response.answer
    assert _labels(response)[0] == "第二十一条"
