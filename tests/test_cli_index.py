"""`python -m index` in-process with an injected searcher: exit codes and line-by-line search."""

from __future__ import annotations

import json

import pytest

from corpus import Corpus
from index.__main__ import main
from index.search import Searcher
from tests.cli_helpers import run_main
from tests.fakes import FakeEmbedder


@pytest.fixture(scope="module")
def searcher(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return Searcher(corpus, FakeEmbedder(), tmp_path_factory.mktemp("idx") / "fake")


def test_search_uses_the_injected_searcher(searcher) -> None:
    run = run_main(main, ["search", "--json", "--k", "2", "医保办法第22条"], searcher=searcher)
    assert run.code == 0
    assert json.loads(run.out)["hits"][0]["article"] == "第二十二条"


@pytest.mark.parametrize("question", ["   ", "", "\t\n"])
def test_blank_question_is_a_clear_error(searcher, question) -> None:
    run = run_main(main, ["search", question], searcher=searcher)
    assert run.code == 2 and "问题是空的" in run.err and run.out == ""


def test_usage_errors_exit_2(searcher) -> None:
    assert run_main(main, ["search", "--k", "0", "x"], searcher=searcher).code == 2
    assert run_main(main, ["search"], searcher=searcher).code == 2
    run = run_main(main, ["search", "--mode", "magic", "x"], searcher=searcher)
    assert run.code == 2 and "可选" in run.err


def test_unknown_document_and_huge_labels_do_not_traceback(searcher) -> None:
    run = run_main(main, ["search", "--doc", "拉萨市", "起付线"], searcher=searcher)
    assert run.code == 2 and "Traceback" not in run.shown
    huge = "第" + "9" * 5000 + "条"
    run = run_main(main, ["search", f"医保办法{huge}"], searcher=searcher)
    assert run.code in (0, 2) and "Traceback" not in run.shown
    run = run_main(main, ["search", "--doc", "9" * 5000, "起付线"], searcher=searcher)
    assert run.code == 2 and "Traceback" not in run.shown


def test_jsonl_answers_every_line(searcher) -> None:
    stdin = b"\n".join(
        [
            b'{"id": "q1", "question": "\xe5\x8c\xbb\xe4\xbf\x9d\xe5\x8a\x9e\xe6\xb3\x95\xe7\xac\xac22\xe6\x9d\xa1"}',
            b'{"id": "n", "question": null}',
            b'{"id": "b", "question": "   "}',
            b"\xff\xfe",
            b"[" * 50_000,
            b'{"id": NaN, "question": "x"}',
            b'{"id": "\\ud800", "question": "\xe8\xb5\xb7\xe4\xbb\x98\xe7\xba\xbf"}',
        ]
    )
    run = run_main(main, ["search", "--jsonl", "--k", "1"], stdin=stdin, searcher=searcher)
    out = [json.loads(line) for line in run.out.splitlines()]
    assert [r["line"] for r in out] == [1, 2, 3, 4, 5, 6, 7]
    assert out[0]["hits"][0]["article"] == "第二十二条"
    assert all("error" in r for r in out[1:6])
    assert "hits" in out[6] and out[6]["id"] == "\ud800"
    assert run.code == 2
