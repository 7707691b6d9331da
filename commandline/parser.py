"""argparse with usage errors in Chinese (exit 2), for every subcommand of every CLI."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from commandline.jsonio import safe_text

_TYPE_NAMES = {"int": "整数", "float": "数字", "Path": "文件路径"}

_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.*)", re.S), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.*)", re.S), "无法识别的参数：{0}"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", re.S),
        "参数 {0} 的取值 {1} 无效，可选：{2}",
    ),
    (re.compile(r"argument (\S+): expected one argument", re.S), "参数 {0} 后面需要一个值"),
    (re.compile(r"argument (\S+): ignored explicit argument (.*)", re.S), "参数 {0} 不接受值 {1}"),
    (re.compile(r"ambiguous option: (.*)", re.S), "参数有歧义：{0}"),
]
_INVALID_VALUE = re.compile(r"argument (\S+): invalid (\w+) value: (.*)", re.S)


def chinese_message(message: str) -> str:
    found = _INVALID_VALUE.fullmatch(message)
    if found:
        option, kind, value = found.groups()
        return f"参数 {option} 应为{_TYPE_NAMES.get(kind, kind)}，收到 {value}"
    for pattern, template in _MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return template.format(*found.groups())
    return message


class ChineseArgumentParser(argparse.ArgumentParser):
    """Subparsers inherit the class, so every level reports usage errors the same way."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, safe_text(f"{self.prog}：错误：{chinese_message(message)}\n"))
