"""quiz15: fact atoms. The unit asked once per bank is one checkable fact of a clause (a figure,
a body, a time limit, who pays, the act due at once), not the clause; a clause's true statement
holds all its atoms. Field custodians' 第七条（四） (report looting at once) has atoms of its own."""

from __future__ import annotations

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import ATOM, clause_of, keys_clash, unit_limit
from assistant.quiz.generator import atoms, pool
from assistant.quiz.terms import mistakes
from corpus import Corpus

ART = "relic-custodians/art-12#0"


def test_a_clause_holds_its_atoms_and_two_atoms_do_not_clash() -> None:
    assert keys_clash(f"{ART}@41", f"{ART}@41{ATOM}1200元")  # the true clause prints the atom
    assert keys_clash(ART, f"{ART}@41{ATOM}1200元")  # so does the whole rule
    assert keys_clash(f"{ART}@41{ATOM}1200元", f"{ART}@41{ATOM}1200元")
    assert not keys_clash(f"{ART}@41{ATOM}1200元", f"{ART}@41{ATOM}每月")
    assert not keys_clash(f"{ART}@4", f"{ART}@41{ATOM}1200元")  # "@4" is not "@41"
    # two atoms of one clause are two places of an article (at most three, as before)
    assert clause_of(f"{ART}@41{ATOM}1200元") != clause_of(f"{ART}@41{ATOM}每月")
    # but a third item of an article needs a third sentence (quiz22: 细则 第十二条 is one
    # sentence, and 2名, 地区财政, 1200元 read as one article asked three times)
    assert not unit_limit([[f"{ART}@0{ATOM}2名"], [f"{ART}@0{ATOM}x"], [f"{ART}@41{ATOM}1200元"]])
    assert unit_limit([[f"{ART}@0{ATOM}2名"], [f"{ART}@41{ATOM}1200元"]])
    assert not unit_limit([[f"{ART}@0{ATOM}2名"], [f"{ART}@0{ATOM}2名"], [f"{ART}@41"]])


def test_the_checker_reads_two_forms_of_one_atom_as_one_rule_asked_twice(corpus: Corpus) -> None:
    items = [i for i in pool(corpus) if any("~1200元" in k for k in i.rule_keys)]
    single = next(i for i in items if i.type == "单选")
    blank = next(i for i in items if i.type == "填空")
    problems = check_bank([single.to_dict(), blank.to_dict()], corpus)
    assert any("同一条规则" in p for p in problems)


def test_who_pays_is_asked_in_its_own_clause(corpus: Corpus) -> None:
    items = [i for i in pool(corpus) if i.unit_id == "relic-custodians/art-12"]
    funder = [i for i in items if i.detail_kind == "funder"]
    # no 单选: 办法 第六条 lets 各县人民政府本级财政 pay custodians, so 县级财政 is no distractor
    # and two wrong budgets are too few (quiz22, seed-2121 review item 9)
    assert {i.type for i in funder} == {"填空"}
    blank = next(i for i in funder if i.type == "填空")
    assert blank.stem.endswith("看管人员经费由______纳入年初预算。") and blank.answer == "地区财政"
    # the other atoms' stems no longer print who pays beside the count
    assert not any("地区财政" in i.stem for i in items if i.detail_kind == "figure")
    # each clause of the long rule is stated as a 判断 of its own, none too long to judge
    judged = [i for i in items if i.type == "判断"]
    assert judged and all(len(i.stem.split("规定：", 1)[1]) <= 120 for i in judged)


def test_a_vague_time_word_has_no_deadline_as_its_mistake() -> None:
    """第一时间 → 7日内/30日内 was believed by nobody and checked against nothing (seed-3838
    review B18): no time word that sets no deadline gets a wrong deadline."""
    for word in ("第一时间", "立即", "及时"):
        assert mistakes("timing", word) == []


def test_custodians_report_of_looting_is_asked_as_atoms(corpus: Corpus) -> None:
    items = [
        i
        for i in pool(corpus)
        if any(k.startswith("relic-custodians/art-7#4") for k in i.rule_keys)
    ]
    single = next(i for i in items if i.type == "单选")
    # asked by whom the report goes to, never by its time word among 每日/定期/每月 (the
    # seed-4949 review, item 6)
    assert "第一时间向（  ）报告" in single.stem
    assert single.answer_text() == "当地文物、公安部门" and len(single.options) == 4
    # its blank asks the recipients too, never the time word (seed-5151 review 50)
    assert any(i.type == "填空" and i.answer == "文物、公安" for i in items)
    assert not any(i.type == "填空" and i.answer == "第一时间" for i in items)
    assert any(i.type == "判断" and i.answer == "错误" for i in items)
    assert all(check_bank([i.to_dict()], corpus, ["relic-custodians"]) == [] for i in items)


def test_every_full_bank_asks_the_custodians_report_of_looting(corpus: Corpus) -> None:
    for seed in (3, 4, 5):
        bank = generate(corpus, 50, seed=seed)
        keys = [k for i in bank.items for k in i.rule_keys]
        assert any(k.startswith("relic-custodians/art-7#4") for k in keys)
        assert check_bank([i.to_dict() for i in bank.items], corpus, bank.documents) == []


def test_the_pool_counts_its_atoms(corpus: Corpus) -> None:
    found = atoms(pool(corpus))
    # each atom is a finest key: none holds another
    assert not any(a != b and keys_clash(a, b) and b.startswith(a) for a in found for b in found)
    assert f"{ART}@41{ATOM}1200元" in found and f"{ART}@41" not in found
