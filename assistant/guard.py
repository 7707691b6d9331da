"""Hostile and malformed input: nothing crashes, nothing is echoed raw, the rules never change."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

MAX_CHARS = 300
INJECTION = re.compile(
    r"(忽略|无视|不要管|忘掉|忘记)(以上|之前|上面|前面|所有|全部)?的?(规定|指令|设定|规则|要求|内容)|"
    r"ignore (all |the )?(previous|above) (instructions|rules)|你现在是|扮演|系统提示|system prompt",
    re.I,
)
HELP_HINT = (
    "请用中文提问，例如：“住院起付线是多少？”或“我交250档，在三级医院住院花了2万，能报多少？”"
)


@dataclass
class Checked:
    text: str = ""
    notices: list[str] = field(default_factory=list)
    error: str | None = None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def check(raw: object) -> Checked:
    if not isinstance(raw, str):
        return Checked(error="问题应为文字。" + HELP_HINT)
    text = unicodedata.normalize("NFC", raw).replace("\x00", "")
    text = re.sub(r"[\u200b-\u200f\ufeff]", "", text)
    # markup is dropped, never echoed: only the words inside tags survive
    text = re.sub(r"<\s*(script|style)[^>]*>.*?<\s*/\s*\1\s*>", " ", text, flags=re.I | re.S)
    text = re.sub(r"<[^>]{0,200}>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"[<>]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    checked = Checked(text=text)
    if INJECTION.search(text):
        # instructions to the assistant never change the rules: drop them, answer the rest
        checked.text = INJECTION.sub(" ", text).strip(" ，,。；;")
        checked.notices.append("（答复以公报原文为准，不会按提问中的要求改变规定。）")
        text = checked.text
    if not text:
        checked.error = "问题是空的。" + HELP_HINT
        return checked
    if len(text) > MAX_CHARS:
        checked.text = text[:MAX_CHARS]
        checked.notices.append(f"（问题较长，只读取了前 {MAX_CHARS} 个字。）")
    letters = [ch for ch in checked.text if ch.isalpha()]
    cjk = sum(1 for ch in letters if _is_cjk(ch))
    if cjk == 0:
        if not letters and not re.search(r"\d", checked.text):
            checked.error = "没有看到可以理解的文字（只有符号或表情）。" + HELP_HINT
        elif not letters:
            pass  # a bare number ("120", "5000元") answers a question the assistant asked
        elif any("\u0f00" <= ch <= "\u0fff" for ch in letters):
            checked.error = "目前只支持简体中文提问，暂不支持藏文。" + HELP_HINT
        else:
            checked.error = (
                "目前只支持简体中文提问（Only Simplified Chinese is supported）。" + HELP_HINT
            )
    return checked


def escape(text: str) -> str:
    """For any place user text is shown back (the app renders answers as text, not HTML)."""
    return html.escape(text, quote=True)
