"""quiz29: a bank of 50 from the relic documents ended at ~41 of the 53 places the rules allow.
A late fill (after every other pass, the bank still short) asks what the strict forms of two
guards left out: a second item on a long sentence when the two ask different clauses for
different kinds of detail (never a 判断, never a third), and 判断 whose key leads its label
while it holds at most three fifths of it."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import detail_sort, label_tells_key, own_clauses, sentence_twice
from assistant.quiz.generator import (
    DEFAULT_DOCS,
    Generator,
    item_facts,
    label_within_share,
    normalize_types,
    plan,
    pool,
    resolve_documents,
    seed_number,
    turn_of,
)
from corpus import Corpus

SEEDS = (100, 101, 102)


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


@pytest.fixture(scope="module")
def banks(corpus: Corpus):
    return {seed: generate(corpus, 50, seed=seed) for seed in SEEDS}


def _pay(items, kind: str, answer: str):
    return next(
        i
        for i in items
        if i.unit_id == "relic-custodians/art-12" and i.type == kind and i.answer_text() == answer
    )


def test_two_items_of_one_sentence_need_two_clauses_and_two_kinds(items) -> None:
    """2名 beside 1200元 or 地区财政: a head count, a sum, a paying body (the brief's pair);
    1200元 beside 1400元 are two sums (seed-2425 review A2/A29); one clause asked twice, or a
    判断 of the sentence, is the sentence asked twice."""
    staff = _pay(items, "单选", "2名")
    county = _pay(items, "填空", "1200元")
    region = _pay(items, "单选", "1400元")
    funder = _pay(items, "填空", "地区财政")
    assert detail_sort(staff.to_dict()) == "headcount"
    assert detail_sort(county.to_dict()) == "money"
    assert sentence_twice(staff.to_dict(), county.to_dict())
    assert sentence_twice(funder.to_dict(), staff.to_dict())
    assert not sentence_twice(county.to_dict(), region.to_dict())
    assert not sentence_twice(staff.to_dict(), _pay(items, "填空", "2名").to_dict())
    judged = dict(staff.to_dict(), type="判断")
    assert not sentence_twice(judged, county.to_dict())
    whole = dict(county.to_dict(), rule_keys=["relic-custodians/art-12#0"])
    assert not sentence_twice(staff.to_dict(), whole)


def test_a_bank_of_50_holds_more_than_the_strict_passes_gave(banks, corpus: Corpus) -> None:
    """main gave 37–43 items for 50 asked (mean 41.0; 41, 42, 39 on these seeds); the fill adds
    ~3 without a violation, a 判断 share above 45 % or a label that tells the key."""
    sizes = [len(b.items) for b in banks.values()]
    # (41 since the seed-4949 classes: slogans, the records' script and the trainees' damages
    # left the pool, and each gap item lost takes a 判断 place with it)
    assert min(sizes) >= 41 and sum(sizes) / len(sizes) >= 43, sizes
    for bank in banks.values():
        rows = [i.to_dict() for i in bank.items]
        assert check_bank(rows, corpus, bank.documents) == []
        assert label_tells_key(rows) == []
        assert sum(i.type == "判断" for i in bank.items) <= 0.45 * len(bank.items)
        # the key articles stay in every bank
        units = {i.unit_id for i in bank.items}
        for unit in (
            "relic-protection/art-21",
            "relic-custodians/art-7",
            "relic-custodians/art-11",
            "relic-custodians/art-12",
        ):
            assert unit in units, unit


def test_no_sentence_holds_two_items_of_one_kind(banks) -> None:
    """A second item on a sentence asks another clause for another kind of detail, and never a
    third: three on 第十二条 read as one article asked three times (seed-2121 review). A key
    article's sentence may hold a third since the seed-4141 review (its payer and pay were never
    asked), each item on its own clause (checker.own_clauses)."""
    for bank in banks.values():
        held: dict[str, list] = {}
        for item in bank.items:
            for fact in item_facts(item):
                held.setdefault(fact, []).append(item)
        for fact, found in held.items():
            if fact.startswith(("relic-custodians/art-11#", "relic-custodians/art-12#")):
                assert len(found) <= 3, fact
                assert all(
                    own_clauses(a.to_dict(), b.to_dict())
                    for n, a in enumerate(found)
                    for b in found[n + 1 :]
                )
                continue
            assert len(found) <= 2, fact
            if len(found) == 2:
                a, b = (i.to_dict() for i in found)
                assert "判断" not in (a["type"], b["type"])
                assert detail_sort(a) != detail_sort(b)
                assert sentence_twice(a, b)


def test_the_late_label_rule_keeps_three_fifths(items) -> None:
    """The fill's 判断 may lead its label only while the key holds at most three fifths of it."""
    true = [i for i in items if i.type == "判断" and i.answer == "正确" and i.difficulty == "易"]
    false = [i for i in items if i.type == "判断" and i.answer == "错误" and i.difficulty == "易"]
    assert len(true) >= 5 and len(false) >= 2
    assert label_within_share(true[0], [false[0]])  # 1 of 2
    assert not label_within_share(true[0], [true[1], false[0]])  # 2 of 3
    assert label_within_share(true[0], [true[1], true[2], false[0], false[1]])  # 3 of 5
    assert not label_within_share(true[0], [true[1], true[2], true[3], false[0], false[1]])
    assert not label_within_share(true[0], [])  # 1 of 1


def test_refusals_count_without_changing_the_plan(corpus: Corpus) -> None:
    """The diagnosis (plan's `refusals`) names a guard for the items left out and leaves the
    bank as it is."""
    generator = Generator(corpus, resolve_documents(corpus, list(DEFAULT_DOCS)))
    seed = SEEDS[0]
    found: Counter = Counter()
    runs = []
    for refusals in (None, found):
        rng = random.Random(f"quiz:{seed}")
        candidates = generator.candidates(rng)
        runs.append(
            plan(
                candidates,
                # (a bank the material leaves short, so that items are left out: with the
                # quiz38 items a bank of 50 fills for this seed without refusing any)
                60,
                normalize_types(None),
                rng,
                turn=turn_of(seed),
                seed=seed_number(seed),
                refusals=refusals,
            )
        )
    assert [i.id for i in runs[0]] == [i.id for i in runs[1]]
    assert found["sentences", "unasked"] > 0
    assert sum(v for k, v in found.items() if k[0] == "item") > 0
    assert found["item", "none"] == 0  # every item left out has a guard that refuses it
