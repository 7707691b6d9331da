"""Passage scoring (BM25 within a text, lowered when the asked kind of value is missing), the
display of quoted text, and the numbers check every answer passes."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lexical import expand_query

ASKS_NUMBER = re.compile(r"多少|几|多大|多高|比例|标准|限额|金额|额度|上限|最多|最高")
ASKS_TIME = re.compile(r"什么时候|何时|哪天|几号|期限|多久|多长时间|时限|日期|从哪天|哪一年|几月")
HAS_NUMBER = re.compile(
    r"\d|[一二三四五六七八九十两百千万]+\s*(元|个|人|次|年|月|日|天|岁|%|名|处|项|倍|级|万)"
)
HAS_TIME = re.compile(
    r"\d+\s*(年|月|日|天|个月)|[一二三四五六七八九十两]+(年|个月|天|日)|之日|次月|以内|之内"
)
MAX_QUOTE = 220
K1, B, AVG_CHARS = 1.2, 0.5, 80.0
MISSING_KIND = (
    0.6  # a passage without the kind of answer asked for (a figure, a time) is worth less
)


def weights(question: str, context: str = "") -> dict[str, float]:
    """Query tokens; the words of the current turn count four times those of earlier turns."""
    table: dict[str, float] = {}
    for token in expand_query(context) if context and context != question else []:
        table[token] = 0.5
    for token in expand_query(question):
        table[token] = 2.0
    return table


BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def score_passage(
    passage: str, tokens: dict[str, float], idf: Callable[[str], float], question: str
) -> float:
    """BM25 of a passage against the question (repeated focus words count, length is normalised),
    lowered when the passage lacks the kind of answer asked for (a figure, a time)."""
    # (a bracket's inside is an aside — the names of 21 villages after "21个建制村" — that does
    # not dilute the words of the piece around it)
    norm = K1 * (1 - B + B * len(BRACKETED.sub("", passage)) / AVG_CHARS)
    score = 0.0
    for token, weight in tokens.items():
        tf = passage.count(token)
        if tf:
            score += weight * idf(token) * tf * (K1 + 1) / (tf + norm)
    if ASKS_NUMBER.search(question) and not HAS_NUMBER.search(passage):
        score *= MISSING_KIND
    if ASKS_TIME.search(question) and not HAS_TIME.search(passage):
        score *= MISSING_KIND
    if len(passage) < 12:
        score *= 0.5  # bare headings ("（三）报销比例。") rarely answer on their own
    return score


def around(sentence: str, focus: str) -> str:
    """A window of the sentence with `focus` in its first third."""
    if len(sentence) <= MAX_QUOTE or focus not in sentence:
        return sentence if len(sentence) <= MAX_QUOTE else sentence[:MAX_QUOTE] + "……"
    start = max(0, min(sentence.index(focus) - MAX_QUOTE // 3, len(sentence) - MAX_QUOTE))
    window = sentence[start : start + MAX_QUOTE]
    tail = "……" if start + MAX_QUOTE < len(sentence) else ""
    return ("……" if start else "") + window + tail


def display(text: str) -> str:
    """Drop the extractor's spaces around figures ("新增医务人员 184 人" → "新增医务人员184人")."""
    text = re.sub(r"(?<=[\u4e00-\u9fff（）〔〕“”，、：])\s+(?=[\d.]+)", "", text)
    return re.sub(r"(?<=[\d.%])\s+(?=[\u4e00-\u9fff（）“”，、。；])", "", text)


NUMBER = re.compile(r"\d+(?:\.\d+)?")


def ungrounded_numbers(answer: str, sources: list[str]) -> list[str]:
    """Numbers in the answer that no cited text or calculation step contains."""
    pool = " ".join(sources)
    pool_numbers = set(NUMBER.findall(pool))
    cleaned = re.sub(r"\[\d+\]", "", answer)  # citation markers are not figures
    # (nor is the number of a line in a list the answer makes: "3. 您（…）：60.00 元")
    cleaned = re.sub(r"^\s*\d{1,2}\.\s", "", cleaned)
    return [n for n in NUMBER.findall(cleaned) if n not in pool_numbers and n not in pool]
