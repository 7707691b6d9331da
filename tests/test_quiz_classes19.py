"""quiz19: a least level ("自治区级以上") has lower levels as its mistakes; a contrast list's
distractor is explained where it stands, and the list is asked both ways; and why a penalty
list's breaches stay one place of a bank (a finding, kept so that the next attempt to grow the
pool does not take this road again)."""

from __future__ import annotations

from assistant.quiz import facts as F
from assistant.quiz.checker import check_item
from assistant.quiz.difficulty import judge_label
from assistant.quiz.generator import LETTERS, pool
from assistant.quiz.statements import listed_stem
from assistant.quiz.terms import mistakes
from corpus import Corpus


def test_a_penalty_lists_breaches_share_one_place(corpus: Corpus) -> None:
    """细则 第十七条 lists five breaches with one consequence (由文物行政管理部门解聘). Each breach
    gives a true statement and a false one (只适当扣除当月野外看管补助，不予解聘). Keyed per
    breach, a bank of 50 took two of them in 22 of 29 seeds, and every such pair told its answer:
    the true statement prints the consequence a false one changed, and two false ones make one
    pattern ("不予解聘" twice). So the breaches share the list's key: one place per bank."""
    unit = "relic-custodians/art-17"
    items = [i for i in pool(corpus) if i.unit_id == unit and i.type == "判断"]
    assert len({k for i in items for k in i.rule_keys}) == 1
    true = [i for i in items if i.answer == "正确"]
    false = [i for i in items if i.answer == "错误"]
    assert len(true) >= 3 and len(false) >= 3
    # any true statement prints what each false one changed: a pair in one bank would leak
    assert all(f.changed.split("→")[0] in t.stem for f in false for t in true)
    # and the false statements share one change: two of them read as one pattern
    assert len({f.changed.split("→")[1] for f in false}) == 1


def test_a_least_level_is_mistaken_for_a_lower_level() -> None:
    """ "经自治区级以上文物行政管理部门批准" (办法 第三十七条) names the least level that may
    approve: the plausible mistake is a lower level (地区, 县级), never another "……以上" that
    takes in the right one."""
    wrong = mistakes("body", "自治区级以上文物行政管理部门", "经自治区级以上文物行政管理部门批准")
    assert "地区文物行政管理部门" in wrong and "县级文物行政管理部门" in wrong
    assert not any("以上" in w and "文物行政管理部门" in w for w in wrong)
    assert not any(w.startswith(("国务院", "乡")) for w in wrong)


def test_the_photograph_approval_is_asked_and_checked(corpus: Corpus) -> None:
    unit = "relic-protection/art-37"
    items = [i for i in pool(corpus) if i.unit_id == unit]
    level = [i for i in items if "自治区级以上文物行政管理部门" in (i.answer_text() + i.changed)]
    assert {i.type for i in level} >= {"单选", "判断"}
    assert all(check_item(i.to_dict(), corpus) == [] for i in level)
    # a false statement lowers the level; the true level is the key of the 单选
    assert all(i.answer == "错误" for i in level if i.type == "判断")


def test_a_contrast_distractor_is_explained_and_the_list_asked_both_ways(corpus: Corpus) -> None:
    """Seed-1515 review: "B 属于第八条（二）规定的权利，不是第七条的职责" belongs in the
    explanation. The duties list is also asked the other way (which one is not a duty)."""
    duties = [
        i for i in pool(corpus) if i.unit_id == "relic-custodians/art-7" and listed_stem(i.stem)
    ]
    forms = {i.type for i in duties}
    assert forms >= {"多选", "单选"}
    for item in duties:
        assert check_item(item.to_dict(), corpus) == []
        wrong = (
            [o for n, o in enumerate(item.options) if LETTERS[n] not in item.answer.split(",")]
            if item.type == "多选"
            else [item.answer_text()]
        )
        for option in wrong:
            assert (
                f"“{option}”见《阿里地区野外文物看管人员管理细则（暂行）》第八条"
                in item.explanation
            )


def test_a_key_unit_has_a_trigger_rule_that_can_be_asked(corpus: Corpus) -> None:
    """办法 第三十六条's "对可能造成文物资源破坏的，应当采取保护措施" has nothing to ask: it no
    longer makes the article a key unit (asked in every bank by its one true statement, the same
    stem in every paper); 第二十一条 and 细则 第七条、第十一条 stay key."""
    travel = corpus.unit_by_id("relic-protection/art-36")
    assert F.scenarios(travel) and not any(F.askable(s) for s in F.scenarios(travel))
    assert not F.is_key_unit(travel) and F.is_core_unit(travel)
    for unit_id in ("relic-protection/art-21", "relic-custodians/art-7", "relic-custodians/art-11"):
        assert F.is_key_unit(corpus.unit_by_id(unit_id))


def test_a_trigger_is_narrowed_to_one_of_its_own_alternatives(corpus: Corpus) -> None:
    """Issue 13's "施工中发现疑似文物，应当（ ）": 第二十一条's trigger names three activities and two
    finds; a statement may name one of each, and the checker restores the whole trigger. A
    narrowing the text does not name (旅游开发) is still refused."""
    unit = corpus.unit_by_id("relic-protection/art-21")
    (scenario,) = F.scenarios(unit)
    narrowed = F.specialisations(scenario.trigger)
    assert len(narrowed) == 6 and "任何单位或者个人在农牧业生产活动中，发现疑似文物的，" in narrowed
    # "事故、案件和突发事件" share the modifier 文物安全: never narrowed to a bare "案件"
    assert F.specialisations("发生文物安全事故、案件和突发事件的，") == []
    title = "《文物保护管理办法》规定："  # the short title (seed-5353 review, class 1)
    action = "应当立即保护现场，并向当地文物行政管理部门报告，不得哄抢、私分、藏匿。"
    item = next(i for i in pool(corpus) if i.unit_id == unit.id and i.type == "判断")
    for trigger, problems in (
        ("任何单位或者个人在农牧业生产活动中，发现疑似文物的，", False),
        ("任何单位或者个人在旅游开发活动中，发现疑似文物的，", True),
    ):
        made = dict(item.to_dict(), stem=title + trigger + action, answer="正确", changed="")
        made["shown"] = trigger + action
        made["difficulty"] = judge_label(made["shown"])
        assert bool(check_item(made, corpus)) is problems


def test_a_bounded_figure_s_choice_offers_a_looser_value(corpus: Corpus) -> None:
    """Blind review of seed 1919: "借用期限最长不超过（ ）" with 两年 among 一年/六个月/三个月 is
    answered by taking the largest option. A 单选 offers one looser value too (三年, wrong as a
    statement of the text), so the key is not the largest; a 判断's false version stays stricter."""
    import re

    from assistant.quiz.terms import figure_value

    def months(option: str) -> int:
        value = figure_value(option)
        return int(value[0]) if value and value[0].isdigit() else 0

    bounded = [
        i
        for i in pool(corpus)
        if i.type == "单选" and re.search(r"(不超过|不得超过|最长)[^，。；]{0,4}（", i.stem)
    ]
    assert bounded
    for item in bounded:
        key = item.options[LETTERS.index(item.answer)]
        if all(months(o) for o in item.options):
            assert months(key) < max(months(o) for o in item.options), item.options
    assert all(
        months(v) < months("两年") for v in mistakes("figure", "两年", "借用期限最长不超过两年。")
    )
