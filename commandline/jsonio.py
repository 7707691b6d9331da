"""JSON in and out at the edges: strict reading with Chinese errors, output that is always valid.

Reading refuses what standard JSON refuses (NaN, Infinity) and turns the parser's other failures
(too deeply nested, integers too long for Python) into one error type. Writing keeps Chinese
readable (ensure_ascii=False) but escapes lone surrogates as \\uXXXX, so the text can always be
encoded as UTF-8 and is still valid JSON that decodes to the same string.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from typing import Any

from commandline.errors import UserError

# lone surrogates cannot be encoded; U+0085, U+2028 and U+2029 end a line for many readers
# (str.splitlines, JavaScript): escaped, each JSON text stays one line and valid JSON
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile("[\ud800-\udfff\x85\u2028\u2029]")

# the standard library's messages, in the user's language
_JSON_MESSAGES = {
    "Expecting value": "此处应为一个值",
    "Expecting property name enclosed in double quotes": "键名应使用英文双引号",
    "Expecting ',' delimiter": "缺少英文逗号",
    "Expecting ':' delimiter": "缺少英文冒号",
    "Extra data": "JSON 结束后还有多余内容",
    "Unterminated string starting at": "字符串没有结束的引号",
    "Invalid control character at": "字符串里有控制字符",
    "Invalid \\escape": "无效的转义符",
    "Invalid \\uXXXX escape": "无效的 \\uXXXX 转义",
    "Illegal trailing comma before end of object": "对象末尾多了逗号",
    "Illegal trailing comma before end of array": "数组末尾多了逗号",
}


class JsonInputError(UserError):
    """Text that is not the JSON asked for."""


def _reject_constant(name: str) -> Any:
    raise JsonInputError(f"{name} 不是有效的 JSON 数值（JSON 不允许 NaN、Infinity）。")


def loads_strict(text: str, parse_float: Callable[[str], Any] | None = None) -> Any:
    """json.loads that only raises JsonInputError, with a Chinese message."""
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=parse_float)
    except JsonInputError:
        raise
    except json.JSONDecodeError as exc:
        reason = _JSON_MESSAGES.get(exc.msg, exc.msg)
        raise JsonInputError(f"不是有效的 JSON：{reason}（第 {exc.pos + 1} 个字符）。") from None
    except RecursionError:
        raise JsonInputError("JSON 嵌套层数过深，无法读取。") from None
    except ValueError:  # integers longer than sys.get_int_max_str_digits()
        limit = sys.get_int_max_str_digits()
        raise JsonInputError(f"JSON 里的数字位数过多（最多 {limit} 位）。") from None


def _plain(value: Any) -> Any:
    """A copy JSON can always write: non-finite floats → null, over-long integers → text."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            str(value)
        except ValueError:
            return "（数字过长）"
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def json_text(data: Any, indent: int | None = None) -> str:
    """Valid JSON text for any data the CLIs print; Chinese kept, lone surrogates escaped."""
    try:
        text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False, default=str)
    except (ValueError, RecursionError):
        text = json.dumps(
            _plain(data), ensure_ascii=False, indent=indent, allow_nan=False, default=str
        )
    return _escape_unsafe(text)


def _escape_unsafe(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe_text(text: str) -> str:
    """Plain text that can always be written as UTF-8 (lone surrogates shown as \\uXXXX)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
