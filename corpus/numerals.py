"""Chinese numerals as printed in regulation labels (第二十二条, 五、, （十七）)."""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN = "零一二三四五六七八九"

CN_NUMERAL_CHARS = "零〇一二三四五六七八九十百千两"


def cn_to_int(text: str) -> int:
    """Parse a Chinese numeral below 10,000 (also plain ASCII digits)."""
    text = text.strip()
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text}")
    return total + current


def int_to_cn(n: int) -> str:
    """Write n (1..9999) the way the gazette prints labels: 十二, 二十二, 一百零五."""
    if not 0 < n < 10000:
        raise ValueError(f"out of range: {n}")
    parts: list[str] = []
    zero_pending = False
    for unit_value, unit_char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit_value % 10
        if digit == 0:
            if parts:
                zero_pending = True
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(_CN[digit] + unit_char)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


# "十二月三十一号", "十月一日", "三月底": a date written in Chinese numerals
_CN_DATE = re.compile(
    r"([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,4})[号日]|(?=份|底|初|中旬|末))"
)


def dates_in_digits(text: str) -> str:
    """Dates in Chinese numerals written in digits ("十二月三十一号" → "12月31日"), as the gazette
    writes them: their numerals are no article number (第三十一条) and no amount."""

    def digits(m: re.Match[str]) -> str:
        try:
            month = cn_to_int(m.group(1))
            day = cn_to_int(m.group(2)) if m.group(2) else None
        except ValueError:
            return m.group(0)
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return m.group(0)
        return f"{month}月" + (f"{day}日" if day is not None else "")

    return _CN_DATE.sub(digits, text)
