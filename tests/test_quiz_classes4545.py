"""Quiz classes of the seed-4545/4646 blind review (branch quiz40), each tested on sentences of
these tests' own, then over the relic material's pool:

1. a list item distracted by the opposite list (a breach punished among deeds rewarded: A7,
   bank5) — no builder offers one, the checker refuses it;
2. 填空 marking that rejects wordings the text supports (A20 原核定公布机关, A23 …档案清单);
3. difficulty labels: a swap of two posts of one organisation is close (bank18), a routine form
   word is 易 (bank26), an absolute exclusion is 易 however long (bank23);
4. a stem that prints its own answer's key word (B22: 提供照片 beside a 拍摄 blank).
"""

from __future__ import annotations

import pytest

from assistant.quiz import difficulty as D
from assistant.quiz.checker import check_item, own_words_give_away
from assistant.quiz.generator import keyed_options, opposite_distractor, pool
from assistant.quiz.statements import listed_stem
from assistant.quiz.terms import (
    agent_forms,
    record_forms,
    result_forms,
    same_answer,
    same_word,
    written_forms,
)
from corpus import Corpus


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


# --- 1. distractors of the opposite standing -------------------------------------------------

MERITS = ["积极协助乡村开展文物普查，成绩显著的", "及时上交拾得的古钱币的"]
BREACHES = ["私自出售巡查中拾得的古钱币的", "不及时报告岩画被涂污的"]


def test_a_breach_among_rewarded_deeds_is_of_the_opposite_kind():
    assert D.opposite_kinds(MERITS, BREACHES[:1]) == BREACHES[:1]
    # and the reverse: a rewarded deed among breaches
    assert D.opposite_kinds(BREACHES, MERITS[:1]) == MERITS[:1]


def test_a_lawful_act_beside_breaches_is_a_changed_statement_not_an_opposite():
    # the breach with its approval (经……批准) is a plausible mistake the text rules out
    assert D.opposite_kinds(BREACHES, ["经县级文物部门批准拍摄寺庙壁画的"]) == []
    # options of no kind of conduct (uses of a fund, duties) have no standing to oppose
    assert D.opposite_kinds(["修缮围墙", "购置灭火器"], BREACHES) == []


def test_no_list_item_of_the_pool_mixes_rewarded_and_punished_deeds(items, corpus):
    choice = [i for i in items if i.type in ("单选", "多选") and listed_stem(i.stem)]
    assert choice
    assert not [i.stem for i in choice if opposite_distractor(i)]
    rewards = [i for i in choice if i.unit_id == "relic-custodians/art-16"]
    for item in rewards:  # 细则 第十六条 takes no 第十七条 breach
        wrong = [
            o for o in item.options if o not in keyed_options(item.type, item.options, item.answer)
        ]
        assert not any(D.conduct(o) == "breach" for o in wrong), item.stem


def test_the_checker_refuses_a_breach_among_rewarded_deeds(items, corpus):
    base = next(i for i in items if i.type == "多选" and listed_stem(i.stem))
    assert check_item(base.to_dict(), corpus) == []
    # our own merit-only keys with a breach planted beside them
    item = dict(
        base.to_dict(),
        options=["积极宣传文物保护法规，成绩显著的", "及时上交拾得的古钱币的", *BREACHES],
        answer="A,B",
    )
    problems = check_item(item, corpus)
    assert sum("褒贬相反" in p for p in problems) == 2, problems


# --- 2. accepted wordings of a blank ---------------------------------------------------------

OWN_DOCUMENT = (
    "第五条 在保护范围内施工的，须经审批该工程的人民政府同意。第九条 改变用途的，报原审批机关批准。"
)


def test_a_body_named_by_its_act_is_accepted_with_de_and_in_the_documents_other_words():
    assert agent_forms("原审批机关") == ["原审批的机关"]
    assert "审批该工程的人民政府" in agent_forms("原审批机关", OWN_DOCUMENT)
    assert same_answer("原审批的机关", "原审批机关")
    assert same_answer("审批该工程的人民政府", "原审批机关", OWN_DOCUMENT)
    assert not same_answer("审批该工程的人民政府", "原审批机关")  # not without the text
    assert agent_forms("文物行政管理部门") == []  # no act named: the equivalence table's


def test_a_record_is_accepted_with_or_without_its_trailing_generic_noun():
    forms = record_forms("巡查、值守台账清单")
    assert "巡查、值守台账" in forms and "巡查值守台账" in forms
    assert "巡查值守台账清单" in forms
    assert same_answer("巡查、值守台账", "巡查、值守台账清单")
    # a record's own noun is never dropped ("巡逻日志" → "巡逻" names no record)
    assert not same_answer("巡逻", "巡逻日志") and written_forms("巡逻日志") == []


def test_an_act_with_or_without_its_result_word():
    assert result_forms("封存现场") == ["封存好现场"]
    assert result_forms("封存好现场") == ["封存现场"]
    assert same_answer("封存现场", "封存好现场") and same_answer("封存好现场", "封存现场")
    assert not same_answer("封存", "封存现场")


def test_pool_blanks_accept_the_wordings_the_text_supports(items, corpus):
    rebuild = [i for i in items if i.type == "填空" and i.answer == "原核定公布机关"]
    assert rebuild
    for item in rebuild:
        assert "原核定公布的机关" in item.alternatives
        assert "核定公布该文物保护单位的人民政府" in item.alternatives  # 办法 第十三条's words
        assert "“原核定公布的机关”" in item.marking
        assert check_item(item.to_dict(), corpus) == []
    handover = [i for i in items if i.type == "填空" and i.answer.endswith("档案清单")]
    assert handover
    for item in handover:
        assert item.answer.removesuffix("清单") in item.alternatives
        assert check_item(item.to_dict(), corpus) == []


# --- 3. difficulty labels --------------------------------------------------------------------


def test_another_post_of_the_same_organisation_is_a_close_change():
    clause = "未按时到岗的队员，由所在乡分管领导提出批评，协调小组组长对其所在单位负责人进行约谈。"
    assert D.post_swap("协调小组组长", "办公室主任")
    assert D.judge_label(clause, "协调小组组长→办公室主任") != "易"
    # a post for a body of another kind is no swap within one organisation
    assert not D.post_swap("协调小组组长", "公安部门负责人")


def test_a_routine_form_word_is_easy_and_no_form_is_hard():
    clause = (
        "县级文物部门接到群众举报后，应当会同乡镇人民政府核实情况，登记在册，"
        "并于核实后以书面形式向地区文物部门和当地公安机关报告处理结果。"
    )
    assert D.label(clause, "书面形式", "form", 6) == "易"
    assert D.label(clause, "书面", "form", 6) == "易"
    long_clause = clause.replace("书面形式", "藏汉两种文字")
    assert D.label(long_clause, "藏汉两种文字", "form", 6) != "难"


def test_an_absolute_exclusion_is_easy_however_long():
    clause = (
        "护林员和看管人员在巡查中发现古墓葬被盗掘、岩画被刻划等破坏文物的违法犯罪现象，"
        "第一时间向当地文物、公安部门报告并配合做好调查取证工作。"
    )
    old = "第一时间向当地文物、公安部门报告并配合做好调查取证工作"
    assert len(clause) >= D.JUDGE_CUTS[1]
    assert D.judge_label(clause, f"{old}→只向当地公安部门报告，不向文物部门报告") == "易"
    assert (
        D.judge_label("违规的，由文物部门解聘。", "由文物部门解聘→只扣除当月补助，不予解聘") == "易"
    )
    # a change that only words the same party otherwise is no exclusion
    assert not D.EXCLUSIVE_RE.match("向当地文物、公安部门报告")


def test_pool_never_asks_a_relic_rule_that_bars_telling_the_relic_department(items):
    judged = [i for i in items if i.type == "判断" and "不向" in i.stem]
    assert not [i.stem for i in judged if "不向文物" in i.stem]
    assert all(
        i.difficulty == "易" for i in judged if D.EXCLUSIVE_RE.match(i.changed.partition("→")[2])
    )


# --- 4. a stem that prints its own answer's word ---------------------------------------------


def test_a_stem_printing_the_product_of_the_asked_act_gives_it_away():
    stem = "根据《某办法》第八条，寺庙内的唐卡不得______。因研究需要，经县级文物部门同意，可以由寺庙提供照片。"
    assert own_words_give_away(stem, "拍摄", same_word("拍摄")[1:], "act") == "照片"
    # another accepted wording printed in the stem, whatever the kind
    stem2 = "根据《某办法》第八条，唐卡不得______；游客拍照的，由管理人员劝阻。"
    assert own_words_give_away(stem2, "拍摄", same_word("拍摄")[1:], "") == "拍照"
    # nothing of the act's wordings printed: no give-away
    stem3 = "根据《某办法》第八条，寺庙内的唐卡不得______。"
    assert own_words_give_away(stem3, "拍摄", same_word("拍摄")[1:], "act") == ""
    # the character rule is for acts only: a period blank beside another 每 word is fair
    stem4 = "根据《某办法》第三条，看管人员______巡查，每年参加一次培训。"
    assert own_words_give_away(stem4, "每日", same_word("每日")[1:], "period") == ""


def test_the_checker_flags_a_stem_that_gives_its_own_answer(items, corpus):
    # (the pool has no act blank left: 第三十七条's 拍摄 was the one, and it printed 照片)
    assert not [i for i in items if i.type == "填空" and i.answer == "拍摄"]
    base = next(i for i in items if i.type == "填空")
    item = dict(base.to_dict(), detail_kind="act")
    item["stem"] = item["stem"].rstrip("。") + "；确需留存影像的，可以提供照片。"
    item["answer"], item["alternatives"] = "拍摄", ["拍照", "照相", "摄影"]
    assert any("题干自己印着" in p for p in check_item(item, corpus))


def test_no_item_of_the_pool_gives_its_own_answer_away(items):
    for item in items:
        if item.type == "填空":
            answer = item.answer
        elif item.type == "单选" and not listed_stem(item.stem):
            answer = item.options["ABCD".index(item.answer)]
        else:
            continue
        assert not own_words_give_away(item.stem, answer, item.alternatives, item.detail_kind), (
            item.stem
        )
