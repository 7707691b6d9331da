"""The seed-2929 reviews (main and quiz29 alike): 判断 keys ran in blocks (错误 five, 正确 seven
times in a row), a pattern a trainee answers by. The printed order keeps a key to two in a row
where the other key is left to break it, and the checker flags five."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.quiz import check_bank, generate
from assistant.quiz.checker import KEY_RUN, key_runs
from assistant.quiz.generator import without_runs
from corpus import Corpus
from evaluation.quiz import longest_key_run


@pytest.fixture(scope="module")
def bank(corpus: Corpus):
    return generate(corpus, 50, seed=2929)


def test_runs_are_broken_where_the_other_key_is_left(bank) -> None:
    judged = [i for i in bank.items if i.type == "判断"]
    assert len(judged) >= 6
    # the same items put in the worst order: all of one key, then all of the other
    blocked = sorted(judged, key=lambda i: i.answer)
    others = [i for i in bank.items if i.type != "判断"]
    spread = without_runs([*others, *blocked])
    keys = [i.answer for i in spread if i.type == "判断"]
    minority = min(keys.count("正确"), keys.count("错误"))
    # two in a row at most, as long as the minority key can separate the pairs
    longest = longest_key_run([i.to_dict() for i in spread])
    assert longest <= max(2, len(keys) - 3 * minority)
    assert [i.id for i in spread[: len(others)]] == [i.id for i in others]  # others stay put


@pytest.mark.parametrize("seed", [2929, 2930, 7])
def test_generated_papers_have_no_long_key_runs(corpus: Corpus, seed: int) -> None:
    items = [i.to_dict() for i in generate(corpus, 50, seed=seed).items]
    assert key_runs(items) == []
    keys = [i["answer"] for i in items if i["type"] == "判断"]
    minority = min(keys.count("正确"), keys.count("错误"))
    assert longest_key_run(items) <= max(2, len(keys) - 3 * minority), keys


def test_the_checker_flags_a_run_of_five(bank, corpus: Corpus) -> None:
    judged = [i for i in bank.items if i.type == "判断"]
    same = [replace(judged[0], answer="正确") for _ in range(KEY_RUN)]
    problems = check_bank([i.to_dict() for i in same], corpus)
    assert any("连续5道判断题" in p for p in problems), problems
    assert key_runs([i.to_dict() for i in same[: KEY_RUN - 1]]) == []


def test_each_part_of_the_paper_says_how_it_is_answered_and_marked(bank, tmp_path) -> None:
    from docx import Document

    from assistant.quiz.exporters import ANSWERING, export

    export(bank, tmp_path / "paper.docx")
    paper = [p.text for p in Document(str(tmp_path / "paper.docx")).paragraphs]
    kinds = list(dict.fromkeys(i.type for i in bank.items))
    for kind in kinds:
        heading = next(n for n, t in enumerate(paper) if f"、{kind}题（" in t)
        assert paper[heading + 1] == ANSWERING[kind]
    assert "少选、多选或错选均不得分" in ANSWERING["多选"]
