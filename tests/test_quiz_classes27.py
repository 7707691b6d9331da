"""quiz27: the seed-2627 review's findings as classes — two consecutive seeds ask a shared rule
in different forms and open their sections with different facts, a figure's 单选 offers the
sibling figure the text states, a report due at once is distracted by the documents' other
time words, and one number of points per type in a paper."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import stem_overlap
from assistant.quiz.generator import (
    TYPES,
    Generator,
    _form_class,
    _place_key,
    favoured_forms,
    pool,
    resolve_documents,
)
from assistant.quiz.points import item_points, type_points
from assistant.quiz.terms import canon
from corpus import Corpus


@pytest.fixture(scope="module")
def items(corpus: Corpus):
    return pool(corpus)


def test_consecutive_seeds_favour_another_form_class(corpus: Corpus) -> None:
    candidates = Generator(corpus, resolve_documents(corpus, None)).candidates(
        random.Random("quiz:0")
    )
    by_id = {c.item.id: c for c in candidates}
    classes: dict[tuple[str, ...], set[str]] = {}
    for c in candidates:
        classes.setdefault(_place_key(c), set()).add(_form_class(c.item))
    several = {k for k, found in classes.items() if len(found) > 1}
    assert len(several) >= 20

    def picked(seed: int) -> dict[tuple[str, ...], str]:
        ids = favoured_forms(candidates, random.Random(0), seed)
        return {_place_key(by_id[i]): _form_class(by_id[i].item) for i in ids}

    for seed in (2627, 2727, 100):
        mine, next_ = picked(seed), picked(seed + 1)
        assert all(mine[k] != next_[k] for k in several)


def test_the_first_items_of_two_consecutive_papers_differ(corpus: Corpus) -> None:
    """Seed-2627 review: 8 of 2628's first 22 items had 2627's stem and key (quiz27: 3 over
    seeds 100–129, at most 5 here)."""
    for seed in (2627, 2727):
        a = [i.to_dict() for i in generate(corpus, 60, seed=seed).items]
        b = [i.to_dict() for i in generate(corpus, 60, seed=seed + 1).items]
        assert stem_overlap(a[:22], b[:22]) <= 0.25
        for bank in (a, b):
            ranks = [TYPES.index(r["type"]) for r in bank]
            assert ranks == sorted(ranks)  # sections stay in type order


def test_a_pay_choice_offers_the_sibling_figure(items) -> None:
    pay = [i for i in items if i.type == "单选" and i.answer_text() in ("1200元", "1400元")]
    assert len(pay) >= 2
    assert all({"1200元", "1400元"} <= set(i.options) for i in pay)


def test_a_report_due_at_once_is_no_choice_among_time_words(items) -> None:
    # among 每日/定期/每月 it was picked by ear (the seed-4949 review, item 6, and two reviews
    # before): the clause is asked by whom the report goes to (tests/test_quiz_classes4949.py)
    assert not [
        i for i in items if i.type == "单选" and canon(i.answer_text()) == canon("第一时间")
    ]
    # nor a blank (seed-5151 review 50: 立即 accepted, 马上 not): the blank asks the recipients
    assert not [i for i in items if i.type == "填空" and i.answer in ("第一时间", "立即", "及时")]
    assert [i for i in items if i.type == "填空" and i.answer == "文物、公安"]


def test_one_number_of_points_per_type_where_a_looser_bound_allows() -> None:
    counts = {"单选": 8, "多选": 2, "判断": 17, "填空": 13}
    assert type_points(counts) is None  # the tight bound finds none: 判断 used to mix 1 and 2
    points = item_points([t for t, n in counts.items() for _ in range(n)])
    assert sum(points) == 100
    at = 0
    for n in counts.values():
        assert len(set(points[at : at + n])) == 1
        at += n


def test_banks_stay_clean(corpus: Corpus) -> None:
    for seed in (2727, 2728, 5):
        bank = generate(corpus, 50, seed=seed)
        assert check_bank([i.to_dict() for i in bank.items], corpus, bank.documents) == []
        kinds = Counter(i.type for i in bank.items)
        assert kinds["单选"] and kinds["判断"]
