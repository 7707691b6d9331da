"""Extractive answers: the passages of the retrieved units that answer, quoted with [n] markers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.lexical import expand_query

SENTENCE_END = re.compile(r"(?<=[。；！？])|\n")
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


@dataclass
class Quote:
    hit: object  # index.search.Hit, or anything with .unit and .score
    sentences: list[str]
    score: float


def split_sentences(text: str) -> list[str]:
    return [p.strip() for p in SENTENCE_END.split(text) if len(p.strip()) >= 4]


def weights(question: str, context: str = "") -> dict[str, float]:
    """Query tokens; the words of the current turn count four times those of earlier turns."""
    table: dict[str, float] = {}
    for token in expand_query(context) if context and context != question else []:
        table[token] = 0.5
    for token in expand_query(question):
        table[token] = 2.0
    return table


def score_passage(
    passage: str, tokens: dict[str, float], idf: Callable[[str], float], question: str
) -> float:
    """BM25 of a passage against the question (repeated focus words count, length is normalised),
    lowered when the passage lacks the kind of answer asked for (a figure, a time)."""
    norm = K1 * (1 - B + B * len(passage) / AVG_CHARS)
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


def passages_of(unit) -> list[str]:
    """The unit's paragraphs and items (a table row reads as one passage)."""
    if unit.kind == "table_row":
        return [unit.text]
    parts = [f"{p.label}{p.text}" if p.kind == "item" else p.text for p in unit.parts]
    return [p for p in parts if p.strip()] or [unit.text]


def pick(
    question: str,
    hit,
    idf: Callable[[str], float],
    per_unit: int = 2,
    context: str = "",
    exclude: set[str] | None = None,
) -> Quote:
    """The paragraph or item that answers best; inside a long one, its best sentences.

    A lead-in ("享有下列权利：") is quoted with its best item; passages in `exclude`
    (already quoted for another part of the question) are passed over."""
    tokens = weights(question, context)
    exclude = exclude or set()

    def ranked(texts: list[str]) -> list[tuple[float, int, str]]:
        scored = [
            (score_passage(t, tokens, idf, question), i, t)
            for i, t in enumerate(texts)
            if t not in exclude
        ]
        return sorted(scored, key=lambda x: -x[0]) or [(0.0, 0, texts[0])]

    passages = passages_of(hit.unit)
    best_score, index, best = ranked(passages)[0]
    if best.rstrip().endswith(("：", ":")) and index + 1 < len(passages):
        item = ranked(passages[index + 1 :])[0]
        return Quote(hit, [best, _trim(item[2], tokens, idf)], best_score + item[0])
    lead = _lead_in(hit.unit, best)
    if lead and len(best) <= MAX_QUOTE:
        return Quote(
            hit, [lead, best], best_score
        )  # an item reads with the words that introduce it
    if len(best) <= MAX_QUOTE:
        return Quote(hit, [best], best_score)
    sentences = ranked(split_sentences(best) or [best])
    chosen = [sentences[0]] + [
        s for s in sentences[1:per_unit] if s[0] > 0 and s[0] >= 0.75 * sentences[0][0]
    ]
    chosen.sort(key=lambda x: x[1])
    return Quote(hit, [_trim(s, tokens, idf) for _, _, s in chosen], best_score)


def _lead_in(unit, passage: str) -> str:
    """The article's opening paragraph when `passage` is one of its items ("有下列行为之一的，…：")."""
    parts = list(getattr(unit, "parts", ()))
    if not parts or parts[0].kind != "paragraph" or not passage.startswith("（"):
        return ""
    lead = parts[0].text
    return lead if lead != passage and len(lead) <= 120 else ""


def _trim(sentence: str, tokens: dict[str, float], idf: Callable[[str], float]) -> str:
    """A long sentence is cut to a window around its most telling matched word."""
    if len(sentence) <= MAX_QUOTE:
        return sentence
    matched = [t for t in tokens if t in sentence]
    if not matched:
        return sentence[:MAX_QUOTE] + "……"
    return around(sentence, max(matched, key=lambda t: tokens[t] * idf(t)))


def around(sentence: str, focus: str) -> str:
    """A window of the sentence with `focus` in its first third."""
    if len(sentence) <= MAX_QUOTE or focus not in sentence:
        return sentence if len(sentence) <= MAX_QUOTE else sentence[:MAX_QUOTE] + "……"
    start = max(0, min(sentence.index(focus) - MAX_QUOTE // 3, len(sentence) - MAX_QUOTE))
    window = sentence[start : start + MAX_QUOTE]
    tail = "……" if start + MAX_QUOTE < len(sentence) else ""
    return ("……" if start else "") + window + tail


def select(
    question: str,
    hits: list,
    idf: Callable[[str], float],
    context: str = "",
    exclude: set[str] | None = None,
) -> list[Quote]:
    """The top hit's quote, plus the next hits' when they answer nearly as well."""
    if not hits:
        return []
    quotes = [pick(question, hits[0], idf, context=context, exclude=exclude)]
    for hit in hits[1:4]:
        if len(quotes) >= 2:
            break
        quote = pick(question, hit, idf, per_unit=1, context=context, exclude=exclude)
        if quote.score >= 0.8 * quotes[0].score:
            quotes.append(quote)
    return quotes


def display(text: str) -> str:
    """Drop the extractor's spaces around figures ("新增医务人员 184 人" → "新增医务人员184人")."""
    text = re.sub(r"(?<=[\u4e00-\u9fff（）〔〕“”，、：])\s+(?=[\d.]+)", "", text)
    return re.sub(r"(?<=[\d.%])\s+(?=[\u4e00-\u9fff（）“”，、。；])", "", text)


def render(quotes: list[Quote], first_marker: int = 1) -> str:
    lines = []
    for n, quote in enumerate(quotes, first_marker):
        body = display("".join(quote.sentences)).replace("\n", "；")
        lines.append(f"{quote.hit.unit.citation}规定：“{body}”[{n}]")
    return "\n".join(lines)


NUMBER = re.compile(r"\d+(?:\.\d+)?")


def ungrounded_numbers(answer: str, sources: list[str]) -> list[str]:
    """Numbers in the answer that no cited text or calculation step contains."""
    pool = " ".join(sources)
    pool_numbers = set(NUMBER.findall(pool))
    cleaned = re.sub(r"\[\d+\]", "", answer)  # citation markers are not figures
    return [n for n in NUMBER.findall(cleaned) if n not in pool_numbers and n not in pool]
