"""An English question the glossary cannot read is declined (said in English, then the Chinese
reply naming what the assistant answers), never answered from whatever article its one known
word finds (real model)."""

from __future__ import annotations

import pytest

from assistant.engine import Assistant


@pytest.fixture(scope="module")
def assistant(real_searcher) -> Assistant:
    return Assistant(real_searcher)


@pytest.mark.parametrize(
    "question",
    [
        "How much per month do the beekeepers receive for hive upkeep?",
        "What colour are the yak saddles at the winter fair?",
    ],
)
def test_an_unread_english_question_is_declined_in_chinese(assistant, question) -> None:
    response = assistant.ask(question).to_dict()
    assert response["status"] == "out_of_scope"
    assert not response["citations"]
    assert "医保" in response["answer"] and "文物" in response["answer"]  # what it can answer


def test_a_read_english_question_is_still_answered(assistant) -> None:
    response = assistant.ask("How much a day is the bed fee at a grade two hospital?").to_dict()
    assert response["status"] == "answered"
    assert "60" in response["answer"]
