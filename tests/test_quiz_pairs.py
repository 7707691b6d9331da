"""A/B papers a trainer prints for two groups (issue 13; the seed-3131 review): the same types,
counts and points in both, no fact of A asked in B, every key unit on one of them, and the pair
reachable from the command line, the HTTP API and the page."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from assistant.quiz import check_bank, papers
from assistant.quiz.checker import key_units
from corpus import Corpus
from web import services

CUSTODIANS = ("relic-custodians/art-7", "relic-custodians/art-11", "relic-custodians/art-12")


@pytest.fixture(scope="module")
def pair(corpus: Corpus):
    return papers(corpus, 50, seed=3131)


def test_both_papers_have_one_shape_and_total_100(pair) -> None:
    first, second = pair
    assert (first.paper, second.paper) == ("A卷", "B卷")
    assert Counter(i.type for i in first.items) == Counter(i.type for i in second.items)
    for kind in {i.type for i in first.items}:
        # an item of a type is worth the same in both papers
        assert {i.points for i in first.items if i.type == kind} == {
            i.points for i in second.items if i.type == kind
        }
    assert sum(i.points for i in first.items) == sum(i.points for i in second.items) == 100


def test_paper_b_prints_no_stem_of_a_and_the_pair_asks_every_key_unit(pair, corpus) -> None:
    """The papers share no fact (seed-3838 review), so an article of one fact (第二十一条) is
    asked in one of them; the custodians' articles of several facts are asked in both."""
    first, second = pair
    assert not {i.stem for i in first.items} & {i.stem for i in second.items}
    asked = [{i.unit_id for i in paper.items} for paper in pair]
    keys = [u.id for u in key_units(corpus, first.documents)]
    assert [u for u in keys if u not in asked[0] | asked[1]] == []
    for unit in CUSTODIANS:
        assert unit in asked[0] & asked[1]
    for paper in pair:
        assert check_bank([i.to_dict() for i in paper.items], corpus, paper.documents) == []


def test_the_pair_says_its_size_once_for_both(pair) -> None:
    for paper in pair:
        said = [n for n in paper.notices if "两卷各" in n]
        assert said and str(len(paper.items)) in said[0]


def test_the_command_line_writes_each_file_for_both_papers(corpus, tmp_path, monkeypatch) -> None:
    from assistant.__main__ import main

    out = tmp_path / "试卷.json"
    assert main(["quiz", "--n", "30", "--seed", "5", "--ab", "--out", str(out)]) == 0
    first = json.loads((tmp_path / "试卷-A卷.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "试卷-B卷.json").read_text(encoding="utf-8"))
    assert (first["paper"], second["paper"]) == ("A卷", "B卷")
    assert not {i["stem"] for i in first["items"]} & {i["stem"] for i in second["items"]}
    assert not out.exists()


def test_the_page_service_returns_b_beside_a_and_names_its_files(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(services, "quiz_root", lambda: tmp_path)
    data, files = services.quiz(20, ["单选", "判断"], [], 8, ab=True)
    assert data["status"] == "ok" and data["paper"] == "A卷"
    assert data["paper_b"]["paper"] == "B卷"
    names = sorted(p.rsplit("/", 1)[-1] for p in files)
    assert any(n.startswith("A卷-") for n in names) and any(n.startswith("B卷-") for n in names)


def test_paper_b_reprints_no_statement_of_a_cut_stretched_or_one_detail_changed(pair) -> None:
    from assistant.quiz.generator import _core, _near

    first, second = pair
    statements = [_core(i.stem) for i in first.items if i.type == "判断"]
    for item in second.items:
        if item.type == "判断":
            assert not any(_near(_core(item.stem), s) for s in statements), item.stem


@pytest.mark.parametrize(
    "one, other, near",
    [
        (
            "本行政区域内的金石铭文和石窟造像不得私自拓印",
            "本行政区域内的金石铭文和石窟造像不得私自拓印经依法批准拓印的禁止翻印出售",
            True,
        ),
        (
            "所需费用由建设单位列入建设工程预算考古调查勘探发掘",
            "所需费用由施工单位列入建设工程预算考古调查勘探发掘",
            True,
        ),
        (
            "看管人员每人每月工资1200元由地区财政纳入年初预算",
            "文物安全培训原则上每年不得少于一次由办公室制定计划",
            False,
        ),
    ],
)
def test_near_statements_are_read_as_one(one, other, near) -> None:
    from assistant.quiz.generator import _near

    assert _near(one, other) is near


def test_true_false_keys_neither_run_nor_strictly_alternate(corpus) -> None:
    """The seed-3333 review: 正确/错误 strictly alternating over 17 items is a pattern too."""
    from assistant.quiz import generate

    alternations = []
    for seed in range(6):
        keys = [i.answer for i in generate(corpus, 50, seed=seed).items if i.type == "判断"]
        run = longest = 1
        for a, b in zip(keys, keys[1:], strict=False):
            run = run + 1 if a != b else 1
            longest = max(longest, run)
        alternations.append(longest / len(keys))
        same = longest_same = 1
        for a, b in zip(keys, keys[1:], strict=False):
            same = same + 1 if a == b else 1
            longest_same = max(longest_same, same)
        assert longest_same <= 2
    assert max(alternations) < 1.0 and sum(alternations) / len(alternations) < 0.6
