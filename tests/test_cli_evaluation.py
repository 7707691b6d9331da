"""`python -m evaluation` in-process: exit codes, and the soak benchmark on stand-in assistants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.response import Response
from corpus import Corpus
from evaluation import soak
from evaluation.__main__ import main
from tests.cli_helpers import FakeAssistant, run_main


@pytest.fixture
def fake(corpus: Corpus) -> FakeAssistant:
    return FakeAssistant(corpus)


def test_missing_or_broken_files_are_user_errors(fake, tmp_path: Path) -> None:
    run = run_main(main, ["calculations", "--cases", str(tmp_path / "none.jsonl")], assistant=fake)
    assert run.code == 2 and "无法读取" in run.err and "Traceback" not in run.shown
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1}\n{oops\n', encoding="utf-8")
    run = run_main(main, ["calculations", "--cases", str(broken)], assistant=fake)
    assert run.code == 2 and "broken.jsonl:2" in run.err
    broken.write_bytes(b"\xff\xfe\n")
    run = run_main(main, ["answers", "--questions", str(broken)], assistant=fake)
    assert run.code == 2 and "UTF-8" in run.err


def test_answers_needs_a_dataset(fake) -> None:
    run = run_main(main, ["answers"], assistant=fake)
    assert run.code == 2 and "至少给出" in run.err


def test_calculations_runs_in_process_and_reports(fake, tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    case = {
        "id": "x1",
        "calculator": "general_outpatient",
        "question": "今年第一次看普通门诊，花了250元，能报多少？",
        "inputs": {"cost": "250", "prior_cost": "0"},
        "expected": {"payment": "90.00"},
        "cites": ["第二十六条"],
    }
    cases.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    run = run_main(
        main,
        ["calculations", "--cases", str(cases), "--report", str(tmp_path / "r.md")],
        assistant=fake,
    )
    assert run.code == 0 and "| 计算引擎（给定输入） | 1 | 1 |" in run.out
    run = run_main(
        main, ["calculations", "--cases", str(cases), "--report", str(tmp_path)], assistant=fake
    )
    assert run.code == 2 and "无法写入报告" in run.err


def test_quiz_check_of_a_missing_bank_exits_2(fake, tmp_path: Path) -> None:
    run = run_main(main, ["quiz", str(tmp_path / "none.json")], assistant=fake)
    assert run.code == 2 and "无法读取题库" in run.err


# --- soak ---------------------------------------------------------------------------


class LeakyAssistant:
    """Keeps 200 KB per request forever: the soak must call its memory not flat."""

    corpus = None

    def __init__(self) -> None:
        self.kept: list[bytearray] = []

    def ask(self, text: object, state=None) -> Response:
        block = bytearray(200_000)
        block[::4096] = b"x" * len(block[::4096])  # touch every page so it is resident
        self.kept.append(block)
        return Response("answered", answer="答")


def test_soak_sees_flat_memory_as_flat(fake) -> None:
    phases = soak.soak(fake, requests=400, turns=100, window=50, turn_window=10)
    assert [p.done for p in phases] == [400, 100]
    assert all(p.flat for p in phases) and all(p.errors == 0 for p in phases)
    assert all(w.rss_mb > 0 for p in phases for w in p.windows)


LEAK_IN_A_FRESH_PROCESS = """
from evaluation import soak
from tests.test_cli_evaluation import LeakyAssistant
phase = soak.soak(LeakyAssistant(), requests=400, turns=0, window=50)[0]
print(phase.growth_mb, phase.flat)
"""


def test_soak_sees_a_leak() -> None:
    # in a fresh process: inside the test run, memory freed by earlier tests is already
    # resident, and a leak may reuse it without any growth of RSS
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", LEAK_IN_A_FRESH_PROCESS],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    growth, flat = done.stdout.split()
    assert float(growth) > soak.FLAT_MB and flat == "False"


def test_soak_counts_errors_and_keeps_going(fake) -> None:
    class Flaky(FakeAssistant):
        def ask(self, text, state=None):
            if len(self.asked) % 10 == 0:
                self.asked.append("x")
                raise RuntimeError("boom")
            return super().ask(text, state)

    phases = soak.soak(Flaky(), requests=100, turns=0, window=20)
    assert phases[0].done == 100 and phases[0].errors == 10


def test_soak_requests_are_varied() -> None:
    texts = list(soak.request_stream(2000, seed=1))
    assert len(set(texts)) > 500
    assert sum(a == b for a, b in zip(texts, texts[1:], strict=False)) < 50


def test_soak_command_writes_a_report(fake, tmp_path: Path) -> None:
    report = tmp_path / "soak.md"
    run = run_main(
        main,
        ["soak", "--requests", "60", "--turns", "20", "--window", "20", "--report", str(report)],
        assistant=fake,
    )
    assert run.code == 0
    text = report.read_text(encoding="utf-8")
    assert "| 独立请求 | 60 |" in text and "| 同一会话 | 20 |" in text and "内存平稳" in text
    assert run_main(main, ["soak", "--requests", "-1"], assistant=fake).code == 2


def test_soak_reports_the_conversation_state_size(fake, tmp_path: Path) -> None:
    class Growing(FakeAssistant):
        """Appends every turn to the state, as a conversation that never forgets would."""

        def ask(self, text, state=None):
            if state is not None:
                from assistant.state import Topic

                before = state.topic.query if state.topic else ""
                state.topic = Topic(query=before + str(text))
            return super().ask(text, state)

    phases = soak.soak(Growing(), requests=0, turns=60, window=50, turn_window=20)
    sizes = [w.state_chars for w in phases[1].windows]
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0] > 0
    assert "会话状态" in soak.report(phases, 1.0, 100.0)
