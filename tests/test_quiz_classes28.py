"""quiz28: the seed-2727 review's findings as classes — an absolute ban said to yield to an
approval is a false statement by the text, the script a record is kept in is a detail to ask,
and paper B tests no fact of paper A."""

from __future__ import annotations

import pytest

from assistant.quiz import check_bank
from assistant.quiz.checker import licence_change
from assistant.quiz.generator import papers, pool
from assistant.quiz.pairing import clause_key, same_clause
from corpus import Corpus


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


def _licences(items):
    return [i for i in items if i.type == "判断" and i.detail_kind == "condition"]


def test_an_absolute_ban_said_to_yield_to_an_approval_is_false(corpus: Corpus, items) -> None:
    licences = _licences(items)
    assert any(i.unit_id == "relic-protection/art-13" and "易燃" in i.stem for i in licences)
    for item in licences:
        assert item.answer == "错误" and "批准后，可以" in item.stem
        was, now = item.changed.split("→")
        unit = corpus.unit_by_id(item.unit_id)
        restored = item.stem.split("规定：", 1)[1].replace(now, was)
        assert licence_change(was, now, restored, unit)
        assert check_bank([item.to_dict()], corpus, ["relic-protection"]) == []


def test_no_licence_where_the_article_names_one_or_harm_is_banned(items) -> None:
    units = {i.unit_id for i in _licences(items)}
    # 第三十七条 lets an approved site provide photographs; 第十七条 bans digging without
    # approval (擅自); 第十六条 bans destroying, which no body licenses
    for unit in ("art-37", "art-17", "art-14"):
        assert f"relic-protection/{unit}" not in units
    # (since the seed-5353 review, 26: 第十六条's ban on everyone is no longer copied as √, and
    # its one act that is no harm, 占用, is said licensed; never 破坏, 拆毁 or 变卖)
    art16 = [i.stem for i in _licences(items) if i.unit_id == "relic-protection/art-16"]
    assert art16 and all(s.endswith("可以占用。") for s in art16)


def test_a_modal_change_of_another_kind_is_still_refused(corpus: Corpus) -> None:
    unit = corpus.unit_by_id("relic-protection/art-37")
    restored = "文物保护单位的壁画、馆藏文物和考古发掘现场不得拍摄。"
    # the article goes on "确因特殊需要，经……批准，可以由文物保护单位提供照片"
    assert not licence_change("不得", "经文物行政管理部门批准后，可以", restored, unit)
    unit = corpus.unit_by_id("relic-protection/art-13")
    restored = (
        "在文物保护单位的保护范围内，不得存放易燃、易爆、有毒、有腐蚀性等危害文物安全的物品。"
    )
    assert licence_change("不得", "经文物行政管理部门批准后，可以", restored, unit)
    assert not licence_change("不得", "可以", restored, unit)


def test_the_script_of_a_record_is_never_judged_by_one_script(items) -> None:
    # the script itself is no longer asked (the seed-4949 review, item 9: bilingual common
    # sense and a filler distractor; low_value.tsv "never", tests/test_quiz_classes4949.py)
    script = [i for i in items if i.unit_id == "relic-protection/art-24" and "记录" in i.stem]
    assert script == []
    assert not any(i.type == "判断" and "用汉文记录" in i.stem for i in items)


def test_paper_b_tests_no_fact_of_paper_a(corpus: Corpus) -> None:
    """The seed-2727 review wanted B's new facts first; the seed-3838 review found B re-asking A's
    facts at all (another type, a moved gap): B now tests none of A's clauses."""
    for seed in (0, 6):
        first, second = papers(corpus, 50, seed=seed)
        asked = {clause_key(k) for i in first.items for k in i.rule_keys}
        for item in second.items:
            assert not any(same_clause(clause_key(k), a) for k in item.rule_keys for a in asked), (
                item.stem
            )
