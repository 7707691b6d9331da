"""The assistant on the real model: cited extractive answers and the batch command."""

from __future__ import annotations

import json

import pytest

from assistant.__main__ import main
from assistant.engine import State
from tests.cli_helpers import run_main

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "article", "contains"),
    [
        ("住院的床位费按多少钱一天给报？我住的是二级医院。", "第二十二条", "60元"),
        ("城乡居民医保的个人缴费由哪个部门征收？", "第十五条", "税务部门"),
        ("文物安全培训原则上每年至少几次？", "一、（三）", "一次"),
    ],
)
def test_cited_extractive_answer(assistant, question, article, contains) -> None:
    response = assistant.ask(question, State()).to_dict()
    assert response["status"] == "answered"
    assert any(c["article"] == article for c in response["citations"])
    assert contains in response["answer"] and "[1]" in response["answer"]


def test_several_places_for_a_two_part_question(assistant) -> None:
    response = assistant.ask(
        "城乡居民医保年度最高支付限额是多少？大病保险的年度最高赔付限额又是多少？", State()
    ).to_dict()
    articles = {c["article"] for c in response["citations"]}
    assert {"第二十三条", "第二十七条"} <= articles
    assert "[2]" in response["answer"]


def test_short_follow_up_reads_the_previous_question(assistant) -> None:
    state = State()
    assistant.ask("博物馆里的文物能借给别的单位吗？", state)
    response = assistant.ask("最长能借多久？", state).to_dict()
    assert "两年" in response["answer"]


@pytest.mark.parametrize(
    "question", ["考公务员的笔试是哪天？", "今天天气怎么样？", "西藏的首府是哪里？"]
)
def test_unrelated_question_is_declined(assistant, question) -> None:
    assert assistant.ask(question, State()).status == "out_of_scope"


def test_short_question_with_its_words_in_the_text_is_answered(assistant) -> None:
    response = assistant.ask("我是易地搬迁的，在哪里参保？", State()).to_dict()
    assert response["status"] == "answered" and response["citations"][0]["article"] == "第六条"


def test_batch_keeps_one_conversation_per_session(assistant) -> None:
    lines = [
        {
            "id": "1",
            "session": "a",
            "question": "我在县医院（一级）住院，今年第一次，合规费用5000元，能报多少？",
        },
        {"id": "2", "session": "b", "question": "你好"},
        {"id": "3", "session": "a", "question": "60元那档。"},
        "not json",
    ]
    stdin = "\n".join(
        line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines
    )
    out = run_main(main, ["batch"], stdin=stdin.encode(), assistant=assistant)
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert [r.get("id") for r in rows[:3]] == ["1", "2", "3"]
    assert rows[0]["status"] == "follow_up" and rows[2]["status"] == "calculated"
    assert rows[2]["calculation"]["result"]["payment"] == "3360.00"
    assert rows[3]["status"] == "error"
    assert out.code == 2  # one line was not a request


def test_ask_cli_json(assistant) -> None:
    out = run_main(main, ["ask", "--json", "冠心病算不算门诊特殊病？"], assistant=assistant)
    data = json.loads(out.out)
    assert out.code == 0
    assert data["status"] == "answered" and data["citations"][0]["article"] == "第二十四条"
