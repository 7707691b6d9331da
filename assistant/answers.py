"""Extractive answers: the sentences of the retrieved units that answer, quoted with [n] markers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.lexical import expand_query

SENTENCE_END = re.compile(r"(?<=[。；！？])|\n")
ASKS_NUMBER = re.compile(r"多少|几|多大|多高|比例|标准|限额|金额|额度|上限")
ASKS_TIME = re.compile(r"什么时候|何时|哪天|几号|期限|多久|多长时间|时限|日期|从哪天|时间")
HAS_NUMBER = re.compile(
    r"\d|[一二三四五六七八九十两百千万]+(元|个|人|次|年|月|日|天|岁|%|名|处|项|倍|级)"
)
HAS_TIME = re.compile(
    r"\d+\s*(年|月|日|天|个月)|[一二三四五六七八九十两]+(年|个月|天|日)|之日|次月|期间|以内|之内|前"
)
MAX_QUOTE = 220


@dataclass
class Quote:
    hit: object  # index.search.Hit
    sentences: list[str]
    score: float


def split_sentences(text: str) -> list[str]:
    parts = []
    for piece in SENTENCE_END.split(text):
        piece = piece.strip()
        if len(piece) >= 4:
            parts.append(piece)
    return parts


K1, B, AVG_CHARS = 1.2, 0.5, 80.0


def _score(sentence: str, tokens: list[str], idf: Callable[[str], float], question: str) -> float:
    """BM25 of a passage against the question (repeated focus words count, length is normalised),
    raised when the passage holds the kind of answer asked for (a figure, a time)."""
    norm = K1 * (1 - B + B * len(sentence) / AVG_CHARS)
    score = 0.0
    for token in set(tokens):
        tf = sentence.count(token)
        if tf:
            score += idf(token) * tf * (K1 + 1) / (tf + norm)
    if ASKS_NUMBER.search(question) and HAS_NUMBER.search(sentence):
        score *= 1.3
    if ASKS_TIME.search(question) and HAS_TIME.search(sentence):
        score *= 1.5
    if len(sentence) < 12:
        score *= 0.5  # bare headings ("（三）报销比例。") rarely answer on their own
    return score


def passages_of(unit) -> list[str]:
    """The unit's paragraphs and items (a table row reads as one passage)."""
    if unit.kind == "table_row":
        return [unit.text]
    parts = [f"{p.label}{p.text}" if p.kind == "item" else p.text for p in unit.parts]
    return [p for p in parts if p.strip()] or [unit.text]


def pick(question: str, hit, idf: Callable[[str], float], per_unit: int = 2) -> Quote:
    """The paragraph or item that answers best; inside a long one, its best sentences."""
    tokens = expand_query(question)
    passages = passages_of(hit.unit)
    scored = sorted(
        ((_score(p, tokens, idf, question), i, p) for i, p in enumerate(passages)),
        key=lambda x: -x[0],
    )
    best_score, _, best = scored[0]
    if len(best) <= MAX_QUOTE:
        return Quote(hit, [best], best_score)
    sentences = split_sentences(best) or [best]
    ranked = sorted(
        ((_score(s, tokens, idf, question), i, s) for i, s in enumerate(sentences)),
        key=lambda x: -x[0],
    )
    chosen = [ranked[0]] + [
        r for r in ranked[1:per_unit] if r[0] > 0 and r[0] >= 0.75 * ranked[0][0]
    ]
    chosen.sort(key=lambda x: x[1])
    return Quote(hit, [_trim(s) for _, _, s in chosen], best_score)


def _trim(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_QUOTE else sentence[:MAX_QUOTE] + "……"


def select(question: str, hits: list, idf: Callable[[str], float], multi: bool) -> list[Quote]:
    """Quotes from the top hit, and from the next ones when they answer nearly as well
    (or when the question asks for a figure the first quote does not give)."""
    if not hits:
        return []
    quotes = [pick(question, hits[0], idf)]
    limit = 3 if multi else 2
    wants_number = bool(ASKS_NUMBER.search(question))
    for hit in hits[1:4]:
        if len(quotes) >= limit:
            break
        quote = pick(question, hit, idf, per_unit=1)
        close = hit.score >= 0.85 * hits[0].score and quote.score >= 0.8 * quotes[0].score
        missing_figure = wants_number and not any(
            HAS_NUMBER.search("".join(q.sentences)) for q in quotes
        )
        gives_figure = (
            HAS_NUMBER.search("".join(quote.sentences)) and quote.score >= 0.6 * quotes[0].score
        )
        if (
            close
            or (multi and quote.score >= 0.6 * quotes[0].score)
            or (missing_figure and gives_figure)
        ):
            quotes.append(quote)
    return quotes


def render(quotes: list[Quote], first_marker: int = 1) -> str:
    lines = []
    for n, quote in enumerate(quotes, first_marker):
        body = "".join(quote.sentences)
        lines.append(f"{quote.hit.unit.citation}规定：“{body}”[{n}]")
    return "\n".join(lines)


NUMBER = re.compile(r"\d+(?:\.\d+)?")


def ungrounded_numbers(answer: str, sources: list[str]) -> list[str]:
    """Numbers in the answer that no cited text or calculation step contains."""
    pool = " ".join(sources)
    pool_numbers = set(NUMBER.findall(pool))
    cleaned = re.sub(r"\[\d+\]", "", answer)  # citation markers are not figures
    return [n for n in NUMBER.findall(cleaned) if n not in pool_numbers and n not in pool]
