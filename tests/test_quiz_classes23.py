"""quiz23: one rule asked in other words — narrower truths of a ban or of parallel duties are
forms of the same rule, so that two seeds and the two papers of an A/B pair ask it differently —
and paper B never prints a stem of paper A while the pair asks every key rule."""

from __future__ import annotations

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz import facts as F
from assistant.quiz.checker import check_item, key_units
from assistant.quiz.generator import DEFAULT_DOCS, papers, pool
from corpus import Corpus

BAN = "禁止国有文物收藏单位将馆藏、寺藏文物赠与、出租或者出售给其他单位或个人。"
TOURISM = (
    "各级人民政府利用国有不可移动文物进行旅游开发的，不得改变原有人文生态和历史环境风貌，"
    "不得转让、抵押，不得作为企业资产经营。"
)
CORE = (
    "relic-protection/art-21",
    "relic-custodians/art-7",
    "relic-custodians/art-11",
    "relic-custodians/art-12",
)


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


def test_a_banned_list_gives_one_act_each() -> None:
    narrower = F.narrowings(BAN)
    assert [s for s in narrower if "出租给其他单位" in s]
    assert all(BAN.startswith(s[: s.index("馆藏")]) for s in narrower)
    for act in ("赠与", "出租", "出售"):
        assert sum(act in s for s in narrower) == 1
    assert all("或者" not in s for s in narrower)


def test_parallel_bans_keep_their_shared_condition() -> None:
    narrower = F.narrowings(TOURISM)
    assert len(narrower) == 3
    assert all(
        s.startswith("各级人民政府利用国有不可移动文物进行旅游开发的，不得") for s in narrower
    )
    # a condition that governs only the first ban ("未经……批准，") is never carried to the next
    assert F.narrowings("看管人员未经法定程序批准，不得擅自对外提供资料，不得借机谋取私利。") == []
    # two sentences: a narrower first one would read as a cut
    assert F.narrowings("调拨的文物必须严格保管，不得丢失、损毁。借用期限最长不超过两年。") == []


def test_narrower_truths_are_forms_of_one_rule_and_pass_the_checker(corpus: Corpus, items) -> None:
    bans = [
        i
        for i in items
        if i.unit_id == "relic-protection/art-27" and i.stem.split("：", 1)[-1].startswith("禁止")
    ]
    assert len(bans) == 4  # the whole ban and one per act
    assert len({tuple(i.rule_keys) for i in bans}) == 1 and len({i.fact for i in bans}) == 1
    assert all(i.answer == "正确" and check_item(i.to_dict(), corpus) == [] for i in bans)
    # an act the article permits with approval is no narrower truth: the checker refuses it
    made_up = dict(
        bans[0].to_dict(),
        stem=bans[0].stem.replace(bans[0].shown, BAN.replace("赠与、出租或者出售", "交换")),
    )
    assert check_item(made_up, corpus)


def test_ab_papers_share_no_stem_and_ask_every_key_rule_between_them(corpus: Corpus) -> None:
    """Every key rule on one paper at least (the papers share no fact: seed-3838 review)."""
    keys = [u.id for u in key_units(corpus, list(DEFAULT_DOCS))]
    for seed in (1, 4):
        first, second = papers(corpus, 50, seed=seed)
        assert not {i.stem for i in first.items} & {i.stem for i in second.items}
        asked = {i.unit_id for bank in (first, second) for i in bank.items}
        assert all(u in asked for u in (*CORE, *keys))
        for bank in (first, second):
            assert check_bank([i.to_dict() for i in bank.items], corpus, bank.documents) == []
        # (22: the seed-5151 review took two facts out of the pool, the training organisers'
        # rules, and a procedural detail is no longer asked on an article asked already; 20:
        # the seed-5353 review struck the copied platitudes — 第十六、十七、四十一、四十二条 and
        # 第四十八条's vague report as √ — whose rules have no other form)
        assert len(second.items) >= 20


def test_trimming_the_true_false_part_keeps_key_rules(corpus: Corpus) -> None:
    """A short bank drops its last 判断 to keep them within 45 %; seed 40 dropped 细则 第十七条's
    one item that way (its only forms are 判断)."""
    keys = [u.id for u in key_units(corpus, list(DEFAULT_DOCS))]
    bank = generate(corpus, 50, seed=40)
    assert all(u in {i.unit_id for i in bank.items} for u in keys)


def test_a_blank_accepts_the_everyday_forms_of_its_answer() -> None:
    """Seed-2323 review: 半年 for 六个月, 阿里地区财政 for 地区财政 earn the points."""
    from assistant.quiz import facts as F
    from assistant.quiz.generator import _alternatives

    assert "半年" in _alternatives(F.Slot("figure", "六个月", 0))
    assert "阿里地区财政" in _alternatives(F.Slot("body", "地区财政", 0))
