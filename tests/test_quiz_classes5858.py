"""The class the seed-5858 blind review found (two papers, 97% usable each): a true statement
restated 当月 as 本月 — the month of the deed is not the month the paper is read in, so a careful
candidate marks the true statement false. 当月/当年 are restated by 该月/该年度, the month or year
in question."""

from __future__ import annotations

import pytest

from assistant.quiz.generator import pool
from assistant.quiz.terms import RESTATED_WORDS, restatement_kept
from corpus import Corpus


@pytest.fixture(scope="module")
def material(corpus: Corpus):
    return pool(corpus)


def test_the_month_or_year_of_the_deed_is_never_restated() -> None:
    assert RESTATED_WORDS["当月"] == "该月" and RESTATED_WORDS["当年"] == "该年度"
    assert restatement_kept("当月", "该月") and restatement_kept("每日", "每天")


def test_no_true_statement_reads_this_month_for_that_month(material) -> None:
    judged = [i for i in material if i.type == "判断"]
    assert judged
    assert not [i.stem for i in judged if "本月" in i.stem or "本年度" in i.stem]
    # the 巡逻日志 rule is still asked as a true statement, of the month in question
    assert any("该月野外看管补助" in i.stem for i in judged)
