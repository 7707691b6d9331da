"""The class the seed-6060 blind review found (44 items, 41 usable): a 填空 whose key is a manner
of handing in (以书面形式上报) accepted only 书面形式 and 书面, while a trainee writes the paper
it is (书面申请, 书面报告) — the same answer (data/word_equivalents.tsv)."""

from __future__ import annotations

import pytest

from assistant.quiz.generator import pool
from assistant.quiz.terms import same_word
from corpus import Corpus


@pytest.fixture(scope="module")
def material(corpus: Corpus):
    return pool(corpus)


def test_a_written_manner_is_one_answer_in_its_everyday_words() -> None:
    assert set(same_word("书面形式")) >= {"书面申请", "书面报告"}


def test_the_leaving_rules_blank_accepts_the_paper_written(material) -> None:
    blanks = [i for i in material if i.type == "填空" and i.answer == "书面形式"]
    assert blanks
    assert all({"书面申请", "书面报告"} <= set(i.alternatives) for i in blanks)
