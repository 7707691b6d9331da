"""What every command line (corpus, index, assistant, evaluation) shares.

Exit codes, the same everywhere:

    0  success
    1  internal error: logged with its traceback to the log file, a short Chinese message on stderr
    2  user error: a Chinese message on stderr (or in the JSON output) naming what was wrong
    130  interrupted (Ctrl-C), as shells report it

Line-by-line commands (`assistant batch`, `index search --jsonl`) answer every line whatever one
line holds, and exit 0 only when every line was answered; 2 when some line was invalid input
(and none failed internally); 1 when some line failed internally.

This package depends on nothing else in the project, so every layer may use it.
"""

from __future__ import annotations

from commandline.errors import EXIT_CODES, EXIT_INTERNAL, EXIT_OK, EXIT_USER, UserError
from commandline.jsonio import JsonInputError, json_text, loads_strict, safe_text
from commandline.parser import ChineseArgumentParser
from commandline.runner import dispatch, log_path, say, setup_logging, warn

__all__ = [
    "EXIT_CODES",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USER",
    "ChineseArgumentParser",
    "JsonInputError",
    "UserError",
    "dispatch",
    "json_text",
    "loads_strict",
    "log_path",
    "safe_text",
    "say",
    "setup_logging",
    "warn",
]
