"""JSON Lines from stdin, one line at a time, so one bad line never ends the run.

Bytes are read and decoded per line: invalid UTF-8 is an error for that line only.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from commandline.jsonio import JsonInputError, loads_strict

MAX_LINE_BYTES = 1 << 20  # 1 MB: a question is a few hundred characters


@dataclass(frozen=True)
class JsonLine:
    number: int  # 1-based, counting blank lines too
    data: Any = None
    error: str | None = None  # why the line could not be read (Chinese)


def stdin_bytes() -> BinaryIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    # a text stream without bytes underneath (a test's StringIO): its text, re-encoded
    import io

    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))


def read_json_lines(stream: BinaryIO) -> Iterator[JsonLine]:
    """Every non-blank line as data or as an error; blank lines are skipped."""
    for number, raw in enumerate(stream, 1):
        if len(raw) > MAX_LINE_BYTES:
            yield JsonLine(number, error=f"这一行太长（超过 {MAX_LINE_BYTES // 1024} KB）。")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield JsonLine(
                number, error=f"这一行不是有效的 UTF-8 文本（第 {exc.start + 1} 个字节）。"
            )
            continue
        text = text.removeprefix("\ufeff") if number == 1 else text
        if not text.strip():
            continue
        try:
            yield JsonLine(number, data=loads_strict(text))
        except JsonInputError as exc:
            yield JsonLine(number, error=exc.message)
