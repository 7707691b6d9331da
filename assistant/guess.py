"""A result the asker guesses ("到年底能拿一万多吗", "能报两万吗", "一年有没有3万多"): not an
input of the sum but the figure its result is checked against, so the answer says yes or no
first and then shows the computation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# the verb that checks a result, then the figure guessed, then the asking end
GUESS = re.compile(
    r"(?:(?P<verb>(?:能|可以|可|会)(?:不能)?(?:拿|领|报销|报|发|给|得|到手)(?:到|得到|回来|回|上|够)?|"
    r"拿得到|报得了|能到|超过)|(?P<asking>有没有|够不够|到没到|能不能到|超没超过))\s*"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:[万千wWkK])?|[一二两三四五六七八九十百千万]+)\s*"
    r"(?P<more>多|余|来|出头|以上)?\s*(?:块钱|块|元|钱)?\s*"
    # the question ends on it: a particle after a plain verb ("能拿一万多吗"), or nothing after
    # a verb that asks by itself ("有没有3万多"); never a bill said before a pause ("住院费超过
    # 1万多，能报多少")
    r"(?P<end>吗|么|嘛|不|没有|没)?\s*(?=[？?！!。]*\s*$)"
)
# the yes and the no of each way of checking
SAY = [
    (re.compile(r"有没有"), "有", "没有"),
    (re.compile(r"够不够"), "够", "不够"),
    (re.compile(r"超"), "超过了", "没有超过"),
    (re.compile(r"到没到|能不能到|能到"), "能到", "到不了"),
]


@dataclass(frozen=True)
class Guess:
    said: str  # the figure as said ("一万多")
    value: Decimal  # its round figure (10000)
    more: bool  # "多", "出头": above the figure, not at it
    verb: str
    start: int
    end: int


def find_guess(text: str) -> Guess | None:
    """The result guessed in a question, if one is; None when the figure cannot be read."""
    from assistant.calculators.amounts import scan_amounts

    m = GUESS.search(text)
    if m is None or not (m.group("asking") or m.group("end") or re.search(r"[？?]\s*$", text)):
        return None
    scan = scan_amounts(m.group("amount"))
    if scan.malformed or len(scan.amounts) != 1:
        return None
    value = scan.amounts[0].value
    if value <= 0:
        return None
    said = text[m.start("amount") : m.end()].strip()
    said = re.sub(r"[吗么嘛不没有啊呀吧？?！!。，,\s]+$", "", said)
    verb = m.group("verb") or m.group("asking")
    return Guess(said, value, bool(m.group("more")), verb, m.start("amount"), m.end())


def verdict(guess: Guess, result: Decimal, unit: str = "元") -> str:
    """ "能。算下来是 10800.00 元，超过一万。": the yes or no the guess asks, then the figure."""
    yes, no = next(((y, n) for said, y, n in SAY if said.search(guess.verb)), ("能", "不能"))
    reached = result >= guess.value
    figure = f"{result:.2f}" if unit == "元" else f"{result:g}"
    if reached:
        how = "正好是" if result == guess.value and not guess.more else "超过"
        return (
            f"{yes}。按规定算下来是 {figure} {unit}，{how}{guess.said.rstrip('多余来出头以上')}。"
        )
    return f"{no}。按规定算下来是 {figure} {unit}，不到{guess.said}。"
