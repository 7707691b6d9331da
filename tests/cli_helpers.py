"""Running a CLI's main(argv) in-process with bytes on stdin, as a terminal would see it.

stdout is strict UTF-8 (as a pipe or a UTF-8 terminal): text that cannot be encoded fails the
test instead of passing unnoticed. stderr uses Python's own errors="backslashreplace".
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant import guard
from assistant.response import Response


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def shown(self) -> str:
        return self.out + self.err


def run_main(main: Callable[..., int], argv: list[str], stdin: bytes = b"", **kwargs: Any) -> Run:
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(
        err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True
    )
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv, **kwargs)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Run(code, out_bytes.getvalue().decode("utf-8"), err_bytes.getvalue().decode("utf-8"))


class FakeAssistant:
    """Echoes the question; "BOOM" in a question raises, like a bug hit by one line."""

    def __init__(self, corpus: Any = None) -> None:
        self.corpus = corpus
        self.asked: list[str] = []
        self.states: list[Any] = []

    def ask(self, text: object, state: Any = None) -> Response:
        if isinstance(text, str) and "BOOM" in text:
            raise RuntimeError("secret internal detail")
        checked = guard.check(text)
        if checked.error:
            return Response("error", answer=checked.error, error=checked.error)
        self.asked.append(checked.text)
        self.states.append(state.dumps() if state is not None else None)
        return Response("answered", answer=f"答：{checked.text}")
