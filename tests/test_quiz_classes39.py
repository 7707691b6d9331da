"""Quiz classes of branch quiz39 (the seed-3838 review): A/B papers that share no fact, no false
statement that gives a vague time word a deadline, an exception asked with the ban it lifts,
and rules that had no item (第二十六条's 一级藏品, 细则 第十六条 as a 多选)."""

from __future__ import annotations

import pytest

from assistant.quiz import check_bank
from assistant.quiz.checker import check_item, covered_by_catch_all, exception_kept
from assistant.quiz.generator import papers, pool
from assistant.quiz.pairing import Row, facts_of, repeats, same_change, same_clause, split
from corpus import Corpus


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


@pytest.fixture(scope="module")
def pair(corpus: Corpus):
    return papers(corpus, 50, seed=3939)


def test_one_clause_is_one_fact_and_two_clauses_are_two() -> None:
    # a gap moved within a clause asks the clause again; the whole sentence holds its clauses
    assert same_clause("u#0@23", "u#0@23")
    assert same_clause("u#0", "u#0@23") and same_clause("u#0:发现……的，", "u#0")
    # 1200元 and 1400元 stand in two clauses of 细则 第十二条: parallel facts, not one
    assert not same_clause("u#0@41", "u#0@67")
    assert not same_clause("u#1", "u#10@0")


def test_facts_join_clauses_one_item_asks_and_a_sentence_that_prints_another() -> None:
    rows = [
        Row(["u#0@0~当月", "u#0:未按……的，~当月"], "u", 0, "填空"),
        Row(["u#0:未按……的，"], "u", 0, "单选"),
        Row(["u#0:重大事故的"], "u", 0, "单选"),
        # a half sentence read with the sentence before it prints that sentence (第三十八条)
        Row(["v#0"], "v", 2, "判断正确", "金石铭文和石窟造像不得私自拓印。"),
        Row(["v#1"], "v", 2, "判断正确", "金石铭文和石窟造像不得私自拓印。经依法批准拓印的，……。"),
    ]
    facts = facts_of(rows)
    assert sorted(len(f.keys) for f in facts) == [1, 2, 2]
    a, b = split(facts, 1)
    assert not a & b and a | b == {k for f in facts for k in f.keys}
    # an article's two facts go to the two papers
    assert {"u#0@0", "u#0:未按……的，"} <= a or {"u#0@0", "u#0:未按……的，"} <= b
    assert ("u#0:重大事故的" in a) != ("u#0@0" in a)


def test_the_same_false_statement_change_is_one_change() -> None:
    assert same_change(
        "由文物行政管理部门解聘→只适当扣除当月野外看管补助，不予解聘",
        "由文物行政管理部门解聘野外文物看管人员资格→只适当扣除当月野外看管补助，不予解聘",
    )
    assert not same_change("当月野→当年野", "当年野→当月野")


def test_a_mirrored_list_and_a_printed_answer_repeat_paper_a() -> None:
    listed = "第七条列举了“野外文物看管人员主要工作职责”。下列各项中，属于该条所列内容的有（  ）。"
    a = {"id": "a", "stem": listed, "options": ["严守国家文物机密", "对文物保护工作提出建议和意见"],
         "rule_keys": ["c/art-7#list:野外文物看管人员"]}  # fmt: skip
    b = {"id": "b", "stem": listed.replace("第七条", "第八条").replace("工作职责", "享有下列权利"),
         "options": ["对文物保护工作提出建议和意见", "严守国家文物机密"],
         "rule_keys": ["c/art-8#list:野外文物看管人员"]}  # fmt: skip
    assert repeats(b, [a]) == "mirrored_list"
    gap = {"id": "g", "stem": "……每处安排______看管人员，看管人员经费由地区财政纳入年初预算。",
           "options": [], "rule_keys": ["c/art-12#0@0~2名"]}  # fmt: skip
    other = {"id": "o", "stem": "……看管人员经费由______纳入年初预算。", "options": [],
             "rule_keys": ["c/art-12#0@23~地区财政"]}  # fmt: skip
    assert repeats(other, [gap], "地区财政") == "prints_answer"


def test_papers_share_no_fact_no_change_and_no_list_options(pair, corpus) -> None:
    first, second = pair
    rows_a = [i.to_dict() for i in first.items]
    rows_b = [i.to_dict() for i in second.items]
    for row in rows_b:
        assert repeats(row, rows_a) == "", row["stem"]
    for row in rows_a:
        assert repeats(row, rows_b) == "", row["stem"]
    for paper in pair:
        assert check_bank([i.to_dict() for i in paper.items], corpus, paper.documents) == []


def test_a_short_pair_says_why_it_is_short(pair) -> None:
    for paper in pair:
        if len(paper.items) < 50:
            note = next(m for m in paper.notices if m.startswith("所选文件只够出两卷"))
            assert "互不重复" in note


def test_no_false_statement_swaps_a_vague_time_word_for_a_deadline(items, corpus) -> None:
    assert not [i for i in items if i.type == "判断" and "日内" in i.stem]
    made_up = next(
        i for i in items if i.type == "判断" and i.answer == "正确" and "第一时间" in i.stem
    ).to_dict()
    made_up.update(
        stem=made_up["stem"].replace("第一时间", "7日内"), answer="错误", changed="第一时间→7日内"
    )
    assert any("没有具体时限" in p for p in check_item(made_up, corpus))


def test_an_exception_is_printed_with_the_ban_it_lifts(items, corpus) -> None:
    """第十四条: "……已经全部毁坏的，不得重新修建；因特殊需要，……报原核定公布机关批准……" is asked
    whole (seed-3838 review, A29: the re-joined stem lost "已经全部毁坏的")."""
    asked = [i for i in items if i.unit_id == "relic-protection/art-14"]
    assert asked and all("已经全部毁坏的，不得重新修建；" in i.stem for i in asked)
    assert all(check_item(i.to_dict(), corpus) == [] for i in asked)
    assert exception_kept("……不得重新修建；因特殊需要，……批准。")
    assert not exception_kept("……并每年复核一次；不具备……的单位，……负责保管。")


def test_first_grade_collections_kept_elsewhere_are_asked(items, corpus) -> None:
    """办法 第二十六条's second half (who designates the keeper of a unit's 一级藏品) had no item."""
    asked = [
        i
        for i in items
        if i.unit_id == "relic-protection/art-26" and "不具备收藏一级藏品安全条件" in i.stem
    ]
    blank = next(i for i in asked if i.type == "填空" and "______可以指定" in i.stem)
    assert blank.answer == "地区文物行政管理部门"
    assert "每年复核" not in blank.stem  # its own clause, not the first half
    assert all(check_item(i.to_dict(), corpus) == [] for i in asked)


def test_rewarded_deeds_take_no_breach_and_the_catch_all_takes_in_none(items, corpus) -> None:
    """细则 第十六条's catch-all "其他方面有突出贡献的" takes in no breach; since quiz40 a breach of
    第十七条 is no distractor of the list at all (seed-4545 review A7: ruled out by common sense),
    so no 多选 sets the two lists side by side."""
    multi = [i for i in items if i.unit_id == "relic-custodians/art-16" and i.type == "多选"]
    assert all(check_item(i.to_dict(), corpus) == [] for i in multi)
    assert not any("敛取" in o for i in multi for o in i.options)
    members = ("在文物保护、文物安全领域其他方面有突出贡献的", "及时上交……出土文物的")
    assert not covered_by_catch_all("发现出土文物不及时报告上交的", members)
    assert covered_by_catch_all("发现出土文物不及时报告上交的", ("不履行野外文物看管人员职责的",))


def test_a_rule_printed_as_an_option_or_a_note_repeats_paper_a() -> None:
    """A duty list's member beside the same duty's false statement (第七条（三） 每日→每周), and
    第五十条's lawful-act distractor beside 第三十八条's rule, re-ask paper A's fact."""
    duty = "野外文物看管人员负责本区域内文物保护单位文物安全的每日巡查、记录、汇报工作。"
    judged = {"id": "j", "type": "判断", "stem": "……规定：" + duty.replace("每日", "每周"),
              "options": ["正确", "错误"], "shown": duty, "unit_id": "c/art-7",
              "rule_keys": ["c/art-7#3~每日"], "changed": "每日→每周"}  # fmt: skip
    listed = {"id": "l", "type": "多选", "unit_id": "c/art-7", "options": [duty[8:-1], "严守国家文物机密"],
              "stem": "第七条列举了……属于该条所列内容的有（  ）。", "rule_keys": ["c/art-7#list:野外文物看管人员"]}  # fmt: skip
    assert repeats(listed, [judged]) == "prints_rule" == repeats(judged, [listed])
    ban = "本行政区域内的金石铭文和石窟造像不得私自拓印。经依法批准拓印的，禁止翻印出售和向国外提供拓片。"
    rubbing = {"id": "r", "type": "判断", "stem": "……规定：" + ban, "options": ["正确", "错误"],
               "shown": ban, "unit_id": "p/art-38", "rule_keys": ["p/art-38#1"]}  # fmt: skip
    unlawful = {"id": "u", "type": "多选", "unit_id": "p/art-50", "stem": "第五十条列举了……所列内容的有（  ）。",
                "options": ["经依法批准拓印金石铭文和石窟造像的"], "rule_keys": ["p/art-50#list:有下列违法行为的"],
                "explanation": f"……“经依法批准拓印金石铭文和石窟造像的”不是违法行为：第三十八条规定“{ban}”"}  # fmt: skip
    assert repeats(unlawful, [rubbing]) == "prints_rule"


def test_a_bank_makes_each_false_statement_change_once(corpus: Corpus) -> None:
    """Seed-3939 self-review: A8 and A16 both changed "书面形式" into "电话形式"."""
    from assistant.quiz import generate

    for seed in (3, 21, 3939):
        changes = [i.changed for i in generate(corpus, 60, seed=seed).items if i.changed]
        assert not [
            (a, b) for n, a in enumerate(changes) for b in changes[n + 1 :] if same_change(a, b)
        ]
    assert same_change("书面形式→电话形式", "书面形式→电话形式")
    assert not same_change(
        "县级人民政府→地区文物行政管理部门", "自治区人民政府→地区文物行政管理部门"
    )
