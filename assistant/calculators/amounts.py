"""Amounts and counts as people write them: 20000, 2万, 1.2万元, 两万三千, 一万五, ２００００."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from corpus.numerals import DIGITS

FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")
CN_DIGITS = {**DIGITS, "俩": 2}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_CHARS = "零〇一二两俩三四五六七八九十百千万亿"

NUMBER_RE = re.compile(
    r"(?P<sign>[-−负])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|["
    + CN_CHARS
    + r"]+)\s*(?P<wan>亿|万|千)?"
    r"(?:(?<=万)(?P<tail>[一二三四五六七八九\d])千?(?![\d百万]))?\s*(?P<unit>元|块钱|块|万元)?"
)


def normalize(text: str) -> str:
    """Same length as the input, so spans found here index the original too."""
    return text.translate(FULL_WIDTH)


def cn_number(text: str) -> Decimal | None:
    """Chinese numerals with the colloquial tail: 一万五 = 15000, 两万三 = 23000, 一千二 = 1200."""
    if not text or any(ch not in CN_CHARS for ch in text):
        return None
    total = Decimal(0)
    section = Decimal(0)
    digit: int | None = None
    last_unit = 1
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            section += (digit if digit is not None else 1) * unit
            digit, last_unit = None, unit
        elif ch in "万亿":
            section += digit or 0
            scale = 10000 if ch == "万" else 100000000
            total = (total + section) * scale if ch == "亿" else total + section * scale
            section, digit, last_unit = Decimal(0), None, scale
    if digit is not None:
        # a bare trailing digit counts in the next unit down: 一万五 → 五千, 三百五 → 五十
        section += digit * (last_unit // 10 if last_unit >= 10 else 1)
    return total + section


@dataclass
class Amount:
    value: Decimal
    start: int
    end: int
    has_unit: bool  # written with 元/块/万 (so surely money or a count, not a label)


def find_amounts(text: str) -> list[Amount]:
    """Numbers in a sentence, with positions; ordinals (第三次) and labels (三级) are skipped."""
    text = normalize(text)
    found: list[Amount] = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group("num")
        if m.start("num") > 0 and text[m.start("num") - 1] in "第":
            continue
        if raw.isascii():
            try:
                value = Decimal(raw.replace(",", ""))
            except InvalidOperation:
                continue
        else:
            if not (m.group("wan") or m.group("unit") or any(c in raw for c in "万千百")):
                continue
            parsed = cn_number(raw)
            if parsed is None:
                continue
            value = parsed
        if m.group("wan") == "亿":
            value *= 100000000
        elif m.group("wan") == "万" or m.group("unit") == "万元":
            value *= 10000
            if m.group("tail"):  # 5万8 = 58000
                value += Decimal(small_count(m.group("tail")) or 0) * 1000
        elif m.group("wan") == "千":
            value *= 1000
        if m.group("sign"):
            value = -value
        following = text[m.end() : m.end() + 1]
        if (
            raw.isascii()
            and not m.group("unit")
            and not m.group("wan")
            and following
            and following in "级岁个处次年月天%/档号"
        ):
            continue
        found.append(Amount(value, m.start(), m.end(), bool(m.group("unit") or m.group("wan"))))
    return found


def small_count(text: str) -> int | None:
    """ "3", "三", "十二" → int; used for months, days, counties, sites."""
    text = normalize(text).strip()
    if text.isdigit():
        return int(text)
    value = cn_number(text)
    return int(value) if value is not None and value == int(value) else None


MALFORMED = re.compile(
    r"\d+(?:\.\d+)?[eE][+-]?\d+"  # 2e9: scientific notation
    r"|\d+(?:,\d{1,2}|,\d{4,})(?![\d,])(?:\.\d+)?"  # 12,00 / 1,0000: not a thousands separator
    r"|\d+\.\d+\.\d+"  # 1.2.3
    r"|[零〇一二两三四五六七八九十]+点[零〇一二两三四五六七八九十]+[万千][零〇一二两三四五六七八九十]+"  # 一点二万五
)


def scan_malformed(text: str) -> list[str]:
    """Pieces that look like amounts but have no one exact reading: reported, never partly read."""
    return [m.group(0) for m in MALFORMED.finditer(normalize(text))]
