"""Parse, run the chosen handler, and turn whatever happens into an exit code.

A handler is `func(args) -> int` (set with `set_defaults(func=...)`). It raises UserError for
input the user can fix (exit 2, the message on stderr); anything else is a bug or a broken
environment: the traceback goes to the log file, the user gets a short Chinese message (exit 1).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from commandline.errors import EXIT_INTERNAL, EXIT_USER, UserError
from commandline.jsonio import safe_text

logger = logging.getLogger("commandline")
_configured: Path | None = None


def log_path() -> Path:
    """Beside the model and index cache, so one folder holds everything the tools write."""
    root = os.environ.get("NGARI_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")), "ngari-assistant"
    )
    return Path(root) / "logs" / "errors.log"


def setup_logging() -> None:
    """Warnings and errors to the log file, never to the user's terminal.

    Only when the program has not configured logging itself (a test runner, an embedding
    application): then their handlers decide.
    """
    global _configured
    root = logging.getLogger()
    if root.handlers:
        return
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", errors="replace")
        _configured = path
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def say(text: str, file: TextIO | None = None) -> None:
    """print() that cannot fail on text the user sent (lone surrogates are escaped)."""
    print(safe_text(text), file=file or sys.stdout, flush=True)


def warn(text: str) -> None:
    say(text, sys.stderr)


def _internal_message() -> str:
    where = f"详情已记入日志 {_configured}" if _configured else "详情已记入日志"
    return f"内部错误：命令没有完成（{where}）。请把这条信息和所用的命令告诉维护人员。"


def dispatch(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> int:
    """The whole life of one command: 0, 1 or 2 (argparse's own --help exits 0)."""
    setup_logging()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error already reported (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USER
    try:
        return int(args.func(args))
    except UserError as exc:
        warn(f"错误：{exc.message}")
        return EXIT_USER
    except KeyboardInterrupt:
        warn("已中断。")
        return 130
    except BrokenPipeError:  # the reader went away (… | head): nothing left to tell
        return EXIT_INTERNAL
    except Exception:
        logger.exception("internal error in %s %s", parser.prog, list(argv or sys.argv[1:]))
        warn(_internal_message())
        return EXIT_INTERNAL
