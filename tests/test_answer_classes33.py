"""Classes of question handled in the thirty-third session (sentences written for this test,
not taken from any evaluation table or probe). The first tests load no model; the rest use the
real one."""

from __future__ import annotations

import pytest

from assistant.compose import OUTCOME_UNSAID, _telling
from assistant.eligibility import decide
from assistant.engine import NOT_NOW
from assistant.english_answer import _rule_opening
from assistant.frame import Intent, read_frame
from index.lexical import covered_by
from tests.conversation import ask_turns, labels

# --- readings (no model) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "said", ["多谢 真是帮了大忙了", "太有用了 谢谢你", "请问你是不是豆包", "你是ChatGPT吗"]
)
def test_thanks_for_the_help_and_which_model_are_small_talk(said) -> None:
    assert read_frame(said).intent is Intent.SMALL_TALK


@pytest.mark.parametrize(
    ("question", "now"),
    [
        ("外科综合楼现在建好了没有", True),
        ("看管员的工资最近提高了吗", True),
        ("养护员补贴今年调整了没", True),
        ("我的医保现在交上了没有", False),  # one's own record: not the rules
        ("现在住院能报多少", False),  # today's rule, not whether something happened
        ("我爸现在70了，还要交医保吗", False),
    ],
)
def test_whether_something_has_happened_by_now_is_read(question, now) -> None:
    assert read_frame(question).asks_now is now


@pytest.mark.parametrize(
    ("question", "word"), [("高压氧舱啥时候投用", "高压氧"), ("高校毕业生有啥补贴", "高校")]
)
def test_a_word_opening_with_a_degree_character_names_a_thing(question, word) -> None:
    assert any(word in t for t in _telling(question))


# --- answers (the real assistant) ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "老人在家摔了一跤髋骨骨折，住院医保给报吗",
        "孩子被开水烫伤了去县医院治，能报销不",
        "挤奶时被自家的犏牛踢伤了腿，住院费能报吗",
    ],
)
def test_an_accidental_injury_is_covered_with_the_exclusions_said(assistant, question) -> None:
    answer = assistant.ask(question)
    assert answer.status == "answered" and answer.answer.startswith("可以")
    assert labels(answer)[:3] == ["第三十条（八）", "第三十条（十一）", "第三十条（十二）"]


def test_an_injury_done_by_a_person_is_the_third_partys(assistant) -> None:
    answer = assistant.ask("在茶馆被人用刀捅伤了，住院的钱医保给不给报")
    assert answer.answer.startswith("一般不能") and labels(answer)[0] == "第三十条（十二）"


def test_an_injury_at_work_turns_on_whether_it_is_a_work_injury(assistant) -> None:
    answer = assistant.ask("在工地搬砖时被砸伤了脚，医保能报吗")
    assert answer.answer.startswith("要看是不是工伤") and labels(answer)[0] == "第三十条（十一）"


@pytest.mark.parametrize(
    "question", ["交通事故住院花的钱医保给不给报", "骑摩托车出了交通事故，医保能报吗"]
)
def test_a_traffic_accident_is_excluded_though_traffic_is_the_roads_word(
    assistant, question
) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith("不能报销") and labels(answer)[0] == "第三十条（八）"


@pytest.mark.parametrize(
    "turns",
    [
        ("住院时请的护工费用能报销吗", "那出车祸住院呢"),
        ("骑马摔下来骨折了 住院医保给报吗", "那要是喝了点酒摔的呢"),
    ],
)
def test_an_excluded_cause_asked_next_is_decided_the_same_way(assistant, turns) -> None:
    _, next_one = ask_turns(assistant, *turns)
    assert next_one.answer.startswith("不能报销") and labels(next_one)[0] == "第三十条（八）"


def test_care_while_the_payments_lapsed_is_ones_own(assistant) -> None:
    answer = assistant.ask("断交那几个月看病的医药费怎么算")
    assert answer.answer.startswith("不能") and labels(answer)[0].startswith("第八条")


def test_a_sentence_that_continues_another_gives_its_date(assistant) -> None:
    answer = assistant.ask("医用制氧房什么时候能投入使用")
    assert answer.status == "answered" and "12月31日" in answer.answer


def test_a_sums_bound_is_no_date(assistant) -> None:
    answer = assistant.ask("传染病院区什么时候开工")
    assert "第三季度" in answer.answer.split("\n")[0]


def test_whether_a_plan_is_done_by_now_says_what_the_gazette_can_tell(assistant) -> None:
    answer = assistant.ask("地区人民医院目前已经是三甲医院了吗")
    assert answer.answer.startswith(OUTCOME_UNSAID)


def test_whether_a_rule_changed_by_now_gives_the_rule_as_of_the_gazette(assistant) -> None:
    answer = assistant.ask("野外文物看管员的工资最近涨了没有")
    assert answer.answer.startswith(OUTCOME_UNSAID) and "1200" in answer.answer


def test_whether_a_task_is_done_by_now_is_answered_as_of_the_gazette(assistant) -> None:
    answer = assistant.ask("底雅乡现在通客运班车了吗")
    assert answer.answer.startswith((NOT_NOW, OUTCOME_UNSAID))


def test_a_tier_said_after_a_stay_elsewhere_gets_each_levels_rate_there(assistant) -> None:
    _, rate = ask_turns(assistant, "我在西安上班，在那边住院的话医保报吗", "我交的60 报销比例多少")
    assert rate.status == "answered" and "第二十二条" in labels(rate)[0]
    assert "70%" in rate.answer and "60%" in rate.answer and "50%" in rate.answer


def test_a_place_named_next_where_one_is_treated_is_no_other_regions_rules(assistant) -> None:
    _, filing = ask_turns(assistant, "县里治不了，医生让转去拉萨，要办什么手续", "拉萨那边要备案吗")
    assert filing.status == "answered" and labels(filing)[0].startswith("第三十三条")


def test_an_animals_disease_is_still_out_of_scope(assistant) -> None:
    assert assistant.ask("牦牛得了口蹄疫医保管吗").status == "out_of_scope"


def test_a_yes_no_on_an_injury_is_a_verdict_not_read_from_a_rate(assistant) -> None:
    verdict = decide(read_frame("放羊摔断了胳膊，医保给报吗"), assistant.corpus)
    assert verdict is not None and verdict.answer.startswith("可以")


@pytest.mark.parametrize("question", ["有没有200那个档", "医保有没有500元的档次"])
def test_a_tier_the_rules_do_not_have_is_named_with_a_few_words_between(question) -> None:
    assert any("三个档次" in why for why in read_frame(question).invalid)


def test_a_tier_said_with_a_few_words_between_is_read() -> None:
    assert read_frame("我交的120那个档 在二级医院住院花了6000").slots.get("tier") == 120


@pytest.mark.parametrize(
    ("word", "text", "covered"),
    [
        ("精神病院", "确保地区精神病福利院项目顺利推进", True),
        ("住院费用", "住院医疗费用按规定报销", True),
        ("门诊", "门急诊留观", False),  # a short word's head stands for too much
    ],
)
def test_a_word_said_short_for_a_longer_term_is_covered(word, text, covered) -> None:
    assert covered_by(word, word, text) is covered


def test_a_man_under_the_exempt_age_is_told_he_pays_with_each_tier(assistant) -> None:
    _, his = ask_turns(assistant, "我老婆63岁了还用交医保吗", "那我公公呢 他今年61")
    assert "65周岁" in his.answer.split("\n")[1] and "250" in his.answer


def test_leaving_a_training_midway_is_the_withdrawal_rule(assistant) -> None:
    answer = assistant.ask("参加文物安全培训中途孩子生病了能先离开吗")
    assert labels(answer)[0] == "一、（四）"


@pytest.mark.parametrize(
    ("lead", "opening"),
    [
        ("壁画不得拍摄；确因特殊需要，经批准，可以由文物保护单位提供照片", "No"),
        ("经批准后，可以在原址重建", "Yes"),
        ("应在入院5日内通过信息系统进行备案", "Yes"),
        ("培训内容包括文物法律法规", ""),
    ],
)
def test_an_english_yes_no_is_answered_by_the_rules_first_modal(lead, opening) -> None:
    assert _rule_opening(lead).startswith(opening) and bool(_rule_opening(lead)) is bool(opening)


def test_a_standing_told_after_a_plans_answer_asks_what_that_plan_gives_it(assistant) -> None:
    _, given = ask_turns(
        assistant, "大学毕业后想去基层工作，有哪些就业项目", "我家是低保户 有没有啥照顾"
    )
    assert given.status == "answered" and labels(given)[0].startswith("四、（二）")


@pytest.mark.parametrize(
    "turns",
    [
        ("革吉县有多少个生态补偿养护岗位", "全地区总共有多少"),
        ("日土县有多少养护员岗位", "全地区一共多少"),
    ],
)
def test_a_scope_alone_asks_the_last_question_over_it(assistant, turns) -> None:
    _, whole = ask_turns(assistant, *turns)
    assert "1594" in whole.answer.split("\n")[0]


def test_how_often_is_no_count_of_things(assistant) -> None:
    answer = assistant.ask("全地区生态补偿养护员岗位有多少个")
    assert "1594" in answer.answer.split("\n")[0]


@pytest.mark.parametrize("said", ["你好呀 你能干啥", "你都会些什么"])
def test_what_the_desk_can_do_asked_any_way_is_small_talk(said) -> None:
    assert read_frame(said).intent is Intent.SMALL_TALK


@pytest.mark.parametrize("second", ["要是没去备案呢", "万一忘了备案呢"])
def test_a_duty_left_undone_whose_consequence_is_unstated_is_said_so(assistant, second) -> None:
    _, undone, papers = ask_turns(
        assistant, "我在西宁住院了 需不需要备案", second, "回来报销要带哪些东西"
    )
    assert undone.status == "out_of_scope" and labels(undone)[0] == "第三十三条"
    assert labels(papers)[0] == "第三十四条"


def test_a_duty_whose_consequence_is_stated_is_answered(assistant) -> None:
    _, undone = ask_turns(assistant, "医保每年什么时候交", "那要是没按时交呢")
    assert undone.status == "answered" and "本人承担" in undone.answer


def test_paying_oneself_asked_of_a_birth_is_answered(assistant) -> None:
    answer = assistant.ask("在乡卫生院生孩子要自己掏钱吗")
    assert answer.status == "answered" and labels(answer)[0].startswith("第二十九条")


def test_a_province_the_last_plan_names_is_asked_of_that_plan(assistant) -> None:
    _, there = ask_turns(assistant, "学护理的毕业生回阿里有没有岗位", "那去陕西河北那边呢")
    assert there.status == "answered" and "陕西" in there.answer.split("\n")[0]
