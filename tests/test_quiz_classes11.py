"""quiz11: review classes ported from the quiz9/quiz10 attempts onto quiz8 — stems cut from the
sentence before, distractors a catch-all member covers, a third item of a long article only on
a third clause sharing no detail — and short papers that differ between seeds."""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import (
    catch_all_covered,
    cut_from_context,
    stem_overlap,
    third_shares,
    unit_limit,
)
from assistant.quiz.generator import places, pool
from assistant.quiz.statements import listed_stem
from corpus import Corpus


@pytest.fixture(scope="module")
def material(corpus: Corpus):
    return pool(corpus)


def test_a_sentence_that_reads_only_after_the_one_before_is_seen(corpus: Corpus) -> None:
    cases = {
        "relic-custodians/art-13": "《…》规定：协议期限不得超过一年。",
        "relic-protection/art-49": "《…》规定：事故最终调查结果和责任追究情况应报自治区人民政府。",
        "relic-protection/art-15": "《…》规定：涉及宗教活动场所需维修、保养的，应征求宗教部门的意见。",
    }
    for unit_id, stem in cases.items():
        assert cut_from_context(stem, corpus.unit_by_id(unit_id), corpus), stem
    # the article's own first sentence reads alone
    first = "《…》规定：任何单位和个人都有依法保护和检举控告盗窃、盗掘、损毁文物及危害文物安全行为的责任。"
    assert cut_from_context(first, corpus.unit_by_id("relic-protection/art-41"), corpus) == ""


def test_the_pool_holds_no_cut_stem_and_no_covered_distractor(corpus: Corpus, material) -> None:
    for item in material:
        unit = corpus.unit_by_id(item.unit_id)
        if not listed_stem(item.stem):
            assert not cut_from_context(item.stem, unit, corpus), item.stem
        assert not catch_all_covered(item.to_dict(), unit), item.stem


def test_a_third_item_of_an_article_asks_a_third_clause_and_shares_nothing() -> None:
    assert unit_limit([["a#0"], ["a#1"]])
    assert unit_limit([["a#0"], ["a#1"], ["a#2@0"]])
    assert not unit_limit([["a#0"], ["a#1"], ["a#1"]])  # one clause twice
    assert not unit_limit([["a#0"], ["a#1"], ["a#2"], ["a#3"]])  # never four
    pay = {"type": "填空", "stem": "县级……每人每月工资______。", "answer": "1200元"}
    other = {"type": "判断", "stem": "自治区级……每人每月工资1000元。", "answer": "错误"}
    staff = {"type": "单选", "stem": "每处安排（  ）看管人员。", "answer": "2名"}
    assert third_shares([pay, other, staff])  # two pays in 元 give each other away
    assert not third_shares([pay, other])  # two items: the pair rules decide


def test_banks_stay_clean_and_within_the_places_the_rules_allow(corpus: Corpus) -> None:
    most = places(corpus)
    for seed in (31, 32, 33):
        bank = generate(corpus, 60, seed=seed)
        rows = [i.to_dict() for i in bank.items]
        assert check_bank(rows, corpus, bank.documents) == []
        assert len(rows) <= most
        assert any("只够出" in n for n in bank.notices)  # said, never padded


def test_short_papers_of_two_seeds_share_little(corpus: Corpus) -> None:
    """A 20-item paper asks about a third of the material's rules: two seeds ask many of them in
    another form (`python -m evaluation quiz` measures 66 pairs)."""
    banks = [[i.to_dict() for i in generate(corpus, 20, seed=s).items] for s in range(40, 46)]
    shares = [stem_overlap(a, b) for a, b in combinations(banks, 2)]
    # (one pair of 15 at 13 shared stems of 20 is the planner's spread: the code before the
    # seed-5252 round gave 0.65-0.7 on other sets of twelve seeds, 100-111, 200-211, 300-311)
    assert sum(shares) / len(shares) < 0.42 and max(shares) <= 0.65


def test_a_blank_over_the_banned_act_itself_is_left_out(corpus: Corpus, material) -> None:
    """ "……考古发掘现场不得______。" admits any act the text forbids (seed-909 and seed-1212
    reviews); a ban whose blank is followed by what is banned stays."""
    from assistant.quiz.checker import open_ban_blank

    assert open_ban_blank({"type": "填空", "stem": "……考古发掘现场不得______。"})
    assert open_ban_blank({"type": "单选", "stem": "……石窟造像不得私自（  ）。"})
    assert not open_ban_blank({"type": "填空", "stem": "……并向______报告，不得哄抢。"})
    assert not any(open_ban_blank(i.to_dict()) for i in material)


def test_a_ban_blank_is_printed_with_its_exception_when_that_names_no_act(material) -> None:
    """A blank over the banned act stays only with the article's next sentence when that is
    the ban's exception (经……批准) and does not print the key."""
    from assistant.quiz.checker import OPEN_BAN_BLANK

    for item in material:
        flat = "".join(item.stem.split())
        if item.type in ("填空", "单选") and OPEN_BAN_BLANK.search(flat.split("。")[0] + "。"):
            rest = flat.split("。", 1)[1]
            assert re.search(r"批准|同意|特殊需要", rest), item.stem
            assert item.answer_text() not in rest, item.stem
