"""`python -m assistant` in-process: injected assistant, one calc parser, exit codes, batch."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import pytest

import assistant.engine
from assistant.__main__ import build_parser, main
from assistant.calc_request import CalcRequestError, parse_calc_request
from assistant.engine import Assistant
from corpus import Corpus
from index.search import Searcher
from tests.cli_helpers import FakeAssistant, run_main
from tests.fakes import FakeEmbedder


@pytest.fixture(scope="module")
def engine(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The real engine on the stand-in embedder: routing, guard and calculators as shipped."""
    return Assistant(Searcher(corpus, FakeEmbedder(), tmp_path_factory.mktemp("idx") / "fake"))


@pytest.fixture
def fake(corpus: Corpus) -> FakeAssistant:
    return FakeAssistant(corpus)


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails the test if a handler builds its own assistant (model + index) instead."""

    def refuse(*args, **kwargs):
        raise AssertionError("the handler loaded the model instead of using the injected one")

    monkeypatch.setattr(assistant.engine.Assistant, "__init__", refuse)


def rows(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# --- 1. structure ---------------------------------------------------------------


def test_every_subcommand_has_a_handler() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"ask", "batch", "calc", "chat", "quiz", "practice", "serve"}
    for name, subparser in sub.choices.items():
        assert callable(subparser.get_default("func")), name


def test_ask_uses_the_injected_assistant(fake, no_model) -> None:
    run = run_main(main, ["ask", "住院起付线是多少？"], assistant=fake)
    assert run.code == 0 and fake.asked == ["住院起付线是多少？"]
    assert "答：住院起付线是多少？" in run.out


def test_batch_and_calc_use_the_injected_assistant(fake, no_model) -> None:
    run = run_main(
        main, ["batch"], stdin='{"id": 1, "question": "你好"}\n'.encode(), assistant=fake
    )
    assert run.code == 0 and fake.asked == ["你好"]
    run = run_main(
        main, ["calc", "general_outpatient", "--json", '{"cost": "250"}'], assistant=fake
    )
    assert run.code == 0 and json.loads(run.out)["status"] == "calculated"


def test_one_parser_reads_calculator_requests() -> None:
    request = parse_calc_request("inpatient", '{"tier": 250, "cost": 1e5, "identities": ["低保"]}')
    assert request.calculator == "inpatient"
    assert request.inputs == {"tier": 250, "cost": "100000", "identities": ["低保"]}
    # the same request as a mapping (what a web form or an API body gives)
    assert parse_calc_request("inpatient", {"tier": 250, "cost": 100000.0}).inputs["cost"] == (
        "100000.0"
    )
    for name, inputs, field in [
        ("nope", "{}", "calculator"),
        (None, "{}", "calculator"),
        ("inpatient", "{not json", "inputs"),
        ("inpatient", "[1, 2]", "inputs"),
        ("inpatient", '{"cost": NaN}', "inputs"),
        ("inpatient", '{"identities": [1]}', "identities"),
        ("inpatient", '{"level": {"a": 1}}', "level"),
        ("inpatient", '{"cost": 1e400}', "cost"),
        ("inpatient", "[" * 50_000 + "]" * 50_000, "inputs"),
        ("inpatient", '{"tier": ' + "9" * 5000 + "}", "inputs"),
    ]:
        with pytest.raises(CalcRequestError) as caught:
            parse_calc_request(name, inputs)
        assert caught.value.field == field, (name, inputs[:40])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in caught.value.message)


def test_calc_cli_reads_through_the_one_parser(fake, monkeypatch) -> None:
    import assistant.calc_request as calc_request

    seen = []
    real = calc_request.parse_calc_request
    monkeypatch.setattr(calc_request, "parse_calc_request", lambda *a: seen.append(a) or real(*a))
    run_main(main, ["calc", "general_outpatient", "--json", '{"cost": "250"}'], assistant=fake)
    assert seen == [("general_outpatient", '{"cost": "250"}')]


# --- 2. exit codes --------------------------------------------------------------


@pytest.mark.parametrize("question", ["", "   ", "<script>alert(1)</script>", "😀😀"])
def test_ask_without_a_question_is_a_user_error(engine, question) -> None:
    run = run_main(main, ["ask", question], assistant=engine)
    assert run.code == 2 and run.out == "" and "请用中文提问" in run.err


def test_ask_json_error_is_valid_json_with_exit_2(engine) -> None:
    run = run_main(main, ["ask", "--json", ""], assistant=engine)
    assert run.code == 2 and json.loads(run.out)["status"] == "error"


def test_calc_type_errors_exit_2_with_the_field_named(engine) -> None:
    run = run_main(
        main, ["calc", "contribution", "--json", '{"identities": [1]}'], assistant=engine
    )
    assert run.code == 2
    data = json.loads(run.out)
    assert data["status"] == "error" and data["field"] == "identities" and "文字" in data["error"]


def test_usage_errors_are_chinese_and_exit_2(fake) -> None:
    run = run_main(main, ["frobnicate"], assistant=fake)
    assert run.code == 2 and "错误" in run.err and "无效" in run.err
    run = run_main(main, ["quiz", "--seed", "1e30"], assistant=fake)
    assert run.code == 2 and "整数" in run.err
    assert run_main(main, ["--help"], assistant=fake).code == 0


def test_an_internal_error_is_logged_not_shown(fake, caplog) -> None:
    with caplog.at_level(logging.ERROR):
        run = run_main(main, ["ask", "BOOM 起付线"], assistant=fake)
    assert run.code == 1
    assert "内部错误" in run.err and "Traceback" not in run.shown
    assert "secret internal detail" not in run.shown  # the exception text is not for users
    assert any(
        r.exc_info and "secret internal detail" in str(r.exc_info[1]) for r in caplog.records
    )


def test_quiz_bad_out_path_exits_2(fake, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = run_main(main, ["quiz", "--n", "5", "--out", str(blocker / "q.json")], assistant=fake)
    assert run.code == 2 and "无法写入" in run.err and "Traceback" not in run.shown
    run = run_main(main, ["quiz", "--n", "5", "--out", str(tmp_path / "q.pdf")], assistant=fake)
    assert run.code == 2 and "不支持" in run.err


def test_practice_missing_bank_exits_2(fake, tmp_path: Path) -> None:
    run = run_main(main, ["practice", str(tmp_path / "none.json")], assistant=fake)
    assert run.code == 2 and "无法读取题库" in run.err


# --- 2/3. batch -------------------------------------------------------------------


HOSTILE_LINES = [
    b'{"id": "s1", "question": "\\ud800\xe4\xbd\xa0\xe5\xa5\xbd", "session": "\\udc00x"}',
    b'{"id": "\\ud83d", "question": "\xe4\xbd\xa0\xe5\xa5\xbd"}',
    b"[" * 50_000 + b"]" * 50_000,
    b'{"id": ' + b"9" * 5000 + b', "question": "x"}',
    b'{"id": "bytes", "question": "\xff\xfe\xfd"}',
    b'{"id": NaN, "question": "x"}',
    b'{"id": Infinity, "question": "x"}',
    b'{"id": "null", "question": null}',
    b'{"id": "num", "question": 5}',
    b'{"id": "nokey"}',
    b'{"id": "badsession", "question": "x", "session": {"a": 1}}',
    b"not json",
    b'"just a string"',
    b'{"id": "boom", "question": "BOOM"}',
]


def test_batch_answers_every_line_whatever_one_line_holds(fake, caplog) -> None:
    good = '{"id": "good", "question": "住院起付线是多少？"}'.encode()
    stdin = b"\n".join(line for bad in HOSTILE_LINES for line in (bad, good)) + b"\n"
    with caplog.at_level(logging.ERROR):
        run = run_main(main, ["batch"], stdin=stdin, assistant=fake)
    out = rows(run.out)  # every line valid JSON (strict UTF-8 stdout)
    assert len(out) == 2 * len(HOSTILE_LINES)
    assert [r["id"] for r in out[1::2]] == ["good"] * len(HOSTILE_LINES)
    assert all(r["status"] == "answered" for r in out[1::2])
    by_line = {r["line"]: r for r in out}
    assert by_line[1]["status"] == "answered" and by_line[1]["session"] == "\udc00x"
    assert by_line[3]["status"] == "answered" and by_line[3]["id"] == "\ud83d"
    for line in (5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27):
        assert by_line[line]["status"] == "error" and by_line[line]["error"], line
    assert "UTF-8" in by_line[9]["error"]
    assert "NaN" in by_line[11]["error"] and "Infinity" in by_line[13]["error"]
    assert by_line[15]["id"] == "null" and "null" in by_line[15]["error"]
    assert by_line[27]["id"] == "boom" and "内部错误" in by_line[27]["error"]
    assert "secret" not in run.shown and "Traceback" not in run.shown
    assert any("batch line 27" in r.getMessage() for r in caplog.records)
    assert run.code == 1  # a line failed inside the assistant


def test_batch_null_question_is_never_searched_as_none(fake) -> None:
    run = run_main(main, ["batch"], stdin=b'{"id": 1, "question": null}\n', assistant=fake)
    assert fake.asked == [] and run.code == 2
    assert rows(run.out)[0]["status"] == "error"


def test_batch_exit_codes(fake) -> None:
    ok = b'{"id": 1, "question": "\xe4\xbd\xa0\xe5\xa5\xbd"}\n\n'
    assert run_main(main, ["batch"], stdin=ok, assistant=fake).code == 0
    assert run_main(main, ["batch"], stdin=ok + b"oops\n", assistant=fake).code == 2
    empty_question = b'{"id": 2, "question": "   "}\n'
    assert run_main(main, ["batch"], stdin=ok + empty_question, assistant=fake).code == 2
    boom = b'{"id": 3, "question": "BOOM"}\n'
    assert run_main(main, ["batch"], stdin=ok + b"oops\n" + boom, assistant=fake).code == 1


def test_batch_keeps_one_conversation_per_session_in_process(engine) -> None:
    lines = [
        {
            "id": "1",
            "session": "a",
            "question": "我在县医院（一级）住院，今年第一次，合规费用5000元，能报多少？",
        },
        {"id": "2", "session": "b", "question": "你好"},
        {"id": "3", "session": "a", "question": "60元那档。"},
    ]
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode()
    out = rows(run_main(main, ["batch"], stdin=stdin, assistant=engine).out)
    assert [r["id"] for r in out] == ["1", "2", "3"]
    assert out[0]["status"] == "follow_up" and out[2]["status"] == "calculated"
    assert out[2]["calculation"]["result"]["payment"] == "3360.00"


def test_chat_skips_an_unreadable_line_and_goes_on(fake) -> None:
    stdin = "你好\n".encode() + b"\xff\xfe\n" + "起付线\n退出\n".encode()
    run = run_main(main, ["chat"], stdin=stdin, assistant=fake)
    assert run.code == 0 and "UTF-8" in run.err and "Traceback" not in run.shown
    assert fake.asked == ["你好", "起付线"]


def test_an_empty_question_is_refused_before_the_model_loads(no_model) -> None:
    run = run_main(main, ["ask", "--json", "  "])
    assert run.code == 2 and json.loads(run.out)["status"] == "error"


def test_a_question_starting_with_a_dash_after_double_dash(fake) -> None:
    run = run_main(main, ["ask", "--", "-5元能报吗"], assistant=fake)
    assert run.code == 0 and fake.asked == ["-5元能报吗"]


def test_chat_clear_starts_a_new_conversation(fake) -> None:
    from assistant.state import Pending, State

    class Remembering(type(fake)):
        def ask(self, text, state=None):  # leaves something behind, as a follow-up does
            response = super().ask(text, state)
            state.pending = Pending("inpatient", {"tier": 250}, ["cost"])
            return response

    remembering = Remembering(fake.corpus)
    stdin = "住院报多少\n清空\n你好\n退出\n".encode()
    run = run_main(main, ["chat"], stdin=stdin, assistant=remembering)
    assert run.code == 0 and "对话已清空" in run.out
    assert remembering.asked == ["住院报多少", "你好"]
    assert remembering.states[1] == State().dumps()  # nothing of the first question is left
