"""`assistant batch`: one answer per JSON line, every line answered whatever another holds.

Lines sharing a "session" value are one conversation, in order. A line that is not a valid
request gets an error row naming what was wrong; a line the assistant fails on gets an error
row too (the exception is logged) and the run goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.response import Response
from assistant.state import State
from commandline import EXIT_INTERNAL, EXIT_OK, EXIT_USER, json_text
from commandline.jsonl import JsonLine

logger = logging.getLogger(__name__)

ROW_EXAMPLE = '{"id": "1", "question": "住院起付线是多少？", "session": "a"}'
INTERNAL_ERROR = "内部错误：这一行没有答完（已记入日志），其他行不受影响。"


class Answers(Protocol):
    def ask(self, text: object, state: State | None = None) -> Response: ...


@dataclass(frozen=True)
class BatchRequest:
    number: int
    id: Any
    question: str
    session: str | None


class RowError(ValueError):
    def __init__(self, message: str, id: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.id = id


def parse_row(line: JsonLine) -> BatchRequest:
    """A read line as a request, or RowError saying what the line lacks."""
    if line.error:
        raise RowError(line.error)
    row = line.data
    if not isinstance(row, dict):
        raise RowError(f"每行应为一个 JSON 对象，例如 {ROW_EXAMPLE}。")
    id_ = row.get("id")
    if "question" not in row:
        raise RowError(f"这一行缺少 question，例如 {ROW_EXAMPLE}。", id_)
    question = row["question"]
    if not isinstance(question, str):
        kind = "null" if question is None else type(question).__name__
        raise RowError(f"question 应为文字（JSON 字符串），这一行是 {kind}。", id_)
    session = row.get("session")
    if session is not None and (isinstance(session, bool) or not isinstance(session, str | int)):
        raise RowError("session 应为文字或整数，同一个 session 的各行是一次对话。", id_)
    return BatchRequest(line.number, id_, question, None if session is None else str(session))


def _error_row(number: int, id_: Any, message: str) -> dict[str, Any]:
    return {
        "id": id_,
        "line": number,
        "status": "error",
        "answer": message,
        "citations": [],
        "calculation": None,
        "follow_up": None,
        "error": message,
    }


@dataclass
class BatchRun:
    """Answers lines in order and remembers the worst outcome for the exit code."""

    assistant: Answers
    write: Callable[[str], None]
    sessions: dict[str, State] = field(default_factory=dict)
    invalid: int = 0
    failed: int = 0
    answered: int = 0

    def line(self, line: JsonLine) -> None:
        """Never raises for one line's sake: whatever goes wrong, that line gets an error row."""
        try:
            self._line(line)
        except Exception:
            logger.exception("batch line %d failed", line.number)
            self.failed += 1
            self.write(
                json.dumps(_error_row(line.number, None, INTERNAL_ERROR), ensure_ascii=False)
            )

    def _line(self, line: JsonLine) -> None:
        try:
            request = parse_row(line)
        except RowError as exc:
            self.invalid += 1
            self.write(json_text(_error_row(line.number, exc.id, exc.message)))
            return
        state = State()
        if request.session is not None:
            state = self.sessions.setdefault(request.session, state)
        try:
            response = self.assistant.ask(request.question, state).to_dict()
        except Exception:
            logger.exception("batch line %d failed", request.number)
            self.failed += 1
            self.write(json_text(_error_row(request.number, request.id, INTERNAL_ERROR)))
            return
        if response.get("status") == "error":
            self.invalid += 1
        else:
            self.answered += 1
        row = {"id": request.id, "line": request.number, **response}
        if request.session is not None:
            row["session"] = request.session
        self.write(json_text(row))

    def run(self, lines: Iterable[JsonLine]) -> int:
        for line in lines:
            self.line(line)
        return self.exit_code()

    def exit_code(self) -> int:
        if self.failed:
            return EXIT_INTERNAL
        return EXIT_USER if self.invalid else EXIT_OK
